import { isObject } from '../../definition/pointer.ts';
import type { Rule } from '../rule.ts';

/** Longest connector name the platform takes. */
export const MAX_TITLE = 30;

/** C0 and C1 controls (CR, LF, tab, ...) and the bidirectional overrides that reorder what is shown. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const infoRules: Rule[] = [
  {
    id: 'info-title',
    level: 'error',
    description: `\`info.title\` (the connector name) is present and at most ${MAX_TITLE} characters.`,
    *check({ doc }) {
      const info = isObject(doc.info) ? doc.info : undefined;
      const title = info?.title;
      if (typeof title !== 'string' || title.trim() === '') {
        yield {
          pointer: info ? '/info' : '',
          message: "'info.title' is missing: add the connector name (at most 30 characters).",
        };
      } else if (title.length > MAX_TITLE) {
        yield {
          pointer: '/info/title',
          message: `'info.title' has ${title.length} characters; connector names have at most ${MAX_TITLE}: shorten it.`,
        };
      }
    },
  },
  {
    id: 'info-title-characters',
    level: 'error',
    description:
      '`info.title` holds no control characters (line breaks, tabs, bidirectional overrides): it names the connector in the portal, the log and the reports.',
    *check({ doc }) {
      const title = isObject(doc.info) ? doc.info.title : undefined;
      if (typeof title !== 'string') return;
      const found = [...new Set(title.match(CONTROL) ?? [])];
      if (found.length > 0) {
        const codes = found.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
        yield {
          pointer: '/info/title',
          message: `'info.title' contains control characters (${codes.join(', ')}): write the connector name on one line, in plain text.`,
        };
      }
    },
  },
  {
    id: 'info-description',
    level: 'error',
    description: '`info.description` is present (the connector description; packaging fails without it).',
    *check({ doc }) {
      const info = isObject(doc.info) ? doc.info : undefined;
      if (typeof info?.description !== 'string' || info.description.trim() === '') {
        yield {
          pointer: info ? '/info' : '',
          message: "'info.description' is missing: describe what the connector does.",
        };
      }
    },
  },
];
