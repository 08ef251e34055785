// End to end: the real Octokit (createOctokit) against the fake GitHub REST API the integrator runs dist/ against.
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { upsertStickyComment, type StickyCommentOptions } from '../src/github/comment.ts';
import { createOctokit, type OctokitOptions } from '../src/github/octokit.ts';
import { commentMarker } from '../src/report/comment.ts';
import { type FakeUser, type GitHubApi, type GitHubApiOptions, startGitHubApi } from './support/githubApi.ts';
import { stdout } from '../src/stdio.ts';

let api: GitHubApi | undefined;
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

async function start(options: GitHubApiOptions = {}) {
  api = await startGitHubApi({ token: 'test-token', ...options });
  return api;
}

async function upsert(server: GitHubApi, overrides: Partial<StickyCommentOptions> = {}, octokit: OctokitOptions = {}) {
  return upsertStickyComment({
    octokit: await createOctokit('test-token', {
      baseUrl: server.url,
      retryAfterBaseValue: 1,
      throttle: false,
      ...octokit,
    }),
    repo: { owner: 'contoso', repo: 'costs-api' },
    issueNumber: 12,
    key: 'costs',
    body: `${commentMarker('costs')}\nDrift: 1 breaking change`,
    mode: 'auto',
    hasFindings: true,
    ...overrides,
  } as StickyCommentOptions);
}

const calls = (server: GitHubApi) => server.requests.map((r) => `${r.method} ${r.path}`);

describe('fake GitHub API with the real Octokit', () => {
  test('creates, then updates the same comment on the next run (GITHUB_TOKEN: /user is 403)', async () => {
    const server = await start();
    const first = await upsert(server);
    expect(first.action).toBe('created');
    const second = await upsert(server, { hasFindings: false, body: `${commentMarker('costs')}\nNo drift.` });
    expect(second).toMatchObject({ action: 'updated', id: first.id, url: first.url });

    expect(server.comments.get(12)).toHaveLength(1);
    expect(server.comments.get(12)?.[0]).toMatchObject({
      body: `${commentMarker('costs')}\nNo drift.`,
      user: { login: 'github-actions[bot]' },
    });
    expect(calls(server)).toEqual([
      'GET /repos/contoso/costs-api/issues/12/comments?per_page=100',
      'POST /repos/contoso/costs-api/issues/12/comments',
      'GET /repos/contoso/costs-api/issues/12/comments?per_page=100',
      'GET /user',
      `PATCH /repos/contoso/costs-api/issues/comments/${first.id}`,
    ]);
    expect(server.requests[1].headers.authorization).toBe('token test-token');
    expect(server.requests[1].body).toEqual({ body: `${commentMarker('costs')}\nDrift: 1 breaking change` });
  });

  test('follows Link headers across pages to find the comment', async () => {
    const seeds = Array.from({ length: 250 }, (_, i): { body: string; user: FakeUser } => ({
      body: `note ${i}`,
      user: { login: 'alice', type: 'User' },
    }));
    seeds[230] = { body: `${commentMarker('costs')}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } };
    const server = await start({ comments: { 12: seeds } });
    const result = await upsert(server);
    expect(result.action).toBe('updated');
    expect(server.comments.get(12)?.[230].body).toContain('Drift: 1 breaking change');
    expect(calls(server).filter((c) => c.startsWith('GET /repos'))).toEqual([
      'GET /repos/contoso/costs-api/issues/12/comments?per_page=100',
      'GET /repos/contoso/costs-api/issues/12/comments?per_page=100&page=2',
      'GET /repos/contoso/costs-api/issues/12/comments?per_page=100&page=3',
    ]);
  });

  test('two keys make two comments; a personal token leaves comments by others alone', async () => {
    const server = await start({
      login: 'dana',
      comments: { 12: [{ body: `${commentMarker('costs')}\nquoted`, user: { login: 'eve', type: 'User' } }] },
    });
    await upsert(server, { key: 'costs', body: 'costs report' });
    await upsert(server, { key: 'budgets', body: 'budgets report' });
    await upsert(server, { key: 'costs', body: 'costs report 2' });
    const bodies = server.comments.get(12)?.map((c) => `${c.user.login}: ${c.body}`);
    expect(bodies).toEqual([
      `eve: ${commentMarker('costs')}\nquoted`,
      `dana: ${commentMarker('costs')}\ncosts report 2`,
      `dana: ${commentMarker('budgets')}\nbudgets report`,
    ]);
  });

  test('a 500 once is retried; a 403 on write is forbidden; a wrong token is a 401 ServiceError', async () => {
    const flaky = await start({ faults: [{ method: 'POST', status: 500, times: 1 }] });
    expect((await upsert(flaky)).action).toBe('created');
    expect(calls(flaky).filter((c) => c.startsWith('POST'))).toHaveLength(2);
    await flaky.stop();

    const readOnly = await start({
      faults: [{ method: 'POST', status: 403, message: 'Resource not accessible by integration' }],
    });
    const result = await upsert(readOnly);
    expect(result).toMatchObject({ action: 'forbidden', reason: expect.stringContaining('not accessible') });
    expect(readOnly.comments.get(12)).toBeUndefined();

    const octokit = await createOctokit('wrong-token', { baseUrl: readOnly.url, throttle: false });
    await expect(
      upsertStickyComment({
        octokit,
        repo: { owner: 'o', repo: 'r' },
        issueNumber: 12,
        key: 'k',
        body: 'b',
        mode: 'always',
        hasFindings: false,
      }),
    ).rejects.toMatchObject({ service: 'GitHub', status: 401 });
  });

  test('GITHUB_API_URL is honoured when no baseUrl is given (GitHub Enterprise Server)', async () => {
    const server = await start({ login: 'dana' });
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = server.url;
    try {
      const octokit = await createOctokit('test-token', { throttle: false });
      const { data } = await octokit.rest.users.getAuthenticated();
      expect(data.login).toBe('dana');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
    expect(calls(server)).toEqual(['GET /user']);
  });
});

describe('rate limits (throttling plugin)', () => {
  const path = '/repos/o/r/issues/1/comments';
  const list = async (server: GitHubApi, retries?: number) =>
    (
      await createOctokit('test-token', { baseUrl: server.url, retryAfterBaseValue: 1, retries })
    ).rest.issues.listComments({
      owner: 'o',
      repo: 'r',
      issue_number: 1,
    });

  test('a secondary and a primary rate limit are waited out and logged', async () => {
    const write = jest.spyOn(stdout, 'write').mockImplementation(() => true);
    try {
      const server = await start({
        faults: [
          {
            path,
            status: 403,
            message: 'You have exceeded a secondary rate limit.',
            headers: { 'retry-after': '1' },
            times: 1,
          },
          {
            path,
            status: 403,
            message: 'API rate limit exceeded',
            headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
            times: 1,
          },
        ],
      });
      expect((await list(server)).status).toBe(200);
      expect(server.requests).toHaveLength(3);
      const logged = write.mock.calls.map(([text]) => String(text)).join('');
      expect(logged).toContain(
        'GitHub secondary rate limit on GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      );
      expect(logged).toContain('GitHub primary rate limit');
    } finally {
      write.mockRestore();
    }
  });

  test('retries are bounded, and a wait longer than allowed is not sat through', async () => {
    const write = jest.spyOn(stdout, 'write').mockImplementation(() => true);
    try {
      const server = await start({
        faults: [{ path, status: 429, message: 'secondary rate limit', headers: { 'retry-after': '1' } }],
      });
      await expect(list(server, 2)).rejects.toMatchObject({ status: 429 });
      expect(server.requests).toHaveLength(3);

      const hourly = await startGitHubApi({
        faults: [
          {
            path,
            status: 403,
            headers: {
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
            },
          },
        ],
      });
      await expect(list(hourly)).rejects.toMatchObject({ status: 403 });
      expect(hourly.requests).toHaveLength(1);
      await hourly.stop();
      expect(write.mock.calls.map(([text]) => String(text)).join('')).toMatch(
        /::warning::GitHub primary rate limit.*giving up/,
      );
    } finally {
      write.mockRestore();
    }
  });
});
