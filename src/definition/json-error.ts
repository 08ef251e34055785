/**
 * Finds where and why a text that JSON.parse rejected is not JSON. JSON.parse's messages differ between Node
 * versions and some carry no position (`[1,]`), so the position comes from this small strict scanner instead.
 * Runs only after a failure: clarity matters here, not speed.
 */
export interface JsonErrorSite {
  offset: number;
  hint: string;
}

class Stop {
  readonly site: JsonErrorSite;
  constructor(offset: number, hint: string) {
    this.site = { offset, hint };
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$-]*/y;
const ESCAPES = '"\\/bfnrt';
const TRUNCATED =
  'The file ends in the middle of the document: it looks truncated; check how it was written or downloaded.';

export function locateJsonError(text: string): JsonErrorSite | undefined {
  let pos = 0;
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos])) pos++;
  };
  const expectMore = (): void => {
    if (pos >= text.length) throw new Stop(text.length, TRUNCATED);
  };
  const readString = (): void => {
    for (pos++; ; pos++) {
      expectMore();
      const c = text.charCodeAt(pos);
      if (c === 34) break;
      if (c < 0x20) {
        const code = 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
        throw new Stop(
          pos,
          `A raw control character (${code}) is inside a string: write it escaped (\\n, \\t, \\u0000) or remove it.`,
        );
      }
      if (c === 92) {
        pos++;
        expectMore();
        if (text[pos] === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 1, pos + 5)) : !ESCAPES.includes(text[pos])) {
          throw new Stop(pos - 1, 'Invalid escape sequence: write a backslash as \\\\.');
        }
        if (text[pos] === 'u') pos += 4;
      }
    }
    pos++;
  };
  const unexpected = (what: string): Stop => {
    WORD.lastIndex = pos;
    if (WORD.test(text)) {
      return new Stop(pos, `Put ${what} in double quotes; JSON has no comments, single quotes, NaN or undefined.`);
    }
    if (text[pos] === '/') return new Stop(pos, 'JSON has no comments: remove them.');
    if (text[pos] === "'") return new Stop(pos, 'JSON strings and names use double quotes, not single quotes.');
    return new Stop(pos, `Unexpected character '${text[pos]}': expected ${what}.`);
  };
  const trailingComma = (comma: number, close: string): Stop =>
    new Stop(comma, `Remove the trailing comma before '${close}': JSON allows no comma after the last item.`);

  const readValue = (): void => {
    skipSpace();
    expectMore();
    const c = text[pos];
    if (c === '{') return readContainer('}');
    if (c === '[') return readContainer(']');
    if (c === '"') return readString();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = pos;
    if (NUMBER.test(text)) {
      pos = NUMBER.lastIndex;
      return;
    }
    throw unexpected('a value');
  };
  const readContainer = (close: string): void => {
    pos++;
    skipSpace();
    if (text[pos] === close) {
      pos++;
      return;
    }
    let comma = -1;
    for (;;) {
      skipSpace();
      expectMore();
      if (text[pos] === close && comma >= 0) throw trailingComma(comma, close);
      if (close === '}') {
        if (text[pos] !== '"') throw unexpected('a property name');
        readString();
        skipSpace();
        expectMore();
        if (text[pos] !== ':') throw new Stop(pos, "Expected ':' after the property name.");
        pos++;
      }
      readValue();
      skipSpace();
      expectMore();
      if (text[pos] === close) {
        pos++;
        return;
      }
      if (text[pos] !== ',')
        throw new Stop(pos, `Expected ',' or '${close}': a comma is probably missing before this.`);
      comma = pos++;
    }
  };

  try {
    readValue();
    skipSpace();
    if (pos < text.length) {
      throw new Stop(
        pos,
        "The document ended before this point: an extra '}' or ']' earlier closed it too soon, or text follows its end.",
      );
    }
  } catch (e) {
    // A RangeError (absurd nesting) leaves the caller with JSON.parse's own position.
    return e instanceof Stop ? e.site : undefined;
  }
  return undefined;
}
