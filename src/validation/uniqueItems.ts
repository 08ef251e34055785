/**
 * Where the generated Swagger 2.0 validator starts its `uniqueItems` search (scripts/generate.ts rewrites Ajv's loop
 * to call this). Ajv compares every pair of items with a deep equality, from the last item down, and reports the
 * first pair it finds: quadratic, so an enum of a few hundred time zones cost milliseconds and one of 100,000 values
 * would never finish. For a long list this finds, in one pass, the last item that repeats an earlier one and returns
 * the count that makes Ajv's loop start there: the same pair is reported, or none at once. Short lists keep Ajv's
 * own loop (returned whole), which is cheaper there than building keys: under 16 items, or under 128 when they hold
 * objects (a parameter list), whose deep equality stops at the first member that differs.
 */
export function uniqueFrom(items: readonly unknown[]): number {
  if (items.length < 16) return items.length;
  const scalars = new Set<unknown>();
  const containers = new Set<string>();
  let end = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    let repeated: boolean;
    if (item !== null && typeof item === 'object') {
      if (items.length < 128) return items.length;
      const key = canonical(item);
      repeated = containers.has(key);
      containers.add(key);
    } else {
      repeated = scalars.has(item);
      scalars.add(item);
    }
    if (repeated) end = k + 1;
  }
  return end;
}

/**
 * JSON text that is equal for two values exactly when Ajv's deep equality holds: object members in sorted order.
 * The values come from JSON, whose nesting the loader bounds.
 */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const object = value as Record<string, unknown>;
  const members = Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`);
  return `{${members.join(',')}}`;
}
