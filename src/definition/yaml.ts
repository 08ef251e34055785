import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { DefinitionError } from '../errors.ts';
import type { Pointer } from '../model.ts';
import { TOO_DEEP } from './json-syntax.ts';
import { measure, type Loaded } from './parse.ts';
import { parsePointer } from './pointer.ts';

/**
 * YAML 1.2 (core schema) definitions, for parseDefinition: unique keys, line numbers for every pointer, no
 * recursive aliases, bounded nesting. Loaded only when a definition is not JSON (see loadDefinition). The YAML
 * library recurses per nesting level: absurd nesting exhausts the stack before it can say where.
 */
export function readYaml(text: string, source: string): Loaded {
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
