/**
 * Express mode: build the create/update body, decide what to do (plan), then do it with at most one write.
 *
 * Guarantees: a rerun with nothing changed writes nothing; a create is never sent twice; a failed update
 * leaves the connector as it was, because the only write is one PATCH and the icon upload (a new blob that
 * nothing references yet) happens before it.
 */
import { createHash } from 'node:crypto';
import { containsJson, sameJson } from '../definition/json.ts';
import { isObject } from '../definition/pointer.ts';
import { DefinitionError, InputError, ServiceError } from '../errors.ts';
import type { Connector, ConnectorApi, ConnectorBody } from './client.ts';
import { hasClientSecret, usesOAuth, withClientSecret, withoutClientSecret, type ApiProperties } from './secrets.ts';

type Json = Record<string, unknown>;

export interface ConnectorBodyInput {
  swagger: Json;
  /** From buildApiProperties: `{ properties: {...} }`, never holding a secret. */
  apiProperties: ApiProperties;
  environment: string;
  /** Sent on create only: the service refuses to change it (CannotUpdateApiDisplayName). */
  displayName?: string;
  iconUri?: string;
  clientSecret?: string;
}

export function buildConnectorBody(input: ConnectorBodyInput): ConnectorBody {
  const { swagger } = input;
  const apiProperties = input.clientSecret
    ? withClientSecret(input.apiProperties, input.clientSecret)
    : structuredClone(input.apiProperties);
  const info = isObject(swagger.info) ? swagger.info : {};
  const properties: Json = {
    ...apiProperties.properties,
    openApiDefinition: withoutDuplicateTags(swagger),
    backendService: { serviceUrl: backendUrl(swagger) },
    environment: { name: input.environment },
  };
  if (typeof info.description === 'string') properties.description = info.description;
  if (input.displayName) properties.displayName = input.displayName;
  if (input.iconUri) properties.iconUri = input.iconUri;
  return { properties };
}

/** `<schemes[0]>://<host><basePath>`, as paconn builds it; Swagger's default scheme is the definition's own. */
function backendUrl(swagger: Json): string {
  if (typeof swagger.host !== 'string' || !swagger.host) {
    throw new DefinitionError('API definition', 'has no `host`, so the connector has no backend URL.', {
      hint: 'Add `host` (e.g. `myapi.azurewebsites.net`) and `basePath` to the definition.',
    });
  }
  const scheme =
    Array.isArray(swagger.schemes) && typeof swagger.schemes[0] === 'string' ? swagger.schemes[0] : 'https';
  const basePath = typeof swagger.basePath === 'string' ? swagger.basePath : '';
  return `${scheme}://${swagger.host}${basePath}`;
}

/**
 * A copy without repeated tags (top-level by name, per operation by value): the platform adds tags of its own
 * and refuses a definition whose `tags` repeat an item ("Non-unique array item").
 */
export function withoutDuplicateTags(swagger: Json): Json {
  const copy = structuredClone(swagger);
  if (Array.isArray(copy.tags)) {
    const seen = new Set<unknown>();
    copy.tags = copy.tags.filter((tag) => {
      const key = isObject(tag) ? tag.name : tag;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  if (isObject(copy.paths)) {
    for (const item of Object.values(copy.paths)) {
      if (!isObject(item)) continue;
      for (const operation of Object.values(item)) {
        if (isObject(operation) && Array.isArray(operation.tags)) operation.tags = [...new Set(operation.tags)];
      }
    }
  }
  return copy;
}

export interface IconFile {
  /** Used for the extension and content type only: the blob is named after the content's hash. */
  fileName: string;
  bytes: Uint8Array;
}

export interface RegisterPlan {
  action: 'create' | 'update' | 'up-to-date';
  connectorId?: string;
  /** The registered connector, when one was found. */
  connector?: Connector;
  /** Its definition as last uploaded, for the drift report; undefined when it could not be read. */
  registeredSwagger?: unknown;
  /** What differs, for an update: `definition`, `icon`, or a property name such as `connectionParameters`. */
  reasons: string[];
  /** The body to send (may hold the client secret: never print it). */
  body: ConnectorBody;
  icon?: IconFile;
}

export interface PlanInput {
  api: ConnectorApi;
  /** The `connector-id` input; when absent the connector is looked up by display name. */
  connectorId?: string;
  displayName: string;
  swagger: Json;
  body: ConnectorBody;
  icon?: IconFile;
  /**
   * Update even when nothing differs. The GET never returns the client secret, so a new secret alone is not
   * seen as a change: this is how a rotated secret gets pushed.
   */
  force?: boolean;
  log?: (message: string) => void;
}

// Body members compared separately (definition, icon) or not comparable (environment comes back as an id,
// the display name cannot change).
const NOT_COMPARED = new Set(['openApiDefinition', 'iconUri', 'environment', 'displayName']);

export async function planExport(input: PlanInput): Promise<RegisterPlan> {
  const { api, body, icon } = input;
  const log = input.log ?? (() => {});
  const connector = await findConnector(api, input.connectorId, input.displayName);
  if (!connector) {
    log(`No custom connector named '${input.displayName}' in environment '${api.environment}': it will be created.`);
    return { action: 'create', reasons: [], body, icon };
  }
  const registeredSwagger = await registeredDefinition(api, connector, log);
  const reasons: string[] = [];
  if (
    registeredSwagger === undefined ||
    !sameJson(withoutDuplicateTags(asJson(registeredSwagger)), withoutDuplicateTags(input.swagger))
  ) {
    reasons.push('definition');
  }
  // The GET returns what was stored plus members the service adds (e.g. redirectUrl) and never secrets:
  // each member we send must be found in it, with the same values, and extra members are ignored.
  const sent = withoutClientSecret(body).properties;
  for (const [key, value] of Object.entries(sent)) {
    if (!NOT_COMPARED.has(key) && !containsJson(connector.properties[key], value)) reasons.push(key);
  }
  if (icon && !(await sameIcon(api, connector, icon))) reasons.push('icon');
  const action = reasons.length > 0 || input.force ? 'update' : 'up-to-date';
  log(
    action === 'update'
      ? `Connector ${connector.name} will be updated (${reasons.join(', ') || 'forced'}).`
      : `Connector ${connector.name} is up to date.`,
  );
  return { action, connectorId: connector.name, connector, registeredSwagger, reasons, body, icon };
}

/** The registered definition, or undefined when it cannot be read: then the update is sent anyway (harmless). */
async function registeredDefinition(api: ConnectorApi, connector: Connector, log: (message: string) => void) {
  try {
    return await api.downloadOriginalSwagger(connector);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    log(`Cannot read the registered definition (${error.message}); the connector will be updated.`);
    return undefined;
  }
}

async function findConnector(api: ConnectorApi, connectorId: string | undefined, displayName: string) {
  if (connectorId) {
    const connector = await api.getConnector(connectorId);
    if (!connector || connector.properties.isCustomApi === false) {
      throw new InputError(
        'connector-id',
        `no custom connector '${connectorId}' in environment '${api.environment}'.`,
        'Check connector-id and environment, or remove connector-id to find or create the connector by name.',
      );
    }
    return connector;
  }
  const named = await findByName(api, displayName);
  if (named.length > 1) {
    throw new InputError(
      'connector-id',
      `${named.length} custom connectors are named '${displayName}' in environment '${api.environment}': ${named.map((c) => c.name).join(', ')}.`,
      'Set connector-id to the one to update.',
    );
  }
  return named[0];
}

async function findByName(api: ConnectorApi, displayName: string): Promise<Connector[]> {
  return (await api.listCustomConnectors()).filter((c) => c.properties.displayName === displayName);
}

/** The icon is unchanged when the registered one is our blob (named by content hash) or has the same bytes. */
async function sameIcon(api: ConnectorApi, connector: Connector, icon: IconFile): Promise<boolean> {
  const uri = connector.properties.iconUri;
  if (!uri) return false;
  if (safePathname(uri).endsWith(`/${iconBlobName(icon)}`)) return true;
  const registered = await api.downloadIcon(connector);
  return registered !== undefined && sha256(registered) === sha256(icon.bytes);
}

function safePathname(uri: string): string {
  try {
    return new URL(uri).pathname;
  } catch {
    return '';
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The blob name: content-addressed, so the registered iconUri tells whether the icon changed. */
export function iconBlobName(icon: IconFile): string {
  const extension = /\.[a-z0-9]+$/i.exec(icon.fileName)?.[0].toLowerCase() ?? '.png';
  return `icon-${sha256(icon.bytes).slice(0, 32)}${extension}`;
}

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface RegisterResult {
  action: RegisterPlan['action'];
  connectorId: string;
  /** The maker portal's custom connector list of the environment (the portal has no stable per-connector URL). */
  connectorUrl: string;
  /** For OAuth: the redirect URL to register with the identity provider (per-connector URLs exist only now). */
  redirectUrl?: string;
  connector: Connector;
  /** Things the user should know (printed by the integrator as warnings). */
  warnings: string[];
}

export interface ApplyOptions {
  api: ConnectorApi;
  /** Maker portal; differs in sovereign clouds. */
  portalUrl?: string;
  log?: (message: string) => void;
}

export async function applyExport(plan: RegisterPlan, options: ApplyOptions): Promise<RegisterResult> {
  const { api } = options;
  const log = options.log ?? (() => {});
  const warnings: string[] = [];
  if (plan.action === 'up-to-date') return result(plan, plan.connector!, options, warnings);

  const body = structuredClone(plan.body);
  const missingSecret = usesOAuth(body) && !hasClientSecret(body);
  if (plan.action === 'create' && missingSecret) {
    throw new InputError(
      'oauth-client-secret',
      'is required to create a connector that signs in with OAuth.',
      "Store the connector app registration's client secret as a repository secret and pass it as oauth-client-secret.",
    );
  }
  if (plan.action === 'update' && missingSecret) {
    // As paconn does, the PATCH then carries no secret. Whether the service keeps the stored one is
    // unconfirmed (some users saw it wiped), so say so.
    warnings.push(
      'The connector was updated without oauth-client-secret: Power Apps should keep the stored client secret, but ' +
        'if sign-ins start failing, rerun with oauth-client-secret.',
    );
  }

  // Everything that can fail without touching the connector runs before the one write.
  if (plan.icon && (plan.action === 'create' || plan.reasons.includes('icon'))) {
    body.properties.iconUri = await uploadIcon(api, plan.icon);
    log('Icon uploaded.');
  } else if (plan.connector?.properties.iconUri) {
    body.properties.iconUri = plan.connector.properties.iconUri; // the body replaces the whole connector
  }

  let connectorId: string;
  if (plan.action === 'create') {
    connectorId = (await createOnce(api, body, log)).name;
    log(`Connector ${connectorId} created.`);
  } else {
    connectorId = plan.connectorId!;
    delete body.properties.displayName;
    await api.updateConnector(connectorId, body);
    log(`Connector ${connectorId} updated.`);
  }
  const connector = await api.getConnector(connectorId);
  if (!connector) {
    throw new ServiceError(
      'Power Apps get connector',
      `connector ${connectorId} is not found right after it was written.`,
      {
        hint: 'Rerun the job: it finds the connector by name and updates it.',
      },
    );
  }
  return result({ ...plan, connectorId }, connector, options, warnings);
}

/**
 * POST once. When the answer is lost or a server error (the create may have happened), look for the
 * connector by name instead of posting again: planExport found none, so one now is ours.
 */
async function createOnce(api: ConnectorApi, body: ConnectorBody, log: (message: string) => void): Promise<Connector> {
  try {
    return await api.createConnector(body);
  } catch (error) {
    const status = error instanceof ServiceError ? error.status : 0;
    const displayName = body.properties.displayName;
    if (!(error instanceof ServiceError) || (status !== undefined && status < 500) || typeof displayName !== 'string') {
      throw error;
    }
    log(`Create failed (${error.message}); checking whether the connector was created anyway.`);
    const named = await findByName(api, displayName).catch(() => []);
    if (named.length !== 1) throw error; // the create's own error says more than the check's
    return named[0];
  }
}

async function uploadIcon(api: ConnectorApi, icon: IconFile): Promise<string> {
  const sasUrl = await api.generateResourceStorage(await api.callerObjectId());
  const name = iconBlobName(icon);
  return api.uploadBlob(sasUrl, name, icon.bytes, CONTENT_TYPES[name.slice(name.lastIndexOf('.'))]);
}

function result(plan: RegisterPlan, connector: Connector, options: ApplyOptions, warnings: string[]): RegisterResult {
  const environment = connector.properties.environment?.name ?? options.api.environment;
  const portal = (options.portalUrl ?? 'https://make.powerapps.com').replace(/\/+$/, '');
  const redirectUrl = getOAuthRedirect(connector);
  return {
    action: plan.action,
    connectorId: plan.connectorId ?? connector.name,
    connectorUrl: `${portal}/environments/${encodeURIComponent(environment)}/customconnectors`,
    ...(redirectUrl ? { redirectUrl } : {}),
    connector,
    warnings,
  };
}

function getOAuthRedirect(connector: Connector): string | undefined {
  const token = connector.properties.connectionParameters?.token;
  const settings = isObject(token) ? token.oAuthSettings : undefined;
  return isObject(settings) && typeof settings.redirectUrl === 'string' ? settings.redirectUrl : undefined;
}

function asJson(value: unknown): Json {
  return isObject(value) ? value : {};
}
