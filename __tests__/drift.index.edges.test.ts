// What diffDefinitions (src/drift/index.ts) makes of the rules' findings: each message form, the fields a change
// carries and leaves out, lines from either side, the order, and when a whole-document change reaches every operation.
import { describe, expect, test } from '@jest/globals';
import { diffDefinitions, driftVerdict } from '../src/drift/index.ts';

type Json = Record<string, unknown>;
const doc = (paths: Json, extra: Json = {}) => ({
  swagger: '2.0',
  info: { title: 'T', version: '1' },
  host: 'h',
  paths,
  ...extra,
});
const ok = { responses: { '200': { description: 'ok' } } };
const diff = (a: unknown, b: unknown) => diffDefinitions({ value: a }, { value: b });

describe('messages', () => {
  test('a new operation: its name, with its operationId when the name is a summary', () => {
    const added = diff(
      doc({}),
      doc({
        '/a': {
          get: { operationId: 'GetA', summary: 'Get a', ...ok },
          post: { operationId: 'AddA', ...ok },
          put: { summary: 'Put a', ...ok },
        },
      }),
    );
    expect(added).toStrictEqual([
      {
        rule: 'operation-added',
        level: 'info',
        message: "New action 'AddA'.",
        operationId: 'AddA',
        method: 'post',
        path: '/a',
        newPointer: '/paths/~1a/post',
      },
      {
        rule: 'operation-added',
        level: 'info',
        message: "New action 'Get a' (GetA).",
        operationId: 'GetA',
        method: 'get',
        path: '/a',
        newPointer: '/paths/~1a/get',
      },
      {
        rule: 'operation-added',
        level: 'info',
        message: "New action 'Put a'.",
        method: 'put',
        path: '/a',
        newPointer: '/paths/~1a/put',
      },
    ]);
  });

  test('a deprecated operation asks makers to stop using it', () => {
    const op = { operationId: 'GetA', summary: 'Get a', ...ok };
    expect(diff(doc({ '/a': { get: op } }), doc({ '/a': { get: { ...op, deprecated: true } } }))).toStrictEqual([
      {
        rule: 'operation-deprecated',
        level: 'warning',
        message: "Makers should stop using the action 'Get a': it is now deprecated.",
        operationId: 'GetA',
        method: 'get',
        path: '/a',
        newPointer: '/paths/~1a/get/deprecated',
      },
    ]);
  });
});

describe('fields and lines', () => {
  test('a removed operation keeps its method, path and old line; a document change has no operation fields', () => {
    const old = doc({ '/a': { get: { operationId: 'A', ...ok } } });
    const lines = (p: string) => (p === '/paths/~1a/get' ? 14 : undefined);
    expect(diffDefinitions({ value: old, lineOf: lines }, { value: doc({}), lineOf: () => undefined })).toStrictEqual([
      {
        rule: 'operation-removed',
        level: 'breaking',
        message: "Flows that use the action 'A' stop working: it was removed.",
        operationId: 'A',
        method: 'get',
        path: '/a',
        oldPointer: '/paths/~1a/get',
        line: 14,
      },
    ]);
    expect(diff(doc({}), { ...doc({}), info: { title: 'T', version: '2' } })).toStrictEqual([
      {
        rule: 'definition-changed',
        level: 'info',
        message:
          "The definition differs from the last export where no drift rule looks: /info/version changed from '1' to '2'.",
        oldPointer: '/info/version',
        newPointer: '/info/version',
      },
    ]);
  });

  test('the new side gives the line when it can, else the old side', () => {
    const a = doc({}, { basePath: '/a' });
    const b = doc({}, { basePath: '/b' });
    const [change] = diffDefinitions({ value: a, lineOf: () => 3 }, { value: b, lineOf: () => 7 });
    expect(change.line).toBe(7);
    const [fallback] = diffDefinitions({ value: a, lineOf: () => 3 }, { value: b, lineOf: () => undefined });
    expect(fallback.line).toBe(3);
  });
});

describe('order', () => {
  test('within a level, by operationId, else by method and path', () => {
    const added = diff(
      doc({}),
      doc({
        '/b': { get: { summary: 'B', ...ok } },
        '/a': { get: { summary: 'A', ...ok } },
        '/c': { get: { operationId: 'Zed', ...ok } },
        '/d': { get: { operationId: 'Alpha', ...ok } },
      }),
    );
    expect(added.map((c) => c.message)).toEqual([
      "New action 'Alpha'.",
      "New action 'Zed'.",
      "New action 'A'.",
      "New action 'B'.",
    ]);
  });
});

describe('changes of the whole document', () => {
  const x = (path: string) => ({ [path]: { get: { operationId: 'X', ...ok } } });

  test('a basePath change is one only when some operation really moved, or there are none', () => {
    expect(diff(doc({}, { basePath: '/a' }), doc({}, { basePath: '/b' })).map((c) => c.rule)).toEqual([
      'base-path-changed',
    ]);
    const y = { '/y': { get: { operationId: 'Y', ...ok } } };
    const moved = diff(
      doc({ ...x('/v2/x'), ...y }, { basePath: '/api' }),
      doc({ ...x('/x'), ...y }, { basePath: '/api/v2' }),
    );
    expect(moved.map((c) => c.rule)).toContain('base-path-changed');
    const undone = diff(doc(x('/v2/x'), { basePath: '/api' }), doc(x('/x'), { basePath: '/api/v2' }));
    expect(undone.map((c) => c.rule)).not.toContain('base-path-changed');
  });

  test("the document's media types apply to every operation, changed or not", () => {
    const a = doc(
      { '/a': { post: { operationId: 'A', ...ok } } },
      { consumes: ['application/json', 'application/xml'] },
    );
    const b = doc({ '/a': { post: { operationId: 'A', ...ok } } }, { consumes: ['application/json'] });
    // The change points at the document's list, so the catch-all does not report the removed item again.
    expect(diff(a, b).map((c) => [c.rule, c.operationId, c.oldPointer, c.newPointer])).toEqual([
      ['media-type-narrowed', 'A', '/consumes', '/consumes'],
    ]);
  });
});

describe('driftVerdict', () => {
  test("'warning' fails on breaking or warning changes, not on info alone", () => {
    const info = diff(doc({}), { ...doc({}), info: { title: 'T', version: '2' } });
    expect(driftVerdict(info, 'warning')).toEqual({ drift: true, breaking: 0, warnings: 0, infos: 1, fail: false });
  });
});
