// The sticky comment's choices at their edges, on an in-memory comment store: which comment is ours, when one
// is created, and what each failure becomes.
import { describe, expect, test } from '@jest/globals';
import { ServiceError } from '../src/errors.ts';
import {
  type CommentStore,
  FORBIDDEN_COMMENT_WARNING,
  githubCommentStore,
  type IssueComment,
  upsertStickyComment,
} from '../src/github/comment.ts';
import { createOctokit } from '../src/github/octokit.ts';
import { commentMarker, renderCommentBody, TRUNCATION_NOTE } from '../src/report/comment.ts';
import nock from 'nock';
import { useNock } from './support/nock.ts';

useNock();

const marker = commentMarker('costs');

interface Fake {
  store: CommentStore;
  comments: IssueComment[];
  calls: string[];
}

/** An in-memory pull request; `fail` makes a call throw (by name: whoAmI, create, update <id>). */
function fake(comments: IssueComment[], me: string | undefined, fail: Record<string, unknown> = {}): Fake {
  const calls: string[] = [];
  const maybeFail = (call: string) => {
    calls.push(call);
    if (call in fail) throw fail[call];
  };
  const store: CommentStore = {
    whoAmI: async () => (maybeFail('whoAmI'), me),
    async *pages() {
      calls.push('pages');
      yield comments.slice(0, 2);
      yield comments.slice(2);
    },
    create: async (body) => {
      maybeFail('create');
      const created = { id: 99, body, html_url: 'https://gh/c/99', user: { login: me ?? 'github-actions[bot]' } };
      comments.push(created);
      return created;
    },
    update: async (id, body) => {
      maybeFail(`update ${id}`);
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return c;
    },
  };
  return { store, comments, calls };
}

let next = 1;
function comment(body: string, login: string | null, more: Partial<IssueComment> = {}): IssueComment {
  const id = next++;
  const type = login?.endsWith('[bot]') ? 'Bot' : 'User';
  return { id, body, html_url: `https://gh/c/${id}`, user: login === null ? null : { login, type }, ...more };
}

const upsert = (f: Fake, more: Partial<Parameters<typeof upsertStickyComment>[0]> = {}) =>
  upsertStickyComment({ store: f.store, key: 'costs', body: 'report', mode: 'auto', hasFindings: true, ...more });

/** An Octokit-like request error. */
function httpError(status: number, message = 'failed', headers: Record<string, string> = {}) {
  return Object.assign(new Error(message), {
    status,
    request: { method: 'PATCH', url: 'https://api.github.com/repos/o/r/issues/comments/1?x=1' },
    response: { headers },
  });
}

describe('which comment is ours', () => {
  test('never mode makes no call at all', async () => {
    const f = fake([comment(`${marker}\nold`, 'github-actions[bot]')], undefined);
    expect(await upsert(f, { mode: 'never' })).toEqual({ action: 'skipped', reason: "comment mode is 'never'" });
    expect(f.calls).toEqual([]);
  });

  test('a marker after leading blank lines counts; one later in the body, or another key, does not', async () => {
    const ours = comment(`\n  ${marker}\nold`, 'github-actions[bot]');
    const quoted = comment(`> ${marker}`, 'github-actions[bot]');
    const other = comment(`${commentMarker('costs-v2')}\nx`, 'github-actions[bot]');
    const f = fake([quoted, other, ours], undefined);
    expect(await upsert(f)).toEqual({ action: 'updated', id: ours.id, url: ours.html_url });
    expect(ours.body).toBe(`${marker}\nreport`);
    expect(quoted.body).toBe(`> ${marker}`);
  });

  test('a body that already starts with the marker is sent as it is', async () => {
    const f = fake([], undefined);
    await upsert(f, { body: `${marker}\nmine` });
    expect(f.comments[0].body).toBe(`${marker}\nmine`);
  });

  test('without a login: bots only, github-actions first, then apps; people and deleted users never', async () => {
    const person = comment(`${marker}\nquote`, 'alice');
    const ghost = comment(`${marker}\nold`, null);
    const app = comment(`${marker}\nold`, 'someone', { performed_via_github_app: { slug: 'app' } });
    const actions = comment(`${marker}\nold`, 'github-actions[bot]');
    const f = fake([person, ghost, app, actions], undefined);
    expect((await upsert(f)).id).toBe(actions.id);
    expect(f.calls).toEqual(['pages', 'whoAmI', `update ${actions.id}`]);

    const g = fake([person, ghost, app], undefined);
    expect((await upsert(g)).id).toBe(app.id);
    const h = fake([person, ghost], undefined);
    expect(await upsert(h)).toMatchObject({ action: 'created', id: 99 });
  });

  test('with a login: only that user’s comments, in any case, and a failed edit of one is an error', async () => {
    const mine = comment(`${marker}\nold`, 'Dana');
    const bot = comment(`${marker}\nold`, 'github-actions[bot]');
    expect((await upsert(fake([bot, mine], 'dana'))).id).toBe(mine.id);
    const refused = httpError(403, 'Resource not accessible');
    const f = fake([mine], 'dana', { [`update ${mine.id}`]: refused });
    expect(await upsert(f)).toEqual({
      action: 'forbidden',
      reason: 'PATCH /repos/o/r/issues/comments/1: Resource not accessible',
    });
    expect(f.calls).not.toContain('create');
  });

  test('a bot comment we may not edit is passed over; the next one is tried, then a new one is made', async () => {
    const foreign = comment(`${marker}\nold`, 'other[bot]');
    const second = comment(`${marker}\nold`, 'more[bot]');
    const f = fake([foreign, second], undefined, { [`update ${foreign.id}`]: httpError(404) });
    expect((await upsert(f)).id).toBe(second.id);
    const g = fake([foreign], undefined, { [`update ${foreign.id}`]: httpError(403) });
    expect(await upsert(g)).toMatchObject({ action: 'created', id: 99, url: 'https://gh/c/99' });
    const boom = httpError(500, 'server error');
    const h = fake([foreign], undefined, { [`update ${foreign.id}`]: boom });
    await expect(upsert(h)).rejects.toThrow(ServiceError);
    expect(h.calls).not.toContain('create');
  });

  test('auto without findings: no new comment, and a stale one we cannot edit is reported', async () => {
    const none = fake([comment('unrelated', 'bob')], undefined);
    expect(await upsert(none, { hasFindings: false })).toEqual({
      action: 'skipped',
      reason: 'no drift or validation errors, and no earlier comment to update',
    });
    expect(none.calls).toEqual(['pages']);
    const foreign = comment(`${marker}\nold`, 'other[bot]');
    const stale = fake([foreign], undefined, { [`update ${foreign.id}`]: httpError(403, 'no') });
    expect(await upsert(stale, { hasFindings: false })).toMatchObject({ action: 'forbidden' });
    expect(stale.calls).not.toContain('create');
    const always = fake([], undefined);
    expect(await upsert(always, { hasFindings: false, mode: 'always' })).toMatchObject({ action: 'created' });
  });
});

describe('what a failure becomes', () => {
  const failing = async (error: unknown, isFork = false) => {
    const f = fake([], undefined, { create: error });
    return upsert(f, { isFork }).catch((e: unknown) => e as ServiceError);
  };

  test('rate limits are errors with their own hint, whether said by header or by message', async () => {
    for (const error of [
      httpError(403, 'x', { 'x-ratelimit-remaining': '0' }),
      httpError(429, 'x', { 'x-ratelimit-remaining': '0' }),
      httpError(403, 'API rate limit exceeded'),
      httpError(429, 'Rate Limit hit'),
    ]) {
      const e = (await failing(error)) as ServiceError;
      expect(e).toBeInstanceOf(ServiceError);
      expect(e.status).toBe(error.status);
      expect(e.hint).toBe(
        'The token hit a GitHub API rate limit; re-run the job later or use a token with its own quota.',
      );
    }
    expect(await failing(httpError(403, 'x', { 'x-ratelimit-remaining': '5' }))).toMatchObject({
      action: 'forbidden',
    });
    expect(((await failing(httpError(500, 'rate limit'))) as ServiceError).hint).toMatch(/githubstatus/);
  });

  test('404 is forbidden on a fork only; each status gets its hint; the URL loses host and query', async () => {
    expect(await failing(httpError(404, 'Not Found'), true)).toEqual({
      action: 'forbidden',
      reason: 'PATCH /repos/o/r/issues/comments/1: Not Found',
    });
    const notFound = (await failing(httpError(404, 'Not Found'))) as ServiceError;
    expect(notFound.message).toBe('GitHub (404): PATCH /repos/o/r/issues/comments/1: Not Found');
    expect(notFound.hint).toBe('Check that the pull request exists and that the token can read this repository.');
    expect(((await failing(httpError(401))) as ServiceError).hint).toBe(
      "Check the 'github-token' input: GitHub does not accept the token.",
    );
    expect(((await failing(httpError(502))) as ServiceError).hint).toBe(
      'GitHub did not answer; see https://www.githubstatus.com and re-run the job.',
    );
    expect(((await failing(httpError(422))) as ServiceError).hint).toBe(
      'Re-run the job; if it fails again, report the message above.',
    );
    const bare = (await failing(new Error('socket hang up'))) as ServiceError;
    expect(bare.message).toBe('GitHub: socket hang up');
    expect(bare.hint).toMatch(/githubstatus/);
    const noMethod = Object.assign(new Error('odd'), { status: 418, request: { url: 'https://h/p' } });
    expect(((await failing(noMethod)) as ServiceError).message).toBe('GitHub (418): odd');
  });
});

// createOctokit loads Octokit on first use, hence async: awaited at the module's top level.
const restOctokit = await createOctokit('t', {
  baseUrl: 'https://api.github.com',
  retryAfterBaseValue: 1,
  throttle: false,
});

describe('the REST store', () => {
  const octokit = restOctokit;
  const store = githubCommentStore(octokit, { owner: 'o', repo: 'r' }, 7);

  test('a token that cannot say who it is (403, 404) has no login; another failure is thrown', async () => {
    nock('https://api.github.com').get('/user').reply(404, { message: 'Not Found' });
    expect(await store.whoAmI()).toBeUndefined();
    nock('https://api.github.com').get('/user').reply(403, { message: 'Forbidden' });
    expect(await store.whoAmI()).toBeUndefined();
    nock('https://api.github.com').get('/user').reply(200, { login: 'dana' });
    expect(await store.whoAmI()).toBe('dana');
    nock('https://api.github.com').get('/user').reply(401, { message: 'Bad credentials' });
    await expect(store.whoAmI()).rejects.toMatchObject({ status: 401 });
  });

  test('the warning for a read-only token says what happened and the safe way to comment on forks', () => {
    for (const part of [
      'could not write its pull request comment: the token is read-only (pull requests from forks',
      'get a read-only GITHUB_TOKEN) or the job lacks `permissions: pull-requests: write`. The report is in the job',
      'summary. To comment on pull requests from forks, run connector-export on `pull_request` with `comment: never`',
      'never runs the fork’s code: https://docs.github.com/en/actions/reference/events-that-trigger-workflows#workflow_run',
      '(why not `pull_request_target` with a checkout of the fork: ',
      'https://securitylab.github.com/research/github-actions-preventing-pwn-requests/).',
    ]) {
      expect(FORBIDDEN_COMMENT_WARNING).toContain(part);
    }
  });
});

describe('the body at its limits', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => `- item ${i} ${'y'.repeat(20)}`);
  const render = (sections: string[], maxChars?: number, footer?: string) =>
    renderCommentBody({ key: 'k', title: 'T', sections, footer, maxChars });

  test('no footer and blank sections leave nothing behind; a body of exactly the limit is whole', () => {
    const body = render(['verdict', ' \n ', 'more']);
    expect(body).toBe(`${commentMarker('k')}\n## T\n\nverdict\n\nmore`);
    expect(render(['verdict', 'more'], body.length)).toBe(body);
    expect(render(['verdict', 'more'], body.length - 1).length).toBeLessThan(body.length);
  });

  test('a key loses the separators at its ends', () => {
    expect(commentMarker('  costs!  ')).toBe('<!-- connector-export:costs -->');
  });

  test('a closed fence stays closed; only a fence of the same kind and at least its length closes one', () => {
    const cut = (opening: string[]) => render(['v', [...opening, ...list(60)].join('\n')], 700);
    const closed = cut(['```', 'code', '```']);
    expect(closed).toMatch(/- item \d+ y+\n\n_… truncated/);
    const tilde = cut(['```', '~~~', 'code']);
    expect(tilde).toMatch(/- item \d+ y+\n```\n\n_… truncated/);
    const shorter = cut(['````', '```', 'code']);
    expect(shorter).toMatch(/- item \d+ y+\n````\n\n_… truncated/);
    const longer = cut(['```', 'code', '````']);
    expect(longer).toMatch(/- item \d+ y+\n\n_… truncated/);
  });

  test('<details> opened and closed on one line needs no closing', () => {
    const body = render(['v', ['<details><summary>a</summary>b</details>', ...list(60)].join('\n')], 700);
    expect(body).toMatch(/- item \d+ y+\n\n_… truncated/);
    expect(body).not.toMatch(/<\/details>\n\n_…/);
  });

  test('when not even the verdict fits beside the footer, the head and note are cut to the limit', () => {
    const footer = 'f'.repeat(200);
    const body = render(['verdict line'], 80, footer);
    expect(body).toBe(`${commentMarker('k')}\n## T\n\n_${TRUNCATION_NOTE}_\n\n---\n${footer}`.slice(0, 80));
  });
});
