import { isObject } from '../../definition/pointer.ts';
import type { Rule } from '../rule.ts';
import { schemaIssues } from '../schema.ts';

/** The platform's import limit for a definition file. */
export const MAX_BYTES = 1024 * 1024;

export const documentRules: Rule[] = [
  {
    id: 'swagger-version',
    level: 'error',
    description: 'The definition is Swagger 2.0 (`swagger: "2.0"`), or OpenAPI 3.0/3.1 (converted before validation).',
    gate: true,
    *check({ def, doc }) {
      if (!isObject(def.value)) {
        yield { pointer: '', message: 'The definition is not an object: provide a Swagger 2.0 document.' };
      } else if (doc.openapi !== undefined) {
        yield {
          pointer: '/openapi',
          message: `This is OpenAPI ${String(doc.openapi)}, which cannot be converted: custom connectors take Swagger 2.0, and connector-export converts OpenAPI 3.0 and 3.1. Set 'openapi' to the 3.x version the document follows.`,
        };
      } else if (doc.swagger !== '2.0') {
        yield {
          pointer: 'swagger' in doc ? '/swagger' : '',
          message: `'swagger' must be the string "2.0" (found ${JSON.stringify(doc.swagger) ?? 'nothing'}): set "swagger": "2.0".`,
        };
      }
    },
  },
  {
    id: 'definition-size',
    level: 'error',
    description: 'The file is smaller than 1 MB, the platform import limit.',
    *check({ def }) {
      // UTF-8 takes at most 3 bytes per UTF-16 unit (and 3 for a byte order mark): a shorter text needs no count.
      if (def.text.length * 3 + 3 < MAX_BYTES) return;
      if (def.bytes >= MAX_BYTES) {
        yield {
          pointer: '',
          message: `The file is ${(def.bytes / MAX_BYTES).toFixed(2)} MB, the platform takes less than 1 MB: remove unused definitions, examples and long descriptions, or split the API into several connectors.`,
        };
      }
    },
  },
  {
    id: 'swagger-schema',
    level: 'error',
    description:
      'The document follows the Swagger 2.0 JSON schema. Deviations the platform accepts (responses with only x-ms-* extensions, repeated enum values) are warnings.',
    check: ({ doc }) => schemaIssues(doc),
  },
];
