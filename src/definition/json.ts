type Obj = Record<string, unknown>;

/**
 * Sets a member as JSON.parse makes one: own and enumerable, `__proto__` included (an assignment by that name sets
 * the object's prototype instead, and the member is lost). For names that come from a document.
 */
export function setMember(target: Obj, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else target[key] = value;
}

/** A JSON file as the action writes every one (package, reports, records): two-space indent, a final newline. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Deep equality of JSON values with object key order ignored (formatting and key order are never a change).
 * Past `depth` 64 values count as different, which keeps a pathological document from exhausting the stack.
 */
export function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 64) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i], depth + 1));
  }
  const ka = Object.keys(a);
  const ob = b as Obj;
  if (ka.length !== Object.keys(ob).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && sameJson((a as Obj)[k], ob[k], depth + 1));
}

/**
 * Whether `have` holds everything in `wanted`: objects may have extra members, arrays match item by item, and an
 * empty object or array matches a missing one (services drop empty members and add their own).
 */
export function containsJson(have: unknown, wanted: unknown): boolean {
  if (wanted === undefined) return true;
  if (Array.isArray(wanted)) {
    const list = have ?? [];
    return Array.isArray(list) && list.length === wanted.length && wanted.every((w, i) => containsJson(list[i], w));
  }
  if (typeof wanted === 'object' && wanted !== null) {
    const object = have ?? {};
    return (
      typeof object === 'object' &&
      object !== null &&
      !Array.isArray(object) &&
      Object.entries(wanted).every(([key, w]) => containsJson((object as Obj)[key], w))
    );
  }
  return have === wanted;
}
