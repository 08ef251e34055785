import { childPointer, isObject } from '../definition/pointer.ts';
import type { Finding, Pointer } from '../model.ts';
import { buildApiProperties, type ConnectorOptions } from './apiProperties.ts';
import type { ConnectorProject } from './project.ts';
import type { SecurityScheme } from './security.ts';

/** apiProperties.json's content: `{ properties: {...} }`, members as the folder (or the builder) wrote them. */
export interface ApiProperties {
  properties: Record<string, unknown>;
}

/** The rule id of an input that replaces (or cannot replace) a value of the connector's own apiProperties.json. */
export const INPUT_OVERRIDE_RULE = 'project-input-override';

export interface ResolvedApiProperties {
  apiProperties: ApiProperties;
  /** Where the inputs replaced what the folder says, or found nothing to replace. */
  findings: Finding[];
}

/** An OAuth connection parameter: where it is (for findings) and its settings object (in the copy). */
interface OAuthParameter {
  pointer: Pointer;
  settings: Record<string, unknown>;
}

/**
 * apiProperties.json as exported. With the connector's own file, that file is the source of truth and only the
 * inputs the workflow set are applied, each one reported where it changes a value (or has nothing to change);
 * without one, it is built from the definition's security and the inputs.
 */
export function resolveApiProperties(
  project: ConnectorProject | undefined,
  security: SecurityScheme,
  options: ConnectorOptions,
): ResolvedApiProperties {
  const doc = project?.apiProperties;
  if (!doc) return { apiProperties: buildApiProperties(security, options), findings: [] };
  const apiProperties = structuredClone(doc.value) as ApiProperties;
  const properties = apiProperties.properties;
  const findings: Finding[] = [];
  const report = (input: string, pointer: Pointer, message: string) =>
    findings.push({
      rule: INPUT_OVERRIDE_RULE,
      level: 'warning',
      message: `Input '${input}' ${message}`,
      pointer,
      line: doc.lineOf(pointer),
      file: doc.source,
    });
  /** Sets `target[key]` to `value`, reporting a different value it replaces. */
  const override = (input: string, target: Record<string, unknown>, key: string, value: unknown, at: Pointer) => {
    const pointer = childPointer(at, key);
    const old = target[key];
    if (old !== undefined && JSON.stringify(old) !== JSON.stringify(value)) {
      report(input, pointer, `replaces ${JSON.stringify(old)} with ${JSON.stringify(value)} from the workflow.`);
    }
    target[key] = value;
  };
  const nothingToSet = (input: string, what: string) =>
    report(input, '/properties', `has no effect: ${doc.source} has no ${what}. Remove the input or add it there.`);

  if (options.iconBrandColor !== undefined) {
    override('icon-brand-color', properties, 'iconBrandColor', options.iconBrandColor, '/properties');
  }
  const oauth = oauthParameters(properties);
  const oauthInputs: [string, unknown, (p: OAuthParameter) => void][] = [
    [
      'oauth-client-id',
      options.oauthClientId,
      (p) => override('oauth-client-id', p.settings, 'clientId', options.oauthClientId, p.pointer),
    ],
    [
      'oauth-scopes',
      options.oauthScopes,
      (p) => override('oauth-scopes', p.settings, 'scopes', options.oauthScopes, p.pointer),
    ],
    [
      'aad-resource-url',
      options.aadResourceUrl,
      (p) => {
        customParameter(p, 'resourceUri', options.aadResourceUrl, 'aad-resource-url', override);
        if (isObject(p.settings.properties)) {
          const at = childPointer(p.pointer, 'properties');
          override(
            'aad-resource-url',
            p.settings.properties,
            'AzureActiveDirectoryResourceId',
            options.aadResourceUrl,
            at,
          );
        }
      },
    ],
    [
      'aad-tenant-id',
      options.aadTenantId,
      (p) => customParameter(p, 'tenantId', options.aadTenantId, 'aad-tenant-id', override),
    ],
    [
      'aad-login-url',
      options.aadLoginUrl,
      (p) => customParameter(p, 'loginUri', options.aadLoginUrl, 'aad-login-url', override),
    ],
  ];
  for (const [input, value, apply] of oauthInputs) {
    if (value === undefined) continue;
    if (oauth.length === 0) nothingToSet(input, 'OAuth connection parameter');
    for (const parameter of oauth) apply(parameter);
  }
  if (options.apiKeyLabel !== undefined) {
    const parameters = isObject(properties.connectionParameters) ? properties.connectionParameters : {};
    const key = parameters.api_key;
    if (isObject(key) && isObject(key.uiDefinition)) {
      const at = '/properties/connectionParameters/api_key/uiDefinition';
      override('api-key-label', key.uiDefinition, 'displayName', options.apiKeyLabel, at);
    } else {
      nothingToSet('api-key-label', "'api_key' connection parameter");
    }
  }
  return { apiProperties, findings };
}

type Override = (input: string, target: Record<string, unknown>, key: string, value: unknown, at: Pointer) => void;

function customParameter(p: OAuthParameter, name: string, value: unknown, input: string, override: Override): void {
  if (!isObject(p.settings.customParameters)) p.settings.customParameters = {};
  const custom = p.settings.customParameters as Record<string, unknown>;
  const at = childPointer(childPointer(p.pointer, 'customParameters'), name);
  if (!isObject(custom[name])) custom[name] = {};
  override(input, custom[name] as Record<string, unknown>, 'value', value, at);
}

/**
 * Every connection parameter of type `oauthSetting`: in `connectionParameters` and in each set of
 * `connectionParameterSets` (multi-auth connectors), with the pointer of its `oAuthSettings`.
 */
export function oauthParameters(properties: Record<string, unknown>): OAuthParameter[] {
  const found: OAuthParameter[] = [];
  const scan = (parameters: unknown, at: Pointer) => {
    if (!isObject(parameters)) return;
    for (const [name, parameter] of Object.entries(parameters)) {
      if (isObject(parameter) && parameter.type === 'oauthSetting' && isObject(parameter.oAuthSettings)) {
        found.push({
          pointer: childPointer(childPointer(at, name), 'oAuthSettings'),
          settings: parameter.oAuthSettings,
        });
      }
    }
  };
  scan(properties.connectionParameters, '/properties/connectionParameters');
  const sets = isObject(properties.connectionParameterSets) ? properties.connectionParameterSets.values : undefined;
  if (Array.isArray(sets)) {
    sets.forEach((set, i) => {
      if (isObject(set)) scan(set.parameters, `/properties/connectionParameterSets/values/${i}/parameters`);
    });
  }
  return found;
}
