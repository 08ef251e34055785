import { InputError } from '../errors.ts';
import type { OAuthScheme, SecurityScheme } from './security.ts';

/** What the maker chose for the connector beyond the definition. Secrets are not options: see express mode. */
export interface ConnectorOptions {
  /** Background colour of the connector's icon, `#rrggbb`; default `#007ee5`. */
  iconBrandColor?: string;
  /** API key: the label shown to users when they create a connection. */
  apiKeyLabel?: string;
  oauthClientId?: string;
  /** Replace the scopes read from the definition. */
  oauthScopes?: string[];
  /** Entra ID: the API's application ID URI or URL (the resource the connector asks a token for). */
  aadResourceUrl?: string;
  /** Entra ID: the tenant; default the one in the authorization URL, else `common`. */
  aadTenantId?: string;
  /** Entra ID: the login host; default the one in the authorization URL, else `https://login.microsoftonline.com`. */
  aadLoginUrl?: string;
  /** Generic OAuth 2.0: where tokens are refreshed; default the token URL. */
  oauthRefreshUrl?: string;
  /**
   * `Global` (default) is the shared redirect URL: the only value Microsoft's apiProperties schema (and so
   * `paconn create`) accepts. `GlobalPerConnector` gives the connector its own URL, which the portal recommends:
   * express mode registers with it, and IMPORT.md tells a manual importer how to switch to it.
   */
  redirectMode?: 'GlobalPerConnector' | 'Global';
  publisher?: string;
  stackOwner?: string;
}

export const DEFAULT_ICON_BRAND_COLOR = '#007ee5';
export const DEFAULT_AAD_LOGIN_URL = 'https://login.microsoftonline.com';
export const DEFAULT_AAD_TENANT = 'common';
/** The shared redirect URL; with `GlobalPerConnector` the platform assigns `<this>/<connector-internal-name>`. */
export const GLOBAL_REDIRECT_URL = 'https://global.consent.azure-apim.net/redirect';

/** A connection parameter as apiProperties.json spells it (only the members this module writes). */
export type ConnectionParameter = Record<string, unknown>;

export interface ApiPropertiesFile {
  properties: {
    iconBrandColor: string;
    capabilities: string[];
    connectionParameters: Record<string, ConnectionParameter>;
    publisher?: string;
    stackOwner?: string;
  };
}

/** The values apiProperties.json carries for an OAuth connector, after options and defaults. */
export interface OAuthValues {
  clientId: string;
  scopes: string[];
  redirectMode: 'GlobalPerConnector' | 'Global';
  /** Entra ID */
  loginUri: string;
  tenantId: string;
  resourceUri: string;
  /** generic OAuth 2.0 */
  authorizationUrl: string;
  tokenUrl: string;
  refreshUrl: string;
}

/**
 * Resolves what apiProperties.json and IMPORT.md say for an OAuth scheme. Unknown values stay empty strings:
 * the importer fills them in (IMPORT.md lists them), and an empty client id fails loudly at creation instead of
 * registering a connector against a made-up one.
 */
export function oauthValues(security: OAuthScheme, options: ConnectorOptions): OAuthValues {
  const tokenUrl = security.tokenUrl ?? '';
  return {
    clientId: options.oauthClientId ?? '',
    scopes: options.oauthScopes ?? security.scopes,
    redirectMode: options.redirectMode ?? 'Global',
    loginUri: options.aadLoginUrl ?? security.loginUri ?? DEFAULT_AAD_LOGIN_URL,
    tenantId: options.aadTenantId ?? security.tenantId ?? DEFAULT_AAD_TENANT,
    resourceUri: options.aadResourceUrl ?? '',
    authorizationUrl: security.authorizationUrl ?? '',
    tokenUrl,
    refreshUrl: options.oauthRefreshUrl ?? tokenUrl,
  };
}

/** The default label of the API key parameter, naming where the key goes. */
export function apiKeyLabel(security: Extract<SecurityScheme, { kind: 'apiKey' }>, options: ConnectorOptions): string {
  return options.apiKeyLabel ?? `API key (${security.in} '${security.name}')`;
}

/** Basic authentication: the labels users see when they create a connection. */
export const BASIC_LABELS = { username: 'Username', password: 'Password' } as const;

/** apiProperties.json for a security scheme, following what the portal and paconn write. */
export function buildApiProperties(security: SecurityScheme, options: ConnectorOptions = {}): ApiPropertiesFile {
  const iconBrandColor = options.iconBrandColor ?? DEFAULT_ICON_BRAND_COLOR;
  if (!/^#[0-9a-fA-F]{6}$/.test(iconBrandColor)) {
    throw new InputError(
      'icon-brand-color',
      `'${iconBrandColor}' is not a colour like #007ee5.`,
      'Give six hex digits after #.',
    );
  }
  return {
    properties: {
      iconBrandColor,
      capabilities: [],
      connectionParameters: connectionParameters(security, options),
      ...(options.publisher === undefined ? {} : { publisher: options.publisher }),
      ...(options.stackOwner === undefined ? {} : { stackOwner: options.stackOwner }),
    },
  };
}

function connectionParameters(
  security: SecurityScheme,
  options: ConnectorOptions,
): Record<string, ConnectionParameter> {
  switch (security.kind) {
    case 'none':
      return {};
    case 'apiKey': {
      const where = security.in === 'header' ? `'${security.name}' header` : `'${security.name}' query parameter`;
      return {
        api_key: secureString(apiKeyLabel(security, options), `The API key, sent in the ${where}.`, 2, false),
      };
    }
    case 'basic':
      return {
        username: secureString(BASIC_LABELS.username, 'The user name for the API.', 2, true),
        password: secureString(BASIC_LABELS.password, 'The password for the API.', 3, false),
      };
    case 'oauth2':
      return oauthParameters(security, options);
  }
}

function secureString(
  displayName: string,
  description: string,
  tabIndex: number,
  clearText: boolean,
): ConnectionParameter {
  return {
    type: 'securestring',
    uiDefinition: {
      displayName,
      description,
      tooltip: `Provide the ${displayName}`,
      constraints: { tabIndex, clearText, required: 'true' },
    },
  };
}

/** The `token` parameter (and, for Entra ID, the tenant claim), members in the order the portal writes them. */
function oauthParameters(security: OAuthScheme, options: ConnectorOptions): Record<string, ConnectionParameter> {
  const v = oauthValues(security, options);
  const aad = security.identityProvider === 'aad';
  const token = {
    type: 'oauthSetting',
    oAuthSettings: {
      identityProvider: security.identityProvider,
      clientId: v.clientId,
      scopes: v.scopes,
      redirectMode: v.redirectMode,
      // Per-connector URLs are assigned at creation; the portal omits the member until then.
      ...(v.redirectMode === 'Global' ? { redirectUrl: GLOBAL_REDIRECT_URL } : {}),
      properties: aad
        ? { IsFirstParty: 'False', AzureActiveDirectoryResourceId: v.resourceUri }
        : { IsFirstParty: 'False' },
      customParameters: aad
        ? { loginUri: { value: v.loginUri }, tenantId: { value: v.tenantId }, resourceUri: { value: v.resourceUri } }
        : {
            authorizationUrl: { value: v.authorizationUrl },
            tokenUrl: { value: v.tokenUrl },
            refreshUrl: { value: v.refreshUrl },
          },
    },
  };
  if (!aad) return { token };
  return {
    token,
    // The portal adds this hidden claim parameter to every Entra ID connector: it carries the signed-in tenant.
    'token:TenantId': {
      type: 'string',
      metadata: { sourceType: 'AzureActiveDirectoryTenant' },
      uiDefinition: { constraints: { required: 'false', hidden: 'true' } },
    },
  };
}
