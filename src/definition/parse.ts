import { isUtf8 } from 'node:buffer';
import { DefinitionError } from '../errors.ts';
import type { Definition, SyntaxNote } from './document.ts';
import { JsonSyntaxError, MAX_DEPTH, scanJson, type JsonScan } from './json-syntax.ts';
import { jsonLines, lineColumn } from './lines.ts';

/** Reads YAML text into a Loaded value (src/definition/yaml.ts; a chunk of its own, see loadDefinition). */
export type YamlReader = (text: string, source: string) => Loaded;

/**
 * Loads a Swagger/OpenAPI definition from bytes or text. JSON when the first non-space character is `{` or `[`,
 * YAML 1.2 (core schema) with `readYaml` otherwise (without it, such a text is refused as not JSON). JSON is read as
 * Power Platform reads it: comments and trailing commas are accepted and noted in `syntax`. Throws DefinitionError
 * with line and column when the text does not parse, nests deeper than any walk can follow, or is not an object.
 */
export function parseDefinition(
  raw: Uint8Array | string,
  source: string,
  readYaml?: YamlReader,
  options: LoadOptions = {},
): Definition {
  const decoded = typeof raw === 'string' ? raw : new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
  // A text's UTF-8 size is counted when first asked: the size rule asks only of a text that could reach the limit.
  let bytes = typeof raw === 'string' ? undefined : raw.byteLength;
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const loaded = looksLikeJson(text)
    ? loadJson(text, source, options.duplicates ?? true)
    : readYaml
      ? readYaml(text, source)
      : notJson(source);
  if (loaded.value === null || typeof loaded.value !== 'object' || Array.isArray(loaded.value)) {
    const found =
      loaded.value === null ? 'nothing' : Array.isArray(loaded.value) ? 'a list' : `a ${typeof loaded.value}`;
    throw new DefinitionError(source, `The definition must be an object with 'swagger' or 'openapi', found ${found}.`, {
      line: 1,
      column: 1,
      hint: 'Point the action at the Swagger 2.0 / OpenAPI file itself (JSON or YAML).',
    });
  }
  const { format, value, lineOf, syntax } = loaded;
  // Invalid sequences were decoded to U+FFFD: then only the text says what was read.
  const utf8 = typeof raw === 'string' || !isUtf8(raw) ? undefined : text === decoded ? raw : raw.subarray(3);
  return {
    source,
    format,
    text,
    get bytes() {
      return (bytes ??= Buffer.byteLength(raw, 'utf8'));
    },
    ...(utf8 ? { utf8 } : {}),
    value,
    lineOf,
    ...(syntax.length > 0 ? { syntax } : {}),
  };
}

export interface LoadOptions {
  /**
   * Look for repeated keys in JSON (a `duplicate-key` note each); default true. A baseline or a registered copy is
   * only diffed, which reads what JSON.parse kept: the extra pass over its text finds nothing this run reports.
   */
  duplicates?: boolean;
}

/**
 * parseDefinition, with the YAML reader loaded only for a text that is not JSON: the yaml library is a third of
 * the action's code, and most definitions are JSON.
 */
export async function loadDefinition(
  raw: Uint8Array | string,
  source: string,
  options: LoadOptions = {},
): Promise<Definition> {
  const readYaml = looksLikeJson(raw) ? undefined : (await import('./yaml.ts')).readYaml;
  return parseDefinition(raw, source, readYaml, options);
}

/** JSON when the first character after a byte order mark and white space is `{` or `[`. */
function looksLikeJson(raw: Uint8Array | string): boolean {
  const at = (i: number) => (typeof raw === 'string' ? raw.charCodeAt(i) : raw[i]);
  const bom = typeof raw === 'string' ? at(0) === 0xfeff : at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf;
  let i = bom ? (typeof raw === 'string' ? 1 : 3) : 0;
  while (at(i) === 0x20 || at(i) === 0x0a || at(i) === 0x0d || at(i) === 0x09) i++;
  return at(i) === 0x7b || at(i) === 0x5b;
}

function notJson(source: string): never {
  throw new DefinitionError(source, 'is not JSON: it does not start with `{`.', {
    line: 1,
    column: 1,
    hint: 'Give a JSON file here (paconn writes JSON).',
  });
}

export interface Loaded {
  format: Definition['format'];
  value: unknown;
  lineOf: Definition['lineOf'];
  syntax: SyntaxNote[];
}

function loadJson(text: string, source: string, duplicates: boolean): Loaded {
  let value: unknown;
  let scan: JsonScan | undefined;
  /** The scanner's reading, or the syntax error it found as a DefinitionError at its line and column. */
  const scanned = (): JsonScan => {
    try {
      return scanJson(text);
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
      throw new DefinitionError(source, `Invalid JSON: ${e.reason}.`, { ...lineColumn(text, e.offset), hint: e.hint });
    }
  };
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the error (a secret may sit there): the scanner says where instead.
    scan = scanned();
    value = JSON.parse(scan.strict);
  }
  // Repeated keys and absurd nesting are rare: two cheap counts tell when the scanner must look for them.
  if (!scan) {
    const { members, tooDeep } = measure(value);
    if (tooDeep || (duplicates && members !== keysIn(text))) scan = scanned();
  }
  const strict = scan?.strict ?? text;
  const syntax: SyntaxNote[] = [];
  const at = (offset: number) => lineColumn(strict, offset);
  for (const l of scan?.leniencies ?? []) syntax.push({ kind: l.kind, ...at(l.offset), pointer: l.pointer });
  for (const d of scan?.duplicates ?? []) {
    syntax.push({ kind: 'duplicate-key', ...at(d.offset), pointer: d.pointer, firstLine: at(d.firstOffset).line });
  }
  return { format: 'json', value, lineOf: jsonLines(strict), syntax };
}

/**
 * Object members counted, and whether any value nests deeper than MAX_DEPTH. Recursive, but never deeper than
 * MAX_DEPTH + 1 calls (a deeper value stops the count): faster than an explicit stack, and as safe.
 */
export function measure(root: unknown): { members: number; tooDeep: boolean } {
  let members = 0;
  let tooDeep = false;
  const visit = (node: object, depth: number): void => {
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      return;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length && !tooDeep; i++) {
        const item: unknown = node[i];
        if (item !== null && typeof item === 'object') visit(item, depth + 1);
      }
      return;
    }
    for (const key in node) {
      members++;
      const item = (node as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') visit(item, depth + 1);
      if (tooDeep) return;
    }
  };
  if (root !== null && typeof root === 'object') visit(root, 1);
  return { members, tooDeep };
}

/**
 * The object keys written in a strict JSON text: a colon whose previous non-space character is an unescaped quote
 * ends a key (inside a string a quote is escaped, and a value string is never followed by a colon). More keys than
 * parsed members means a key was repeated. indexOf jumps between colons natively: no regex, no allocation.
 */
function keysIn(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let quote = colon - 1;
    let c = text.charCodeAt(quote);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(--quote);
    if (c !== 34) continue;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) count++;
  }
  return count;
}
