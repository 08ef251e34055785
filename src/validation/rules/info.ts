import { isObject } from '../../definition/pointer.ts';
import type { Rule } from '../rule.ts';

/** Longest connector name the platform takes. */
export const MAX_TITLE = 30;

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
