/**
 * One HTTP call with a per-request timeout and bounded retries (429 with Retry-After for every call; network
 * errors and 5xx only for calls that may be repeated), over global fetch. Logs method, URL without query, status;
 * never bodies, headers or query strings.
 */
import { ServiceError } from '../errors.ts';

export interface RetryOptions {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Budget for all waits of one call; a Retry-After beyond it ends the retries at once. */
  maxDelayMs: number;
  /** First backoff step (doubled each retry, with jitter). */
  baseDelayMs?: number;
}

export interface HttpRequest {
  /** What the call does, for messages: `stage solution`. */
  call: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: string;
  /** JSON, or bytes sent as they are. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The bearer token, fetched for every attempt (it may be renewed between retries), bounded by the signal. */
  token?: (signal: AbortSignal) => Promise<string>;
  /** Whether the call may be repeated when its outcome is unknown (no answer, 5xx). */
  idempotent: boolean;
}

export interface HttpOptions {
  retry: Required<RetryOptions>;
  /** Per write attempt. */
  timeoutMs: number;
  /** Per read (GET) attempt; default timeoutMs. */
  readTimeoutMs?: number;
  /** Per call: all its attempts, their token requests and the waits between them; default unbounded. */
  totalTimeoutMs?: number;
  log: (message: string) => void;
  sleep: (ms: number) => Promise<void>;
  /** The error for a failed answer (status, body text). */
  failure: (request: HttpRequest, status: number, text: string, retryAfterMs?: number) => ServiceError;
  /** The error when no answer came (network, timeout). */
  noAnswer: (request: HttpRequest, cause: string) => ServiceError;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { maxRetries: 4, maxDelayMs: 60_000, baseDelayMs: 1000 };
export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One call with retries; answers with a status in `accepted` are returned, other failures thrown. Each attempt
 * (token included) is bounded, and so is the whole call: a service that never answers fails it in
 * `totalTimeoutMs`, not after every retry has waited its full timeout.
 */
export async function sendWithRetry(request: HttpRequest, options: HttpOptions, accepted: number[] = []) {
  const { maxRetries, maxDelayMs, baseDelayMs } = options.retry;
  const where = redactUrl(request.url);
  const total = options.totalTimeoutMs ?? Number.POSITIVE_INFINITY;
  const deadline = Date.now() + total;
  const perAttempt = request.method === 'GET' ? (options.readTimeoutMs ?? options.timeoutMs) : options.timeoutMs;
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    const limit = Math.min(perAttempt, deadline - Date.now());
    const signal = AbortSignal.timeout(Math.max(limit, 1));
    let response: Response | undefined;
    let failure: ServiceError;
    let fetching = false;
    try {
      const headers: Record<string, string> = { ...request.headers };
      if (request.token) headers.authorization = `Bearer ${await request.token(signal)}`;
      let body: RequestInit['body'];
      if (request.body instanceof Uint8Array) body = request.body as Uint8Array<ArrayBuffer>;
      else if (request.body !== undefined) {
        body = JSON.stringify(request.body);
        headers['content-type'] = 'application/json';
      }
      fetching = true;
      response = await fetch(request.url, { method: request.method, headers, body, signal });
    } catch (error) {
      if (!fetching && !signal.aborted) throw error; // the credential's own, already explained
      const why = signal.aborted
        ? `no answer within ${seconds(limit)}${limit < perAttempt ? ` (the ${seconds(total)} a call may take are used up)` : ''}`
        : causeOf(error);
      failure = options.noAnswer(request, `no answer from ${where}: ${why}.`);
    }
    const retryAfter = response ? retryAfterMs(response.headers.get('retry-after')) : undefined;
    if (response) {
      options.log(`${request.method} ${where} -> ${response.status}`);
      if (response.ok || accepted.includes(response.status)) return response;
      failure = options.failure(request, response.status, await response.text(), retryAfter);
    } else {
      options.log(`${request.method} ${where} -> no answer`);
    }
    const status = response?.status;
    const transient = status === 429 || (request.idempotent && (status === undefined || isTransient(status)));
    const delay = retryAfter ?? Math.round(baseDelayMs * 2 ** attempt * (0.5 + Math.random() / 2));
    const late = waited + delay > maxDelayMs || Date.now() + delay >= deadline;
    if (!transient || attempt >= maxRetries || late) throw failure!;
    options.log(`retrying ${request.call} in ${delay} ms (${attempt + 1}/${maxRetries})`);
    await options.sleep(delay);
    waited += delay;
  }
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

const isTransient = (status: number) => status === 408 || (status >= 500 && status !== 501 && status !== 505);

/** `Retry-After` in seconds or as an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A URL as it may be logged: without its query (SAS signatures, filters). */
export function redactUrl(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}

/** The answer's JSON; a body that is not JSON is a ServiceError naming the call. */
export async function readJson(response: Response, service: string): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new ServiceError(service, `the answer is not JSON (HTTP ${response.status}).`);
  }
}

export function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
