import { childPointer, isObject, parsePointer, toPointer } from '../definition/pointer.ts';
import { HTTP_METHODS, type Pointer } from '../model.ts';
import { child, deref, forEachObject, pairParameters, strayParameters, type Operation } from './normalize.ts';
import type { Matching } from './operations.ts';

type Obj = Record<string, unknown>;

/** A member that differs between the two documents: on one side only (added or removed), or with another value. */
export interface Difference {
  /** Undefined when the member was added. */
  oldPointer?: Pointer;
  /** Undefined when the member was removed. */
  newPointer?: Pointer;
}

export interface Structure {
  differences: Difference[];
  /** Per matched pair of operations (Matching.pairs order): where anything under it differs (0: nowhere). */
  changed: number[];
  /**
   * Whether the values at two pointers were compared whole (a `$ref` target, a parameter) and found equal, no cycle
   * left open: the rules have nothing to find there.
   */
  clean: (oldPointer: Pointer, newPointer: Pointer) => boolean;
}

/** Where a pair of operations differs: bits of Structure.changed. */
export const AREA = {
  /** The operation's own members (operationId, route, summary, x-ms-*), besides its parameters and responses. */
  operation: 1,
  parameters: 2,
  responses: 4,
  /** Its path item's members besides operations and parameters (e.g. `x-ms-notification-content`). */
  item: 8,
} as const;
export const EVERY_AREA = AREA.operation | AREA.parameters | AREA.responses | AREA.item;

// Reusable sections: compared where they are used (through `$ref`), then by name for what no use reached.
const SECTIONS = ['definitions', 'parameters', 'responses'] as const;
const OPERATION_KEYS = new Set<string>(HTTP_METHODS);

/**
 * A pointer not spelt out yet: nearly every member compared is equal, and only a difference (or a `$ref` target's
 * memo) needs its pointer as text.
 */
interface Step {
  readonly parent: Path;
  readonly key: string | number;
  spelt?: Pointer;
}
type Path = Pointer | Step;

const step = (parent: Path, key: string | number): Step => ({ parent, key });

function spell(p: Path): Pointer {
  if (typeof p === 'string') return p;
  return (p.spelt ??= child(spell(p.parent), p.key));
}

const CLEAN = 0;
const DIFFERS = 1;
// Compared while a cycle through it was open: what it found is recorded, but whether an operation reaching it
// later differs is unknown, so it counts as differing (the rules then run and decide).
const UNSURE = 2;

/**
 * The structural difference of two definitions, normalised: member order and formatting never count, operations
 * are paired as the rules pair them, parameters by location and name whether they sit on the path or the operation,
 * and a `$ref` counts as the value it points to (inlining a schema, or moving it to another name, changes nothing).
 * Every other member added, removed or changed is one Difference, each `$ref` target pair compared once.
 */
export function structuralDiff(oldRoot: unknown, newRoot: unknown, m: Matching): Structure {
  const out: Difference[] = [];
  // Comparisons made, by pointer pair: of whole values, and of path items' own members.
  const memo = new Map<Pointer, Map<Pointer, number>>();
  const itemMemo = new Map<Pointer, Map<Pointer, number>>();
  let cycles = 0;
  const a = isObject(oldRoot) ? oldRoot : {};
  const b = isObject(newRoot) ? newRoot : {};

  /** Compares two values at their pointers; returns whether anything differs. */
  const compare = (x: unknown, xp: Path, y: unknown, yp: Path): boolean => {
    if (x === y) return false;
    const xr = isObject(x) && typeof x.$ref === 'string';
    const yr = isObject(y) && typeof y.$ref === 'string';
    if (xr || yr) return compareRefs(x, xp, y, yp, xr, yr);
    if (isObject(x) && isObject(y)) return compareMembers(x, xp, y, yp, () => true);
    if (Array.isArray(x) && Array.isArray(y)) {
      let differs = false;
      const shared = Math.min(x.length, y.length);
      for (let i = 0; i < shared; i++) {
        const xv = x[i];
        const yv = y[i];
        if (xv !== yv && compare(xv, step(xp, i), yv, step(yp, i))) differs = true;
      }
      for (let i = shared; i < x.length; i++) out.push({ oldPointer: child(spell(xp), i) });
      for (let i = shared; i < y.length; i++) out.push({ newPointer: child(spell(yp), i) });
      return differs || x.length !== y.length;
    }
    if (x === undefined) out.push({ newPointer: spell(yp) });
    else if (y === undefined) out.push({ oldPointer: spell(xp) });
    else out.push({ oldPointer: spell(xp), newPointer: spell(yp) });
    return true;
  };

  /** Compares the members `include` accepts; `differed` hears each key that differs. */
  const compareMembers = (
    x: Obj,
    xp: Path,
    y: Obj,
    yp: Path,
    include: (key: string) => boolean,
    differed?: (key: string) => void,
  ): boolean => {
    let differs = false;
    for (const key in x) {
      if (!include(key)) continue;
      // Each value loaded once: a member read by a variable key is a lookup each time. A value found is y's own
      // unless it may come from Object.prototype (a function, or `__proto__`); undefined may be a member's value.
      const yv = y[key];
      const maybeMissing = yv === undefined || typeof yv === 'function' || key === '__proto__';
      if (maybeMissing && !Object.prototype.hasOwnProperty.call(y, key)) {
        out.push({ oldPointer: child(spell(xp), key) });
        differs = true;
        differed?.(key);
        continue;
      }
      const xv = x[key];
      if (xv !== yv && compare(xv, step(xp, key), yv, step(yp, key))) {
        differs = true;
        differed?.(key);
      }
    }
    for (const key in y) {
      if (include(key) && !Object.prototype.hasOwnProperty.call(x, key)) {
        out.push({ newPointer: child(spell(yp), key) });
        differs = true;
        differed?.(key);
      }
    }
    return differs;
  };

  /**
   * Compares once per pair of locations: shared definitions and parameters are reached from many operations.
   * `extras` compares only the members of a path item besides its operations and parameters.
   */
  const compareOnce = (x: unknown, xp: Path, y: unknown, yp: Path, extras = false): boolean => {
    // By old pointer, then new pointer: no key is built, and a pointer's hash is kept with the string.
    const byOld = extras ? itemMemo : memo;
    const xs = spell(xp);
    const ys = spell(yp);
    let byNew = byOld.get(xs);
    if (!byNew) byOld.set(xs, (byNew = new Map()));
    const known = byNew.get(ys);
    if (known === DIFFERS || known === UNSURE) return true;
    if (known !== undefined) {
      // Open: a cycle. Whatever differs is found by the comparison already under way.
      if (known < 0) cycles++;
      return false;
    }
    byNew.set(ys, -1);
    const before = cycles;
    const differs = extras ? compareMembers(x as Obj, xp, y as Obj, yp, isExtra) : compare(x, xp, y, yp);
    byNew.set(ys, differs ? DIFFERS : cycles > before ? UNSURE : CLEAN);
    return differs;
  };

  /** Members beside a `$ref` (Swagger ignores them, the export keeps them). */
  const besideRefs = (x: unknown, xp: Path, y: unknown, yp: Path): boolean => {
    const isRef = (v: unknown): v is Obj => isObject(v) && typeof v.$ref === 'string';
    const beside = (k: string) => k !== '$ref';
    if (isRef(x) && isRef(y)) return compareMembers(x, xp, y, yp, beside);
    if (isRef(x)) return compareMembers(x, xp, {}, yp, beside);
    if (isRef(y)) return compareMembers({}, xp, y, yp, beside);
    return false;
  };

  const compareRefs = (x: unknown, xp: Path, y: unknown, yp: Path, xr: boolean, yr: boolean): boolean => {
    // Where a side is no `$ref`, its value is where it is; a `$ref` that resolves is compared at its target.
    const resolve = (root: unknown, v: unknown, p: Path, r: boolean): { value: unknown; pointer: Path } =>
      r ? deref(root, v, '') : { value: v, pointer: p };
    const tx = resolve(oldRoot, x, xp, xr);
    const ty = resolve(newRoot, y, yp, yr);
    let differs = besideRefs(x, xp, y, yp);
    if (tx.value === undefined || ty.value === undefined) {
      // A `$ref` that resolves to nothing here (external, dangling): the reference text itself is the content.
      if (xr && yr && (x as Obj).$ref === (y as Obj).$ref && tx.value === ty.value) return differs;
      // Where each side's value really is: a definition gone (or back) is named, not only the reference to it.
      const at = (t: { value: unknown; pointer: Path }, r: boolean, p: Path) =>
        t.value !== undefined ? spell(t.pointer) : r ? child(spell(p), '$ref') : spell(p);
      out.push({ oldPointer: at(tx, xr, xp), newPointer: at(ty, yr, yp) });
      return true;
    }
    if (compareOnce(tx.value, tx.pointer, ty.value, ty.pointer)) differs = true;
    return differs;
  };

  // The document, outside the paths, the reusable sections and the security definitions.
  const apart = new Set<string>(['paths', 'securityDefinitions', ...SECTIONS]);
  compareMembers(a, '', b, '', (k) => !apart.has(k));
  compareSecurity(a.securityDefinitions, b.securityDefinitions);

  /** The platform uses the first security definition, whatever its name: the first ones pair, the rest by name. */
  function compareSecurity(x: unknown, y: unknown): void {
    const base = '/securityDefinitions';
    const first = (defs: Obj) => Object.keys(defs).find((k) => isObject(defs[k]));
    if (!isObject(x) || !isObject(y)) {
      compare(x, base, y, base);
      return;
    }
    const [fx, fy] = [first(x), first(y)];
    if (fx === undefined || fy === undefined || fx === fy) {
      compareMembers(x, base, y, base, () => true);
      return;
    }
    compare(x[fx], child(base, fx), y[fy], child(base, fy));
    compareMembers(x, base, y, base, (k) => k !== fx && k !== fy);
  }

  /** Parameter entries that are no parameter (a string, a dangling `$ref`): the same ones, or a difference each. */
  function compareStrays(o: Operation, n: Operation): boolean {
    const strays = (root: unknown, op: Operation) => [
      ...strayParameters(root, op.item.parameters, child(op.itemPointer, 'parameters')),
      ...strayParameters(root, op.value.parameters, child(op.pointer, 'parameters')),
    ];
    const [sa, sb] = [strays(oldRoot, o), strays(newRoot, n)];
    if (sa.length + sb.length === 0) return false;
    const text = (s: { value: unknown }) => JSON.stringify(s.value);
    const [ta, tb] = [new Set(sa.map(text)), new Set(sb.map(text))];
    const gone = sa.filter((s) => !tb.has(text(s)));
    const added = sb.filter((s) => !ta.has(text(s)));
    for (const s of gone) out.push({ oldPointer: s.pointer });
    for (const s of added) out.push({ newPointer: s.pointer });
    return gone.length + added.length > 0;
  }

  // Operations, as the rules pair them; path-level parameters merged into each.
  const changed = m.pairs.map(({ old: o, new: n }) => {
    let areas = o.operationId !== n.operationId || o.url !== n.url ? AREA.operation : 0;
    // Moved to another path or method: the operation itself is where it differs (unless the basePath moved the
    // other way, leaving the URL as it was: the basePath's own difference tells that).
    if (o.method !== n.method || (o.path !== n.path && o.url !== n.url)) {
      out.push({ oldPointer: o.pointer, newPointer: n.pointer });
      areas |= AREA.operation;
    }
    const member = (key: string) => (areas |= key === 'responses' ? AREA.responses : AREA.operation);
    compareMembers(o.value, o.pointer, n.value, n.pointer, (k) => k !== 'parameters', member);
    const p = pairParameters(o.parameters, n.parameters);
    for (const pa of p.removed) out.push({ oldPointer: pa.pointer });
    for (const pb of p.added) out.push({ newPointer: pb.pointer });
    let parameters = p.removed.length + p.added.length > 0;
    for (const [pa, pb] of p.pairs) {
      if (compareOnce(pa.value, pa.pointer, pb.value, pb.pointer)) parameters = true;
      if (besideRefs(pa.entry, pa.entryPointer, pb.entry, pb.entryPointer)) parameters = true;
    }
    if (compareStrays(o, n)) parameters = true;
    // Lists that give no parameter on either side (`[]`, or absent) still differ as written.
    const given = (v: unknown) => Array.isArray(v) && v.length > 0;
    for (const [x, xp, y, yp] of [
      [o.value.parameters, o.pointer, n.value.parameters, n.pointer],
      [o.item.parameters, o.itemPointer, n.item.parameters, n.itemPointer],
    ] as const) {
      if (!given(x) && !given(y) && compareOnce(x, child(xp, 'parameters'), y, child(yp, 'parameters'))) {
        parameters = true;
      }
    }
    if (parameters) areas |= AREA.parameters;
    if (compareOnce(o.item, o.itemPointer, n.item, n.itemPointer, true)) areas |= AREA.item;
    return areas;
  });
  for (const op of m.removed) out.push({ oldPointer: op.pointer });
  // A path member that is no path item at all (not an object): compared by path.
  const paths = (root: Obj) => (isObject(root.paths) ? root.paths : {});
  const [pathsA, pathsB] = [paths(a), paths(b)];
  for (const key of new Set([...Object.keys(pathsA), ...Object.keys(pathsB)])) {
    const [x, y] = [pathsA[key], pathsB[key]];
    if (isObject(x) && isObject(y)) continue;
    if (!isObject(x) && !isObject(y)) compare(x, child('/paths', key), y, child('/paths', key));
    else if (!isObject(x) && x !== undefined) out.push({ oldPointer: child('/paths', key) });
    else if (!isObject(y) && y !== undefined) out.push({ newPointer: child('/paths', key) });
  }
  for (const op of m.added) out.push({ newPointer: op.pointer });
  comparePathItems(a, b, m, out, compareOnce);

  // What no `$ref` reached: reusable members by name. One referenced on its side only was renamed or dropped
  // together with its uses, which were compared where they are.
  for (const section of SECTIONS) {
    const sa = a[section];
    const sb = b[section];
    const base = `/${section}`;
    if (!isObject(sa) || !isObject(sb)) {
      if (sa !== undefined || sb !== undefined) compare(sa, base, sb, base);
      continue;
    }
    for (const name in sa) {
      const pointer = childPointer(base, name);
      if (Object.prototype.hasOwnProperty.call(sb, name)) compareOnce(sa[name], pointer, sb[name], pointer);
      else if (!referenced(oldRoot).has(pointer)) out.push({ oldPointer: pointer });
    }
    for (const name in sb) {
      const pointer = childPointer(base, name);
      if (!Object.prototype.hasOwnProperty.call(sa, name) && !referenced(newRoot).has(pointer)) {
        out.push({ newPointer: pointer });
      }
    }
  }
  return { differences: out, changed, clean: (x, y) => memo.get(x)?.get(y) === CLEAN };
}

type Once = (x: unknown, xp: Pointer, y: unknown, yp: Pointer, extras: boolean) => boolean;

/** A path item's own members: neither one of its operations nor the parameters merged into them. */
const isExtra = (key: string) => !OPERATION_KEYS.has(key) && key !== 'parameters';

/**
 * Path items hold members besides their operations (`x-ms-notification-content`, `summary`...): compared between
 * the items whose operations were paired (so a renamed path is no change), else by path.
 */
function comparePathItems(a: Obj, b: Obj, m: Matching, out: Difference[], compareOnce: Once): void {
  const extras = (item: Obj): string[] => Object.keys(item).filter(isExtra);
  const paired = new Map<Pointer, Operation>();
  const used = new Set<Pointer>();
  for (const { old: o, new: n } of m.pairs) {
    if (!paired.has(o.itemPointer) && !used.has(n.itemPointer)) {
      paired.set(o.itemPointer, n);
      used.add(n.itemPointer);
    }
  }
  const items = (root: Obj) => {
    const found = new Map<Pointer, Obj>();
    if (!isObject(root.paths)) return found;
    for (const [path, raw] of Object.entries(root.paths)) {
      const item = deref(root, raw, child('/paths', path));
      if (isObject(item.value)) found.set(item.pointer, item.value);
    }
    return found;
  };
  const before = items(a);
  const after = items(b);
  for (const [pointer, item] of before) {
    const partner = paired.get(pointer);
    const other = partner ? partner.itemPointer : after.has(pointer) && !used.has(pointer) ? pointer : undefined;
    if (other === undefined) {
      for (const key of extras(item)) out.push({ oldPointer: child(pointer, key) });
      continue;
    }
    used.add(other);
    // Already compared when an operation pair reached it.
    compareOnce(item, pointer, after.get(other), other, true);
  }
  for (const [pointer, item] of after) {
    if (!used.has(pointer)) for (const key of extras(item)) out.push({ newPointer: child(pointer, key) });
  }
}

// Every internal `$ref` target of a document, found once per document.
const targets = new WeakMap<object, Set<Pointer>>();

function referenced(root: unknown): Set<Pointer> {
  if (!isObject(root)) return new Set();
  const known = targets.get(root);
  if (known) return known;
  const found = new Set<Pointer>();
  forEachObject(root, (node) => {
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
      const tokens = parsePointer(node.$ref);
      if (tokens) found.add(toPointer(tokens));
    }
  });
  targets.set(root, found);
  return found;
}
