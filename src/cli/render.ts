import { styleText } from 'node:util';
import { renderDriftText } from '../report/drift.ts';
import type { ExportReport } from '../report/export.ts';
import { renderFindingsText } from '../report/findings.ts';
import { renderSummary, runReport, runSections, type RunReport } from '../report/run.ts';
import { renderSarif, sarifConnector } from '../report/sarif.ts';
import type { ConnectorReport } from '../pipeline/runConnector.ts';
import type { ConnectorError } from './engine.ts';
import { jsonFile } from '../definition/json.ts';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];
export type CommandName = 'validate' | 'diff' | 'package' | 'export';

/** What a command found and did, for every definition it was given. */
export interface CommandResult {
  command: CommandName;
  runs: ConnectorReport[];
  /** Connectors that could not be read or checked (the others' results are in `runs`). */
  errors: ConnectorError[];
  /** The check failed: exit code 1. */
  failed: boolean;
}

/** `--format json`: the action's report.json per definition (docs/report.md), under the command's verdict. */
export interface CliReport {
  version: 1;
  command: CommandName;
  ok: boolean;
  connectors: RunReport[];
  /** Connectors that could not be read or checked. */
  errors: { source: string; message: string }[];
}

export function cliReport(result: CommandResult): CliReport {
  return {
    version: 1,
    command: result.command,
    ok: !result.failed,
    connectors: result.runs.map(runReport),
    errors: result.errors.map((e) => ({
      source: e.label,
      message: e.error instanceof Error ? e.error.message : String(e.error),
    })),
  };
}

export function render(result: CommandResult, format: Format, options: { color: boolean; version: string }): string {
  switch (format) {
    case 'json':
      return jsonFile(cliReport(result));
    case 'sarif':
      return jsonFile(renderSarif(result.runs.map(sarifConnector), { version: options.version }));
    case 'markdown':
      return result.runs
        .map((r) =>
          renderSummary(
            `connector-export: ${r.connectorName}`,
            runSections({ ...r, source: r.definition.source, drift: r.drift }),
          ),
        )
        .join('\n');
    case 'text':
      return `${result.runs.map((r) => textOf(result.command, r, options.color)).join('\n\n')}\n`;
  }
}

function textOf(command: CommandName, r: ConnectorReport, color: boolean): string {
  const parts: string[] = [];
  // `diff` is about drift: its findings are in the JSON and Markdown reports, not in the terminal.
  if (command !== 'diff') parts.push(renderFindingsText(r.findings, r.definition.source, r.columnOf));
  if (command === 'diff' || command === 'export') {
    parts.push(r.drift ? renderDriftText(r.drift) : 'Drift not checked: no baseline.');
  }
  if (r.exported) parts.push(exportText(r.exported));
  const text = parts.join('\n');
  return color ? paint(text) : text;
}

function exportText(e: ExportReport): string {
  const id = e.mode === 'express' && e.connectorId ? ` (${e.connectorId})` : '';
  if (e.mode === 'express' && e.dryRun && !e.note && e.action !== 'up-to-date') {
    return `Dry run: would ${e.action} '${e.connectorName}'${id} in ${e.environment}.`;
  }
  if (!e.exported) return `Not exported: ${e.note ?? 'see above'}`;
  if (e.mode === 'manual') return `Package written to ${e.packagePath}: ${e.files.join(', ')}`;
  return `${e.action === 'up-to-date' ? 'Up to date' : e.action === 'create' ? 'Created' : 'Updated'}: '${e.connectorName}'${id} in ${e.environment}.`;
}

// Colour by level, line by line: the plain text is the same with and without it.
const STYLES: [RegExp, Parameters<typeof styleText>[0]][] = [
  [/^\S.*?: error \[/, 'red'],
  [/^\S.*?: warning \[/, 'yellow'],
  [/^BREAKING /, 'red'],
  [/^WARNING /, 'yellow'],
  [/^INFO /, 'cyan'],
];

function paint(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const style = STYLES.find(([pattern]) => pattern.test(line))?.[1];
      return style ? styleText(style, line, { validateStream: false }) : line;
    })
    .join('\n');
}
