/**
 * Express mode: build the create/update body, decide what to do (plan), then do it with at most one write.
 *
 * Guarantees: a rerun with nothing changed writes nothing; a create is never sent twice; a failed update
 * leaves the connector as it was, because the only write is one PATCH and the icon upload (a new blob that
 * nothing references yet) happens before it.
 */
import { createHash } from 'node:crypto';
import { containsJson, sameJson } from '../definition/json.ts';
import { diffApiProperties, type PropertiesSide } from '../drift/apiProperties.ts';
import type { Change } from '../model.ts';
import { isObject } from '../definition/pointer.ts';
import { DefinitionError, InputError, ServiceError } from '../errors.ts';
import type { Connector, ConnectorApi, ConnectorBody } from './client.ts';
import { oauthRedirectUrl } from './redirectUrl.ts';
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
  /** The custom code (script.csx) to upload and reference as `scriptDefinitionUrl`. */
  script?: Uint8Array;
  /** Registered members the source does not define, carried over into the update (e.g. `policyTemplateInstances`). */
  kept: string[];
  /** What the update removes or changes in the registered connector's properties (policies, parameters, code). */
  propertyChanges: Change[];
}

export interface PlanInput {
  api: ConnectorApi;
  /** The `connector-id` input; when absent the connector is looked up by display name. */
  connectorId?: string;
  displayName: string;
  swagger: Json;
  body: ConnectorBody;
  icon?: IconFile;
  script?: Uint8Array;
  /**
   * The source removes the registered custom code on purpose: it has no script but its apiProperties.json defines
   * `scriptOperations`. Without a script and without that, the registered code is kept.
   */
  dropScript?: boolean;
  /**
   * Update even when nothing differs. The GET never returns the client secret, so a new secret alone is not
   * seen as a change: this is how a rotated secret gets pushed.
   */
  force?: boolean;
  log?: (message: string) => void;
}

// Body members compared separately (definition, icon) or not comparable (environment comes back as an id,
// the display name cannot change).
const NOT_COMPARED = new Set(['openApiDefinition', 'iconUri', 'scriptDefinitionUrl', 'environment', 'displayName']);

/**
 * Members of a connector's properties the source may leave undefined; the registered value is then carried over
 * (the body replaces the whole connector). Each group goes together: parameters and parameter sets are
 * alternatives, so a source that defines one defines the connector's sign-in.
 */
const CARRIED_GROUPS = [
  ['connectionParameters', 'connectionParameterSets'],
  ['policyTemplateInstances'],
  ['scriptOperations'],
  ['capabilities'],
  ['publisher'],
  ['stackOwner'],
];

/** The custom code's name in the plan and report. */
export const SCRIPT_MEMBER = 'custom code (script.csx)';

export async function planExport(input: PlanInput): Promise<RegisterPlan> {
  const { api, body, icon } = input;
  const log = input.log ?? (() => {});
  const connector = await findConnector(api, input.connectorId, input.displayName);
  const script = input.script;
  if (!connector) {
    log(`No custom connector named '${input.displayName}' in environment '${api.environment}': it will be created.`);
    return { action: 'create', reasons: [], body, icon, script, kept: [], propertyChanges: [] };
  }
  const registeredSwagger = await registeredDefinition(api, connector, log);
  const reasons: string[] = [];
  if (
    registeredSwagger === undefined ||
    !sameJson(withoutDuplicateTags(asJson(registeredSwagger)), withoutDuplicateTags(input.swagger))
  ) {
    reasons.push('definition');
  }
  const registered = connector.properties as Json;
  const kept = carryOver(body, registered, script !== undefined || input.dropScript === true);
  // The GET returns what was stored plus members the service adds (e.g. redirectUrl) and never secrets:
  // each member we send must be found in it, with the same values, and extra members are ignored.
  const sent = withoutClientSecret(body).properties;
  for (const [key, value] of Object.entries(sent)) {
    if (!NOT_COMPARED.has(key) && !containsJson(connector.properties[key], value)) reasons.push(key);
  }
  if (icon && !(await sameIcon(api, connector, icon))) reasons.push('icon');
  const registeredScript = scriptOf(registered, script);
  if (script ? registeredScript !== script : input.dropScript && registeredScript !== undefined) reasons.push('script');
  const propertyChanges = diffApiProperties(
    { properties: registered, script: registeredScript },
    { properties: sent, script: script ?? (kept.includes(SCRIPT_MEMBER) ? registeredScript : undefined) },
  );
  const action = reasons.length > 0 || input.force ? 'update' : 'up-to-date';
  log(
    action === 'update'
      ? `Connector ${connector.name} will be updated (${reasons.join(', ') || 'forced'}).`
      : `Connector ${connector.name} is up to date.`,
  );
  if (kept.length > 0) log(`Kept as registered (the source does not define them): ${kept.join(', ')}.`);
  for (const change of propertyChanges) log(`${action === 'update' ? 'The update' : 'An update'}: ${change.message}`);
  return {
    action,
    connectorId: connector.name,
    connector,
    registeredSwagger,
    reasons,
    body,
    icon,
    script,
    kept,
    propertyChanges: action === 'update' ? propertyChanges : [],
  };
}

/**
 * Copies into `body` each registered member the source leaves undefined, and the registered custom code when the
 * source has none and does not drop it on purpose; returns what was kept.
 */
function carryOver(body: ConnectorBody, registered: Json, scriptDefined: boolean): string[] {
  const kept: string[] = [];
  for (const group of CARRIED_GROUPS) {
    if (group.some((member) => body.properties[member] !== undefined)) continue;
    for (const member of group) {
      if (registered[member] === undefined) continue;
      body.properties[member] = structuredClone(registered[member]);
      kept.push(member);
    }
  }
  if (!scriptDefined && typeof registered.scriptDefinitionUrl === 'string') {
    body.properties.scriptDefinitionUrl = registered.scriptDefinitionUrl;
    kept.push(SCRIPT_MEMBER);
  }
  return kept;
}

/**
 * The registered custom code as the diff sees it: our bytes when the registered URL is our blob for them
 * (content-addressed), `unknown` when there is code we cannot compare, undefined when there is none.
 */
function scriptOf(registered: Json, ours: Uint8Array | undefined): PropertiesSide['script'] {
  const url = registered.scriptDefinitionUrl;
  if (typeof url !== 'string' || url === '') return undefined;
  return ours && safePathname(url).endsWith(`/${scriptBlobName(ours)}`) ? ours : 'unknown';
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
  // Custom code travels as paconn sends it: a blob in the environment's storage, then its URL in the body.
  if (plan.script && (plan.action === 'create' || plan.reasons.includes('script'))) {
    body.properties.scriptDefinitionUrl = await uploadScript(api, plan.script);
    log('Custom code uploaded.');
  } else if (plan.script && typeof plan.connector?.properties.scriptDefinitionUrl === 'string') {
    body.properties.scriptDefinitionUrl = plan.connector.properties.scriptDefinitionUrl;
  }

  let connectorId: string;
  if (plan.action === 'create') {
    connectorId = (await createOnce(api, body, log)).name;
    log(`Connector ${connectorId} created.`);
    const twin = await concurrentTwin(api, connectorId, body);
    if (twin) warnings.push(twin);
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

/**
 * Two runs that plan at the same time both find no connector and both create one. After a create the name is
 * looked up again; a second connector of that name is reported with what to do (deleting one is for a person:
 * either may already be in use). Undefined when ours is the only one, or the look fails.
 */
async function concurrentTwin(api: ConnectorApi, ours: string, body: ConnectorBody): Promise<string | undefined> {
  const displayName = body.properties.displayName;
  if (typeof displayName !== 'string') return undefined;
  const named = await findByName(api, displayName).catch(() => []);
  const others = named.filter((c) => c.name !== ours).map((c) => c.name);
  if (others.length === 0) return undefined;
  return (
    `Another run created a connector named '${displayName}' at the same time: environment '${api.environment}' ` +
    `now has ${others.length + 1} (${ours}, created by this run; ${others.join(', ')}). Delete the extra one in ` +
    "the maker portal (Custom connectors), set 'connector-id' to the one to keep, and give the workflow a " +
    '`concurrency` group keyed by environment and connector so that runs wait for each other (see the README).'
  );
}

async function uploadIcon(api: ConnectorApi, icon: IconFile): Promise<string> {
  const name = iconBlobName(icon);
  return uploadResource(api, name, icon.bytes, CONTENT_TYPES[name.slice(name.lastIndexOf('.'))]);
}

async function uploadScript(api: ConnectorApi, script: Uint8Array): Promise<string> {
  return uploadResource(api, scriptBlobName(script), script, 'text/plain');
}

async function uploadResource(api: ConnectorApi, name: string, bytes: Uint8Array, type?: string): Promise<string> {
  const sasUrl = await api.generateResourceStorage(await api.callerObjectId());
  return api.uploadBlob(sasUrl, name, bytes, type);
}

/** The script's blob name: content-addressed like the icon's, so the registered URL tells whether it changed. */
export function scriptBlobName(script: Uint8Array): string {
  return `script-${sha256(script).slice(0, 32)}.csx`;
}

function result(plan: RegisterPlan, connector: Connector, options: ApplyOptions, warnings: string[]): RegisterResult {
  const environment = connector.properties.environment?.name ?? options.api.environment;
  const portal = (options.portalUrl ?? 'https://make.powerapps.com').replace(/\/+$/, '');
  const redirectUrl = oauthRedirectUrl(connector);
  return {
    action: plan.action,
    connectorId: plan.connectorId ?? connector.name,
    connectorUrl: `${portal}/environments/${encodeURIComponent(environment)}/customconnectors`,
    ...(redirectUrl ? { redirectUrl } : {}),
    connector,
    warnings,
  };
}

function asJson(value: unknown): Json {
  return isObject(value) ? value : {};
}
