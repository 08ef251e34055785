import { driftRules } from '../drift/rules.ts';
import type { Change, ChangeLevel, Finding, FindingLevel } from '../model.ts';
import { validationRules } from '../validation/index.ts';
import { murmur128Hex } from '../hashes.ts';
import { changeAnnotation } from './annotations.ts';

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and any other SARIF reader: validation
 * findings and drift changes as results, each with its rule id, level and `file:line`. What upload-sarif needs beyond
 * the schema: a `results` array in every run, an artifact location in every result, relative URIs resolved against
 * the checkout (`%SRCROOT%`), and no `automationDetails.id`, so that the workflow's `category` decides how uploads
 * from several steps are told apart.
 */

/** One definition's results, as one run of the pipeline found them. */
export interface SarifConnector {
  /** Where the definition is, as shown to users: a workspace-relative path, or a URL. */
  source: string;
  findings: readonly Finding[];
  drift?: {
    changes: readonly Change[];
    /** What the definition was compared with; changes are reported on the new definition. */
    baselineLabel?: string;
    /** Line of a pointer in the new definition, for a change whose element is gone (see `changeAnnotation`). */
    lineOf: (pointer: string) => number | undefined;
  };
}

/** One connector's run as SARIF sees it: findings and changes on the definition file (a URL keeps its URL). */
export function sarifConnector(r: {
  definitionFile?: string;
  definition: { source: string; lineOf: (pointer: string) => number | undefined };
  findings: readonly Finding[];
  drift?: { changes: readonly Change[]; baselineLabel?: string };
}): SarifConnector {
  return {
    source: r.definitionFile ?? r.definition.source,
    findings: r.findings,
    drift: r.drift && { ...r.drift, lineOf: r.definition.lineOf },
  };
}

type SarifLevel = 'error' | 'warning' | 'note';

const FINDING_LEVEL: Record<FindingLevel, SarifLevel> = { error: 'error', warning: 'warning' };
const CHANGE_LEVEL: Record<ChangeLevel, SarifLevel> = { breaking: 'error', warning: 'warning', info: 'note' };

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const HELP_URI = 'https://github.com/connector-export/connector-export';
// The README sections that table each catalogue.
const HELP_ANCHOR: Record<string, string> = {
  validation: '#validation-rules',
  drift: '#drift-what-counts-as-breaking',
};

interface RuleDescriptor {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
  helpUri: string;
  properties: { tags: string[] };
}

function catalogue(): RuleDescriptor[] {
  return [
    ...validationRules.map((r) => descriptor(r.id, r.description, FINDING_LEVEL[r.level], 'validation')),
    ...driftRules.map((r) => descriptor(r.id, r.description, CHANGE_LEVEL[r.level], 'drift')),
  ];
}

function descriptor(id: string, text: string, level: SarifLevel, tag: string): RuleDescriptor {
  return {
    id,
    shortDescription: { text },
    defaultConfiguration: { level },
    helpUri: `${HELP_URI}${HELP_ANCHOR[tag] ?? ''}`,
    properties: { tags: ['connector-export', tag] },
  };
}

/** A workspace path as a relative URI reference (spaces and the like percent-encoded); a URL stays as it is. */
function artifactLocation(source: string): { uri: string; uriBaseId?: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return { uri: source };
  return { uri: source.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** Stable across edits that only move lines: the rule and where in the document, not the line number. */
function fingerprint(...parts: (string | undefined)[]): string {
  return murmur128Hex(parts.map((p) => p ?? '').join('\u0000'));
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: object[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, unknown>;
}

function location(source: string, line: number | undefined, pointer: string | undefined): object {
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(source),
      ...(line === undefined ? {} : { region: { startLine: line } }),
    },
    ...(pointer === undefined ? {} : { logicalLocations: [{ fullyQualifiedName: pointer, kind: 'member' }] }),
  };
}

/** The SARIF log of one or more definitions: one run, one result per finding and per drift change. */
export function renderSarif(connectors: readonly SarifConnector[], tool: { version: string }): object {
  const rules = catalogue();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Ids outside the catalogues (the service's own validation, the OpenAPI 3 conversion) get a plain descriptor.
  const ruleIndex = (id: string, level: SarifLevel, tag: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = rules.push(descriptor(id, id, level, tag)) - 1;
      index.set(id, i);
    }
    return i;
  };
  const results: Result[] = [];
  for (const c of connectors) {
    for (const f of c.findings) {
      const level = FINDING_LEVEL[f.level];
      results.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex(f.rule, level, 'validation'),
        level,
        message: { text: f.message },
        locations: [location(f.file ?? c.source, f.line, f.pointer)],
        partialFingerprints: { 'connectorExport/v1': fingerprint(f.file ?? c.source, f.rule, f.pointer, f.message) },
      });
    }
    for (const change of c.drift?.changes ?? []) {
      const level = CHANGE_LEVEL[change.level];
      const against = c.drift?.baselineLabel === undefined ? '' : ` (compared with ${c.drift.baselineLabel})`;
      // A removed element has no line in the new file: the nearest one that still exists, as the annotations do.
      const { line } = changeAnnotation(change, c.source, c.drift?.lineOf ?? (() => undefined));
      results.push({
        ruleId: change.rule,
        ruleIndex: ruleIndex(change.rule, level, 'drift'),
        level,
        message: { text: `${change.message}${against}` },
        locations: [location(c.source, line, change.newPointer ?? change.oldPointer)],
        partialFingerprints: {
          'connectorExport/v1': fingerprint(
            c.source,
            change.rule,
            change.oldPointer,
            change.newPointer,
            change.message,
          ),
        },
        properties: { driftLevel: change.level },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'connector-export', version: tool.version, informationUri: HELP_URI, rules } },
        results,
      },
    ],
  };
}
