// Each connector rule at its limits, with the message a user reads; the walk that feeds the rules.
import { describe, expect, test } from '@jest/globals';
import { parseDefinition } from '../src/definition/parse.ts';
import { validateDefinition } from '../src/validation/index.ts';

type Json = Record<string, unknown>;

/** A small definition every rule accepts. */
const clean = (): Json => ({
  swagger: '2.0',
  info: { title: 'Pets', description: 'Pets.', version: '1' },
  host: 'pets.example',
  basePath: '/v1',
  schemes: ['https'],
  paths: {
    '/pets': { get: { operationId: 'ListPets', summary: 'List', responses: { '200': { description: 'ok' } } } },
  },
});

/** The clean definition without one member. */
function without(key: string): Json {
  const doc = clean();
  delete doc[key];
  return doc;
}

const findings = (doc: unknown, text = JSON.stringify(doc)) =>
  validateDefinition(parseDefinition(text, 'api.json')).map(({ rule, level, pointer, message }) => ({
    rule,
    level,
    pointer,
    message,
  }));

/** The findings of one rule. */
const of = (rule: string, doc: unknown) => findings(doc).filter((f) => f.rule === rule);

const withOp = (op: Json, path = '/pets', method = 'get'): Json => ({
  ...clean(),
  paths: { [path]: { [method]: { summary: 'S', responses: { '200': { description: 'ok' } }, ...op } } },
});

describe('document', () => {
  test('swagger must be the string "2.0"; the gate stops every other rule', () => {
    expect(findings({ ...clean(), swagger: 2, host: 'a/b' })).toEqual([
      {
        rule: 'swagger-version',
        level: 'error',
        pointer: '/swagger',
        message: `'swagger' must be the string "2.0" (found 2): set "swagger": "2.0".`,
      },
    ]);
    expect(findings(without('swagger'))).toEqual([
      expect.objectContaining({ pointer: '', message: expect.stringContaining('(found nothing)') }),
    ]);
    const list = { ...parseDefinition(JSON.stringify(clean()), 'api.json'), value: [1] };
    expect(validateDefinition(list)[0]).toMatchObject({
      rule: 'swagger-version',
      pointer: '',
      message: 'The definition is not an object: provide a Swagger 2.0 document.',
    });
  });

  test('size: below 1 MB is fine, 1 MB is refused with its size', () => {
    const sized = (bytes: number) => {
      const text = JSON.stringify({ ...clean(), 'x-pad': '' });
      return JSON.stringify({ ...clean(), 'x-pad': 'x'.repeat(bytes - text.length) });
    };
    const under = sized(1024 * 1024 - 1);
    expect(Buffer.byteLength(under)).toBe(1024 * 1024 - 1);
    expect(findings(undefined, under)).toEqual([]);
    expect(findings(undefined, sized(1024 * 1024))).toEqual([
      {
        rule: 'definition-size',
        level: 'error',
        pointer: '',
        message:
          'The file is 1.00 MB, the platform takes less than 1 MB: remove unused definitions, examples and long descriptions, or split the API into several connectors.',
      },
    ]);
  });

  test('size counts UTF-8 bytes, not characters, for a text as for bytes read', () => {
    // 360,000 characters of three bytes each: far fewer characters than the limit, more bytes.
    const wide = JSON.stringify({ ...clean(), 'x-pad': '€'.repeat(360_000) });
    expect(wide.length).toBeLessThan(400_000);
    const sizes = [parseDefinition(wide, 'api.json'), parseDefinition(Buffer.from(wide), 'api.json')].map((def) =>
      validateDefinition(def)
        .filter((f) => f.rule === 'definition-size')
        .map((f) => f.message.slice(0, 16)),
    );
    expect(sizes).toEqual([['The file is 1.03'], ['The file is 1.03']]);
  });
});

describe('info', () => {
  test('title: 30 characters pass, 31 do not; blank or not a string is missing', () => {
    const titled = (title: unknown) =>
      of('info-title', { ...clean(), info: { title, description: 'd', version: '1' } });
    expect(titled('x'.repeat(30))).toEqual([]);
    expect(titled('x'.repeat(31))).toEqual([
      {
        rule: 'info-title',
        level: 'error',
        pointer: '/info/title',
        message: "'info.title' has 31 characters; connector names have at most 30: shorten it.",
      },
    ]);
    for (const missing of ['  ', 7]) {
      expect(titled(missing)).toEqual([
        {
          rule: 'info-title',
          level: 'error',
          pointer: '/info',
          message: "'info.title' is missing: add the connector name (at most 30 characters).",
        },
      ]);
    }
    expect(of('info-title', { ...clean(), info: 'x' })[0].pointer).toBe('');
  });

  test('description: blank or not a string is missing', () => {
    for (const description of [' ', 3]) {
      expect(of('info-description', { ...clean(), info: { title: 'T', description, version: '1' } })).toEqual([
        {
          rule: 'info-description',
          level: 'error',
          pointer: '/info',
          message: "'info.description' is missing: describe what the connector does.",
        },
      ]);
    }
    expect(of('info-description', without('info'))[0].pointer).toBe('');
  });
});

describe('host, basePath, schemes', () => {
  const host = (value: unknown) => of('host', { ...clean(), host: value });

  test('a host name with an optional port is fine; no host is fine', () => {
    for (const ok of ['pets.example', 'pets.example:8443', 'localhost']) expect(host(ok)).toEqual([]);
    expect(of('host', without('host'))).toEqual([]);
  });

  test('empty or not a string', () => {
    for (const bad of ['', 42]) {
      expect(host(bad)).toEqual([
        {
          rule: 'host',
          level: 'error',
          pointer: '/host',
          message: "'host' must be a host name such as api.contoso.com: set it.",
        },
      ]);
    }
  });

  test('a scheme or a path', () => {
    for (const bad of ['ftp://pets.example', 'pets.example/v1']) {
      expect(host(bad)[0].message).toBe(
        `'host' must be only the host name (and port), found '${bad}': move the scheme to 'schemes' and the path to 'basePath'.`,
      );
    }
  });

  test('a placeholder is a warning; spaces, backslashes and extra colons an error', () => {
    expect(host('{tenant}.pets.example')).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/^'host' holds a placeholder \('\{tenant\}/),
      }),
    ]);
    expect(host('pets}.example')[0].level).toBe('warning');
    for (const bad of ['pets example', 'a\\b', 'a:b:c', 'a:', 'a:80x']) {
      expect(host(bad)).toEqual([
        {
          rule: 'host',
          level: 'error',
          pointer: '/host',
          message: `'host' '${bad}' is not a valid host name: remove spaces, backslashes and extra colons (only 'name:port').`,
        },
      ]);
    }
  });

  test('basePath starts with /', () => {
    expect(of('base-path', { ...clean(), basePath: '/' })).toEqual([]);
    expect(of('base-path', { ...clean(), basePath: 5 })).toEqual([
      {
        rule: 'base-path',
        level: 'error',
        pointer: '/basePath',
        message: "'basePath' must start with '/' (found 5): add the leading slash.",
      },
    ]);
  });

  test('schemes: a list of http, https, ws, wss in lower case', () => {
    expect(of('schemes', { ...clean(), schemes: ['http', 'https', 'ws', 'wss'] })).toEqual([]);
    expect(of('schemes', { ...clean(), schemes: 'https' })).toEqual([
      {
        rule: 'schemes',
        level: 'error',
        pointer: '/schemes',
        message: '\'schemes\' must be a list such as ["https"]: make it a list.',
      },
    ]);
    expect(of('schemes', { ...clean(), schemes: ['https', 'HTTP'] })).toEqual([
      {
        rule: 'schemes',
        level: 'error',
        pointer: '/schemes/1',
        message: 'Scheme "HTTP" is not supported: use one of http, https, ws, wss (lower case).',
      },
    ]);
  });
});

describe('operations', () => {
  test('every method is an operation; path-level members and non-objects are not', () => {
    const doc = {
      ...clean(),
      paths: {
        '/a': Object.fromEntries(
          ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'].map((m) => [
            m,
            { responses: { default: { description: 'd' } } },
          ]),
        ),
        '/b': { parameters: [], 'x-ms-notification-content': { description: 'x' } },
        '/c': 'not an object',
      },
    };
    expect(of('operation-id', doc).map((f) => f.message)).toEqual(
      ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH'].map(
        (m) => `${m} /a has no 'operationId': add one, e.g. in PascalCase ('GetItems').`,
      ),
    );
    expect(of('operation-summary', doc)[0]).toEqual({
      rule: 'operation-summary',
      level: 'warning',
      pointer: '/paths/~1a/get',
      message: "GET /a has no 'summary': add a short action name such as 'Get items'.",
    });
  });

  test('an empty operationId is missing; spaces get a PascalCase suggestion', () => {
    expect(of('operation-id', withOp({ operationId: '' }))[0].pointer).toBe('/paths/~1pets/get');
    expect(of('operation-id', withOp({ operationId: 'get all\titems' }))).toEqual([
      {
        rule: 'operation-id',
        level: 'error',
        pointer: '/paths/~1pets/get/operationId',
        message: "operationId 'get all\titems' contains spaces: remove them (e.g. PascalCase 'getAllItems').",
      },
    ]);
  });

  test('a repeated operationId names the first operation that has it, every time', () => {
    const op = { operationId: 'Same', summary: 'S', responses: { '200': { description: 'ok' } } };
    const doc = { ...clean(), paths: { '/a': { get: op, put: op }, '/b': { post: op } } };
    expect(of('operation-id', doc).map((f) => [f.pointer, f.message])).toEqual([
      ['/paths/~1a/put/operationId', "operationId 'Same' is also used by GET /a: give each operation its own."],
      ['/paths/~1b/post/operationId', "operationId 'Same' is also used by GET /a: give each operation its own."],
    ]);
  });

  test('a blank summary is missing', () => {
    expect(of('operation-summary', withOp({ operationId: 'X', summary: '  ' }))).toHaveLength(1);
    expect(of('operation-summary', withOp({ operationId: 'X', summary: 3 }))).toHaveLength(1);
  });
});

describe('security', () => {
  const oauth = (flow: string) => ({
    type: 'oauth2',
    flow,
    authorizationUrl: 'https://a',
    tokenUrl: 'https://t',
    scopes: {},
  });

  test('only the first definition counts: the others are named', () => {
    const doc = {
      ...clean(),
      securityDefinitions: {
        key: { type: 'apiKey', name: 'k', in: 'header' },
        basic: { type: 'basic' },
        'a/b': { type: 'basic' },
      },
    };
    expect(of('security-multiple', doc)).toEqual([
      {
        rule: 'security-multiple',
        level: 'warning',
        pointer: '/securityDefinitions/basic',
        message:
          "Only the first security definition ('key') is used; 'basic' is ignored: remove it or move the one you want first.",
      },
      expect.objectContaining({ pointer: '/securityDefinitions/a~1b' }),
    ]);
  });

  test('OAuth: accessCode and implicit pass; password and application do not', () => {
    const flows = (flow: string) => of('security-oauth-flow', { ...clean(), securityDefinitions: { o: oauth(flow) } });
    expect(flows('accessCode')).toEqual([]);
    expect(flows('implicit')).toEqual([]);
    expect(flows('application')).toEqual([
      {
        rule: 'security-oauth-flow',
        level: 'error',
        pointer: '/securityDefinitions/o/flow',
        message:
          "OAuth flow 'application' is not supported by custom connectors: use 'accessCode' (authorization code) with an 'authorizationUrl'.",
      },
    ]);
    expect(flows('password')).toHaveLength(1);
    // Only OAuth definitions have flows that matter.
    const notOauth = { key: { type: 'apiKey', name: 'k', in: 'header', flow: 'password' } };
    expect(of('security-oauth-flow', { ...clean(), securityDefinitions: notOauth })).toEqual([]);
  });

  test('a later unsupported flow is a warning that names the definition', () => {
    const doc = { ...clean(), securityDefinitions: { first: oauth('accessCode'), later: oauth('password') } };
    expect(of('security-oauth-flow', doc)).toEqual([
      {
        rule: 'security-oauth-flow',
        level: 'warning',
        pointer: '/securityDefinitions/later/flow',
        message:
          "OAuth flow 'password' is not supported by custom connectors; 'later' is not the first security definition, so the platform ignores it. Remove it, or use 'accessCode' if it should be used.",
      },
    ]);
  });
});

describe('references', () => {
  const ref = (value: string) =>
    findings({
      ...clean(),
      paths: {
        '/pets': {
          get: {
            operationId: 'L',
            summary: 'S',
            responses: { '200': { description: 'ok', schema: { $ref: value } } },
          },
        },
      },
      definitions: { Pet: { type: 'object' } },
    }).filter((f) => f.rule.startsWith('ref-'));

  test('a local reference into a section that resolves is fine', () => {
    expect(ref('#/definitions/Pet')).toEqual([]);
  });

  test('outside the file, outside the sections, or to nothing: each with its message', () => {
    const pointer = '/paths/~1pets/get/responses/200/schema/$ref';
    expect(ref('other.json#/Pet')).toEqual([
      {
        rule: 'ref-external',
        level: 'error',
        pointer,
        message:
          "'$ref' 'other.json#/Pet' points outside the file: copy the target into 'definitions', 'parameters' or 'responses' and reference it with '#/...'.",
      },
    ]);
    expect(ref('#/definitionsX/Pet')).toEqual([
      {
        rule: 'ref-location',
        level: 'error',
        pointer,
        message:
          "'$ref' '#/definitionsX/Pet' points outside #/definitions, #/parameters and #/responses: move the target into one of them.",
      },
    ]);
    expect(ref('#/definitions/pet')).toEqual([
      {
        rule: 'ref-unresolved',
        level: 'error',
        pointer,
        message: "'$ref' '#/definitions/pet' points to nothing: add the target or fix the name (case matters).",
      },
    ]);
  });
});

describe('references named again and again', () => {
  test('each occurrence of an unresolved target is a finding at its own place; resolved ones none', () => {
    const schema = (name: string) => ({ $ref: `#/definitions/${name}` });
    const doc = {
      ...clean(),
      paths: {
        '/pets': {
          get: {
            operationId: 'L',
            summary: 'S',
            responses: {
              '200': { description: 'ok', schema: schema('Missing') },
              '201': { description: 'ok', schema: schema('Pet') },
              '202': { description: 'ok', schema: schema('Missing') },
            },
          },
        },
      },
      definitions: { Pet: { type: 'object', properties: { again: schema('Pet'), gone: schema('Missing') } } },
    };
    expect(of('ref-unresolved', doc).map((f) => f.pointer)).toEqual([
      '/paths/~1pets/get/responses/200/schema/$ref',
      '/paths/~1pets/get/responses/202/schema/$ref',
      '/definitions/Pet/properties/gone/$ref',
    ]);
  });
});

describe('x-ms extensions', () => {
  test('capitalised or empty values are warnings, others errors, each with the allowed values', () => {
    const visibility = (value: unknown) =>
      of('x-ms-visibility', withOp({ operationId: 'X', 'x-ms-visibility': value }));
    expect(visibility('internal')).toEqual([]);
    expect(visibility('')).toEqual([
      {
        rule: 'x-ms-visibility',
        level: 'warning',
        pointer: '/paths/~1pets/get/x-ms-visibility',
        message: '\'x-ms-visibility\' is "": use one of important, advanced, internal (or remove it for the default).',
      },
    ]);
    expect(visibility('Important')[0].level).toBe('warning');
    expect(visibility(1)[0]).toMatchObject({
      level: 'error',
      message: expect.stringMatching(/^'x-ms-visibility' is 1: /),
    });
    const trigger = of('x-ms-trigger', withOp({ operationId: 'X', 'x-ms-trigger': 'Batch' }));
    expect(trigger[0].message).toBe(
      '\'x-ms-trigger\' is "Batch": use one of batch, single (single: one run per item; batch: one run per call).',
    );
  });

  test('dynamic extensions must call an operation that exists; without operationId nothing is checked', () => {
    const param = (ext: Json) =>
      of(
        'x-ms-dynamic-operation',
        withOp({ operationId: 'ListPets', parameters: [{ name: 'p', in: 'query', type: 'string', ...ext }] }),
      );
    expect(param({ 'x-ms-dynamic-values': { operationId: 'ListPets' } })).toEqual([]);
    expect(param({ 'x-ms-dynamic-values': { capability: 'file-picker' } })).toEqual([]);
    expect(param({ 'x-ms-dynamic-list': 'odd' })).toEqual([]);
    for (const name of ['x-ms-dynamic-schema', 'x-ms-dynamic-properties', 'x-ms-dynamic-list']) {
      expect(param({ [name]: { operationId: 'Nope' } })).toEqual([
        {
          rule: 'x-ms-dynamic-operation',
          level: 'error',
          pointer: `/paths/~1pets/get/parameters/0/${name}/operationId`,
          message: `'${name}' calls operationId 'Nope', which no operation has: fix the name or add that operation (it may be internal).`,
        },
      ]);
    }
    expect(param({ 'x-ms-dynamic-tree': { browse: { operationId: 'Nope' } } })[0].pointer).toBe(
      '/paths/~1pets/get/parameters/0/x-ms-dynamic-tree/browse/operationId',
    );
  });
});

describe('the walk', () => {
  test('pointers escape ~ and / in keys', () => {
    const doc = withOp({ operationId: 'X', 'x-ms-visibility': 'bad' }, '/a~b/{c}');
    expect(of('x-ms-visibility', doc)[0].pointer).toBe('/paths/~1a~0b~1{c}/get/x-ms-visibility');
  });

  test('a very deep document is walked to a bounded depth, without exhausting the stack', () => {
    let deep: Json = { $ref: 'http://far.example/x' };
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    const shallow = { properties: { x: { $ref: 'http://near.example/x' } } };
    const doc = { ...clean(), definitions: { Deep: deep, Shallow: shallow } };
    const refs = validateDefinition({ ...parseDefinition(JSON.stringify(clean()), 'api.json'), value: doc }).filter(
      (f) => f.rule === 'ref-external',
    );
    expect(refs.map((f) => f.pointer)).toEqual(['/definitions/Shallow/properties/x/$ref']);
  });

  test('a $ref that is not a string is no reference', () => {
    expect(
      findings(withOp({ operationId: 'X', 'x-ms-summary': { $ref: 5 } })).filter((f) => f.rule.startsWith('ref-')),
    ).toEqual([]);
  });
});
