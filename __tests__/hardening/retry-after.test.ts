import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOctokit } from '../../src/github/octokit.ts';
import { PowerAppsClient } from '../../src/powerplatform/client.ts';
import { startGitHubApi } from '../support/githubApi.ts';
import { stdout } from '../../src/stdio.ts';

/**
 * #14 item 17: a 429 that says how long to wait (`Retry-After`) is retried after that wait, not at once, also
 * without `x-ratelimit-reset`; a wait longer than the action sits through fails the call instead.
 */

const servers: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

/** A Power Apps stand-in on loopback that gives `answers` in turn, one per request. */
async function powerApps(answers: Array<{ status: number; headers?: Record<string, string>; body: unknown }>) {
  const server = createServer((req, res) => {
    req.resume();
    const answer = answers.shift() ?? { status: 500, body: {} };
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ stop: () => new Promise<void>((resolve) => server.close(() => resolve())) });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const path = '/repos/o/r/issues/1/comments';

/** Lists comments once through the throttled client; returns the log lines and the requests the server saw. */
async function listWith(headers: Record<string, string>, options: { times?: number; maxRateLimitWait?: number } = {}) {
  const server = await startGitHubApi({
    faults: [{ path, status: 429, message: 'Too many requests', headers, times: options.times ?? 1 }],
  });
  servers.push(server);
  const write = jest.spyOn(stdout, 'write').mockImplementation(() => true);
  try {
    const octokit = await createOctokit('t', {
      baseUrl: server.url,
      retryAfterBaseValue: 1, // a second of waiting takes a millisecond here
      maxRateLimitWait: options.maxRateLimitWait,
    });
    const result = await octokit.rest.issues
      .listComments({ owner: 'o', repo: 'r', issue_number: 1 })
      .then((r) => r.status)
      .catch((e: { status?: number }) => e.status);
    return { result, log: write.mock.calls.map(([text]) => String(text)).join(''), requests: server.requests.length };
  } finally {
    write.mockRestore();
  }
}

describe('GitHub client', () => {
  test('429, x-ratelimit-remaining: 0, Retry-After: 30 and no reset: waits 30 s and a second or two', async () => {
    const { result, log, requests } = await listWith({ 'retry-after': '30', 'x-ratelimit-remaining': '0' });
    expect(result).toBe(200);
    expect(requests).toBe(2);
    expect(log).toMatch(/GitHub primary rate limit on GET .*: retrying in 3[12] s \(retry 1 of 3\)/);
  });

  test('a 429 with only Retry-After is retried after it too (it was not retried at all)', async () => {
    const { result, log, requests } = await listWith({ 'retry-after': '5' });
    expect(result).toBe(200);
    expect(requests).toBe(2);
    expect(log).toMatch(/retrying in [67] s/);
  });

  test('Retry-After as an HTTP date is honoured', async () => {
    const at = new Date(Date.now() + 20_000).toUTCString();
    const { result, log } = await listWith({ 'retry-after': at, 'x-ratelimit-remaining': '0' });
    expect(result).toBe(200);
    const seconds = Number(/retrying in (\d+) s/.exec(log)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(20);
    expect(seconds).toBeLessThanOrEqual(22);
  });

  test('a Retry-After over maxRateLimitWait is not sat through: one request, a warning, the 429', async () => {
    const { result, log, requests } = await listWith({ 'retry-after': '121', 'x-ratelimit-remaining': '0' });
    expect(result).toBe(429);
    expect(requests).toBe(1);
    expect(log).toMatch(/::warning::GitHub primary rate limit.*giving up after 0 retries \(next wait 12[23] s\)/);
  });

  test('at the limit: a wait that fits in maxRateLimitWait is sat through; Retry-After equal to it is not (a second is added)', async () => {
    expect((await listWith({ 'retry-after': '8' }, { maxRateLimitWait: 10 })).result).toBe(200);
    expect((await listWith({ 'retry-after': '10' }, { maxRateLimitWait: 10 })).result).toBe(429);
  });

  test('retries are counted: 3 retries, then the 429 (4 requests)', async () => {
    const { result, requests } = await listWith({ 'retry-after': '1' }, { times: 10 });
    expect(result).toBe(429);
    expect(requests).toBe(4);
  });
});

describe('Power Apps client', () => {
  const client = (baseUrl: string, sleeps: number[], maxDelayMs = 60_000) =>
    new PowerAppsClient({
      baseUrl,
      environment: 'Default-1',
      credential: { getToken: async () => ({ token: 'e30.e30.sig', expiresOnTimestamp: Date.now() + 3_600_000 }) },
      retry: { maxRetries: 3, maxDelayMs, baseDelayMs: 1 },
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });

  test('429 with Retry-After: 7 waits 7 s, then retries', async () => {
    const url = await powerApps([
      { status: 429, headers: { 'retry-after': '7' }, body: { error: { code: 'TooManyRequests', message: 'slow' } } },
      { status: 200, body: { name: 'shared_a', properties: {} } },
    ]);
    const sleeps: number[] = [];
    await expect(client(url, sleeps).getConnector('shared_a')).resolves.toMatchObject({ name: 'shared_a' });
    expect(sleeps).toEqual([7000]);
  });

  test('a Retry-After past the wait budget fails at once with the 429 and its hint', async () => {
    const url = await powerApps([
      { status: 429, headers: { 'retry-after': '61' }, body: { error: { code: 'TooManyRequests', message: 'slow' } } },
    ]);
    const sleeps: number[] = [];
    await expect(client(url, sleeps).getConnector('shared_a')).rejects.toMatchObject({
      status: 429,
      hint: expect.stringMatching(/throttled/),
    });
    expect(sleeps).toEqual([]);
  });
});
