import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefinitionError, ServiceError } from '../src/errors.ts';
import { readDefinitionFile } from '../src/sources/file.ts';
import { gitTopLevel, readAtGitRef } from '../src/sources/git.ts';
import { readDefinitionUrl } from '../src/sources/url.ts';

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('readDefinitionUrl (loopback servers)', () => {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  let main: { server: Server; url: string };
  let other: { server: Server; url: string };
  beforeAll(async () => {
    other = await listen((req, res) => {
      seen.push({ url: `other${req.url}`, headers: req.headers });
      res.end('{"swagger":"2.0"}');
    });
    main = await listen((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      const u = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (u === '/api/swagger.json') return res.end('{"swagger":"2.0","info":{}}');
      if (u === '/moved') return res.writeHead(302, { location: '/api/swagger.json' }).end();
      if (u === '/elsewhere') return res.writeHead(307, { location: `${other.url}/def.json` }).end();
      if (u === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      if (u === '/file-scheme') return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      if (u === '/locked') return res.writeHead(401).end();
      if (u === '/huge') {
        res.writeHead(200);
        const chunk = Buffer.alloc(64 * 1024, 32);
        for (let i = 0; i < 40; i++) res.write(chunk);
        return res.end();
      }
      if (u === '/slow') return void setTimeout(() => res.end('{}'), 2000).unref();
      res.writeHead(404).end();
    });
  });
  afterAll(() => {
    main.server.closeAllConnections();
    other.server.closeAllConnections();
    main.server.close();
    other.server.close();
  });

  const opts = { headers: { 'x-functions-key': 'k3y' }, timeoutMs: 5000 };

  test('reads a definition and sends the headers', async () => {
    const raw = await readDefinitionUrl(`${main.url}/api/swagger.json?code=abc`, opts);
    expect(Buffer.from(raw.bytes).toString()).toBe('{"swagger":"2.0","info":{}}');
    expect(raw.source).toBe(`${main.url}/api/swagger.json`);
    expect(seen.at(-1)?.headers['x-functions-key']).toBe('k3y');
  });

  test('follows a same-origin redirect, and never sends the headers to another origin', async () => {
    await readDefinitionUrl(`${main.url}/moved`, opts);
    expect(seen.at(-1)).toMatchObject({ url: '/api/swagger.json', headers: { 'x-functions-key': 'k3y' } });
    await readDefinitionUrl(`${main.url}/elsewhere`, opts);
    expect(seen.at(-1)?.url).toBe('other/def.json');
    expect(seen.at(-1)?.headers['x-functions-key']).toBeUndefined();
  });

  test('caps redirects, refuses non-http redirects, sizes and slow servers', async () => {
    expect((await rejection(readDefinitionUrl(`${main.url}/loop`, opts))).message).toMatch(/more than 5 redirects/);
    expect((await rejection(readDefinitionUrl(`${main.url}/file-scheme`, opts))).message).toMatch(/file: URL/);
    const big = await rejection(readDefinitionUrl(`${main.url}/huge`, { ...opts, maxBytes: 1024 * 1024 }));
    expect(big.message).toMatch(/more than 1048576 bytes/);
    const slow = await rejection(readDefinitionUrl(`${main.url}/slow`, { ...opts, timeoutMs: 300 }));
    expect(slow.message).toMatch(/no answer within 0.3 s/);
  });

  test('a 401 says which input carries the key; a 404 names the usual paths', async () => {
    const locked = await rejection(readDefinitionUrl(`${main.url}/locked`, opts));
    expect(locked).toBeInstanceOf(ServiceError);
    expect((locked as ServiceError).status).toBe(401);
    expect((locked as ServiceError).hint).toMatch(/definition-headers/);
    expect(((await rejection(readDefinitionUrl(`${main.url}/nope`, opts))) as ServiceError).hint).toMatch(
      /openapi\/v3.json/,
    );
  });
});

describe('readDefinitionFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ce-file-'));
  test('reads bytes as they are (a BOM is the parser’s business)', async () => {
    writeFileSync(path.join(dir, 'a.json'), '\uFEFF{}');
    const raw = await readDefinitionFile(path.join(dir, 'a.json'), 'a.json');
    expect([...raw.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
  test('a missing file or a folder is a DefinitionError with a hint', async () => {
    const missing = await rejection(readDefinitionFile(path.join(dir, 'nope.json'), 'nope.json'));
    expect(missing).toBeInstanceOf(DefinitionError);
    expect(missing.message).toBe('nope.json: file not found.');
    expect((missing as DefinitionError).hint).toMatch(/actions\/checkout/);
    expect((await rejection(readDefinitionFile(dir, 'dir'))).message).toMatch(/is not a file/);
  });
});

describe('readAtGitRef (a real repository)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ce-git-'));
  const origin = path.join(root, 'origin');
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd,
      encoding: 'utf8',
    }).trim();
  let first = '';
  beforeAll(() => {
    mkdirSync(path.join(origin, 'api'), { recursive: true });
    git(origin, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(origin, 'api', 'swagger.json'), '{"v":1}');
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'one');
    first = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(path.join(origin, 'api', 'swagger.json'), '{"v":2}');
    git(origin, 'commit', '-qam', 'two');
  });

  test('reads the file at a ref, and undefined where it did not exist', async () => {
    const raw = await readAtGitRef(origin, first, 'api/swagger.json');
    expect(Buffer.from(raw!.bytes).toString()).toBe('{"v":1}');
    expect(raw!.source).toBe(`api/swagger.json@${first}`);
    expect(await readAtGitRef(origin, 'HEAD', 'api/other.json')).toBeUndefined();
  });

  test('a shallow clone fetches the missing base commit', async () => {
    const clone = path.join(root, 'clone');
    git(root, 'clone', '-q', '--depth=1', `file://${origin}`, clone);
    expect(() => git(clone, 'cat-file', '-e', first)).toThrow();
    const raw = await readAtGitRef(clone, first, 'api/swagger.json');
    expect(Buffer.from(raw!.bytes).toString()).toBe('{"v":1}');
  });

  test('an unknown ref says how to fix the checkout, with the first line of what git said', async () => {
    const e = await rejection(readAtGitRef(origin, 'no-such-branch', 'api/swagger.json'));
    expect(e).toBeInstanceOf(DefinitionError);
    expect((e as DefinitionError).hint).toMatch(/fetch-depth: 0/);
    expect(e.message).toMatch(
      /^api\/swagger\.json@no-such-branch: git ref 'no-such-branch' is not in the checkout and could not be fetched: fatal: [^\n]+$/,
    );
  });

  test('a branch only the remote has is fetched and read (it has no local name)', async () => {
    git(origin, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(origin, 'api', 'swagger.json'), '{"v":"feature"}');
    git(origin, 'commit', '-qam', 'feature');
    git(origin, 'checkout', '-q', 'main');
    const clone = path.join(root, 'single');
    git(root, 'clone', '-q', '--depth=1', '--single-branch', '--branch', 'main', `file://${origin}`, clone);
    const raw = await readAtGitRef(clone, 'feature', 'api/swagger.json');
    expect(Buffer.from(raw!.bytes).toString()).toBe('{"v":"feature"}');
    expect(raw!.source).toBe('api/swagger.json@feature');
  });

  test('bytes come back as committed, not decoded as text', async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]);
    writeFileSync(path.join(origin, 'binary.bin'), bytes);
    git(origin, 'add', 'binary.bin');
    git(origin, 'commit', '-qm', 'binary');
    expect(Buffer.from((await readAtGitRef(origin, 'HEAD', 'binary.bin'))!.bytes)).toEqual(bytes);
  });

  test('a git failure other than a missing file is an error, not a first export', async () => {
    const e = await rejection(readAtGitRef(origin, 'HEAD', '../outside.json'));
    expect(e).toBeInstanceOf(DefinitionError);
    expect(e.message).toBe(
      `../outside.json@HEAD: could not be read from git: fatal: '../outside.json' is outside repository at '${origin}'`,
    );
  });

  test('gitTopLevel: the root of the work tree, from any folder in it; undefined outside one', async () => {
    expect(await gitTopLevel(path.join(origin, 'api'))).toBe(realpathSync(origin));
    const bare = mkdtempSync(path.join(tmpdir(), 'ce-nogit-'));
    expect(await gitTopLevel(bare)).toBeUndefined();
  });
});
