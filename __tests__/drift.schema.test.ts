/* eslint-disable @typescript-eslint/no-explicit-any -- the tests build schema nodes freely */
/**
 * The schema comparisons on their own (src/drift/schema.ts): what one parameter or schema node compared with its new
 * version gives, as rule, pointers and the clause after the subject. Each constraint is tried both ways, at and
 * beside its boundary, for inputs and outputs, since a level follows from the direction.
 */
import { describe, expect, test } from '@jest/globals';
import {
  compareNode,
  compareSchema,
  shown,
  wordingText,
  type Comparer,
  type Delta,
  type Direction,
} from '../src/drift/schema.ts';

function comparer(oldRoot: any = {}, newRoot: any = {}, renamed: [string, string | undefined][] = []): Comparer {
  return { oldRoot, newRoot, renamed: new Map(renamed), memo: new Map(), active: new Set() };
}

const said = (d: Delta) =>
  `${d.rule} ${d.oldPointer ?? '-'} ${d.newPointer ?? '-'} [${d.field.join('.')}]: ${d.say('S')}`;

function node(a: any, b: any, dir: Direction = 'request', c = comparer()): string[] {
  const out: Delta[] = [];
  compareNode(c, dir, a, '/a', b, '/b', [], out);
  return out.map(said);
}

describe('type and format', () => {
  test.each([
    // [old, new, request rule, response rule]
    ['integer', 'number', 'type-relaxed', 'output-type-widened'],
    ['integer', 'string', 'type-relaxed', 'output-type-widened'],
    ['number', 'string', 'type-relaxed', 'output-type-widened'],
    ['boolean', 'string', 'type-relaxed', 'output-type-widened'],
    ['number', 'integer', 'type-changed', 'type-relaxed'],
    ['string', 'boolean', 'type-changed', 'type-relaxed'],
    ['boolean', 'integer', 'type-changed', 'type-changed'],
    ['integer', 'boolean', 'type-changed', 'type-changed'],
    ['object', 'string', 'type-changed', 'type-changed'],
    ['string', 'array', 'type-changed', 'type-changed'],
  ])('%s -> %s: %s as input, %s as output', (from, to, request, response) => {
    const text = `/a /b []: the type of S changed from ${from} to ${to}`;
    expect(node({ type: from }, { type: to }, 'request')).toEqual([`${request} ${text}`]);
    expect(node({ type: from }, { type: to }, 'response')).toEqual([`${response} ${text}`]);
  });

  test('formats: int32 -> int64 and float -> double widen; other pairs change; one side without a format is no change', () => {
    const f = (fa: string | undefined, fb: string | undefined, dir: Direction = 'request') =>
      node({ type: 'integer', format: fa }, { type: 'integer', format: fb }, dir);
    expect(f('int32', 'int64')).toEqual([
      'type-relaxed /a /b []: the type of S changed from integer/int32 to integer/int64',
    ]);
    expect(f('int64', 'int32')).toEqual([
      'type-changed /a /b []: the type of S changed from integer/int64 to integer/int32',
    ]);
    expect(f('int64', 'int32', 'response')).toEqual([
      'type-relaxed /a /b []: the type of S changed from integer/int64 to integer/int32',
    ]);
    expect(f('float', 'double', 'response')).toEqual([
      'output-type-widened /a /b []: the type of S changed from integer/float to integer/double',
    ]);
    expect(f('date', 'date-time')).toEqual([
      'type-changed /a /b []: the type of S changed from integer/date to integer/date-time',
    ]);
    expect(f('int32', undefined)).toEqual([]);
    expect(f(undefined, 'int64')).toEqual([]);
    expect(node({ format: 'int32' }, { format: 7 })).toEqual([]);
  });

  test('a breaking type change stops there: nothing below it is compared', () => {
    expect(node({ type: 'object', description: 'x' }, { type: 'string', description: 'y' })).toEqual([
      'type-changed /a /b []: the type of S changed from object to string',
    ]);
    // A relaxed one goes on.
    expect(node({ type: 'integer', description: 'x' }, { type: 'number', description: 'y' })).toEqual([
      'type-relaxed /a /b []: the type of S changed from integer to number',
      'documentation-changed /a/description /b/description []: description',
    ]);
  });
});

describe('input constraints (requests only)', () => {
  test.each(['maximum', 'maxLength', 'maxItems'])('%s: added or lowered tightens; raised or removed relaxes', (key) => {
    expect(node({}, { [key]: 5 })).toEqual([
      `constraint-tightened /a/${key} /b/${key} []: S now has ${key} 5 (was none)`,
    ]);
    expect(node({ [key]: 5 }, { [key]: 4 })).toEqual([
      `constraint-tightened /a/${key} /b/${key} []: S now has ${key} 4 (was 5)`,
    ]);
    expect(node({ [key]: 5 }, { [key]: 5 })).toEqual([]);
    expect(node({ [key]: 5 }, { [key]: 6 })).toEqual([
      `constraint-relaxed /a/${key} /b/${key} []: S now allows ${key} 6 (was 5)`,
    ]);
    expect(node({ [key]: 5 }, {})).toEqual([
      `constraint-relaxed /a/${key} /b/${key} []: S has no ${key} any more (was 5)`,
    ]);
    expect(node({ [key]: 'x' }, { [key]: 'y' })).toEqual([]);
    expect(node({ [key]: 5 }, { [key]: 4 }, 'response')).toEqual([]);
  });

  test.each(['minimum', 'minLength', 'minItems'])(
    '%s: added or raised tightens; lowered or removed relaxes; 0 is none',
    (key) => {
      expect(node({}, { [key]: 2 })).toEqual([
        `constraint-tightened /a/${key} /b/${key} []: S now has ${key} 2 (was none)`,
      ]);
      expect(node({ [key]: 2 }, { [key]: 3 })).toEqual([
        `constraint-tightened /a/${key} /b/${key} []: S now has ${key} 3 (was 2)`,
      ]);
      expect(node({ [key]: 2 }, { [key]: 2 })).toEqual([]);
      expect(node({ [key]: 2 }, { [key]: 1 })).toEqual([
        `constraint-relaxed /a/${key} /b/${key} []: S now allows ${key} 1 (was 2)`,
      ]);
      expect(node({ [key]: 2 }, {})).toEqual([
        `constraint-relaxed /a/${key} /b/${key} []: S has no ${key} any more (was 2)`,
      ]);
      // A length or count of 0 refuses nothing: adding or dropping it is no change. A minimum of 0 refuses negatives.
      if (key === 'minimum') {
        expect(node({}, { [key]: 0 })).toEqual([
          `constraint-tightened /a/${key} /b/${key} []: S now has ${key} 0 (was none)`,
        ]);
        expect(node({ [key]: -1 }, { [key]: -2 })).toEqual([
          `constraint-relaxed /a/${key} /b/${key} []: S now allows ${key} -2 (was -1)`,
        ]);
      } else {
        expect(node({}, { [key]: 0 })).toEqual([]);
        expect(node({ [key]: 0 }, {})).toEqual([]);
      }
    },
  );

  test('multipleOf: a value that divides the old one accepts more; anything else accepts less', () => {
    expect(node({}, { multipleOf: 2 })).toEqual([
      'constraint-tightened /a/multipleOf /b/multipleOf []: S must now be a multiple of 2 (was none)',
    ]);
    expect(node({ multipleOf: 2 }, { multipleOf: 4 })).toEqual([
      'constraint-tightened /a/multipleOf /b/multipleOf []: S must now be a multiple of 4 (was 2)',
    ]);
    expect(node({ multipleOf: 4 }, { multipleOf: 3 })).toEqual([
      'constraint-tightened /a/multipleOf /b/multipleOf []: S must now be a multiple of 3 (was 4)',
    ]);
    expect(node({ multipleOf: 4 }, { multipleOf: 2 })).toEqual([
      'constraint-relaxed /a/multipleOf /b/multipleOf []: S now accepts multiples of 2 (was 4)',
    ]);
    expect(node({ multipleOf: 0.1 }, { multipleOf: 0.05 })).toEqual([
      'constraint-relaxed /a/multipleOf /b/multipleOf []: S now accepts multiples of 0.05 (was 0.1)',
    ]);
    expect(node({ multipleOf: 4 }, {})).toEqual([
      'constraint-relaxed /a/multipleOf /b/multipleOf []: S need not be a multiple of 4 any more',
    ]);
    expect(node({ multipleOf: 4 }, { multipleOf: 4 })).toEqual([]);
    expect(node({}, { multipleOf: 0 })).toEqual([]);
  });

  test('pattern: a new or changed one tightens, a removed one relaxes', () => {
    expect(node({}, { pattern: '^a' })).toEqual(['constraint-tightened /a/pattern /b/pattern []: S must now match ^a']);
    expect(node({ pattern: '^a' }, { pattern: '^b' })).toEqual([
      'constraint-tightened /a/pattern /b/pattern []: S must now match ^b',
    ]);
    expect(node({ pattern: '^a' }, {})).toEqual([
      'constraint-relaxed /a/pattern /b/pattern []: S need not match ^a any more',
    ]);
    expect(node({ pattern: '^a' }, { pattern: '^a' })).toEqual([]);
  });

  test('enum: added, removed, values gained (at most five quoted) and values lost', () => {
    expect(node({}, { enum: ['a', 1] })).toEqual([
      "constraint-tightened /a/enum /b/enum []: S now only accepts 'a', 1",
    ]);
    expect(node({ enum: ['a'] }, {})).toEqual([
      'constraint-relaxed /a/enum /b/enum []: S accepts any value now (its enum was removed)',
    ]);
    expect(node({ enum: ['a'] }, { enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })).toEqual([
      "enum-value-added /a/enum /b/enum []: S now also accepts 'b', 'c', 'd', 'e', 'f' and 1 more",
    ]);
    expect(node({ enum: ['a', 'b', 1] }, { enum: ['b'] })).toEqual([
      "enum-value-removed /a/enum /b/enum []: S no longer accepts 'a', 1",
    ]);
    expect(node({ enum: ['a', 'b'] }, { enum: ['b', 'a'] })).toEqual([]);
    // Outputs: an enum says what may come back; flows do not break on it.
    expect(node({ enum: ['a', 'b'] }, { enum: ['b'] }, 'response')).toEqual([]);
  });
});

describe('what a saved flow sends', () => {
  test('defaults: internal ones are what every flow sends; long values are not quoted', () => {
    expect(node({ default: 1 }, { default: 2 })).toEqual([
      'default-changed /a/default /b/default []: the default of S changed from 1 to 2',
    ]);
    expect(node({}, { default: 'x', 'x-ms-visibility': 'INTERNAL' })).toEqual([
      "internal-default-changed /a/default /b/default []: the default of S changed from none to 'x'",
      'visibility-internal /a/x-ms-visibility /b/x-ms-visibility []: S is now internal (hidden from makers)',
    ]);
    expect(node({ default: 'x'.repeat(50) }, { default: ['y'] })).toEqual([
      'default-changed /a/default /b/default []: the default of S changed from a longer value to a longer value',
    ]);
    expect(node({ default: { a: 1 } }, { default: { a: 1 } })).toEqual([]);
    expect(node({ default: 1 }, { default: 2 }, 'response')).toEqual([]);
  });

  test('x-ms-url-encoding and collectionFormat against the platform defaults, any case', () => {
    expect(node({}, { 'x-ms-url-encoding': 'double' })).toEqual([
      'encoding-changed /a/x-ms-url-encoding /b/x-ms-url-encoding []: S is sent differently: x-ms-url-encoding changed from single to double',
    ]);
    expect(node({ 'x-ms-url-encoding': 'SINGLE' }, {})).toEqual([]);
    expect(node({ collectionFormat: 'csv' }, { collectionFormat: 'multi' })).toEqual([
      'encoding-changed /a/collectionFormat /b/collectionFormat []: S is sent differently: collectionFormat changed from csv to multi',
    ]);
    expect(node({}, { collectionFormat: 'CSV' })).toEqual([]);
    expect(node({ collectionFormat: 5 }, {})).toEqual([]);
  });
});

describe('visibility, dynamic references and wording (both directions)', () => {
  test('visibility', () => {
    expect(node({ 'x-ms-visibility': 'important' }, {}, 'response')).toEqual([
      'visibility-changed /a/x-ms-visibility /b/x-ms-visibility []: x-ms-visibility of S changed from important to none',
    ]);
    expect(node({}, { 'x-ms-visibility': 'advanced' })).toEqual([
      'visibility-changed /a/x-ms-visibility /b/x-ms-visibility []: x-ms-visibility of S changed from none to advanced',
    ]);
    expect(node({ 'x-ms-visibility': 'Advanced' }, { 'x-ms-visibility': 'advanced' })).toEqual([]);
  });

  test('dynamic references: lost, retargeted, target removed or renamed apart from them', () => {
    const dv = (operationId: string) => ({ 'x-ms-dynamic-values': { operationId } });
    const c = comparer({}, {}, [
      ['List', 'List'],
      ['Old', 'New'],
      ['Gone', undefined],
    ]);
    const p = '/a/x-ms-dynamic-values /b/x-ms-dynamic-values []';
    expect(node(dv('List'), {}, 'request', c)).toEqual([
      'dynamic-target-changed /a/x-ms-dynamic-values - []: S lost its x-ms-dynamic-values',
    ]);
    expect(node(dv('List'), dv('Other'), 'request', c)).toEqual([
      `dynamic-target-changed ${p}: the x-ms-dynamic-values of S is broken (it now calls Other instead of List)`,
    ]);
    expect(node(dv('Old'), dv('Old'), 'request', c)).toEqual([
      `dynamic-target-changed ${p}: the x-ms-dynamic-values of S is broken (its target Old was renamed to New)`,
    ]);
    expect(node(dv('Gone'), dv('Gone'), 'request', c)).toEqual([
      `dynamic-target-changed ${p}: the x-ms-dynamic-values of S is broken (its target Gone was removed)`,
    ]);
    // Renamed together, or a target this document never had: fine.
    expect(node(dv('Old'), dv('New'), 'request', c)).toEqual([]);
    expect(node(dv('Unknown'), dv('Unknown'), 'request', c)).toEqual([]);
    // x-ms-dynamic-tree names its operations under open and browse.
    const tree = (open: string, browse: string) => ({
      'x-ms-dynamic-tree': { settings: {}, open: { operationId: open }, browse: { operationId: browse } },
    });
    expect(node(tree('List', 'Old'), tree('List', 'Browse'), 'response', c)).toEqual([
      'dynamic-target-changed /a/x-ms-dynamic-tree /b/x-ms-dynamic-tree []: the x-ms-dynamic-tree of S is broken (it now calls Browse instead of Old)',
    ]);
    expect(
      node(tree('List', 'List'), { 'x-ms-dynamic-tree': { open: { operationId: 'List' } } }, 'request', c),
    ).toEqual([
      'dynamic-target-changed /a/x-ms-dynamic-tree /b/x-ms-dynamic-tree []: the x-ms-dynamic-tree of S is broken (it now calls nothing instead of List)',
    ]);
  });

  test('wording keys, and the folded sentence', () => {
    expect(
      node({ summary: 'a', 'x-ms-summary': 'b', title: 't', example: 1, 'x-example': 2 }, {}).map(
        (l) => l.split(': ')[1],
      ),
    ).toEqual(['summary', 'x-ms-summary', 'title', 'example', 'x-example']);
    expect(wordingText(['summary'])).toBe('summary changed');
    expect(wordingText(['description', 'description', 'x-ms-summary', 'example', 'x-example'])).toBe(
      '2 descriptions, display name and 2 examples changed',
    );
    expect(wordingText(['x-custom', 'title', 'title'])).toBe('x-custom and 2 titles changed');
  });

  test('shown: short one-line scalars only', () => {
    expect(shown('abc')).toBe("'abc'");
    expect(shown(5)).toBe('5');
    expect(shown(null)).toBeUndefined();
    expect(shown(undefined)).toBeUndefined();
    expect(shown({})).toBeUndefined();
    expect(shown('a\nb')).toBeUndefined();
    expect(shown('x'.repeat(38))).toBe(`'${'x'.repeat(38)}'`);
    expect(shown('x'.repeat(39))).toBeUndefined();
  });
});

describe('compareSchema: properties, required, items and references', () => {
  const schema = (c: Comparer, dir: Direction, a: any, b: any) =>
    compareSchema(c, dir, { value: a, pointer: '/a' }, { value: b, pointer: '/b' }).map(said);
  const obj = (props: any, required?: string[]) => ({
    type: 'object',
    properties: props,
    ...(required && { required }),
  });
  const str = { type: 'string' };

  test('properties removed and added, by direction, with the required list they left or joined', () => {
    expect(schema(comparer(), 'request', obj({ a: str, b: str }, ['b']), obj({}))).toEqual([
      'request-property-removed /a/properties/a - [a]: S was removed',
      'request-property-removed /a/properties/b - [b]: S was removed',
    ]);
    expect(schema(comparer(), 'response', obj({ a: str }), obj({}))).toEqual([
      'response-property-removed /a/properties/a - [a]: S was removed',
    ]);
    expect(schema(comparer(), 'request', obj({}), obj({ a: str, b: str }, ['b']))).toEqual([
      'optional-parameter-added - /b/properties/a [a]: S was added',
      'required-parameter-added - /b/properties/b [b]: it now requires S',
    ]);
    expect(schema(comparer(), 'response', obj({}), obj({ a: str }, ['a']))).toEqual([
      'response-property-added - /b/properties/a [a]: S was added',
    ]);
    const removed = compareSchema(
      comparer(),
      'request',
      { value: obj({ b: str }, ['b']), pointer: '/a' },
      { value: obj({}), pointer: '/b' },
    );
    expect(removed[0].also).toEqual([{ oldPointer: '/a/required', newPointer: '/b/required' }]);
    // A hidden property going, or a required one the connector fills arriving, breaks nothing.
    expect(
      schema(comparer(), 'request', obj({ h: { type: 'string', 'x-ms-visibility': 'internal' } }), obj({})),
    ).toEqual([]);
    expect(
      schema(
        comparer(),
        'request',
        obj({}),
        obj({ f: { type: 'string', 'x-ms-visibility': 'internal', default: 'x' } }, ['f']),
      ),
    ).toEqual(['optional-parameter-added - /b/properties/f [f]: S was added']);
  });

  test('required joined or left: by direction', () => {
    const both = (ra: string[], rb: string[], dir: Direction) =>
      schema(comparer(), dir, obj({ a: str }, ra), obj({ a: str }, rb));
    expect(both([], ['a'], 'request')).toEqual([
      'parameter-made-required /a/properties/a /b/properties/a [a]: S is now required',
    ]);
    expect(both(['a'], [], 'request')).toEqual([
      'parameter-made-optional /a/properties/a /b/properties/a [a]: S is now optional',
    ]);
    expect(both(['a'], [], 'response')).toEqual([
      'response-property-optional /a/properties/a /b/properties/a [a]: S is no longer required, so it may be missing',
    ]);
    expect(both([], ['a'], 'response')).toEqual([]);
    expect(both(['a'], ['a'], 'request')).toEqual([]);
  });

  test('nested properties and array items carry their field path', () => {
    const deep = (t: string) => obj({ list: { type: 'array', items: obj({ v: { type: t } }) } });
    expect(schema(comparer(), 'response', deep('integer'), deep('boolean'))).toEqual([
      'type-changed /a/properties/list/items/properties/v /b/properties/list/items/properties/v [list.[].v]: the type of S changed from integer to boolean',
    ]);
  });

  test('references: followed on each side, compared once per pair, cycles stop', () => {
    const root = (pet: any) => ({ definitions: { Pet: pet } });
    const c = comparer(root(obj({ a: { type: 'integer' } })), root(obj({ a: { type: 'boolean' } })));
    const ref = { $ref: '#/definitions/Pet' };
    expect(schema(c, 'response', ref, ref)).toEqual([
      'type-changed /definitions/Pet/properties/a /definitions/Pet/properties/a [a]: the type of S changed from integer to boolean',
    ]);
    expect([...c.memo.keys()]).toEqual(['response /definitions/Pet /definitions/Pet']);
    // A schema inlined in place of its reference, or moved to another name: nothing changed.
    const inlined = comparer(root(obj({ a: str })), {});
    expect(schema(inlined, 'response', ref, obj({ a: str }))).toEqual([]);
    // A cycle: Pet.self is a Pet.
    const cyclic = (t: string) => root(obj({ self: { $ref: '#/definitions/Pet' }, v: { type: t } }));
    expect(schema(comparer(cyclic('integer'), cyclic('boolean')), 'response', ref, ref)).toEqual([
      'type-changed /definitions/Pet/properties/v /definitions/Pet/properties/v [v]: the type of S changed from integer to boolean',
    ]);
    // Not objects: nothing to compare.
    expect(schema(comparer(), 'response', 'x', obj({}))).toEqual([]);
  });
});
