import { describe, expect, test } from '@jest/globals';
import { parseDefinition } from '../src/definition/parse.ts';
import { DefinitionError } from '../src/errors.ts';

function parseError(text: string): DefinitionError {
  try {
    parseDefinition(text, 'api.json');
  } catch (e) {
    expect(e).toBeInstanceOf(DefinitionError);
    return e as DefinitionError;
  }
  throw new Error('expected a DefinitionError');
}

const JSON_TEXT = `{
  "swagger": "2.0",
  "info": { "title": "Pets", "version": "1" },
  "paths": {
    "/pets/{id}": {
      "get": {
        "operationId": "GetPet",
        "parameters": [
          { "name": "id", "in": "path" },
          {
            "name": "q\\"uote~/",
            "in": "query"
          }
        ],
        "responses": { "200": { "description": "ok" } }
      }
    }
  },
  "tags": [],
  "x-empty": {}
}
`;

describe('parseDefinition: JSON', () => {
  test('parses bytes, strips a BOM and keeps the raw size', () => {
    const raw = new TextEncoder().encode('\uFEFF' + JSON_TEXT);
    const def = parseDefinition(raw, 'api.json');
    expect(def.format).toBe('json');
    expect(def.bytes).toBe(raw.byteLength);
    expect(def.text.startsWith('{')).toBe(true);
    expect((def.value as { swagger: string }).swagger).toBe('2.0');
    expect(def.source).toBe('api.json');
  });

  test('lineOf gives the key line of members and the element line of items', () => {
    const def = parseDefinition(JSON_TEXT, 'api.json');
    expect(def.lineOf('')).toBe(1);
    expect(def.lineOf('/swagger')).toBe(2);
    expect(def.lineOf('/info/title')).toBe(3);
    expect(def.lineOf('/paths/~1pets~1{id}/get')).toBe(6);
    expect(def.lineOf('/paths/~1pets~1{id}/get/parameters/0')).toBe(9);
    expect(def.lineOf('/paths/~1pets~1{id}/get/parameters/1')).toBe(10);
    expect(def.lineOf('/paths/~1pets~1{id}/get/parameters/1/name')).toBe(11);
    expect(def.lineOf('/paths/~1pets~1{id}/get/parameters/1/in')).toBe(12);
    expect(def.lineOf('/paths/~1pets~1{id}/get/responses/200/description')).toBe(15);
    expect(def.lineOf('/x-empty')).toBe(20);
  });

  test('lineOf falls back to the nearest existing ancestor', () => {
    const def = parseDefinition(JSON_TEXT, 'api.json');
    expect(def.lineOf('/paths/~1pets~1{id}/get/summary')).toBe(6);
    expect(def.lineOf('/paths/~1pets~1{id}/get/parameters/7/name')).toBe(8);
    expect(def.lineOf('/nothing/here')).toBe(1);
    expect(def.lineOf('/tags/0')).toBe(19);
  });

  test('keys with JSON escapes map to their unescaped pointer', () => {
    const def = parseDefinition('{\n"a\\/b": {\n"\\u0041~": 1}}', 'api.json');
    expect(def.value).toEqual({ 'a/b': { 'A~': 1 } });
    expect(def.lineOf('/a~1b/A~0')).toBe(3);
  });

  test('a duplicated key points at the occurrence JSON.parse keeps (the last)', () => {
    const def = parseDefinition('{\n"a": 1,\n"a": 2\n}', 'api.json');
    expect(def.lineOf('/a')).toBe(3);
  });

  test.each([
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 2, 9, /trailing comma/],
    ['a trailing comma in an array', '{\n  "a": [1, 2,\n  ]\n}', 2, 13, /trailing comma/],
    ['an unquoted key', '{\n  swagger: "2.0"\n}', 2, 3, /double quotes/],
    ['a raw control character', '{\n  "a": "x\ty"\n}', 2, 10, /U\+0009/],
    ['a truncated file', '{\n  "a": {\n    "b": 1', 3, 11, /truncated/],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /comma is probably missing/],
    ['text after the document', '{"a": 1}\n}', 2, 1, /ended before this point/],
  ])('invalid JSON with %s fails with line:column and a hint', (_name, text, line, column, hint) => {
    const error = parseError(text);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    expect(error.file).toBe('api.json');
    expect(error.message).toMatch(new RegExp(`^api\\.json:${line}:${column}: Invalid JSON: \\S`));
    expect(error.message).not.toMatch(/position/);
    expect(error.hint).toMatch(hint);
  });

  test('a document that is not an object is refused', () => {
    expect(parseError('[1, 2]').message).toMatch(/found a list/);
    expect(parseError('').message).toMatch(/found nothing/);
    expect(parseError('just some text').message).toMatch(/found a string/);
  });
});

const YAML_TEXT = `swagger: '2.0'
info:
  title: Pets
  version: '1'
paths:
  /pets/{id}:
    get:
      operationId: GetPet
      parameters:
        - name: id
          in: path
        - $ref: '#/parameters/q'
      responses:
        '200':
          description: ok
parameters:
  q: &q
    name: q
    in: query
    type: string
x-copy: *q
`;

describe('parseDefinition: YAML', () => {
  test('parses YAML 1.2 core (no yes/no booleans, no sexagesimal numbers)', () => {
    const def = parseDefinition('swagger: "2.0"\nx-a: yes\nx-b: 1:20\nx-c: 0o17\n', 'api.yaml');
    expect(def.format).toBe('yaml');
    expect(def.value).toEqual({ swagger: '2.0', 'x-a': 'yes', 'x-b': '1:20', 'x-c': 15 });
  });

  test('lineOf follows maps, sequences and aliases', () => {
    const def = parseDefinition(YAML_TEXT, 'api.yaml');
    expect(def.lineOf('/info/title')).toBe(3);
    expect(def.lineOf('/paths/~1pets~1{id}/get')).toBe(7);
    expect(def.lineOf('/paths/~1pets~1{id}/get/parameters/1')).toBe(12);
    expect(def.lineOf('/paths/~1pets~1{id}/get/parameters/1/$ref')).toBe(12);
    expect(def.lineOf('/paths/~1pets~1{id}/get/responses/200/description')).toBe(15);
    expect(def.lineOf('/x-copy/type')).toBe(20);
    expect(def.lineOf('/paths/~1pets~1{id}/get/summary')).toBe(7);
    expect((def.value as Record<string, unknown>)['x-copy']).toEqual({ name: 'q', in: 'query', type: 'string' });
  });

  test('duplicate keys fail clearly at the repeat', () => {
    const error = parseError('swagger: "2.0"\ninfo:\n  title: a\n  title: b\n');
    expect(error.message).toMatch(/^api\.json:4:3: Invalid YAML: .*unique/);
    expect(error.hint).toMatch(/repeated key/);
  });

  test('syntax errors carry line and column', () => {
    const error = parseError('swagger: "2.0"\ninfo:\n  title: "unterminated\n');
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.column).toBeGreaterThan(0);
  });

  test('a recursive alias is refused instead of building a cyclic value', () => {
    const error = parseError('swagger: "2.0"\nx-loop: &a\n  self: *a\n');
    expect(error.message).toMatch(/:3:9: Invalid YAML: an alias refers to a node that contains it/);
  });
});
