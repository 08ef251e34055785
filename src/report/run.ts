import type { Finding } from '../model.ts';
import { driftReportJson, renderDriftMarkdown, type DriftReportInput, type DriftReportJson } from './drift.ts';
import { renderExpressExportMarkdown, renderManualExportMarkdown, type ExportReport } from './export.ts';
import { renderFindingsMarkdown } from './findings.ts';
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
  /** Null when the run stopped before the export (the command line's `validate` and `diff`). */
  export: ExportReport | null;
}

/** A connector's run as its report.json (and the command line's `--format json`) gives it. */
export function runReport(r: {
  connectorName: string;
  definition: { source: string };
  sourceVersion: string;
  counts: { errors: number; warnings: number };
  findings: Finding[];
  drift?: DriftReportInput;
  exported?: ExportReport;
}): RunReport {
  return {
    version: 1,
    connector: r.connectorName,
    source: r.definition.source,
    sourceVersion: r.sourceVersion,
    validation: { ...r.counts, findings: r.findings },
    drift: r.drift ? driftReportJson(r.drift) : null,
    export: r.exported ?? null,
  };
}

/** The job summary: one section per stage, verdicts first. The title is text (it holds the connector's name). */
export function renderSummary(title: string, sections: string[]): string {
  return [`## ${escapeMarkdown(title)}`, ...sections].join('\n\n') + '\n';
}

/** The sections of a run's summary and PR comment, in order: drift, validation, export (those the run has). */
export function runSections(r: {
  drift?: DriftReportInput;
  findings: Finding[];
  source: string;
  lineUrl?: (line: number) => string;
  omittedAnnotations?: { error: number; warning: number };
  exported?: ExportReport;
  /** Breaking changes against the registered connector (express mode), when known. */
  registeredBreaking?: number;
}): string[] {
  const sections = [
    r.drift ? renderDriftMarkdown(r.drift) : undefined,
    renderFindingsMarkdown({
      findings: r.findings,
      source: r.source,
      lineUrl: r.lineUrl,
      omittedAnnotations: r.omittedAnnotations,
    }),
    r.exported === undefined
      ? undefined
      : r.exported.mode === 'manual'
        ? renderManualExportMarkdown(r.exported)
        : renderExpressExportMarkdown(r.exported, r.registeredBreaking),
  ];
  return sections.filter((s): s is string => s !== undefined);
}
