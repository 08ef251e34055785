import { getAt } from '../../definition/pointer.ts';
import type { Rule } from '../rule.ts';

const SECTIONS = /^#\/(?:definitions|parameters|responses)\//;

/** References are only looked up, never followed: a circular `$ref` cannot loop and no URL is ever fetched. */
export const referenceRules: Rule[] = [
  {
    id: 'ref-external',
    level: 'error',
    description: '`$ref` points inside the file: the platform does not fetch other files or URLs.',
    *check({ refs }) {
      for (const { pointer, value } of refs) {
        if (!value.startsWith('#')) {
          yield {
            pointer,
            message: `'$ref' '${value}' points outside the file: copy the target into 'definitions', 'parameters' or 'responses' and reference it with '#/...'.`,
          };
        }
      }
    },
  },
  {
    id: 'ref-location',
    level: 'error',
    description: 'Local `$ref`s point into `#/definitions`, `#/parameters` or `#/responses`.',
    *check({ refs }) {
      for (const { pointer, value } of refs) {
        if (value.startsWith('#') && !SECTIONS.test(value)) {
          yield {
            pointer,
            message: `'$ref' '${value}' points outside #/definitions, #/parameters and #/responses: move the target into one of them.`,
          };
        }
      }
    },
  },
  {
    id: 'ref-unresolved',
    level: 'error',
    description: 'Every local `$ref` resolves.',
    *check({ refs, doc }) {
      // A definition names the same targets again and again: each is looked up once.
      const resolves = new Map<string, boolean>();
      const found = (ref: string) => {
        let known = resolves.get(ref);
        if (known === undefined) resolves.set(ref, (known = getAt(doc, ref) !== undefined));
        return known;
      };
      for (const { pointer, value } of refs) {
        if (SECTIONS.test(value) && !found(value)) {
          yield {
            pointer,
            message: `'$ref' '${value}' points to nothing: add the target or fix the name (case matters).`,
          };
        }
      }
    },
  },
];
