import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Azurite } from './azurite.ts';
import { blobUrl } from './azurite.ts';

/**
 * A local stand-in for what @actions/artifact talks to on a runner: the Actions results service (twirp JSON:
 * CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL) with blobs in Azurite, and the few REST
 * endpoints that find and download another run's artifact (repository, artifact listing, workflow run, zip
 * redirect). One origin serves both: point ACTIONS_RESULTS_URL and GITHUB_API_URL at `url`.
 */

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
const REPOSITORY_ID = 4242;

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The twirp method, e.g. `CreateArtifact`; undefined for REST calls. */
  rpc?: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, when there was one. */
  body?: unknown;
}

/** A workflow run as the REST API shows it. */
export interface FakeRun {
  id: number;
  headBranch: string;
  workflowPath: string;
  /** Differs from the repository's id for a pull request from a fork. */
  headRepositoryId: number;
}

export interface FakeArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  run: FakeRun;
  blob: string;
  size: number;
  /** `sha256:<hex>` as finalized. */
  digest?: string;
  createdAt: Date;
  expiresAt?: Date;
  expired: boolean;
  finalized: boolean;
}

/** Makes matching requests fail `times` times (twirp: `{code, msg}`; REST: `{message}`). */
export interface Fault {
  rpc?: string;
  /** Matched against `METHOD /path` of REST calls, e.g. /^GET \/repos\/[^/]+\/[^/]+\/actions\/artifacts$/. */
  rest?: RegExp;
  status: number;
  message?: string;
  times?: number;
}

export interface SeedArtifact {
  name: string;
  /** Archive members: path inside the zip -> content. */
  files: Record<string, string | Buffer>;
  run?: Partial<FakeRun>;
  createdAt?: Date;
  expiresAt?: Date;
  expired?: boolean;
}

export interface ResultsServiceOptions {
  azurite: Azurite;
  container?: string;
  /** `owner/repo` the REST endpoints answer for. Default `octo-org/octo-repo`. */
  repository?: string;
  defaultBranch?: string;
  /** The REST token callers must send (`token <x>`); any token when unset. */
  token?: string;
  /** Caps `per_page` of listings (GitHub: 100); small values exercise pagination. */
  maxPerPage?: number;
}

export interface ResultsService {
  url: string;
  repository: string;
  defaultBranch: string;
  requests: RecordedRequest[];
  artifacts: FakeArtifact[];
  /** Runs by backend id (the first id in the token's `Actions.Results` scope). */
  runs: Map<string, FakeRun>;
  /**
   * What a job of run `runId` needs to reach this service: ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL,
   * GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID (merge into runAction's `env` or process.env).
   */
  env(runId: string | number, jobId?: string): Record<string, string>;
  /** The recorded twirp calls of one method, in order. */
  rpcs(method: string): RecordedRequest[];
  /** Registers the run an upload's backend id belongs to (default: id = the backend id, default branch). */
  addRun(backendId: string, run?: Partial<FakeRun>): FakeRun;
  /** Stores a finished artifact (zipped `files`) as if an earlier run had uploaded it. */
  seedArtifact(seed: SeedArtifact): Promise<FakeArtifact>;
  /** The zip bytes of a stored artifact, read back from Azurite. */
  download(artifact: FakeArtifact): Promise<Buffer>;
  fail(fault: Fault): void;
  stop(): Promise<void>;
}

/**
 * An unsigned JWT shaped like ACTIONS_RUNTIME_TOKEN: the artifact client decodes it, never verifies it nor reads
 * its expiry, so the token is a pure function of its ids.
 */
export function runtimeToken(runId: string | number, jobId: string | number): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const scp = `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runId}:${jobId}`;
  return `${encode({ typ: 'JWT', alg: 'none' })}.${encode({ scp })}.`;
}

/** The `Actions.Results` backend ids in a bearer token, or undefined when it is not one. */
function tokenScope(authorization: string | undefined): { run: string; job: string } | undefined {
  const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
  try {
    const claims = JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString()) as { scp?: string };
    const scope = claims.scp?.split(' ').find((s) => s.startsWith('Actions.Results:'));
    const [, run, job] = scope?.split(':') ?? [];
    return run && job ? { run, job } : undefined;
  } catch {
    return undefined;
  }
}

class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function startResultsService(options: ResultsServiceOptions): Promise<ResultsService> {
  const repository = options.repository ?? 'octo-org/octo-repo';
  const defaultBranch = options.defaultBranch ?? 'main';
  const container = options.container ?? 'actions-results';
  const containerUrl = await options.azurite.containerSas(container);
  const containerClient = options.azurite.service.getContainerClient(container);
  const requests: RecordedRequest[] = [];
  const artifacts: FakeArtifact[] = [];
  const runs = new Map<string, FakeRun>();
  const faults: Fault[] = [];
  let nextArtifactId = 1000;
  let nextRunId = 9000;
  let url = '';

  function addRun(backendId: string, run: Partial<FakeRun> = {}): FakeRun {
    const full: FakeRun = {
      id: /^\d+$/.test(backendId) ? Number(backendId) : nextRunId++,
      headBranch: defaultBranch,
      workflowPath: '.github/workflows/export.yml',
      headRepositoryId: REPOSITORY_ID,
      ...run,
    };
    runs.set(backendId, full);
    return full;
  }

  const isExpired = (a: FakeArtifact) => a.expired || (a.expiresAt !== undefined && a.expiresAt <= new Date());

  function takeFault(rpc: string | undefined, route: string): Fault | undefined {
    const fault = faults.find((f) => (rpc ? f.rpc === rpc : f.rest?.test(route)));
    if (fault && (fault.times = (fault.times ?? 1) - 1) <= 0) faults.splice(faults.indexOf(fault), 1);
    return fault;
  }

  function twirp(method: string, body: Record<string, unknown>, authorization: string | undefined): unknown {
    const scope = tokenScope(authorization);
    const runId = String(body.workflow_run_backend_id ?? '');
    const jobId = String(body.workflow_job_run_backend_id ?? '');
    if (!scope || scope.run !== runId || scope.job !== jobId) {
      throw new HttpError(401, 'unauthenticated', 'the token does not grant this workflow run and job');
    }
    const own = (a: FakeArtifact) => a.runBackendId === runId && a.finalized;
    switch (method) {
      case 'CreateArtifact': {
        const name = String(body.name);
        if (artifacts.some((a) => own(a) && a.name === name)) {
          throw new HttpError(409, 'already_exists', 'an artifact with this name already exists on the workflow run');
        }
        const id = nextArtifactId++;
        artifacts.push({
          id,
          name,
          runBackendId: runId,
          jobBackendId: jobId,
          run: runs.get(runId) ?? addRun(runId),
          blob: `${runId}/${jobId}/${id}.zip`,
          size: 0,
          createdAt: new Date(),
          expiresAt: typeof body.expires_at === 'string' ? new Date(body.expires_at) : undefined,
          expired: false,
          finalized: false,
        });
        return { ok: true, signed_upload_url: blobUrl(containerUrl, `${runId}/${jobId}/${id}.zip`) };
      }
      case 'FinalizeArtifact': {
        const artifact = artifacts.find((a) => a.runBackendId === runId && a.name === body.name && !a.finalized);
        if (!artifact) throw new HttpError(404, 'not_found', `no artifact '${String(body.name)}' is being uploaded`);
        artifact.size = Number(body.size ?? 0);
        artifact.digest = typeof body.hash === 'string' ? body.hash : undefined;
        artifact.finalized = true;
        return { ok: true, artifact_id: String(artifact.id) };
      }
      case 'ListArtifacts': {
        const found = artifacts.filter(
          (a) =>
            own(a) &&
            !isExpired(a) &&
            (body.name_filter === undefined || a.name === body.name_filter) &&
            (body.id_filter === undefined || String(a.id) === String(body.id_filter)),
        );
        return {
          artifacts: found.map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt.toISOString(),
            ...(a.digest ? { digest: a.digest } : {}),
          })),
        };
      }
      case 'GetSignedArtifactURL': {
        const artifact = artifacts.find((a) => own(a) && a.name === body.name && !isExpired(a));
        if (!artifact) throw new HttpError(404, 'not_found', `no artifact '${String(body.name)}' in this run`);
        return { signed_url: blobUrl(containerUrl, artifact.blob) };
      }
      default:
        throw new HttpError(404, 'bad_route', `no method ${method}`);
    }
  }

  function restArtifact(a: FakeArtifact) {
    const api = `${url}/repos/${repository}/actions/artifacts/${a.id}`;
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.size,
      url: api,
      archive_download_url: `${api}/zip`,
      expired: isExpired(a),
      created_at: a.createdAt.toISOString(),
      updated_at: a.createdAt.toISOString(),
      expires_at: (a.expiresAt ?? new Date(a.createdAt.getTime() + 90 * 86_400_000)).toISOString(),
      digest: a.digest ?? null,
      workflow_run: {
        id: a.run.id,
        repository_id: REPOSITORY_ID,
        head_repository_id: a.run.headRepositoryId,
        head_branch: a.run.headBranch,
        head_sha: '0123456789abcdef0123456789abcdef01234567',
      },
    };
  }

  /** Answers a REST call: [status, body, headers]. */
  function rest(method: string, path: string, query: Record<string, string>, authorization?: string) {
    if (!authorization || (options.token !== undefined && authorization !== `token ${options.token}`)) {
      throw new HttpError(401, 'unauthorized', 'Bad credentials');
    }
    const prefix = `/repos/${repository}`;
    if (method !== 'GET' || (path !== prefix && !path.startsWith(`${prefix}/`))) {
      throw new HttpError(404, 'not_found', 'Not Found');
    }
    const rest = path.slice(prefix.length);
    if (rest === '') {
      const [owner, name] = repository.split('/');
      return {
        body: {
          id: REPOSITORY_ID,
          name,
          full_name: repository,
          owner: { login: owner },
          default_branch: defaultBranch,
        },
      };
    }
    if (rest === '/actions/artifacts') {
      const perPage = Math.min(Number(query.per_page ?? 30), options.maxPerPage ?? 100);
      const page = Number(query.page ?? 1);
      const listed = artifacts
        .filter((a) => a.finalized && (query.name === undefined || a.name === query.name))
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
      const headers: Record<string, string> = {};
      if (page * perPage < listed.length) {
        const next = new URLSearchParams({ ...query, per_page: String(perPage), page: String(page + 1) });
        headers.link = `<${url}${path}?${next}>; rel="next"`;
      }
      const slice = listed.slice((page - 1) * perPage, page * perPage);
      return { body: { total_count: listed.length, artifacts: slice.map(restArtifact) }, headers };
    }
    const run = /^\/actions\/runs\/(\d+)$/.exec(rest);
    if (run) {
      const found = [...runs.values()].find((r) => r.id === Number(run[1]));
      if (!found) throw new HttpError(404, 'not_found', 'Not Found');
      return {
        body: {
          id: found.id,
          path: found.workflowPath,
          head_branch: found.headBranch,
          repository: { id: REPOSITORY_ID },
          head_repository: { id: found.headRepositoryId },
        },
      };
    }
    const zip = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest);
    const artifact = zip && artifacts.find((a) => a.id === Number(zip[1]) && a.finalized);
    if (!artifact) throw new HttpError(404, 'not_found', 'Not Found');
    if (isExpired(artifact)) throw new HttpError(410, 'gone', 'Artifact has expired');
    return { status: 302, headers: { location: blobUrl(containerUrl, artifact.blob) } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const target = new URL(req.url ?? '/', url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    const rpc = target.pathname.startsWith(TWIRP) ? target.pathname.slice(TWIRP.length) : undefined;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: target.pathname,
      query: Object.fromEntries(target.searchParams),
      rpc,
      headers: req.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    try {
      const fault = takeFault(rpc, `${record.method} ${record.path}`);
      if (fault) throw new HttpError(fault.status, 'injected', fault.message ?? 'injected failure');
      if (rpc) {
        if (record.method !== 'POST') throw new HttpError(404, 'bad_route', 'twirp calls are POSTs');
        return send(200, twirp(rpc, (record.body ?? {}) as Record<string, unknown>, req.headers.authorization));
      }
      const answer = rest(record.method, record.path, record.query, req.headers.authorization);
      send(answer.status ?? 200, answer.body, answer.headers);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      send(error.status, rpc ? { code: error.code, msg: error.message } : { message: error.message });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'internal', msg: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    repository,
    defaultBranch,
    requests,
    artifacts,
    runs,
    env: (runId, jobId = 'job-1') => ({
      ACTIONS_RUNTIME_TOKEN: runtimeToken(runId, jobId),
      ACTIONS_RESULTS_URL: `${url}/`,
      GITHUB_API_URL: url,
      GITHUB_REPOSITORY: repository,
      GITHUB_RUN_ID: String(runId),
    }),
    rpcs: (method) => requests.filter((r) => r.rpc === method),
    addRun,
    async seedArtifact(seed) {
      const runBackendId = `seed-${nextRunId}`;
      const run = addRun(runBackendId, seed.run);
      const id = nextArtifactId++;
      const zip = zipFiles(seed.files);
      const blob = `${runBackendId}/seed/${id}.zip`;
      await containerClient
        .getBlockBlobClient(blob)
        .uploadData(zip, { blobHTTPHeaders: { blobContentType: 'application/zip' } });
      const artifact: FakeArtifact = {
        id,
        name: seed.name,
        runBackendId,
        jobBackendId: 'seed',
        run,
        blob,
        size: zip.length,
        createdAt: seed.createdAt ?? new Date(),
        expiresAt: seed.expiresAt,
        expired: seed.expired ?? false,
        finalized: true,
      };
      artifacts.push(artifact);
      return artifact;
    },
    async download(artifact) {
      return containerClient.getBlockBlobClient(artifact.blob).downloadToBuffer();
    },
    fail(fault) {
      faults.push({ ...fault });
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A zip (deflated entries, no zip64) of `files`: path inside the archive -> content. */
export function zipFiles(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The members of a zip (stored or deflated, sizes from the central directory so streamed archives with data
 * descriptors read too), each checked against its CRC-32. Directory entries map to empty buffers.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const members = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(start, start + packedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method} is not supported`);
    const data = method === 8 ? inflateRawSync(packed) : Buffer.from(packed);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    members.set(name, data);
    at += 46 + skip;
  }
  return members;
}
