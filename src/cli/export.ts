import { realpathSync } from 'node:fs';
import { countFindings, failsValidation } from '../report/findings.ts';
import { readBaseline } from '../sources/baseline.ts';
import { gitTopLevel } from '../sources/git.ts';
import { compareWithBaseline, registeredBreaking } from '../stages/drift.ts';
import { exportBlocker, planExpressExport, runExport, type ExportContext } from '../stages/export.ts';
import { asArgumentError, cliSettings, readAndValidate } from './engine.ts';
import { CONNECTOR_FLAGS, connectorInputs, type ConnectorOptions } from './package.ts';
import { asInput, isUrl, workspaceFor } from './paths.ts';
import type { CommandContext } from './program.ts';
import type { CommandResult } from './render.ts';

export interface ExportOptions extends ConnectorOptions {
  environment: string;
  connectorId?: string;
  auth?: string;
  tenantId?: string;
  clientId?: string;
  authorityHost?: string;
  powerappsUrl?: string;
  ignoreRules?: string;
  server?: string;
  baseline: string;
  failOn: string;
  failOnValidation: string;
  dryRun?: boolean;
  validateRemotely?: boolean;
  forceUpdate?: boolean;
}

/** Secrets come from the environment only: arguments are visible to every user of the machine (`ps`). */
export const SECRET_VARIABLES = {
  'client-secret': 'CONNECTOR_EXPORT_CLIENT_SECRET',
  token: 'CONNECTOR_EXPORT_TOKEN',
  'oauth-client-secret': 'CONNECTOR_EXPORT_OAUTH_CLIENT_SECRET',
} as const;

const EXPORT_FLAGS: Record<string, string> = {
  definition: '<definition>',
  baseline: '--baseline',
  'fail-on': '--fail-on',
  'fail-on-validation': '--fail-on-validation',
  'ignore-rules': '--ignore-rules',
  server: '--server',
  environment: '--environment',
  'connector-id': '--connector-id',
  auth: '--auth',
  'tenant-id': '--tenant-id',
  'client-id': '--client-id',
  'authority-host': '--authority-host',
  'powerapps-url': '--powerapps-url',
  ...SECRET_VARIABLES,
  ...CONNECTOR_FLAGS,
};

/**
 * `export <definition>`: express mode, as the action runs it: validate, sign in and plan, diff against the
 * registered connector (or --baseline), then register unless validation or drift blocks it. `--dry-run` stops
 * after the plan. Sign-in defaults to the Azure CLI on a laptop.
 */
export async function exportCommand(definition: string, c: CommandContext<ExportOptions>): Promise<CommandResult> {
  try {
    return await exportDefinition(definition, c);
  } catch (error) {
    // The sign-in checks its inputs late (on the first token): name the argument there too.
    throw asArgumentError(error, EXPORT_FLAGS);
  }
}

async function exportDefinition(definition: string, c: CommandContext<ExportOptions>): Promise<CommandResult> {
  const o = c.options;
  const { env } = c.io;
  const fromGit = o.baseline.startsWith('git:');
  const root = fromGit ? await gitTopLevel(c.io.cwd) : undefined;
  const cwd = root === undefined ? c.io.cwd : realpathSync(c.io.cwd);
  const baselineFile =
    ['connector', 'none'].includes(o.baseline) || fromGit || isUrl(o.baseline) ? undefined : o.baseline;
  const workspace = root ?? workspaceFor(cwd, [definition, o.icon, baselineFile]);
  const secret = (input: keyof typeof SECRET_VARIABLES) => env[SECRET_VARIABLES[input]] ?? '';
  const auth = o.auth ?? (secret('token') ? 'token' : secret('client-secret') ? 'client-secret' : 'azure-cli');
  const settings = cliSettings(
    {
      values: {
        definition: asInput(definition, cwd, workspace),
        mode: 'express',
        environment: o.environment,
        'connector-id': o.connectorId ?? '',
        auth,
        'tenant-id': o.tenantId ?? '',
        'client-id': o.clientId ?? '',
        'client-secret': secret('client-secret'),
        token: secret('token'),
        'oauth-client-secret': secret('oauth-client-secret'),
        'authority-host': o.authorityHost ?? '',
        'powerapps-url': o.powerappsUrl ?? '',
        'dry-run': o.dryRun ? 'true' : 'false',
        'validate-remotely': o.validateRemotely ? 'true' : 'false',
        'force-update': o.forceUpdate ? 'true' : 'false',
        baseline: baselineFile === undefined ? o.baseline : asInput(baselineFile, cwd, workspace),
        'fail-on': o.failOn,
        'fail-on-validation': o.failOnValidation,
        'ignore-rules': o.ignoreRules ?? '',
        server: o.server ?? '',
        ...connectorInputs(o, cwd, workspace),
      },
      flags: EXPORT_FLAGS,
    },
    workspace,
    c.mask,
  );
  const run = await readAndValidate(settings, c.warn);
  const context: ExportContext = {
    settings,
    definition: run.definition,
    connectorName: run.connectorName,
    sourceVersion: run.sourceVersion,
    packagePath: '',
    artifactName: '',
    env: {},
    getIdToken: () => Promise.reject(new Error('OIDC sign-in needs a GitHub Actions runner; use --auth azure-cli.')),
    log: c.log,
  };
  const express = run.validationFails ? undefined : await planExpressExport(context);
  if (express) {
    run.findings.push(...express.remoteFindings);
    run.counts = countFindings(run.findings);
    run.validationFails = failsValidation(run.counts, settings.failOnValidation);
  }
  const baseline = await readBaseline(
    settings.baseline,
    { workspace, definition: settings.definition },
    { connector: express ? async () => express.registered : undefined },
  );
  run.drift = compareWithBaseline(baseline, run.definition, settings, undefined);
  const { exported, failure } = await runExport(
    context,
    express,
    exportBlocker(settings, run.counts, run.validationFails, run.drift),
  );
  run.exported = exported;
  run.exportFailure = failure;
  run.registeredBreaking = registeredBreaking(express, run.definition, settings, run.drift);
  return {
    command: 'export',
    runs: [run],
    failed: run.validationFails || failure !== undefined || (run.drift?.verdict.fail ?? false),
  };
}
