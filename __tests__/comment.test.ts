import { describe, expect, test } from '@jest/globals';
import nock from 'nock';
import { ServiceError } from '../src/errors.ts';
import {
  type CommentStore,
  FORBIDDEN_COMMENT_WARNING,
  type IssueComment,
  upsertStickyComment,
  type StickyCommentOptions,
} from '../src/github/comment.ts';
import { createOctokit } from '../src/github/octokit.ts';
import { COMMENT_MAX_CHARS, commentMarker, renderCommentBody } from '../src/report/comment.ts';
import { useNock } from './support/nock.ts';

useNock();

const API = 'https://api.github.com';
const LIST = '/repos/octo/api/issues/7/comments';
const octokit = await createOctokit('test-token', { baseUrl: API, retryAfterBaseValue: 1, throttle: false });
const repo = { owner: 'octo', repo: 'api' };
const marker = commentMarker('costs');

let nextId = 1;
function comment(body: string, login = 'github-actions[bot]', type = login.endsWith('[bot]') ? 'Bot' : 'User') {
  const id = nextId++;
  return { id, body, html_url: `https://github.com/octo/api/pull/7#issuecomment-${id}`, user: { login, type } };
}

function upsert(overrides: Partial<StickyCommentOptions> = {}) {
  return upsertStickyComment({
    octokit,
    repo,
    issueNumber: 7,
    key: 'costs',
    body: `${marker}\nDrift: 1 breaking change`,
    mode: 'auto',
    hasFindings: true,
    ...overrides,
  } as StickyCommentOptions);
}

/** Expects a PATCH of `target`, recording the body sent. */
function expectUpdate(scope: nock.Scope, target: ReturnType<typeof comment>, sent: string[]) {
  return scope
    .patch(`/repos/octo/api/issues/comments/${target.id}`, (body: { body: string }) => (sent.push(body.body), true))
    .reply(200, target);
}

describe('upsertStickyComment', () => {
  test('finds our comment on page 2 (Link header) and updates it in place', async () => {
    const ours = comment(`${marker}\nold report`);
    const page1 = Array.from({ length: 100 }, (_, i) => comment(`review note ${i}`, 'alice'));
    const sent: string[] = [];
    const scope = nock(API)
      .get(LIST)
      .query({ per_page: '100' })
      .reply(200, page1, {
        link: `<${API}/repositories/42/issues/7/comments?per_page=100&page=2>; rel="next", <${API}/repositories/42/issues/7/comments?per_page=100&page=2>; rel="last"`,
      })
      .get('/repositories/42/issues/7/comments')
      .query({ per_page: '100', page: '2' })
      .reply(200, [comment('lgtm', 'bob'), ours])
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' });
    expectUpdate(scope, ours, sent);

    const result = await upsert();
    expect(result).toEqual({ action: 'updated', id: ours.id, url: ours.html_url });
    expect(sent).toEqual([`${marker}\nDrift: 1 breaking change`]);
    expect(scope.isDone()).toBe(true);
  });

  test('creates the comment when none is marked, without asking who the token is', async () => {
    let posted: unknown;
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [comment('unrelated')])
      .post(LIST, (body) => ((posted = body), true))
      .reply(201, comment('x'));
    const result = await upsert();
    expect(result.action).toBe('created');
    expect(posted).toEqual({ body: `${marker}\nDrift: 1 breaking change` });
    expect(scope.isDone()).toBe(true);
  });

  test("ignores people's comments that carry the marker and creates our own", async () => {
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [
        comment(`${marker}\ncopied by hand`, 'mallory'),
        comment(`As the bot said: ${marker} ...`, 'github-actions[bot]'),
      ])
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .post(LIST)
      .reply(201, comment('x'));
    expect((await upsert()).action).toBe('created');
    expect(scope.isDone()).toBe(true);
  });

  test('with a personal token, updates the comment by its user only, matching the login case-insensitively', async () => {
    const mine = comment(`${marker}\nold`, 'Dana');
    const sent: string[] = [];
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [comment(`${marker}\nby the app`, 'github-actions[bot]'), comment(`${marker}\nforeign`, 'eve'), mine])
      .get('/user')
      .reply(200, { login: 'dana' });
    expectUpdate(scope, mine, sent);
    expect(await upsert()).toMatchObject({ action: 'updated', id: mine.id });
    expect(sent).toHaveLength(1);
    expect(scope.isDone()).toBe(true);
  });

  test('updates the oldest of our comments; passes over a bot comment it may not edit', async () => {
    const otherApp = comment(`${marker}\nother app`, 'some-app[bot]');
    const older = comment(`${marker}\nrun 1`);
    const newer = comment(`${marker}\nrun 2`);
    const sent: string[] = [];
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [otherApp, older, newer])
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' });
    expectUpdate(scope, older, sent);
    expect(await upsert()).toMatchObject({ action: 'updated', id: older.id });
    expect(scope.isDone()).toBe(true);

    // github-actions[bot] is tried first; another app's comment answering 403 is skipped, not fatal.
    const scope2 = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [otherApp])
      .get('/user')
      .reply(403, {})
      .patch(`/repos/octo/api/issues/comments/${otherApp.id}`)
      .reply(403, { message: 'Resource not accessible by integration' })
      .post(LIST)
      .reply(201, comment('x'));
    expect((await upsert()).action).toBe('created');
    expect(scope2.isDone()).toBe(true);
  });

  test('auto without findings does not create a comment when the marked one cannot be edited', async () => {
    const earlier = comment(`${marker}\nDrift: 1 breaking change`);
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [earlier])
      .get('/user')
      .reply(403, {})
      .patch(`/repos/octo/api/issues/comments/${earlier.id}`)
      .reply(403, { message: 'Resource not accessible by integration' });
    const result = await upsert({ hasFindings: false, body: `${marker}\nNo drift.` });
    expect(result).toMatchObject({ action: 'forbidden', reason: expect.stringContaining('PATCH') });
    expect(scope.isDone()).toBe(true);
  });

  test('two connector keys keep two comments (a key that extends another is not confused with it)', async () => {
    const costs = comment(`${marker}\ncosts report`);
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [costs])
      .post(LIST, (body: { body: string }) => body.body.startsWith(commentMarker('costs-v2')))
      .reply(201, comment('x'));
    const result = await upsert({ key: 'costs-v2', body: `${commentMarker('costs-v2')}\nreport` });
    expect(result.action).toBe('created');
    expect(scope.isDone()).toBe(true);
  });

  test('auto without findings and no earlier comment: skipped after one read', async () => {
    const scope = nock(API).get(LIST).query(true).reply(200, []);
    const result = await upsert({ hasFindings: false });
    expect(result.action).toBe('skipped');
    expect(result.reason).toMatch(/no drift/);
    expect(scope.isDone()).toBe(true);
  });

  test('auto without findings but an earlier comment: updated so it no longer reports drift', async () => {
    const earlier = comment(`${marker}\nDrift: 2 breaking changes`);
    const sent: string[] = [];
    const scope = nock(API).get(LIST).query(true).reply(200, [earlier]).get('/user').reply(403, {});
    expectUpdate(scope, earlier, sent);
    const result = await upsert({ hasFindings: false, body: `${marker}\nNo drift.` });
    expect(result.action).toBe('updated');
    expect(sent).toEqual([`${marker}\nNo drift.`]);
    expect(scope.isDone()).toBe(true);
  });

  test('always creates without findings; never sends no request at all', async () => {
    const scope = nock(API).get(LIST).query(true).reply(200, []).post(LIST).reply(201, comment('x'));
    expect((await upsert({ mode: 'always', hasFindings: false })).action).toBe('created');
    expect(scope.isDone()).toBe(true);

    let unmatched = 0;
    const count = () => unmatched++;
    nock.emitter.on('no match', count);
    const result = await upsert({ mode: 'never' });
    nock.emitter.removeListener('no match', count);
    expect(result.action).toBe('skipped');
    expect(unmatched).toBe(0);
  });

  test('works on any CommentStore (an in-memory one here)', async () => {
    const comments: IssueComment[] = [comment(`${marker}\nold`, 'dana'), comment(`${marker}\nold`, 'eve')];
    const store: CommentStore = {
      whoAmI: async () => 'dana',
      async *pages() {
        yield comments;
      },
      create: async () => {
        throw new Error('not expected');
      },
      update: async (id, body) =>
        Object.assign(
          comments.find((c) => c.id === id)!,
          { body },
        ),
    };
    const result = await upsertStickyComment({ store, key: 'costs', body: 'new', mode: 'auto', hasFindings: false });
    expect(result).toMatchObject({ action: 'updated', id: comments[0].id });
    expect(comments.map((c) => c.body)).toEqual([`${marker}\nnew`, `${marker}\nold`]);
  });

  test('adds the marker to a body that lacks it', async () => {
    let posted = '';
    nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [])
      .post(LIST, (body: { body: string }) => ((posted = body.body), true))
      .reply(201, comment('x'));
    await upsert({ body: 'plain report' });
    expect(posted).toBe(`${marker}\nplain report`);
  });

  test('403 on write (read-only token) is forbidden, not thrown', async () => {
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [])
      .post(LIST)
      .reply(403, { message: 'Resource not accessible by integration' });
    const result = await upsert();
    expect(result.action).toBe('forbidden');
    expect(result.reason).toContain('POST /repos/octo/api/issues/7/comments');
    expect(result.reason).toContain('Resource not accessible by integration');
    expect(FORBIDDEN_COMMENT_WARNING).toMatch(/`workflow_run`.*https:\/\/docs\.github\.com\/\S+#workflow_run/);
    expect(scope.isDone()).toBe(true);
  });

  test('404 is forbidden on a fork, a ServiceError otherwise', async () => {
    nock(API).get(LIST).query(true).twice().reply(404, { message: 'Not Found' });
    expect((await upsert({ isFork: true })).action).toBe('forbidden');
    const error = await upsert().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ service: 'GitHub', status: 404 });
    expect((error as ServiceError).hint).toMatch(/token can read/);
  });

  test('a rate-limit 403 and a 401 are errors with hints, not forbidden', async () => {
    nock(API)
      .get(LIST)
      .query(true)
      .reply(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0' })
      .get(LIST)
      .query(true)
      .reply(401, { message: 'Bad credentials' });
    await expect(upsert()).rejects.toMatchObject({ status: 403, hint: expect.stringMatching(/rate limit/) });
    await expect(upsert()).rejects.toMatchObject({ status: 401, hint: expect.stringMatching(/github-token/) });
  });

  test('a 500 on a read is retried; a 502 on the POST is followed by a second look before the POST is resent; a lasting 500 becomes a ServiceError', async () => {
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(500, { message: 'Server Error' })
      .get(LIST)
      .query(true)
      .reply(200, [])
      .post(LIST)
      .reply(502, 'Bad gateway')
      .get(LIST)
      .query(true)
      .reply(200, [])
      .post(LIST)
      .reply(201, comment('x'));
    expect((await upsert()).action).toBe('created');
    expect(scope.isDone()).toBe(true);

    const failing = nock(API).get(LIST).query(true).times(4).reply(503, { message: 'Unavailable' });
    const error = await upsert().catch((e: unknown) => e);
    expect(error).toMatchObject({ service: 'GitHub', status: 503, hint: expect.stringMatching(/githubstatus/) });
    expect(failing.isDone()).toBe(true); // the first try and 3 retries
  });

  test('the body posted is the rendered, capped body', async () => {
    let posted = '';
    nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [] as IssueComment[])
      .post(LIST, (body: { body: string }) => ((posted = body.body), true))
      .reply(201, comment('x'));
    const body = renderCommentBody({
      key: 'costs',
      title: 'connector-export: Costs',
      sections: [
        '**Drift: 3000 breaking changes**',
        Array.from({ length: 3000 }, (_, i) => `- change ${i} ${'x'.repeat(40)}`).join('\n'),
      ],
      footer: '[Run 1](https://github.com/octo/api/actions/runs/1)',
    });
    await upsert({ body });
    expect(posted).toBe(body);
    expect(posted.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(posted.startsWith(marker)).toBe(true);
  });
});
