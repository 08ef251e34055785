// The Swagger 2.0 schema findings (src/validation/schema.ts) one by one: which branch of a `oneOf` a value is judged
// by, and the message each kind of schema error becomes; and how deep the rules' walk goes (context.ts).
import { describe, expect, test } from '@jest/globals';
import { parseDefinition } from '../src/definition/parse.ts';
import { validateDefinition } from '../src/validation/index.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- documents of any shape

const clean = (): Json => ({
  swagger: '2.0',
  info: { title: 'Pets', description: 'Pets.', version: '1' },
  host: 'pets.example',
  paths: {
    '/pets': { get: { operationId: 'ListPets', summary: 'List', responses: { '200': { description: 'ok' } } } },
  },
});
const GET = (d: Json) => d.paths['/pets'].get;

/** The schema findings of the clean definition after `change`. */
function schema(change: (d: Json) => void) {
  const doc = clean();
  change(doc);
  return validateDefinition(parseDefinition(JSON.stringify(doc, null, 2), 'api.json'))
    .filter((f) => f.rule === 'swagger-schema')
    .map(({ level, pointer, message }) => ({ level, pointer, message }));
}
const error = (pointer: string, message: string) => [{ level: 'error', pointer, message }];

describe('each kind of schema error, as users read it', () => {
  test('a value outside an enum lists the allowed ones', () => {
    const found = schema((d) => {
      GET(d).parameters = [{ name: 'q', in: 'query', type: 'string', collectionFormat: 'pipes2' }];
    });
    expect(found).toEqual(
      error(
        '/paths/~1pets/get/parameters/0/collectionFormat',
        `'collectionFormat' must be one of "csv", "ssv", "tsv", "pipes", "multi": change the value.`,
      ),
    );
  });

  test('a wrong type names the type wanted', () => {
    expect(schema((d) => (d.info.version = 1))).toEqual(
      error('/info/version', "'version' must be of type string: change the value."),
    );
  });

  test('a repeated item is an error outside enum, with both positions', () => {
    expect(schema((d) => (d.definitions = { P: { type: 'object', required: ['a', 'a'] } }))).toEqual(
      error('/definitions/P/required', `'required' lists "a" more than once (items 1 and 0): remove the repeat.`),
    );
  });

  test('a path without its slash, a response that is not a status code, and empty responses', () => {
    expect(schema((d) => (d.paths.pets = {}))).toEqual(
      error('/paths/pets', "Path 'pets' must start with '/': add the leading slash."),
    );
    expect(schema((d) => (GET(d).responses.ok = { description: 'x' }))).toEqual(
      error(
        '/paths/~1pets/get/responses/ok',
        `Response 'ok' must be a status code such as "200", or "default": rename it.`,
      ),
    );
    expect(schema((d) => (GET(d).responses = {}))).toEqual([
      {
        level: 'warning',
        pointer: '/paths/~1pets/get/responses',
        message: `'responses' declares no response: add at least one (e.g. "200" or "default") with a description.`,
      },
    ]);
  });

  test('any other schema error keeps the schema’s words, with how to fix it', () => {
    expect(schema((d) => (d.definitions = { P: { type: 'number', multipleOf: 0 } }))).toEqual(
      error('/definitions/P/multipleOf', "'multipleOf' must be > 0: fix it to follow Swagger 2.0."),
    );
  });
});

describe('the branch a value is judged by', () => {
  test('security definitions: by type, then by OAuth flow', () => {
    expect(schema((d) => (d.securityDefinitions = { s: { type: 'foo' } }))).toEqual(
      error('/securityDefinitions/s/type', "'type' must be one of basic, apiKey, oauth2: change the value."),
    );
    expect(schema((d) => (d.securityDefinitions = { s: { type: 'oauth2', flow: 'bar' } }))).toEqual(
      error(
        '/securityDefinitions/s/flow',
        "'flow' must be one of implicit, password, application, accessCode: change the value.",
      ),
    );
    expect(schema((d) => (d.securityDefinitions = { s: { type: 'basic', extra: 1 } }))).toEqual(
      error(
        '/securityDefinitions/s/extra',
        "Property 'extra' is not allowed here in Swagger 2.0: remove it, or prefix it with 'x-' to keep it as an extension.",
      ),
    );
    expect(schema((d) => (d.securityDefinitions = { s: { type: 'apiKey', name: 'k' } }))).toEqual(
      error('/securityDefinitions/s', "Required property 'in' is missing: add it."),
    );
  });

  test('parameters and responses: a non-object, a reference, a file schema', () => {
    expect(schema((d) => (GET(d).parameters = [3]))).toEqual(
      error('/paths/~1pets/get/parameters/0', "'0' must be an object: change the value."),
    );
    expect(schema((d) => (GET(d).parameters = [{ $ref: 7 }]))).toEqual(
      error('/paths/~1pets/get/parameters/0/$ref', "'$ref' must be of type string: change the value."),
    );
    expect(schema((d) => (GET(d).responses['200'] = { $ref: 3 }))).toEqual(
      error('/paths/~1pets/get/responses/200/$ref', "'$ref' must be of type string: change the value."),
    );
    expect(schema((d) => (GET(d).responses['200'].schema = { type: 'file', extra: 1 }))).toEqual(
      error(
        '/paths/~1pets/get/responses/200/schema/extra',
        "Property 'extra' is not allowed here in Swagger 2.0: remove it, or prefix it with 'x-' to keep it as an extension.",
      ),
    );
  });

  test('parameters are judged wherever the schema has them, and only there', () => {
    const wrong = { name: 'q', in: 'query', type: 'string', extra: 1 };
    const extra = (at: string) =>
      error(
        `${at}/extra`,
        "Property 'extra' is not allowed here in Swagger 2.0: remove it, or prefix it with 'x-' to keep it as an extension.",
      );
    expect(schema((d) => (d.paths['/pets'].parameters = [wrong]))).toEqual(extra('/paths/~1pets/parameters/0'));
    expect(schema((d) => (d.parameters = { 'a/b': wrong }))).toEqual(extra('/parameters/a~1b'));
    expect(schema((d) => (d.paths['/pets'].put = { responses: {}, parameters: [wrong] }))).toEqual([
      { level: 'warning', pointer: '/paths/~1pets/put/responses', message: expect.stringContaining('no response') },
      ...extra('/paths/~1pets/put/parameters/0'),
    ]);
    // An extension holds anything, and a list that is no list is the list's own error.
    expect(schema((d) => (d.paths['x-hooks'] = { get: { parameters: [3] } }))).toEqual([]);
    expect(schema((d) => (GET(d).parameters = { q: wrong }))).toEqual(
      error('/paths/~1pets/get/parameters', "'parameters' must be of type array: change the value."),
    );
    // A document parameter called `type` that is no object is one like any other (not a list of types).
    expect(schema((d) => (d.parameters = { type: 'string' }))).toEqual(
      error('/parameters/type', "'type' must be an object: change the value."),
    );
  });

  test('a header parameter without name and type: both are named', () => {
    expect(schema((d) => (GET(d).parameters = [{ in: 'header' }]))).toEqual([
      ...error('/paths/~1pets/get/parameters/0', "Required property 'name' is missing: add it."),
      ...error('/paths/~1pets/get/parameters/0', "Required property 'type' is missing: add it."),
    ]);
  });

  test('schemas: items and additionalProperties must be schemas; a type list must hold types', () => {
    expect(schema((d) => (d.definitions = { P: { type: 'array', items: 3 } }))).toEqual(
      error('/definitions/P/items', "'items' must be an object: change the value."),
    );
    expect(schema((d) => (d.definitions = { P: { type: 'object', additionalProperties: 3 } }))).toEqual(
      error('/definitions/P/additionalProperties', "'additionalProperties' must be an object: change the value."),
    );
    expect(schema((d) => (d.definitions = { P: { type: ['string', 'bogus'] } }))).toEqual(
      error(
        '/definitions/P/type',
        "'type' must be one of array, boolean, integer, null, number, object, string, or a list of them: change the value.",
      ),
    );
  });
});

describe('the walk the rules read', () => {
  /** A chain of `depth` objects under `x-deep`, the innermost holding a bad x-ms-visibility. */
  const deep = (depth: number) => {
    const doc = clean();
    let node: Json = { 'x-ms-visibility': 'bogus' };
    for (let i = 0; i < depth; i++) node = { a: node };
    doc['x-deep'] = node;
    return validateDefinition(parseDefinition(JSON.stringify(doc), 'api.json')).filter(
      (f) => f.rule === 'x-ms-visibility',
    );
  };

  test('members are found down to 200 levels; below that the walk stops', () => {
    expect(deep(198).map((f) => f.pointer)).toEqual([`/x-deep${'/a'.repeat(198)}/x-ms-visibility`]);
    expect(deep(199)).toHaveLength(1);
    expect(deep(200)).toEqual([]);
  });

  test('every occurrence of an extension is checked, and a path item that is null holds no operation', () => {
    const doc = clean();
    doc.paths['/pets'].get['x-ms-visibility'] = 'hidden';
    doc.paths['/pets'].get.responses['200']['x-ms-visibility'] = 'secret';
    doc.paths['/none'] = null;
    const found = validateDefinition(parseDefinition(JSON.stringify(doc), 'api.json')).filter(
      (f) => f.rule === 'x-ms-visibility',
    );
    expect(found.map((f) => f.pointer)).toEqual([
      '/paths/~1pets/get/responses/200/x-ms-visibility',
      '/paths/~1pets/get/x-ms-visibility',
    ]);
  });

  test('keys with ~ or / are escaped in the pointers found', () => {
    const found = validateDefinition(
      parseDefinition(JSON.stringify({ ...clean(), definitions: { 'a~b/c': { 'x-ms-visibility': 'x' } } }), 'a.json'),
    ).filter((f) => f.rule === 'x-ms-visibility');
    expect(found.map((f) => f.pointer)).toEqual(['/definitions/a~0b~1c/x-ms-visibility']);
  });
});
