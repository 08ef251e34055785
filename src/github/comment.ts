import { ServiceError } from '../errors.ts';
import { commentMarker } from '../report/comment.ts';
import type { GitHubClient } from './octokit.ts';

/** The fields of an issue comment the sticky logic reads. */
export interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type?: string } | null;
  performed_via_github_app?: { slug?: string } | null;
}

/** The issue-comment calls upsertStickyComment needs: GitHub's REST API, or an in-memory fake in tests. */
export interface CommentStore {
  /** The token's login, or undefined when the token cannot say (installation tokens get 403 on `GET /user`). */
  whoAmI(): Promise<string | undefined>;
  /** The comments, oldest first, one page at a time. */
  pages(): AsyncIterable<IssueComment[]>;
  create(body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** A CommentStore over the REST API for one pull request (pull requests are issues for comments). */
export function githubCommentStore(octokit: GitHubClient, repo: RepoRef, issueNumber: number): CommentStore {
  const comments = `GET /repos/${repo.owner}/${repo.repo}/issues/${issueNumber}/comments`;
  return {
    async whoAmI() {
      try {
        const login = (await octokit.rest.users.getAuthenticated()).data?.login;
        return typeof login === 'string' ? login : undefined;
      } catch (error) {
        if (statusOf(error) === 403 || statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    async *pages() {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
      });
      try {
        for await (const page of pages) {
          if (!Array.isArray(page.data)) throw malformed(comments, 'a list of comments');
          yield page.data;
        }
      } catch (error) {
        // The pagination plugin reads the answer before we can: a TypeError there is an answer of another shape.
        if (error instanceof TypeError) throw malformed(comments, 'a list of comments');
        throw error;
      }
    },
    async create(body) {
      // Never retried here: a lost answer may hide a comment that was made (upsertStickyComment looks first).
      const created = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issueNumber,
        body,
        request: { retries: 0 },
      });
      return commentOf(created.data, `POST ${comments.slice(4)}`);
    },
    async update(id, body) {
      const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
      return commentOf(updated.data, `PATCH /repos/${repo.owner}/${repo.repo}/issues/comments/${id}`);
    },
  };
}

function commentOf(data: unknown, what: string): IssueComment {
  const comment = data as Partial<IssueComment> | null;
  if (typeof comment?.id !== 'number' || typeof comment.html_url !== 'string') throw malformed(what, 'a comment');
  return comment as IssueComment;
}

function malformed(what: string, expected: string): ServiceError {
  return new ServiceError('GitHub', `${what}: the answer is not ${expected} (not the REST API's JSON).`, {
    hint: "Something between the runner and GitHub answered instead of the API: check GITHUB_API_URL (GitHub Enterprise Server) and the runner's proxy, then re-run the job.",
  });
}

export type CommentMode = 'auto' | 'always' | 'never';

export type StickyCommentTarget =
  { store: CommentStore } | { octokit: GitHubClient; repo: RepoRef; issueNumber: number };

export type StickyCommentOptions = StickyCommentTarget & {
  /** Connector key: one sticky comment per key. */
  key: string;
  /** Markdown from renderCommentBody; the marker is added when missing. */
  body: string;
  mode: CommentMode;
  /** Drift or validation errors to report: in `auto` mode a comment is only created for findings. */
  hasFindings: boolean;
  /** The pull request comes from a fork: a 404 then means the read-only token, not a wrong number. */
  isFork?: boolean;
};

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'skipped' | 'forbidden';
  id?: number;
  url?: string;
  /** Why it was skipped or forbidden. */
  reason?: string;
}

/** The warning to print when the result is `forbidden`: what happened and the safe way to comment on forks. */
export const FORBIDDEN_COMMENT_WARNING =
  'connector-export could not write its pull request comment: the token is read-only (pull requests from forks ' +
  'get a read-only GITHUB_TOKEN) or the job lacks `permissions: pull-requests: write`. The report is in the job ' +
  'summary. To comment on pull requests from forks, run connector-export on `pull_request` with `comment: never`, ' +
  'upload the report as an artifact, and post it from a `workflow_run` workflow, which gets a write token and ' +
  'never runs the fork’s code: https://docs.github.com/en/actions/reference/events-that-trigger-workflows#workflow_run ' +
  '(why not `pull_request_target` with a checkout of the fork: ' +
  'https://securitylab.github.com/research/github-actions-preventing-pwn-requests/).';

/**
 * Creates or updates the pull request comment marked for `key`.
 *
 * Which comment is ours: its body starts with the marker and its author is the token's user. `GET /user` names
 * that user for personal tokens; the GITHUB_TOKEN and app installation tokens get 403 there, and they write as a
 * bot (`github-actions[bot]`, `<app>[bot]`), so then bot-written marked comments are tried, `github-actions[bot]`
 * first, and one that answers 403/404 to the edit belongs to another app and is passed over. Comments by people
 * that carry the marker (a quote, a copy) are never edited. `GET /user` is only asked when a marked comment exists.
 *
 * A 403, or a 404 on a fork, comes back as `forbidden` (print FORBIDDEN_COMMENT_WARNING); other failures throw
 * ServiceError.
 */
export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  if (options.mode === 'never') return { action: 'skipped', reason: "comment mode is 'never'" };
  const store =
    'store' in options ? options.store : githubCommentStore(options.octokit, options.repo, options.issueNumber);
  const marker = commentMarker(options.key);
  const body = options.body.startsWith(marker) ? options.body : `${marker}\n${options.body}`;
  try {
    const candidates = await ourComments(store, marker);
    if (candidates.length === 0 && options.mode === 'auto' && !options.hasFindings) {
      return { action: 'skipped', reason: 'no drift or validation errors, and no earlier comment to update' };
    }
    let denied: unknown;
    for (const candidate of candidates) {
      try {
        const updated = await store.update(candidate.comment.id, body);
        return { action: 'updated', id: updated.id, url: updated.html_url };
      } catch (error) {
        if (candidate.sure || (statusOf(error) !== 403 && statusOf(error) !== 404)) throw error;
        denied = error;
      }
    }
    // No findings is no reason for a new comment; the stale one we could not edit is reported as forbidden.
    if (denied !== undefined && options.mode === 'auto' && !options.hasFindings) throw denied;
    const created = await createOnce(store, body, marker, new Set(candidates.map((c) => c.comment.id)));
    return { action: 'created', id: created.id, url: created.html_url };
  } catch (error) {
    return forbiddenOrThrow(error, options.isFork === true);
  }
}

/** Creates in all: a POST whose outcome is unknown is repeated only after a look finds no comment from it. */
const CREATE_ATTEMPTS = 3;

/**
 * POSTs the comment. A POST is not idempotent: when its answer is lost (no answer, a timeout, a 5xx) the comment
 * may exist all the same, so the comments are listed again, and a marked comment of ours that was not there
 * before (`known`) is the one created; only when there is none is the POST sent again.
 */
async function createOnce(store: CommentStore, body: string, marker: string, known: Set<number>) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.create(body);
    } catch (error) {
      const status = statusOf(error);
      if ((status !== undefined && status < 500) || attempt >= CREATE_ATTEMPTS) throw error;
      const landed = (await ourComments(store, marker)).find((c) => !known.has(c.comment.id));
      if (landed) return landed.comment;
    }
  }
}

interface Candidate {
  comment: IssueComment;
  /** Written by the token's own user, as `GET /user` says: an edit that fails is a real failure. */
  sure: boolean;
}

async function ourComments(store: CommentStore, marker: string): Promise<Candidate[]> {
  const marked: IssueComment[] = [];
  for await (const page of store.pages()) {
    marked.push(...page.filter((c) => (c.body ?? '').trimStart().startsWith(marker)));
  }
  if (marked.length === 0) return [];
  const me = (await store.whoAmI())?.toLowerCase();
  if (me !== undefined) {
    return marked.filter((c) => c.user?.login.toLowerCase() === me).map((comment) => ({ comment, sure: true }));
  }
  const bots = marked.filter((c) => c.user?.type === 'Bot' || c.performed_via_github_app);
  const actionsFirst = [
    ...bots.filter((c) => c.user?.login === 'github-actions[bot]'),
    ...bots.filter((c) => c.user?.login !== 'github-actions[bot]'),
  ];
  return actionsFirst.map((comment) => ({ comment, sure: false }));
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function forbiddenOrThrow(error: unknown, isFork: boolean): StickyCommentResult {
  if (error instanceof ServiceError) throw error;
  const status = statusOf(error);
  const { request, response } = error as {
    request?: { method?: string; url?: string };
    response?: { headers?: Record<string, string | undefined> };
  };
  const path = request?.url?.replace(/^\w+:\/\/[^/]+/, '').replace(/\?.*/, '');
  const where = request?.method && path ? `${request.method} ${path}: ` : '';
  const message = `${where}${(error as Error).message}`;
  const rateLimited =
    (status === 403 || status === 429) &&
    (response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message));
  if (rateLimited) {
    throw new ServiceError('GitHub', message, {
      status,
      hint: 'The token hit a GitHub API rate limit; re-run the job later or use a token with its own quota.',
    });
  }
  if (status === 403 || (status === 404 && isFork)) return { action: 'forbidden', reason: message };
  throw new ServiceError('GitHub', message, { status, hint: hintFor(status) });
}

function hintFor(status: number | undefined): string {
  if (status === 401) return "Check the 'github-token' input: GitHub does not accept the token.";
  if (status === 404) return 'Check that the pull request exists and that the token can read this repository.';
  if (status === undefined || status >= 500) {
    return 'GitHub did not answer; see https://www.githubstatus.com and re-run the job.';
  }
  return 'Re-run the job; if it fails again, report the message above.';
}
