import type { Pointer } from '../model.ts';

// Most tokens hold neither `~` nor `/` (nor a pointer `%`): they are returned as they are, without a regex pass.

// Escaped tokens by their text: each path of a document is escaped by several stages (validation, drift, lines).
// Bounded, for a process that reads many documents.
const escaped = new Map<string, string>();

/** Escapes one reference token (RFC 6901: `~` -> `~0`, `/` -> `~1`). */
export function escapeToken(token: string | number): string {
  const text = String(token);
  if (!text.includes('/') && !text.includes('~')) return text;
  let known = escaped.get(text);
  if (known === undefined) {
    if (escaped.size >= 4096) escaped.clear();
    escaped.set(text, (known = text.replace(/~/g, '~0').replace(/\//g, '~1')));
  }
  return known;
}

export function unescapeToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}

/** Builds a pointer from raw (unescaped) tokens. */
export function toPointer(tokens: readonly (string | number)[]): Pointer {
  return tokens.map((t) => '/' + escapeToken(t)).join('');
}

/** Splits a pointer into raw tokens; accepts a leading `#` (a `$ref` fragment). Returns undefined when malformed. */
export function parsePointer(pointer: string): string[] | undefined {
  let p = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (p === '') return [];
  if (!p.startsWith('/')) return undefined;
  try {
    if (p.includes('%')) p = decodeURIComponent(p);
  } catch {
    return undefined;
  }
  return p.slice(1).split('/').map(unescapeToken);
}

/** Appends raw tokens to a pointer. */
export function childPointer(pointer: Pointer, ...tokens: (string | number)[]): Pointer {
  return pointer + toPointer(tokens);
}

/** The value at a pointer, or undefined when any step is missing. Own properties only. */
export function getAt(root: unknown, pointer: string): unknown {
  const tokens = parsePointer(pointer);
  if (tokens === undefined) return undefined;
  let node: unknown = root;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, token)) {
      return undefined;
    }
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
