import type { SyntaxNote } from '../../definition/document.ts';
import type { Issue, Rule } from '../rule.ts';

/** The notes of one kind, each at its own line (the reader knows it exactly; the pointer is only the container). */
function* notes(kind: SyntaxNote['kind'], list: SyntaxNote[] | undefined, say: (n: SyntaxNote) => string) {
  for (const note of list ?? []) {
    if (note.kind === kind) yield { pointer: note.pointer, line: note.line, message: say(note) } satisfies Issue;
  }
}

const EXPORTED = 'the exported copy is written as strict JSON';

/**
 * What the JSON reader forgave as Power Platform does (comments, trailing commas) or resolved as JSON.parse does
 * (repeated keys). The platform imports such files, so none is an error; each is a warning with its fix, because
 * other tools (paconn, editors, JSON.parse) refuse them or read them differently.
 */
export const syntaxRules: Rule[] = [
  {
    id: 'json-comment',
    level: 'warning',
    description:
      'A `//` or `/* */` comment in a JSON definition: Power Platform accepts it, strict JSON tools do not, and the export drops it.',
    *check({ def }) {
      yield* notes(
        'comment',
        def.syntax,
        (n) =>
          `A comment at column ${n.column}: JSON has none and ${EXPORTED}; remove it or move it into a description.`,
      );
    },
  },
  {
    id: 'json-trailing-comma',
    level: 'warning',
    description:
      'A comma after the last member of an object or array: Power Platform accepts it, strict JSON does not.',
    *check({ def }) {
      yield* notes(
        'trailing-comma',
        def.syntax,
        (n) =>
          `A trailing comma at column ${n.column}: strict JSON allows none after the last item; remove it (${EXPORTED}).`,
      );
    },
  },
  {
    id: 'json-duplicate-key',
    level: 'warning',
    description:
      'A key repeated in one JSON object: the last occurrence silently wins (the earlier one is lost), as in Power Platform and JSON.parse.',
    *check({ def }) {
      yield* notes(
        'duplicate-key',
        def.syntax,
        (n) =>
          `This key repeats the one on line ${n.firstLine}; only this last one is kept and the earlier value is lost: remove or merge one of them.`,
      );
    },
  },
];
