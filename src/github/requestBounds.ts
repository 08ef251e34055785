import type { Octokit } from '@octokit/core';
import { ServiceError } from '../errors.ts';

export interface RequestBounds {
  /** Longest wait for one answer (each retry gets its own). */
  requestTimeoutMs: number;
  /** Longest time all requests of the client may take, retries and their waits included. */
  totalTimeoutMs: number;
  /** When that time started. Default: when the plugin is applied (the client is created). */
  start?: number;
  now?: () => number;
}

/** The signal a caller passed, per request (each attempt replaces the one in the options). */
const callerSignals = new WeakMap<object, AbortSignal | undefined>();

/**
 * An Octokit plugin that bounds every request attempt and the client's total time, and makes a `Retry-After`
 * answer readable by plugin-throttling. Place it before plugin-retry and plugin-throttling: Octokit applies the
 * plugins' request wrappers inside out, so this one then wraps each attempt, not the retried whole.
 */
export function boundRequests(bounds: RequestBounds): (octokit: Octokit) => void {
  const now = bounds.now ?? Date.now;
  return (octokit) => {
    const deadline = (bounds.start ?? now()) + bounds.totalTimeoutMs;
    octokit.hook.wrap('request', async (request, options) => {
      const what = `${options.method ?? 'GET'} ${options.url ?? ''}`;
      const left = deadline - now();
      if (left <= 0) {
        // A plain error, not a RequestError: plugin-retry then gives up instead of trying again.
        throw new ServiceError('GitHub', `${what}: no answer within ${seconds(bounds.totalTimeoutMs)}.`, {
          hint: 'GitHub did not answer in time; see https://www.githubstatus.com and re-run the job.',
        });
      }
      const limit = Math.min(bounds.requestTimeoutMs, left);
      const timeout = AbortSignal.timeout(limit);
      if (!callerSignals.has(options)) callerSignals.set(options, options.request?.signal);
      const given = callerSignals.get(options);
      // In place: the hooks inside this one were bound to this options object and ignore any other.
      options.request = { ...options.request, signal: given ? AbortSignal.any([given, timeout]) : timeout };
      try {
        return await request(options);
      } catch (error) {
        // Octokit reports a timed-out fetch as a RequestError (status 500) with the runtime's wording.
        if (timeout.aborted && error instanceof Error) error.message = `no answer within ${seconds(limit)}`;
        retryAfterAsReset(error, now());
        throw error;
      }
    });
  };
}

/**
 * plugin-throttling reads a primary rate limit's wait from `x-ratelimit-reset` only: without that header it
 * retries at once, and a 429 with neither header nor "secondary rate" in its message is not retried at all.
 * A `Retry-After` (seconds or an HTTP date) is turned into the reset time it means, and a 429 counts as a
 * primary limit, so the plugin waits as long as GitHub asked (and gives up past `maxRateLimitWait`).
 */
export function retryAfterAsReset(error: unknown, nowMs: number): void {
  const { status, response } = (error ?? {}) as { status?: number; response?: { headers?: Record<string, string> } };
  const headers = response?.headers;
  if ((status !== 403 && status !== 429) || !headers || headers['x-ratelimit-reset'] !== undefined) return;
  const after = headers['retry-after'];
  if (after === undefined || (status === 403 && headers['x-ratelimit-remaining'] !== '0')) return;
  const waitMs = /^\s*\d+\s*$/.test(after) ? Number(after) * 1000 : Date.parse(after) - nowMs;
  if (Number.isNaN(waitMs)) return;
  headers['x-ratelimit-remaining'] = '0';
  // Rounded up, and plugin-throttling adds a second: the wait is Retry-After plus one or two seconds, never less.
  headers['x-ratelimit-reset'] = String(Math.ceil((nowMs + Math.max(0, waitMs)) / 1000));
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
