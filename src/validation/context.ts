import type { Definition } from '../definition/document.ts';
import { escapeToken, isObject } from '../definition/pointer.ts';
import type { HttpMethod } from '../model.ts';
import type { Occurrence, Operation, RuleContext } from './rule.ts';

const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
// Deeper than any real definition; stops a pathological document from exhausting the stack.
const MAX_DEPTH = 200;

export function buildContext(def: Definition): RuleContext {
  // Rules read an object; the `swagger-version` gate reports a document that is not one (from `def.value`).
  const doc = isObject(def.value) ? def.value : {};
  const refs: Occurrence<string>[] = [];
  const extensions = new Map<string, Occurrence[]>();
  // Pointers are only built for the members recorded, from this stack of escaped tokens (most keys need none).
  const tokens: string[] = [];
  const here = (): string => (tokens.length ? '/' + tokens.join('/') : '');

  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || tokens.length > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        tokens.push(String(i));
        walk(node[i]);
        tokens.pop();
      }
      return;
    }
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      tokens.push(key.includes('~') || key.includes('/') ? escapeToken(key) : key);
      if (key === '$ref' && typeof value === 'string') refs.push({ pointer: here(), value });
      else if (key.startsWith('x-ms-')) {
        const list = extensions.get(key);
        const occurrence = { pointer: here(), value };
        if (list) list.push(occurrence);
        else extensions.set(key, [occurrence]);
      }
      walk(value);
      tokens.pop();
    }
  };
  walk(doc);
  return { def, doc, operations: listOperations(doc), refs, extensions };
}

function listOperations(doc: Record<string, unknown>): Operation[] {
  const operations: Operation[] = [];
  if (!isObject(doc.paths)) return operations;
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const value = item[method];
      if (isObject(value)) operations.push({ path, method, pointer: `/paths/${escapeToken(path)}/${method}`, value });
    }
  }
  return operations;
}
