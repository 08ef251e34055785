/*
 * Whether a value is certainly valid against a definition of the Swagger 2.0 schema, answered by one pass over
 * each object's own members. The generated validators of these definitions ask first and, on a yes, skip their own
 * check: Ajv's code reads every keyword the definition names on every object (some thirty for a schema object),
 * most of a definition's schema check. A yes must never stand where Ajv finds an error (the tests compare them on
 * random and real values); where in doubt the answer is no, and Ajv checks and reports as before.
 */

import { isObject } from '../definition/pointer.ts';

/** The `schema` definition (with the draft-04 parts it refers to): a schema object. */
export function validSchemaNode(data: unknown): boolean {
  if (!isObject(data)) return false;
  for (const key in data) {
    const value = data[key];
    switch (key) {
      case '$ref':
      case 'title':
      case 'description':
      case 'discriminator':
        if (typeof value !== 'string') return false;
        break;
      case 'example':
        break;
      case 'readOnly':
        if (typeof value !== 'boolean') return false;
        break;
      case 'maxProperties':
      case 'minProperties':
        if (!isCount(value)) return false;
        break;
      case 'required':
        if (!distinctList(value, (item) => typeof item === 'string')) return false;
        break;
      case 'type':
        if (typeof value === 'string' ? !SIMPLE_TYPES.has(value) : !distinctList(value, isSimpleType)) return false;
        break;
      case 'additionalProperties':
        if (typeof value !== 'boolean' && !validSchemaNode(value)) return false;
        break;
      case 'items':
        if (!validSchemaNode(value) && !(Array.isArray(value) && value.length > 0 && value.every(validSchemaNode))) {
          return false;
        }
        break;
      case 'allOf':
        if (!Array.isArray(value) || value.length === 0 || !value.every(validSchemaNode)) return false;
        break;
      case 'properties':
        if (!isObject(value)) return false;
        for (const name in value) if (!validSchemaNode(value[name])) return false;
        break;
      case 'xml':
        if (!validMembers(value, XML, false)) return false;
        break;
      case 'externalDocs':
        if (!validMembers(value, EXTERNAL_DOCS, true) || value.url === undefined) return false;
        break;
      default:
        if (!validOther(key, value)) return false;
    }
  }
  return true;
}

/** Where a parameter that is not the body goes, and what its location allows. */
type Location = 'query' | 'header' | 'path' | 'formData';

/** The `<location>ParameterSubSchema` definitions: a parameter that is not the body. */
export function validSimpleParameter(data: unknown, location: Location): boolean {
  if (!isObject(data)) return false;
  // A path parameter must say it is required (`required: true`); the others may say either.
  if (location === 'path' && data.required !== true) return false;
  for (const key in data) {
    const value = data[key];
    switch (key) {
      case 'in':
        if (value !== location) return false;
        break;
      case 'name':
      case 'description':
        if (typeof value !== 'string') return false;
        break;
      case 'required':
        if (typeof value !== 'boolean') return false;
        break;
      case 'allowEmptyValue':
        if ((location !== 'query' && location !== 'formData') || typeof value !== 'boolean') return false;
        break;
      default:
        if (!validPrimitive(key, value, location === 'formData' ? FORM_TYPES : PRIMITIVE_TYPES, location)) {
          return false;
        }
    }
  }
  return true;
}

/** `primitivesItems`: the items of a non-body parameter's array. */
function validItems(data: unknown): boolean {
  if (!isObject(data)) return false;
  for (const key in data) if (!validPrimitive(key, data[key], PRIMITIVE_TYPES, undefined)) return false;
  return true;
}

/**
 * A member a non-body parameter and its items share: type, items, collection format (`multi` only for a query or
 * form parameter itself) and the constraints; extensions are anything.
 */
function validPrimitive(key: string, value: unknown, types: Set<string>, location: Location | undefined): boolean {
  switch (key) {
    case 'type':
      return typeof value === 'string' && types.has(value);
    case 'items':
      return validItems(value);
    case 'collectionFormat':
      return (
        typeof value === 'string' &&
        (COLLECTION_FORMATS.has(value) || (value === 'multi' && (location === 'query' || location === 'formData')))
      );
    default:
      return validOther(key, value);
  }
}

/** The draft-04 constraints every definition here shares, or an extension: anything else is not allowed. */
function validOther(key: string, value: unknown): boolean {
  switch (key) {
    case 'format':
    case 'pattern':
      return typeof value === 'string';
    case 'default':
      return true;
    case 'multipleOf':
      return isNumber(value) && value > 0;
    case 'maximum':
    case 'minimum':
      return isNumber(value);
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
    case 'uniqueItems':
      return typeof value === 'boolean';
    case 'maxLength':
    case 'minLength':
    case 'maxItems':
    case 'minItems':
      return isCount(value);
    case 'enum':
      // Objects and lists among the values: Ajv compares them deeply, and decides.
      return distinctList(value, (item) => item === null || typeof item !== 'object');
    default:
      return key.startsWith('x-');
  }
}

/** draft-04's `simpleTypes`, in its order. */
export const SIMPLE_TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const isSimpleType = (item: unknown): boolean => typeof item === 'string' && SIMPLE_TYPES.has(item);
const PRIMITIVE_TYPES = new Set(['string', 'number', 'boolean', 'integer', 'array']);
const FORM_TYPES = new Set([...PRIMITIVE_TYPES, 'file']);
const COLLECTION_FORMATS = new Set(['csv', 'ssv', 'tsv', 'pipes']);

/** Ajv's `number`: a finite number. */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** draft-04's `positiveInteger`: an integer, 0 or more. */
function isCount(value: unknown): boolean {
  return isNumber(value) && value % 1 === 0 && value >= 0;
}

/** A non-empty list of distinct items that `accept` takes (primitives only: a Set compares them as Ajv does). */
function distinctList(value: unknown, accept: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length > 0 && value.every(accept) && new Set(value).size === value.length;
}

// The members `xml` and `externalDocs` allow, with the type each must have.
const XML = new Map([
  ['name', 'string'],
  ['namespace', 'string'],
  ['prefix', 'string'],
  ['attribute', 'boolean'],
  ['wrapped', 'boolean'],
]);
const EXTERNAL_DOCS = new Map([
  ['description', 'string'],
  ['url', 'string'],
]);

/** An object whose members are among `allowed` with their types (or extensions, where `extensions` says so). */
function validMembers(
  value: unknown,
  allowed: Map<string, string>,
  extensions: boolean,
): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  for (const key in value) {
    const type = allowed.get(key);
    if (type === undefined ? !(extensions && key.startsWith('x-')) : typeof value[key] !== type) return false;
  }
  return true;
}
