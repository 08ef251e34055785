// uniqueFrom (src/validation/uniqueItems.ts) replaces the start of Ajv's pairwise `uniqueItems` search in the
// generated validator: the pair it leads to must be the pair Ajv's own loop reports, for every list.
import { describe, expect, test } from '@jest/globals';
import equal from 'fast-deep-equal';
import { parseDefinition } from '../src/definition/parse.ts';
import { uniqueFrom } from '../src/validation/uniqueItems.ts';
import { validateDefinition } from '../src/validation/index.ts';
import { random } from './support/random.ts';

type Pair = [number, number] | undefined;

/** Ajv's generated loop, from a given start: the first (i, j) with equal items, i from the top, j below it. */
function search(items: readonly unknown[], start: number): Pair {
  for (let i = start; i--;) for (let j = i; j--;) if (equal(items[i], items[j])) return [i, j];
  return undefined;
}
const ajvPair = (items: readonly unknown[]) => search(items, items.length);
const ourPair = (items: readonly unknown[]) => search(items, uniqueFrom(items));

/** Values that are equal in several spellings: key order, 0 and -0; and ones that only look alike ("1" and 1). */
function value(next: () => number): unknown {
  const pick = Math.floor(next() * 12);
  switch (pick) {
    case 0:
      return Math.floor(next() * 6);
    case 1:
      return String(Math.floor(next() * 6));
    case 2:
      return next() < 0.5 ? 0 : -0;
    case 3:
      return null;
    case 4:
      return next() < 0.5;
    case 5:
      return next() < 0.5 ? { a: 1, b: [1, 2] } : { b: [1, 2], a: 1 };
    case 6:
      return { a: 1, b: [2, 1] };
    case 7:
      return [Math.floor(next() * 3)];
    case 8:
      return next() < 0.5 ? {} : [];
    case 9:
      return { nested: { x: Math.floor(next() * 3), y: null } };
    default:
      return `v${Math.floor(next() * 40)}`;
  }
}

describe('uniqueFrom', () => {
  test('leads to the pair Ajv reports, or to none, on 4,000 random lists of every length around the threshold', () => {
    const next = random(12);
    let repeated = 0;
    for (let n = 0; n < 4000; n++) {
      const length = Math.floor(next() * 40);
      const items = Array.from({ length }, () => value(next));
      const expected = ajvPair(items);
      if (expected) repeated++;
      expect(ourPair(items)).toEqual(expected);
    }
    // Both kinds were tried: lists with a repeat and lists without.
    expect(repeated).toBeGreaterThan(1000);
    expect(repeated).toBeLessThan(3900);
  });

  test('a long list without repeats starts nowhere; with one, at its later copy', () => {
    const distinct = Array.from({ length: 500 }, (_, i) => `zone ${i}`);
    expect(uniqueFrom(distinct)).toBe(0);
    const repeated = [...distinct.slice(0, 300), 'zone 7', ...distinct.slice(300)];
    expect(uniqueFrom(repeated)).toBe(301);
    expect(ourPair(repeated)).toEqual([300, 7]);
  });

  test('objects repeat whatever the order of their members; a string never equals a number', () => {
    for (const length of [20, 200]) {
      const items = [
        ...Array.from({ length }, (_, i) => i),
        { a: 1, b: [2, { c: null }] },
        '3',
        { b: [2, { c: null }], a: 1 },
      ];
      expect(ourPair(items)).toEqual([length + 2, length]);
      expect(ajvPair(items)).toEqual([length + 2, length]);
    }
  });

  test('long lists of objects: the pair Ajv reports, from keys of sorted members', () => {
    const next = random(7);
    for (let n = 0; n < 60; n++) {
      const items = Array.from({ length: 128 + Math.floor(next() * 40) }, (_, i) =>
        next() < 0.97 ? { name: `p${i}`, in: 'query' } : value(next),
      );
      const start = uniqueFrom(items);
      // Keys were built: the loop starts at an item that repeats an earlier one, or nowhere.
      if (start > 0) expect(items.slice(0, start - 1).some((x) => equal(x, items[start - 1]))).toBe(true);
      expect(ourPair(items)).toEqual(ajvPair(items));
    }
  });
});

describe('the generated validator with uniqueFrom', () => {
  test('a long enum with a repeat is a warning naming the same items as before', () => {
    const zones = Array.from({ length: 400 }, (_, i) => `Zone/${i}`);
    const doc = {
      swagger: '2.0',
      info: { title: 'Pets', description: 'Pets.', version: '1' },
      host: 'pets.example',
      paths: {
        '/pets': {
          get: {
            operationId: 'ListPets',
            summary: 'List',
            parameters: [{ name: 'tz', in: 'query', type: 'string', enum: [...zones, 'Zone/12', 'Zone/399'] }],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    };
    const found = validateDefinition(parseDefinition(JSON.stringify(doc), 'api.json')).filter(
      (f) => f.rule === 'swagger-schema',
    );
    expect(found.map(({ level, pointer, message }) => ({ level, pointer, message }))).toEqual([
      {
        level: 'warning',
        pointer: '/paths/~1pets/get/parameters/0/enum',
        message: `'enum' lists "Zone/399" more than once (items 399 and 401): remove the repeat.`,
      },
    ]);
  });
});
