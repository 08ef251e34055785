import { childPointer, escapeToken, getAt, isObject, parsePointer, toPointer } from '../definition/pointer.ts';
import { HTTP_METHODS, type HttpMethod, type Pointer } from '../model.ts';

type Obj = Record<string, unknown>;

/** One side of a diff: structurally a `Definition` (src/definition/document.ts), or a bare parsed value. */
export interface DriftInput {
  value: unknown;
  lineOf?: (pointer: Pointer) => number | undefined;
}

export interface Located {
  value: unknown;
  /** Where the value really lives (after following `$ref`s), so line numbers point at it. */
  pointer: Pointer;
  /** The last `$ref` followed, when any. */
  ref?: string;
}

/** `childPointer` for one token, without the list of tokens (the hot path). */
export function child(pointer: Pointer, token: string | number): Pointer {
  return `${pointer}/${escapeToken(token)}`;
}

/**
 * Calls `visit` on every object of a document (arrays walked through, not visited), without recursion. Items are
 * pushed one by one: spreading a long array into push would overflow the call stack.
 */
export function forEachObject(root: unknown, visit: (node: Obj) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (isObject(node)) {
      visit(node);
      for (const key in node) stack.push(node[key]);
    }
  }
}

// A `$ref` to a `$ref` is legal; a chain this long is a loop.
const MAX_REF_HOPS = 16;

// Resolved `$ref`s per document: the same few definitions are referenced thousands of times. Parsed documents
// are never mutated after loading, so an entry stays true for the document's lifetime.
const targets = new WeakMap<object, Map<string, { pointer: Pointer; value: unknown } | undefined>>();

function target(root: unknown, ref: string): { pointer: Pointer; value: unknown } | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  let cache = targets.get(root);
  if (!cache) targets.set(root, (cache = new Map()));
  const known = cache.get(ref);
  if (known !== undefined || cache.has(ref)) return known;
  const tokens = ref.startsWith('#') ? parsePointer(ref) : undefined;
  const pointer = tokens && toPointer(tokens);
  const found = pointer === undefined ? undefined : { pointer, value: getAt(root, pointer) };
  cache.set(ref, found);
  return found;
}

/** Follows internal `$ref`s. External or dangling refs give an undefined value (the ref string is kept). */
export function deref(root: unknown, value: unknown, pointer: Pointer): Located {
  let ref: string | undefined;
  for (let hops = 0; hops < MAX_REF_HOPS && isObject(value) && typeof value.$ref === 'string'; hops++) {
    ref = value.$ref;
    const found = target(root, ref);
    if (found === undefined) return { value: undefined, pointer, ref };
    ({ pointer, value } = found);
  }
  return { value, pointer, ref };
}

export interface Parameter {
  /** `in:name`, header names lower-cased (HTTP ignores their case). */
  key: string;
  name: string;
  in: string;
  value: Obj;
  pointer: Pointer;
  /** A body parameter beside another one (invalid, but seen): messages name it. */
  named?: boolean;
  /** The entry as written in the list (a `$ref`, perhaps with members beside it), and where. */
  entry: unknown;
  entryPointer: Pointer;
}

export interface Operation {
  method: HttpMethod;
  path: string;
  /** Method and path with template names blanked: `/pets/{id}` and `/pets/{petId}` are the same endpoint. */
  endpoint: string;
  /** The same with the basePath in front: what the backend receives. */
  route: string;
  /** basePath + path, as a maker would recognise it. */
  url: string;
  operationId?: string;
  pointer: Pointer;
  value: Obj;
  /** Path-level parameters merged in, operation-level ones winning. */
  parameters: Parameter[];
  /** The path item holding it (`x-ms-notification-content` lives there), and where. */
  item: Obj;
  itemPointer: Pointer;
}

/** The name a maker knows an operation by: its summary, else its operationId, else method and path. */
export function actionName(op: Operation): string {
  const summary = op.value.summary;
  if (typeof summary === 'string' && summary.trim() !== '') return summary.trim();
  return op.operationId ?? `${op.method.toUpperCase()} ${op.path}`;
}

export function isTrigger(op: Operation): boolean {
  return typeof op.value['x-ms-trigger'] === 'string';
}

/** The entries of a parameter list that are no parameter at all (not an object, or a `$ref` to nothing). */
export function strayParameters(root: unknown, list: unknown, pointer: Pointer): Located[] {
  const strays: Located[] = [];
  if (!Array.isArray(list)) return strays;
  // Only a stray gets its pointer spelt: nearly every entry is a parameter.
  list.forEach((raw, i) => {
    if (!isObject(deref(root, raw, pointer).value)) strays.push({ value: raw, pointer: child(pointer, i) });
  });
  return strays;
}

function parametersOf(root: unknown, list: unknown, pointer: Pointer, into: Map<string, Parameter>): void {
  if (!Array.isArray(list)) return;
  list.forEach((raw, i) => {
    const entryPointer = child(pointer, i);
    const found = deref(root, raw, entryPointer);
    if (!isObject(found.value)) return;
    const value = found.value;
    const where = typeof value.in === 'string' ? value.in : '';
    const name = typeof value.name === 'string' ? value.name : String(i);
    // Header names are case-insensitive in HTTP: `X-Key` and `x-key` are one header.
    const key = `${where}:${where === 'header' ? name.toLowerCase() : name}`;
    into.set(key, { key, name, in: where, value, pointer: found.pointer, entry: raw, entryPointer });
  });
}

/** Every operation of a Swagger 2.0 document, in document order. */
export function operationsOf(root: unknown): Operation[] {
  const paths = isObject(root) ? root.paths : undefined;
  if (!isObject(paths)) return [];
  const out: Operation[] = [];
  const base = typeof (root as Obj).basePath === 'string' ? ((root as Obj).basePath as string) : '';
  // The regular expressions run only where they have something to do: most paths need none.
  const blank = (path: string) => (path.includes('{') ? path.replace(/\{[^}]*\}/g, '{}') : path);
  for (const [path, rawItem] of Object.entries(paths)) {
    // A basePath moved into the paths (or out of them) leaves every URL where it was.
    let url = `/${base}/${path}`;
    if (url.includes('//')) url = url.replace(/\/{2,}/g, '/');
    if (url.endsWith('/')) url = url.replace(/(.)\/$/, '$1');
    const item = deref(root, rawItem, child('/paths', path));
    if (!isObject(item.value)) continue;
    const itemValue = item.value;
    for (const method of HTTP_METHODS) {
      const value = itemValue[method];
      if (!isObject(value)) continue;
      const pointer = child(item.pointer, method);
      const params = new Map<string, Parameter>();
      parametersOf(root, itemValue.parameters, child(item.pointer, 'parameters'), params);
      parametersOf(root, value.parameters, child(pointer, 'parameters'), params);
      const id = value.operationId;
      const parameters = [...params.values()];
      const bodies = parameters.filter((p) => p.in === 'body');
      if (bodies.length > 1) for (const p of bodies) p.named = true;
      out.push({
        method,
        path,
        endpoint: `${method} ${blank(path)}`,
        route: `${method} ${blank(url)}`,
        url,
        operationId: typeof id === 'string' && id !== '' ? id : undefined,
        pointer,
        value,
        parameters,
        item: itemValue,
        itemPointer: item.pointer,
      });
    }
  }
  return out;
}

export interface ParameterPairs {
  pairs: [old: Parameter, new: Parameter][];
  removed: Parameter[];
  added: Parameter[];
}

/**
 * Pairs the parameters of two matched operations by location and name. The body is the request body whatever its
 * name (makers never see it), so a lone body parameter on each side pairs with the other; several (invalid, but
 * seen) pair by name.
 */
export function pairParameters(before: readonly Parameter[], after: readonly Parameter[]): ParameterPairs {
  const byKey = new Map(after.map((p) => [p.key, p]));
  const out: ParameterPairs = { pairs: [], removed: [], added: [] };
  const used = new Set<Parameter>();
  for (const pa of before) {
    const pb = byKey.get(pa.key);
    if (pb) {
      out.pairs.push([pa, pb]);
      used.add(pb);
    } else out.removed.push(pa);
  }
  const bodyA = before.filter((p) => p.in === 'body');
  const bodyB = after.filter((p) => p.in === 'body');
  if (bodyA.length === 1 && bodyB.length === 1 && !used.has(bodyB[0])) {
    out.pairs.push([bodyA[0], bodyB[0]]);
    used.add(bodyB[0]);
    out.removed.splice(out.removed.indexOf(bodyA[0]), 1);
  }
  out.added = after.filter((p) => !used.has(p));
  return out;
}

/** A schema with its `allOf` members merged, for property-by-property comparison. */
export interface Shape {
  node: Obj;
  pointer: Pointer;
  type?: string;
  properties: Map<string, Located>;
  required: Set<string>;
  items?: Located;
}

const MAX_ALLOF_DEPTH = 8;

export function shapeOf(root: unknown, node: Obj, pointer: Pointer): Shape {
  const shape: Shape = { node, pointer, properties: new Map(), required: new Set() };
  merge(root, shape, node, pointer, 0, new Set());
  if (shape.type === undefined && shape.properties.size > 0) shape.type = 'object';
  return shape;
}

function merge(root: unknown, shape: Shape, node: Obj, pointer: Pointer, depth: number, seen: Set<Pointer>): void {
  if (shape.type === undefined && node.type !== undefined) shape.type = typeText(node.type);
  if (isObject(node.properties)) {
    const base = child(pointer, 'properties');
    for (const [name, value] of Object.entries(node.properties)) {
      if (!shape.properties.has(name)) shape.properties.set(name, { value, pointer: child(base, name) });
    }
  }
  if (Array.isArray(node.required)) for (const r of node.required) if (typeof r === 'string') shape.required.add(r);
  if (shape.items === undefined && node.items !== undefined) {
    shape.items = { value: node.items, pointer: child(pointer, 'items') };
  }
  if (!Array.isArray(node.allOf) || depth >= MAX_ALLOF_DEPTH) return;
  node.allOf.forEach((member, i) => {
    const found = deref(root, member, childPointer(pointer, 'allOf', i));
    if (!isObject(found.value) || seen.has(found.pointer)) return;
    seen.add(found.pointer);
    merge(root, shape, found.value, found.pointer, depth + 1, seen);
  });
}

export function typeText(type: unknown): string | undefined {
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.map(String).sort().join('|');
  return undefined;
}
