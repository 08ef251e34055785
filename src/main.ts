import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connectorNameOf, slugOf } from './connector/name.ts';
import { exportedDefinitionText } from './connector/package.ts';
import { prepareDefinition } from './definition/prepare.ts';
import { readEventContext } from './github/context.ts';
import { lineLinks } from './github/links.ts';
import { actionsPublisher, publishError, type Publisher } from './github/publish.ts';
import { readSettings, type InputSource } from './inputs.ts';
import type { Finding } from './model.ts';
import { createCredential } from './powerplatform/credential.ts';
import { countFindings, failsValidation } from './report/findings.ts';
import { unknownRuleIds } from './ruleIds.ts';
import { artifactBaseline } from './sources/artifactBaseline.ts';
import { readBaseline } from './sources/baseline.ts';
import { readDefinition } from './sources/definition.ts';
import { compareWithBaseline, registeredBreaking } from './stages/drift.ts';
import { authSettings, exportBlocker, planExpressExport, runExport, type ExportContext } from './stages/export.ts';
import { publishRun } from './stages/publish.ts';
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

/** Read -> validate -> diff -> export -> publish (DESIGN.md): one call per stage. */
export async function run(runtime: Runtime = actionsRuntime()): Promise<void> {
  const out = runtime.publisher;
  let definitionFile: string | undefined;
  try {
    const settings = readSettings(runtime.inputs, runtime.env, runtime.mask);
    // Outside a workflow (the local example) there is no repository, event or pull request.
    const event = runtime.env.GITHUB_REPOSITORY ? readEventContext(runtime.env) : undefined;
    definitionFile = settings.definition.kind === 'file' ? settings.definition.display : undefined;

    // 1. Read (OpenAPI 3 is converted here).
    const raw = await readDefinition(settings.definition, {
      headers: settings.definitionHeaders,
      timeoutMs: settings.definitionTimeoutMs,
      azureCredential: () => createCredential(authSettings(settings), { getIdToken: runtime.getIdToken }),
    });
    const {
      definition,
      sourceVersion,
      findings: conversionFindings,
    } = prepareDefinition(raw, { server: settings.server });
    const connectorName = connectorNameOf(settings.connectorName, definition.value);
    const slug = slugOf(connectorName);
    const workDir = path.join(runtime.env.RUNNER_TEMP || tmpdir(), 'connector-export', slug);
    const context: ExportContext = {
      settings,
      definition,
      connectorName,
      sourceVersion,
      packagePath: settings.packagePath ?? path.join(workDir, 'package'),
      artifactName: settings.artifactName ?? `connector-${slug}`,
      event,
      env: runtime.env,
      getIdToken: runtime.getIdToken,
      log: (m) => out.info(m),
    };

    // 2. Validate; express mode adds the service's own validation when asked.
    const unknown = unknownRuleIds(settings.ignoreRules);
    if (unknown.length > 0) {
      out.warning(
        `ignore-rules: no rule has the id ${unknown.map((id) => `'${id}'`).join(', ')}; the README lists the rule ids.`,
      );
    }
    const ignored = new Set(settings.ignoreRules);
    const findings: Finding[] = [
      ...conversionFindings.filter((f) => !ignored.has(f.rule)),
      ...validateDefinition(definition, { ignoreRules: settings.ignoreRules }),
    ];
    const express =
      settings.mode === 'express' && !failsValidation(countFindings(findings), settings.failOnValidation)
        ? await planExpressExport(context)
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
        artifact: artifactBaseline(runtime.env, event, context.artifactName, settings.githubToken, workDir),
        connector: express ? async () => express.registered : undefined,
      },
    );
    const lineUrl = lineLinks(event, definitionFile);
    const drift = compareWithBaseline(baseline, definition, settings, lineUrl);

    // 4. Export.
    const { exported, failure } = await runExport(
      context,
      express,
      exportBlocker(settings, counts, validationFails, drift),
    );
    if (settings.updateBaseline && exported.exported && settings.baseline.kind === 'file') {
      // The same bytes as the package's apiDefinition.swagger.json: JSON, overrides applied.
      await writeFile(
        settings.baseline.path,
        exportedDefinitionText(definition.value, settings.hostOverride, settings.basePathOverride),
      );
      out.info(`Updated the baseline ${settings.baseline.display} with the exported definition.`);
    }

    // 5. Publish, and fail the step where the workflow asks.
    await publishRun(
      {
        settings,
        event,
        connectorName,
        definition,
        sourceVersion,
        definitionFile,
        lineUrl,
        findings,
        counts,
        validationFails,
        drift,
        exported,
        exportFailure: failure,
        registeredBreaking:
          settings.mode === 'express' ? registeredBreaking(express, definition, settings, drift) : undefined,
        workDir,
      },
      out,
    );
  } catch (error) {
    await publishError(error, out, definitionFile);
  }
}
