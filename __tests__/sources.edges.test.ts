// Where definitions and baselines come from, at their limits: baseline choice, sizes, redirects, ARM answers.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { TokenCredential } from '@azure/identity';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefinitionError, InputError, ServiceError } from '../src/errors.ts';
import type { DefinitionLocation } from '../src/inputs.ts';
import { readBaseline } from '../src/sources/baseline.ts';
import { readDefinition } from '../src/sources/definition.ts';
import { readDefinitionFile } from '../src/sources/file.ts';
import { readIcon } from '../src/sources/icon.ts';
import { MAX_DEFINITION_BYTES } from '../src/sources/raw.ts';
import { displayUrl, readDefinitionUrl } from '../src/sources/url.ts';

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString();

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('readBaseline', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ce-baseline-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
  let sha = '';
  const file: DefinitionLocation = { kind: 'file', path: path.join(root, 'api.json'), display: 'api.json' };
  const url: DefinitionLocation = { kind: 'url', url: 'https://x/api.json', display: 'https://x/api.json' };
  beforeAll(() => {
    git('init', '-q', '-b', 'main');
    writeFileSync(path.join(root, 'api.json'), '{"v":1}');
    git('add', '.');
    git('commit', '-qm', 'one');
    sha = git('rev-parse', 'HEAD');
    git('tag', 'v1');
  });
  const context = (definition: DefinitionLocation, pullRequestBaseSha?: string) => ({
    workspace: root,
    definition,
    pullRequestBaseSha,
  });

  test('none, and auto outside a pull request or for a URL definition: no drift check', async () => {
    expect(await readBaseline({ kind: 'none' }, context(file, sha), {})).toBeUndefined();
    expect(await readBaseline({ kind: 'auto' }, context(file), {})).toBeUndefined();
    expect(await readBaseline({ kind: 'auto' }, context(url, sha), {})).toBeUndefined();
  });

  test('auto on a pull request: the definition at the base commit, labelled with the short sha', async () => {
    const baseline = await readBaseline({ kind: 'auto' }, context(file, sha), {});
    expect(baseline?.label).toBe(`api.json@${sha.slice(0, 7)}`);
    expect(text(baseline?.raw?.bytes)).toBe('{"v":1}');
  });

  test('git: the given ref (kept whole), else the base commit; a URL definition or no ref is refused', async () => {
    expect((await readBaseline({ kind: 'git', ref: 'v1' }, context(file, sha), {}))?.label).toBe('api.json@v1');
    expect((await readBaseline({ kind: 'git' }, context(file, sha), {}))?.label).toBe(`api.json@${sha.slice(0, 7)}`);
    const short = sha.slice(0, 12);
    expect((await readBaseline({ kind: 'git', ref: short }, context(file), {}))?.label).toBe(`api.json@${short}`);
    const noRef = await rejection(readBaseline({ kind: 'git' }, context(file), {}));
    expect(noRef).toBeInstanceOf(InputError);
    expect(noRef.message).toBe(
      "Input 'baseline': 'git' without a ref only works on pull requests (it means the base commit).",
    );
    const notFile = await rejection(readBaseline({ kind: 'git', ref: 'v1' }, context(url), {}));
    expect(notFile.message).toBe("Input 'baseline': a git baseline needs a definition file in the repository.");
    expect((notFile as InputError).hint).toBe(
      'Name the file in git:<ref>:<path>, or use a path to the committed copy, `artifact` or `connector`.',
    );
  });

  test('file: read when it exists; a first export when it does not', async () => {
    const here = await readBaseline({ kind: 'file', path: file.path, display: 'api.json' }, context(file), {});
    expect(here?.label).toBe('api.json');
    expect(text(here?.raw?.bytes)).toBe('{"v":1}');
    const missing = path.join(root, 'none.json');
    expect(await readBaseline({ kind: 'file', path: missing, display: 'none.json' }, context(file), {})).toEqual({
      label: 'none.json',
    });
  });

  test('artifact and connector: from their providers, refused without one', async () => {
    const raw = { bytes: new Uint8Array([1]), source: 's' };
    const properties = { script: raw };
    const providers = { artifact: async () => ({ raw, properties }), connector: async () => undefined };
    expect(await readBaseline({ kind: 'artifact' }, context(file), providers)).toEqual({
      label: 'the newest export artifact on the default branch',
      raw,
      properties,
    });
    const none = { artifact: async () => undefined };
    expect(await readBaseline({ kind: 'artifact' }, context(file), none)).toEqual({
      label: 'the newest export artifact on the default branch',
    });
    expect(await readBaseline({ kind: 'connector' }, context(file), providers)).toEqual({
      label: 'the registered connector',
      raw: undefined,
    });
    const artifact = await rejection(readBaseline({ kind: 'artifact' }, context(file), {}));
    expect(artifact.message).toBe("Input 'baseline': 'artifact' needs the GitHub Actions runtime and a token.");
    expect((artifact as InputError).hint).toMatch(/actions: read/);
    const connector = await rejection(readBaseline({ kind: 'connector' }, context(file), {}));
    expect(connector.message).toBe(
      "Input 'baseline': 'connector' reads the registered connector, which needs express mode.",
    );
  });
});

describe('files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ce-size-'));

  test('a definition of exactly the limit is read; one byte more is refused with both sizes', async () => {
    writeFileSync(path.join(dir, 'max.json'), Buffer.alloc(MAX_DEFINITION_BYTES, 32));
    expect((await readDefinitionFile(path.join(dir, 'max.json'), 'max.json')).bytes.byteLength).toBe(
      MAX_DEFINITION_BYTES,
    );
    writeFileSync(path.join(dir, 'big.json'), Buffer.alloc(MAX_DEFINITION_BYTES + 1, 32));
    const error = await rejection(readDefinitionFile(path.join(dir, 'big.json'), 'big.json'));
    expect(error).toBeInstanceOf(DefinitionError);
    expect(error.message).toBe('big.json: is 10485761 bytes, over the 10485760-byte limit.');
    expect((error as DefinitionError).hint).toMatch(/under 1 MB/);
  });

  test('readDefinition reads a file location; the icon is read as bytes or refused by input name', async () => {
    writeFileSync(path.join(dir, 'a.json'), '{}');
    writeFileSync(path.join(dir, 'icon.png'), Buffer.from([137, 80]));
    const options = { headers: {}, timeoutMs: 1000, azureCredential: () => ({}) as TokenCredential };
    const raw = await readDefinition({ kind: 'file', path: path.join(dir, 'a.json'), display: 'a.json' }, options);
    expect(raw).toEqual({ bytes: Buffer.from('{}'), source: 'a.json' });
    expect([...(await readIcon(path.join(dir, 'icon.png')))]).toEqual([137, 80]);
    const missing = await rejection(readIcon(path.join(dir, 'no.png')));
    expect(missing).toBeInstanceOf(InputError);
    expect(missing.message).toBe(`Input 'icon': '${path.join(dir, 'no.png')}' cannot be read.`);
    expect((missing as InputError).hint).toBe('Give the path of a PNG file in the repository.');
  });
});

describe('URLs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://localhost');
      const hop = Number(u.searchParams.get('hop') ?? '0');
      if (u.pathname === '/chain') {
        if (hop > 0) return res.writeHead(301, { location: `/chain?hop=${hop - 1}` }).end();
        return res.end('{"end":true}');
      }
      if (u.pathname === '/bytes') {
        const n = Number(u.searchParams.get('n'));
        if (u.searchParams.has('declared')) res.writeHead(200, { 'content-length': String(n) });
        else res.writeHead(200, { 'transfer-encoding': 'chunked' });
        return res.end(Buffer.alloc(n, 32));
      }
      if (u.pathname === '/empty') return res.writeHead(204).end();
      if (u.pathname === '/no-location') return res.writeHead(302).end();
      if (u.pathname === '/forbidden') return res.writeHead(403).end();
      if (u.pathname === '/broken') return res.writeHead(500).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  const opts = { headers: {}, timeoutMs: 5000 };

  test('exactly maxRedirects redirects are followed; one more is refused', async () => {
    expect(text((await readDefinitionUrl(`${base}/chain?hop=2`, { ...opts, maxRedirects: 2 })).bytes)).toBe(
      '{"end":true}',
    );
    const over = await rejection(readDefinitionUrl(`${base}/chain?hop=3`, { ...opts, maxRedirects: 2 }));
    expect(over).toBeInstanceOf(ServiceError);
    expect(over.message).toBe(`Definition URL (301): ${base}/chain: more than 2 redirects.`);
    expect(text((await readDefinitionUrl(`${base}/chain?hop=5`, opts)).bytes)).toBe('{"end":true}');
    expect((await rejection(readDefinitionUrl(`${base}/chain?hop=6`, opts))).message).toMatch(/more than 5 redirects/);
  });

  test('exactly maxBytes is read, declared or streamed; one byte more is refused', async () => {
    for (const declared of [true, false]) {
      const at = (n: number) => `${base}/bytes?n=${n}${declared ? '&declared' : ''}`;
      expect((await readDefinitionUrl(at(100), { ...opts, maxBytes: 100 })).bytes.byteLength).toBe(100);
      const over = await rejection(readDefinitionUrl(at(101), { ...opts, maxBytes: 100 }));
      expect(over.message).toBe(
        declared
          ? `Definition URL: ${base}/bytes is 101 bytes, over the 100-byte limit.`
          : `Definition URL: ${base}/bytes sent more than 100 bytes; the download was stopped.`,
      );
    }
    expect((await readDefinitionUrl(`${base}/bytes?n=${MAX_DEFINITION_BYTES}`, opts)).bytes.byteLength).toBe(
      MAX_DEFINITION_BYTES,
    );
    const big = await rejection(readDefinitionUrl(`${base}/bytes?n=${MAX_DEFINITION_BYTES + 1}`, opts));
    expect(big.message).toMatch(/sent more than 10485760 bytes/);
  });

  test('an empty answer is empty bytes; a redirect without a location is an error answer', async () => {
    expect((await readDefinitionUrl(`${base}/empty`, opts)).bytes.byteLength).toBe(0);
    const error = (await rejection(readDefinitionUrl(`${base}/no-location`, opts))) as ServiceError;
    expect(error.message).toBe(`Definition URL (302): ${base}/no-location answered 302 Found.`);
    expect(error.hint).toBeUndefined();
  });

  test('each failing status says what it knows', async () => {
    const forbidden = (await rejection(readDefinitionUrl(`${base}/forbidden?code=s3cr3t`, opts))) as ServiceError;
    expect(forbidden.message).toBe(`Definition URL (403): ${base}/forbidden answered 403 Forbidden.`);
    expect(forbidden.hint).toMatch(/definition-headers/);
    const broken = (await rejection(readDefinitionUrl(`${base}/broken`, opts))) as ServiceError;
    expect(broken.status).toBe(500);
    expect(broken.hint).toBeUndefined();
  });

  test('a server that cannot be reached: the message says so, and the hint is not about time', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = (await rejection(readDefinitionUrl(`http://127.0.0.1:${port}/a.json?k=1`, opts))) as ServiceError;
    expect(error.message).toMatch(
      new RegExp(`^Definition URL: http://127.0.0.1:${port}/a.json: the request failed \\(ECONNREFUSED\\)\\.$`),
    );
    expect(error.hint).toBe('Check the URL and that the runner can reach it.');
  });

  test('displayUrl drops the query and the fragment', () => {
    expect(displayUrl('https://h.example:8443/a/b.json?code=k#x')).toBe('https://h.example:8443/a/b.json');
  });
});
