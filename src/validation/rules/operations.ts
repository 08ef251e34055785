import { childPointer, getAt, isObject, parsePointer, toPointer } from '../../definition/pointer.ts';
import type { Operation, Rule } from '../rule.ts';

const label = (op: Operation): string => `${op.method.toUpperCase()} ${op.path}`;

/**
 * The body parameters an operation sends (its own and its path's, by name), each where it is written. `resolve`
 * looks a `$ref` up (shared by the operations: they reference the same parameters).
 */
function bodyParameters(doc: Record<string, unknown>, op: Operation, resolve: (ref: string) => unknown) {
  const bodies = new Map<string, string>();
  const item = isObject(doc.paths) ? doc.paths[op.path] : undefined;
  const lists: [unknown, () => string][] = [
    [
      isObject(item) ? item.parameters : undefined,
      () => `${op.pointer.slice(0, op.pointer.lastIndexOf('/'))}/parameters`,
    ],
    [op.value.parameters, () => childPointer(op.pointer, 'parameters')],
  ];
  for (const [list, base] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const p = isObject(raw) && typeof raw.$ref === 'string' ? resolve(raw.$ref) : raw;
      if (isObject(p) && p.in === 'body') bodies.set(String(p.name), `${base()}/${i}`);
    });
  }
  return bodies;
}

export const operationRules: Rule[] = [
  {
    id: 'operation-id',
    level: 'error',
    description:
      'Every operation has an `operationId` without spaces, unique in the definition (flows call actions by it).',
    *check({ operations }) {
      const first = new Map<string, Operation>();
      for (const op of operations) {
        const id = op.value.operationId;
        if (typeof id !== 'string' || id === '') {
          yield {
            pointer: op.pointer,
            message: `${label(op)} has no 'operationId': add one, e.g. in PascalCase ('GetItems').`,
          };
          continue;
        }
        const pointer = childPointer(op.pointer, 'operationId');
        if (/\s/.test(id)) {
          yield {
            pointer,
            message: `operationId '${id}' contains spaces: remove them (e.g. PascalCase '${id.replace(/\s+(\w?)/g, (_, c: string) => c.toUpperCase())}').`,
          };
        }
        const earlier = first.get(id);
        if (earlier) {
          yield {
            pointer,
            message: `operationId '${id}' is also used by ${label(earlier)}: give each operation its own.`,
          };
        } else first.set(id, op);
      }
    },
  },
  {
    id: 'body-parameter-single',
    level: 'error',
    description:
      'An operation has at most one `in: body` parameter (Swagger 2.0): the platform cannot send two request bodies.',
    *check({ doc, operations }) {
      const targets = new Map<string, unknown>();
      const resolve = (ref: string) => {
        if (!targets.has(ref)) {
          const tokens = parsePointer(ref);
          targets.set(ref, tokens ? getAt(doc, toPointer(tokens)) : undefined);
        }
        return targets.get(ref);
      };
      for (const op of operations) {
        const bodies = bodyParameters(doc, op, resolve);
        if (bodies.size < 2) continue;
        const [, ...others] = bodies.values();
        for (const pointer of others) {
          yield {
            pointer,
            message: `${label(op)} has ${bodies.size} body parameters (${[...bodies.keys()].join(', ')}): an operation sends one request body; merge them into one schema with a property each.`,
          };
        }
      }
    },
  },
  {
    id: 'operation-summary',
    level: 'warning',
    description: 'Every operation has a `summary` (the action name makers see).',
    *check({ operations }) {
      for (const op of operations) {
        if (typeof op.value.summary !== 'string' || op.value.summary.trim() === '') {
          yield {
            pointer: op.pointer,
            message: `${label(op)} has no 'summary': add a short action name such as 'Get items'.`,
          };
        }
      }
    },
  },
];
