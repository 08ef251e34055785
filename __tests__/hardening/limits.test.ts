import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDefinition } from '../../src/definition/parse.ts';
import { readSettings } from '../../src/inputs.ts';
import { PowerAppsClient } from '../../src/powerplatform/client.ts';
import { capAnnotations, type Annotation } from '../../src/report/annotations.ts';
import { COMMENT_MAX_CHARS, renderCommentBody, TRUNCATION_NOTE } from '../../src/report/comment.ts';
import { readDefinitionFile } from '../../src/sources/file.ts';
import { MAX_DEFINITION_BYTES } from '../../src/sources/raw.ts';
import { readDefinitionUrl } from '../../src/sources/url.ts';
import { validateDefinition } from '../../src/validation/index.ts';

/**
 * "Tests that bite" (#14): every limit at, just under and just over it, so an off-by-one in either direction
 * fails a test. The constants are restated as numbers here on purpose: a changed limit must change a test.
 */

const ruleIds = (text: string) => validateDefinition(parseDefinition(text, 'api.json')).map((f) => f.rule);

const swagger = (title: string, padding = '') =>
  JSON.stringify({
    swagger: '2.0',
    info: { title, description: 'Costs of the projects.', version: '1.0' },
    host: 'costs.example',
    basePath: '/api',
    schemes: ['https'],
    paths: {},
    'x-padding': padding,
  });

describe('connector name: at most 30 characters', () => {
  test.each([
    [29, false],
    [30, false],
    [31, true],
  ])('a title of %i characters is an info-title error: %s', (length, error) => {
    expect(ruleIds(swagger('T'.repeat(length))).includes('info-title')).toBe(error);
  });
});

describe('connector-name input: at most 30 characters', () => {
  const read = (name: string) =>
    readSettings({ get: (n) => ({ definition: 'api.json', 'connector-name': name })[n] ?? '' }, {}, () => {});
  test.each([29, 30])('%i characters are taken', (length) => {
    expect(read('N'.repeat(length)).connectorName).toHaveLength(length);
  });
  test('31 characters are refused, naming the input and the limit', () => {
    expect(() => read('N'.repeat(31))).toThrow(
      /^Input 'connector-name': .* has 31 characters; Power Platform allows at most 30\.$/,
    );
  });
});

describe('definition size: the platform takes less than 1 MB (1,048,576 bytes)', () => {
  const sized = (bytes: number) => {
    const base = swagger('Costs');
    return swagger('Costs', 'x'.repeat(bytes - base.length));
  };
  test.each([
    [1_048_575, false],
    [1_048_576, true],
    [1_048_577, true],
  ])('%i bytes is a definition-size error: %s', (bytes, error) => {
    const text = sized(bytes);
    expect(Buffer.byteLength(text)).toBe(bytes);
    expect(ruleIds(text).includes('definition-size')).toBe(error);
  });
});

describe('reading: at most 10 MB (10,485,760 bytes)', () => {
  test('the limit is 10 MB', () => expect(MAX_DEFINITION_BYTES).toBe(10_485_760));
  let dir: string;
  let server: Server;
  let url: string;
  /** Serves `/<n>` as n bytes, with content-length unless the path ends in `/chunked`. */
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ce-limits-'));
    server = createServer((req, res) => {
      const [, size, mode] = /^\/(\d+)(\/chunked)?/.exec(req.url ?? '') ?? [];
      const body = Buffer.alloc(Number(size), 0x20);
      res.writeHead(200, mode ? { 'content-type': 'application/json' } : { 'content-length': body.length });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  test.each([10_485_759, 10_485_760])('a file of %i bytes is read', async (bytes) => {
    await writeFile(path.join(dir, 'big.json'), Buffer.alloc(bytes, 0x20));
    expect((await readDefinitionFile(path.join(dir, 'big.json'), 'big.json')).bytes.length).toBe(bytes);
  });

  test('a file of 10,485,761 bytes is refused with the limit in the message', async () => {
    await writeFile(path.join(dir, 'big.json'), Buffer.alloc(10_485_761, 0x20));
    await expect(readDefinitionFile(path.join(dir, 'big.json'), 'big.json')).rejects.toThrow(
      'big.json: is 10485761 bytes, over the 10485760-byte limit.',
    );
  });

  test.each(['', '/chunked'])('a download of 10,485,760 bytes is read (%s)', async (mode) => {
    const raw = await readDefinitionUrl(`${url}/10485760${mode}`, { headers: {}, timeoutMs: 30_000 });
    expect(raw.bytes.length).toBe(10_485_760);
  });

  test('one byte more is refused: declared (content-length) or streamed', async () => {
    await expect(readDefinitionUrl(`${url}/10485761`, { headers: {}, timeoutMs: 30_000 })).rejects.toThrow(
      'is 10485761 bytes, over the 10485760-byte limit',
    );
    await expect(readDefinitionUrl(`${url}/10485761/chunked`, { headers: {}, timeoutMs: 30_000 })).rejects.toThrow(
      'sent more than 10485760 bytes; the download was stopped',
    );
  });
});

describe('redirects: at most 5 are followed', () => {
  let server: Server;
  let url: string;
  /** `/hops/<n>` redirects n times, then serves a definition. */
  beforeAll(async () => {
    server = createServer((req, res) => {
      const left = Number(/^\/hops\/(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
      if (left > 0) {
        res.writeHead(302, { location: `/hops/${left - 1}` });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(swagger('Costs'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test.each([4, 5])('%i redirects are followed', async (hops) => {
    const raw = await readDefinitionUrl(`${url}/hops/${hops}`, { headers: {}, timeoutMs: 10_000 });
    expect(Buffer.from(raw.bytes).toString()).toContain('"swagger":"2.0"');
  });

  test('a 6th redirect is refused', async () => {
    await expect(readDefinitionUrl(`${url}/hops/6`, { headers: {}, timeoutMs: 10_000 })).rejects.toThrow(
      'more than 5 redirects',
    );
  });
});

describe('annotations: the runner shows 10 per level', () => {
  const of = (n: number, level: Annotation['level']) =>
    Array.from({ length: n }, (_, i): Annotation => ({ level, title: 't', message: `${level} ${i}` }));

  test.each([
    [9, 9, 0],
    [10, 10, 0],
    [11, 10, 1],
  ])('%i of each level: %i shown, %i counted as omitted, per level', (n, shown, omitted) => {
    const capped = capAnnotations([...of(n, 'error'), ...of(n, 'warning'), ...of(n, 'notice')]);
    for (const level of ['error', 'warning', 'notice'] as const) {
      expect(capped.shown.filter((a) => a.level === level)).toHaveLength(shown);
      expect(capped.omitted[level]).toBe(omitted);
    }
    // The first ones are kept, in order.
    expect(capped.shown.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(
      of(shown, 'error').map((a) => a.message),
    );
  });
});

describe('comment: GitHub takes at most 65,536 characters', () => {
  test('the limit is 65,536', () => expect(COMMENT_MAX_CHARS).toBe(65_536));
  const frame = renderCommentBody({ key: 'k', title: 'T', sections: ['x'] }).length - 1;
  const bodyOf = (total: number) => renderCommentBody({ key: 'k', title: 'T', sections: ['x'.repeat(total - frame)] });

  test.each([65_535, 65_536])('a body of %i characters is posted whole', (total) => {
    const body = bodyOf(total);
    expect(body).toHaveLength(total);
    expect(body).not.toContain(TRUNCATION_NOTE);
  });

  test('65,537 characters: cut to at most 65,536, with the truncation note', () => {
    const body = bodyOf(65_537);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain(TRUNCATION_NOTE);
  });
});

describe('retries: the number asked for, then the error', () => {
  test.each([0, 1, 3])('Power Apps with maxRetries %i sends %i + 1 requests to a lasting 503', async (retries) => {
    let requests = 0;
    const server = createServer((req, res) => {
      requests++;
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"ServiceUnavailable","message":"busy"}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const client = new PowerAppsClient({
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        environment: 'Default-1',
        credential: { getToken: async () => ({ token: 'e30.e30.sig', expiresOnTimestamp: Date.now() + 3_600_000 }) },
        retry: { maxRetries: retries, maxDelayMs: 60_000, baseDelayMs: 1 },
        sleep: async () => {},
      });
      await expect(client.getConnector('shared_a')).rejects.toMatchObject({ status: 503 });
      expect(requests).toBe(retries + 1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
