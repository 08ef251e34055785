import { realpathSync } from 'node:fs';
import { gitTopLevel } from '../sources/git.ts';
import { runPipeline } from './engine.ts';
import { CONNECTOR_FLAGS, connectorInputs, type ConnectorOptions } from './package.ts';
import { asInput, workspaceFor } from './paths.ts';
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
  const o = c.options;
  const { env } = c.io;
  const fromGit = o.baseline.startsWith('git:');
  const root = fromGit ? await gitTopLevel(c.io.cwd) : undefined;
  const cwd = root === undefined ? c.io.cwd : realpathSync(c.io.cwd);
  const baselineFile = ['connector', 'none'].includes(o.baseline) || fromGit ? undefined : o.baseline;
  const workspace = root ?? workspaceFor(cwd, [definition, o.icon, baselineFile]);
  const secret = (input: keyof typeof SECRET_VARIABLES) => env[SECRET_VARIABLES[input]] ?? '';
  const auth = o.auth ?? (secret('token') ? 'token' : secret('client-secret') ? 'client-secret' : 'azure-cli');
  const { runs, errors } = await runPipeline(
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
    c,
  );
  return {
    command: 'export',
    runs,
    errors,
    failed: runs.some((r) => r.validationFails || r.exportFailure !== undefined || (r.drift?.verdict.fail ?? false)),
  };
}
