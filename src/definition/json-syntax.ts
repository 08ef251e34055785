import type { Pointer } from '../model.ts';
import { childPointer } from './pointer.ts';

/**
 * A JSON reader as lenient as Power Platform's (Json.NET): it accepts `//` and `/* *\/` comments and trailing
 * commas, which published connectors rely on. Everything else JSON forbids is an error at an offset, with a hint
 * that never quotes the file's text (a secret may sit next to the mistake).
 *
 * It runs only when JSON.parse refused the text, or when a cheap check after JSON.parse saw a repeated key or absurd
 * nesting: clarity matters here, not speed. It walks with an explicit stack, so no nesting overflows it.
 */

/** What the platform forgives and strict JSON does not: each becomes a warning at its line. */
export interface Leniency {
  kind: 'comment' | 'trailing-comma';
  offset: number;
  /** The object or array it is in. */
  pointer: Pointer;
}

export interface DuplicateKey {
  key: string;
  /** The repeated occurrence (JSON.parse keeps the last one) and the first one. */
  offset: number;
  firstOffset: number;
  /** The member both occurrences name. */
  pointer: Pointer;
}

export interface JsonScan {
  /** The text with comments and trailing commas blanked to spaces: strict JSON at the same offsets and lines. */
  strict: string;
  leniencies: Leniency[];
  duplicates: DuplicateKey[];
}

/** Where and why the platform would refuse the text; `reason` and `hint` never quote it. */
export class JsonSyntaxError extends Error {
  readonly offset: number;
  readonly reason: string;
  readonly hint: string;
  constructor(offset: number, reason: string, hint: string) {
    super(reason);
    this.offset = offset;
    this.reason = reason;
    this.hint = hint;
  }
}

/**
 * Deeper than this, the definition is refused at load time: every later stage (validation, drift, JSON.stringify
 * of the export) walks it recursively. Real connectors stay below 40 levels.
 */
export const MAX_DEPTH = 512;

export const TOO_DEEP = [
  `objects and arrays nested more than ${MAX_DEPTH} levels deep`,
  'No connector needs that: look for a generated or corrupted section here.',
] as const;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$]/y;
const ESCAPES = '"\\/bfnrt';
const TRUNCATED = [
  'the file ends in the middle of the document',
  'It looks truncated: check how it was written or downloaded.',
] as const;

interface Container {
  close: '}' | ']';
  pointer: Pointer;
  /** Object keys seen so far, with the offset of their first occurrence. */
  keys?: Map<string, number>;
  index: number;
  /** A member's value was just read: a comma or the close comes next. */
  afterValue: boolean;
  /** Offset of the last comma, while no member has followed it yet. */
  comma: number;
}

/** Reads `text` as Json.NET does; throws JsonSyntaxError where the platform would refuse it. */
export function scanJson(text: string): JsonScan {
  const chars = text.split('');
  const leniencies: Leniency[] = [];
  const duplicates: DuplicateKey[] = [];
  const stack: Container[] = [];
  let pos = 0;
  let lastKey: string | undefined;

  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  const here = (): Pointer => stack[stack.length - 1]?.pointer ?? '';
  /** Skips whitespace and comments (each comment recorded and blanked). */
  const skip = (): void => {
    for (;;) {
      while (pos < text.length && ' \t\r\n'.includes(text[pos])) pos++;
      if (text[pos] !== '/') return;
      const start = pos;
      if (text[pos + 1] === '/') {
        const end = text.indexOf('\n', pos);
        pos = end === -1 ? text.length : end;
      } else if (text[pos + 1] === '*') {
        const end = text.indexOf('*/', pos + 2);
        if (end === -1) throw new JsonSyntaxError(start, 'a comment is never closed', 'End the comment with */.');
        pos = end + 2;
      } else {
        throw new JsonSyntaxError(pos, 'a lone /', 'Comments start with // or /*; anything else needs quotes.');
      }
      leniencies.push({ kind: 'comment', offset: start, pointer: here() });
      blank(start, pos);
    }
  };
  const expectMore = (): void => {
    if (pos >= text.length) throw new JsonSyntaxError(text.length, ...TRUNCATED);
  };
  /** Reads a string starting at its quote; returns its value when asked (keys), else skips it. */
  const readString = (keep: boolean): string | undefined => {
    const start = pos;
    for (pos++; ; pos++) {
      expectMore();
      const c = text.charCodeAt(pos);
      if (c === 34) break;
      if (c < 0x20) {
        throw new JsonSyntaxError(
          pos,
          'a raw control character (a tab, a line break...) inside a string',
          'Write it escaped (\\t, \\n, \\u0000) or remove it.',
        );
      }
      if (c === 92) {
        pos++;
        expectMore();
        if (text[pos] === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 1, pos + 5)) : !ESCAPES.includes(text[pos])) {
          throw new JsonSyntaxError(pos - 1, 'an invalid escape sequence in a string', 'Write a backslash as \\\\.');
        }
        if (text[pos] === 'u') pos += 4;
      }
    }
    pos++;
    return keep ? (JSON.parse(text.slice(start, pos)) as string) : undefined;
  };
  const unexpected = (what: string): JsonSyntaxError => {
    WORD.lastIndex = pos;
    if (WORD.test(text)) {
      return new JsonSyntaxError(
        pos,
        `expected ${what}, found a bare word`,
        'Put names and strings in double quotes; JSON has no NaN or undefined.',
      );
    }
    if (text[pos] === "'") {
      return new JsonSyntaxError(
        pos,
        `expected ${what}, found a single quote`,
        'JSON strings and names use double quotes, not single quotes.',
      );
    }
    return new JsonSyntaxError(pos, `expected ${what}`, `Write ${what} here, or remove the character.`);
  };
  /** Reads a scalar (then the member is complete), or opens a container (pushed on the stack). */
  const readValue = (): void => {
    skip();
    expectMore();
    const c = text[pos];
    const parent = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      if (stack.length >= MAX_DEPTH) throw new JsonSyntaxError(pos, ...TOO_DEEP);
      const pointer = parent ? childPointer(parent.pointer, parent.keys ? (lastKey as string) : parent.index) : '';
      const keys = c === '{' ? new Map<string, number>() : undefined;
      stack.push({ close: c === '{' ? '}' : ']', pointer, keys, index: 0, afterValue: false, comma: -1 });
      pos++;
      return;
    }
    if (c === '"') readString(false);
    else if (text.startsWith('true', pos)) pos += 4;
    else if (text.startsWith('false', pos)) pos += 5;
    else if (text.startsWith('null', pos)) pos += 4;
    else {
      NUMBER.lastIndex = pos;
      if (!NUMBER.test(text)) throw unexpected('a value');
      pos = NUMBER.lastIndex;
    }
    if (parent) parent.afterValue = true;
  };
  const close = (): void => {
    pos++;
    stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.afterValue = true;
  };
  /** At the start of a member: its close (after a trailing comma, perhaps), or its key and value. */
  const readMember = (top: Container): void => {
    skip();
    expectMore();
    if (text[pos] === top.close) {
      if (top.comma >= 0) {
        leniencies.push({ kind: 'trailing-comma', offset: top.comma, pointer: top.pointer });
        blank(top.comma, top.comma + 1);
      }
      return close();
    }
    top.comma = -1;
    if (top.keys) {
      if (text[pos] !== '"') throw unexpected('a property name in double quotes');
      const keyOffset = pos;
      const key = readString(true) as string;
      const first = top.keys.get(key);
      if (first === undefined) top.keys.set(key, keyOffset);
      else duplicates.push({ key, offset: keyOffset, firstOffset: first, pointer: childPointer(top.pointer, key) });
      lastKey = key;
      skip();
      expectMore();
      if (text[pos] !== ':') {
        throw new JsonSyntaxError(pos, "expected ':' after the property name", "Add the ':' between name and value.");
      }
      pos++;
    }
    readValue();
  };
  /** After a member's value: a comma (another member follows) or the close. */
  const readMemberEnd = (top: Container): void => {
    skip();
    expectMore();
    top.afterValue = false;
    top.index++;
    if (text[pos] === ',') {
      top.comma = pos++;
      return;
    }
    if (text[pos] !== top.close) {
      throw new JsonSyntaxError(
        pos,
        `expected ',' or '${top.close}'`,
        `A comma is probably missing before this (or the '${top.close}' of an earlier member).`,
      );
    }
    close();
  };

  readValue();
  // Each turn reads one step of the innermost open container; no recursion, so no nesting overflows the stack.
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.afterValue) readMemberEnd(top);
    else readMember(top);
  }
  skip();
  if (pos < text.length) {
    throw new JsonSyntaxError(
      pos,
      'the document ended before this point',
      "An extra '}' or ']' earlier closed it too soon, or text follows its end: remove it.",
    );
  }
  return { strict: leniencies.length === 0 ? text : chars.join(''), leniencies, duplicates };
}
