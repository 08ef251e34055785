/**
 * #14, the canary: one value in every secret-bearing input (github-token, client-secret, token,
 * oauth-client-secret, definition-headers, a URL credential), every error path the local fakes can provoke, and
 * the value never appears in what a run publishes: the summary, the bodies GitHub received, annotations and the
 * rest of the log, outputs, and any file under the workspace or RUNNER_TEMP (report files, the package). The
 * `::add-mask::` command is the one place it may appear. The bundled action runs as a child process.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { startGitHubApi, type GitHubApi } from '../support/githubApi.ts';
import { runAction, type ActionRun } from '../support/runAction.ts';
import { repoRoot } from '../support/shared.ts';
import {
  leaks,
  publishedTexts,
  startDefinitionServer,
  startEchoingPowerApps,
  swagger,
  workspaceWith,
  type LocalService,
} from './localServices.ts';

const CANARY = `canary-${randomBytes(12).toString('hex')}`;
const PR_NUMBER = 12;

let powerApps: LocalService;
let definitionServer: LocalService;
let github: GitHubApi;
let failingGithub: GitHubApi;
const temps: string[] = [];

beforeAll(async () => {
  powerApps = await startEchoingPowerApps();
  // The server echoes the key into the definition: it then sits in the description, a summary and an operationId.
  const echoed = swagger({
    info: { title: 'Contoso Costs', description: `Key ${CANARY}.`, version: '1.0.0' },
    paths: {
      '/costs': {
        get: {
          operationId: `Get ${CANARY} costs`,
          summary: `Costs for ${CANARY}`,
          description: 'Gets the costs.',
          responses: { '200': { description: 'The costs' } },
        },
      },
    },
  });
  definitionServer = await startDefinitionServer(CANARY, JSON.stringify(echoed));
  github = await startGitHubApi();
  failingGithub = await startGitHubApi({
    faults: [{ method: 'POST', status: 500, message: `Server error for token ${CANARY}` }],
  });
});

afterAll(async () => {
  await Promise.all([powerApps?.stop(), definitionServer?.stop(), github?.stop(), failingGithub?.stop()]);
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

const pullRequest = async () =>
  JSON.parse(
    await readFile(path.join(repoRoot, '__tests__', 'fixtures', 'events', 'pull_request.json'), 'utf8'),
  ) as object;

interface Scenario {
  inputs: Record<string, string>;
  /** A pull_request event with comments going to this fake. */
  commentsTo?: () => GitHubApi;
  /** What shows the error path was taken (in the summary). */
  expect: string;
}

const express = {
  mode: 'express',
  environment: 'Default-1',
  auth: 'token',
  token: CANARY,
  'client-secret': CANARY,
  'oauth-client-id': 'connector-app',
  'oauth-client-secret': CANARY,
  'dry-run': 'false',
  baseline: 'none',
  comment: 'always',
  'github-token': CANARY,
};

const scenarios: Record<string, Scenario> = {
  'manual mode refuses the OAuth client secret': {
    inputs: { definition: 'api/swagger.json', 'oauth-client-secret': CANARY, 'github-token': CANARY },
    expect: "Input 'oauth-client-secret'",
  },
  'a definition URL with a credential': {
    inputs: { definition: `http://user:${CANARY}@127.0.0.1:9/swagger.json`, 'github-token': CANARY },
    expect: "Input 'definition': the URL carries a user name or password",
  },
  'a definition URL whose server refuses the key': {
    inputs: { definition: 'URL', 'definition-headers': `x-functions-key: wrong-${CANARY}`, 'github-token': CANARY },
    expect: 'answered 401',
  },
  'a definition URL whose server echoes the key into the definition, exported with validation errors': {
    inputs: {
      definition: 'URL',
      'definition-headers': `x-functions-key: ${CANARY}\nx-other: ${CANARY}`,
      'github-token': CANARY,
      'fail-on-validation': 'never',
    },
    expect: '`operation-id`',
  },
  'express: the create is refused with the request quoted, on a pull request': {
    inputs: { definition: 'api/swagger.json', ...express },
    commentsTo: () => github,
    expect: 'Power Apps create connector (400 InvalidRequestContent)',
  },
  'express: the comment POST fails with the token in the answer': {
    inputs: { definition: 'api/swagger.json', ...express },
    commentsTo: () => failingGithub,
    expect: 'Power Apps create connector (400 InvalidRequestContent)',
  },
};

describe(`the canary in every secret input never leaves the process`, () => {
  test.each(Object.keys(scenarios))('%s', async (name) => {
    const scenario = scenarios[name];
    const definition = await readFile(path.join(repoRoot, '__tests__', 'fixtures', 'express', 'tasks.v1.json'));
    const workspace = await workspaceWith({ 'api/swagger.json': definition });
    temps.push(workspace);
    const inputs = { ...scenario.inputs };
    if (inputs.definition === 'URL') inputs.definition = `${definitionServer.url}/api/swagger.json`;
    if (inputs['powerapps-url'] === undefined && inputs.mode === 'express') inputs['powerapps-url'] = powerApps.url;
    const api = scenario.commentsTo?.();
    const from = api?.requests.length ?? 0;
    const run: ActionRun = await runAction({
      cwd: workspace,
      inputs,
      event: api ? await pullRequest() : undefined,
      env: api
        ? {
            GITHUB_API_URL: api.url,
            GITHUB_REPOSITORY: 'contoso/costs-api',
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_REF: `refs/pull/${PR_NUMBER}/merge`,
          }
        : {},
    });
    temps.push(run.tempDir);
    expect(run.summary).toContain(scenario.expect);
    // The canary was given: the runner was told to mask it.
    expect(run.stdout).toContain(`::add-mask::${CANARY}`);

    const texts = await publishedTexts(run, [run.tempDir, workspace]);
    if (api) {
      const sent = api.requests.slice(from);
      expect(sent.some((r) => r.method === 'POST')).toBe(true);
      texts.set('bodies sent to GitHub', JSON.stringify(sent.map((r) => r.body)));
    }
    expect(leaks(texts, CANARY)).toEqual([]);
  });
});
