import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DefaultArtifactClient } from '@actions/artifact';
import { ServiceError } from '../../src/errors.ts';
import { GitHubArtifactStore } from '../../src/github/artifact.ts';
import { upsertStickyComment } from '../../src/github/comment.ts';
import { createOctokit } from '../../src/github/octokit.ts';
import { PowerAppsClient } from '../../src/powerplatform/client.ts';
import { readAzureAppDefinitionUrl } from '../../src/sources/azureApp.ts';
import { startGitHubApi, type GitHubApi } from '../support/githubApi.ts';

/**
 * #14 item 8: every request has a time limit and so has each call with its retries, for GitHub, Power Apps,
 * Azure Resource Manager and the baseline artifact download. The limits are made small here; what is asserted
 * is that a server that never answers ends in a named error after a bounded number of attempts.
 */

/** An HTTP server that reads requests and never answers them, except where `answer` says. */
interface Silent {
  url: string;
  requests: string[];
  stop(): Promise<void>;
}

async function startSilent(answer?: (req: IncomingMessage, res: ServerResponse) => boolean): Promise<Silent> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url?.replace(/\?.*/, '')}`);
    req.resume();
    answer?.(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const credential = { getToken: async () => ({ token: 'e30.e30.sig', expiresOnTimestamp: Date.now() + 3_600_000 }) };

describe('GitHub', () => {
  let api: GitHubApi;
  beforeAll(async () => {
    api = await startGitHubApi({
      faults: [{ method: 'GET', path: '/repos/o/r/issues/1/comments', status: 0, hang: true }],
    });
  });
  afterAll(() => api.stop());

  const list = (options: Parameters<typeof createOctokit>[1]) =>
    createOctokit('t', {
      baseUrl: api.url,
      retryAfterBaseValue: 1,
      throttle: false,
      ...options,
    }).rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 });

  test('each attempt ends after requestTimeoutMs; the retries are counted (3 retries: 4 attempts)', async () => {
    const from = api.requests.length;
    await expect(list({ requestTimeoutMs: 100, retries: 3 })).rejects.toThrow('no answer within 0.1 s');
    expect(api.requests.length - from).toBe(4);
  });

  test('the client’s total time bounds the retries: a named error well before the retries are used up', async () => {
    const from = api.requests.length;
    const error = await list({ requestTimeoutMs: 100, totalTimeoutMs: 250, retries: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toMatch(/^GitHub: GET .*comments: no answer within 0\.3 s\.$/);
    expect((error as ServiceError).hint).toMatch(/githubstatus/);
    const attempts = api.requests.length - from;
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(3);
  });

  test('a comment POST that hangs: a second look, then one more POST; one comment in the end', async () => {
    const server = await startGitHubApi({ faults: [{ method: 'POST', status: 0, hang: true, times: 1 }] });
    try {
      const result = await upsertStickyComment({
        octokit: createOctokit('t', {
          baseUrl: server.url,
          retryAfterBaseValue: 1,
          throttle: false,
          requestTimeoutMs: 150,
        }),
        repo: { owner: 'o', repo: 'r' },
        issueNumber: 4,
        key: 'api.json',
        body: 'report',
        mode: 'always',
        hasFindings: true,
      });
      expect(result.action).toBe('created');
      expect(server.comments.get(4)).toHaveLength(1);
      expect(server.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'POST']);
    } finally {
      await server.stop();
    }
  });
});

describe('Power Apps', () => {
  let silent: Silent;
  beforeAll(async () => {
    silent = await startSilent();
  });
  afterAll(() => silent.stop());

  const client = (options: Partial<ConstructorParameters<typeof PowerAppsClient>[0]>) =>
    new PowerAppsClient({
      baseUrl: silent.url,
      environment: 'Default-1',
      credential,
      retry: { maxRetries: 10, maxDelayMs: 60_000, baseDelayMs: 1 },
      sleep: async () => {},
      ...options,
    });

  test('a read that never answers: each attempt ends at readTimeoutMs, and the call at totalTimeoutMs', async () => {
    const from = silent.requests.length;
    const error = await client({ readTimeoutMs: 100, totalTimeoutMs: 250 })
      .listCustomConnectors()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toMatch(
      /^Power Apps list connectors: no answer from .*\/apis: no answer within/,
    );
    expect((error as ServiceError).hint).toMatch(/'powerapps-url'/);
    const attempts = silent.requests.length - from;
    // 10 retries allowed, but 250 ms hold at most three attempts of 100 ms.
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(3);
  });

  test('the last attempt is cut to what is left, and the message says the call’s time is used up', async () => {
    const error = await client({ readTimeoutMs: 100, totalTimeoutMs: 150 })
      .getConnector('shared_x')
      .catch((e: unknown) => e);
    expect((error as ServiceError).message).toMatch(/the 0\.2 s a call may take are used up/);
  });

  test('reads and writes have their own per-attempt limit: a create is one attempt, never resent', async () => {
    const from = silent.requests.length;
    const error = await client({ timeoutMs: 100, readTimeoutMs: 10_000, totalTimeoutMs: 5_000 })
      .createConnector({ properties: {} })
      .catch((e: unknown) => e);
    expect((error as ServiceError).message).toMatch(/no answer within 0\.1 s/);
    expect(silent.requests.slice(from)).toEqual(['POST /providers/Microsoft.PowerApps/apis']);
  });

  test('a token request that never ends is bounded too (the signal reaches the credential)', async () => {
    const hanging = {
      getToken: (_scope: string | string[], options?: { abortSignal?: AbortSignal }) =>
        new Promise<never>((_, reject) =>
          options?.abortSignal?.addEventListener('abort', () => reject(new Error('token request aborted'))),
        ),
    };
    const error = await client({ credential: hanging, readTimeoutMs: 100, totalTimeoutMs: 250 })
      .getConnector('shared_x')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toMatch(/no answer within/);
  });
});

describe('Azure Resource Manager', () => {
  test('a config read that never answers ends at timeoutMs with the bound in the message', async () => {
    const silent = await startSilent();
    try {
      const error = await readAzureAppDefinitionUrl({
        app: '00000000-0000-0000-0000-000000000000/rg/site',
        credential,
        armUrl: silent.url,
        timeoutMs: 100,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).message).toBe(`Azure Resource Manager: ${silent.url}: no answer within 0.1 s.`);
      expect(silent.requests).toHaveLength(1);
    } finally {
      await silent.stop();
    }
  });
});

describe('baseline artifact', () => {
  test('a download that never ends is given up at downloadTimeoutMs with a named error', async () => {
    // The listing answers; the download itself (inside @actions/artifact) never ends.
    const listing = await startSilent((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          total_count: 1,
          artifacts: [
            {
              id: 5,
              name: 'connector-x',
              expired: false,
              created_at: new Date().toISOString(),
              expires_at: null,
              workflow_run: { id: 9, repository_id: 1, head_repository_id: 1, head_branch: 'main' },
            },
          ],
        }),
      );
      return true;
    });
    const never = { downloadArtifact: () => new Promise(() => {}) } as unknown as DefaultArtifactClient;
    const destination = await mkdtemp(path.join(tmpdir(), 'ce-timeout-'));
    try {
      const store = new GitHubArtifactStore({ GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: listing.url }, never);
      const error = await store
        .downloadLatest({ name: 'connector-x', token: 't', destination, defaultBranch: 'main', downloadTimeoutMs: 100 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceError);
      expect(error).toMatchObject({ code: 'timeout' });
      expect((error as ServiceError).message).toMatch(/no end within 0\.1 s/);
    } finally {
      await listing.stop();
      await rm(destination, { recursive: true, force: true });
    }
  });
});
