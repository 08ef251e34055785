/**
 * The catch-all on its own (src/drift/catchAll.ts): which differences a change claims, how the rest are grouped (per
 * operation, per document section or member) and how each is named. This is what keeps drift complete, so its
 * grouping and wording are pinned down directly.
 */
import { describe, expect, test } from '@jest/globals';
import { unclaimed } from '../src/drift/catchAll.ts';
import { matchOperations, type Found } from '../src/drift/operations.ts';
import type { Difference } from '../src/drift/structure.ts';

type Json = Record<string, unknown>;

const doc = (extra: Json = {}): Json => ({
  swagger: '2.0',
  info: { title: 'T', version: '1' },
  paths: { '/a': { get: { operationId: 'A', summary: 'x', responses: {} } } },
  ...extra,
});

function run(a: Json, b: Json, differences: Difference[], found: Found[] = []) {
  return unclaimed(differences, found, matchOperations(a, b), a, b).map((f) => ({
    op: f.new?.operationId ?? f.old?.operationId,
    oldPointer: f.oldPointer,
    newPointer: f.newPointer,
    text: f.text,
  }));
}

describe('naming each difference', () => {
  test('removed, added, changed with both values when short, or just changed', () => {
    const a = doc({ 'x-a': 'one', 'x-b': { deep: 1 }, 'x-gone': 1 });
    const b = doc({ 'x-a': 'two', 'x-b': { deep: 2 }, 'x-new': 1 });
    expect(
      run(a, b, [
        { oldPointer: '/x-a', newPointer: '/x-a' },
        { oldPointer: '/x-b', newPointer: '/x-b' },
        { oldPointer: '/x-gone' },
        { newPointer: '/x-new' },
      ]).map((g) => g.text),
    ).toEqual(["/x-a changed from 'one' to 'two'", '/x-b changed', '/x-gone removed', '/x-new added']);
    // A value on one side only (the other is an object): just "changed".
    expect(run(doc({ 'x-v': 1 }), doc({ 'x-v': {} }), [{ oldPointer: '/x-v', newPointer: '/x-v' }])[0].text).toBe(
      '/x-v changed',
    );
    expect(run(doc({ 'x-v': {} }), doc({ 'x-v': 1 }), [{ oldPointer: '/x-v', newPointer: '/x-v' }])[0].text).toBe(
      '/x-v changed',
    );
    // Moved: both places named.
    expect(run(doc({ 'x-a': 1 }), doc({ 'x-b': 2 }), [{ oldPointer: '/x-a', newPointer: '/x-b' }])[0].text).toBe(
      '/x-a (now /x-b) changed from 1 to 2',
    );
    // A pointer through a scalar has no value (the structural diff never gives one; the catch-all must not throw).
    expect(run(doc({ 'x-a': 1 }), doc({ 'x-a': 1 }), [{ oldPointer: '/x-a/b', newPointer: '/x-a/b' }])[0].text).toBe(
      '/x-a/b changed',
    );
  });

  test('three named per group, then a count', () => {
    const keys = ['x-1', 'x-2', 'x-3', 'x-4', 'x-5'];
    const b = doc(Object.fromEntries(keys.map((k) => [k, 1])));
    const three = run(
      doc(),
      b,
      keys.slice(0, 3).map((k) => ({ newPointer: `/${k}` })),
    );
    // Each top-level member is a section of its own.
    expect(three.map((g) => g.text)).toEqual(['/x-1 added', '/x-2 added', '/x-3 added']);
    expect(
      run(
        doc(),
        b,
        keys.slice(0, 3).map((k) => ({ newPointer: `/info/${k}` })),
      )[0].text,
    ).toBe('/info/x-1 added; /info/x-2 added; /info/x-3 added');
    expect(
      run(
        doc(),
        b,
        keys.slice(0, 4).map((k) => ({ newPointer: `/info/${k}` })),
      )[0].text,
    ).toBe('/info/x-1 added; /info/x-2 added; /info/x-3 added and 1 more');
  });
});

describe('grouping', () => {
  test('by operation (either side), by member of the sections listed member by member, else by top-level key', () => {
    const a = doc();
    const b = doc();
    const groups = run(a, b, [
      { oldPointer: '/paths/~1a/get/x-1', newPointer: '/paths/~1a/get/x-1' },
      { oldPointer: '/paths/~1a/get/x-2' },
      { newPointer: '/paths/~1a/get/x-3' },
      { newPointer: '/definitions/Pet/x' },
      { newPointer: '/definitions/Pet/y' },
      { newPointer: '/definitions/Other' },
      { oldPointer: '/parameters/P' },
      { oldPointer: '/responses/R' },
      { oldPointer: '/securityDefinitions/S/x' },
      { oldPointer: '/paths/~1b' },
      { newPointer: '/info/x-1' },
      { newPointer: '/info/x-2' },
      { newPointer: '/x-top' },
      { newPointer: '/definitions' },
    ]);
    expect(groups.map((g) => [g.op, g.oldPointer ?? g.newPointer, g.text.split('; ').length])).toEqual([
      ['A', '/paths/~1a/get/x-1', 3],
      [undefined, '/definitions/Pet/x', 2],
      [undefined, '/definitions/Other', 1],
      [undefined, '/parameters/P', 1],
      [undefined, '/responses/R', 1],
      [undefined, '/securityDefinitions/S/x', 1],
      [undefined, '/paths/~1b', 1],
      [undefined, '/info/x-1', 2],
      [undefined, '/x-top', 1],
      [undefined, '/definitions', 1],
    ]);
    // The root itself is a section of its own.
    expect(run(a, b, [{ oldPointer: '', newPointer: '' }]).map((g) => g.text)).toEqual([' changed']);
  });

  test('an operation is found from its old pointer when the new side has none', () => {
    const a = doc();
    const b = { ...doc(), paths: { '/b': { get: { operationId: 'A', responses: {} } } } };
    expect(run(a, b, [{ oldPointer: '/paths/~1a/get/x-old' }]).map((g) => g.op)).toEqual(['A']);
  });
});

describe('claims', () => {
  const found = (rule: Found['rule'], oldPointer?: string, newPointer?: string, also?: Found['also']): Found => ({
    rule,
    oldPointer,
    newPointer,
    text: '',
    ...(also && { also }),
  });

  test('a change claims its pointers and everything below them, on each side; `also` adds places', () => {
    const a = doc();
    const differences: Difference[] = [
      { oldPointer: '/x-a/deep', newPointer: '/x-a/deep' },
      { oldPointer: '/x-b' },
      { newPointer: '/x-c/1' },
      { newPointer: '/x-d' },
    ];
    expect(
      run(a, a, differences, [
        found('host-changed', '/x-a'),
        found('host-changed', undefined, '/x-c', [{ oldPointer: '/x-b' }]),
      ]).map((g) => g.text),
    ).toEqual(['/x-d added']);
    // A claim on one side does not claim the same pointer on the other.
    expect(run(a, a, [{ newPointer: '/x-a' }], [found('host-changed', '/x-a')]).map((g) => g.text)).toEqual([
      '/x-a added',
    ]);
    // The root claims everything.
    expect(run(a, a, differences, [found('host-changed', '', '')])).toEqual([]);
  });

  test('operation-path-changed locates the operation only: what differs inside it is still reported', () => {
    const a = doc();
    const at = '/paths/~1a/get';
    const groups = run(
      a,
      a,
      [
        { oldPointer: at, newPointer: at },
        { oldPointer: `${at}/x-1`, newPointer: `${at}/x-1` },
      ],
      [found('operation-path-changed', at, at)],
    );
    expect(groups.map((g) => g.text)).toEqual([`${at}/x-1 changed`]);
  });

  test('a reference to an operation renamed with it is explained by the rename', () => {
    const ref = (id: string) => ({ 'x-ms-dynamic-values': { operationId: id } });
    const a = { ...doc(), 'x-r': ref('A') };
    const b = {
      ...doc(),
      paths: { '/a': { get: { operationId: 'B', summary: 'x', responses: {} } } },
      'x-r': ref('B'),
      'x-s': ref('C'),
    };
    const d = (p: string) => ({ oldPointer: p, newPointer: p });
    expect(run(a, b, [d('/x-r/x-ms-dynamic-values/operationId')])).toEqual([]);
    // Another target than the renamed one is a difference.
    const c = { ...a, 'x-s': ref('A') };
    expect(run(c, b, [d('/x-s/x-ms-dynamic-values/operationId')]).map((g) => g.text)).toEqual([
      "/x-s/x-ms-dynamic-values/operationId changed from 'A' to 'C'",
    ]);
    // Only when both sides hold a value, and the old one is a string.
    expect(run(a, b, [{ oldPointer: '/x-r/x-ms-dynamic-values/operationId' }])).toHaveLength(1);
    const numeric = { ...doc(), 'x-n': 1 };
    expect(run(numeric, { ...b, 'x-n': 2 }, [d('/x-n')])).toHaveLength(1);
  });
});
