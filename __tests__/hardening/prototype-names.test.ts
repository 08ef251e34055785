// Text from a definition or apiProperties.json that names a member of Object.prototype (`constructor`,
// `__proto__`, `toString`) must be read as the text it is: before, a parameter `in: constructor` crashed
// validation, a template id `constructor` crashed the project rules, and drift named the parameter after
// Object's source code or judged a `type: constructor` as a number-like width.
import { describe, expect, test } from '@jest/globals';
import { parseDefinition } from '../../src/definition/parse.ts';
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
});
