import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake of the few GitHub REST endpoints connector-export calls, on 127.0.0.1, for end-to-end tests (point
 * GITHUB_API_URL or createOctokit's baseUrl at `url`):
 *   GET   /user                                      (403 like a GITHUB_TOKEN unless `login` is set)
 *   GET   /repos/:owner/:repo/issues/:n/comments     (per_page, page; Link header like GitHub's)
 *   POST  /repos/:owner/:repo/issues/:n/comments
 *   PATCH /repos/:owner/:repo/issues/comments/:id    (403 when the comment is not the caller's, like GitHub)
 * Comments are kept per issue number (the owner/repo of the path is recorded, not checked).
 */

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  html_url: string;
  performed_via_github_app: { slug: string } | null;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  /** Path with the query string, e.g. `/repos/o/r/issues/7/comments?per_page=100&page=2`. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, the raw text when it is not JSON, or undefined. */
  body: unknown;
}

/** Answer matching requests with an error instead, `times` times (default: always). */
export interface Fault {
  method?: string;
  /** Matches the path (without query) when it is a RegExp, or equals it. */
  path?: string | RegExp;
  status: number;
  message?: string;
  headers?: Record<string, string>;
  times?: number;
  /** The request takes effect first (a comment is made), then the fault answers: an answer lost on the way. */
  applied?: boolean;
  /** Never answer (the connection stays open until stop()): a GitHub that hangs. */
  hang?: boolean;
  /** Answer 200 with this raw text (and `contentType`) instead of an error: a proxy's page, a broken answer. */
  raw?: string;
  contentType?: string;
}

export interface GitHubApiOptions {
  /** The token's user. Undefined: an installation token (GET /user is 403, writes are by `github-actions[bot]`). */
  login?: string;
  /** Initial comments per issue number; `user` defaults to the writer (see `login`). */
  comments?: Record<number, Array<{ body: string; user?: FakeUser }>>;
  faults?: Fault[];
  /** Largest page the server hands out (GitHub's is 100). */
  maxPerPage?: number;
  /** When set, requests without `Authorization: token <token>` (or Bearer) get 401. */
  token?: string;
}

export interface GitHubApi {
  url: string;
  requests: RecordedRequest[];
  /** Live comments per issue number. */
  comments: Map<number, FakeComment[]>;
  stop(): Promise<void>;
}

const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const writer: FakeUser = options.login ? { login: options.login, type: 'User' } : ACTIONS_BOT;
  const maxPerPage = options.maxPerPage ?? 100;
  const faults = (options.faults ?? []).map((f) => ({ ...f, left: f.times ?? Infinity }));
  const requests: RecordedRequest[] = [];
  const comments = new Map<number, FakeComment[]>();
  let nextId = 1000;
  let url = '';

  const makeComment = (issue: number, body: string, user: FakeUser): FakeComment => {
    const id = nextId++;
    const now = new Date().toISOString();
    return {
      id,
      body,
      user,
      html_url: `https://github.test/o/r/pull/${issue}#issuecomment-${id}`,
      performed_via_github_app: user.type === 'Bot' ? { slug: user.login.replace(/\[bot\]$/, '') } : null,
      created_at: now,
      updated_at: now,
    };
  };
  for (const [issue, seeds] of Object.entries(options.comments ?? {})) {
    comments.set(
      Number(issue),
      seeds.map((s) => makeComment(Number(issue), s.body, s.user ?? writer)),
    );
  }

  const send = (res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(data));
  };

  const route = (req: IncomingMessage, res: ServerResponse, body: unknown, withFaults = true) => {
    const target = new URL(req.url ?? '/', url);
    const method = req.method ?? 'GET';
    const fault = faults.find(
      (f) =>
        withFaults &&
        f.left > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (f.path === undefined ||
          (typeof f.path === 'string' ? f.path === target.pathname : f.path.test(target.pathname))),
    );
    if (fault) {
      fault.left--;
      if (fault.hang) return;
      if (fault.applied) route(req, { writeHead: () => {}, end: () => {} } as unknown as ServerResponse, body, false);
      if (fault.raw !== undefined) {
        res.writeHead(fault.status, { 'content-type': fault.contentType ?? 'text/html', ...fault.headers });
        return res.end(fault.raw);
      }
      return send(res, fault.status, { message: fault.message ?? `Fault ${fault.status}` }, fault.headers);
    }
    const auth = req.headers.authorization ?? '';
    if (options.token !== undefined && auth.replace(/^(token|bearer) /i, '') !== options.token) {
      return send(res, 401, { message: 'Bad credentials' });
    }
    let m: RegExpExecArray | null;
    if (method === 'GET' && target.pathname === '/user') {
      if (!options.login) return send(res, 403, { message: 'Resource not accessible by integration' });
      return send(res, 200, { login: options.login, id: 1, type: 'User' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(target.pathname))) {
      const issue = Number(m[1]);
      const list = comments.get(issue) ?? [];
      if (method === 'GET') {
        const perPage = Math.min(Number(target.searchParams.get('per_page') ?? 30), maxPerPage);
        const page = Number(target.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const link = (p: number, rel: string) => {
          const u = new URL(target);
          u.searchParams.set('per_page', String(perPage));
          u.searchParams.set('page', String(p));
          return `<${u.href}>; rel="${rel}"`;
        };
        const links = [
          ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
          ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
        ];
        const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
        return send(res, 200, list.slice((page - 1) * perPage, page * perPage), headers);
      }
      if (method === 'POST') {
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return send(res, 422, { message: 'Invalid request: body is required' });
        const comment = makeComment(issue, text, writer);
        comments.set(issue, [...list, comment]);
        return send(res, 201, comment);
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(target.pathname)) && method === 'PATCH') {
      const id = Number(m[1]);
      const comment = [...comments.values()].flat().find((c) => c.id === id);
      if (!comment) return send(res, 404, { message: 'Not Found' });
      if (comment.user.login !== writer.login) {
        return send(res, 403, { message: 'Resource not accessible by integration' });
      }
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string') return send(res, 422, { message: 'Invalid request: body is required' });
      comment.body = text;
      comment.updated_at = new Date().toISOString();
      return send(res, 200, comment);
    }
    return send(res, 404, { message: 'Not Found' });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        // Recorded as the raw text, answered as GitHub does.
      }
      requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body });
      if (typeof body === 'string') return send(res, 400, { message: 'Problems parsing JSON' });
      route(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    comments,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
