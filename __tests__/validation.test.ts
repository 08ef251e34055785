import { describe, expect, test } from '@jest/globals';
import { parseDefinition as parseWith } from '../src/definition/parse.ts';
import { readYaml } from '../src/definition/yaml.ts';
import { validateDefinition, validationRules } from '../src/validation/index.ts';
import { projectRules } from '../src/validation/project.ts';

/** parseDefinition with the YAML reader, as loadDefinition hands it over for a text that is not JSON. */
const parseDefinition = (raw: string | Uint8Array, source: string) => parseWith(raw, source, readYaml);

type Json = Record<string, unknown>;

/** A definition every rule accepts; tests break one thing at a time. */
function clean(): Json {
  return {
    swagger: '2.0',
    info: { title: 'Contoso Pets', description: 'Manage pets.', version: '1.0' },
    host: 'api.contoso.com:8443',
    basePath: '/v1',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths: {
      '/pets': {
        get: {
          operationId: 'ListPets',
          summary: 'List pets',
          'x-ms-visibility': 'important',
          parameters: [{ $ref: '#/parameters/kind' }],
          responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Pets' } } },
        },
        post: {
          operationId: 'AddPet',
          summary: 'Add a pet',
          parameters: [
            { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Pet' } },
            {
              name: 'owner',
              in: 'query',
              type: 'string',
              'x-ms-dynamic-values': { operationId: 'ListPets', 'value-path': 'id' },
            },
          ],
          responses: { default: { $ref: '#/responses/Error' } },
        },
      },
      '/hooks': {
        'x-ms-notification-content': { description: 'event' },
        post: {
          operationId: 'OnPetAdded',
          summary: 'When a pet is added',
          'x-ms-trigger': 'single',
          responses: { '201': { description: 'created' } },
        },
      },
    },
    definitions: {
      // Circular on purpose: nothing may follow references.
      Pet: { type: 'object', properties: { id: { type: 'string' }, parent: { $ref: '#/definitions/Pet' } } },
      Pets: { type: 'array', items: { $ref: '#/definitions/Pet' }, enum: [[]] },
      Loop: { $ref: '#/definitions/Loop' },
    },
    parameters: { kind: { name: 'kind', in: 'query', type: 'string', enum: ['cat', 'dog'] } },
    responses: { Error: { description: 'error' } },
    securityDefinitions: {
      oauth: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://login.contoso.com/authorize',
        tokenUrl: 'https://login.contoso.com/token',
        scopes: {},
      },
    },
  };
}

/** Validates a document, or a JSON text as written (for the syntax rules). */
function validate(doc: unknown, ignoreRules?: string[]) {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2);
  return validateDefinition(parseDefinition(text, 'api.json'), { ignoreRules });
}

const text = (d: Json) => JSON.stringify(d, null, 2);

/** Sets a value at a path of raw keys (undefined deletes). */
function set(doc: Json, path: (string | number)[], value: unknown): Json {
  let node = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return doc;
}

const GET = ['paths', '/pets', 'get'];
const POST = ['paths', '/pets', 'post'];
const HOOK = ['paths', '/hooks', 'post'];

describe('validateDefinition', () => {
  test('a clean definition (with circular references) has no finding', () => {
    expect(validate(clean())).toEqual([]);
  });

  test('every rule is listed with id, level and description, ids unique', () => {
    const ids = validationRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of validationRules) {
      expect(rule.level).toMatch(/^(error|warning)$/);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });

  // [rule, level, how to break the clean definition, pointer of the finding]
  const cases: [string, 'error' | 'warning', (d: Json) => Json | string, string][] = [
    ['json-comment', 'warning', (d) => text(d).replace('\n  "swagger"', '\n  /* v2 */ "swagger"'), ''],
    ['json-trailing-comma', 'warning', (d) => text(d).replace(/"https"\n/, '"https",\n'), '/schemes'],
    ['json-duplicate-key', 'warning', (d) => text(d).replace('{\n', '{\n  "host": "old.contoso.com",\n'), '/host'],
    ['swagger-version', 'error', (d) => set(d, ['swagger'], '1.2'), '/swagger'],
    ['definition-size', 'error', (d) => set(d, ['x-padding'], 'x'.repeat(1024 * 1024)), ''],
    ['swagger-schema', 'error', (d) => set(d, ['basepath'], '/v1'), '/basepath'],
    ['info-title', 'error', (d) => set(d, ['info', 'title'], 'A connector name that is too long'), '/info/title'],
    ['info-title', 'error', (d) => set(d, ['info', 'title'], undefined), '/info'],
    ['info-title-characters', 'error', (d) => set(d, ['info', 'title'], 'Costs\n<!--'), '/info/title'],
    ['info-description', 'error', (d) => set(d, ['info', 'description'], undefined), '/info'],
    ['host', 'error', (d) => set(d, ['host'], 'https://api.contoso.com'), '/host'],
    ['host', 'error', (d) => set(d, ['host'], 'api.contoso.com/v1'), '/host'],
    ['host', 'error', (d) => set(d, ['host'], 'api contoso.com'), '/host'],
    ['host', 'warning', (d) => set(d, ['host'], '{{tenant}}.contoso.com'), '/host'],
    ['base-path', 'error', (d) => set(d, ['basePath'], 'v1'), '/basePath'],
    ['schemes', 'error', (d) => set(d, ['schemes'], ['https', 'ftp']), '/schemes/1'],
    ['operation-id', 'error', (d) => set(d, [...HOOK, 'operationId'], undefined), '/paths/~1hooks/post'],
    ['operation-id', 'error', (d) => set(d, [...HOOK, 'operationId'], 'On pet'), '/paths/~1hooks/post/operationId'],
    ['operation-id', 'error', (d) => set(d, [...POST, 'operationId'], 'ListPets'), '/paths/~1pets/post/operationId'],
    [
      'body-parameter-single',
      'error',
      (d) => set(d, [...POST, 'parameters', 2], { name: 'extra', in: 'body', schema: { type: 'object' } }),
      '/paths/~1pets/post/parameters/2',
    ],
    ['operation-summary', 'warning', (d) => set(d, [...GET, 'summary'], undefined), '/paths/~1pets/get'],
    [
      'security-multiple',
      'warning',
      (d) => set(d, ['securityDefinitions', 'key'], { type: 'apiKey', name: 'k', in: 'header' }),
      '/securityDefinitions/key',
    ],
    [
      'security-oauth-flow',
      'error',
      (d) =>
        set(d, ['securityDefinitions', 'oauth'], {
          type: 'oauth2',
          flow: 'password',
          tokenUrl: 'https://t',
          scopes: {},
        }),
      '/securityDefinitions/oauth/flow',
    ],
    [
      'ref-external',
      'error',
      (d) => set(d, [...GET, 'parameters', 0], { $ref: 'https://evil.example/p.json' }),
      '/paths/~1pets/get/parameters/0/$ref',
    ],
    [
      'ref-location',
      'error',
      (d) => set(d, [...GET, 'parameters', 0], { $ref: '#/paths/~1pets' }),
      '/paths/~1pets/get/parameters/0/$ref',
    ],
    [
      'ref-unresolved',
      'error',
      (d) => set(d, [...GET, 'parameters', 0], { $ref: '#/parameters/Kind' }),
      '/paths/~1pets/get/parameters/0/$ref',
    ],
    [
      'x-ms-visibility',
      'error',
      (d) => set(d, [...GET, 'x-ms-visibility'], 'hidden'),
      '/paths/~1pets/get/x-ms-visibility',
    ],
    [
      'x-ms-visibility',
      'warning',
      (d) => set(d, [...GET, 'x-ms-visibility'], 'Advanced'),
      '/paths/~1pets/get/x-ms-visibility',
    ],
    ['x-ms-trigger', 'error', (d) => set(d, [...HOOK, 'x-ms-trigger'], 'multiple'), '/paths/~1hooks/post/x-ms-trigger'],
    [
      'x-ms-dynamic-operation',
      'error',
      (d) => set(d, [...POST, 'parameters', 1, 'x-ms-dynamic-values', 'operationId'], 'ListOwners'),
      '/paths/~1pets/post/parameters/1/x-ms-dynamic-values/operationId',
    ],
    [
      'x-ms-dynamic-operation',
      'error',
      (d) => set(d, [...POST, 'parameters', 1, 'x-ms-dynamic-tree'], { open: { operationId: 'Nope' } }),
      '/paths/~1pets/post/parameters/1/x-ms-dynamic-tree/open/operationId',
    ],
  ];

  test.each(cases)('%s (%s) fires alone at its pointer', (rule, level, breakIt, pointer) => {
    const findings = validate(breakIt(clean()));
    expect(findings.map(({ rule, level, pointer }) => ({ rule, level, pointer }))).toEqual([{ rule, level, pointer }]);
    expect(findings[0].message).toMatch(/: .*\w/); // what is wrong, then the fix
    expect(findings[0].line).toBeGreaterThan(0);
  });

  test('an unsupported OAuth flow is an error in the first security definition, a warning in a later one', () => {
    const later = set(clean(), ['securityDefinitions', 'zz'], {
      type: 'oauth2',
      flow: 'application',
      tokenUrl: 'https://t',
      scopes: {},
    });
    const findings = validate(later).filter((f) => f.rule === 'security-oauth-flow');
    expect(findings).toEqual([expect.objectContaining({ level: 'warning', pointer: '/securityDefinitions/zz/flow' })]);
    expect(findings[0].message).toMatch(/not the first security definition/);
  });

  test('every rule has a case above', () => {
    // The rules for a connector folder's own files have their cases in projects.test.ts.
    const definitionRules = validationRules.filter((r) => !projectRules.some((p) => p.id === r.id));
    expect(new Set(cases.map(([rule]) => rule))).toEqual(new Set(definitionRules.map((r) => r.id)));
  });

  test('an OpenAPI version that reaches the validator (not converted) gives one clear error and nothing else', () => {
    const findings = validate({ openapi: '4.0.0', info: { title: 'x'.repeat(40) }, paths: {} });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'swagger-version', level: 'error', pointer: '/openapi', line: 2 });
    expect(findings[0].message).toMatch(/OpenAPI 4\.0\.0, which cannot be converted.*3\.0 and 3\.1/);
  });

  test('a value that is not an object gets the gate error only', () => {
    const def = parseDefinition('{"swagger": "2.0"}', 'api.json');
    const findings = validateDefinition({ ...def, value: null });
    expect(findings.map((f) => f.rule)).toEqual(['swagger-version']);
  });

  test('path and response keys get a message that says what they must be', () => {
    const doc = set(clean(), ['paths', 'pets'], {});
    set(doc, [...HOOK, 'responses', '2XX'], { description: 'any' });
    expect(validate(doc).map((f) => f.message)).toEqual([
      'Response \'2XX\' must be a status code such as "200", or "default": rename it.',
      "Path 'pets' must start with '/': add the leading slash.",
    ]);
  });

  test('ignoreRules drops a rule', () => {
    const broken = set(set(clean(), [...GET, 'summary'], undefined), ['host'], 'a/b');
    expect(validate(broken).map((f) => f.rule)).toEqual(['host', 'operation-summary']);
    expect(validate(broken, ['operation-summary']).map((f) => f.rule)).toEqual(['host']);
  });

  test('findings are sorted by line', () => {
    const broken = set(set(clean(), [...POST, 'summary'], undefined), ['info', 'description'], undefined);
    const lines = validate(broken).map((f) => f.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toHaveLength(2);
  });
});

describe('swagger-schema: precise findings instead of oneOf noise', () => {
  const schemaFindings = (doc: Json) =>
    validate(doc)
      .filter((f) => f.rule === 'swagger-schema')
      .map(({ level, pointer, message }) => ({ level, pointer, message }));

  test('a query parameter without type: one finding naming the missing property', () => {
    const doc = set(clean(), ['parameters', 'kind', 'type'], undefined);
    expect(schemaFindings(doc)).toEqual([
      { level: 'error', pointer: '/parameters/kind', message: "Required property 'type' is missing: add it." },
    ]);
  });

  test('a body parameter without schema, and a parameter with an unknown `in`', () => {
    const doc = set(clean(), [...POST, 'parameters', 0, 'schema'], undefined);
    set(doc, [...POST, 'parameters', 1, 'in'], 'cookie');
    expect(schemaFindings(doc)).toEqual([
      {
        level: 'error',
        pointer: '/paths/~1pets/post/parameters/0',
        message: "Required property 'schema' is missing: add it.",
      },
      {
        level: 'error',
        pointer: '/paths/~1pets/post/parameters/1/in',
        message: "'in' must be one of body, header, formData, query, path: change the value.",
      },
    ]);
  });

  test('an error deep inside a response schema is reported where it is', () => {
    const doc = set(clean(), ['definitions', 'Pet', 'properties', 'id', 'type'], 'text');
    expect(schemaFindings(doc)).toEqual([
      {
        level: 'error',
        pointer: '/definitions/Pet/properties/id/type',
        message:
          "'type' must be one of array, boolean, integer, null, number, object, string, or a list of them: change the value.",
      },
    ]);
  });

  test('an OAuth definition missing its token URL', () => {
    const doc = set(clean(), ['securityDefinitions', 'oauth', 'tokenUrl'], undefined);
    expect(schemaFindings(doc)).toEqual([
      {
        level: 'error',
        pointer: '/securityDefinitions/oauth',
        message: "Required property 'tokenUrl' is missing: add it.",
      },
    ]);
  });

  test('what the platform accepts is a warning: empty webhook responses, repeated enum values', () => {
    const doc = set(clean(), [...HOOK, 'responses'], { 'x-ms-hidden': true });
    set(doc, ['parameters', 'kind', 'enum'], ['cat', 'dog', 'cat']);
    expect(schemaFindings(doc)).toEqual([
      {
        level: 'warning',
        pointer: '/paths/~1hooks/post/responses',
        message: expect.stringMatching(/declares no response/),
      },
      { level: 'warning', pointer: '/parameters/kind/enum', message: expect.stringMatching(/"cat" more than once/) },
    ]);
  });

  test('a member that is not allowed is located at its key', () => {
    const doc = set(clean(), [...GET, 'responses', '200', 'content'], {});
    const [finding] = validate(doc);
    expect(finding).toMatchObject({ rule: 'swagger-schema', pointer: '/paths/~1pets/get/responses/200/content' });
    expect(finding.message).toMatch(/'content' is not allowed.*prefix it with 'x-'/);
  });
});

describe('lines in JSON and YAML', () => {
  const json = `{
  "swagger": "2.0",
  "info": {
    "title": "Pets",
    "description": "d",
    "version": "1"
  },
  "host": "https://pets.example",
  "paths": {
    "/pets": {
      "get": {
        "operationId": "list pets",
        "responses": { "200": { "description": "ok" } }
      }
    }
  }
}`;
  const yaml = `swagger: '2.0'
info:
  title: Pets
  description: d
  version: '1'
host: https://pets.example
paths:
  /pets:
    get:
      operationId: list pets
      responses:
        '200':
          description: ok
`;
  const expected = (hostLine: number, getLine: number, idLine: number) => [
    { rule: 'host', line: hostLine },
    { rule: 'operation-summary', line: getLine },
    { rule: 'operation-id', line: idLine },
  ];

  test('JSON', () => {
    const findings = validateDefinition(parseDefinition(json, 'api.json'));
    expect(findings.map(({ rule, line }) => ({ rule, line }))).toEqual(expected(8, 11, 12));
  });

  test('YAML', () => {
    const findings = validateDefinition(parseDefinition(yaml, 'api.yaml'));
    expect(findings.map(({ rule, line }) => ({ rule, line }))).toEqual(expected(6, 9, 10));
  });
});
