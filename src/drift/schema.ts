import { isObject } from '../definition/pointer.ts';
import type { Pointer } from '../model.ts';
import { sameJson } from '../definition/json.ts';
import { child, deref, shapeOf, typeText, type Located } from './normalize.ts';
import type { DriftRuleId } from './rules.ts';

type Obj = Record<string, unknown>;

/** Inputs (parameters, request bodies) and outputs (responses) break in opposite ways. */
export type Direction = 'request' | 'response';

/** A change found below an operation, before it is told which operation and what the compared root is called. */
export interface Delta {
  rule: DriftRuleId;
  oldPointer?: Pointer;
  newPointer?: Pointer;
  /** Property path below the compared root; `[]` marks array items. */
  field: string[];
  /** The clause after the action's name, given what the field is called ("the query parameter 'x'"). */
  say: (subject: string) => string;
  /** Further places the change explains (the `required` lists a property joined or left). */
  also?: { oldPointer?: Pointer; newPointer?: Pointer }[];
}

export interface Comparer {
  oldRoot: unknown;
  newRoot: unknown;
  /** Old operationId -> the operationId of the operation it matched in the new document (undefined: removed). */
  renamed: Map<string, string | undefined>;
  /** Comparisons of `$ref` targets, done once per pair however many operations share them. */
  memo: Map<string, Delta[]>;
  /** Ref pairs being compared: meeting one again is a cycle, compared by name only (i.e. stop). */
  active: Set<string>;
  /**
   * Whether the structural diff found the values at two pointers equal (Structure.clean): the rules skip them.
   * Absent where a rule reads beyond the values (a renamed dynamic target must be found in unchanged schemas).
   */
  clean?: (oldPointer: Pointer, newPointer: Pointer) => boolean;
}

// Inline nesting below one `$ref` target, and `$ref`s open at once: deeper schemas are not compared.
const MAX_INLINE_DEPTH = 12;
const MAX_OPEN_REFS = 32;

export const quote = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

/** A value short enough to quote in a one-line message (a scalar on one line), else undefined. */
export function shown(value: unknown): string | undefined {
  if (value === null || value === undefined || typeof value === 'object') return undefined;
  const text = quote(value);
  return text.length <= 40 && !/[\r\n]/.test(text) ? text : undefined;
}

function lower(value: unknown): string {
  return typeof value === 'string' ? value.toLowerCase() : '';
}

/** A required input makers never see, filled from its default: adding one breaks nothing. */
export function isFilledByConnector(node: Obj): boolean {
  return lower(node['x-ms-visibility']) === 'internal' && node.default !== undefined;
}

export function isHidden(node: unknown): boolean {
  return isObject(node) && lower(node['x-ms-visibility']) === 'internal';
}

const DOC_KEYS = ['summary', 'description', 'x-ms-summary', 'title', 'example', 'x-example'] as const;

/** Records changed summaries, descriptions and examples; the operation folds them into one info change. */
export function compareDocs(
  a: Obj,
  ap: Pointer,
  b: Obj,
  bp: Pointer,
  out: Delta[],
  keys: readonly string[] = DOC_KEYS,
) {
  for (const key of keys) {
    if (!sameJson(a[key], b[key])) {
      out.push({
        rule: 'documentation-changed',
        oldPointer: child(ap, key),
        newPointer: child(bp, key),
        field: [],
        say: () => key,
      });
    }
  }
}

const WORDING: Record<string, [one: string, many: string]> = {
  summary: ['summary', 'summaries'],
  description: ['description', 'descriptions'],
  'x-ms-summary': ['display name', 'display names'],
  title: ['title', 'titles'],
  example: ['example', 'examples'],
  'x-example': ['example', 'examples'],
};

/** Folds wording edits (the keys `compareDocs` reports) into one clause: "summary, 3 descriptions and title changed". */
export function wordingText(keys: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const byLabel = new Map<string, [count: number, many: string]>();
  for (const [key, n] of counts) {
    const [one, many] = WORDING[key] ?? [key, key];
    byLabel.set(one, [(byLabel.get(one)?.[0] ?? 0) + n, many]);
  }
  const parts = [...byLabel].map(([one, [n, many]]) => (n === 1 ? one : `${n} ${many}`));
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${list} changed`;
}

export function compareVisibility(a: Obj, ap: Pointer, b: Obj, bp: Pointer, field: string[], out: Delta[]): void {
  const va = lower(a['x-ms-visibility']);
  const vb = lower(b['x-ms-visibility']);
  if (va === vb) return;
  out.push({
    rule: vb === 'internal' ? 'visibility-internal' : 'visibility-changed',
    oldPointer: child(ap, 'x-ms-visibility'),
    newPointer: child(bp, 'x-ms-visibility'),
    field,
    say: (s) =>
      vb === 'internal'
        ? `${s} is now internal (hidden from makers)`
        : `x-ms-visibility of ${s} changed from ${va || 'none'} to ${vb || 'none'}`,
  });
}

export const DYNAMIC = [
  'x-ms-dynamic-values',
  'x-ms-dynamic-schema',
  'x-ms-dynamic-properties',
  'x-ms-dynamic-list',
  'x-ms-dynamic-tree',
] as const;

export function targetsOf(ext: unknown): string[] {
  if (!isObject(ext)) return [];
  const ids = [
    ext.operationId,
    isObject(ext.open) && ext.open.operationId,
    isObject(ext.browse) && ext.browse.operationId,
  ];
  return ids.filter((x): x is string => typeof x === 'string');
}

function compareDynamic(c: Comparer, a: Obj, ap: Pointer, b: Obj, bp: Pointer, field: string[], out: Delta[]) {
  for (const ext of DYNAMIC) {
    const before = targetsOf(a[ext]);
    if (before.length === 0) continue;
    const after = targetsOf(b[ext]);
    const oldPointer = child(ap, ext);
    if (after.length === 0) {
      out.push({ rule: 'dynamic-target-changed', oldPointer, field, say: (s) => `${s} lost its ${ext}` });
      continue;
    }
    before.forEach((target, i) => {
      // A target renamed together with the reference is fine; its rename is reported on its own operation.
      const expected = c.renamed.has(target) ? c.renamed.get(target) : target;
      const now = after[i];
      if (now === expected && expected !== undefined) return;
      const why =
        expected === undefined
          ? `its target ${target} was removed`
          : now === target
            ? `its target ${target} was renamed to ${expected}`
            : `it now calls ${now ?? 'nothing'} instead of ${target}`;
      out.push({
        rule: 'dynamic-target-changed',
        oldPointer,
        newPointer: child(bp, ext),
        field,
        say: (s) => `the ${ext} of ${s} is broken (${why})`,
      });
    });
  }
}

const MAXIMA = ['maximum', 'maxLength', 'maxItems'] as const;
const MINIMA = ['minimum', 'minLength', 'minItems'] as const;

/** Whether every multiple of `x` is a multiple of `y` (so `multipleOf` going from x to y accepts at least as much). */
function divides(y: number, x: number): boolean {
  const q = x / y;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

/**
 * Input constraints, both ways: tighter ones may refuse what saved flows send (warning), looser ones and new enum
 * values accept more (info).
 */
function constraints(a: Obj, ap: Pointer, b: Obj, bp: Pointer, field: string[], out: Delta[]): void {
  const push = (rule: DriftRuleId, key: string, what: string) =>
    out.push({ rule, oldPointer: child(ap, key), newPointer: child(bp, key), field, say: (s) => `${s} ${what}` });
  const was = (key: string) => (a[key] === undefined ? 'none' : JSON.stringify(a[key]));
  const tight = (key: string, what: string) => push('constraint-tightened', key, what);
  const loose = (key: string, what: string) => push('constraint-relaxed', key, what);
  const num = (v: unknown): v is number => typeof v === 'number';
  for (const key of MAXIMA) {
    const [x, y] = [a[key], b[key]];
    if (num(y) && (!num(x) || y < x)) tight(key, `now has ${key} ${y} (was ${was(key)})`);
    else if (num(x) && (!num(y) || y > x))
      loose(key, num(y) ? `now allows ${key} ${y} (was ${x})` : `has no ${key} any more (was ${x})`);
  }
  for (const key of MINIMA) {
    const [x, y] = [a[key], b[key]];
    // A length or count of at least 0 refuses nothing; a minimum of 0 refuses every negative number.
    const floor = key === 'minimum' ? -Infinity : 0;
    if (num(y) && y > floor && (!num(x) || y > x)) tight(key, `now has ${key} ${y} (was ${was(key)})`);
    else if (num(x) && x > floor && (!num(y) || y < x))
      loose(key, num(y) ? `now allows ${key} ${y} (was ${x})` : `has no ${key} any more (was ${x})`);
  }
  const [ma, mb] = [a.multipleOf, b.multipleOf];
  if (num(mb) && mb > 0 && (!num(ma) || !divides(mb, ma)))
    tight('multipleOf', `must now be a multiple of ${mb} (was ${was('multipleOf')})`);
  else if (num(ma) && (!num(mb) || (mb !== ma && divides(mb, ma)))) {
    loose(
      'multipleOf',
      num(mb) ? `now accepts multiples of ${mb} (was ${ma})` : `need not be a multiple of ${ma} any more`,
    );
  }
  if (typeof b.pattern === 'string' && b.pattern !== a.pattern) tight('pattern', `must now match ${b.pattern}`);
  else if (typeof a.pattern === 'string' && b.pattern === undefined)
    loose('pattern', `need not match ${a.pattern} any more`);
  if (Array.isArray(b.enum) && !Array.isArray(a.enum)) tight('enum', `now only accepts ${list(b.enum)}`);
  else if (Array.isArray(a.enum) && !Array.isArray(b.enum))
    loose('enum', 'accepts any value now (its enum was removed)');
  else if (Array.isArray(a.enum) && Array.isArray(b.enum)) {
    const known = new Set(a.enum.map((v) => JSON.stringify(v)));
    const added = b.enum.filter((v) => !known.has(JSON.stringify(v)));
    if (added.length > 0) push('enum-value-added', 'enum', `now also accepts ${list(added)}`);
  }
}

/** At most five values, quoted. */
function list(values: unknown[]): string {
  return values.slice(0, 5).map(quote).join(', ') + (values.length > 5 ? ` and ${values.length - 5} more` : '');
}

function enumRemoved(a: Obj, ap: Pointer, b: Obj, bp: Pointer, field: string[], out: Delta[]): void {
  if (!Array.isArray(a.enum) || !Array.isArray(b.enum)) return;
  const kept = new Set(b.enum.map((v) => JSON.stringify(v)));
  const gone = a.enum.filter((v) => !kept.has(JSON.stringify(v)));
  if (gone.length === 0) return;
  out.push({
    rule: 'enum-value-removed',
    oldPointer: child(ap, 'enum'),
    newPointer: child(bp, 'enum'),
    field,
    say: (s) => `${s} no longer accepts ${list(gone)}`,
  });
}

/**
 * Compares what a parameter and a schema node have in common: type and format, enum and constraints (inputs
 * only), visibility, dynamic extensions, wording. Returns false when the type changed (nothing below compares).
 */
export function compareNode(
  c: Comparer,
  dir: Direction,
  a: Obj,
  ap: Pointer,
  b: Obj,
  bp: Pointer,
  field: string[],
  out: Delta[],
  types: { a?: string; b?: string } = { a: typeText(a.type), b: typeText(b.type) },
): boolean {
  const fa = typeof a.format === 'string' ? a.format : undefined;
  const fb = typeof b.format === 'string' ? b.format : undefined;
  if ((types.a && types.b && types.a !== types.b) || (fa && fb && fa !== fb)) {
    const from = [types.a, fa].filter(Boolean).join('/');
    const to = [types.b, fb].filter(Boolean).join('/');
    const way = typeWay(types.a, fa, types.b, fb);
    // An input that accepts more, or an output that gives less variety, breaks nothing; an output that may now hold
    // values flows never saw (a fraction where an integer was) may fail them; anything else breaks.
    const rule: DriftRuleId =
      way === undefined
        ? 'type-changed'
        : (dir === 'request') === (way === 'wider')
          ? 'type-relaxed'
          : dir === 'response'
            ? 'output-type-widened'
            : 'type-changed';
    out.push({
      rule,
      oldPointer: ap,
      newPointer: bp,
      field,
      say: (s) => `the type of ${s} changed from ${from} to ${to}`,
    });
    if (rule === 'type-changed') return false;
  }
  if (dir === 'request') {
    enumRemoved(a, ap, b, bp, field, out);
    constraints(a, ap, b, bp, field, out);
    inputWire(a, ap, b, bp, field, out);
  }
  compareVisibility(a, ap, b, bp, field, out);
  compareDynamic(c, a, ap, b, bp, field, out);
  compareDocs(a, ap, b, bp, out);
  return true;
}

// Scalar types from narrow to wide: every integer is a number, and any of them can be sent as a string. Maps: a
// definition's `type` or `format` may be any text, `constructor` included.
const WIDTH = new Map([
  ['integer', 1],
  ['number', 2],
  ['string', 3],
]);
const WIDER_FORMATS = new Map([
  ['int32', 'int64'],
  ['float', 'double'],
]);

/** Whether a type (and format) change accepts a superset of values (`wider`), a subset (`narrower`), or neither. */
function typeWay(ta?: string, fa?: string, tb?: string, fb?: string): 'wider' | 'narrower' | undefined {
  if (ta && tb && ta !== tb) {
    const [x, y] = [WIDTH.get(ta) ?? (ta === 'boolean' ? 0 : -1), WIDTH.get(tb) ?? (tb === 'boolean' ? 0 : -1)];
    // boolean only widens to string.
    if (x < 0 || y < 0 || ((x === 0 || y === 0) && Math.max(x, y) !== 3)) return undefined;
    return y > x ? 'wider' : 'narrower';
  }
  if (fa && fb) return WIDER_FORMATS.get(fa) === fb ? 'wider' : WIDER_FORMATS.get(fb) === fa ? 'narrower' : undefined;
  return undefined;
}

const lowerOr = (value: unknown, fallback: string) => (typeof value === 'string' ? value.toLowerCase() : fallback);

/**
 * What a saved flow sends without anyone touching it: the default of an input (for an internal one, the value
 * every flow sends), and the wire format of its saved values (`x-ms-url-encoding`, `collectionFormat`).
 */
function inputWire(a: Obj, ap: Pointer, b: Obj, bp: Pointer, field: string[], out: Delta[]): void {
  if (!sameJson(a.default, b.default)) {
    const value = (v: unknown) => (v === undefined ? 'none' : (shown(v) ?? 'a longer value'));
    const [from, to] = [value(a.default), value(b.default)];
    out.push({
      rule: isHidden(b) ? 'internal-default-changed' : 'default-changed',
      oldPointer: child(ap, 'default'),
      newPointer: child(bp, 'default'),
      field,
      say: (s) => `the default of ${s} changed from ${from} to ${to}`,
    });
  }
  // The platform's defaults: single URL encoding, comma-separated arrays.
  for (const [key, fallback] of [
    ['x-ms-url-encoding', 'single'],
    ['collectionFormat', 'csv'],
  ] as const) {
    const [x, y] = [lowerOr(a[key], fallback), lowerOr(b[key], fallback)];
    if (x === y) continue;
    out.push({
      rule: 'encoding-changed',
      oldPointer: child(ap, key),
      newPointer: child(bp, key),
      field,
      say: (s) => `${s} is sent differently: ${key} changed from ${x} to ${y}`,
    });
  }
}

function prefixed(deltas: Delta[], prefix: string[], out: Delta[]): void {
  for (const d of deltas) out.push(prefix.length === 0 ? d : { ...d, field: [...prefix, ...d.field] });
}

/** Compares two schemas (following `$ref`s, merging `allOf`), recursing into properties and array items. */
export function compareSchema(c: Comparer, dir: Direction, a: Located, b: Located, depth = 0): Delta[] {
  const x = deref(c.oldRoot, a.value, a.pointer);
  const y = deref(c.newRoot, b.value, b.pointer);
  if (c.clean?.(x.pointer, y.pointer)) return [];
  if (x.ref === undefined && y.ref === undefined) {
    return depth > MAX_INLINE_DEPTH ? [] : compareResolved(c, dir, x, y, depth);
  }
  const key = `${dir} ${x.pointer} ${y.pointer}`;
  const known = c.memo.get(key);
  if (known) return known;
  if (c.active.has(key) || c.active.size >= MAX_OPEN_REFS) return [];
  c.active.add(key);
  const deltas = compareResolved(c, dir, x, y, 0);
  c.active.delete(key);
  c.memo.set(key, deltas);
  return deltas;
}

function compareResolved(c: Comparer, dir: Direction, x: Located, y: Located, depth: number): Delta[] {
  if (!isObject(x.value) || !isObject(y.value)) return [];
  const out: Delta[] = [];
  const A = shapeOf(c.oldRoot, x.value, x.pointer);
  const B = shapeOf(c.newRoot, y.value, y.pointer);
  if (!compareNode(c, dir, A.node, A.pointer, B.node, B.pointer, [], out, { a: A.type, b: B.type })) return out;
  // A property that joined or left `required` changed that list too: its change explains both.
  const requiredOf = (name: string) =>
    A.required.has(name) === B.required.has(name)
      ? undefined
      : [{ oldPointer: child(A.pointer, 'required'), newPointer: child(B.pointer, 'required') }];
  for (const [name, pa] of A.properties) {
    const pb = B.properties.get(name);
    if (pb === undefined) {
      if (!isHidden(deref(c.oldRoot, pa.value, pa.pointer).value)) {
        out.push({
          rule: dir === 'request' ? 'request-property-removed' : 'response-property-removed',
          oldPointer: pa.pointer,
          field: [name],
          also: requiredOf(name),
          say: (s) => `${s} was removed`,
        });
      }
      continue;
    }
    prefixed(compareSchema(c, dir, pa, pb, depth + 1), [name], out);
    const was = A.required.has(name);
    const is = B.required.has(name);
    if (dir === 'request' && !was && is) {
      out.push({
        rule: 'parameter-made-required',
        oldPointer: pa.pointer,
        newPointer: pb.pointer,
        field: [name],
        also: requiredOf(name),
        say: (s) => `${s} is now required`,
      });
    } else if (dir === 'request' && was && !is) {
      out.push({
        rule: 'parameter-made-optional',
        oldPointer: pa.pointer,
        newPointer: pb.pointer,
        field: [name],
        also: requiredOf(name),
        say: (s) => `${s} is now optional`,
      });
    } else if (dir === 'response' && was && !is) {
      out.push({
        rule: 'response-property-optional',
        oldPointer: pa.pointer,
        newPointer: pb.pointer,
        field: [name],
        also: requiredOf(name),
        say: (s) => `${s} is no longer required, so it may be missing`,
      });
    }
  }
  for (const [name, pb] of B.properties) {
    if (A.properties.has(name)) continue;
    const node = deref(c.newRoot, pb.value, pb.pointer).value;
    const breaks = dir === 'request' && B.required.has(name) && !(isObject(node) && isFilledByConnector(node));
    out.push({
      rule:
        dir === 'response'
          ? 'response-property-added'
          : breaks
            ? 'required-parameter-added'
            : 'optional-parameter-added',
      newPointer: pb.pointer,
      field: [name],
      also: requiredOf(name),
      say: (s) => (breaks ? `it now requires ${s}` : `${s} was added`),
    });
  }
  if (A.items && B.items) prefixed(compareSchema(c, dir, A.items, B.items, depth + 1), ['[]'], out);
  return out;
}
