/**
 * #14 item 1: no registered secret in anything that leaves the process. The Power Apps service answers a create
 * with 400 InvalidRequestContent quoting the request, which carries the OAuth client secret: the run must publish
 * the failure (call, status, code) without the secret or the quoted body, in the summary, the pull-request comment,
 * annotations, outputs and report files. Unit tests pin the scrubber, the publisher boundary and the client.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { connectorContent } from '../../src/connector/content.ts';
import { readSecurity } from '../../src/connector/security.ts';
import { parseDefinition } from '../../src/definition/parse.ts';
import { exportManual } from '../../src/export/manual.ts';
import { guardedPublisher, type Publisher } from '../../src/github/publish.ts';
import { PowerAppsClient } from '../../src/powerplatform/client.ts';
import { escapeMarkdown } from '../../src/report/markdown.ts';
import { redactSecrets, registerSecret } from '../../src/secrets.ts';
import { startGitHubApi, type GitHubApi } from '../support/githubApi.ts';
import { useNock } from '../support/nock.ts';
import { runAction } from '../support/runAction.ts';
import { repoRoot } from '../support/shared.ts';
import { unzip } from '../support/unzip.ts';
import { leaks, publishedTexts, startEchoingPowerApps, workspaceWith, type LocalService } from './localServices.ts';

useNock();

const secret = (label: string) => `${label}-${randomBytes(10).toString('hex')}`;

describe('redactSecrets', () => {
  test('takes a secret out in every form it is published in: raw, JSON, URL-encoded, Markdown-escaped', () => {
    const value = `p@ss_"w/rd\\${randomBytes(4).toString('hex')}`;
    registerSecret(value);
    const forms = [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value), escapeMarkdown(value)];
    for (const form of forms) expect(redactSecrets(`before ${form} after`)).toBe('before *** after');
  });

  test('each line of a multi-line secret is taken out on its own', () => {
    const [one, two] = [secret('line-one'), secret('line-two')];
    registerSecret(`${one}\n${two}`);
    expect(redactSecrets(`a ${two} b ${one}`)).toBe('a *** b ***');
  });

  test('blank values are not secrets (nothing else is touched)', () => {
    registerSecret('   ');
    expect(redactSecrets('a  b')).toBe('a  b');
  });
});

describe('guardedPublisher', () => {
  test('every channel to the runner is scrubbed: outputs, annotations, summary, log, notice, warning, failure', async () => {
    const s = secret('publisher');
    registerSecret(s);
    const seen: string[] = [];
    const record = (...values: unknown[]) => void seen.push(JSON.stringify(values));
    const inner: Publisher = {
      output: record,
      annotate: record,
      summary: async (m) => record(m),
      info: record,
      notice: record,
      warning: record,
      fail: record,
    };
    const out = guardedPublisher(inner);
    out.output('x', `v ${s}`);
    out.annotate({ level: 'error', title: `t ${s}`, message: `m ${s}`, file: `f${s}.json`, line: 1 });
    await out.summary(`s ${s}`);
    out.info(`i ${s}`);
    out.notice(`n ${s}`);
    out.warning(`w ${s}`);
    out.fail(`f ${s}`);
    expect(seen).toHaveLength(7);
    for (const text of seen) expect(text).not.toContain(s);
  });
});

describe('Power Apps client: an error answer that quotes a request carrying a secret', () => {
  const BASE = 'https://api.powerapps.com';
  const client = () =>
    new PowerAppsClient({
      environment: 'Default-1',
      credential: { getToken: async () => ({ token: 'e30.e30.sig', expiresOnTimestamp: Date.now() + 3600_000 }) },
      retry: { maxRetries: 0, maxDelayMs: 0 },
    });
  const body = (clientSecret: string) => ({
    properties: { connectionParameters: { token: { oAuthSettings: { clientId: 'app', clientSecret } } } },
  });

  test('is reported by status and code only: the quoted body (and the secret) never reach the error', async () => {
    const s = secret('oauth');
    // The secret quoted twice over (a JSON string inside a JSON message) is in no form the scrubber knows.
    nock(BASE)
      .post('/providers/Microsoft.PowerApps/apis')
      .query(true)
      .reply(400, { error: { code: 'InvalidRequestContent', message: JSON.stringify(JSON.stringify(body(s))) } });
    const error = await client()
      .createConnector(body(s))
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Power Apps create connector \(400 InvalidRequestContent\): /);
    expect((error as Error).message).not.toContain(s);
    expect((error as Error).message).not.toContain('oAuthSettings');
  });

  test('an answer that does not quote the request keeps its message (it says what to fix)', async () => {
    nock(BASE)
      .post('/providers/Microsoft.PowerApps/apis')
      .query(true)
      .reply(400, { error: { code: 'InvalidSwagger', message: "Non-unique array item at 'tags'." } });
    const error = await client()
      .createConnector(body(secret('oauth')))
      .catch((e: Error) => e);
    expect((error as Error).message).toContain("Non-unique array item at 'tags'.");
  });
});

describe('end to end: a create refused with the request quoted, on a pull request', () => {
  let powerApps: LocalService;
  let github: GitHubApi;
  const temps: string[] = [];
  beforeAll(async () => {
    powerApps = await startEchoingPowerApps();
    github = await startGitHubApi();
  });
  afterAll(async () => {
    await powerApps?.stop();
    await github?.stop();
    for (const dir of temps) await rm(dir, { recursive: true, force: true });
  });

  test('summary, comment, annotations, outputs and report files name the failure without the secret', async () => {
    const secrets = { oauth: secret('oauth-client-secret'), token: secret('access-token'), github: secret('ghs') };
    const definition = await readFile(path.join(repoRoot, '__tests__', 'fixtures', 'express', 'tasks.v1.json'));
    const workspace = await workspaceWith({ 'api/swagger.json': definition });
    temps.push(workspace);
    const event = JSON.parse(
      await readFile(path.join(repoRoot, '__tests__', 'fixtures', 'events', 'pull_request.json'), 'utf8'),
    ) as object;
    const run = await runAction({
      cwd: workspace,
      event,
      inputs: {
        definition: 'api/swagger.json',
        mode: 'express',
        environment: 'Default-1',
        auth: 'token',
        token: secrets.token,
        'powerapps-url': powerApps.url,
        'oauth-client-id': 'connector-app',
        'oauth-client-secret': secrets.oauth,
        'dry-run': 'false',
        baseline: 'none',
        comment: 'always',
        'github-token': secrets.github,
      },
      env: {
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'contoso/costs-api',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/pull/12/merge',
      },
    });
    temps.push(run.tempDir);
    // The create was sent, with the secret, and refused with the request quoted.
    const create = powerApps.requests.find((r) => r.method === 'POST');
    expect(create?.body).toContain(secrets.oauth);
    expect(run.code).toBe(1);
    expect(run.summary).toContain('Power Apps create connector (400 InvalidRequestContent)');
    const comments = github.comments.get(12) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('Power Apps create connector (400 InvalidRequestContent)');

    const texts = await publishedTexts(run, [run.tempDir, workspace]);
    texts.set('comment', comments[0].body);
    texts.set('requests to GitHub', JSON.stringify(github.requests.map((r) => r.body)));
    for (const value of Object.values(secrets)) expect({ value, in: leaks(texts, value) }).toEqual({ value, in: [] });
    // Nor the quoted request: its other members are not for publishing either.
    expect(leaks(texts, 'oAuthSettings')).toEqual([]);
  });
});

describe('manual package: a definition written as its source bytes', () => {
  async function packaged(text: string): Promise<{ folder: string; zipped: string }> {
    const definition = parseDefinition(new TextEncoder().encode(text), 'api.json');
    expect(definition.utf8).toBeDefined();
    const root = await mkdtemp(path.join(tmpdir(), 'ce-secret-'));
    try {
      const packagePath = path.join(root, 'package');
      await exportManual({
        content: connectorContent({
          definition: definition.value,
          definitionText: definition.text,
          definitionUtf8: definition.utf8,
          security: readSecurity(definition.value),
          options: {},
          connectorName: 'Bytes',
        }),
        options: {},
        solution: { uniqueName: 'Bytes', publisherPrefix: 'new', version: '1.0.0.0' },
        source: { location: 'api.json' },
        packagePath,
        packageRoots: [root],
        artifactName: 'bytes',
      });
      const entries = await unzip(await readFile(path.join(packagePath, 'solution.zip')));
      return {
        folder: await readFile(path.join(packagePath, 'apiDefinition.swagger.json'), 'utf8'),
        zipped: entries.find((e) => e.name.endsWith('_openapidefinition.json'))!.content.toString('utf8'),
      };
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }

  const document = (description: string) =>
    `{\n  "swagger": "2.0",\n  "info": {"title": "Bytes \u00e9", "version": "1", "description": ${JSON.stringify(description)}},\n  "paths": {}\n}\n`;

  test('are the source bytes in the folder and in solution.zip when no secret is in them', async () => {
    const text = document('plain');
    expect(await packaged(text)).toEqual({ folder: text, zipped: text });
  });

  test('a registered secret in the source is still taken out of both', async () => {
    const value = secret('in-definition');
    registerSecret(value);
    const { folder, zipped } = await packaged(document(`key ${value} here`));
    expect(folder).toBe(document('key *** here'));
    expect(zipped).toBe(folder);
  });
});
