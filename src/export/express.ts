import { buildApiProperties } from '../connector/apiProperties.ts';
import type { ConnectorContent } from '../connector/content.ts';
import type { ApiProperties } from '../connector/projectProperties.ts';
import type { Finding } from '../model.ts';
import { PowerAppsClient } from '../powerplatform/client.ts';
import { createCredential, type AuthSettings } from '../powerplatform/credential.ts';
import { applyExport, buildConnectorBody, planExport, type RegisterPlan } from '../powerplatform/register.ts';
import type { ExpressExportReport } from '../report/export.ts';
import { registeredDefinition, type RawDefinition } from '../sources/raw.ts';
import type { ConnectorSpec } from './spec.ts';

export interface ExpressInput extends ConnectorSpec {
  environment: string;
  connectorId?: string;
  powerAppsUrl: string;
  apiVersion: string;
  auth: AuthSettings;
  oauthClientSecret?: string;
  validateRemotely: boolean;
  force: boolean;
  getIdToken: (audience: string) => Promise<string>;
  log: (message: string) => void;
}

/** A plan made against the environment through the Power Apps API: what would happen, before anything is written. */
export interface PowerAppsPlan {
  route: 'powerapps';
  plan: RegisterPlan;
  api: PowerAppsClient;
  /** The service's own validation messages (`validate-remotely`), as findings. */
  remoteFindings: Finding[];
  /** The registered definition, as the `connector` baseline. */
  registered?: RawDefinition;
}

/** Signs in, validates remotely when asked, finds the connector and decides: create, update or up to date. */
export async function planExpress(input: ExpressInput): Promise<PowerAppsPlan> {
  const api = new PowerAppsClient({
    environment: input.environment,
    credential: createCredential(input.auth, { getIdToken: input.getIdToken }),
    baseUrl: input.powerAppsUrl,
    apiVersion: input.apiVersion,
    log: input.log,
  });
  const { content } = input;
  const swagger = content.definition as Record<string, unknown>;
  const remoteFindings: Finding[] = [];
  if (input.validateRemotely) {
    const messages = await api.validateSwagger(await api.callerObjectId(), swagger);
    for (const message of messages) {
      remoteFindings.push({
        rule: 'remote-validation',
        level: 'error',
        message: `Power Apps: ${message}`,
        pointer: '',
      });
    }
  }
  const body = buildConnectorBody({
    swagger,
    // The connector's own apiProperties.json is sent whole. A built one asks for a per-connector redirect URL
    // (the portal's recommendation), which the API accepts and only paconn's files cannot.
    apiProperties: content.ownApiProperties ? content.apiProperties : builtProperties(content, input),
    environment: input.environment,
    displayName: content.connectorName,
    clientSecret: input.oauthClientSecret,
  });
  const icon =
    content.icon === undefined ? undefined : { fileName: input.iconFileName ?? 'icon.png', bytes: content.icon };
  const plan = await planExport({
    api,
    connectorId: input.connectorId,
    displayName: content.connectorName,
    swagger,
    body,
    icon,
    script: content.script,
    dropScript:
      content.script === undefined &&
      content.ownApiProperties &&
      content.apiProperties.properties.scriptOperations !== undefined,
    force: input.force,
    log: input.log,
  });
  const registered = registeredDefinition(plan.registeredSwagger, plan.connectorId ?? content.connectorName);
  return { route: 'powerapps', plan, api, remoteFindings, registered };
}

/**
 * apiProperties built from the definition's security, for a source without its own file. The API accepts a
 * per-connector redirect URL (the portal's recommendation), which only paconn's files cannot. The builder's empty
 * `capabilities` is not something the source defines: left out, a registered value is carried over.
 */
function builtProperties(content: ConnectorContent, input: ExpressInput): ApiProperties {
  const built = buildApiProperties(content.security, { ...input.options, redirectMode: 'GlobalPerConnector' });
  const { capabilities, ...properties } = built.properties;
  return { properties: capabilities.length > 0 ? built.properties : properties };
}

/** Carries the plan out (unless it is a dry run) and reports what happened or would happen. */
export async function applyExpress(
  planned: PowerAppsPlan,
  input: { dryRun: boolean; connectorName: string; environment: string; log: (m: string) => void },
): Promise<ExpressExportReport> {
  const { plan } = planned;
  const report: ExpressExportReport = {
    mode: 'express',
    exported: false,
    dryRun: input.dryRun,
    action: plan.action,
    connectorName: input.connectorName,
    environment: input.environment,
    connectorId: plan.connectorId,
    reasons: plan.reasons,
    kept: plan.kept,
    propertyChanges: plan.propertyChanges.map((c) => ({ rule: c.rule, level: c.level, message: c.message })),
    warnings: [],
  };
  if (input.dryRun || plan.action === 'up-to-date') {
    if (plan.action === 'up-to-date') report.exported = true;
    return report;
  }
  const result = await applyExport(plan, { api: planned.api, log: input.log });
  return {
    ...report,
    exported: true,
    connectorId: result.connectorId,
    connectorUrl: result.connectorUrl,
    redirectUrl: result.redirectUrl,
    warnings: result.warnings,
  };
}
