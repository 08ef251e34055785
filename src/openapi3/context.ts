import type { Finding, FindingLevel, Pointer } from '../model.ts';
import { childPointer, getAt, isObject, parsePointer, toPointer } from '../definition/pointer.ts';
import { setMember } from '../definition/json.ts';

/** What the converter reads: structurally a `Definition` (src/definition/document.ts). */
export interface OpenApi3Source {
  value: unknown;
  lineOf?: (pointer: Pointer) => number | undefined;
}

/** State shared by every step of one conversion. Pointers in findings always name the SOURCE document. */
export class Context {
  readonly root: Record<string, unknown>;
  readonly findings: Finding[] = [];
  private readonly lineOf?: (pointer: Pointer) => number | undefined;
  /** A shared component is converted once per use; report each problem once. */
  private readonly reported = new Set<string>();

  constructor(source: OpenApi3Source) {
    this.lineOf = source.lineOf;
    this.root = isObject(source.value) ? this.acyclic(source.value, [], new Set()) : {};
  }

  /**
   * A copy without object cycles (YAML aliases can point at an ancestor), so every later walk terminates:
   * the looping alias becomes an empty object, with an error finding.
   */
  private acyclic<T>(value: T, path: (string | number)[], ancestors: Set<object>): T {
    if (value === null || typeof value !== 'object') return value;
    if (ancestors.has(value)) {
      this.report(
        'oas3-cyclic-alias',
        'error',
        toPointer(path),
        'This YAML alias contains itself, which JSON cannot express; it is replaced by an empty object.',
      );
      return {} as T;
    }
    ancestors.add(value);
    let out: unknown;
    // The path is built only when a cycle is reported: this walk visits every node of large documents.
    const step = (k: string | number, v: unknown): unknown => {
      path.push(k);
      const copied = this.acyclic(v, path, ancestors);
      path.pop();
      return copied;
    };
    if (Array.isArray(value)) out = value.map((v, i) => step(i, v));
    else out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, step(k, v)]));
    ancestors.delete(value);
    return out as T;
  }

  report(rule: string, level: FindingLevel, pointer: Pointer, message: string): void {
    const key = `${rule} ${pointer}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const line = this.lineOf?.(pointer);
    this.findings.push(
      line === undefined ? { rule, level, message, pointer } : { rule, level, message, pointer, line },
    );
  }

  /**
   * Follows internal `$ref`s until a non-reference (or an unresolvable one). Returns the target and its pointer;
   * a loop or a dangling reference returns the last reference object itself.
   */
  resolve(node: unknown, pointer: Pointer): { node: unknown; pointer: Pointer } {
    const seen = new Set<string>();
    while (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#') && !seen.has(node.$ref)) {
      seen.add(node.$ref);
      const target = getAt(this.root, node.$ref);
      if (target === undefined) break;
      pointer = refPointer(node.$ref);
      node = target;
    }
    return { node, pointer };
  }
}

/** The pointer an internal `$ref` names, in the canonical form findings use (`%7B` decoded, `~1` kept). */
export function refPointer(ref: string): Pointer {
  return toPointer(parsePointer(ref) ?? []);
}

/** The component kinds whose references keep a 2.0 equivalent. */
const REF_MAP: Record<string, string> = {
  '#/components/schemas/': '#/definitions/',
  '#/components/parameters/': '#/parameters/',
  '#/components/responses/': '#/responses/',
};

/**
 * The 2.0 reference for a 3.x one to a whole schema/parameter/response component, or undefined when the target
 * has no 2.0 home (deeper pointers, other component kinds, paths) and must be inlined instead.
 */
export function mapRef(ref: string): string | undefined {
  for (const [from, to] of Object.entries(REF_MAP)) {
    if (ref.startsWith(from) && !ref.slice(from.length).includes('/')) return to + ref.slice(from.length);
  }
  return undefined;
}

/**
 * A copy of an `x-` extension value with component references rewritten, so the 2.0 document has no dangling
 * `#/components/...` pointer (tools resolve `$ref`s inside extensions too).
 */
export function rewriteExtension(ctx: Context, value: unknown, pointer: Pointer): unknown {
  if (Array.isArray(value)) return value.map((v, i) => rewriteExtension(ctx, v, childPointer(pointer, i)));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) {
      const mapped = mapRef(v);
      if (mapped === undefined) {
        ctx.report(
          'oas3-ref-unsupported',
          'warning',
          pointer,
          `Extension reference '${v}' has no Swagger 2.0 equivalent and is kept as is; it will not resolve.`,
        );
      }
      setMember(out, k, mapped ?? v);
    } else {
      setMember(out, k, rewriteExtension(ctx, v, childPointer(pointer, k)));
    }
  }
  return out;
}

/** Copies `x-` extensions (except those named in `consumed`) from a 3.x object onto its 2.0 counterpart. */
export function copyExtensions(
  ctx: Context,
  from: Record<string, unknown>,
  to: Record<string, unknown>,
  pointer: Pointer,
  consumed: readonly string[] = [],
): void {
  for (const [k, v] of Object.entries(from)) {
    if (k.startsWith('x-') && !consumed.includes(k)) to[k] = rewriteExtension(ctx, v, childPointer(pointer, k));
  }
}

/** True for media types whose body is JSON (the form the platform handles best). */
export function isJsonMediaType(mediaType: string): boolean {
  return /^(application|text)\/([^;]+\+)?json\b/i.test(mediaType) || mediaType.startsWith('*/*');
}

/** The media type to take a schema from: JSON first, else the first listed. */
export function preferredMediaType(types: readonly string[]): string | undefined {
  return types.find(isJsonMediaType) ?? types[0];
}

/**
 * An example value with every internal `$ref` inside it replaced by its target (an Example component by its
 * `value`): some generators reference examples from within example data, and 2.0 has nowhere for them to point.
 * External and looping references are left out: tools would try to load them, and example data is only a sample.
 */
export function exampleValue(ctx: Context, value: unknown, inlining: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => exampleValue(ctx, v, inlining));
  if (!isObject(value)) return value;
  const ref = value.$ref;
  if (typeof ref === 'string') {
    if (!ref.startsWith('#') || inlining.includes(ref)) return undefined;
    const target = getAt(ctx.root, ref);
    const inner = ref.startsWith('#/components/examples/') && isObject(target) ? target.value : target;
    return exampleValue(ctx, inner, [...inlining, ref]);
  }
  return Object.fromEntries(
    Object.entries(value)
      .map(([k, v]) => [k, exampleValue(ctx, v, inlining)])
      .filter(([, v]) => v !== undefined),
  );
}

/** The `example` of a parameter or media type, else the value of the first of its `examples`. */
export function firstExample(ctx: Context, holder: Record<string, unknown>): unknown {
  if (holder.example !== undefined) return exampleValue(ctx, holder.example);
  if (!isObject(holder.examples)) return undefined;
  const { node } = ctx.resolve(Object.values(holder.examples)[0], '');
  return isObject(node) ? exampleValue(ctx, node.value) : undefined;
}
