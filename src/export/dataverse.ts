/**
 * Express mode through Dataverse (`environment-url`): the manual package's connector, imported as a solution by
 * the signed-in identity (a service principal registered as an application user). Loaded only on this route.
 */
import { packageFiles } from '../connector/package.ts';
import { solutionConnectorOf } from '../connector/solution.ts';
import type { Finding } from '../model.ts';
import { createCredential, type AuthSettings } from '../powerplatform/credential.ts';
import { DataverseClient, type DataverseApi } from '../powerplatform/dataverse.ts';
import { defaultSleep } from '../powerplatform/http.ts';
import { readRedirectUrl, type RedirectUrlRead } from '../powerplatform/redirectUrl.ts';
import { usesOAuth } from '../powerplatform/secrets.ts';
import { applySolutionImport, planSolutionImport, type SolutionImportPlan } from '../powerplatform/solutionImport.ts';
import type { ExpressExportReport } from '../report/export.ts';
import { registeredDefinition, type RawDefinition } from '../sources/raw.ts';
import type { ConnectorSpec } from './spec.ts';

export interface DataverseExpressInput extends ConnectorSpec {
  environmentUrl: string;
  /** The Power Apps API, read for the OAuth redirect URL only. */
  powerAppsUrl: string;
  apiVersion: string;
  auth: AuthSettings;
  secretVariable?: string;
  force: boolean;
  /** The longest wait for the import, in milliseconds. */
  importTimeoutMs: number;
  getIdToken: (audience: string) => Promise<string>;
  log: (message: string) => void;
  /** For tests. */
  api?: DataverseApi;
}

export interface DataversePlan {
  route: 'dataverse';
  plan: SolutionImportPlan;
  api: DataverseApi;
  importTimeoutMs: number;
  /** Whether the connector signs in with OAuth, and how its secret reaches it. */
  secret?: 'portal' | 'variable';
  /** The service's own validation: none on this route. */
  remoteFindings: Finding[];
  /** The registered definition, as the `connector` baseline. */
  registered?: RawDefinition;
  /** OAuth: reads the connector's redirect URL from the Power Apps API (never fails the run). */
  readRedirect?: (connectorInternalId: string, justImported: boolean) => Promise<RedirectUrlRead>;
}

/** Right after a first import the Power Apps API may not show the connector yet: look this often, this far apart. */
const SYNC_ATTEMPTS = 4;
const SYNC_INTERVAL_MS = 10_000;

/** Signs in to the environment, finds the connector by schema name and decides: create, update or up to date. */
export async function planDataverse(input: DataverseExpressInput): Promise<DataversePlan> {
  const credential = createCredential(input.auth, { getIdToken: input.getIdToken });
  const api =
    input.api ??
    new DataverseClient({ url: input.environmentUrl, credential, clientId: input.auth.clientId, log: input.log });
  // The same files as a manual export, so whatever the package carries (policies, custom code) is imported too.
  const files = packageFiles(input.content, { options: input.options });
  const connector = solutionConnectorOf(files, input.content.connectorName, input.content.definition);
  const plan = await planSolutionImport({
    dataverse: api,
    connector,
    solution: input.solution,
    secretVariable: input.secretVariable,
    force: input.force,
    log: input.log,
  });
  const registered = registeredDefinition(plan.registeredDefinition, plan.schemaName);
  const oauth = usesOAuth({ properties: connector.properties });
  const readRedirect = async (connectorInternalId: string, justImported: boolean) =>
    readRedirectUrl({
      connectorInternalId,
      environmentId: () => api.environmentId(),
      // A read only, bounded: it must not hold up a run whose import is done.
      connectors: async (environment) => {
        // Loaded on first use: most runs of this route never read the Power Apps API.
        const { PowerAppsClient } = await import('../powerplatform/client.ts');
        return new PowerAppsClient({
          environment,
          credential,
          baseUrl: input.powerAppsUrl,
          apiVersion: input.apiVersion,
          retry: { maxRetries: 1, maxDelayMs: 5_000 },
          readTimeoutMs: 15_000,
          totalTimeoutMs: 30_000,
          log: input.log,
        });
      },
      attempts: justImported ? SYNC_ATTEMPTS : 1,
      intervalMs: SYNC_INTERVAL_MS,
      sleep: defaultSleep,
      log: input.log,
    });
  return {
    route: 'dataverse',
    plan,
    api,
    importTimeoutMs: input.importTimeoutMs,
    secret: oauth ? (input.secretVariable ? 'variable' : 'portal') : undefined,
    remoteFindings: [],
    registered,
    // A given token is for the environment: it is not sent to another service.
    readRedirect: oauth && input.auth.kind !== 'token' ? readRedirect : undefined,
  };
}

/** Imports the solution (unless it is a dry run or up to date) and reports what happened or would happen. */
export async function applyDataverse(
  planned: DataversePlan,
  input: { dryRun: boolean; connectorName: string; log: (m: string) => void },
): Promise<ExpressExportReport> {
  const { plan, api } = planned;
  const report: ExpressExportReport = {
    mode: 'express',
    exported: plan.action === 'up-to-date',
    dryRun: input.dryRun,
    action: plan.action,
    connectorName: input.connectorName,
    environment: api.url,
    connectorId: plan.registered?.connectorid,
    connectorInternalId: plan.registered?.connectorinternalid ?? undefined,
    solution: { uniqueName: plan.uniqueName, version: plan.version, schemaName: plan.schemaName },
    reasons: plan.reasons,
    warnings: [],
    secretNote: secretNote(planned, input.connectorName),
  };
  if (input.dryRun || plan.action === 'up-to-date') return withRedirect(report, planned, false, input);
  const result = await applySolutionImport(plan, {
    dataverse: api,
    timeoutMs: planned.importTimeoutMs,
    log: input.log,
  });
  const imported: ExpressExportReport = {
    ...report,
    exported: true,
    connectorId: result.connectorId,
    connectorInternalId: result.connectorInternalId,
    warnings: result.warnings,
  };
  return withRedirect(imported, planned, plan.action === 'create', input);
}

/**
 * The report with the OAuth redirect URL to register with the identity provider, or why it could not be read and
 * where to find it. Only for a connector that exists (imported now or before).
 */
async function withRedirect(
  report: ExpressExportReport,
  planned: DataversePlan,
  justImported: boolean,
  input: { connectorName: string; log: (m: string) => void },
): Promise<ExpressExportReport> {
  if (!planned.readRedirect || !report.connectorInternalId) return report;
  input.log(`Reading the OAuth redirect URL of ${report.connectorInternalId} from the Power Apps API.`);
  const read = await planned.readRedirect(report.connectorInternalId, justImported);
  if ('url' in read) {
    input.log(`OAuth redirect URL: ${read.url}`);
    return { ...report, redirectUrl: read.url };
  }
  const note =
    `The connector's OAuth redirect URL could not be read: ${read.unreadable}. Find it in the portal ` +
    `(make.powerapps.com -> Custom connectors -> ${input.connectorName} -> Edit -> Security -> Redirect URL) and ` +
    "register it with the identity provider (the connector's app registration).";
  input.log(note);
  return { ...report, redirectNote: note };
}

/** Where the OAuth client secret goes on this route: Dataverse stores none. */
function secretNote(planned: DataversePlan, name: string): string | undefined {
  if (planned.secret === 'variable') {
    return "The connector's OAuth client secret refers to the secret environment variable named in 'oauth-client-secret-variable' (Azure Key Vault): nothing to enter by hand.";
  }
  if (planned.secret !== 'portal') return undefined;
  const where = `make.powerapps.com -> Custom connectors -> ${name} -> Edit -> Security -> Client secret -> Update connector`;
  return planned.plan.action === 'create'
    ? `Dataverse stores no connector secret: after this first import, enter the OAuth client secret once in the portal (${where}), then share the connector.`
    : `Dataverse stores no connector secret: if sign-ins fail after this import, enter the OAuth client secret again in the portal (${where}).`;
}
