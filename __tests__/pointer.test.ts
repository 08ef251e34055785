import { describe, expect, test } from '@jest/globals';
import { childPointer, getAt, parsePointer, toPointer } from '../src/definition/pointer.ts';

describe('JSON pointers', () => {
  test('escape and parse round-trip path keys with slashes and tildes', () => {
    const p = toPointer(['paths', '/pets/{id}', 'get', 'x~y']);
    expect(p).toBe('/paths/~1pets~1{id}/get/x~0y');
    expect(parsePointer(p)).toEqual(['paths', '/pets/{id}', 'get', 'x~y']);
    expect(parsePointer('#/definitions/A%20B')).toEqual(['definitions', 'A B']);
    expect(parsePointer('definitions')).toBeUndefined();
  });
  test('getAt follows own members only', () => {
    const doc = { paths: { '/a': { get: { tags: ['x'] } } } };
    expect(getAt(doc, childPointer('/paths', '/a', 'get', 'tags', 0))).toBe('x');
    expect(getAt(doc, '/paths/~1a/post')).toBeUndefined();
    expect(getAt(doc, '/constructor')).toBeUndefined();
  });
});
