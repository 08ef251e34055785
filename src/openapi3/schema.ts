import type { Pointer } from '../model.ts';
import { childPointer, getAt, isObject } from '../definition/pointer.ts';
import { setMember } from '../definition/json.ts';
import { type Context, copyExtensions, exampleValue, mapRef, refPointer } from './context.ts';

type Schema = Record<string, unknown>;

/** Validation keywords with the same meaning in 3.x schemas and 2.0 schemas, parameters and headers. */
const CONSTRAINTS = [
  'format',
  'default',
  'multipleOf',
  'maximum',
  'minimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
];
/** Keywords whose meaning and shape are the same in a 2.0 schema. */
const SAME = [
  'title',
  'description',
  ...CONSTRAINTS,
  'maxProperties',
  'minProperties',
  'readOnly',
  'xml',
  'externalDocs',
];
/** Handled below, or metadata with no effect on the data. */
const HANDLED = new Set([
  ...SAME,
  'example',
  '$ref',
  'type',
  'nullable',
  'required',
  'items',
  'properties',
  'additionalProperties',
  'allOf',
  'oneOf',
  'anyOf',
  'not',
  'writeOnly',
  'discriminator',
  'const',
  'examples',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'contentEncoding',
  'contentMediaType',
  '$schema',
  '$id',
  '$comment',
  '$anchor',
]);
const STRUCTURAL = ['$ref', 'type', 'properties', 'items', 'allOf', 'additionalProperties', 'enum'];
const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

/**
 * Converts a 3.0/3.1 schema to a 2.0 one. References to schema components become `#/definitions/...` (so
 * recursive schemas stay references and conversion never loops); other internal references are inlined.
 * `inlining` holds the references being inlined, to stop on a reference cycle.
 */
export function convertSchema(ctx: Context, schema: unknown, pointer: Pointer, inlining: string[] = []): Schema {
  if (schema === true || schema === undefined) return {};
  if (!isObject(schema)) {
    ctx.report(
      'oas3-schema-invalid',
      'warning',
      pointer,
      'This schema is not an object; it is converted to an empty (any-value) schema.',
    );
    return {};
  }
  const out: Schema = {};
  if (typeof schema.$ref === 'string') {
    const inlined = convertRef(ctx, schema.$ref, pointer, inlining, out);
    if (inlined) return Object.assign(inlined, annotations(ctx, schema, pointer));
  }
  for (const key of SAME) if (schema[key] !== undefined) out[key] = schema[key];
  if (schema.example !== undefined) out.example = exampleValue(ctx, schema.example);
  convertType(ctx, schema, pointer, out);
  if (schema.nullable === true) out['x-nullable'] = true;
  // 2.0 (draft 4) wants a non-empty list of unique names; an empty one (valid in 3.1) says nothing anyway.
  if (Array.isArray(schema.required) && schema.required.length > 0) out.required = [...new Set(schema.required)];
  if (schema.items !== undefined) {
    out.items = Array.isArray(schema.items)
      ? convertSchema(ctx, schema.items[0], childPointer(pointer, 'items', 0), inlining)
      : convertSchema(ctx, schema.items, childPointer(pointer, 'items'), inlining);
  } else if (out.type === 'array') {
    ctx.report(
      'oas3-array-items-missing',
      'warning',
      pointer,
      'An array schema without `items` is given `items: {}` (any value), as Swagger 2.0 requires `items`.',
    );
    out.items = {};
  }
  if (isObject(schema.properties)) {
    const props: Schema = {};
    for (const [name, prop] of Object.entries(schema.properties)) {
      setMember(props, name, convertSchema(ctx, prop, childPointer(pointer, 'properties', name), inlining));
    }
    out.properties = props;
  }
  if (typeof schema.additionalProperties === 'boolean') out.additionalProperties = schema.additionalProperties;
  else if (schema.additionalProperties !== undefined) {
    out.additionalProperties = convertSchema(
      ctx,
      schema.additionalProperties,
      childPointer(pointer, 'additionalProperties'),
      inlining,
    );
  }
  if (Array.isArray(schema.allOf)) {
    out.allOf = schema.allOf.map((s, i) => convertSchema(ctx, s, childPointer(pointer, 'allOf', i), inlining));
  }
  convertBounds(schema, out);
  if (schema.const !== undefined) out.enum = [schema.const];
  if (Array.isArray(schema.examples) && schema.examples.length > 0 && out.example === undefined)
    out.example = schema.examples[0];
  if (out.type === 'string' && out.format === undefined) {
    if (schema.contentEncoding === 'base64') out.format = 'byte';
    else if (typeof schema.contentMediaType === 'string' && schema.contentEncoding === undefined) out.format = 'binary';
  }
  if (schema.not !== undefined) {
    ctx.report(
      'oas3-schema-not-dropped',
      'warning',
      childPointer(pointer, 'not'),
      'Swagger 2.0 has no `not`; the restriction is dropped, so the platform accepts values the API may reject.',
    );
  }
  if (schema.writeOnly === true) {
    ctx.report(
      'oas3-schema-writeonly-dropped',
      'warning',
      childPointer(pointer, 'writeOnly'),
      'Swagger 2.0 has no `writeOnly`; the property also appears in responses (as dynamic content that stays empty).',
    );
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key]))
      alternatives(ctx, schema[key] as unknown[], key, childPointer(pointer, key), out, inlining);
  }
  if (schema.discriminator !== undefined)
    discriminator(ctx, schema.discriminator, childPointer(pointer, 'discriminator'), out);
  dropUnknown(ctx, schema, pointer, HANDLED);
  copyExtensions(ctx, schema, out, pointer);
  return out;
}

/** Reports each keyword with no 2.0 equivalent (other than `x-` extensions and the `handled` ones). */
export function dropUnknown(ctx: Context, from: Schema, pointer: Pointer, handled: ReadonlySet<string>): void {
  for (const [key, value] of Object.entries(from)) {
    if (handled.has(key) || key.startsWith('x-')) continue;
    if (key === 'deprecated' && value !== true) continue;
    ctx.report(
      'oas3-keyword-dropped',
      'warning',
      childPointer(pointer, key),
      `Swagger 2.0 has no \`${key}\` here; it is dropped.`,
    );
  }
}

/** Annotations kept beside a `$ref` (2.0 tools ignore them but they document the use site). */
function annotations(ctx: Context, schema: Schema, pointer: Pointer): Schema {
  const out: Schema = {};
  for (const key of ['description', 'title', 'readOnly', 'example', 'default'])
    if (schema[key] !== undefined) out[key] = schema[key];
  if (schema.nullable === true) out['x-nullable'] = true;
  copyExtensions(ctx, schema, out, pointer);
  return out;
}

/**
 * Sets `out.$ref` for a mappable reference and returns undefined; returns the converted target for one that must be
 * inlined (an empty schema, with a finding, when it cannot be).
 */
function convertRef(ctx: Context, ref: string, pointer: Pointer, inlining: string[], out: Schema): Schema | undefined {
  const mapped = ref.startsWith('#/components/schemas/') ? mapRef(ref) : undefined;
  if (mapped !== undefined) {
    out.$ref = mapped;
    return undefined;
  }
  if (!ref.startsWith('#')) {
    ctx.report(
      'oas3-ref-external',
      'warning',
      childPointer(pointer, '$ref'),
      `External reference '${ref}' is kept as is; the platform only accepts references inside the document, so bundle it first.`,
    );
    out.$ref = ref;
    return undefined;
  }
  const target = getAt(ctx.root, ref);
  if (target === undefined || inlining.includes(ref)) {
    const why = target === undefined ? 'does not resolve' : 'refers to itself through inlined schemas';
    ctx.report(
      'oas3-ref-unsupported',
      'error',
      childPointer(pointer, '$ref'),
      `Reference '${ref}' ${why}; it is replaced by an any-value schema.`,
    );
    return {};
  }
  return convertSchema(ctx, target, refPointer(ref), [...inlining, ref]);
}

/** 3.1 type lists: `[x, "null"]` -> `x` + `x-nullable`; other lists lose their precision with a finding. */
function convertType(ctx: Context, schema: Schema, pointer: Pointer, out: Schema): void {
  const types = Array.isArray(schema.type)
    ? schema.type.filter((t) => typeof t === 'string')
    : typeof schema.type === 'string'
      ? [schema.type]
      : [];
  const nonNull = types.filter((t) => t !== 'null');
  if (nonNull.length < types.length) out['x-nullable'] = true;
  if (nonNull.length === 1) out.type = nonNull[0];
  else if (nonNull.length > 1) {
    const numeric = nonNull.every((t) => t === 'number' || t === 'integer');
    if (numeric) out.type = 'number';
    ctx.report(
      'oas3-schema-type-list',
      'warning',
      childPointer(pointer, 'type'),
      `Swagger 2.0 allows one type; [${nonNull.join(', ')}] becomes ${numeric ? '`number`' : 'an any-value schema (no type)'}.`,
    );
  }
}

/** 3.1 numeric `exclusiveMinimum`/`exclusiveMaximum` -> the 2.0 boolean form beside `minimum`/`maximum`. */
function convertBounds(schema: Schema, out: Schema): void {
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    const value = schema[exclusive];
    if (typeof value === 'number') {
      out[bound] = value;
      out[exclusive] = true;
    } else if (value === true && out[bound] !== undefined) out[exclusive] = true;
  }
}

function isNullSchema(s: unknown): boolean {
  return isObject(s) && (s.type === 'null' || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null));
}

/**
 * `oneOf`/`anyOf` -> the closest 2.0 form: null branches become `x-nullable`; a single remaining branch is merged in;
 * branches of one primitive type become that type; objects keep the first branch; mixed types become any-value.
 */
function alternatives(
  ctx: Context,
  branches: unknown[],
  key: string,
  pointer: Pointer,
  out: Schema,
  inlining: string[],
): void {
  const kept = branches.map((b, i) => ({ b, i })).filter(({ b }) => !isNullSchema(b));
  if (kept.length < branches.length) out['x-nullable'] = true;
  if (kept.length === 0) return;
  if (kept.length === 1) {
    merge(out, convertSchema(ctx, kept[0].b, childPointer(pointer, kept[0].i), inlining));
    return;
  }
  const resolved = kept.map(({ b, i }) => ctx.resolve(b, childPointer(pointer, i)).node);
  const types = new Set(
    resolved.map((r) => (isObject(r) ? (r.type ?? (r.properties ? 'object' : undefined)) : undefined)),
  );
  const [only] = types;
  let outcome: string;
  if (types.size === 1 && typeof only === 'string' && PRIMITIVE_TYPES.has(only)) {
    const enums = resolved.map((r) => (r as Schema).enum);
    merge(out, { type: only, ...(enums.every(Array.isArray) ? { enum: [...new Set(enums.flat())] } : {}) });
    outcome = `a single \`${only}\` schema`;
  } else if (types.size === 1 && only === 'object') {
    merge(out, convertSchema(ctx, kept[0].b, childPointer(pointer, kept[0].i), inlining));
    outcome = 'its first branch';
  } else {
    outcome = 'an any-value schema';
  }
  ctx.report(
    'oas3-schema-alternatives',
    'warning',
    pointer,
    `Swagger 2.0 has no \`${key}\`; the ${kept.length} alternatives become ${outcome}.`,
  );
}

/** Merges a converted branch into its parent: a lone reference stays a reference, otherwise the parent wins. */
function merge(out: Schema, branch: Schema): void {
  if (typeof branch.$ref === 'string' && STRUCTURAL.some((k) => out[k] !== undefined)) {
    out.allOf = [...((out.allOf as unknown[] | undefined) ?? []), branch];
    return;
  }
  for (const [k, v] of Object.entries(branch)) {
    if (k === 'properties' && isObject(out.properties) && isObject(v)) out.properties = { ...v, ...out.properties };
    else if (k === 'required' && Array.isArray(out.required) && Array.isArray(v))
      out.required = [...new Set([...out.required, ...v])];
    else if (out[k] === undefined) out[k] = v;
  }
}

/** 3.x discriminator object -> 2.0 property name, which 2.0 requires to be a required property. */
function discriminator(ctx: Context, value: unknown, pointer: Pointer, out: Schema): void {
  const name = isObject(value) ? value.propertyName : value;
  if (typeof name !== 'string' || !isObject(out.properties) || out.properties[name] === undefined) {
    ctx.report(
      'oas3-discriminator-dropped',
      'warning',
      pointer,
      'The discriminator property is not declared in this schema, which Swagger 2.0 requires; the discriminator is dropped.',
    );
    return;
  }
  out.discriminator = name;
  const required = Array.isArray(out.required) ? out.required : [];
  if (!required.includes(name)) out.required = [...required, name];
  if (isObject(value) && value.mapping !== undefined) {
    ctx.report(
      'oas3-discriminator-mapping-dropped',
      'warning',
      childPointer(pointer, 'mapping'),
      'Swagger 2.0 has no discriminator `mapping`: the values must equal the definition names of the subtypes.',
    );
  }
}

/** Keywords a 2.0 non-body parameter, header or items object accepts. */
const PRIMITIVE_KEYS = ['type', ...CONSTRAINTS, 'exclusiveMaximum', 'exclusiveMinimum'];

/**
 * Flattens a schema into the fields of a 2.0 parameter, header or `items` (which cannot hold a schema):
 * references are resolved, and anything but primitives and arrays of them becomes a string with a finding.
 */
export function primitiveFields(ctx: Context, schema: unknown, pointer: Pointer, depth = 0): Schema {
  const { node, pointer: at } = ctx.resolve(schema, pointer);
  let converted = convertSchema(ctx, node, at);
  // A lone allOf/oneOf branch or a `$ref` left by convertSchema names the real shape.
  for (let hops = 0; hops < 5 && converted.type === undefined; hops++) {
    const inner = Array.isArray(converted.allOf) && converted.allOf.length === 1 ? converted.allOf[0] : converted;
    const ref =
      isObject(inner) && typeof inner.$ref === 'string'
        ? inner.$ref.replace('#/definitions/', '#/components/schemas/')
        : undefined;
    if (ref === undefined || !isObject(getAt(ctx.root, ref))) break;
    converted = {
      ...convertSchema(ctx, getAt(ctx.root, ref), refPointer(ref)),
      ...(converted['x-nullable'] ? { 'x-nullable': true } : {}),
    };
  }
  const out: Schema = {};
  for (const key of PRIMITIVE_KEYS) if (converted[key] !== undefined) out[key] = converted[key];
  copyExtensions(ctx, converted, out, at);
  if (out.type === 'array' && depth < 3) {
    out.items = primitiveFields(ctx, isObject(node) ? node.items : undefined, childPointer(at, 'items'), depth + 1);
  } else if (typeof out.type !== 'string' || !PRIMITIVE_TYPES.has(out.type)) {
    if (out.type !== undefined || Object.keys(converted).some((k) => STRUCTURAL.includes(k))) {
      ctx.report(
        'oas3-parameter-complex-schema',
        'warning',
        at,
        'Swagger 2.0 parameters and headers hold only primitives and arrays of them; this value is sent as a string (serialise it yourself).',
      );
    }
    for (const key of Object.keys(out)) if (!key.startsWith('x-')) delete out[key];
    out.type = 'string';
  }
  return out;
}
