import { childPointer, isObject } from '../../definition/pointer.ts';
import type { Issue, Occurrence, Rule, RuleContext } from '../rule.ts';

/** A value check of one `x-ms-*` extension wherever it appears. */
function enumRule(id: string, name: string, allowed: readonly string[], what: string): Rule {
  return {
    id,
    level: 'error',
    description: `\`${name}\` is one of ${allowed.join(', ')}.`,
    *check({ extensions }) {
      for (const { pointer, value } of extensions.get(name) ?? []) {
        if (allowed.includes(value as string)) continue;
        // Published connectors carry '' and capitalised values: the platform takes them, so only warn.
        const tolerated = value === '' || allowed.includes(String(value).toLowerCase());
        yield {
          pointer,
          level: tolerated ? 'warning' : 'error',
          message: `'${name}' is ${JSON.stringify(value)}: use one of ${allowed.join(', ')} (${what}).`,
        };
      }
    },
  };
}

/** Where each dynamic extension names the operation it calls. */
const DYNAMIC: Record<string, readonly string[][]> = {
  'x-ms-dynamic-values': [['operationId']],
  'x-ms-dynamic-schema': [['operationId']],
  'x-ms-dynamic-properties': [['operationId']],
  'x-ms-dynamic-list': [['operationId']],
  'x-ms-dynamic-tree': [
    ['open', 'operationId'],
    ['browse', 'operationId'],
  ],
};

function* dynamicOperations(ctx: RuleContext): Iterable<Issue> {
  const ids = new Set(ctx.operations.map((op) => op.value.operationId));
  for (const [name, paths] of Object.entries(DYNAMIC)) {
    for (const { pointer, value } of ctx.extensions.get(name) ?? ([] as Occurrence[])) {
      for (const path of paths) {
        let node: unknown = value;
        for (const key of path) node = isObject(node) ? node[key] : undefined;
        // Without an operationId the extension uses another source (e.g. `capability`): nothing to check.
        if (typeof node !== 'string' || ids.has(node)) continue;
        yield {
          pointer: childPointer(pointer, ...path),
          message: `'${name}' calls operationId '${node}', which no operation has: fix the name or add that operation (it may be internal).`,
        };
      }
    }
  }
}

export const extensionRules: Rule[] = [
  enumRule('x-ms-visibility', 'x-ms-visibility', ['important', 'advanced', 'internal'], 'or remove it for the default'),
  enumRule('x-ms-trigger', 'x-ms-trigger', ['batch', 'single'], 'single: one run per item; batch: one run per call'),
  {
    id: 'x-ms-dynamic-operation',
    level: 'error',
    description: '`x-ms-dynamic-values|schema|properties|list|tree` name an operationId that exists.',
    check: dynamicOperations,
  },
];
