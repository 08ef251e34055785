import type { Pointer } from '../model.ts';
import { escapeToken } from './pointer.ts';

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

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Maps every member and item of a valid JSON text to the 1-based line where it starts: the key's line for object
 * members, the element's for array items. One pass, no allocation but the pointers; the text must already have
 * passed JSON.parse (nothing here re-checks the grammar). Duplicate keys keep the last one, as JSON.parse does.
 */
export function jsonLineIndex(text: string): Map<Pointer, number> {
  const lines = new Map<Pointer, number>();
  let pos = 0;
  let line = 1;

  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      pos++;
    }
  };
  // At an opening quote; leaves pos after the closing one. JSON strings hold no raw newline.
  const readString = (): string => {
    const start = pos + 1;
    let from = start;
    for (;;) {
      const end = text.indexOf('"', from);
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
      if (slashes % 2 === 0) {
        pos = end + 1;
        const raw = text.slice(start, end);
        return raw.includes('\\') ? (JSON.parse(text.slice(start - 1, end + 1)) as string) : raw;
      }
      from = end + 1;
    }
  };
  const token = (key: string): string => (key.includes('~') || key.includes('/') ? escapeToken(key) : key);

  const readValue = (pointer: string): void => {
    const c = text.charCodeAt(pos);
    if (c === 123 || c === 91) {
      const isObject = c === 123;
      pos++;
      skipSpace();
      if (text.charCodeAt(pos) === c + 2) {
        pos++; // `}` and `]` are `{` and `[` plus 2
        return;
      }
      for (let index = 0; ; index++) {
        skipSpace();
        let child: string;
        if (isObject) {
          const keyLine = line;
          child = pointer + '/' + token(readString());
          lines.set(child, keyLine);
          skipSpace();
          pos++; // ':'
          skipSpace();
        } else {
          child = pointer + '/' + index;
          lines.set(child, line);
        }
        readValue(child);
        skipSpace();
        if (text.charCodeAt(pos++) !== 44) return; // ',' continues; '}' or ']' ends
      }
    }
    if (c === QUOTE) {
      readString();
      return;
    }
    for (;;) {
      const d = text.charCodeAt(pos);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9 || Number.isNaN(d)) return;
      pos++;
    }
  };

  skipSpace();
  lines.set('', line);
  readValue('');
  return lines;
}

/** The line of a pointer, or of its nearest ancestor present in `lines`. */
export function nearestLine(lines: ReadonlyMap<Pointer, number>, pointer: Pointer): number | undefined {
  let p = pointer;
  for (;;) {
    const line = lines.get(p);
    if (line !== undefined || p === '') return line;
    const cut = p.lastIndexOf('/');
    p = cut <= 0 ? '' : p.slice(0, cut);
  }
}
