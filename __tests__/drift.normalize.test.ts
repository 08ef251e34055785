/* eslint-disable @typescript-eslint/no-explicit-any -- the tests build documents freely */
/**
 * What the drift rules stand on (src/drift/normalize.ts): following `$ref`s, listing operations with their URLs and
 * merged parameters, pairing parameters, and merging `allOf`. A slip here pairs the wrong things, so every rule
 * above reports nonsense; each behaviour is pinned down on its own.
 */
import { describe, expect, test } from '@jest/globals';
import {
  actionName,
  child,
  deref,
  forEachObject,
  operationsOf,
  pairParameters,
  shapeOf,
  strayParameters,
  typeText,
} from '../src/drift/normalize.ts';

const ok = { '200': { description: 'ok' } };

describe('child and forEachObject', () => {
  test('tokens escaped only when they need it', () => {
    expect(child('/paths', '/a/{id}')).toBe('/paths/~1a~1{id}');
    expect(child('/x', 'a~b')).toBe('/x/a~0b');
    expect(child('/x', 'a.b')).toBe('/x/a.b');
    expect(child('', 3)).toBe('/3');
  });

  test('every object, through arrays, without recursion (a 100k-deep array does not overflow)', () => {
    const seen: unknown[] = [];
    forEachObject({ a: [{ b: 1 }, [{ c: 2 }]], d: 'x' }, (n) => seen.push(Object.keys(n).join()));
    expect(seen.sort()).toEqual(['a,d', 'b', 'c']);
    let deep: unknown = { leaf: true };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    let count = 0;
    forEachObject(deep, () => count++);
    expect(count).toBe(1);
  });
});

describe('deref', () => {
  const root = {
    definitions: {
      A: { $ref: '#/definitions/B' },
      B: { type: 'string' },
      'a/b': { type: 'integer' },
      Loop: { $ref: '#/definitions/Loop' },
    },
  };

  test('follows chains to where the value lives, keeping the last $ref', () => {
    expect(deref(root, { $ref: '#/definitions/A' }, '/here')).toEqual({
      value: { type: 'string' },
      pointer: '/definitions/B',
      ref: '#/definitions/B',
    });
    expect(deref(root, { $ref: '#/definitions/a~1b' }, '/here').pointer).toBe('/definitions/a~1b');
    expect(deref(root, { $ref: '#/definitions/a%7E1b' }, '/here').value).toEqual({ type: 'integer' });
    expect(deref(root, { type: 'x' }, '/here')).toEqual({ value: { type: 'x' }, pointer: '/here', ref: undefined });
    // The same reference again (cached) gives the same answer.
    expect(deref(root, { $ref: '#/definitions/A' }, '/there').pointer).toBe('/definitions/B');
  });

  test('external, dangling and looping references end with no value, where the reference was', () => {
    expect(deref(root, { $ref: 'other.json#/X' }, '/here')).toEqual({
      value: undefined,
      pointer: '/here',
      ref: 'other.json#/X',
    });
    expect(deref(root, { $ref: '#/definitions/None' }, '/here')).toEqual({
      value: undefined,
      pointer: '/definitions/None',
      ref: '#/definitions/None',
    });
    expect(deref(root, { $ref: '#/definitions/Loop' }, '/here').value).toEqual({ $ref: '#/definitions/Loop' });
    expect(deref('not a document', { $ref: '#/definitions/A' }, '/here')).toEqual({
      value: undefined,
      pointer: '/here',
      ref: '#/definitions/A',
    });
    expect(deref(null, { $ref: '#/x' }, '/here').value).toBeUndefined();
  });

  test('a chain of 16 hops is followed, a 17th is not', () => {
    const defs: Record<string, unknown> = { D16: { type: 'string' } };
    for (let i = 0; i < 16; i++) defs[`D${i}`] = { $ref: `#/definitions/D${i + 1}` };
    const chain = { definitions: defs };
    expect(deref(chain, { $ref: '#/definitions/D1' }, '/x').value).toEqual({ type: 'string' });
    expect(deref(chain, { $ref: '#/definitions/D0' }, '/x').value).toEqual({ $ref: '#/definitions/D16' });
  });
});

describe('operationsOf', () => {
  test('every method in document order, with URL, route and endpoint', () => {
    const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
    const doc = {
      basePath: '/api/',
      paths: {
        '/pets/{petId}': Object.fromEntries([...methods, 'trace', 'x-other'].map((m) => [m, { responses: ok }])),
      },
    };
    const ops = operationsOf(doc);
    expect(ops.map((o) => o.method)).toEqual(methods);
    expect(ops[0]).toMatchObject({
      path: '/pets/{petId}',
      url: '/api/pets/{petId}',
      endpoint: 'get /pets/{}',
      route: 'get /api/pets/{}',
      pointer: '/paths/~1pets~1{petId}/get',
      itemPointer: '/paths/~1pets~1{petId}',
      operationId: undefined,
    });
    expect(operationsOf({ paths: { '/': { get: {} } } })[0].url).toBe('/');
    expect(operationsOf({ basePath: '/', paths: { '/a/': { get: {} } } })[0].url).toBe('/a');
    expect(operationsOf({ basePath: 7, paths: { '/a': { get: {} } } })[0].url).toBe('/a');
  });

  test('operationIds: an empty one is none; the name a maker knows', () => {
    const op = (value: any) => operationsOf({ paths: { '/a': { post: value } } })[0];
    expect(op({ operationId: '' }).operationId).toBeUndefined();
    expect(op({ operationId: 5 }).operationId).toBeUndefined();
    expect(actionName(op({ operationId: 'Id', summary: '  Do it  ' }))).toBe('Do it');
    expect(actionName(op({ operationId: 'Id', summary: '   ' }))).toBe('Id');
    expect(actionName(op({}))).toBe('POST /a');
  });

  test('path items through $ref; non-objects skipped', () => {
    const doc = {
      paths: { '/a': { $ref: '#/x-items/A' }, '/b': 'junk', '/c': { get: 'junk' } },
      'x-items': { A: { get: { operationId: 'A' } } },
    };
    const ops = operationsOf(doc);
    expect(ops.map((o) => [o.operationId, o.pointer, o.itemPointer])).toEqual([['A', '/x-items/A/get', '/x-items/A']]);
    expect(operationsOf({ paths: 'x' })).toEqual([]);
    expect(operationsOf(null)).toEqual([]);
  });

  test('parameters: path-level merged in, the operation winning; headers without case; bodies named when several', () => {
    const doc = {
      parameters: { Shared: { name: 'q', in: 'query', type: 'string' } },
      paths: {
        '/a': {
          parameters: [{ name: 'X-Key', in: 'header', type: 'string' }, { $ref: '#/parameters/Shared' }],
          post: {
            parameters: [
              { name: 'x-key', in: 'header', type: 'integer' },
              { name: 'one', in: 'body', schema: {} },
              { name: 'two', in: 'body', schema: {} },
              'junk',
              { in: 'query' },
            ],
          },
        },
      },
    };
    const [op] = operationsOf(doc);
    expect(op.parameters.map((p) => [p.key, p.name, p.in, p.pointer, p.named ?? false])).toEqual([
      ['header:x-key', 'x-key', 'header', '/paths/~1a/post/parameters/0', false],
      ['query:q', 'q', 'query', '/parameters/Shared', false],
      ['body:one', 'one', 'body', '/paths/~1a/post/parameters/1', true],
      ['body:two', 'two', 'body', '/paths/~1a/post/parameters/2', true],
      ['query:4', '4', 'query', '/paths/~1a/post/parameters/4', false],
    ]);
    expect(op.parameters[1].entryPointer).toBe('/paths/~1a/parameters/1');
    expect(op.parameters[0].value.type).toBe('integer');
    const single = operationsOf({
      paths: { '/a': { post: { parameters: [{ name: 'b', in: 'body' }, { name: 'n' }] } } },
    })[0];
    expect(single.parameters.map((p) => [p.key, p.named ?? false])).toEqual([
      ['body:b', false],
      [':n', false],
    ]);
    expect(strayParameters(doc, doc.paths['/a'].post.parameters, '/p').map((s) => s.pointer)).toEqual(['/p/3']);
    expect(strayParameters(doc, [{ $ref: '#/parameters/None' }], '/p').map((s) => s.pointer)).toEqual(['/p/0']);
    expect(strayParameters(doc, 'x', '/p')).toEqual([]);
  });
});

describe('pairParameters', () => {
  const params = (...list: any[]) => operationsOf({ paths: { '/a': { post: { parameters: list } } } })[0].parameters;

  test('by location and name; a lone body on each side pairs whatever its name; several bodies by name', () => {
    const keys = (p: ReturnType<typeof pairParameters>) => ({
      pairs: p.pairs.map(([a, b]) => `${a.key}=${b.key}`),
      removed: p.removed.map((x) => x.key),
      added: p.added.map((x) => x.key),
    });
    expect(
      keys(
        pairParameters(
          params({ name: 'q', in: 'query' }, { name: 'b', in: 'body' }),
          params({ name: 'c', in: 'body' }, { name: 'h', in: 'header' }),
        ),
      ),
    ).toEqual({ pairs: ['body:b=body:c'], removed: ['query:q'], added: ['header:h'] });
    expect(
      keys(
        pairParameters(
          params({ name: 'b1', in: 'body' }, { name: 'b2', in: 'body' }),
          params({ name: 'b2', in: 'body' }, { name: 'b3', in: 'body' }),
        ),
      ),
    ).toEqual({ pairs: ['body:b2=body:b2'], removed: ['body:b1'], added: ['body:b3'] });
    expect(keys(pairParameters(params({ name: 'b', in: 'body' }), params({ name: 'b', in: 'body' })))).toEqual({
      pairs: ['body:b=body:b'],
      removed: [],
      added: [],
    });
    expect(
      keys(
        pairParameters(params({ name: 'b', in: 'body' }), params({ name: 'x', in: 'body' }, { name: 'y', in: 'body' })),
      ),
    ).toEqual({ pairs: [], removed: ['body:b'], added: ['body:x', 'body:y'] });
  });
});

describe('shapeOf and typeText', () => {
  test('allOf members merged (through $ref), the first type and items winning, required strings only', () => {
    const root = {
      definitions: {
        Base: {
          type: 'object',
          properties: { id: { type: 'string' }, name: { type: 'integer' } },
          required: ['id', 5],
        },
      },
    };
    const node = {
      properties: { name: { type: 'string' } },
      allOf: [{ $ref: '#/definitions/Base' }, { items: { type: 'x' }, properties: { extra: {} } }, 'junk'],
      items: { type: 'first' },
    };
    const shape = shapeOf(root, node, '/s');
    expect(shape.type).toBe('object');
    expect([...shape.properties].map(([k, v]) => [k, v.pointer])).toEqual([
      ['name', '/s/properties/name'],
      ['id', '/definitions/Base/properties/id'],
      ['extra', '/s/allOf/1/properties/extra'],
    ]);
    expect([...shape.required]).toEqual(['id']);
    expect(shape.items).toEqual({ value: { type: 'first' }, pointer: '/s/items' });
    // Properties without a type mean an object; a declared type is kept; nothing at all stays untyped.
    expect(shapeOf({}, { properties: { a: {} } }, '').type).toBe('object');
    expect(shapeOf({}, { type: 'array', properties: { a: {} } }, '').type).toBe('array');
    expect(shapeOf({}, {}, '').type).toBeUndefined();
    expect(shapeOf({}, { allOf: [{ type: 'string' }, { type: 'integer' }] }, '').type).toBe('string');
    expect(shapeOf({}, { allOf: [{ items: { type: 'a' } }] }, '/s').items).toEqual({
      value: { type: 'a' },
      pointer: '/s/allOf/0/items',
    });
  });

  test('allOf cycles end; nesting deeper than 8 levels is not merged', () => {
    const cyclic = { definitions: { A: { allOf: [{ $ref: '#/definitions/A' }], properties: { a: {} } } } };
    expect([...shapeOf(cyclic, cyclic.definitions.A, '/definitions/A').properties.keys()]).toEqual(['a']);
    const nested = (depth: number): any =>
      depth === 0 ? { properties: { deep: {} } } : { allOf: [nested(depth - 1)] };
    expect(shapeOf({}, nested(8), '').properties.has('deep')).toBe(true);
    expect(shapeOf({}, nested(9), '').properties.has('deep')).toBe(false);
  });

  test('type lists are one type, whatever their order', () => {
    expect(typeText('string')).toBe('string');
    expect(typeText(['string', 'null'])).toBe('null|string');
    expect(typeText(['null', 'string'])).toBe('null|string');
    expect(typeText(5)).toBeUndefined();
  });
});
