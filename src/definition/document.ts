import type { Pointer } from '../model.ts';

/**
 * Something the JSON reader accepted as Power Platform does, though strict JSON would not (a comment, a trailing
 * comma), or resolved as JSON.parse does (a repeated key: the last one wins). Validation reports each.
 */
export interface SyntaxNote {
  kind: 'comment' | 'trailing-comma' | 'duplicate-key';
  line: number;
  column: number;
  /** The object or array it is in; for a duplicate key, the member it names. */
  pointer: Pointer;
  /** Duplicate keys: the line of the first occurrence (the one dropped). */
  firstLine?: number;
}

/** A loaded API definition: what every later stage reads. */
export interface Definition {
  /** Where it came from, as shown to users: a workspace-relative path, or a URL without its query string. */
  source: string;
  format: 'json' | 'yaml';
  /** The text as read (BOM removed). */
  text: string;
  /** Size of the raw bytes as read, for the platform's size limit. */
  bytes: number;
  /**
   * The UTF-8 bytes `text` was decoded from (BOM removed), when it was read from bytes that are valid UTF-8: a
   * package can write them as they are instead of encoding a large text again.
   */
  utf8?: Uint8Array;
  /** The parsed document. */
  value: unknown;
  /**
   * 1-based line of the member a pointer names; for a pointer that does not exist, the line of its nearest
   * existing ancestor. Undefined only when nothing can be placed (e.g. an empty document).
   */
  lineOf(pointer: Pointer): number | undefined;
  /** JSON only: what the lenient reader forgave or resolved; the export writes strict JSON whatever they are. */
  syntax?: SyntaxNote[];
}
