import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ServiceError } from '../src/errors.ts';
import { startAzurite, type Azurite } from './support/azurite.ts';
import { readZip, runtimeToken, startResultsService, type ResultsService } from './support/resultsService.ts';

// @actions/github fixes its API base URL when first imported, so the adapter is imported after the env is set.
type Adapter = typeof import('../src/github/artifact.ts');

const RUN_ID = '1234';
const JOB_ID = 'job-1';
const TOKEN = 'ghs_job_token';
const NAME = 'connector-petstore';

let azurite: Azurite;
let service: ResultsService;
let adapter: Adapter;
let work: string;
const savedEnv = { ...process.env };

/** Sets process.env for one block and puts it back afterwards. */
async function withEnv<T>(vars: Record<string, string | undefined>, body: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(vars);
  try {
    return await body();
  } finally {
    apply(before);
  }
}

async function caught(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

beforeAll(async () => {
  azurite = await startAzurite();
  service = await startResultsService({ azurite, token: TOKEN, maxPerPage: 2 });
  for (const key of Object.keys(process.env)) {
    if (/^(ACTIONS_|GITHUB_|INPUT_|RUNNER_)/.test(key)) delete process.env[key];
  }
  Object.assign(process.env, service.env(RUN_ID, JOB_ID), { GITHUB_SERVER_URL: 'https://github.com' });
  adapter = await import('../src/github/artifact.ts');
  work = await mkdtemp(path.join(tmpdir(), 'artifact-test-'));
});

afterAll(async () => {
  process.env = savedEnv;
  await service?.stop();
  await azurite?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('artifact upload through @actions/artifact', () => {
  const files: Record<string, Buffer> = {
    'apiDefinition.swagger.json': Buffer.from('{"swagger":"2.0","info":{"title":"Petstore","version":"1.0"}}\n'),
    'apiProperties.json': Buffer.from('{"properties":{"iconBrandColor":"#007ee5"}}\n'),
    'icon.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0x00, 0x7f]),
    'docs/IMPORT.md': Buffer.from('# Import\n\nRun `paconn create`.\n'),
  };

  test('zips the package folder into the signed blob and finalizes it with its size and sha256', async () => {
    const dir = path.join(work, 'package');
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
    }
    const before = Date.now();
    const result = await new adapter.GitHubArtifactStore().upload(NAME, dir, Object.keys(files), 5);

    const stored = service.artifacts.find((a) => a.id === result.id)!;
    expect(stored).toMatchObject({ name: NAME, runBackendId: RUN_ID, jobBackendId: JOB_ID, finalized: true });
    expect(result.url).toBe(`https://github.com/${service.repository}/actions/runs/${RUN_ID}/artifacts/${result.id}`);

    const blob = await service.download(stored);
    const zip = readZip(blob);
    expect([...zip.keys()].sort()).toEqual(Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) expect(zip.get(name)).toEqual(content);
    expect(result.size).toBe(blob.length);

    const [create] = service.rpcs('CreateArtifact');
    expect(create.headers.authorization).toBe(`Bearer ${runtimeToken(RUN_ID, JOB_ID)}`);
    const createBody = create.body as Record<string, string | number>;
    expect(createBody).toMatchObject({
      workflow_run_backend_id: RUN_ID,
      workflow_job_run_backend_id: JOB_ID,
      name: NAME,
      version: 7,
      mime_type: 'application/zip',
    });
    const days = (Date.parse(String(createBody.expires_at)) - before) / 86_400_000;
    expect(days).toBeGreaterThan(4.99);
    expect(days).toBeLessThan(5.01);

    const [finalize] = service.rpcs('FinalizeArtifact');
    expect(finalize.body).toEqual({
      workflow_run_backend_id: RUN_ID,
      workflow_job_run_backend_id: JOB_ID,
      name: NAME,
      size: String(blob.length),
      hash: `sha256:${createHash('sha256').update(blob).digest('hex')}`,
    });
    // The blob went to Azurite, not through the results service.
    expect(service.requests.filter((r) => r.rpc === undefined)).toEqual([]);
  });

  test('a second artifact of the same name in the run is a name conflict with a hint', async () => {
    const dir = path.join(work, 'package');
    const error = await caught(new adapter.GitHubArtifactStore().upload(NAME, dir, ['icon.png']));
    expect(error).toMatchObject({ service: 'GitHub artifacts', status: 409, code: 'name-conflict' });
    expect(error.message).toContain('already exists');
    expect(error.hint).toContain("'artifact-name'");
  });

  test('invalid names, missing files, GHES, quota and an unreachable service map to their own hints', async () => {
    const store = new adapter.GitHubArtifactStore();
    const dir = path.join(work, 'package');
    const creates = service.rpcs('CreateArtifact').length;

    const invalid = await caught(store.upload('bad/name', dir, ['icon.png']));
    expect(invalid).toMatchObject({ code: 'invalid-name' });
    expect(invalid.hint).toContain("'artifact-name'");

    const missing = await caught(store.upload('other', dir, ['nope.json']));
    expect(missing).toMatchObject({ code: 'no-files' });

    const ghes = await withEnv({ GITHUB_SERVER_URL: 'https://ghes.example.com' }, () =>
      caught(store.upload('other', dir, ['icon.png'])),
    );
    expect(ghes).toMatchObject({ code: 'ghes-not-supported' });
    expect(ghes.hint).toContain('actions/upload-artifact@v3');
    expect(service.rpcs('CreateArtifact')).toHaveLength(creates);

    service.fail({ rpc: 'CreateArtifact', status: 403, message: 'insufficient usage to create artifact' });
    const quota = await caught(store.upload('other', dir, ['icon.png']));
    expect(quota).toMatchObject({ code: 'quota' });
    expect(quota.hint).toContain("'retention-days'");
    expect(service.rpcs('CreateArtifact')).toHaveLength(creates + 1);

    const offline = await withEnv({ ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' }, () =>
      caught(store.upload('other', dir, ['icon.png'])),
    );
    expect(offline).toMatchObject({ code: 'network' });
    expect(offline.message).toContain('ECONNREFUSED');
  });

  test("the service hands the run's own artifact back to the client (ListArtifacts, GetSignedArtifactURL)", async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { artifacts } = await client.listArtifacts();
    expect(artifacts.map((a) => a.name)).toEqual([NAME]);
    const into = path.join(work, 'same-run');
    await client.downloadArtifact(artifacts[0].id, { path: into });
    for (const [name, content] of Object.entries(files)) expect(await readFile(path.join(into, name))).toEqual(content);
    expect(service.rpcs('ListArtifacts').at(-1)!.body).toMatchObject({ id_filter: String(artifacts[0].id) });
    expect(service.rpcs('GetSignedArtifactURL')[0].body).toMatchObject({ name: NAME, workflow_run_backend_id: RUN_ID });
  });

  test('the runtime is available only with both the runtime token and the results URL', () => {
    expect(adapter.isArtifactRuntimeAvailable({})).toBe(false);
    expect(adapter.isArtifactRuntimeAvailable({ ACTIONS_RUNTIME_TOKEN: 'x' })).toBe(false);
    expect(adapter.isArtifactRuntimeAvailable({ ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_RESULTS_URL: 'http://r/' })).toBe(
      true,
    );
    expect(adapter.isArtifactRuntimeAvailable()).toBe(true);
  });

  test('the workflow file comes from GITHUB_WORKFLOW_REF', () => {
    const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/export.yml@refs/heads/main' };
    expect(adapter.currentWorkflowPath(env)).toBe('.github/workflows/export.yml');
    expect(adapter.currentWorkflowPath({ GITHUB_REPOSITORY: 'o/r' })).toBeUndefined();
  });
});

describe('baseline download: the newest live export of the default branch', () => {
  const hours = (n: number) => new Date(Date.now() - n * 3_600_000);
  const definition = (text: string) => ({ 'apiDefinition.swagger.json': text, 'apiProperties.json': '{}' });

  beforeAll(async () => {
    const seeds = [
      { files: definition('main, 3 days old'), createdAt: hours(72) },
      { files: definition('main, newest of export.yml'), createdAt: hours(24) },
      { files: definition('feature branch'), createdAt: hours(1), run: { headBranch: 'feature/x' } },
      { files: definition('expired'), createdAt: hours(2), expired: true },
      { files: definition('past expires_at'), createdAt: hours(3), expiresAt: hours(0.5) },
      { files: definition('fork PR from its main'), createdAt: hours(1.5), run: { headRepositoryId: 77 } },
      { files: definition('this run'), createdAt: hours(0.2), run: { id: Number(RUN_ID) } },
      {
        files: { 'pkg/apiDefinition.swagger.json': 'other workflow, nested', 'pkg/x.json': '{}' },
        createdAt: hours(4),
        run: { workflowPath: '.github/workflows/other.yml' },
      },
      { files: definition('release branch'), createdAt: hours(5), run: { headBranch: 'release' } },
    ];
    for (const seed of seeds) await service.seedArtifact({ name: NAME, ...seed });
    await service.seedArtifact({ name: 'connector-other', files: definition('another connector') });
  });

  const query = async (extra: Partial<import('../src/github/artifact.ts').BaselineArtifactQuery> = {}) => {
    const destination = await mkdtemp(path.join(work, 'baseline-'));
    return { name: NAME, token: TOKEN, destination, ...extra };
  };

  test('skips other branches, expired artifacts, fork pull requests and this run; pages through the list', async () => {
    const start = service.requests.length;
    const q = await query();
    const file = await new adapter.GitHubArtifactStore().downloadLatest(q);
    expect(file).toBe(path.join(q.destination, 'pkg', 'apiDefinition.swagger.json'));
    expect(await readFile(file!, 'utf8')).toBe('other workflow, nested');

    const calls = service.requests.slice(start);
    expect(calls[0].path).toBe(`/repos/${service.repository}`);
    const pages = calls.filter((r) => r.path.endsWith('/actions/artifacts')).map((r) => r.query);
    expect(pages.map((p) => p.page ?? '1')).toEqual(['1', '2', '3', '4', '5']);
    expect(pages.every((p) => p.name === NAME)).toBe(true);
    expect(calls.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(calls.some((r) => r.path.endsWith('/zip'))).toBe(true);
  });

  test('with a workflow file, only that workflow runs count; the default branch may come from the event', async () => {
    const eventPath = path.join(work, 'event.json');
    await writeFile(eventPath, JSON.stringify({ repository: { default_branch: 'main' } }));
    const start = service.requests.length;
    const q = await query({ workflowPath: '.github/workflows/export.yml' });
    const file = await new adapter.GitHubArtifactStore({ ...process.env, GITHUB_EVENT_PATH: eventPath }).downloadLatest(
      q,
    );
    expect(await readFile(file!, 'utf8')).toBe('main, newest of export.yml');
    const calls = service.requests.slice(start);
    expect(calls.some((r) => r.path === `/repos/${service.repository}`)).toBe(false);
    expect(calls.filter((r) => /\/actions\/runs\/\d+$/.test(r.path)).length).toBeGreaterThan(0);
  });

  test('an explicit branch wins; no artifact yet is undefined, not an error', async () => {
    const release = await new adapter.GitHubArtifactStore().downloadLatest(await query({ defaultBranch: 'release' }));
    expect(await readFile(release!, 'utf8')).toBe('release branch');

    const start = service.requests.length;
    const none = await new adapter.GitHubArtifactStore().downloadLatest(await query({ name: 'connector-never' }));
    expect(none).toBeUndefined();
    expect(service.requests.slice(start).some((r) => r.path.endsWith('/zip'))).toBe(false);
  });

  test('403 asks for actions: read, 401 for the token, 410 says the artifact expired meanwhile', async () => {
    const store = new adapter.GitHubArtifactStore();
    service.fail({ rest: /^GET \/repos\/[^/]+\/[^/]+\/actions\/artifacts$/, status: 403, message: 'Forbidden' });
    const forbidden = await caught(store.downloadLatest(await query()));
    expect(forbidden).toMatchObject({ service: 'GitHub artifacts', status: 403 });
    expect(forbidden.hint).toContain('actions: read');

    const refused = await caught(store.downloadLatest(await query({ token: 'wrong' })));
    expect(refused).toMatchObject({ status: 401 });
    expect(refused.hint).toContain("'github-token'");

    service.fail({ rest: /\/zip$/, status: 410, message: 'Artifact has expired' });
    const gone = await caught(store.downloadLatest(await query()));
    expect(gone).toMatchObject({ status: 410, code: 'expired' });
  });
});
