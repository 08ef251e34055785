import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Definition } from '../definition/document.ts';
import { FORBIDDEN_COMMENT_WARNING, upsertStickyComment } from '../github/comment.ts';
import type { EventContext } from '../github/context.ts';
import { createOctokit } from '../github/octokit.ts';
import type { Publisher } from '../github/publish.ts';
import type { Settings } from '../inputs.ts';
import type { Finding } from '../model.ts';
import { capAnnotations, changeAnnotation, findingAnnotation } from '../report/annotations.ts';
import { renderCommentBody } from '../report/comment.ts';
import { driftReportJson, renderDriftMarkdown, renderDriftText, type DriftReportInput } from '../report/drift.ts';
import { renderExpressExportMarkdown, renderManualExportMarkdown, type ExportReport } from '../report/export.ts';
import { renderFindingsMarkdown, renderFindingsText } from '../report/findings.ts';
import { renderSummary, type RunReport } from '../report/run.ts';

const TITLE = 'connector-export';

/** Everything one run found and did, as the publish stage reports it. */
export interface RunResult {
  settings: Settings;
  event?: EventContext;
  connectorName: string;
  definition: Definition;
  sourceVersion: string;
  /** Workspace path of the definition, for annotations; undefined for a URL. */
  definitionFile?: string;
  lineUrl?: (line: number) => string;
  findings: Finding[];
  counts: { errors: number; warnings: number };
  validationFails: boolean;
  drift?: DriftReportInput;
  exported: ExportReport;
  exportFailure?: string;
  /** Breaking changes against the registered connector (express mode), when known. */
  registeredBreaking?: number;
  /** Where report.json and report.md go. */
  workDir: string;
}

/** Annotations, job summary, log, report files, outputs and the pull-request comment; then the verdict. */
export async function publishRun(r: RunResult, out: Publisher): Promise<void> {
  const annotations = capAnnotations([
    ...r.findings.map((f) => findingAnnotation(f, r.definitionFile)),
    ...(r.drift?.changes ?? []).map((c) => changeAnnotation(c, r.definitionFile, r.definition.lineOf)),
  ]);
  for (const a of annotations.shown) out.annotate(a);
  const sections = [
    r.drift ? renderDriftMarkdown(r.drift) : undefined,
    renderFindingsMarkdown({
      findings: r.findings,
      source: r.definition.source,
      lineUrl: r.lineUrl,
      omittedAnnotations: annotations.omitted,
    }),
    r.exported.mode === 'manual'
      ? renderManualExportMarkdown(r.exported)
      : renderExpressExportMarkdown(r.exported, r.registeredBreaking),
  ].filter((s): s is string => s !== undefined);
  const summary = renderSummary(`${TITLE}: ${r.connectorName}`, sections);
  await out.summary(summary);

  out.info(renderFindingsText(r.findings, r.definition.source));
  out.info(
    r.drift ? renderDriftText(r.drift) : "Drift not checked: no baseline in this run (see the 'baseline' input).",
  );
  logExport(r.exported, out);

  const paths = await writeReports(r, summary);
  for (const [name, value] of Object.entries(outputs(r, paths))) if (value !== undefined) out.output(name, value);
  await comment(r, sections, out);

  const failures: string[] = [];
  const { settings, counts, drift } = r;
  if (r.validationFails) {
    failures.push(
      `validation: ${counts.errors} error(s), ${counts.warnings} warning(s) (fail-on-validation: ${settings.failOnValidation})`,
    );
  }
  if (r.exportFailure) failures.push(`export: ${r.exportFailure}`);
  if (drift?.verdict.fail) {
    failures.push(
      `drift: ${drift.verdict.breaking} breaking change(s), ${drift.verdict.warnings} warning(s) against ${drift.baselineLabel} (fail-on: ${settings.failOn})`,
    );
  }
  if (failures.length > 0) out.fail(`connector-export failed on ${failures.join('; ')}. See the job summary.`);
}

async function writeReports(r: RunResult, summary: string): Promise<{ report: string; markdown: string }> {
  const report: RunReport = {
    version: 1,
    connector: r.connectorName,
    source: r.definition.source,
    sourceVersion: r.sourceVersion,
    validation: { ...r.counts, findings: r.findings },
    drift: r.drift ? driftReportJson(r.drift) : null,
    export: r.exported,
  };
  const paths = { report: path.join(r.workDir, 'report.json'), markdown: path.join(r.workDir, 'report.md') };
  await mkdir(r.workDir, { recursive: true });
  await writeFile(paths.report, `${JSON.stringify(report, null, 2)}\n`);
  // The summary file is per step: a later step (the fork comment pattern) reads this copy.
  await writeFile(paths.markdown, summary);
  return paths;
}

function outputs(
  r: RunResult,
  paths: { report: string; markdown: string },
): Record<string, string | number | boolean | undefined> {
  const e = r.exported;
  return {
    errors: r.counts.errors,
    warnings: r.counts.warnings,
    'source-version': r.sourceVersion,
    drift: r.drift?.verdict.drift ?? false,
    breaking: r.drift?.verdict.breaking ?? 0,
    'drift-warnings': r.drift?.verdict.warnings ?? 0,
    'report-path': paths.report,
    'markdown-path': paths.markdown,
    ...(e.mode === 'manual'
      ? {
          'package-path': e.exported ? e.packagePath : undefined,
          'artifact-id': e.artifact?.id,
          'artifact-url': e.artifact?.url,
        }
      : { 'connector-id': e.connectorId, 'connector-url': e.connectorUrl, 'redirect-url': e.redirectUrl }),
  };
}

async function comment(r: RunResult, sections: string[], out: Publisher): Promise<void> {
  const pr = r.event?.pullRequest;
  const { settings } = r;
  if (!r.event || !pr || settings.comment === 'never' || !settings.githubToken) return;
  const key = settings.commentKey ?? r.connectorName;
  const result = await upsertStickyComment({
    octokit: await createOctokit(settings.githubToken),
    repo: r.event.repo,
    issueNumber: pr.number,
    key,
    body: renderCommentBody({
      key,
      title: `${TITLE}: ${r.connectorName}`,
      sections,
      footer: `[Workflow run](${r.event.runUrl})`,
    }),
    mode: settings.comment,
    hasFindings: r.counts.errors > 0 || (r.drift?.verdict.drift ?? false),
    isFork: pr.isFork,
  });
  if (result.action === 'forbidden') out.warning(FORBIDDEN_COMMENT_WARNING);
  if (result.id !== undefined) out.output('comment-id', result.id);
  if (result.url !== undefined) out.output('comment-url', result.url);
}

function logExport(exported: ExportReport, out: Publisher): void {
  if (exported.note) out.notice(exported.note);
  if (exported.mode === 'manual') {
    if (exported.exported) {
      const artifact = exported.artifact ? ` (artifact ${exported.artifact.name}, id ${exported.artifact.id})` : '';
      out.info(`Package: ${exported.packagePath}${artifact}`);
    }
    return;
  }
  for (const w of exported.warnings) out.warning(w);
  // The per-connector redirect URL exists from creation on and does not change with updates.
  if (exported.redirectUrl && exported.action === 'create') {
    out.notice(
      `Register the redirect URL ${exported.redirectUrl} with the identity provider (the connector's app registration).`,
    );
  }
}
