import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConnectorExportError } from '../errors.ts';
import { FORBIDDEN_COMMENT_WARNING, upsertStickyComment } from '../github/comment.ts';
import type { EventContext } from '../github/context.ts';
import { createOctokit } from '../github/octokit.ts';
import { errorAnnotation, publishError, type Publisher } from '../github/publish.ts';
import type { Settings } from '../inputs.ts';
import type { ConnectorReport, ConnectorResult } from '../pipeline/runConnector.ts';
import { capAnnotations, changeAnnotation, findingAnnotation, type Annotation } from '../report/annotations.ts';
import { renderCommentBody } from '../report/comment.ts';
import { renderConnectorsReport, type ConnectorRow } from '../report/connectors.ts';
import { renderDriftText } from '../report/drift.ts';
import type { ExportReport } from '../report/export.ts';
import { renderFindingsText } from '../report/findings.ts';
import { renderSummary, runReport, runSections } from '../report/run.ts';
import { renderSarif, sarifConnector, type SarifConnector } from '../report/sarif.ts';
import { VERSION } from '../version.ts';
import { redactSecrets } from '../secrets.ts';
import { jsonFile } from '../definition/json.ts';

const TITLE = 'connector-export';

/** Everything one run found and did, as the publish stage reports it. */
export interface RunResult extends Omit<ConnectorReport, 'status' | 'location' | 'slug' | 'project'> {
  settings: Settings;
  event?: EventContext;
}

/** The job's context for publishing: the settings and the event. */
export interface PublishContext {
  settings: Settings;
  event?: EventContext;
}

/**
 * Publishes the connectors' results: a single connector as it always was (its sections, or the error that stopped
 * it); several as one combined report (see publishCombined).
 */
export async function publishResults(results: ConnectorResult[], ctx: PublishContext, out: Publisher): Promise<void> {
  if (!ctx.settings.multiple && results.length === 1) {
    const [r] = results;
    if (r.status === 'failed') return publishError(r.error, out, r.files);
    return publishRun({ ...r, ...ctx }, out);
  }
  return publishCombined(results, ctx, out);
}

/** Annotations, job summary, log, report files, outputs and the pull-request comment; then the verdict. */
export async function publishRun(r: RunResult, out: Publisher): Promise<void> {
  const annotations = capAnnotations(annotationsOf(r));
  for (const a of annotations.shown) out.annotate(a);
  const sections = connectorSections(r, annotations.omitted);
  const summary = renderSummary(`${TITLE}: ${r.connectorName}`, sections);
  await out.summary(summary);
  logConnector(r, out);

  const paths = await writeReports(r, summary);
  for (const [name, value] of Object.entries(outputs(r, paths))) if (value !== undefined) out.output(name, value);
  const commentFailure = await comment(
    r,
    {
      title: `${TITLE}: ${r.connectorName}`,
      sections,
      hasFindings: r.counts.errors > 0 || (r.drift?.verdict.drift ?? false),
    },
    out,
  );
  const failures = failuresOf(r);
  if (commentFailure) failures.push(`comment: ${commentFailure}`);
  if (failures.length > 0) out.fail(`connector-export failed on ${failures.join('; ')}. See the job summary.`);
}

/** Why this connector fails the step, one phrase per reason. */
function failuresOf(r: RunResult): string[] {
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
  return failures;
}

function annotationsOf(r: RunResult): Annotation[] {
  return [
    ...r.findings.map((f) => findingAnnotation(f, r.definitionFile)),
    ...(r.drift?.changes ?? []).map((c) => changeAnnotation(c, r.definitionFile, r.definition.lineOf)),
  ];
}

/** A connector's report: drift, validation, export. */
function connectorSections(r: RunResult, omitted?: { error: number; warning: number }): string[] {
  return runSections({ ...r, source: r.definition.source, omittedAnnotations: omitted });
}

function logConnector(r: RunResult, out: Publisher): void {
  out.info(renderFindingsText(r.findings, r.definition.source));
  out.info(
    r.drift ? renderDriftText(r.drift) : "Drift not checked: no baseline in this run (see the 'baseline' input).",
  );
  if (r.exported) logExport(r.exported, out);
}

/**
 * Several connectors, one report: each connector's annotations (capped over the whole step), log lines and report
 * files; then one job summary and one sticky comment with a table of connectors and a collapsed section each;
 * outputs with the totals; and the step fails when any connector does, naming each.
 */
async function publishCombined(results: ConnectorResult[], ctx: PublishContext, out: Publisher): Promise<void> {
  const done = results.filter((r): r is ConnectorReport => r.status === 'done').map((r) => ({ ...r, ...ctx }));
  const annotations = capAnnotations([
    ...results.flatMap((r) => (r.status === 'failed' ? (errorAnnotation(r.error, r.files) ?? []) : [])),
    ...done.flatMap(annotationsOf),
  ]);
  for (const a of annotations.shown) out.annotate(a);

  const rows: ConnectorRow[] = [];
  const reports: { connector: string; source: string; status: string; report?: string; error?: string }[] = [];
  for (const r of results) {
    if (r.status === 'failed') {
      const { message, hint } = errorText(r.error);
      out.info(`${r.label}: failed: ${message}`);
      rows.push({
        name: r.label,
        source: r.label,
        error: message,
        fails: true,
        sections: [`❌ ${message}${hint ? `\n\n**What to do:** ${hint}` : ''}`],
      });
      reports.push({ connector: r.label, source: r.label, status: 'failed', error: message });
      continue;
    }
    const report = { ...r, ...ctx };
    out.info(`--- ${report.connectorName} (${report.location.display})`);
    logConnector(report, out);
    const sections = connectorSections(report);
    const paths = await writeReports(report, renderSummary(`${TITLE}: ${report.connectorName}`, sections));
    const v = report.drift?.verdict;
    rows.push({
      name: report.connectorName,
      source: report.location.display,
      counts: report.counts,
      drift: v && {
        breaking: v.breaking,
        warnings: v.warnings,
        infos: v.infos,
        firstExport: report.drift?.baselineLabel === undefined,
      },
      exported: report.exported,
      exportFailure: report.exportFailure,
      fails: failuresOf(report).length > 0,
      sections,
    });
    reports.push({
      connector: report.connectorName,
      source: report.location.display,
      status: rows[rows.length - 1].fails ? 'failed' : 'passed',
      report: paths.report,
    });
  }
  const omitted = annotations.omitted;
  const note =
    omitted.error + omitted.warning > 0
      ? [
          `_The runner shows 10 annotations per level: ${omitted.error} error and ${omitted.warning} warning annotations are listed only here._`,
        ]
      : [];
  const sections = [...renderConnectorsReport(rows), ...note];
  const title = `${TITLE}: ${results.length} connectors`;
  const summary = renderSummary(title, sections);
  await out.summary(summary);

  const base = path.dirname(results[0]?.workDir ?? '.');
  const paths = {
    report: path.join(base, 'report.json'),
    markdown: path.join(base, 'report.md'),
    sarif: path.join(base, 'report.sarif'),
  };
  mkdirSync(base, { recursive: true });
  // One SARIF file for all connectors: upload-sarif takes one per category.
  await writeSarif(paths.sarif, done.map(sarifConnector));
  const totals = {
    connectors: results.length,
    failed: rows.filter((r) => r.fails).length,
    errors: done.reduce((n, r) => n + r.counts.errors, 0),
    warnings: done.reduce((n, r) => n + r.counts.warnings, 0),
    breaking: done.reduce((n, r) => n + (r.drift?.verdict.breaking ?? 0), 0),
    driftWarnings: done.reduce((n, r) => n + (r.drift?.verdict.warnings ?? 0), 0),
  };
  await writeReportFile(paths.report, jsonFile({ version: 1, totals, connectors: reports }));
  await writeReportFile(paths.markdown, summary);
  const values: Record<string, string | number | boolean> = {
    connectors: totals.connectors,
    'failed-connectors': totals.failed,
    errors: totals.errors,
    warnings: totals.warnings,
    drift: done.some((r) => r.drift?.verdict.drift ?? false),
    breaking: totals.breaking,
    'drift-warnings': totals.driftWarnings,
    'report-path': paths.report,
    'markdown-path': paths.markdown,
    'sarif-path': paths.sarif,
  };
  for (const [name, value] of Object.entries(values)) out.output(name, value);
  const commentFailure = await comment(
    ctx,
    { title, sections, hasFindings: totals.failed > 0 || totals.errors > 0 || values.drift === true },
    out,
  );
  const failing = rows.filter((r) => r.fails).map((r) => r.name);
  const reasons = [
    ...(failing.length > 0 ? [`${failing.length} of ${results.length} connectors: ${failing.join(', ')}`] : []),
    ...(commentFailure ? [`comment: ${commentFailure}`] : []),
  ];
  if (reasons.length > 0) out.fail(`connector-export failed on ${reasons.join('; ')}. See the job summary.`);
}

function errorText(error: unknown): { message: string; hint?: string } {
  return {
    message: error instanceof Error ? error.message : String(error),
    hint: error instanceof ConnectorExportError ? error.hint : undefined,
  };
}

interface ReportPaths {
  report: string;
  markdown: string;
  sarif: string;
}

function writeSarif(file: string, connectors: SarifConnector[]): Promise<void> {
  return writeReportFile(file, jsonFile(renderSarif(connectors, { version: VERSION })));
}

async function writeReports(r: RunResult, summary: string): Promise<ReportPaths> {
  const report = runReport(r);
  const paths = {
    report: path.join(r.workDir, 'report.json'),
    markdown: path.join(r.workDir, 'report.md'),
    sarif: path.join(r.workDir, 'report.sarif'),
  };
  mkdirSync(r.workDir, { recursive: true });
  await writeReportFile(paths.report, jsonFile(report));
  // The summary file is per step: a later step (the fork comment pattern) reads this copy.
  await writeReportFile(paths.markdown, summary);
  await writeSarif(paths.sarif, [sarifConnector(r)]);
  return paths;
}

/** Report files leave the process (artifacts, later steps): no registered secret in them. */
async function writeReportFile(file: string, text: string): Promise<void> {
  writeFileSync(file, redactSecrets(text));
}

function outputs(r: RunResult, paths: ReportPaths): Record<string, string | number | boolean | undefined> {
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
    'sarif-path': paths.sarif,
    ...(e === undefined
      ? {}
      : e.mode === 'manual'
        ? {
            'package-path': e.exported ? e.packagePath : undefined,
            'artifact-id': e.artifact?.id,
            'artifact-url': e.artifact?.url,
          }
        : {
            'connector-id': e.connectorId,
            'connector-internal-id': e.connectorInternalId,
            'solution-version': e.solution?.version,
            'connector-url': e.connectorUrl,
            'redirect-url': e.redirectUrl,
          }),
  };
}

/**
 * Writes the sticky comment. Returns why it failed when the workflow asks to fail for it (`comment-failure:
 * fail`); by default a failure is a warning, since the report is in the summary all the same.
 */
async function comment(
  ctx: PublishContext,
  body: { title: string; sections: string[]; hasFindings: boolean },
  out: Publisher,
): Promise<string | undefined> {
  const pr = ctx.event?.pullRequest;
  const { settings } = ctx;
  if (!ctx.event || !pr || settings.comment === 'never' || !settings.githubToken) return undefined;
  const fail = settings.commentFailure === 'fail';
  // Keyed by where the definitions live: a title is the pull request's to change, and could name another's.
  const key = settings.commentKey ?? settings.definitions.map((d) => d.display).join(',');
  let result;
  try {
    result = await upsertStickyComment({
      octokit: await createOctokit(settings.githubToken),
      repo: ctx.event.repo,
      issueNumber: pr.number,
      key,
      body: redactSecrets(
        renderCommentBody({
          key,
          title: body.title,
          sections: body.sections,
          footer: `[Workflow run](${ctx.event.runUrl})`,
        }),
      ),
      mode: settings.comment,
      hasFindings: body.hasFindings,
      isFork: pr.isFork,
    });
  } catch (error) {
    const { message, hint } = errorText(error);
    const what = message.replace(/\.$/, '');
    if (fail) return what;
    out.warning(
      `The pull request comment was not written: ${what}.${hint ? ` ${hint}` : ''} The report is in the job summary; set 'comment-failure: fail' to fail the step instead.`,
    );
    return undefined;
  }
  if (result.action === 'forbidden') {
    if (fail) return result.reason ?? 'the token may not write the comment';
    out.warning(FORBIDDEN_COMMENT_WARNING);
  }
  if (result.id !== undefined) out.output('comment-id', result.id);
  if (result.url !== undefined) out.output('comment-url', result.url);
  return undefined;
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
  if (exported.secretNote && exported.exported && !exported.dryRun) out.notice(exported.secretNote);
  // The per-connector redirect URL exists from creation on and does not change with updates.
  if (exported.redirectUrl && exported.action === 'create') {
    out.notice(
      `Register the redirect URL ${exported.redirectUrl} with the identity provider (the connector's app registration).`,
    );
  }
  if (exported.redirectNote && exported.action === 'create') out.notice(exported.redirectNote);
}
