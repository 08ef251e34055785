import { DefinitionError } from '../errors.ts';
import { childPointer, isObject } from '../definition/pointer.ts';
import type { Definition } from '../definition/document.ts';
import type { Pointer } from '../model.ts';

/** The Swagger 2.0 security definition types a custom connector can carry (the platform uses only the first). */
export const SECURITY_TYPES = ['apiKey', 'basic', 'oauth2'] as const;

/** OAuth flows as Swagger 2.0 names them; the platform supports `accessCode` and `implicit` only. */
export type OAuthFlow = 'accessCode' | 'implicit' | 'password' | 'application';

export type SecurityScheme =
  | { kind: 'none' }
  | { kind: 'apiKey'; name: string; in: 'header' | 'query'; pointer: Pointer }
  | { kind: 'basic'; pointer: Pointer }
  | OAuthScheme;

export interface OAuthScheme {
  kind: 'oauth2';
  flow: OAuthFlow;
  authorizationUrl?: string;
  tokenUrl?: string;
  scopes: string[];
  /** `aad` when the authorization URL is a v1 endpoint on an Entra ID login host, else `oauth2` (generic). */
  identityProvider: 'aad' | 'oauth2';
  /** Entra ID only: the login host as an origin, e.g. `https://login.microsoftonline.com`. */
  loginUri?: string;
  /** Entra ID only: the tenant named in the authorization URL path (`common`, `organizations`, a GUID, a domain). */
  tenantId?: string;
  pointer: Pointer;
}

/** Entra ID login hosts: public cloud (current and legacy), US Government, China (both names). */
const AAD_LOGIN_HOSTS = [
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
];

const FLOWS: readonly string[] = ['accessCode', 'implicit', 'password', 'application'];

/**
 * Reads the security configuration the platform will use: the FIRST entry of `securityDefinitions` (the portal
 * ignores the others). `at` (a `Definition` fits) places errors: file, line and pointer.
 */
export function readSecurity(
  swagger: unknown,
  at: Pick<Definition, 'source'> & Partial<Pick<Definition, 'lineOf'>> = { source: 'definition' },
): SecurityScheme {
  const definitions = isObject(swagger) ? swagger.securityDefinitions : undefined;
  if (definitions === undefined) return { kind: 'none' };
  const fail = (pointer: Pointer, message: string, hint: string): never => {
    throw new DefinitionError(at.source, `${pointer}: ${message}`, { line: at.lineOf?.(pointer), hint });
  };
  if (!isObject(definitions)) {
    return fail('/securityDefinitions', 'is not an object.', 'Make securityDefinitions a map of named schemes.');
  }
  const first = Object.keys(definitions)[0];
  if (first === undefined) return { kind: 'none' };
  const pointer = childPointer('/securityDefinitions', first);
  const scheme = definitions[first];
  if (!isObject(scheme)) return fail(pointer, 'is not an object.', 'Give the scheme a type (apiKey, basic or oauth2).');

  switch (scheme.type) {
    case 'basic':
      return { kind: 'basic', pointer };
    case 'apiKey': {
      if (typeof scheme.name !== 'string' || scheme.name === '') {
        return fail(
          pointer,
          'an apiKey scheme needs a name.',
          "Set name to the header or query parameter, e.g. 'x-functions-key'.",
        );
      }
      if (scheme.in !== 'header' && scheme.in !== 'query') {
        return fail(pointer, `'in' is ${JSON.stringify(scheme.in)}.`, "Set in to 'header' or 'query'.");
      }
      return { kind: 'apiKey', name: scheme.name, in: scheme.in, pointer };
    }
    case 'oauth2':
      return readOAuth(scheme, pointer, fail);
    default:
      return fail(
        pointer,
        `security type ${JSON.stringify(scheme.type)} is not one a custom connector understands.`,
        `Use one of ${SECURITY_TYPES.join(', ')} (Swagger 2.0).`,
      );
  }
}

function readOAuth(
  scheme: Record<string, unknown>,
  pointer: Pointer,
  fail: (pointer: Pointer, message: string, hint: string) => never,
): OAuthScheme {
  if (typeof scheme.flow !== 'string' || !FLOWS.includes(scheme.flow)) {
    return fail(pointer, `OAuth flow ${JSON.stringify(scheme.flow)} is not a Swagger 2.0 flow.`, 'Use accessCode.');
  }
  const authorizationUrl = typeof scheme.authorizationUrl === 'string' ? scheme.authorizationUrl : undefined;
  const tokenUrl = typeof scheme.tokenUrl === 'string' ? scheme.tokenUrl : undefined;
  const scopes = isObject(scheme.scopes) ? Object.keys(scheme.scopes) : [];
  const result: OAuthScheme = {
    kind: 'oauth2',
    flow: scheme.flow as OAuthFlow,
    ...(authorizationUrl === undefined ? {} : { authorizationUrl }),
    ...(tokenUrl === undefined ? {} : { tokenUrl }),
    scopes,
    identityProvider: 'oauth2',
    pointer,
  };
  const aad = entraLogin(authorizationUrl ?? tokenUrl);
  return aad === undefined ? result : { ...result, identityProvider: 'aad', ...aad };
}

/** Login origin and tenant when the URL is an Entra ID endpoint, e.g. `https://login.windows.net/common/oauth2/authorize`. */
function entraLogin(url: string | undefined): { loginUri: string; tenantId?: string } | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!AAD_LOGIN_HOSTS.includes(parsed.hostname.toLowerCase())) return undefined;
  // The portal's Azure AD provider speaks the v1 endpoint (a resource, not scopes); connectors written against
  // the v2.0 endpoint are published with the generic provider, which keeps their URLs and scopes as they are.
  if (parsed.pathname.includes('/oauth2/v2.0/')) return undefined;
  const segment = parsed.pathname.split('/')[1] ?? '';
  // `/oauth2/authorize` has no tenant; `{tenant}` or `%7Btenant%7D` is a placeholder, not a tenant.
  const tenantId = segment !== 'oauth2' && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(segment) ? segment : undefined;
  return { loginUri: parsed.origin, ...(tenantId === undefined ? {} : { tenantId }) };
}
