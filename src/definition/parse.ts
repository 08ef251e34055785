import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { DefinitionError } from '../errors.ts';
import type { Pointer } from '../model.ts';
import type { Definition, SyntaxNote } from './document.ts';
import { JsonSyntaxError, MAX_DEPTH, scanJson, TOO_DEEP, type JsonScan } from './json-syntax.ts';
import { jsonLines, lineColumn } from './lines.ts';
import { parsePointer } from './pointer.ts';

/**
 * Loads a Swagger/OpenAPI definition from bytes or text. JSON when the first non-space character is `{` or `[`,
 * YAML 1.2 (core schema) otherwise. JSON is read as Power Platform reads it: comments and trailing commas are
 * accepted and noted in `syntax`. Throws DefinitionError with line and column when the text does not parse, nests
 * deeper than any walk can follow, or is not an object.
 */
export function parseDefinition(raw: Uint8Array | string, source: string): Definition {
  const decoded = typeof raw === 'string' ? raw : new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
  const bytes = typeof raw === 'string' ? Buffer.byteLength(raw, 'utf8') : raw.byteLength;
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const first = /\S/.exec(text)?.[0];
  const loaded = first === '{' || first === '[' ? loadJson(text, source) : loadYamlBounded(text, source);
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
  return { source, format, text, bytes, value, lineOf, ...(syntax.length > 0 ? { syntax } : {}) };
}

interface Loaded {
  format: Definition['format'];
  value: unknown;
  lineOf: Definition['lineOf'];
  syntax: SyntaxNote[];
}

function loadJson(text: string, source: string): Loaded {
  let value: unknown;
  let scan: JsonScan | undefined;
  const fail = (e: unknown): never => {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new DefinitionError(source, `Invalid JSON: ${e.reason}.`, { ...lineColumn(text, e.offset), hint: e.hint });
  };
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the error (a secret may sit there): the scanner says where instead.
    try {
      scan = scanJson(text);
    } catch (e) {
      fail(e);
    }
    value = JSON.parse(scan!.strict);
  }
  // Repeated keys and absurd nesting are rare: two cheap counts tell when the scanner must look for them.
  if (!scan) {
    const { members, tooDeep } = measure(value);
    if (tooDeep || members !== keysIn(text)) {
      try {
        scan = scanJson(text);
      } catch (e) {
        fail(e);
      }
    }
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

/** Object members counted, and whether any value nests deeper than MAX_DEPTH; iterative, allocation-light. */
function measure(root: unknown): { members: number; tooDeep: boolean } {
  let members = 0;
  const nodes: unknown[] = [root];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (depth > MAX_DEPTH) return { members, tooDeep: true };
    if (Array.isArray(node)) {
      for (const item of node) {
        if (item !== null && typeof item === 'object') {
          nodes.push(item);
          depths.push(depth + 1);
        }
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key in node) {
        members++;
        const item = (node as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') {
          nodes.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return { members, tooDeep: false };
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

/** The YAML library recurses per nesting level: absurd nesting exhausts the stack before it can say where. */
function loadYamlBounded(text: string, source: string): Loaded {
  try {
    return loadYaml(text, source);
  } catch (e) {
    if (e instanceof RangeError)
      throw new DefinitionError(source, `Invalid YAML: ${TOO_DEEP[0]}.`, { hint: TOO_DEEP[1] });
    throw e;
  }
}

function loadYaml(text: string, source: string): Loaded {
  const lineCounter = new LineCounter();
  const fail = (message: string, offset: number, hint: string): never => {
    const { line, col } = lineCounter.linePos(offset);
    throw new DefinitionError(source, message, { line, column: col, hint });
  };
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
  });
  const [error] = doc.errors;
  // The YAML library catches its own stack overflow on absurd nesting and reports it as a parse error.
  if (error && /call stack/i.test(error.message)) fail(`Invalid YAML: ${TOO_DEEP[0]}.`, error.pos[0], TOO_DEEP[1]);
  if (error) {
    const hint =
      error.code === 'DUPLICATE_KEY'
        ? 'Remove or rename the repeated key: YAML maps need unique keys.'
        : 'Fix the YAML syntax at this position (indentation, quoting, a missing `:`?).';
    fail(`Invalid YAML: ${error.message}`, error.pos[0], hint);
  }
  const cycle = recursiveAlias(doc);
  if (cycle)
    fail('Invalid YAML: an alias refers to a node that contains it.', cycle, 'Replace the recursive alias by a $ref.');
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof RangeError) throw e;
    fail(`Invalid YAML: ${(e as Error).message}`, 0, 'Use fewer aliases, or $ref instead.');
  }
  if (measure(value).tooDeep) fail(`Invalid YAML: ${TOO_DEEP[0]}.`, 0, TOO_DEEP[1]);
  return { format: 'yaml', value, lineOf: (pointer) => yamlLine(doc, lineCounter, pointer), syntax: [] };
}

/** Offset of an alias to one of its own ancestors (would make a cyclic value that no walk could finish). */
function recursiveAlias(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_key, alias, path) {
      const target = alias.resolve(doc);
      if (target && path.includes(target)) {
        found = alias.range?.[0] ?? 0;
        return visit.BREAK;
      }
    },
  });
  return found;
}

function yamlLine(doc: Document, lineCounter: LineCounter, pointer: Pointer): number | undefined {
  const lineAt = (node: { range?: [number, number, number] | null } | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  let node = doc.contents as Node | null;
  let line = lineAt(node);
  for (const token of parsePointer(pointer) ?? []) {
    if (isAlias(node)) node = node.resolve(doc) ?? null;
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === token);
      if (!pair) break;
      line = lineAt(pair.key as Node) ?? line;
      node = pair.value as Node | null;
    } else if (isSeq(node) && /^\d+$/.test(token) && Number(token) < node.items.length) {
      node = node.items[Number(token)] as Node | null;
      line = lineAt(node) ?? line;
    } else break;
  }
  return line;
}
