import { describe, expect, test } from '@jest/globals';
import { parseDefinition as parseWith } from '../src/definition/parse.ts';
import { readYaml } from '../src/definition/yaml.ts';
import { DefinitionError } from '../src/errors.ts';

/** parseDefinition with the YAML reader, as loadDefinition hands it over for a text that is not JSON. */
const parseDefinition = (raw: string | Uint8Array, source: string) => parseWith(raw, source, readYaml);

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

  test('keeps the bytes the text was decoded from (BOM removed) only when they are valid UTF-8', () => {
    const text = JSON_TEXT.replace('Pets', 'Pets \u00e9\u20ac\u{1F600}');
    const bytes = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(Buffer.from(parseDefinition(withBom, 'api.json').utf8!).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(parseDefinition(bytes, 'api.json').utf8!).toString('utf8')).toBe(text);
    expect(parseDefinition(text, 'api.json').utf8).toBeUndefined();
    // A lone continuation byte decodes to U+FFFD: the text no longer says the same as the bytes.
    const invalid = new Uint8Array([...new TextEncoder().encode('{"swagger": "2.0", "x": "'), 0x80, 0x22, 0x7d]);
    const def = parseDefinition(invalid, 'api.json');
    expect(def.text).toContain('\uFFFD');
    expect(def.utf8).toBeUndefined();
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
    ['an unquoted key', '{\n  swagger: "2.0"\n}', 2, 3, /double quotes/],
    ['a single-quoted string', '{\n  "a": \'b\'\n}', 2, 8, /single quotes/],
    ['a raw control character', '{\n  "a": "x\ty"\n}', 2, 10, /escaped/],
    ['an unclosed comment', '{\n  "a": 1 /* note\n}', 2, 10, /\*\//],
    ['a leading comma', '{\n  "a": [, 1]\n}', 2, 9, /value/],
    ['a truncated file', '{\n  "a": {\n    "b": 1', 3, 11, /truncated/],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /comma is probably missing/],
    ['text after the document', '{"a": 1}\n}', 2, 1, /ended before this point/],
  ])('invalid JSON with %s fails with line:column and a hint', (_name, text, line, column, hint) => {
    const error = parseError(text);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    expect(error.file).toBe('api.json');
    expect(error.message).toMatch(new RegExp(`^api\\.json:${line}:${column}: Invalid JSON: \\S`));
    expect(error.message).not.toMatch(/position/);
    expect(`${error.message} ${error.hint}`).toMatch(hint);
  });

  test('a parse error never quotes the text around it (a secret may sit there)', () => {
    for (const text of [
      '{"password": "hunter2" "user": "x"}',
      '{"password": hunter2}',
      "{'hunter2': 1}",
      '{"password": "hunter2"}}',
      '{"password": "hunter2\\u00zz"}',
      '{"password": "hunter2',
      '{"a": [1, 2}',
    ]) {
      const error = parseError(text);
      expect(`${error.message} ${error.hint}`).not.toMatch(/hunter|u00zz|"a"|\[1/);
      expect(error.line).toBe(1);
    }
  });

  test('comments and trailing commas load as Power Platform loads them, each noted at its line', () => {
    const text = '{\n  // the API\n  "a": [1, 2,],\n  "b": { "c": 1, /* why */ },\n}\n';
    const def = parseDefinition(text, 'api.json');
    expect(def.value).toEqual({ a: [1, 2], b: { c: 1 } });
    expect(def.text).toBe(text);
    expect(def.syntax).toEqual([
      { kind: 'comment', line: 2, column: 3, pointer: '' },
      { kind: 'trailing-comma', line: 3, column: 13, pointer: '/a' },
      { kind: 'comment', line: 4, column: 18, pointer: '/b' },
      { kind: 'trailing-comma', line: 4, column: 16, pointer: '/b' },
      { kind: 'trailing-comma', line: 4, column: 29, pointer: '' },
    ]);
    expect(def.lineOf('/b/c')).toBe(4);
    expect(parseDefinition('{"a": 1}', 'api.json').syntax).toBeUndefined();
  });

  test('a repeated key is noted at the kept (last) occurrence with the line of the first', () => {
    const def = parseDefinition('{\n"paths": {"/a": {}},\n"x": {"k": 1, "k\\u0020": 2},\n"paths": {}\n}', 'api.json');
    expect(def.value).toEqual({ paths: {}, x: { k: 1, 'k ': 2 } });
    expect(def.syntax).toEqual([{ kind: 'duplicate-key', line: 4, column: 1, pointer: '/paths', firstLine: 2 }]);
    // Escaped quotes and colons inside strings are not keys.
    expect(parseDefinition('{"a": "\\":", "b\\\\": 1}', 'api.json').syntax).toBeUndefined();
    // A copy that is only diffed (a baseline) skips the search: the same value, no note.
    const copy = parseWith('{"paths": {"/a": {}}, "paths": {}}', 'old.json', undefined, { duplicates: false });
    expect(copy.value).toEqual({ paths: {} });
    expect(copy.syntax).toBeUndefined();
    // Other leniencies are still read and noted, and depth is still checked.
    expect(parseWith('{"a": 1,}', 'old.json', undefined, { duplicates: false }).syntax).toHaveLength(1);
    expect(() =>
      parseWith(`{"a": ${'['.repeat(600)}${']'.repeat(600)}}`, 'old.json', undefined, { duplicates: false }),
    ).toThrow(/nest/);
  });

  test.each([
    ['100k nested arrays', `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    [
      '10k nested schema objects',
      `{"a": ${'{"type": "object", "properties": {"p": '.repeat(10_000)}{}${'}}'.repeat(10_000)}}`,
    ],
    ['deep nesting after a trailing comma', `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)},}`],
  ])('%s fail at load time with a clear message, not a stack overflow', (_name, text) => {
    const error = parseError(text);
    expect(error.message).toMatch(
      /^api\.json:1:\d+: Invalid JSON: objects and arrays nested more than 512 levels deep\.$/,
    );
    expect(error.hint).toMatch(/generated or corrupted/);
  });

  test('nesting up to the limit loads', () => {
    const def = parseDefinition(`{"a": ${'['.repeat(510)}${']'.repeat(510)}}`, 'api.json');
    expect(def.syntax).toBeUndefined();
    expect(parseError(`{"a": ${'['.repeat(512)}${']'.repeat(512)}}`).message).toMatch(/512 levels/);
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

  test('absurd YAML nesting fails with a clear message, not a stack overflow', () => {
    for (const text of [
      `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      `a: ${'['.repeat(600)}${']'.repeat(600)}\n`,
    ]) {
      let error: unknown;
      try {
        parseDefinition(text, 'api.yaml');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DefinitionError);
      expect((error as Error).message).toMatch(/^api\.yaml:.*Invalid YAML: objects and arrays nested more than 512/);
    }
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

describe('loadDefinition', () => {
  test('reads JSON without the YAML reader and YAML with it, loaded on demand', async () => {
    const { loadDefinition } = await import('../src/definition/parse.ts');
    expect((await loadDefinition(Buffer.from('\ufeff \n{"swagger": "2.0"}'), 'api.json')).format).toBe('json');
    const yaml = await loadDefinition(Buffer.from('swagger: "2.0"\ninfo:\n  title: T\n'), 'api.yaml');
    expect(yaml.format).toBe('yaml');
    expect(yaml.lineOf('/info/title')).toBe(3);
  });

  test('without a YAML reader, a text that is not JSON is refused as such (JSON-only files)', () => {
    expect(() => parseWith('swagger: "2.0"\n', 'settings.json')).toThrow(/is not JSON/);
  });
});
