import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GitHubApi } from './githubApi.ts';
import { runAction, type ActionRun } from './runAction.ts';
import { repoRoot } from './shared.ts';

/**
 * The bundled action on a pull_request event of contoso/costs-api, manual mode without the artifact runtime
 * (the package is written, not uploaded), comments going to a fake GitHub API: the light setup of the tests
 * that are about the comment, not the export.
 */

export const PR_REPOSITORY = 'contoso/costs-api';
export const PR_TOKEN = 'ghs_pull_request_token';

export interface PullRequestRunOptions {
  api: GitHubApi;
  number: number;
  /** Files to write into the workspace, by workspace path. Default: the example's swagger.json as api/swagger.json. */
  files?: Record<string, string>;
  inputs?: Record<string, string>;
  timeoutMs?: number;
}

export const exampleDefinition = () =>
  readFile(path.join(repoRoot, 'examples', 'function-app', 'swagger.json'), 'utf8');

/** Runs dist/index.js once; the run's temporary folder is removed afterwards. */
export async function runOnPullRequest(options: PullRequestRunOptions): Promise<ActionRun> {
  const event = JSON.parse(
    await readFile(path.join(repoRoot, '__tests__', 'fixtures', 'events', 'pull_request.json'), 'utf8'),
  );
  event.number = options.number;
  event.pull_request.number = options.number;
  const files = options.files ?? { 'api/swagger.json': await exampleDefinition() };
  const workspace = await mkdtemp(path.join(tmpdir(), 'ce-pr-workspace-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), text);
  }
  try {
    const run = await runAction({
      cwd: workspace,
      event,
      timeoutMs: options.timeoutMs,
      inputs: {
        definition: 'api/swagger.json',
        baseline: 'none',
        comment: 'always',
        'github-token': PR_TOKEN,
        ...options.inputs,
      },
      env: {
        GITHUB_API_URL: options.api.url,
        GITHUB_REPOSITORY: PR_REPOSITORY,
        GITHUB_REPOSITORY_OWNER: 'contoso',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: `refs/pull/${options.number}/merge`,
        GITHUB_HEAD_REF: 'feature/x',
        GITHUB_BASE_REF: 'main',
      },
    });
    await rm(run.tempDir, { recursive: true, force: true });
    return run;
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}
