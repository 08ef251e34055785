import { childPointer } from '../../definition/pointer.ts';
import type { Operation, Rule } from '../rule.ts';

const label = (op: Operation): string => `${op.method.toUpperCase()} ${op.path}`;

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
