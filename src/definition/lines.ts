import type { Pointer } from '../model.ts';
import { parsePointer, unescapeToken } from './pointer.ts';

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
// `]` and `}` are `[` and `{` plus 2.
const CLOSES = 2;

/** Object members by key (offset of the key's opening quote), or array items (offset of each element). */
type Children = Map<string, number> | number[];

/**
 * The lines of JSON pointers in a valid JSON text (it must already have passed JSON.parse: nothing here re-checks
 * the grammar), found on demand. A pointer is followed token by token from the root; the containers walked through
 * have their direct children listed once, their values skipped without allocation, and the lists kept for later
 * pointers. So lookups cost the size of the containers they enter, not a map of the whole document.
 *
 * The line of an object member is its key's, of an array item its element's; a pointer that does not exist gets the
 * line of its nearest existing ancestor. Duplicate keys: the last one wins, as in JSON.parse.
 */
export function jsonLines(text: string): (pointer: Pointer) => number {
  const lists = new Map<number, Children>();
  // Offsets of the newlines, found as far as the furthest offset asked for so far.
  const newlines: number[] = [];
  let counted = 0;

  const lineAt = (offset: number): number => {
    for (let i = text.indexOf('\n', counted); i !== -1 && counted <= offset; i = text.indexOf('\n', i + 1)) {
      newlines.push(i);
      counted = i + 1;
    }
    // Count the newlines before `offset`.
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (newlines[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };

  /**
   * Lists the children of the container opening at `open`, keeps the list and returns the offset just past it.
   * With `deep`, each child container is listed (and kept) as well: walking through it to list it costs what
   * skipping it would, and the next lookup usually goes one level deeper.
   */
  const list = (open: number, deep: boolean): number => {
    const opener = text.charCodeAt(open);
    const keys = new Map<string, number>();
    const items: number[] = [];
    lists.set(open, opener === OPEN_BRACE ? keys : items);
    let pos = skipSpace(text, open + 1);
    if (text.charCodeAt(pos) === opener + CLOSES) return pos + 1;
    for (;;) {
      if (opener === OPEN_BRACE) {
        const end = stringEnd(text, pos);
        const raw = text.slice(pos + 1, end - 1);
        // Set again on a repeated key: the last occurrence is the one JSON.parse keeps.
        keys.set(raw.includes('\\') ? (JSON.parse(text.slice(pos, end)) as string) : raw, pos);
        pos = skipSpace(text, skipSpace(text, end) + 1); // past the `:`
      } else items.push(pos);
      const c = text.charCodeAt(pos);
      pos = skipSpace(text, deep && (c === OPEN_BRACE || c === OPEN_BRACKET) ? list(pos, false) : valueEnd(text, pos));
      if (text.charCodeAt(pos) !== COMMA) return pos + 1;
      pos = skipSpace(text, pos + 1);
    }
  };

  const root = skipSpace(text, 0);
  return (pointer) => {
    // Plain pointers are matched verbatim (a key may hold `%`); a `#` fragment is URI-decoded first, as in a $ref.
    const tokens = pointer.startsWith('#')
      ? (parsePointer(pointer) ?? [])
      : pointer.startsWith('/')
        ? pointer.slice(1).split('/').map(unescapeToken)
        : [];
    let value = root;
    let found = root;
    for (const token of tokens) {
      const c = text.charCodeAt(value);
      if (c !== OPEN_BRACE && c !== OPEN_BRACKET) break;
      if (!lists.has(value)) list(value, true);
      const children = lists.get(value);
      if (Array.isArray(children)) {
        const item = /^(?:0|[1-9]\d*)$/.test(token) ? children[Number(token)] : undefined;
        if (item === undefined) break;
        found = value = item;
      } else {
        const key = children?.get(token);
        if (key === undefined) break;
        found = key;
        value = skipSpace(text, skipSpace(text, stringEnd(text, key)) + 1); // past the `:`
      }
    }
    return lineAt(found);
  };
}

function skipSpace(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c !== SPACE && c !== LF && c !== CR && c !== TAB) return pos;
    pos++;
  }
}

/** Offset just past the string whose opening quote is at `quote`. JSON strings hold no raw newline. */
function stringEnd(text: string, quote: number): number {
  for (let end = text.indexOf('"', quote + 1); ; end = text.indexOf('"', end + 1)) {
    if (end === -1) return text.length; // unterminated: not JSON.parse's text, but never loop
    let before = end - 1;
    while (text.charCodeAt(before) === BACKSLASH) before--;
    if ((end - before) % 2 === 1) return end + 1; // an even run of backslashes escapes nothing
  }
}

const BRACKETS = /[[\]{}]/g;
const SCALAR_END = /[\s,\]}]/g;

/** Offset just past the value starting at `pos`. */
function valueEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === QUOTE) return stringEnd(text, pos);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) return containerEnd(text, pos);
  SCALAR_END.lastIndex = pos + 1;
  return SCALAR_END.test(text) ? SCALAR_END.lastIndex - 1 : text.length;
}

/**
 * Offset just past the object or array opening at `open`. It jumps from bracket to bracket (a global regex finds
 * the next one natively; `test` allocates nothing) and only walks the strings that could hide a bracket. A JSON
 * string holds no raw newline, so every line starts outside strings: a bracket that begins or ends its line is
 * structure, and for one inside a line only the strings between the line's start and the bracket need walking.
 * In pretty-printed JSON that leaves most strings untouched. `anchor` is the last offset known outside strings,
 * which bounds the walks on long (minified) lines.
 */
function containerEnd(text: string, open: number): number {
  let depth = 1;
  let anchor = open + 1;
  BRACKETS.lastIndex = anchor;
  while (BRACKETS.test(text)) {
    const at = BRACKETS.lastIndex - 1;
    // A bracket that ends its line (`}` or `},`) is structure: no string holds a raw newline.
    let next = text.charCodeAt(at + 1);
    if (next === COMMA) next = text.charCodeAt(at + 2);
    if (next !== LF && next !== CR) {
      let from = at;
      let c = 0;
      while (from > anchor && ((c = text.charCodeAt(from - 1)) === SPACE || c === TAB)) from--;
      if (from > anchor && c !== LF) {
        while (from > anchor && text.charCodeAt(from - 1) !== LF) from--;
        let pos = from;
        for (let quote = text.indexOf('"', pos); quote !== -1 && quote < at; quote = text.indexOf('"', pos)) {
          pos = stringEnd(text, quote);
          if (pos > at) break;
        }
        if (pos > at) {
          // The bracket was inside a string: go on after it.
          anchor = BRACKETS.lastIndex = pos;
          continue;
        }
      }
    }
    anchor = at + 1;
    const d = text.charCodeAt(at);
    if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
    else if (--depth === 0) return at + 1;
  }
  return text.length;
}

/**
 * 1-based column of the first non-blank character of a line: where the member a line number names begins in a
 * pretty-printed JSON or YAML text, for editors that jump to `file:line:column`. The offsets of the lines are
 * found on the first call (most runs ask for none), and no line is copied out of the text.
 */
export function lineStartColumns(text: string): (line: number) => number {
  let starts: number[] | undefined;
  return (line) => {
    if (!starts) {
      starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    const start = starts[line - 1];
    if (start === undefined) return 1;
    let end = start;
    while (text.charCodeAt(end) === SPACE || text.charCodeAt(end) === TAB) end++;
    return end - start + 1;
  };
}
