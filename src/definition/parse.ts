import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { DefinitionError } from '../errors.ts';
import type { Pointer } from '../model.ts';
import type { Definition } from './document.ts';
import { locateJsonError } from './json-error.ts';
import { jsonLines, lineColumn } from './lines.ts';
import { parsePointer } from './pointer.ts';

/**
 * Loads a Swagger/OpenAPI definition from bytes or text. JSON when the first non-space character is `{` or `[`,
 * YAML 1.2 (core schema) otherwise. Throws DefinitionError with line and column when the text does not parse, or
 * when it is not an object.
 */
export function parseDefinition(raw: Uint8Array | string, source: string): Definition {
  const decoded = typeof raw === 'string' ? raw : new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
  const bytes = typeof raw === 'string' ? Buffer.byteLength(raw, 'utf8') : raw.byteLength;
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const first = /\S/.exec(text)?.[0];
  const loaded = first === '{' || first === '[' ? loadJson(text, source) : loadYaml(text, source);
  if (loaded.value === null || typeof loaded.value !== 'object' || Array.isArray(loaded.value)) {
    const found =
      loaded.value === null ? 'nothing' : Array.isArray(loaded.value) ? 'a list' : `a ${typeof loaded.value}`;
    throw new DefinitionError(source, `The definition must be an object with 'swagger' or 'openapi', found ${found}.`, {
      line: 1,
      column: 1,
      hint: 'Point the action at the Swagger 2.0 / OpenAPI file itself (JSON or YAML).',
    });
  }
  return { source, format: loaded.format, text, bytes, value: loaded.value, lineOf: loaded.lineOf };
}

interface Loaded {
  format: Definition['format'];
  value: unknown;
  lineOf: Definition['lineOf'];
}

function loadJson(text: string, source: string): Loaded {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const site = locateJsonError(text);
    const offset = site?.offset ?? Number(/at position (\d+)/.exec(message)?.[1] ?? text.length);
    // Keep the parser's reason, without the position and the excerpt it quotes (we give line:column).
    const reason = message.replace(/ (?:in JSON )?at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
    throw new DefinitionError(source, `Invalid JSON: ${reason}.`, {
      ...lineColumn(text, offset),
      hint: site?.hint ?? 'Fix the JSON syntax at this position.',
    });
  }
  return { format: 'json', value, lineOf: jsonLines(text) };
}

function loadYaml(text: string, source: string): Loaded {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
  });
  const fail = (message: string, offset: number, hint: string): never => {
    const { line, col } = lineCounter.linePos(offset);
    throw new DefinitionError(source, message, { line, column: col, hint });
  };
  const [error] = doc.errors;
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
    fail(`Invalid YAML: ${(e as Error).message}`, 0, 'Use fewer aliases, or $ref instead.');
  }
  return { format: 'yaml', value, lineOf: (pointer) => yamlLine(doc, lineCounter, pointer) };
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
