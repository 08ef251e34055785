/**
 * Whether a value is certainly valid against the Swagger 2.0 schema's `schema` definition (with the draft-04 parts
 * it refers to), answered by one pass over each node's own members. The generated validator asks it first and,
 * when it says yes, skips its own check: Ajv's code reads some thirty keywords on every schema node, most of a
 * definition's schema check. It must never say yes where Ajv finds an error (the tests compare the two); where in
 * doubt it says no, and Ajv checks and reports as before.
 */
export function validSchemaNode(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  for (const key in data) {
    const value: unknown = (data as Record<string, unknown>)[key];
    switch (key) {
      case '$ref':
      case 'format':
      case 'title':
      case 'description':
      case 'pattern':
      case 'discriminator':
        if (typeof value !== 'string') return false;
        break;
      case 'default':
      case 'example':
        break;
      case 'multipleOf':
        if (!isNumber(value) || value <= 0) return false;
        break;
      case 'maximum':
      case 'minimum':
        if (!isNumber(value)) return false;
        break;
      case 'exclusiveMaximum':
      case 'exclusiveMinimum':
      case 'uniqueItems':
      case 'readOnly':
        if (typeof value !== 'boolean') return false;
        break;
      case 'maxLength':
      case 'minLength':
      case 'maxItems':
      case 'minItems':
      case 'maxProperties':
      case 'minProperties':
        if (!isNumber(value) || value % 1 !== 0 || value < 0) return false;
        break;
      case 'required':
        if (!distinctList(value, (item) => typeof item === 'string')) return false;
        break;
      case 'enum':
        // Objects and lists among the values: Ajv compares them deeply, and decides.
        if (!distinctList(value, (item) => item === null || typeof item !== 'object')) return false;
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
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
        for (const name in value) if (!validSchemaNode((value as Record<string, unknown>)[name])) return false;
        break;
      case 'xml':
        if (!validMembers(value, XML)) return false;
        break;
      case 'externalDocs':
        if (!validMembers(value, EXTERNAL_DOCS, true) || value.url === undefined) return false;
        break;
      default:
        // Extensions are anything; any other member is not allowed.
        if (!key.startsWith('x-')) return false;
    }
  }
  return true;
}

const SIMPLE_TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const isSimpleType = (item: unknown): boolean => typeof item === 'string' && SIMPLE_TYPES.has(item);

/** Ajv's `number`: a finite number. */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
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
  extensions = false,
): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const key in value) {
    const type = allowed.get(key);
    if (
      type === undefined
        ? !(extensions && key.startsWith('x-'))
        : typeof (value as Record<string, unknown>)[key] !== type
    ) {
      return false;
    }
  }
  return true;
}
