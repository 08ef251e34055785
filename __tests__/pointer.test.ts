import { describe, expect, test } from '@jest/globals';
import { childPointer, escapeToken, getAt, parsePointer, toPointer, unescapeToken } from '../src/definition/pointer.ts';

describe('JSON pointers', () => {
  test('escape and parse round-trip path keys with slashes and tildes', () => {
    const p = toPointer(['paths', '/pets/{id}', 'get', 'x~y']);
    expect(p).toBe('/paths/~1pets~1{id}/get/x~0y');
    expect(parsePointer(p)).toEqual(['paths', '/pets/{id}', 'get', 'x~y']);
    expect(parsePointer('#/definitions/A%20B')).toEqual(['definitions', 'A B']);
    expect(parsePointer('definitions')).toBeUndefined();
  });
  test('tokens with and without `~`, `/` or `%` (the plain ones take a shortcut)', () => {
    for (const token of ['plain', '', 'a/b', 'a~b', '~1', '~0/', '/', '~']) {
      expect(unescapeToken(escapeToken(token))).toBe(token);
      expect(parsePointer(toPointer(['k', token]))).toEqual(['k', token]);
    }
    expect(unescapeToken(escapeToken('%41'))).toBe('%41');
    expect(escapeToken('~/')).toBe('~0~1');
    expect(escapeToken(7)).toBe('7');
    expect(unescapeToken('~01')).toBe('~1'); // ~0 then 1, not ~ then 01
    // `%` is URI escaping (a `$ref` fragment), decoded before the tokens are split and unescaped.
    expect(parsePointer('#/definitions/a%2Fb~1c')).toEqual(['definitions', 'a', 'b/c']);
    expect(parsePointer('/definitions/%41')).toEqual(['definitions', 'A']);
    expect(parsePointer('#/definitions/%E0%A4%A')).toBeUndefined();
  });

  test('escaping stays right past the bound of its cache, and for tokens asked again', () => {
    const tokens = Array.from({ length: 10_000 }, (_, i) => `/p${i}/{id}~${i % 7}`);
    for (let round = 0; round < 2; round++) {
      for (const token of tokens) expect(escapeToken(token)).toBe(token.replaceAll('~', '~0').replaceAll('/', '~1'));
    }
  });

  test('getAt follows own members only', () => {
    const doc = { paths: { '/a': { get: { tags: ['x'] } } } };
    expect(getAt(doc, childPointer('/paths', '/a', 'get', 'tags', 0))).toBe('x');
    expect(getAt(doc, '/paths/~1a/post')).toBeUndefined();
    expect(getAt(doc, '/constructor')).toBeUndefined();
  });
});
