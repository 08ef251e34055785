import type { DriftReportJson } from './drift.ts';
import type { ExportReport } from './export.ts';
import type { Finding } from '../model.ts';
import { escapeMarkdown } from './markdown.ts';

/** The JSON report written to `report-path`: everything one run found and did. Shape documented in docs/report.md. */
export interface RunReport {
  version: 1;
  connector: string;
  source: string;
  /** The source document's own version: `2.0`, `3.0.3`, ... */
  sourceVersion: string;
  validation: { errors: number; warnings: number; findings: Finding[] };
  /** Null when drift was not checked (no baseline asked for, or outside a pull request with `baseline: auto`). */
  drift: DriftReportJson | null;
  export: ExportReport;
}

/** The job summary: one section per stage, verdicts first. The title is text (it holds the connector's name). */
export function renderSummary(title: string, sections: string[]): string {
  return [`## ${escapeMarkdown(title)}`, ...sections].join('\n\n') + '\n';
}
