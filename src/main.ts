import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyOverrides, exportedDefinitionText } from './connector/package.ts';
import { readSecurity } from './connector/security.ts';
import { ConnectorExportError } from './errors.ts';
import type { Definition } from './definition/document.ts';
import { isObject } from './definition/pointer.ts';
import { prepareDefinition } from './definition/prepare.ts';
import { diffDefinitions, driftVerdict, type DriftInput } from './drift/index.ts';
import { applyExpress, planExpress } from './export/express.ts';
import { exportManual } from './export/manual.ts';
import type { ConnectorSpec } from './export/spec.ts';
import { GitHubArtifactStore, isArtifactRuntimeAvailable } from './github/artifact.ts';
import { FORBIDDEN_COMMENT_WARNING, upsertStickyComment } from './github/comment.ts';
import { readEventContext, type EventContext } from './github/context.ts';
import { lineLinks } from './github/links.ts';
import { createOctokit } from './github/octokit.ts';
import { actionsPublisher, publishError, type Publisher } from './github/publish.ts';
import { readSettings, type InputSource, type Settings } from './inputs.ts';
import { createCredential, type AuthSettings } from './powerplatform/credential.ts';
import type { Finding } from './model.ts';
import { capAnnotations, changeAnnotation, findingAnnotation } from './report/annotations.ts';
import { renderCommentBody } from './report/comment.ts';
import { driftReportJson, renderDriftMarkdown, renderDriftText, type DriftReportInput } from './report/drift.ts';
import { renderExpressExportMarkdown, renderManualExportMarkdown, type ExportReport } from './report/export.ts';
import { countFindings, failsValidation, renderFindingsMarkdown, renderFindingsText } from './report/findings.ts';
import { renderSummary, type RunReport } from './report/run.ts';
import { artifactBaseline } from './sources/artifactBaseline.ts';
import { readBaseline } from './sources/baseline.ts';
import { readDefinition } from './sources/definition.ts';
import { unknownRuleIds } from './ruleIds.ts';
import { validateDefinition } from './validation/index.ts';

/** What run() needs from the outside world: the runner's in the action, others in tests. */
export interface Runtime {
  inputs: InputSource;
  env: NodeJS.ProcessEnv;
  publisher: Publisher;
  mask: (secret: string) => void;
  getIdToken: (audience: string) => Promise<string>;
}

export function actionsRuntime(): Runtime {
  return {
    inputs: { get: (name) => core.getInput(name) },
    env: process.env,
    publisher: actionsPublisher,
    mask: (secret) => core.setSecret(secret),
    getIdToken: (audience) => core.getIDToken(audience),
  };
}

const TITLE = 'connector-export';

/** Read -> validate -> diff -> export -> publish (DESIGN.md). Each stage is one call; the stages know nothing of each other. */
export async function run(runtime: Runtime = actionsRuntime()): Promise<void> {
  const out = runtime.publisher;
  let definitionFile: string | undefined;
  try {
    const settings = readSettings(runtime.inputs, runtime.env, runtime.mask);
    // Outside a workflow (the local example) there is no repository, event or pull request.
    const event = runtime.env.GITHUB_REPOSITORY ? readEventContext(runtime.env) : undefined;
    definitionFile = settings.definition.kind === 'file' ? settings.definition.display : undefined;

    // 1. Read.
    const raw = await readDefinition(settings.definition, {
      headers: settings.definitionHeaders,
      timeoutMs: settings.definitionTimeoutMs,
      azureCredential: () => createCredential(authSettings(settings), { getIdToken: runtime.getIdToken }),
    });
    const prepared = prepareDefinition(raw, { server: settings.server });
    const definition = prepared.definition;
    const connectorName = settings.connectorName ?? infoTitle(definition.value) ?? 'connector';
    const slug = slugOf(connectorName);
    const workDir = path.join(runtime.env.RUNNER_TEMP || tmpdir(), 'connector-export', slug);
    const artifactName = settings.artifactName ?? `connector-${slug}`;

    // 2. Validate; express mode adds the service's own validation when asked.
    const unknown = unknownRuleIds(settings.ignoreRules);
    if (unknown.length > 0) {
      out.warning(
        `ignore-rules: no rule has the id ${unknown.map((id) => `'${id}'`).join(', ')}; the README lists the rule ids.`,
      );
    }
    const ignored = new Set(settings.ignoreRules);
    const findings: Finding[] = [
      ...prepared.findings.filter((f) => !ignored.has(f.rule)),
      ...validateDefinition(definition, { ignoreRules: settings.ignoreRules }),
    ];
    const express =
      settings.mode === 'express' && !failsValidation(countFindings(findings), settings.failOnValidation)
        ? await planExpress(expressInput(settings, definition, connectorName, runtime))
        : undefined;
    if (express) findings.push(...express.remoteFindings);
    const counts = countFindings(findings);
    const validationFails = failsValidation(counts, settings.failOnValidation);

    // 3. Diff against the last exported copy.
    const baseline = await readBaseline(
      settings.baseline,
      {
        workspace: settings.workspace,
        definition: settings.definition,
        pullRequestBaseSha: event?.pullRequest?.baseSha,
      },
      {
        artifact: artifactBaseline(runtime.env, event, artifactName, settings.githubToken, workDir),
        connector: express ? async () => express.registered : undefined,
      },
    );
    const lineUrl = lineLinks(event, definitionFile);
    let drift: DriftReportInput | undefined;
    if (baseline) {
      const old = baseline.raw ? prepareDefinition(baseline.raw, { server: settings.server }).definition : undefined;
      // Drift is what the connector sees: the definition as exported. A git baseline is the source file at another
      // commit and gets the overrides too; the other baselines are exported copies.
      const fromGit = settings.baseline.kind === 'auto' || settings.baseline.kind === 'git';
      const changes = old
        ? diffDefinitions(fromGit ? asExported(old, settings) : old, asExported(definition, settings), {
            ignoreRules: settings.ignoreRules,
          })
        : [];
      drift = {
        changes,
        verdict: driftVerdict(changes, settings.failOn),
        baselineLabel: old ? baseline.label : undefined,
        newSource: definition.source,
        lineUrl,
      };
    }

    // 4. Export, unless validation failed: a definition the platform rejects is handed to no one.
    // Express mode changes a live connector: drift that fails the step must not have been registered first.
    const blocked = validationFails
      ? `the definition has ${counts.errors} validation error(s) and ${counts.warnings} warning(s), and 'fail-on-validation' is '${settings.failOnValidation}'.`
      : settings.mode === 'express' && drift?.verdict.fail
        ? `the registered connector was left as it is: ${drift.verdict.breaking} breaking change(s) and ${drift.verdict.warnings} warning(s) against ${drift.baselineLabel}, and 'fail-on' is '${settings.failOn}'. To register it anyway, set 'fail-on: never' for this run or ignore the rules in 'ignore-rules'.`
        : undefined;
    const environment = settings.express.environment ?? '';
    let exported: ExportReport;
    let exportFailure: string | undefined;
    try {
      if (settings.mode === 'manual') {
        exported = blocked
          ? notExported('manual', connectorName, environment, blocked)
          : await exportManual({
              ...connectorSpec(settings, definition, connectorName),
              source: {
                location: definition.source,
                version: event?.pullRequest?.headSha ?? event?.sha,
                format: prepared.sourceVersion,
              },
              packagePath: settings.packagePath ?? path.join(workDir, 'package'),
              artifactName,
              retentionDays: settings.retentionDays,
              store: isArtifactRuntimeAvailable(runtime.env) ? new GitHubArtifactStore(runtime.env) : undefined,
            });
      } else {
        exported =
          blocked || !express
            ? notExported('express', connectorName, environment, blocked)
            : await applyExpress(express, {
                dryRun: isDryRun(settings, event),
                connectorName,
                environment,
                log: (m) => out.info(m),
              });
      }
    } catch (error) {
      // A failed upload or registration must not hide the drift and validation report (summary, PR comment):
      // it is published below with the failure in its export section, and the failure fails the step.
      exportFailure = error instanceof Error ? error.message : String(error);
      const hint = error instanceof ConnectorExportError && error.hint ? ` What to do: ${error.hint}` : '';
      const note = `the export failed: ${exportFailure.replace(/\.$/, '')}.${hint}`;
      exported = notExported(settings.mode, connectorName, environment, note);
    }
    if (settings.updateBaseline && exported.exported && settings.baseline.kind === 'file') {
      // What was exported (JSON, overrides applied), the same bytes as the package's apiDefinition.swagger.json.
      await writeFile(
        settings.baseline.path,
        exportedDefinitionText(definition.value, settings.hostOverride, settings.basePathOverride),
      );
      out.info(`Updated the baseline ${settings.baseline.display} with the exported definition.`);
    }

    // 5. Publish: annotations, summary, log, report file, outputs, pull-request comment.
    const annotations = capAnnotations([
      ...findings.map((f) => findingAnnotation(f, definitionFile)),
      ...(drift?.changes ?? []).map((c) => changeAnnotation(c, definitionFile, definition.lineOf)),
    ]);
    for (const a of annotations.shown) out.annotate(a);
    const sections = [
      drift ? renderDriftMarkdown(drift) : undefined,
      renderFindingsMarkdown({ findings, source: definition.source, lineUrl, omittedAnnotations: annotations.omitted }),
      exported.mode === 'manual'
        ? renderManualExportMarkdown(exported)
        : renderExpressExportMarkdown(exported, registeredBreaking(express, definition, settings, drift)),
    ].filter((s): s is string => s !== undefined);
    const summary = renderSummary(`${TITLE}: ${connectorName}`, sections);
    await out.summary(summary);

    out.info(renderFindingsText(findings, definition.source));
    out.info(drift ? renderDriftText(drift) : "Drift not checked: no baseline in this run (see the 'baseline' input).");
    logExport(exported, out);

    const report: RunReport = {
      version: 1,
      connector: connectorName,
      source: definition.source,
      sourceVersion: prepared.sourceVersion,
      validation: { ...counts, findings },
      drift: drift ? driftReportJson(drift) : null,
      export: exported,
    };
    const reportPath = path.join(workDir, 'report.json');
    const markdownPath = path.join(workDir, 'report.md');
    await mkdir(workDir, { recursive: true });
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    // The summary file is per step: a later step (the fork comment pattern) reads this copy.
    await writeFile(markdownPath, summary);

    const outputs: Record<string, string | number | boolean | undefined> = {
      errors: counts.errors,
      warnings: counts.warnings,
      'source-version': prepared.sourceVersion,
      drift: drift?.verdict.drift ?? false,
      breaking: drift?.verdict.breaking ?? 0,
      'drift-warnings': drift?.verdict.warnings ?? 0,
      'report-path': reportPath,
      'markdown-path': markdownPath,
      ...(exported.mode === 'manual'
        ? {
            'package-path': exported.exported ? exported.packagePath : undefined,
            'artifact-id': exported.artifact?.id,
            'artifact-url': exported.artifact?.url,
          }
        : {
            'connector-id': exported.connectorId,
            'connector-url': exported.connectorUrl,
            'redirect-url': exported.redirectUrl,
          }),
    };
    for (const [name, value] of Object.entries(outputs)) if (value !== undefined) out.output(name, value);

    const pr = event?.pullRequest;
    if (event && pr && settings.comment !== 'never' && settings.githubToken) {
      const key = settings.commentKey ?? connectorName;
      const comment = await upsertStickyComment({
        octokit: createOctokit(settings.githubToken),
        repo: event.repo,
        issueNumber: pr.number,
        key,
        body: renderCommentBody({
          key,
          title: `${TITLE}: ${connectorName}`,
          sections,
          footer: `[Workflow run](${event.runUrl})`,
        }),
        mode: settings.comment,
        hasFindings: counts.errors > 0 || (drift?.verdict.drift ?? false),
        isFork: pr.isFork,
      });
      if (comment.action === 'forbidden') out.warning(FORBIDDEN_COMMENT_WARNING);
      if (comment.id !== undefined) out.output('comment-id', comment.id);
      if (comment.url !== undefined) out.output('comment-url', comment.url);
    }

    // 6. Verdict.
    const failures: string[] = [];
    if (validationFails) {
      failures.push(
        `validation: ${counts.errors} error(s), ${counts.warnings} warning(s) (fail-on-validation: ${settings.failOnValidation})`,
      );
    }
    if (exportFailure) failures.push(`export: ${exportFailure}`);
    if (drift?.verdict.fail) {
      failures.push(
        `drift: ${drift.verdict.breaking} breaking change(s), ${drift.verdict.warnings} warning(s) against ${drift.baselineLabel} (fail-on: ${settings.failOn})`,
      );
    }
    if (failures.length > 0) out.fail(`connector-export failed on ${failures.join('; ')}. See the job summary.`);
  } catch (error) {
    await publishError(error, out, definitionFile);
  }
}

/** The definition as exported, with the host/base-path overrides: what the connector sees. */
function asExported(definition: Definition, settings: Settings): DriftInput {
  return {
    value: applyOverrides(definition.value, settings.hostOverride, settings.basePathOverride),
    lineOf: definition.lineOf,
  };
}

/** The export report of a run that exported nothing, with why (`note`). */
function notExported(
  mode: Settings['mode'],
  connectorName: string,
  environment: string,
  note: string | undefined,
): ExportReport {
  return mode === 'manual'
    ? { mode, exported: false, connectorName, packagePath: '', files: [], note }
    : {
        mode,
        exported: false,
        dryRun: false,
        action: 'create',
        connectorName,
        environment,
        reasons: [],
        warnings: [],
        note,
      };
}

function infoTitle(value: unknown): string | undefined {
  const info = isObject(value) ? value.info : undefined;
  return isObject(info) && typeof info.title === 'string' && info.title.trim() !== '' ? info.title.trim() : undefined;
}

function slugOf(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'connector'
  );
}

/** `dry-run: auto` plans only on pull requests: a PR never changes a registered connector. */
function isDryRun(settings: Settings, event: EventContext | undefined): boolean {
  if (settings.express.dryRun !== 'auto') return settings.express.dryRun === 'true';
  return event?.eventName.startsWith('pull_request') ?? false;
}

function connectorSpec(settings: Settings, definition: Definition, connectorName: string): ConnectorSpec {
  return {
    definition: definition.value as Record<string, unknown>,
    security: readSecurity(definition.value, definition),
    options: settings.connector,
    connectorName,
    hostOverride: settings.hostOverride,
    basePathOverride: settings.basePathOverride,
    iconPath: settings.iconPath,
  };
}

function expressInput(settings: Settings, definition: Definition, connectorName: string, runtime: Runtime) {
  const e = settings.express;
  return {
    ...connectorSpec(settings, definition, connectorName),
    environment: e.environment ?? '',
    connectorId: e.connectorId,
    powerAppsUrl: e.powerAppsUrl,
    apiVersion: e.apiVersion,
    auth: {
      kind: e.auth ?? 'oidc',
      tenantId: e.tenantId,
      clientId: e.clientId,
      clientSecret: e.clientSecret,
      token: e.token,
      authorityHost: e.authorityHost,
    },
    oauthClientSecret: e.oauthClientSecret,
    validateRemotely: e.validateRemotely,
    force: e.forceUpdate,
    getIdToken: runtime.getIdToken,
    log: (m: string) => runtime.publisher.info(m),
  };
}

/**
 * Breaking changes against what is registered now, for "would update: N breaking changes": the drift itself when
 * the baseline is the connector, else a diff against the registered definition.
 */
function registeredBreaking(
  express: Awaited<ReturnType<typeof planExpress>> | undefined,
  definition: Definition,
  settings: Settings,
  drift: DriftReportInput | undefined,
): number | undefined {
  if (settings.baseline.kind === 'connector') return drift?.verdict.breaking;
  if (!express?.registered) return undefined;
  const registered = prepareDefinition(express.registered).definition;
  const changes = diffDefinitions(registered, asExported(definition, settings), { ignoreRules: settings.ignoreRules });
  return driftVerdict(changes, 'never').breaking;
}

function authSettings(settings: Settings): AuthSettings {
  const e = settings.express;
  return {
    kind: e.auth ?? 'oidc',
    tenantId: e.tenantId,
    clientId: e.clientId,
    clientSecret: e.clientSecret,
    token: e.token,
    authorityHost: e.authorityHost,
  };
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
