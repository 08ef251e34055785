import { afterEach, describe, expect, test } from '@jest/globals';
import { upsertStickyComment } from '../../src/github/comment.ts';
import { createOctokit } from '../../src/github/octokit.ts';
import { startGitHubApi, type GitHubApi } from '../support/githubApi.ts';
import { PR_REPOSITORY, runOnPullRequest } from '../support/pullRequestRun.ts';

/**
 * #14 item 7: a POST that creates the comment is not idempotent. When its answer is lost (5xx, no answer) the
 * comments are listed again before anything is sent again, so a lost answer never makes a second comment.
 */

const servers: GitHubApi[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

async function start(...args: Parameters<typeof startGitHubApi>): Promise<GitHubApi> {
  const server = await startGitHubApi(...args);
  servers.push(server);
  return server;
}

const calls = (api: GitHubApi) => api.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);
const comments = `/repos/${PR_REPOSITORY}/issues/21/comments`;

describe('the bundled action on a pull request', () => {
  test('a 502 answer to a comment POST that GitHub carried out leaves one comment, found by a second look', async () => {
    const api = await start({
      faults: [{ method: 'POST', path: comments, status: 502, message: 'Bad gateway', times: 1, applied: true }],
    });
    const run = await runOnPullRequest({ api, number: 21 });
    expect(run.stderr).toBe('');
    expect(api.comments.get(21)).toHaveLength(1);
    // The second look finds a marked comment and asks who the token is (403: a GITHUB_TOKEN, so the bot's).
    expect(calls(api)).toEqual([`GET ${comments}`, `POST ${comments}`, `GET ${comments}`, 'GET /user']);
    expect(run.outputs['comment-id']).toBe(String(api.comments.get(21)?.[0].id));
    expect(run.code).toBe(0);
  });

  test('a 502 to a POST that did not happen: the look finds nothing, the POST is sent once more', async () => {
    const api = await start({
      faults: [{ method: 'POST', path: comments, status: 502, message: 'Bad gateway', times: 1 }],
    });
    const run = await runOnPullRequest({ api, number: 21 });
    expect(calls(api)).toEqual([`GET ${comments}`, `POST ${comments}`, `GET ${comments}`, `POST ${comments}`]);
    expect(api.comments.get(21)).toHaveLength(1);
    expect(run.code).toBe(0);
  });
});

describe('upsertStickyComment over the REST client', () => {
  const upsert = (api: GitHubApi) =>
    upsertStickyComment({
      octokit: createOctokit('t', { baseUrl: api.url, retryAfterBaseValue: 1, throttle: false }),
      repo: { owner: 'o', repo: 'r' },
      issueNumber: 3,
      key: 'api/swagger.json',
      body: 'report',
      mode: 'always',
      hasFindings: true,
    });

  test('a POST that always fails is tried three times in all, with a look before each retry', async () => {
    const api = await start({ faults: [{ method: 'POST', status: 503, message: 'Unavailable' }] });
    await expect(upsert(api)).rejects.toMatchObject({ service: 'GitHub', status: 503 });
    expect(calls(api).filter((c) => c.startsWith('POST'))).toHaveLength(3);
    expect(calls(api).filter((c) => c.startsWith('GET'))).toHaveLength(3);
  });

  test('a 4xx answer is the outcome: no look, no second POST', async () => {
    const api = await start({ faults: [{ method: 'POST', status: 422, message: 'Validation failed' }] });
    await expect(upsert(api)).rejects.toMatchObject({ status: 422 });
    expect(calls(api)).toEqual(['GET /repos/o/r/issues/3/comments', 'POST /repos/o/r/issues/3/comments']);
  });

  test("a marked comment that is another app's (edit refused) is not taken for the lost POST's comment", async () => {
    const api = await start({
      comments: {
        3: [{ body: '<!-- connector-export:api/swagger.json -->\nold', user: { login: 'other[bot]', type: 'Bot' } }],
      },
      faults: [{ method: 'POST', status: 500, times: 1, applied: true }],
    });
    const result = await upsert(api);
    const mine = api.comments.get(3)?.find((c) => c.user.login === 'github-actions[bot]');
    expect(result).toMatchObject({ action: 'created', id: mine?.id });
    expect(api.comments.get(3)).toHaveLength(2);
  });
});
