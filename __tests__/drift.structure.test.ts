/**
 * The structural difference on its own (src/drift/structure.ts): which members differ, at which pointers, and which
 * operation pairs hold a difference. The rules then claim these; a difference lost or invented here is lost or
 * invented in the report whenever no rule happens to look at the same place, so it is pinned down directly.
 */
import { describe, expect, test } from '@jest/globals';
import { matchOperations } from '../src/drift/operations.ts';
import { AREA, structuralDiff, type Structure } from '../src/drift/structure.ts';

type Json = Record<string, unknown>;

const ok = { '200': { description: 'ok' } };
const doc = (paths: Json, extra: Json = {}): Json => ({
  swagger: '2.0',
  info: { title: 'T', version: '1' },
  paths,
  ...extra,
});
const op = (extra: Json = {}) => doc({ '/a': { get: { operationId: 'A', responses: ok, ...extra } } });
const withSchema = (schema: Json) =>
  doc(
    { '/a': { get: { operationId: 'A', responses: { '200': { description: 'ok', schema } } } } },
    { definitions: { Pet: { type: 'object' } } },
  );

/** The new side is a deep copy: equal members are never the same object, as with two files. */
function structure(a: Json, b: Json): Structure {
  const copy = structuredClone(b);
  return structuralDiff(a, copy, matchOperations(a, copy));
}
const diff = (a: Json, b: Json) => {
  const { differences, changed } = structure(a, b);
  return { differences, changed };
};

const at = '/paths/~1a/get';

describe('structuralDiff', () => {
  test("members named like Object.prototype's are members like any other", () => {
    const named = (members: Json) => doc({}, { 'x-meta': members });
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      const one = named(JSON.parse(`{"${key}": 1}`) as Json);
      expect(diff(one, named({})).differences).toEqual([{ oldPointer: `/x-meta/${key}` }]);
      expect(diff(named({}), one).differences).toEqual([{ newPointer: `/x-meta/${key}` }]);
      expect(diff(one, named(JSON.parse(`{"${key}": 2}`) as Json)).differences).toEqual([
        { oldPointer: `/x-meta/${key}`, newPointer: `/x-meta/${key}` },
      ]);
      expect(diff(one, one).differences).toEqual([]);
    }
    // A value held in memory (a converted OpenAPI 3 document) may be undefined: the member is still there.
    const a = named({ note: undefined });
    expect(structuralDiff(a, named({ note: undefined }), matchOperations(a, a)).differences).toEqual([]);
    expect(structuralDiff(a, named({}), matchOperations(a, a)).differences).toEqual([{ oldPointer: '/x-meta/note' }]);
  });

  test('arrays item by item: a changed item, then the items one side has beyond the other', () => {
    const three = doc({}, { 'x-list': [1, 2, 3] });
    const two = doc({}, { 'x-list': [1, 5] });
    expect(diff(three, two).differences).toEqual([
      { oldPointer: '/x-list/1', newPointer: '/x-list/1' },
      { oldPointer: '/x-list/2' },
    ]);
    expect(diff(two, three).differences).toEqual([
      { oldPointer: '/x-list/1', newPointer: '/x-list/1' },
      { newPointer: '/x-list/2' },
    ]);
    expect(diff(op({ tags: ['t', 'u'] }), op({ tags: ['t', 'u'] }))).toEqual({ differences: [], changed: [0] });
    expect(diff(op({ tags: ['t', 'u'] }), op({ tags: ['t'] }))).toEqual({
      differences: [{ oldPointer: `${at}/tags/1` }],
      changed: [AREA.operation],
    });
  });

  test('an operation pair is changed when anything under it differs, and only then, in the area that differs', () => {
    expect(diff(op(), doc({ '/a': { get: { operationId: 'B', responses: ok } } }))).toEqual({
      differences: [{ oldPointer: `${at}/operationId`, newPointer: `${at}/operationId` }],
      changed: [AREA.operation],
    });
    expect(diff(op(), doc({ '/a': { post: { operationId: 'A', responses: ok } } }))).toEqual({
      differences: [{ oldPointer: at, newPointer: '/paths/~1a/post' }],
      changed: [AREA.operation],
    });
    const query = (type: string) => op({ parameters: [{ name: 'q', in: 'query', type }] });
    expect(diff(query('string'), query('integer'))).toEqual({
      differences: [{ oldPointer: `${at}/parameters/0/type`, newPointer: `${at}/parameters/0/type` }],
      changed: [AREA.parameters],
    });
    // An empty list and no list give the same parameters, but the file differs as written.
    expect(diff(op({ parameters: [] }), op())).toEqual({
      differences: [{ oldPointer: `${at}/parameters` }],
      changed: [AREA.parameters],
    });
    const item = (summary: string) => doc({ '/a': { get: { operationId: 'A', responses: ok }, summary } });
    expect(diff(item('x'), item('y'))).toEqual({
      differences: [{ oldPointer: '/paths/~1a/summary', newPointer: '/paths/~1a/summary' }],
      changed: [AREA.item],
    });
  });

  test('a definition reached again is compared once; one reached inside its own cycle counts as changed later', () => {
    const twoOps = (ref: string) => {
      const schema = { $ref: ref };
      const get = (id: string) => ({ get: { operationId: id, responses: { '200': { description: 'ok', schema } } } });
      return doc(
        { '/a': get('A'), '/b': get('B') },
        {
          definitions: {
            Node: { type: 'object', properties: { next: { $ref: '#/definitions/Node' } } },
            Pet: { type: 'object' },
          },
        },
      );
    };
    expect(diff(twoOps('#/definitions/Pet'), twoOps('#/definitions/Pet'))).toEqual({
      differences: [],
      changed: [0, 0],
    });
    // The first comparison of Node found nothing, but ran into Node itself: a later pair reaching it cannot be
    // told clean, so the rules look (and find nothing either).
    expect(diff(twoOps('#/definitions/Node'), twoOps('#/definitions/Node'))).toEqual({
      differences: [],
      changed: [0, AREA.responses],
    });
    // What the rules may skip: a pair compared whole and found equal, with no cycle open.
    const pet = structure(twoOps('#/definitions/Pet'), twoOps('#/definitions/Pet'));
    expect(pet.clean('/definitions/Pet', '/definitions/Pet')).toBe(true);
    expect(pet.clean('/definitions/Pet', '/definitions/Node')).toBe(false);
    const node = structure(twoOps('#/definitions/Node'), twoOps('#/definitions/Node'));
    expect(node.clean('/definitions/Node', '/definitions/Node')).toBe(false);
    const changed = twoOps('#/definitions/Pet');
    (changed.definitions as Record<string, Json>).Pet.type = 'string';
    expect(structure(twoOps('#/definitions/Pet'), changed).clean('/definitions/Pet', '/definitions/Pet')).toBe(false);
  });

  test('members beside a $ref count, on either side', () => {
    const beside = withSchema({ $ref: '#/definitions/Pet', description: 'x' });
    const plain = withSchema({ $ref: '#/definitions/Pet' });
    const pointer = `${at}/responses/200/schema/description`;
    expect(diff(beside, plain)).toEqual({ differences: [{ oldPointer: pointer }], changed: [AREA.responses] });
    expect(diff(plain, beside)).toEqual({ differences: [{ newPointer: pointer }], changed: [AREA.responses] });
    const param = (extra: Json) =>
      doc(
        { '/a': { get: { operationId: 'A', responses: ok, parameters: [{ $ref: '#/parameters/P', ...extra }] } } },
        { parameters: { P: { name: 'q', in: 'query', type: 'string' } } },
      );
    expect(diff(param({ 'x-note': 1 }), param({}))).toEqual({
      differences: [{ oldPointer: `${at}/parameters/0/x-note` }],
      changed: [AREA.parameters],
    });
  });

  test('a $ref to nothing: the same text is no difference, another text or a target that appeared is', () => {
    const schema = `${at}/responses/200/schema/$ref`;
    const missing = withSchema({ $ref: '#/definitions/Missing' });
    expect(diff(missing, withSchema({ $ref: '#/definitions/Missing' }))).toEqual({ differences: [], changed: [0] });
    expect(diff(missing, withSchema({ $ref: '#/definitions/Gone' }))).toEqual({
      differences: [{ oldPointer: schema, newPointer: schema }],
      changed: [AREA.responses],
    });
    expect(diff(missing, withSchema({ $ref: '#/definitions/Pet' }))).toEqual({
      differences: [{ oldPointer: schema, newPointer: '/definitions/Pet' }],
      changed: [AREA.responses],
    });
  });

  test('parameter entries that are no parameter: the same ones are none, others are one difference each', () => {
    expect(diff(op({ parameters: ['x'] }), op({ parameters: ['x'] }))).toEqual({ differences: [], changed: [0] });
    expect(diff(op({ parameters: ['x'] }), op({ parameters: ['y'] }))).toEqual({
      differences: [{ oldPointer: `${at}/parameters/0` }, { newPointer: `${at}/parameters/0` }],
      changed: [AREA.parameters],
    });
  });

  test('the first security definitions pair whatever their names; the others pair by name', () => {
    const sec = (defs: Json) => doc({}, { securityDefinitions: defs });
    const key = { type: 'apiKey', name: 'a', in: 'header' };
    expect(diff(sec({ first: { type: 'basic' }, key }), sec({ renamed: { type: 'basic' }, key })).differences).toEqual(
      [],
    );
    expect(
      diff(
        sec({ first: { type: 'basic' }, key }),
        sec({ renamed: { type: 'basic', description: 'd' }, key: { ...key, name: 'b' } }),
      ).differences,
    ).toEqual([
      { newPointer: '/securityDefinitions/renamed/description' },
      { oldPointer: '/securityDefinitions/key/name', newPointer: '/securityDefinitions/key/name' },
    ]);
    expect(
      diff(sec({ first: { type: 'basic' }, key }), sec({ first: { type: 'basic', description: 'd' }, key }))
        .differences,
    ).toEqual([{ newPointer: '/securityDefinitions/first/description' }]);
  });

  test('a path member that is no path item is compared as a value, by path', () => {
    const pointer = '/paths/~1a';
    expect(diff(doc({ '/a': 'text' }), doc({ '/a': 'other' })).differences).toEqual([
      { oldPointer: pointer, newPointer: pointer },
    ]);
    expect(diff(doc({ '/a': 'text' }), doc({ '/a': {} })).differences).toEqual([{ oldPointer: pointer }]);
    expect(diff(doc({ '/a': {} }), doc({ '/a': 'text' })).differences).toEqual([{ newPointer: pointer }]);
  });

  test('reusable members no $ref reaches are compared by name; a renamed one in use is compared where it is used', () => {
    const defs = (definitions: Json) => doc({}, { definitions });
    expect(diff(defs({ Unused: { type: 'string' } }), defs({})).differences).toEqual([
      { oldPointer: '/definitions/Unused' },
    ]);
    expect(diff(defs({}), defs({ Unused: { type: 'string' } })).differences).toEqual([
      { newPointer: '/definitions/Unused' },
    ]);
    const cat = doc(
      {
        '/a': {
          get: { operationId: 'A', responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Cat' } } } },
        },
      },
      { definitions: { Cat: { type: 'object' } } },
    );
    expect(diff(withSchema({ $ref: '#/definitions/Pet' }), cat)).toEqual({ differences: [], changed: [0] });
  });
});
