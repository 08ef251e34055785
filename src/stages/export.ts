import { tmpdir } from 'node:os';
import type { ConnectorContent } from '../connector/content.ts';
import { defaultSolutionName } from '../connector/solution.ts';
import { ConnectorExportError } from '../errors.ts';
import type { DataversePlan } from '../export/dataverse.ts';
import type { ExpressInput, PowerAppsPlan } from '../export/express.ts';
import { exportManual } from '../export/manual.ts';
import type { ConnectorSpec } from '../export/spec.ts';
import { GitHubArtifactStore, isArtifactRuntimeAvailable } from '../github/artifact.ts';
import type { EventContext } from '../github/context.ts';
import type { Settings } from '../inputs.ts';
import type { AuthSettings } from '../powerplatform/credential.ts';
import type { DriftReportInput } from '../report/drift.ts';
import type { ExportReport } from '../report/export.ts';

/** What every export needs to know about this run, besides the settings. */
export interface ExportContext {
  settings: Settings;
  /** What is exported (definition with overrides, apiProperties, script, icon). */
  content: ConnectorContent;
  /** Where the definition was read, as shown to users. */
  source: string;
  sourceVersion: string;
  /** The connector to update: the `connector-id` input, else the folder's settings.json. */
  connectorId?: string;
  iconFileName?: string;
  packagePath: string;
  artifactName: string;
  event?: EventContext;
  env: NodeJS.ProcessEnv;
  getIdToken: (audience: string) => Promise<string>;
  log: (message: string) => void;
}

export function authSettings(settings: Settings): AuthSettings {
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

function connectorSpec(c: ExportContext): ConnectorSpec {
  return {
    content: c.content,
    options: c.settings.connector,
    iconFileName: c.iconFileName,
    solution: {
      ...c.settings.solution,
      uniqueName: c.settings.solution.uniqueName ?? defaultSolutionName(c.content.connectorName),
    },
  };
}

/** Express mode's plan: through Dataverse with `environment-url`, else through the Power Apps API. */
export type ExpressPlan = PowerAppsPlan | DataversePlan;

/** Express mode's plan (sign-in, the service's validation when asked, create/update/up to date). */
export async function planExpressExport(c: ExportContext): Promise<ExpressPlan> {
  const e = c.settings.express;
  if (e.environmentUrl !== undefined) {
    // Its own module, loaded only on this route.
    const { planDataverse } = await import('../export/dataverse.ts');
    return planDataverse({
      ...connectorSpec(c),
      environmentUrl: e.environmentUrl,
      powerAppsUrl: e.powerAppsUrl,
      apiVersion: e.apiVersion,
      auth: authSettings(c.settings),
      secretVariable: e.oauthClientSecretVariable,
      force: e.forceUpdate,
      importTimeoutMs: e.importTimeoutMs,
      getIdToken: c.getIdToken,
      log: c.log,
    });
  }
  const input: ExpressInput = {
    ...connectorSpec(c),
    environment: e.environment ?? '',
    connectorId: c.connectorId,
    powerAppsUrl: e.powerAppsUrl,
    apiVersion: e.apiVersion,
    auth: authSettings(c.settings),
    oauthClientSecret: e.oauthClientSecret,
    validateRemotely: e.validateRemotely,
    force: e.forceUpdate,
    getIdToken: c.getIdToken,
    log: c.log,
  };
  // The Power Apps route's modules load here, on first use (README, "Start-up cost").
  const { planExpress } = await import('../export/express.ts');
  return planExpress(input);
}

/** Why nothing may be exported in this run, or undefined when the export may go ahead. */
export function exportBlocker(
  settings: Settings,
  counts: { errors: number; warnings: number },
  validationFails: boolean,
  drift: DriftReportInput | undefined,
): string | undefined {
  // A definition the platform rejects is handed to no one.
  if (validationFails) {
    return `the definition has ${counts.errors} validation error(s) and ${counts.warnings} warning(s), and 'fail-on-validation' is '${settings.failOnValidation}'.`;
  }
  // Express mode changes a live connector: drift that fails the step must not have been registered first.
  if (settings.mode === 'express' && drift?.verdict.fail) {
    return `the registered connector was left as it is: ${drift.verdict.breaking} breaking change(s) and ${drift.verdict.warnings} warning(s) against ${drift.baselineLabel}, and 'fail-on' is '${settings.failOn}'. To register it anyway, set 'fail-on: never' for this run or ignore the rules in 'ignore-rules'.`;
  }
  return undefined;
}

/** `dry-run: auto` plans only on pull requests: a PR never changes a registered connector. */
function isDryRun(settings: Settings, event: EventContext | undefined): boolean {
  if (settings.express.dryRun !== 'auto') return settings.express.dryRun === 'true';
  return event?.eventName.startsWith('pull_request') ?? false;
}

/** The export report of a run that exported nothing, with why (`note`). */
function notExported(c: ExportContext, note: string | undefined): ExportReport {
  const { mode } = c.settings;
  return mode === 'manual'
    ? { mode, exported: false, connectorName: c.content.connectorName, packagePath: '', files: [], note }
    : {
        mode,
        exported: false,
        dryRun: false,
        action: 'create',
        connectorName: c.content.connectorName,
        environment: c.settings.express.environmentUrl ?? c.settings.express.environment ?? '',
        reasons: [],
        warnings: [],
        note,
      };
}

/**
 * Exports (or explains why not). A failed upload or registration does not throw: the drift and validation report
 * must still be published, so the failure comes back in `failure` and in the report's note.
 */
export async function runExport(
  c: ExportContext,
  express: ExpressPlan | undefined,
  blocked: string | undefined,
): Promise<{ exported: ExportReport; failure?: string }> {
  try {
    if (blocked) return { exported: notExported(c, blocked) };
    if (c.settings.mode === 'manual') {
      const exported = await exportManual({
        ...connectorSpec(c),
        source: {
          location: c.source,
          version: c.event?.pullRequest?.headSha ?? c.event?.sha,
          format: c.sourceVersion,
        },
        packagePath: c.packagePath,
        packageRoots: [c.settings.workspace, c.env.RUNNER_TEMP || tmpdir()],
        artifactName: c.artifactName,
        retentionDays: c.settings.retentionDays,
        store: isArtifactRuntimeAvailable(c.env) ? new GitHubArtifactStore(c.env) : undefined,
      });
      return { exported };
    }
    if (!express) return { exported: notExported(c, undefined) };
    const dryRun = isDryRun(c.settings, c.event);
    if (express.route === 'dataverse') {
      const { applyDataverse } = await import('../export/dataverse.ts');
      return {
        exported: await applyDataverse(express, { dryRun, connectorName: c.content.connectorName, log: c.log }),
      };
    }
    const { applyExpress } = await import('../export/express.ts');
    const exported = await applyExpress(express, {
      dryRun,
      connectorName: c.content.connectorName,
      environment: c.settings.express.environment ?? '',
      log: c.log,
    });
    return { exported };
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    const hint = error instanceof ConnectorExportError && error.hint ? ` What to do: ${error.hint}` : '';
    return { exported: notExported(c, `the export failed: ${failure.replace(/\.$/, '')}.${hint}`), failure };
  }
}
