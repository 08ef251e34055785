// Text from a definition or apiProperties.json that names a member of Object.prototype (`constructor`,
// `__proto__`, `toString`) must be read as the text it is: before, a parameter `in: constructor` crashed
// validation, a template id `constructor` crashed the project rules, and drift named the parameter after
// Object's source code or judged a `type: constructor` as a number-like width; the OpenAPI 3 conversion dropped a
// member called `__proto__` (an assignment by that name sets the prototype).
import { describe, expect, test } from '@jest/globals';
import { parseDefinition } from '../../src/definition/parse.ts';
import { prepareDefinition } from '../../src/openapi3/prepare.ts';
import { diffDefinitions } from '../../src/drift/index.ts';
import { validateDefinition } from '../../src/validation/index.ts';
import { validateProject } from '../../src/validation/project.ts';

type Json = Record<string, unknown>;
const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

const doc = (parameter: Json, extra: Json = {}): Json => ({
  swagger: '2.0',
  info: { title: 'T', description: 'd', version: '1' },
  host: 'api.example',
  paths: {
    '/a': {
      get: { operationId: 'A', summary: 'A', parameters: [parameter], responses: { '200': { description: 'ok' } } },
    },
  },
  ...extra,
});
const load = (value: Json) => parseDefinition(JSON.stringify(value, null, 2), 'api.json');
const schemaFindings = (value: Json) =>
  validateDefinition(load(value))
    .filter((f) => f.rule === 'swagger-schema')
    .map((f) => `${f.pointer} ${f.message}`);

describe('names of Object.prototype in a definition', () => {
  test.each(NAMES)("validation: a parameter 'in: %s' and an OAuth flow of that name are findings", (name) => {
    const oauth = { o: { type: 'oauth2', flow: name, authorizationUrl: 'https://l/a', tokenUrl: 'https://l/t' } };
    expect(schemaFindings(doc({ name: 'q', in: name, type: 'string' }, { securityDefinitions: oauth }))).toEqual([
      "/paths/~1a/get/parameters/0/in 'in' must be one of body, header, formData, query, path: change the value.",
      "/securityDefinitions/o/flow 'flow' must be one of implicit, password, application, accessCode: change the value.",
    ]);
  });

  test.each(NAMES)(
    "drift: a parameter 'in: %s' is named by its location; a type or format of that name has no width",
    (name) => {
      const messages = (a: Json, b: Json) =>
        diffDefinitions({ value: a }, { value: b }).map((c) => `${c.rule}: ${c.message}`);
      expect(
        messages(doc({ name: 'q', in: name, type: 'string' }), doc({ name: 'q', in: name, type: 'integer' })),
      ).toEqual([
        `type-changed: Flows that use the action 'A' stop working: the type of the ${name} parameter 'q' changed from string to integer.`,
      ]);
      // A response property whose type changes from that name to string.
      const output = (type: string) => {
        const value = doc({ name: 'q', in: 'query', type: 'string' }) as { paths: Record<string, { get: Json }> };
        value.paths['/a'].get.responses = {
          '200': { description: 'ok', schema: { type: 'object', properties: { x: { type } } } },
        };
        return value;
      };
      const [a, b] = [output(name), output('string')];
      expect(messages(a, b)).toEqual([
        `type-changed: Flows that use the action 'A' stop working: the type of the response property 'x' changed from ${name} to string.`,
      ]);
      expect(
        messages(
          doc({ name: 'q', in: 'query', type: 'string', format: name }),
          doc({ name: 'q', in: 'query', type: 'string', format: 'int32' }),
        ),
      ).toEqual([
        `type-changed: Flows that use the action 'A' stop working: the type of the query parameter 'q' changed from string/${name} to string/int32.`,
      ]);
    },
  );

  test.each(NAMES)("project rules: a policy template 'templateId: %s' is an unknown template", (name) => {
    const project = {
      folder: 'c',
      apiProperties: parseDefinition(
        JSON.stringify({ properties: { iconBrandColor: '#007ee5', policyTemplateInstances: [{ templateId: name }] } }),
        'c/apiProperties.json',
      ),
    };
    const findings = validateProject(project, load(doc({ name: 'q', in: 'query', type: 'string' })));
    expect(findings.filter((f) => f.rule === 'policy-template-parameters')).toEqual([]);
  });

  test('OpenAPI 3: members named `__proto__` are converted, not lost', async () => {
    // Written as text: an object literal would set the prototype too. Every name below is `__proto__`.
    const text = `{
      "openapi": "3.0.3",
      "info": {"title": "T", "version": "1"},
      "paths": {"/a": {"post": {
        "operationId": "A",
        "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object",
          "properties": {"__proto__": {"type": "string"}}}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/__proto__"}}}}},
        "x-ms-meta": {"__proto__": {"kept": true}}
      }}},
      "components": {
        "schemas": {"__proto__": {"type": "object", "properties": {"__proto__": {"type": "integer"}}}},
        "parameters": {"__proto__": {"name": "p", "in": "query", "schema": {"type": "string"}}},
        "responses": {"__proto__": {"description": "shared"}},
        "securitySchemes": {"__proto__": {"type": "apiKey", "name": "k", "in": "header"}}
      },
      "security": [{"__proto__": []}]
    }`;
    const { definition, findings } = await prepareDefinition({ bytes: text, source: 'api.json' });
    const swagger = JSON.parse(JSON.stringify(definition.value));
    const own = (value: unknown) => Object.hasOwn(value as object, '__proto__');
    expect(own(swagger.definitions)).toBe(true);
    expect(swagger.definitions.__proto__.properties.__proto__).toEqual({ type: 'integer' });
    expect(own(swagger.parameters)).toBe(true);
    expect(own(swagger.responses)).toBe(true);
    expect(own(swagger.securityDefinitions)).toBe(true);
    expect(swagger.security).toEqual([JSON.parse('{"__proto__": []}')]);
    const post = swagger.paths['/a'].post;
    expect(post.parameters.map((p: Json) => p.name)).toEqual(['__proto__']);
    expect(post['x-ms-meta']).toEqual(JSON.parse('{"__proto__": {"kept": true}}'));
    expect(post.responses['200'].schema).toEqual({ $ref: '#/definitions/__proto__' });
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
  });
});
