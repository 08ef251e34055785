import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { jsonLines, lineStartColumns } from '../src/definition/lines.ts';
import { parseDefinition } from '../src/definition/parse.ts';
import { escapeToken } from '../src/definition/pointer.ts';
import { sharedPath } from './support/shared.ts';
import { random } from './support/random.ts';

/**
 * The reference: the eager index the lazy lookup replaced. It maps every member and item to its line in one plain
 * pass, then a pointer that is not in the map climbs to its nearest ancestor that is.
 */
function referenceLines(text: string): (pointer: string) => number | undefined {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;
  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      pos++;
    }
  };
  const readString = (): string => {
    const start = pos;
    for (pos++; text[pos] !== '"'; pos++) if (text[pos] === '\\') pos++;
    pos++;
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const readValue = (pointer: string): void => {
    const c = text[pos];
    if (c === '{' || c === '[') {
      pos++;
      skipSpace();
      if (text[pos] === (c === '{' ? '}' : ']')) {
        pos++;
        return;
      }
      for (let index = 0; ; index++) {
        skipSpace();
        let child = `${pointer}/${index}`;
        if (c === '{') {
          const keyLine = line;
          child = `${pointer}/${escapeToken(readString())}`;
          lines.set(child, keyLine);
          skipSpace();
          pos++; // ':'
          skipSpace();
        } else lines.set(child, line);
        readValue(child);
        skipSpace();
        if (text[pos++] !== ',') return;
      }
    }
    if (c === '"') readString();
    else while (pos < text.length && !/[\s,\]}]/.test(text[pos])) pos++;
  };
  skipSpace();
  lines.set('', line);
  readValue('');
  return (pointer) => {
    for (let p = pointer; ; p = p.slice(0, Math.max(p.lastIndexOf('/'), 0))) {
      const found = lines.get(p);
      if (found !== undefined || p === '') return found;
    }
  };
}

/** Every pointer into a parsed value, the root included. */
function pointersOf(value: unknown, pointer = '', into: string[] = []): string[] {
  into.push(pointer);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) pointersOf(child, `${pointer}/${escapeToken(key)}`, into);
  }
  return into;
}

/** Compares the lookup with the reference on every pointer of the text, and on missing ones below each. */
function expectSameLines(text: string): number {
  const lineOf = jsonLines(text);
  const reference = referenceLines(text);
  const mismatches: string[] = [];
  let checked = 0;
  for (const pointer of pointersOf(JSON.parse(text))) {
    for (const p of [pointer, `${pointer}/missing`, `${pointer}/99999`, `${pointer}/-`]) {
      checked++;
      const [got, want] = [lineOf(p), reference(p)];
      if (got !== want && mismatches.push(`${JSON.stringify(p)}: ${got}, expected ${want}`) >= 10) break;
    }
  }
  expect(mismatches).toEqual([]);
  return checked;
}

// Strings that trip a scanner: brackets and quotes inside (a bracket and comma as at the end of a line), backslash
// runs before a quote, pointer syntax.
const TRICKY = [
  '',
  'a',
  'x/y',
  'm~n',
  '~1',
  '~0/',
  'q"uote',
  'back\\',
  '\\"',
  '\\\\"]',
  '}',
  '},',
  '],',
  '[{',
  '"]}',
  'ünï',
  '😀',
];
const KEYS = [...TRICKY, '0', '10', '%7B', 'a b', '__proto__', 'paths', '#'];
const SPACES = ['', '', ' ', '\n', '\r\n', '\t', '\n    ', '  \n  '];

/** Random JSON text: tricky keys and strings, escapes in several spellings, empty and deep containers, any spacing. */
function randomJson(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const space = () => pick(SPACES);
  const string = (s: string): string => {
    const json = JSON.stringify(s);
    // The same string spelled with \uXXXX or \/ escapes, which a key lookup must decode.
    if (next() < 0.3) return json.replace(/[a-z]/, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return next() < 0.2 ? json.replace(/\//g, '\\/') : json;
  };
  const value = (depth: number): string => {
    const r = next();
    if (depth > 7 || r < 0.35) return pick(['0', '-1.5e3', '12', 'true', 'false', 'null', string(pick(TRICKY))]);
    const size = next() < 0.15 ? 0 : Math.floor(next() * 5) + 1;
    if (r < 0.6) {
      const items = Array.from({ length: size }, () => space() + value(depth + 1) + space());
      return `[${items.join(',') || space()}]`;
    }
    const keys = [...new Set(Array.from({ length: size }, () => pick(KEYS)))];
    const members = keys.map((k) => `${space()}${string(k)}${space()}:${space()}${value(depth + 1)}${space()}`);
    return `{${members.join(',') || space()}}`;
  };
  return `${space()}{${space()}"root":${space()}${value(0)},${space()}"next": ${value(0)}${space()}}${space()}`;
}

describe('jsonLines', () => {
  test.each([
    [
      'escaped quotes and backslash runs before quotes',
      '{\n"a\\\\": "x\\\\\\"}",\n"b\\"": ["\\\\", "]\\"\\\\"],\n"c": 1\n}',
    ],
    ['nested empty containers', '{\n"a": {},\n"b": [],\n"c": [[], {}, [[]]],\n"d": { "e": {\n} }\n}'],
    ['unicode keys, written raw or escaped', '{\n"ünï": 1,\n"\\u00fcn\\u00EF2": 2,\n"😀": {\n"\\ud83d\\ude00": 3}}'],
    ['keys with / and ~', '{\n"a/b": {\n"~": 1,\n"~1": 2,\n"/~0": 3\n}\n}'],
    ['numbers, true, false and null', '[\n1,\n-2.5e-3,\ntrue,\nfalse,\nnull,\n0\n]'],
    ['brackets inside strings on structure lines', '{\n"a": "{",\n"b": { "c": "}]" },\n"d": [ "[", "x" ],\n"e": 1\n}'],
    ['a minified document', JSON.stringify({ a: [1, { b: '}"' }, []], c: { 'd/e': { f: null } } })],
    ['CRLF line ends', '{\r\n  "a": {\r\n    "b": [\r\n      1\r\n    ]\r\n  }\r\n}\r\n'],
    ['a deep nesting', `${'{"a":\n'.repeat(200)}1${'}'.repeat(200)}`],
    ['a scalar root', '\n\n"just a string"'],
  ])('agrees with the reference on every pointer: %s', (_name, text) => {
    expect(expectSameLines(text)).toBeGreaterThan(0);
  });

  test('agrees with the reference on random documents', () => {
    const next = random(20261124);
    let checked = 0;
    for (let i = 0; i < 400; i++) checked += expectSameLines(randomJson(next));
    expect(checked).toBeGreaterThan(10_000);
  });

  test('lines of members, items, ancestors and escaped keys', () => {
    const lineOf = jsonLines('{\n"a": [\n  10,\n  {\n"b/c": 1, "~": 2\n}\n],\n"\\u0064": null\n}');
    expect(lineOf('')).toBe(1);
    expect(lineOf('/a')).toBe(2);
    expect(lineOf('/a/0')).toBe(3);
    expect(lineOf('/a/1')).toBe(4);
    expect(lineOf('/a/1/b~1c')).toBe(5);
    expect(lineOf('/a/1/~0')).toBe(5);
    expect(lineOf('/d')).toBe(8);
    // Missing: the nearest existing ancestor. Indexes are written plainly: `01` and `1.0` are not `1`.
    expect(lineOf('/a/2')).toBe(2);
    expect(lineOf('/a/01')).toBe(2);
    expect(lineOf('/a/1.0')).toBe(2);
    expect(lineOf('/a/0/x')).toBe(3);
    expect(lineOf('/a/1/b~1c/deeper')).toBe(5);
    expect(lineOf('/zzz')).toBe(1);
    expect(lineOf('not a pointer')).toBe(1);
  });

  test('a repeated key resolves to its last occurrence, children included, as JSON.parse keeps it', () => {
    const text = '{\n"a": {\n"x": 1\n},\n"a": {\n"y": 2\n}\n}';
    expect(JSON.parse(text)).toEqual({ a: { y: 2 } });
    const lineOf = jsonLines(text);
    expect(lineOf('/a')).toBe(5);
    expect(lineOf('/a/y')).toBe(6);
    // The first `a` is gone from the value: its `x` is placed at the `a` that stays.
    expect(lineOf('/a/x')).toBe(5);
  });

  test('a `#` fragment is URI-decoded; a plain pointer is taken as written', () => {
    const lineOf = jsonLines('{\n"paths": {\n"/pets/{id}": {\n"get": {}\n},\n"/a%20b": 1\n}\n}');
    expect(lineOf('#/paths/~1pets~1%7Bid%7D/get')).toBe(4);
    expect(lineOf('#/paths/~1pets~1{id}')).toBe(3);
    expect(lineOf('/paths/~1a%20b')).toBe(6);
    expect(lineOf('#/paths/~1a%20b')).toBe(2); // decoded to `/a b`, which is not there
    expect(lineOf('#')).toBe(1);
    expect(lineOf('#/paths/%E0%A4%A')).toBe(1); // malformed escape
  });

  test('parseDefinition answers lines through it', () => {
    const def = parseDefinition('\uFEFF{\n  "swagger": "2.0",\n  "info": {\n    "title": "x"\n  }\n}', 'api.json');
    expect(def.lineOf('/info/title')).toBe(4);
    expect(def.lineOf('/info/version')).toBe(3);
  });
});

const drift = sharedPath('corpus/drift');
const connectors = sharedPath('corpus/connectors');

(drift && connectors ? describe : describe.skip)('jsonLines over real definitions', () => {
  /** Every 15th connector, and the largest of each corpus: about 50 files, plus the 1-2 MB ones. */
  function sample(): string[] {
    const files = [
      ...readdirSync(connectors!).map((slug) => path.join(connectors!, slug, 'apiDefinition.swagger.json')),
      ...readdirSync(drift!).map((slug) => path.join(drift!, slug, '0', 'new.swagger.json')),
    ];
    const largest = [...files].sort((a, b) => statSync(b).size - statSync(a).size).slice(0, 2);
    return [...new Set([...files.filter((_, i) => i % 15 === 0), ...largest])];
  }

  test('agrees with the reference on every pointer of a sample of the corpus', () => {
    let files = 0;
    let checked = 0;
    for (const file of sample()) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      try {
        JSON.parse(text);
      } catch {
        continue; // the corpus keeps some invalid JSON: lines are only asked of what parsed
      }
      files++;
      checked += expectSameLines(text);
    }
    expect(files).toBeGreaterThan(40);
    expect(checked).toBeGreaterThan(100_000);
  });
});

describe('lineStartColumns', () => {
  test('the column of the first non-blank character of each line, after a byte order mark, tabs counted once', () => {
    const columnOf = lineStartColumns('\uFEFF{\n  "a": 1,\n\t\t"b": [\r\n    2\n]\n');
    expect([1, 2, 3, 4, 5].map(columnOf)).toEqual([1, 3, 3, 5, 1]);
    expect(columnOf(6)).toBe(1); // the empty last line
    expect(columnOf(99)).toBe(1); // past the end
  });
});
