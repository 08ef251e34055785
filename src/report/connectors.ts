import type { ExportReport } from './export.ts';
import { escapeHtml, escapeMarkdown, table } from './markdown.ts';

/** One connector's line in the combined report. */
export interface ConnectorRow {
  /** The connector as shown: its name, else its folder. */
  name: string;
  /** Its folder, file or URL. */
  source: string;
  /** Set when the connector could not be read or checked at all. */
  error?: string;
  counts?: { errors: number; warnings: number };
  /** Undefined when drift was not checked. */
  drift?: { breaking: number; warnings: number; infos: number; firstExport: boolean };
  exported?: ExportReport;
  exportFailure?: string;
  /** This connector fails the step. */
  fails: boolean;
  /** The connector's own report sections (drift, validation, export), or the error with its hint. */
  sections: string[];
}

/** The job summary and comment of a run over several connectors hold at most this many characters of detail. */
export const COMBINED_DETAILS_MAX_CHARS = 900_000;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function verdict(row: ConnectorRow): string {
  if (row.error !== undefined) return '❌ failed';
  if (row.fails) return '❌';
  const warned = (row.counts?.warnings ?? 0) > 0 || (row.drift?.breaking ?? 0) + (row.drift?.warnings ?? 0) > 0;
  return warned ? '⚠️' : '✅';
}

function validationCell(row: ConnectorRow): string {
  if (!row.counts) return '';
  const { errors, warnings } = row.counts;
  return errors + warnings === 0 ? 'valid' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

function driftCell(row: ConnectorRow): string {
  if (row.error !== undefined) return '';
  const d = row.drift;
  if (!d) return 'not checked';
  if (d.firstExport) return 'first export';
  if (d.breaking + d.warnings + d.infos === 0) return 'none';
  return `${plural(d.breaking, 'breaking')}, ${plural(d.warnings, 'warning')}, ${d.infos} info`;
}

/** What happened to the connector in a few words. */
export function exportCell(exported: ExportReport | undefined, failure?: string): string {
  if (!exported) return '';
  if (failure !== undefined) return 'failed';
  if (!exported.exported && exported.note) return 'not exported';
  if (exported.mode === 'manual') {
    return exported.artifact ? `artifact \`${escapeMarkdown(exported.artifact.name)}\`` : 'package written';
  }
  if (exported.action === 'up-to-date') return 'up to date';
  return `${exported.dryRun ? 'would ' : ''}${exported.action}`;
}

/**
 * The combined report of a run over several connectors: a headline, a table with one row per connector, then each
 * connector's own sections in a collapsed block, failures and drift first open to read. Details past
 * COMBINED_DETAILS_MAX_CHARS are left to the per-connector report files, and the report says so.
 */
export function renderConnectorsReport(rows: ConnectorRow[], maxDetailChars = COMBINED_DETAILS_MAX_CHARS): string[] {
  const failed = rows.filter((r) => r.fails).length;
  const headline =
    failed > 0
      ? `❌ **${failed} of ${plural(rows.length, 'connector')} failed.**`
      : `✅ **${plural(rows.length, 'connector')}** checked, none failed.`;
  const overview = table(
    ['', 'Connector', 'Validation', 'Drift', 'Export'],
    rows.map((r) => [
      verdict(r),
      `**${escapeMarkdown(r.name)}**${r.name === r.source ? '' : `<br>\`${escapeMarkdown(r.source)}\``}`,
      r.error === undefined ? validationCell(r) : escapeMarkdown(r.error),
      driftCell(r),
      exportCell(r.exported, r.exportFailure),
    ]),
  );
  const details: string[] = [];
  let used = 0;
  let left = 0;
  for (const r of rows) {
    const block = [
      `<details${r.fails ? ' open' : ''}><summary>${verdict(r)} ${escapeHtml(r.name)}</summary>`,
      '',
      ...r.sections.map((s) => s.replace(/^### /gm, '#### ')),
      '',
      '</details>',
    ].join('\n');
    if (used + block.length > maxDetailChars) {
      left++;
      continue;
    }
    used += block.length;
    details.push(block);
  }
  if (left > 0) {
    details.push(`_${plural(left, 'more connector')} in the report files (output \`report-path\`)._`);
  }
  return [headline, overview, ...details];
}
