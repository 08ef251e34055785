import type { getOctokit } from '@actions/github';
import { boundRequests } from './requestBounds.ts';
import { runner } from './workflowCommands.ts';

/** The REST client every GitHub adapter takes: Octokit with the REST methods, pagination, retry and throttling. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface OctokitOptions {
  /** REST API root; defaults to GITHUB_API_URL (GitHub Enterprise Server, local fakes), then api.github.com. */
  baseUrl?: string;
  /** How often a request is retried after a 5xx or a rate limit. Default 3. */
  retries?: number;
  /**
   * Milliseconds per second of back-off (retry and throttling plugins). Default 1000; tests pass 1 so retries
   * and `retry-after` waits take milliseconds.
   */
  retryAfterBaseValue?: number;
  /** Longest rate-limit wait worth sitting through, in seconds; a longer one fails the request. Default 120. */
  maxRateLimitWait?: number;
  /**
   * Rate-limit handling and write pacing (plugin-throttling). Default true. Its pacing (1 s between writes, 3 s
   * between writes that notify) is shared by every client in the process, so tests of call sequences turn it off.
   */
  throttle?: boolean;
  /** Longest wait for one answer, in milliseconds. Default 30 s. */
  requestTimeoutMs?: number;
  /** Longest time all requests of this client may take, retries and waits included. Default 3 minutes. */
  totalTimeoutMs?: number;
}

interface LimitedRequest {
  method: string;
  url: string;
}

/**
 * Octokit for the action's GitHub token. 5xx answers are retried with back-off (plugin-retry); primary and
 * secondary rate limits wait for `retry-after`/`x-ratelimit-reset` a bounded number of times (plugin-throttling),
 * because a job that sleeps until the hourly reset costs more than a failed comment. Each attempt and the
 * client's whole life are bounded in time (boundRequests), so a GitHub that does not answer cannot hold the job.
 */
export async function createOctokit(token: string, options: OctokitOptions = {}): Promise<GitHubClient> {
  // Loaded on first use (README, "Start-up cost"): a run that never calls the GitHub API never compiles Octokit.
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const retries = options.retries ?? 3;
  const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000;
  const maxWait = options.maxRateLimitWait ?? 120;
  const start = Date.now();
  const totalTimeoutMs = options.totalTimeoutMs ?? 180_000;
  const bounds = boundRequests({ requestTimeoutMs: options.requestTimeoutMs ?? 30_000, totalTimeoutMs, start });
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: LimitedRequest, _octokit: unknown, retryCount: number): boolean => {
      const what = `GitHub ${kind} rate limit on ${request.method} ${request.url}`;
      const pastDeadline = Date.now() + retryAfter * retryAfterBaseValue > start + totalTimeoutMs;
      if (retryCount >= retries || retryAfter > maxWait || pastDeadline) {
        runner.warning(`${what}: giving up after ${retryCount} retries (next wait ${retryAfter} s).`);
        return false;
      }
      runner.info(`${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries}).`);
      return true;
    };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      // Octokit's info lines are per request: debug output, not the job log.
      log: { debug: runner.debug, info: runner.debug, warn: runner.warning, error: runner.error },
      // 429 is the throttling plugin's: retried by both, a rate limit would be retried retries² times.
      retry: { retries, retryAfterBaseValue, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        enabled: options.throttle ?? true,
        retryAfterBaseValue,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    // First: Octokit nests the plugins' request wrappers in this order, so the bounds apply to each attempt.
    bounds,
    retry,
    throttling,
  );
}
