import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DefaultArtifactClient } from '@actions/artifact';
import { withDeadline } from '../deadline.ts';
import { ServiceError } from '../errors.ts';
import { createOctokit } from './octokit.ts';
import { runner } from './workflowCommands.ts';

const SERVICE = 'GitHub artifacts';

/** The file of an exported package that holds the definition: a baseline download looks for it. */
export const DEFINITION_FILE = 'apiDefinition.swagger.json';

/** Artifacts listed at most while looking for a baseline (newest first, as GitHub lists them). */
const MAX_LISTED = 1000;
const PER_PAGE = 100;

export type Env = Record<string, string | undefined>;

/** Which earlier export to diff against: the newest live artifact `name` from the default branch. */
export interface BaselineArtifactQuery {
  /** The artifact name exports are uploaded under (input `artifact-name`). */
  name: string;
  /** A token that may read the repository's Actions artifacts (`actions: read`). */
  token: string;
  /** An empty folder to extract the artifact into; created when missing. */
  destination: string;
  /** Default: the event payload's `repository.default_branch`, else asked from the API. */
  defaultBranch?: string;
  /** Only runs of this workflow file (e.g. `.github/workflows/export.yml`); see `currentWorkflowPath`. */
  workflowPath?: string;
  /** Longest the download may take (@actions/artifact takes no AbortSignal). Default 3 minutes. */
  downloadTimeoutMs?: number;
}

export interface UploadedArtifact {
  id: number;
  size: number;
  /** The artifact's page in the run, when the run is known. */
  url?: string;
}

export interface ArtifactStore {
  /** Uploads `files` (relative to `rootDir`) as one zipped artifact. */
  upload(name: string, rootDir: string, files: string[], retentionDays?: number): Promise<UploadedArtifact>;
  /** Extracts the newest baseline artifact and returns the path of its definition, or undefined when none. */
  downloadLatest(query: BaselineArtifactQuery): Promise<string | undefined>;
}

/** Whether the runner gave this step the artifact service (false e.g. under `act` or a local run). */
export function isArtifactRuntimeAvailable(env: Env = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

/** The running workflow's file (`.github/workflows/x.yml`) from GITHUB_WORKFLOW_REF, when the runner sets it. */
export function currentWorkflowPath(env: Env = process.env): string | undefined {
  const ref = env.GITHUB_WORKFLOW_REF;
  const repository = env.GITHUB_REPOSITORY;
  if (!ref || !repository || !ref.startsWith(`${repository}/`)) return undefined;
  return withoutRef(ref.slice(repository.length + 1));
}

/**
 * The real store: the runner's artifact service through @actions/artifact, the REST API to find baselines. Both
 * libraries load on first use (README, "Start-up cost"): a run that neither uploads nor downloads never compiles
 * them.
 */
export class GitHubArtifactStore implements ArtifactStore {
  private readonly env: Env;
  private client: DefaultArtifactClient | undefined;

  constructor(env: Env = process.env, client?: DefaultArtifactClient) {
    this.env = env;
    this.client = client;
  }

  private async artifactClient(): Promise<DefaultArtifactClient> {
    this.client ??= new (await import('@actions/artifact')).DefaultArtifactClient();
    return this.client;
  }

  async upload(name: string, rootDir: string, files: string[], retentionDays?: number): Promise<UploadedArtifact> {
    const root = path.resolve(rootDir);
    let result: { id?: number; size?: number };
    try {
      const client = await this.artifactClient();
      result = await client.uploadArtifact(
        name,
        files.map((file) => path.resolve(root, file)),
        root,
        { retentionDays },
      );
    } catch (error) {
      throw artifactError(error, `uploading '${name}' failed`, 'upload');
    }
    if (result.id === undefined) {
      throw new ServiceError(SERVICE, `uploading '${name}' returned no artifact id.`, { hint: RETRY_HINT });
    }
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = this.env;
    const url = repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${result.id}` : undefined;
    return { id: result.id, size: result.size ?? 0, url };
  }

  async downloadLatest(query: BaselineArtifactQuery): Promise<string | undefined> {
    const [owner, repo] = (this.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set: a baseline artifact needs the repository.');
    let found: BaselineArtifact | undefined;
    try {
      found = await this.findLatest(query, owner, repo);
    } catch (error) {
      throw artifactError(error, `finding the baseline artifact '${query.name}' failed`);
    }
    if (!found) {
      runner.info(`No artifact '${query.name}' from the default branch yet: nothing to diff against.`);
      return undefined;
    }
    runner.info(`Baseline: artifact '${found.name}' (id ${found.id}) of run ${found.runId}.`);
    const timeoutMs = query.downloadTimeoutMs ?? 180_000;
    try {
      const client = await this.artifactClient();
      const download = client.downloadArtifact(found.id, {
        path: query.destination,
        findBy: {
          token: query.token,
          workflowRunId: found.runId,
          repositoryOwner: owner,
          repositoryName: repo,
        },
      });
      await withDeadline(
        download,
        timeoutMs,
        () =>
          new ServiceError(
            SERVICE,
            `downloading the baseline artifact '${found.name}' (id ${found.id}): no end within ${timeoutMs / 1000} s.`,
            {
              code: 'timeout',
              hint: "Re-run the job; if it fails again, check https://www.githubstatus.com, or set 'baseline' to a committed file.",
            },
          ),
      );
    } catch (error) {
      throw artifactError(error, `downloading the baseline artifact '${found.name}' (id ${found.id}) failed`);
    }
    const definition = findDefinition(query.destination);
    if (!definition) runner.warning(`Artifact '${found.name}' (id ${found.id}) holds no ${DEFINITION_FILE}.`);
    return definition;
  }

  private async findLatest(
    query: BaselineArtifactQuery,
    owner: string,
    repo: string,
  ): Promise<BaselineArtifact | undefined> {
    // Bounded in time and retried like every GitHub call of the action.
    const octokit = await createOctokit(query.token, {
      baseUrl: this.env.GITHUB_API_URL || 'https://api.github.com',
    });
    const branch =
      query.defaultBranch ??
      eventDefaultBranch(this.env) ??
      (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    const listed: ListedArtifact[] = [];
    const pages = octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
      owner,
      repo,
      name: query.name,
      per_page: PER_PAGE,
    });
    for await (const page of pages) {
      listed.push(...page.data.filter((a) => a.name === query.name));
      if (listed.length >= MAX_LISTED) break;
    }
    const live = listed
      .map((a) => asBaseline(a, branch, this.env.GITHUB_RUN_ID))
      .filter((a) => a !== undefined)
      .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
    if (!query.workflowPath) return live[0];
    // The listing does not say which workflow made an artifact: ask each candidate's run, newest first.
    const want = withoutRef(query.workflowPath);
    const runPaths = new Map<number, string>();
    for (const artifact of live) {
      const { runId } = artifact;
      if (!runPaths.has(runId)) {
        const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
        runPaths.set(runId, withoutRef(data.path));
      }
      if (runPaths.get(runId) === want) return artifact;
    }
    return undefined;
  }
}

/** One entry of `GET /repos/{owner}/{repo}/actions/artifacts`. */
interface ListedArtifact {
  id: number;
  name: string;
  expired: boolean;
  created_at: string | null;
  expires_at: string | null;
  workflow_run?: {
    id?: number;
    repository_id?: number;
    head_repository_id?: number;
    head_branch?: string;
  } | null;
}

/** A listed artifact that may serve as the baseline. */
interface BaselineArtifact {
  id: number;
  name: string;
  runId: number;
  createdAt: number;
}

/**
 * The artifact as a baseline when it is live, from a run of the default branch, and not from this run. A pull
 * request from a fork's own default branch also reports that branch name, so the head repository must be the
 * repository itself.
 */
function asBaseline(
  artifact: ListedArtifact,
  branch: string,
  currentRunId: string | undefined,
): BaselineArtifact | undefined {
  const run = artifact.workflow_run;
  if (artifact.expired || (artifact.expires_at && Date.parse(artifact.expires_at) <= Date.now())) return undefined;
  if (!run?.id || run.head_branch !== branch || String(run.id) === currentRunId) return undefined;
  if (run.head_repository_id !== undefined && run.head_repository_id !== run.repository_id) return undefined;
  const createdAt = artifact.created_at ? Date.parse(artifact.created_at) : 0;
  return { id: artifact.id, name: artifact.name, runId: run.id, createdAt };
}

function withoutRef(workflowPath: string): string {
  const at = workflowPath.indexOf('@');
  return at < 0 ? workflowPath : workflowPath.slice(0, at);
}

function eventDefaultBranch(env: Env): string | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      repository?: { default_branch?: unknown };
    };
    const branch = payload.repository?.default_branch;
    return typeof branch === 'string' && branch ? branch : undefined;
  } catch {
    return undefined; // No readable payload: the API answers instead.
  }
}

/** The shallowest `apiDefinition.swagger.json` below `dir` (packages keep it at the root). */
function findDefinition(dir: string): string | undefined {
  const matches = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (entry) => path.basename(entry) === DEFINITION_FILE,
  );
  matches.sort((a, b) => a.split(path.sep).length - b.split(path.sep).length || a.localeCompare(b));
  return matches.length ? path.join(dir, matches[0]) : undefined;
}

const RETRY_HINT =
  'Re-run the job; if it fails again, check https://www.githubstatus.com and the runner log (enable step debug logging).';

/** Turns what @actions/artifact or Octokit threw into a ServiceError that says what to do. */
function artifactError(error: unknown, what: string, operation: 'upload' | 'download' = 'download'): ServiceError {
  if (error instanceof ServiceError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // Octokit errors carry `status`; the twirp client only writes it into the message.
  const status =
    typeof (error as { status?: unknown })?.status === 'number'
      ? (error as { status: number }).status
      : Number(/Failed request: \((\d{3})\)/.exec(message)?.[1]) || undefined;
  const fail = (code: string | undefined, hint: string) =>
    new ServiceError(SERVICE, `${what}: ${firstLine(message)}`, { status, code, hint });

  // @actions/artifact's errors are told by name: its classes load only with the library.
  const name = error instanceof Error ? error.name : '';
  if (name === 'GHESNotSupportedError') {
    return fail(
      'ghes-not-supported',
      "GitHub Enterprise Server has no artifact service for @actions/artifact 2+: upload 'package-path' with actions/upload-artifact@v3 instead, and set 'baseline' to a committed file or git:<ref>.",
    );
  }
  if (/artifact name is not valid|artifact name input during validation is empty/i.test(message)) {
    return fail(
      'invalid-name',
      "Choose an 'artifact-name' without \" : < > | * ? \\ / or line breaks (for example connector-petstore).",
    );
  }
  if (status === 409 || /already exists/i.test(message)) {
    return fail(
      'name-conflict',
      "Artifact names are unique within a workflow run: give each export its own 'artifact-name' (e.g. add the matrix value), or re-run the whole workflow instead of one job.",
    );
  }
  // The twirp client rewraps its errors as plain Errors: match the messages of UsageError and NetworkError too.
  if (name === 'UsageError' || /storage quota has been hit/i.test(message)) {
    return fail(
      'quota',
      "The account's artifact storage quota is used up: delete old artifacts or lower 'retention-days', then re-run.",
    );
  }
  if (name === 'FilesNotFoundError' || /^(File .* does not exist|The provided rootDirectory)/.test(message)) {
    return fail(
      'no-files',
      "The package files were missing when uploaded: check that no earlier step removed 'package-path'.",
    );
  }
  if (name === 'NetworkError' || /Unable to make request: [A-Z]+/.test(message)) {
    return fail(
      'network',
      'The runner cannot reach the artifact service: self-hosted runners need access to the GitHub Actions endpoints.',
    );
  }
  // An upload authenticates with the job's own runtime token, which no input sets: 'github-token' is no cure.
  if (operation === 'upload' && (status === 401 || status === 403 || status === 404)) {
    return fail(
      undefined,
      "The artifact service refused this job's own token (ACTIONS_RUNTIME_TOKEN, which no input sets): re-run the job; on GitHub Enterprise Server or a self-hosted runner, check that it offers Actions artifacts.",
    );
  }
  if (status === 401) {
    return fail(
      undefined,
      "The token was refused: check 'github-token' for baselines; an upload uses the job's own token, so re-run the job.",
    );
  }
  if (status === 403 || status === 404) {
    return fail(
      undefined,
      "Give the job `permissions: actions: read` (with `contents: read`) so 'github-token' can list and download the repository's artifacts, or set 'baseline' to a committed file.",
    );
  }
  if (status === 410) return fail('expired', 'The baseline artifact expired meanwhile: re-run the job.');
  return fail(undefined, RETRY_HINT);
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0].trim();
}
