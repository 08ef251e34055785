import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAzurite, type Azurite } from './support/azurite.ts';
import { startGitHubApi, type GitHubApi } from './support/githubApi.ts';
import { startResultsService, type ResultsService } from './support/resultsService.ts';
import { runAction, type ActionRun } from './support/runAction.ts';
import { repoRoot } from './support/shared.ts';

/**
 * The bundled action (dist/index.js, build it first) on pull requests: a git checkout whose base commit holds the
 * example's last exported copy, `baseline: auto` diffing against that commit, and the sticky comment written to a
 * fake GitHub REST API. The package is uploaded through the fake results service into Azurite, as on a runner.
 */

const example = path.join(repoRoot, 'examples', 'function-app');
const DEFINITION = 'api/swagger.json';
const REPOSITORY = 'contoso/costs-api';
const TOKEN = 'ghs_e2e_comment_token';
/** Keyed by the definition's path: the title is the pull request's to change. */
const MARKER = '<!-- connector-export:api/swagger.json -->';
/** The pull request whose comment writes GitHub refuses (a read-only token). */
const FORBIDDEN_PR = 13;

let azurite: Azurite;
let service: ResultsService;
let api: GitHubApi;
let repo: string;
let commits: { base: string; head: string; fixed: string };
let sourceText: string;
const temps: string[] = [];
let nextRunId = 7100;

function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  }).trim();
}

const git = (...args: string[]) => gitIn(repo, ...args);

async function commit(text: string, message: string): Promise<string> {
  await writeFile(path.join(repo, DEFINITION), text);
  git('add', DEFINITION);
  git('commit', '-q', '--no-gpg-sign', '-m', message);
  return git('rev-parse', 'HEAD');
}

beforeAll(async () => {
  azurite = await startAzurite();
  service = await startResultsService({ azurite, repository: REPOSITORY });
  api = await startGitHubApi({
    faults: [
      {
        method: 'POST',
        path: `/repos/${REPOSITORY}/issues/${FORBIDDEN_PR}/comments`,
        status: 403,
        message: 'Resource not accessible by integration',
      },
    ],
  });
  // The checkout: base = the copy exported last time, head = the API's new definition, fixed = back to the base.
  repo = await mkdtemp(path.join(tmpdir(), 'ce-e2e-comment-'));
  temps.push(repo);
  await mkdir(path.join(repo, 'api'));
  git('init', '-q', '-b', 'main');
  const baselineText = await readFile(path.join(example, 'connector', 'apiDefinition.swagger.json'), 'utf8');
  sourceText = await readFile(path.join(example, 'swagger.json'), 'utf8');
  const base = await commit(baselineText, 'Costs API 1.2.0');
  const head = await commit(sourceText, 'Costs API 1.3.0');
  const fixed = await commit(baselineText, 'Keep the connector compatible');
  commits = { base, head, fixed };
}, 30_000);

afterAll(async () => {
  await api?.stop();
  await service?.stop();
  await azurite?.stop();
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** The repository's pull_request fixture, made to point at this checkout's commits. */
async function pullRequestEvent(number: number, headSha: string): Promise<object> {
  const text = await readFile(path.join(repoRoot, '__tests__', 'fixtures', 'events', 'pull_request.json'), 'utf8');
  const event = JSON.parse(text);
  event.number = number;
  event.after = headSha;
  event.pull_request.number = number;
  event.pull_request.url = event.pull_request.url.replace(/\/\d+$/, `/${number}`);
  event.pull_request.html_url = event.pull_request.html_url.replace(/\/\d+$/, `/${number}`);
  event.pull_request.head.sha = headSha;
  event.pull_request.base.sha = commits.base;
  return event;
}

interface PullRequestRun {
  number: number;
  /** The commit checked out and named as the pull request's head. */
  head: string;
  inputs?: Record<string, string>;
  /** The workflow run; default a new one. The same id again is a re-run of the job. */
  runId?: string;
  /** The workspace, already at `head`. Default: the repository itself, checked out at `head`. */
  workspace?: string;
}

/** A run of its own (artifact runtime, GitHub API, this checkout at `head`) on a pull_request event. */
async function runOnPullRequest(options: PullRequestRun): Promise<ActionRun & { runId: string }> {
  if (options.workspace === undefined) git('checkout', '-q', options.head);
  const runId = options.runId ?? String(nextRunId++);
  const result = await runAction({
    cwd: options.workspace ?? repo,
    event: await pullRequestEvent(options.number, options.head),
    inputs: { definition: DEFINITION, 'github-token': TOKEN, ...options.inputs },
    env: {
      ...service.env(runId),
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_REPOSITORY_OWNER: 'contoso',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: `refs/pull/${options.number}/merge`,
      GITHUB_REF_NAME: `${options.number}/merge`,
      GITHUB_HEAD_REF: 'feature/budgets',
      GITHUB_BASE_REF: 'main',
      GITHUB_SHA: options.head,
      GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/connector.yml@refs/pull/${options.number}/merge`,
    },
  });
  temps.push(result.tempDir);
  return { ...result, runId };
}

/** Requests the fake GitHub API received from index `from` on, as `METHOD /path` (query left out). */
function callsSince(from: number): string[] {
  return api.requests.slice(from).map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);
}

const comments = `/repos/${REPOSITORY}/issues`;

describe('pull request comment of the bundled action', () => {
  let firstCommentId: string;

  test('the base commit is the baseline: the comment opens with the verdict and lists what breaks', async () => {
    const from = api.requests.length;
    const r = await runOnPullRequest({ number: 12, head: commits.head });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const baselineLabel = `${DEFINITION}@${commits.base.slice(0, 7)}`;
    expect(r.stdout).toContain(
      `::error::connector-export failed on drift: 3 breaking change(s), 0 warning(s) against ${baselineLabel} (fail-on: breaking).`,
    );

    // One listing, one new comment; nobody asked who the token is (no marked comment existed).
    expect(callsSince(from)).toEqual([`GET ${comments}/12/comments`, `POST ${comments}/12/comments`]);
    expect(api.requests.slice(from).every((q) => q.headers.authorization === `token ${TOKEN}`)).toBe(true);
    const posted = api.comments.get(12) ?? [];
    expect(posted).toHaveLength(1);
    const body = posted[0].body;
    expect(api.requests.at(-1)?.body).toEqual({ body });

    // Marker, title, then the verdict before anything else.
    expect(body.startsWith(`${MARKER}\n## connector-export: Contoso Costs\n\n### ❌ 3 breaking changes:`)).toBe(true);
    expect(body).toContain(`Compared \`${DEFINITION}\` with \`${baselineLabel}\`.`);
    const line = sourceText.split('\n').findIndex((l) => l.includes('"operationId": "CalculateCosts"')) + 1;
    expect(body).toContain(
      `- Flows that use the action 'Get costs' stop working: its operationId changed from GetCosts to CalculateCosts. \`operation-id-changed\` ([line ${line}](https://github.com/${REPOSITORY}/blob/${commits.head}/${DEFINITION}#L${line}))`,
    );
    expect(body).toContain("it now requires the query parameter 'from'. `required-parameter-added`");
    expect(body).toContain("the response property 'period' was removed. `response-property-removed`");
    // Then validation, then the export with the artifact's link, then the run link.
    const validation = body.indexOf('### Validation');
    const exported = body.indexOf('### Export (manual)');
    expect(validation).toBeGreaterThan(body.indexOf('### ❌'));
    expect(exported).toBeGreaterThan(validation);
    expect(body).toContain('✅ **Valid**');
    const artifact = service.artifacts.find((a) => a.runBackendId === r.runId);
    expect(artifact?.name).toBe('connector-contoso-costs');
    const artifactUrl = `https://github.com/${REPOSITORY}/actions/runs/${r.runId}/artifacts/${artifact?.id}`;
    expect(body).toContain(`artifact [\`connector-contoso-costs\`](${artifactUrl})`);
    expect(body.endsWith(`---\n[Workflow run](https://github.com/${REPOSITORY}/actions/runs/${r.runId})`)).toBe(true);

    expect(r.outputs).toMatchObject({
      drift: 'true',
      breaking: '3',
      'artifact-url': artifactUrl,
      'comment-id': String(posted[0].id),
      'comment-url': posted[0].html_url,
    });
    firstCommentId = r.outputs['comment-id'];
    // The summary holds the same report, without the marker.
    expect(r.summary).toMatch(/^## connector-export: Contoso Costs\n\n### ❌ 3 breaking changes/);
    expect(r.summary).toContain('### Validation');
    expect(r.summary).toContain(artifactUrl);
    expect(r.summary).not.toContain(MARKER);
  });

  test('once the definition is fixed, the same comment is updated to say there is no drift', async () => {
    expect(firstCommentId).toBeDefined();
    const from = api.requests.length;
    const r = await runOnPullRequest({ number: 12, head: commits.fixed });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^::error/m);
    // The comment is found, the token cannot say who it is (GITHUB_TOKEN), so the bot's marked comment is edited.
    expect(callsSince(from)).toEqual([
      `GET ${comments}/12/comments`,
      'GET /user',
      `PATCH ${comments}/comments/${firstCommentId}`,
    ]);
    const onPr = api.comments.get(12) ?? [];
    expect(onPr).toHaveLength(1);
    expect(String(onPr[0].id)).toBe(firstCommentId);
    expect(onPr[0].body.startsWith(`${MARKER}\n## connector-export: Contoso Costs\n\n### ✅ No drift`)).toBe(true);
    expect(onPr[0].body).not.toContain('breaking change');
    expect(onPr[0].body).toContain(`[Workflow run](https://github.com/${REPOSITORY}/actions/runs/${r.runId})`);
    expect(r.outputs).toMatchObject({ drift: 'false', breaking: '0', 'comment-id': firstCommentId });
    expect(r.outputs['comment-url']).toBe(onPr[0].html_url);
    expect(r.summary).toContain('### ✅ No drift');
  });

  test('a 403 on the comment: a warning with the workflow_run pattern, the summary, and an exit code from drift only', async () => {
    const failing = await runOnPullRequest({ number: FORBIDDEN_PR, head: commits.head });
    const passing = await runOnPullRequest({
      number: FORBIDDEN_PR,
      head: commits.head,
      inputs: { 'fail-on': 'never' },
    });
    for (const r of [failing, passing]) {
      const warning = r.stdout.split('\n').find((l) => l.startsWith('::warning::connector-export could not write'));
      expect(warning).toBeDefined();
      expect(warning).toContain('workflow_run');
      expect(warning).toContain('pull-requests: write');
      expect(r.summary).toMatch(/^## connector-export: Contoso Costs\n\n### ❌ 3 breaking changes/);
      expect(r.outputs).toMatchObject({ drift: 'true', breaking: '3' });
      expect(r.outputs).not.toHaveProperty('comment-id');
    }
    // Only drift decides: the refused comment adds no failure of its own.
    expect(failing.code).toBe(1);
    const errors = failing.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::connector-export failed on drift: 3 breaking change/);
    expect(passing.code).toBe(0);
    expect(passing.stdout).not.toMatch(/^::error::/m);
    expect(api.comments.get(FORBIDDEN_PR)).toBeUndefined();
  });

  test('a shallow checkout (actions/checkout, depth 1) fetches the base commit to diff against', async () => {
    // What actions/checkout does: an empty repository, the origin remote, one commit fetched and checked out.
    const checkout = await mkdtemp(path.join(tmpdir(), 'ce-e2e-checkout-'));
    temps.push(checkout);
    gitIn(checkout, 'init', '-q');
    gitIn(checkout, 'remote', 'add', 'origin', `file://${repo}`);
    gitIn(checkout, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', commits.head);
    gitIn(checkout, 'checkout', '-q', 'FETCH_HEAD');
    expect(() => gitIn(checkout, 'cat-file', '-e', `${commits.base}^{commit}`)).toThrow();

    const r = await runOnPullRequest({
      number: 15,
      head: commits.head,
      workspace: checkout,
      inputs: { 'fail-on': 'never' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ drift: 'true', breaking: '3' });
    expect(r.summary).toContain(`with \`${DEFINITION}@${commits.base.slice(0, 7)}\`.`);
    expect(gitIn(checkout, 'cat-file', '-t', commits.base)).toBe('commit');
    expect(api.comments.get(15)?.[0].body).toContain('### ❌ 3 breaking changes');
  });

  test('a failed upload (a re-run job meets its own artifact) still updates the comment, with the failure', async () => {
    const first = await runOnPullRequest({ number: 16, head: commits.head, inputs: { 'fail-on': 'never' } });
    expect(first.code).toBe(0);
    const from = api.requests.length;
    const again = await runOnPullRequest({
      number: 16,
      head: commits.head,
      runId: first.runId,
      inputs: { 'fail-on': 'never' },
    });
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(
      /^::error::connector-export failed on export: GitHub artifacts \(409 name-conflict\): uploading 'connector-contoso-costs' failed/m,
    );
    expect(callsSince(from)).toEqual([
      `GET ${comments}/16/comments`,
      'GET /user',
      `PATCH ${comments}/comments/${first.outputs['comment-id']}`,
    ]);
    const body = api.comments.get(16)?.[0].body ?? '';
    expect(body).toMatch(
      /^<!-- connector-export:api\/swagger.json -->\n## connector-export: Contoso Costs\n\n### ❌ 3 breaking/,
    );
    expect(body).toContain('⏭️ Not exported: the export failed: GitHub artifacts (409 name-conflict)');
    expect(body).toContain(
      "What to do: Artifact names are unique within a workflow run: give each export its own 'artifact-name'",
    );
    expect(again.outputs).toMatchObject({ drift: 'true', breaking: '3', 'comment-id': first.outputs['comment-id'] });
    expect(again.summary).toContain('⏭️ Not exported: the export failed');
  });

  test("'comment: auto' without drift and without an earlier comment looks, and writes nothing", async () => {
    const from = api.requests.length;
    const r = await runOnPullRequest({ number: 17, head: commits.fixed });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ drift: 'false', breaking: '0' });
    expect(r.outputs).not.toHaveProperty('comment-id');
    expect(callsSince(from)).toEqual([`GET ${comments}/17/comments`]);
    expect(r.summary).toContain('### ✅ No drift');
  });

  test("'comment: never' sends nothing to the GitHub API", async () => {
    const from = api.requests.length;
    // With overrides, which apply to both commits' definitions: the same three breaking changes.
    const r = await runOnPullRequest({
      number: 14,
      head: commits.head,
      inputs: { comment: 'never', host: 'costs.contoso.example', 'base-path': '/v2/api' },
    });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ drift: 'true', breaking: '3' });
    expect(r.outputs).not.toHaveProperty('comment-id');
    expect(r.summary).toContain('### ❌ 3 breaking changes');
    expect(callsSince(from)).toEqual([]);
  });

  test('a push event writes no comment', async () => {
    git('checkout', '-q', commits.head);
    const from = api.requests.length;
    const runId = String(nextRunId++);
    const event = JSON.parse(
      await readFile(path.join(repoRoot, '__tests__', 'fixtures', 'events', 'push.json'), 'utf8'),
    );
    event.after = commits.head;
    const r = await runAction({
      cwd: repo,
      event,
      inputs: {
        definition: DEFINITION,
        baseline: `git:${commits.base}`,
        'github-token': TOKEN,
        comment: 'always',
        'fail-on': 'never',
      },
      env: {
        ...service.env(runId),
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_SHA: commits.head,
      },
    });
    temps.push(r.tempDir);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ drift: 'true', breaking: '3' });
    expect(r.outputs).not.toHaveProperty('comment-id');
    expect(r.outputs['artifact-id']).toBe(String(service.artifacts.find((a) => a.runBackendId === runId)?.id));
    expect(callsSince(from)).toEqual([]);
  });
});
