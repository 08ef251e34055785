/**
 * What the express end-to-end tests share: a local https server on 127.0.0.1 that records every request and can
 * be told to fail, a self-signed certificate the child process trusts (NODE_EXTRA_CA_CERTS), Microsoft Entra ID's
 * token endpoint and the runner's ID-token service, and the check that no secret left the process.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@jest/globals';
import type { ActionRun } from './runAction.ts';
import { unzip } from './unzip.ts';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** A value fresh per test file: a leak of any of them would be a leak of a real secret in production. */
export const unique = (label: string) => `${label}-${randomBytes(12).toString('hex')}`;

/** An unsigned JWT with the given claims, valid for an hour. */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ exp: Math.floor(Date.now() / 1000) + 3600, ...claims })}.c2ln`;
}

/** Why the https tests cannot run here, or undefined. */
export function opensslMissing(): string | undefined {
  const probe = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : 'openssl is not installed: cannot make the local https certificate';
}

export interface Certificate {
  key: Buffer;
  cert: Buffer;
  /** For NODE_EXTRA_CA_CERTS. */
  certPath: string;
  remove(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1, valid one day. */
export async function makeCertificate(): Promise<Certificate> {
  const dir = await mkdtemp(path.join(tmpdir(), 'connector-export-tls-'));
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'].concat([
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ]),
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  return {
    key: await readFile(keyPath),
    cert: await readFile(certPath),
    certPath,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** An https server on 127.0.0.1 that records every request; `fail` queues answers given instead of `route`'s. */
export class LocalHttpsServer {
  readonly requests: Recorded[] = [];
  /** Answers to give instead of the normal ones, by `METHOD /path`, first in first out. */
  readonly faults = new Map<string, Reply[]>();
  origin = '';
  #server: Server;
  #route: (request: Recorded) => Reply | Promise<Reply>;

  constructor(tls: { key: Buffer; cert: Buffer }, route: (request: Recorded) => Reply | Promise<Reply>) {
    this.#route = route;
    this.#server = createServer(tls, (req, res) => void this.#handle(req, res));
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.origin = `https://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.faults.clear();
  }

  fail(route: string, ...replies: Reply[]): void {
    this.faults.set(route, replies);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.origin);
    const recorded = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(recorded);
    let reply: Reply;
    try {
      reply = this.faults.get(`${recorded.method} ${recorded.path}`)?.shift() ?? (await this.#route(recorded));
    } catch (error) {
      reply = { status: 500, body: { error: { code: 'TestServerError', message: String(error) } } };
    }
    const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(body);
  }
}

/** Who may sign in, and what the fakes hand out. */
export interface SignIn {
  tenant: string;
  clientId: string;
  /** The scopes tokens are given for, e.g. `https://service.powerapps.com/.default`. */
  scope: string | readonly string[];
  clientSecret: string;
  idTokenRequestToken: string;
  idToken: string;
  accessToken: string;
}

/**
 * Microsoft Entra ID (discovery and the token endpoint: client secret or a GitHub ID token as client assertion)
 * and the runner's ID-token service; undefined for any other request.
 */
export function signInReply(r: Recorded, origin: string, s: SignIn): Reply | undefined {
  const tenantBase = `${origin}/${s.tenant}`;
  if (r.method === 'GET' && r.path === `/${s.tenant}/v2.0/.well-known/openid-configuration`) {
    return {
      status: 200,
      body: {
        issuer: `${tenantBase}/v2.0`,
        authorization_endpoint: `${tenantBase}/oauth2/v2.0/authorize`,
        token_endpoint: `${tenantBase}/oauth2/v2.0/token`,
        end_session_endpoint: `${tenantBase}/oauth2/v2.0/logout`,
        jwks_uri: `${tenantBase}/discovery/v2.0/keys`,
      },
    };
  }
  if (r.method === 'POST' && r.path === `/${s.tenant}/oauth2/v2.0/token`) return token(new URLSearchParams(r.body), s);
  if (r.method === 'GET' && r.path === '/_apis/idtoken') {
    if (r.headers.authorization !== `Bearer ${s.idTokenRequestToken}`) return { status: 401 };
    return { status: 200, body: { value: s.idToken } };
  }
  return undefined;
}

function token(form: URLSearchParams, s: SignIn): Reply {
  const refuse = (code: string) => ({
    status: 401,
    body: { error: 'invalid_client', error_description: `${code}: refused by the test server.`, error_codes: [] },
  });
  if (form.get('client_id') !== s.clientId || form.get('grant_type') !== 'client_credentials') {
    return refuse('AADSTS700016');
  }
  const asked = form.get('scope')?.split(' ') ?? [];
  if (![s.scope].flat().some((scope) => asked.includes(scope))) return refuse('AADSTS500011');
  const bySecret = form.get('client_secret') === s.clientSecret;
  const byAssertion = form.get('client_assertion_type') === JWT_BEARER && form.get('client_assertion') === s.idToken;
  if (!bySecret && !byAssertion) return refuse('AADSTS7000215');
  return {
    status: 200,
    body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: s.accessToken },
  };
}

/** The runner's variables that let the action ask the local ID-token service. */
export function idTokenEnv(origin: string, s: SignIn): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: `${origin}/_apis/idtoken?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: s.idTokenRequestToken,
  };
}

/** No secret in the logs (bar the runner's own mask commands), the summary, the outputs or any file the run left. */
export async function expectNoSecretLeak(
  run: ActionRun,
  folders: string[],
  secrets: Record<string, string>,
): Promise<void> {
  const logs = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const texts = [logs, run.summary, JSON.stringify(run.outputs)];
  for (const folder of folders) {
    for (const f of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (!f.isFile()) continue;
      const bytes = await readFile(path.join(f.parentPath, f.name));
      texts.push(bytes.toString('latin1'));
      // A zip deflates its members: read them too.
      if (f.name.endsWith('.zip')) for (const e of await unzip(bytes)) texts.push(e.content.toString('latin1'));
    }
  }
  for (const [name, secret] of Object.entries(secrets)) {
    for (const text of texts) expect({ name, leaked: text.includes(secret) }).toEqual({ name, leaked: false });
  }
}
