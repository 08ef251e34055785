import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ActionRun } from '../support/runAction.ts';

/**
 * Small loopback services and checks for the hardening tests: a Power Apps resource provider that refuses every
 * create by quoting the request (as 400 InvalidRequestContent does), a definition server behind a key, and the
 * collection of everything a run published.
 */

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface LocalService {
  url: string;
  requests: Recorded[];
  stop(): Promise<void>;
}

type Handler = (r: Recorded, res: ServerResponse) => void;

async function serve(handler: Handler): Promise<LocalService> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      requests.push(r);
      handler(r, res);
    });
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

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** Power Apps with no connector; a create is refused with a message that quotes the whole request body. */
export function startEchoingPowerApps(): Promise<LocalService> {
  return serve((r, res) => {
    if (r.method === 'GET' && r.path.startsWith('/providers/Microsoft.PowerApps/apis?'))
      return json(res, 200, { value: [] });
    if (r.method === 'POST' && r.path.startsWith('/providers/Microsoft.PowerApps/apis?')) {
      return json(res, 400, {
        error: { code: 'InvalidRequestContent', message: `The request content was invalid: ${r.body}` },
      });
    }
    json(res, 404, { error: { code: 'NotFound', message: `No route ${r.method} ${r.path}` } });
  });
}

/** Serves `body` at any path to requests that carry `x-functions-key: key`; 401 otherwise. */
export function startDefinitionServer(key: string, body: string): Promise<LocalService> {
  return serve((r, res) => {
    if (r.headers['x-functions-key'] !== key) return json(res, 401, { message: 'No key.' });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
}

/** A minimal valid Swagger 2.0 definition; `extra` is merged over it. */
export function swagger(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    swagger: '2.0',
    info: { title: 'Contoso Costs', description: 'Costs of Contoso.', version: '1.0.0' },
    host: 'costs.contoso.example',
    basePath: '/api',
    schemes: ['https'],
    paths: {
      '/costs': {
        get: {
          operationId: 'GetCosts',
          summary: 'Get costs',
          description: 'Gets the costs.',
          responses: { '200': { description: 'The costs' } },
        },
      },
    },
    ...extra,
  };
}

/** A fresh workspace holding `files` (paths relative to it). */
export async function workspaceWith(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ce-hardening-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** Every text a run published, by where it went: log (bar the mask commands), summary, outputs, each file. */
export async function publishedTexts(run: ActionRun, folders: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const log = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => !line.startsWith('::add-mask::'));
  texts.set('log', log.join('\n'));
  texts.set('summary', run.summary);
  for (const [name, value] of Object.entries(run.outputs)) texts.set(`output ${name}`, value);
  for (const folder of folders) {
    for (const f of await readdir(folder, { recursive: true, withFileTypes: true })) {
      const file = path.join(f.parentPath, f.name);
      if (f.isFile()) texts.set(file, await readFile(file, 'utf8'));
    }
  }
  return texts;
}

/** Where `secret` appears among the texts (empty when nowhere). */
export function leaks(texts: Map<string, string>, secret: string): string[] {
  return [...texts].filter(([, text]) => text.includes(secret)).map(([where]) => where);
}
