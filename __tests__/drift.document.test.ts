/**
 * The connector-wide comparisons on their own (src/drift/document.ts): security, OAuth scopes, the backend URL and the
 * wording of `info`. The texts become the report's sentences, the pointers its links and lines, so both are pinned
 * down exactly here rather than through whole-report tests.
 */
import { describe, expect, test } from '@jest/globals';
import { compareDocument } from '../src/drift/document.ts';
import type { Found } from '../src/drift/operations.ts';

type Json = Record<string, unknown>;

function compare(a: Json, b: Json, routesMoved = true): Found[] {
  const out: Found[] = [];
  compareDocument(a, b, routesMoved, out);
  return out;
}

const apiKey = { type: 'apiKey', in: 'header', name: 'X-Key' };
const oauth = (scopes?: Json, extra: Json = {}) => ({
  type: 'oauth2',
  flow: 'accessCode',
  authorizationUrl: 'https://login/authorize',
  tokenUrl: 'https://login/token',
  ...(scopes && { scopes }),
  ...extra,
});
const secured = (defs: Json): Json => ({ securityDefinitions: defs });

describe('security', () => {
  test('a definition added or removed, named by its type and pointer', () => {
    expect(compare({}, secured({ key: apiKey }))).toEqual([
      {
        rule: 'security-changed',
        oldPointer: undefined,
        newPointer: '/securityDefinitions/key',
        text: 'a apiKey security definition was added',
      },
    ]);
    expect(compare(secured({ o: oauth() }), {})).toEqual([
      {
        rule: 'security-changed',
        oldPointer: '/securityDefinitions/o',
        newPointer: undefined,
        text: 'the oauth2 security definition was removed',
      },
    ]);
    // Only object members count: the platform uses the first definition.
    expect(compare(secured({ junk: 'x', key: apiKey }), secured({ key: apiKey }))).toEqual([]);
    expect(compare(secured({ junk: 'x' }), {})).toEqual([]);
    expect(compare({ securityDefinitions: 'x' }, {})).toEqual([]);
  });

  test('every field that differs, each with its old and new value, missing ones as none', () => {
    const before = secured({ key: apiKey });
    const after = secured({ key: { type: 'apiKey', in: 'query' } });
    expect(compare(before, after)).toEqual([
      {
        rule: 'security-changed',
        oldPointer: '/securityDefinitions/key',
        newPointer: '/securityDefinitions/key',
        text: 'the API key location changed from header to query; the API key name changed from X-Key to none',
      },
    ]);
    expect(compare(after, before).map((f) => f.text)).toEqual([
      'the API key location changed from query to header; the API key name changed from none to X-Key',
    ]);
    const flows = compare(
      secured({ o: oauth() }),
      secured({ o: oauth(undefined, { flow: 'implicit', authorizationUrl: 'https://a', tokenUrl: 'https://t' }) }),
    );
    expect(flows.map((f) => f.text)).toEqual([
      'the OAuth flow changed from accessCode to implicit; the authorization URL changed from https://login/authorize ' +
        'to https://a; the token URL changed from https://login/token to https://t',
    ]);
    expect(compare(secured({ key: apiKey }), secured({ o: oauth() }))[0].text).toMatch(
      /^the security type changed from apiKey to oauth2; /,
    );
    expect(compare(secured({ key: apiKey }), secured({ renamed: { ...apiKey } }))).toEqual([]);
  });

  test('OAuth scopes: gained and lost, sorted; only when nothing else in the definition changed', () => {
    const scopes = (...names: string[]) => Object.fromEntries(names.map((n) => [n, `${n} access`]));
    const found = compare(
      secured({ o: oauth(scopes('read', 'write')) }),
      secured({ p: oauth(scopes('z', 'b', 'read')) }),
    );
    expect(found).toEqual([
      {
        rule: 'oauth-scopes-changed',
        oldPointer: '/securityDefinitions/o/scopes',
        newPointer: '/securityDefinitions/p/scopes',
        text: 'the OAuth scopes gained b, z and lost write; sign each connection in again to grant them',
      },
    ]);
    expect(compare(secured({ o: oauth(scopes('a', 'b')) }), secured({ o: oauth(scopes('a')) }))[0].text).toBe(
      'the OAuth scopes lost b; sign each connection in again to grant them',
    );
    expect(compare(secured({ o: oauth() }), secured({ o: oauth(scopes('a', 'b')) }))[0].text).toBe(
      'the OAuth scopes gained a, b; sign each connection in again to grant them',
    );
    // One gained and one lost still differ.
    expect(compare(secured({ o: oauth(scopes('a')) }), secured({ o: oauth(scopes('b')) }))).toHaveLength(1);
    // The same scopes in another order, or another description: nothing.
    expect(compare(secured({ o: oauth(scopes('a', 'b')) }), secured({ o: oauth({ b: 'x', a: 'y' }) }))).toEqual([]);
    // A changed flow is the change; the scopes are not reported on top of it.
    expect(
      compare(secured({ o: oauth(scopes('a')) }), secured({ o: oauth(scopes('b'), { flow: 'implicit' }) })).map(
        (f) => f.rule,
      ),
    ).toEqual(['security-changed']);
    // Scopes mean nothing on an API key.
    expect(compare(secured({ k: { ...apiKey, scopes: scopes('a') } }), secured({ k: apiKey }))).toEqual([]);
  });
});

describe('backend URL', () => {
  const backend = (host: string | undefined, basePath?: string, schemes?: unknown): Json => ({
    ...(host !== undefined && { host }),
    ...(basePath !== undefined && { basePath }),
    ...(schemes !== undefined && { schemes }),
  });

  test('a moved basePath, with the origin when that moved too; trailing slashes do not count', () => {
    expect(compare(backend('h', '/api'), backend('h', '/api/v2'))).toEqual([
      {
        rule: 'base-path-changed',
        oldPointer: '/basePath',
        newPointer: '/basePath',
        text: 'basePath changed from /api to /api/v2',
      },
    ]);
    expect(compare(backend('h', '/api/'), backend('h', '/api//'))).toEqual([]);
    expect(compare(backend('h', '/api'), backend('h'))).toEqual([
      {
        rule: 'base-path-changed',
        oldPointer: '/basePath',
        newPointer: undefined,
        text: 'basePath changed from /api to /',
      },
    ]);
    expect(compare(backend('h', '/'), backend('h'))).toEqual([]);
    expect(compare(backend('a.com', '/v1', ['http']), backend('b.com', '/v2')).map((f) => f.text)).toEqual([
      'basePath changed from /v1 to /v2 and http://a.com became https://b.com',
    ]);
  });

  test('the paths undo the basePath move: only an origin change is left to report', () => {
    expect(compare(backend('h', '/api'), backend('h', '/'), false)).toEqual([]);
    expect(compare(backend('a.com', '/api'), backend('b.com', '/'), false)).toEqual([
      { rule: 'host-changed', oldPointer: '/host', newPointer: '/host', text: 'https://a.com became https://b.com' },
    ]);
  });

  test('host and scheme, compared without case; a missing host has no pointer', () => {
    expect(compare(backend('API.Contoso.com'), backend('api.contoso.com'))).toEqual([]);
    expect(compare(backend('h', undefined, ['HTTPS']), backend('h', undefined, ['https']))).toEqual([]);
    expect(compare(backend('h', undefined, ['http']), backend('h'))).toEqual([
      { rule: 'host-changed', oldPointer: '/host', newPointer: '/host', text: 'http://h became https://h' },
    ]);
    // A scheme that is not a string is no scheme: https.
    expect(compare(backend('h', undefined, [42]), backend('h', undefined, ['https']))).toEqual([]);
    expect(compare(backend('h', undefined, 'http'), backend('h'))).toEqual([]);
    expect(compare(backend(undefined), backend('h'))).toEqual([
      { rule: 'host-changed', oldPointer: undefined, newPointer: '/host', text: 'https:// became https://h' },
    ]);
    expect(compare(backend('h'), backend(undefined))).toEqual([
      { rule: 'host-changed', oldPointer: '/host', newPointer: undefined, text: 'https://h became https://' },
    ]);
  });
});

describe('info', () => {
  test('title and description changes fold into one change; the version is left to the catch-all', () => {
    const info = (title: string, description: string, version = '1') => ({ info: { title, description, version } });
    expect(compare(info('A', 'd'), info('B', 'e', '2'))).toEqual([
      {
        rule: 'documentation-changed',
        oldPointer: '/info/title',
        newPointer: '/info/title',
        text: 'title and description changed',
        also: [{ oldPointer: '/info/description', newPointer: '/info/description' }],
      },
    ]);
    expect(compare(info('A', 'd'), info('A', 'e'))).toEqual([
      {
        rule: 'documentation-changed',
        oldPointer: '/info/description',
        newPointer: '/info/description',
        text: 'description changed',
        also: [],
      },
    ]);
    expect(compare(info('A', 'd', '1'), info('A', 'd', '2'))).toEqual([]);
    expect(compare({ info: 'x' }, info('A', 'd'))).toEqual([]);
    expect(compare(info('A', 'd'), {})).toEqual([]);
  });

  test('a root that is not an object compares as an empty one', () => {
    expect(compare([] as unknown as Json, secured({ key: apiKey })).map((f) => f.rule)).toEqual(['security-changed']);
    const out: Found[] = [];
    compareDocument(null, 'x', true, out);
    expect(out).toEqual([]);
  });
});
