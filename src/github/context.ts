import { readFileSync } from 'node:fs';
import { ConnectorExportError } from '../errors.ts';
import { runner } from './workflowCommands.ts';

export interface PullRequestContext {
  number: number;
  baseSha: string;
  headSha: string;
  /** Target branch, e.g. `main`. */
  baseRef: string;
  /** `owner/repo` of the head branch; absent when the fork was deleted. */
  headRepoFullName?: string;
  /** The head branch lives in another repository: the token is read-only and there is no `id-token`. */
  isFork: boolean;
}

export interface EventContext {
  eventName: string;
  repo: { owner: string; repo: string };
  /** Only for pull_request* events. */
  pullRequest?: PullRequestContext;
  defaultBranch?: string;
  /** Link to this workflow run, for comment and summary footers. */
  runUrl: string;
  serverUrl: string;
  /** GITHUB_SHA: on a pull request, the test merge commit, not the head. */
  sha: string;
}

/** Events whose payload carries the pull request the run is about. */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

interface RepoPayload {
  id?: number;
  full_name?: string;
  default_branch?: string;
}

interface EventPayload {
  repository?: RepoPayload;
  pull_request?: {
    number?: number;
    base?: { sha?: string; ref?: string; repo?: RepoPayload | null };
    head?: { sha?: string; repo?: RepoPayload | null };
  };
}

/**
 * What the run is about, from the variables the runner sets. The event file is optional: when it is missing or
 * unreadable the run is treated as having no pull request (a warning says why), so reports still reach the job
 * summary.
 */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const fullName = env.GITHUB_REPOSITORY || payload.repository?.full_name || '';
  const [owner, repo] = fullName.split('/');
  if (!owner || !repo) {
    throw new ConnectorExportError(
      `GITHUB_REPOSITORY is '${fullName}', not 'owner/repo'.`,
      'Run connector-export as a step of a GitHub Actions job, or set GITHUB_REPOSITORY=owner/repo when running it elsewhere.',
    );
  }
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    eventName,
    repo: { owner, repo },
    pullRequest: PULL_REQUEST_EVENTS.has(eventName) ? pullRequestOf(payload) : undefined,
    defaultBranch: payload.repository?.default_branch,
    runUrl: `${serverUrl}/${owner}/${repo}/actions${runId ? `/runs/${runId}` : ''}`,
    serverUrl,
    sha: env.GITHUB_SHA ?? '',
  };
}

function readPayload(file: string | undefined): EventPayload {
  if (!file) return {};
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return value !== null && typeof value === 'object' ? (value as EventPayload) : {};
  } catch (error) {
    runner.warning(`Cannot read the event payload ${file} (${(error as Error).message}): no pull request comment.`);
    return {};
  }
}

function pullRequestOf(payload: EventPayload): PullRequestContext | undefined {
  const pr = payload.pull_request;
  if (typeof pr?.number !== 'number') return undefined;
  const head = pr.head?.repo ?? undefined;
  const base = pr.base?.repo ?? payload.repository;
  return {
    number: pr.number,
    baseSha: pr.base?.sha ?? '',
    headSha: pr.head?.sha ?? '',
    baseRef: pr.base?.ref ?? '',
    headRepoFullName: head?.full_name,
    // Ids survive renames; a deleted head repository can only have been a fork.
    isFork:
      head === undefined ||
      (head.id !== undefined && base?.id !== undefined
        ? head.id !== base.id
        : head.full_name?.toLowerCase() !== base?.full_name?.toLowerCase()),
  };
}
