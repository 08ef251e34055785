import type { Definition } from '../definition/document.ts';
import { escapeToken, isObject } from '../definition/pointer.ts';
import { HTTP_METHODS } from '../model.ts';
import type { Occurrence, Operation, RuleContext } from './rule.ts';

// Deeper than any real definition; stops a pathological document from exhausting the stack.
const MAX_DEPTH = 200;

export function buildContext(def: Definition): RuleContext {
  // Rules read an object; the `swagger-version` gate reports a document that is not one (from `def.value`).
  const doc = isObject(def.value) ? def.value : {};
  const refs: Occurrence<string>[] = [];
  const extensions = new Map<string, Occurrence[]>();
  // `at` is the pointer of the node walked: a cons string per container entered, cheaper than spelling a pointer
  // from a stack of tokens for each member recorded.
  const walk = (node: object, at: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (item !== null && typeof item === 'object') walk(item, at + '/' + i, depth + 1);
      }
      return;
    }
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      if (key === '$ref') {
        if (typeof value === 'string') refs.push({ pointer: at + '/$ref', value });
      } else if (key.startsWith('x-ms-')) {
        const list = extensions.get(key);
        const occurrence = { pointer: at + '/' + escapeToken(key), value };
        if (list) list.push(occurrence);
        else extensions.set(key, [occurrence]);
      }
      if (value !== null && typeof value === 'object') walk(value, at + '/' + escapeToken(key), depth + 1);
    }
  };
  walk(doc, '', 0);
  return { def, doc, operations: listOperations(doc), refs, extensions };
}

function listOperations(doc: Record<string, unknown>): Operation[] {
  const operations: Operation[] = [];
  if (!isObject(doc.paths)) return operations;
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const value = item[method];
      if (isObject(value)) operations.push({ path, method, pointer: `/paths/${escapeToken(path)}/${method}`, value });
    }
  }
  return operations;
}
