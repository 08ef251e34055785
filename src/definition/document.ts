import type { Pointer } from '../model.ts';

/** A loaded API definition: what every later stage reads. */
export interface Definition {
  /** Where it came from, as shown to users: a workspace-relative path, or a URL without its query string. */
  source: string;
  format: 'json' | 'yaml';
  /** The text as parsed (BOM removed). */
  text: string;
  /** Size of the raw bytes as read, for the platform's size limit. */
  bytes: number;
  /** The parsed document. */
  value: unknown;
  /**
   * 1-based line of the member a pointer names; for a pointer that does not exist, the line of its nearest
   * existing ancestor. Undefined only when nothing can be placed (e.g. an empty document).
   */
  lineOf(pointer: Pointer): number | undefined;
}
