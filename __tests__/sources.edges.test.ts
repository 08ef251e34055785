// Where definitions and baselines come from, at their limits: baseline choice, sizes, redirects, ARM answers.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { TokenCredential } from '@azure/identity';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefinitionError, InputError, ServiceError } from '../src/errors.ts';
import type { DefinitionLocation } from '../src/inputs.ts';
import type { EventContext } from '../src/github/context.ts';
import { artifactBaseline } from '../src/sources/artifactBaseline.ts';
import { readBaseline } from '../src/sources/baseline.ts';
import { readDefinition } from '../src/sources/definition.ts';
import { readDefinitionFile } from '../src/sources/file.ts';
import { readIcon } from '../src/sources/icon.ts';
import { MAX_DEFINITION_BYTES, registeredDefinition } from '../src/sources/raw.ts';
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

  test('only a whole 40-hex ref is shortened in the label', async () => {
    for (const tag of [`${sha}-fix`, `x${sha}`]) git('tag', tag);
    expect((await readBaseline({ kind: 'git', ref: `${sha}-fix` }, context(file), {}))?.label).toBe(
      `api.json@${sha}-fix`,
    );
    expect((await readBaseline({ kind: 'git', ref: `x${sha}` }, context(file), {}))?.label).toBe(`api.json@x${sha}`);
  });

  test('the refusals say how to fix them', async () => {
    expect(((await rejection(readBaseline({ kind: 'git' }, context(file), {}))) as InputError).hint).toBe(
      'Write git:<ref>, e.g. git:main.',
    );
    expect(((await rejection(readBaseline({ kind: 'connector' }, context(file), {}))) as InputError).hint).toBe(
      "Set 'mode: express' with the sign-in inputs, or use a path or git:<ref>.",
    );
  });

  test("file: a package's apiProperties.json and script.csx beside it come along; none is none", async () => {
    const pkg = path.join(root, 'package');
    mkdirSync(pkg);
    writeFileSync(path.join(pkg, 'apiDefinition.swagger.json'), '{"v":2}');
    const at = { kind: 'file' as const, path: path.join(pkg, 'apiDefinition.swagger.json'), display: 'package/api' };
    expect(await readBaseline(at, context(file), {})).toStrictEqual({
      label: 'package/api',
      raw: { bytes: Buffer.from('{"v":2}'), source: 'package/api' },
      properties: {},
    });
    writeFileSync(path.join(pkg, 'apiProperties.json'), '{"properties":{}}');
    writeFileSync(path.join(pkg, 'script.csx'), 'class Script {}');
    expect((await readBaseline(at, context(file), {}))?.properties).toStrictEqual({
      apiProperties: { bytes: Buffer.from('{"properties":{}}'), source: 'package/api (apiProperties.json)' },
      script: { bytes: Buffer.from('class Script {}'), source: 'package/api (script.csx)' },
    });
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

  test('a folder is not a definition file, and the hint says to point at the file', async () => {
    const error = (await rejection(readDefinitionFile(dir, 'connectors'))) as DefinitionError;
    expect(error.message).toBe('connectors: is not a file.');
    expect(error.hint).toBe('Point the input at the definition file itself.');
  });

  test('a registered connector becomes a baseline like any file; none is undefined', () => {
    expect(registeredDefinition({ swagger: '2.0' }, 'contoso')).toEqual({
      bytes: Buffer.from('{"swagger":"2.0"}'),
      source: 'registered connector contoso',
    });
    expect(registeredDefinition(undefined, 'contoso')).toBeUndefined();
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
      if (u.pathname === '/accept') return res.end(req.headers.accept);
      if (u.pathname === '/ok-with-location') return res.writeHead(200, { location: '/chain' }).end('{"here":1}');
      if (u.pathname === '/multiple') return res.writeHead(300, { location: '/chain' }).end();
      if (u.pathname === '/not-modified') {
        return res.writeHead(304, u.searchParams.has('to') ? { location: '/chain' } : {}).end();
      }
      if (u.pathname === '/bad-request') return res.writeHead(400, { location: '/chain' }).end();
      if (u.pathname === '/to-https') return res.writeHead(302, { location: `https://${req.headers.host}/x` }).end();
      if (u.pathname === '/to-ftp') return res.writeHead(302, { location: 'ftp://files.example/api.json' }).end();
      if (u.pathname === '/to-creds') {
        return res.writeHead(302, { location: `http://user:pw@${req.headers.host}/chain` }).end();
      }
      if (u.pathname === '/silent') return;
      if (u.pathname === '/stall') return void res.writeHead(200, { 'content-type': 'application/json' }).write('{');
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

  test('asks for JSON first, then YAML, then anything', async () => {
    expect(text((await readDefinitionUrl(`${base}/accept`, opts)).bytes)).toBe(
      'application/json, application/yaml;q=0.9, */*;q=0.5',
    );
  });

  test('only a 3xx with a location is a redirect: 300 and 304 are followed, a 200 or 400 with one is not', async () => {
    expect(text((await readDefinitionUrl(`${base}/ok-with-location`, opts)).bytes)).toBe('{"here":1}');
    expect(text((await readDefinitionUrl(`${base}/multiple`, opts)).bytes)).toBe('{"end":true}');
    expect(text((await readDefinitionUrl(`${base}/not-modified?to`, opts)).bytes)).toBe('{"end":true}');
    const bad = (await rejection(readDefinitionUrl(`${base}/bad-request`, opts))) as ServiceError;
    expect(bad.message).toBe(`Definition URL (400): ${base}/bad-request answered 400 Bad Request.`);
    const bodiless = (await rejection(readDefinitionUrl(`${base}/not-modified`, opts))) as ServiceError;
    expect(bodiless.message).toBe(`Definition URL (304): ${base}/not-modified answered 304 Not Modified.`);
  });

  test('a redirect to https is followed; to another scheme it is refused with its status', async () => {
    const https = (await rejection(readDefinitionUrl(`${base}/to-https`, opts))) as ServiceError;
    expect(https.message).toMatch(/^Definition URL: https:\/\/127\.0\.0\.1:\d+\/x: the request failed \(/);
    const ftp = (await rejection(readDefinitionUrl(`${base}/to-ftp`, opts))) as ServiceError;
    expect(ftp.message).toBe(`Definition URL (302): ${base}/to-ftp redirects to a ftp: URL, which is not followed.`);
    expect(ftp.status).toBe(302);
  });

  test('a user name or password in the URL, or in a redirect, is refused without being repeated', async () => {
    for (const userinfo of ['user:pw@', 'user@', ':pw@']) {
      const error = (await rejection(
        readDefinitionUrl(`${base.replace('//', `//${userinfo}`)}/chain`, opts),
      )) as ServiceError;
      expect(error.message).toBe(
        `Definition URL: ${base}/chain: carries a user name or password (user:password@host), which is not sent.`,
      );
      expect(error.hint).toMatch(/^Put the credentials in 'definition-headers' \(e\.g\. `Authorization: Basic /);
    }
    const redirected = (await rejection(readDefinitionUrl(`${base}/to-creds`, opts))) as ServiceError;
    expect(redirected.message).toBe(
      `Definition URL: ${base}/to-creds redirects to a URL that carries a user name or password (user:password@host), which is not sent.`,
    );
  });

  test('no answer, or headers and then nothing, within the deadline: said in seconds, with the timeout hint', async () => {
    for (const route of ['silent', 'stall']) {
      const error = (await rejection(
        readDefinitionUrl(`${base}/${route}?code=k`, { ...opts, timeoutMs: 200 }),
      )) as ServiceError;
      expect(error.message).toBe(`Definition URL: ${base}/${route}: no answer within 0.2 s.`);
      expect(error.hint).toBe(
        "Check that the app is running (a cold Function app can be slow: raise 'definition-timeout').",
      );
    }
  });

  test('a failure without an error code (a port fetch refuses) is a network error', async () => {
    const error = (await rejection(readDefinitionUrl('http://127.0.0.1:6000/a.json', opts))) as ServiceError;
    expect(error.message).toBe('Definition URL: http://127.0.0.1:6000/a.json: the request failed (network error).');
  });

  test('readDefinition reads a URL location', async () => {
    const options = { headers: {}, timeoutMs: 5000, azureCredential: () => ({}) as TokenCredential };
    const raw = await readDefinition({ kind: 'url', url: `${base}/chain`, display: `${base}/chain` }, options);
    expect(raw).toEqual({ bytes: Buffer.from('{"end":true}'), source: `${base}/chain` });
  });

  test('displayUrl drops the query and the fragment', () => {
    expect(displayUrl('https://h.example:8443/a/b.json?code=k#x')).toBe('https://h.example:8443/a/b.json');
  });
});

describe('artifactBaseline', () => {
  const event = { eventName: 'pull_request', repo: { owner: 'o', repo: 'r' }, defaultBranch: 'main' } as EventContext;
  const runtime = { ACTIONS_RUNTIME_TOKEN: 'rt', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' };

  test('no provider without an event, a token or the artifact runtime', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ce-artifact-'));
    expect(artifactBaseline(runtime, undefined, 'connector', 't', dir)).toBeUndefined();
    expect(artifactBaseline(runtime, event, 'connector', undefined, dir)).toBeUndefined();
    expect(artifactBaseline({ ACTIONS_RUNTIME_TOKEN: 'rt' }, event, 'connector', 't', dir)).toBeUndefined();
    expect(artifactBaseline(runtime, event, 'connector', 't', dir)).toBeInstanceOf(Function);
  });

  test('no artifact on the default branch yet: undefined, after making its own download folder', async () => {
    const asked: string[] = [];
    const api = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"total_count":0,"artifacts":[]}');
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    try {
      const env = {
        ...runtime,
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_API_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}`,
      };
      const work = path.join(mkdtempSync(path.join(tmpdir(), 'ce-artifact-')), 'not', 'yet');
      expect(await artifactBaseline(env, event, 'connector', 't', work)!()).toBeUndefined();
      expect(asked).toEqual(['/repos/o/r/actions/artifacts?name=connector&per_page=100']);
      expect(readdirSync(work)).toEqual([expect.stringMatching(/^baseline-/)]);
    } finally {
      api.close();
    }
  });
});
