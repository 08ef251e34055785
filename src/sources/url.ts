import { ServiceError } from '../errors.ts';
import { MAX_DEFINITION_BYTES, type RawDefinition } from './raw.ts';

export interface UrlOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  maxRedirects?: number;
  maxBytes?: number;
}

const SERVICE = 'Definition URL';

/** The URL as shown to users: no query string (a function key may sit in `?code=`). */
export function displayUrl(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/**
 * Downloads a live definition (e.g. an Azure Function app's /api/swagger.json). Redirects are followed by hand so
 * that their number is capped, only http(s) targets are allowed, and the caller's headers (a function key) are
 * never sent to another origin.
 */
export async function readDefinitionUrl(url: string, options: UrlOptions): Promise<RawDefinition> {
  refuseCredentials(url, `${displayUrl(url)}:`);
  const maxRedirects = options.maxRedirects ?? 5;
  const maxBytes = options.maxBytes ?? MAX_DEFINITION_BYTES;
  const origin = new URL(url).origin;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    const sameOrigin = new URL(current).origin === origin;
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: {
          accept: 'application/json, application/yaml;q=0.9, */*;q=0.5',
          ...(sameOrigin ? options.headers : {}),
        },
      });
    } catch (error) {
      throw requestFailed(error, current, signal, options.timeoutMs);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel();
      if (hop >= maxRedirects)
        throw new ServiceError(SERVICE, `${displayUrl(url)}: more than ${maxRedirects} redirects.`, {
          status: response.status,
        });
      const next = new URL(response.headers.get('location') as string, current);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new ServiceError(
          SERVICE,
          `${displayUrl(current)} redirects to a ${next.protocol} URL, which is not followed.`,
          { status: response.status },
        );
      }
      refuseCredentials(next.href, `${displayUrl(current)} redirects to a URL that`);
      current = next.href;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ServiceError(SERVICE, `${displayUrl(current)} answered ${response.status} ${response.statusText}.`, {
        status: response.status,
        hint:
          response.status === 401 || response.status === 403
            ? "The endpoint needs a key: pass it with 'definition-headers' (e.g. `x-functions-key: ${{ secrets.FUNCTION_KEY }}`)."
            : response.status === 404
              ? 'Check the path: Azure Functions serve /api/swagger.json (OpenAPI 2.0) or /api/openapi/v3.json.'
              : undefined,
      });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw new ServiceError(SERVICE, `${displayUrl(current)} is ${declared} bytes, over the ${maxBytes}-byte limit.`);
    }
    try {
      return { bytes: await readCapped(response, maxBytes, current), source: displayUrl(url) };
    } catch (error) {
      // The deadline covers the body too: a server that stalls after its headers is as slow as one that never answers.
      throw error instanceof ServiceError ? error : requestFailed(error, current, signal, options.timeoutMs);
    }
  }
}

/** A request that failed or ran out of time, said without the library's text (it may quote the URL's query). */
function requestFailed(error: unknown, url: string, signal: AbortSignal, timeoutMs: number): ServiceError {
  const timedOut = signal.aborted;
  return new ServiceError(
    SERVICE,
    `${displayUrl(url)}: ${timedOut ? `no answer within ${timeoutMs / 1000} s` : `the request failed (${failureCode(error)})`}.`,
    {
      hint: timedOut
        ? "Check that the app is running (a cold Function app can be slow: raise 'definition-timeout')."
        : 'Check the URL and that the runner can reach it.',
    },
  );
}

/**
 * A URL with a user name or password would print them wherever the URL is shown and send them as is: refused,
 * without repeating them.
 */
function refuseCredentials(url: string, what: string): void {
  const u = new URL(url);
  if (u.username === '' && u.password === '') return;
  throw new ServiceError(SERVICE, `${what} carries a user name or password (user:password@host), which is not sent.`, {
    hint: "Put the credentials in 'definition-headers' (e.g. `Authorization: Basic ${{ secrets.DEFINITION_AUTH }}`), which are masked.",
  });
}

/** `ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_...`: what went wrong, without the library's message. */
function failureCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : 'network error';
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body === null) return new Uint8Array();
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      throw new ServiceError(SERVICE, `${displayUrl(url)} sent more than ${maxBytes} bytes; the download was stopped.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
