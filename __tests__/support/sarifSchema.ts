import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';

/**
 * The official SARIF 2.1.0 JSON schema (OASIS, 2.1.0-rtm.5, the version the standard published), as Microsoft's
 * SARIF SDK ships it in @microsoft/jest-sarif. Compiled with every format checked (`uri`, `uri-reference`,
 * `date-time`), which is stricter than upload-sarif: it only warns on a bad URI.
 */
const schemaFile = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;

// The schema's `language` pattern ends in a stray `]` (an erratum of rtm.5): valid without the regex `u` flag only.
const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about a SARIF log; empty when it is valid. */
export function sarifErrors(log: unknown): ErrorObject[] {
  return validate(log) ? [] : [...(validate.errors ?? [])];
}

/**
 * What github/codeql-action/upload-sarif needs beyond the schema (read from its upload-lib): a `results` array in
 * every run, an artifact location in every result, start lines from 1, and rule indexes that name the rule.
 */
export function uploadSarifProblems(sarif: unknown): string[] {
  const log = sarif as {
    runs: { tool: { driver: { rules?: { id: string }[] } }; results?: Record<string, unknown>[] }[];
  };
  const problems: string[] = [];
  for (const run of log.runs) {
    if (!Array.isArray(run.results)) problems.push('a run has no results array');
    for (const r of run.results ?? []) {
      const result = r as {
        ruleId: string;
        ruleIndex?: number;
        locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
      };
      const loc = result.locations?.[0]?.physicalLocation;
      if (!loc?.artifactLocation?.uri) problems.push(`${result.ruleId}: no artifact location`);
      if (loc?.region?.startLine !== undefined && loc.region.startLine < 1) problems.push(`${result.ruleId}: line < 1`);
      if (result.ruleIndex !== undefined && run.tool.driver.rules?.[result.ruleIndex]?.id !== result.ruleId) {
        problems.push(`${result.ruleId}: ruleIndex ${result.ruleIndex} names another rule`);
      }
    }
  }
  return problems;
}
