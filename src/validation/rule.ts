import type { Definition } from '../definition/document.ts';
import type { FindingLevel, HttpMethod, Pointer } from '../model.ts';

export interface Operation {
  path: string;
  method: HttpMethod;
  pointer: Pointer;
  value: Record<string, unknown>;
}

/** A member found anywhere in the document, e.g. every `$ref` or every `x-ms-visibility`. */
export interface Occurrence<T = unknown> {
  /** The member itself, e.g. `/paths/~1a/get/x-ms-visibility`. */
  pointer: Pointer;
  value: T;
}

/** What every rule reads; built once per definition, in a single walk. */
export interface RuleContext {
  def: Definition;
  doc: Record<string, unknown>;
  operations: Operation[];
  /** Every `$ref` member whose value is a string. */
  refs: Occurrence<string>[];
  /** Every `x-ms-*` member, by name. */
  extensions: ReadonlyMap<string, Occurrence[]>;
}

/** One problem a rule found; `level` overrides the rule's own for the few rules that mix both. */
export interface Issue {
  pointer: Pointer;
  message: string;
  level?: FindingLevel;
  /** When the rule knows the line better than the pointer does (syntax notes: the pointer is only their container). */
  line?: number;
}

export interface Rule {
  /** Stable: users list ids to ignore. */
  id: string;
  /** The level of its findings: error when the platform rejects the definition, warning when it degrades. */
  level: FindingLevel;
  description: string;
  /** When it reports an error, no further rule runs (the document is not Swagger 2.0 at all). */
  gate?: boolean;
  check(ctx: RuleContext): Iterable<Issue>;
}
