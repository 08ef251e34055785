/**
 * Sign-in for express mode: one TokenCredential per auth kind, with errors turned into InputError/ServiceError
 * that say what to fix. The Actions runtime is injected (`getIdToken`), so this module never imports @actions/*.
 */
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { InputError, ServiceError } from '../errors.ts';
import { registerSecret } from '../secrets.ts';

/** Scope of api.powerapps.com tokens (audience `https://service.powerapps.com/`; the trailing slash matters). */
export const POWER_APPS_SCOPE = 'https://service.powerapps.com/.default';
/** Audience of the GitHub ID token that Entra ID exchanges (workload identity federation). */
export const ID_TOKEN_AUDIENCE = 'api://AzureADTokenExchange';

export interface AuthSettings {
  kind: 'oidc' | 'client-secret' | 'azure-cli' | 'token';
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  /** A ready access token for api.powerapps.com (kind `token`). */
  token?: string;
  /** Entra ID authority for sovereign clouds, e.g. `https://login.microsoftonline.us`. */
  authorityHost?: string;
}

export interface CredentialDeps {
  /** `core.getIDToken` in the action. */
  getIdToken: (audience: string) => Promise<string>;
}

const OIDC_PERMISSIONS_HINT =
  'Give the job permission to request an ID token (a pull_request from a fork never gets one):\n\npermissions:\n  id-token: write\n  contents: read';

const NO_FEDERATED_CREDENTIAL =
  "No federated credential matches this workflow: add one to the app registration with issuer https://token.actions.githubusercontent.com, audience api://AzureADTokenExchange and the workflow's subject (e.g. repo:ORG/REPO:environment:NAME or repo:ORG/REPO:ref:refs/heads/main).";

// Entra ID error codes users meet in CI, with the fix. Matched against the AADSTS code in the message.
const ENTRA_HINTS: Record<string, string> = {
  AADSTS70021: NO_FEDERATED_CREDENTIAL,
  AADSTS700213: NO_FEDERATED_CREDENTIAL,
  AADSTS700024: 'The GitHub ID token expired before it was exchanged; rerun the job.',
  AADSTS7000215: "The client secret is wrong: use the secret's Value (not its ID) and check that it has not expired.",
  AADSTS7000222:
    'The client secret has expired: create a new one on the app registration and update the repository secret.',
  AADSTS700016: 'The application was not found in the tenant: check client-id and tenant-id.',
  AADSTS90002: 'The tenant was not found: check tenant-id (a GUID or a verified domain).',
};

export function createCredential(auth: AuthSettings, deps: CredentialDeps): TokenCredential {
  // With an authority MSAL does not know, instance discovery asks login.microsoftonline.com whether to trust it:
  // a sovereign or private cloud must not depend on the public one, so the given authority is trusted as is.
  const options = auth.authorityHost ? { authorityHost: auth.authorityHost, disableInstanceDiscovery: true } : {};
  switch (auth.kind) {
    case 'oidc': {
      const tenantId = required(auth.tenantId, 'tenant-id', auth.kind);
      const clientId = required(auth.clientId, 'client-id', auth.kind);
      // The closure keeps the typed error: @azure/identity rewraps whatever getAssertion throws, hint lost.
      let assertionError: unknown;
      const inner = withIdentity(
        ({ ClientAssertionCredential }) =>
          new ClientAssertionCredential(
            tenantId,
            clientId,
            // A fresh ID token per Entra request: a cached one can expire between calls (AADSTS700024).
            async () => {
              try {
                const idToken = await deps.getIdToken(ID_TOKEN_AUDIENCE);
                registerSecret(idToken);
                return idToken;
              } catch (error) {
                assertionError = idTokenError(error);
                throw assertionError;
              }
            },
            options,
          ),
      );
      return reused(
        explained(inner, () => {
          const e = assertionError;
          assertionError = undefined;
          return e;
        }),
      );
    }
    case 'client-secret': {
      const tenantId = required(auth.tenantId, 'tenant-id', auth.kind);
      const clientId = required(auth.clientId, 'client-id', auth.kind);
      const secret = required(auth.clientSecret, 'client-secret', auth.kind);
      return explained(
        withIdentity(({ ClientSecretCredential }) => new ClientSecretCredential(tenantId, clientId, secret, options)),
      );
    }
    case 'azure-cli':
      return reused(
        explained(
          withIdentity(
            ({ AzureCliCredential }) => new AzureCliCredential(auth.tenantId ? { tenantId: auth.tenantId } : {}),
          ),
        ),
      );
    case 'token':
      return staticToken(required(auth.token, 'token', auth.kind));
  }
}

/**
 * A credential of @azure/identity, built on the first token request. Adapters load their heavy libraries on first
 * use (a static `import type`, an `await import()` where the library is needed) so that a run compiles only what it
 * uses: a run that never signs in never loads @azure/identity, and ncc puts it in a chunk of its own.
 */
function withIdentity(build: (identity: typeof import('@azure/identity')) => TokenCredential): TokenCredential {
  let inner: Promise<TokenCredential> | undefined;
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      inner ??= import('@azure/identity').then(build);
      return (await inner).getToken(scopes, options);
    },
  };
}

function required(value: string | undefined, input: string, kind: AuthSettings['kind']): string {
  if (!value) throw new InputError(input, `is required to sign in with '${kind}'.`, `Set the '${input}' input.`);
  return value;
}

function idTokenError(error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message)) {
    return new InputError('auth', 'the job cannot request a GitHub ID token for OIDC sign-in.', OIDC_PERMISSIONS_HINT);
  }
  return new ServiceError('GitHub ID token', message, { hint: 'Rerun the job; if it persists, check the OIDC setup.' });
}

/** Wraps a credential so its failures carry a hint; `pending` yields an error raised inside the credential. */
function explained(inner: TokenCredential, pending: () => unknown = () => undefined): TokenCredential {
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      pending(); // drop an error left by an earlier call
      try {
        const token = await inner.getToken(scopes, options);
        // Tokens obtained here are secrets like the inputs: kept out of everything published.
        if (token) registerSecret(token.token);
        return token;
      } catch (error) {
        const cause = pending();
        if (cause) throw cause;
        const message = error instanceof Error ? error.message : String(error);
        const code = /\b(AADSTS\d+)\b/.exec(message)?.[1];
        const hint =
          (code && ENTRA_HINTS[code]) ??
          (/az login|Azure CLI/i.test(message)
            ? 'Run azure/login earlier in the job, or choose another auth kind.'
            : 'Check tenant-id, client-id and the credential, and that the identity exists in that tenant.');
        throw new ServiceError('Microsoft Entra ID', message, { code, hint });
      }
    },
  };
}

/** How long before its expiry a reused token is renewed. */
const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * Reuses each scope's token until shortly before it expires. The client calls getToken for every request, and
 * neither credential caches before its own work: ClientAssertionCredential fetches GitHub ID tokens (two per call)
 * before MSAL looks in its cache, and AzureCliCredential runs `az` each time.
 */
function reused(inner: TokenCredential): TokenCredential {
  const tokens = new Map<string, AccessToken>();
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      const key = [scopes].flat().join(' ');
      const held = tokens.get(key);
      if (held && !options?.claims && held.expiresOnTimestamp - RENEW_BEFORE_MS > Date.now()) return held;
      const token = await inner.getToken(scopes, options);
      if (token) tokens.set(key, token);
      return token;
    },
  };
}

/** A given access token: its `exp` claim is its expiry; an opaque token is assumed valid for an hour. */
function staticToken(token: string): TokenCredential {
  const exp = decodeJwtClaims(token)?.exp;
  const expiresOnTimestamp = typeof exp === 'number' ? exp * 1000 : Date.now() + 3600_000;
  return {
    async getToken(): Promise<AccessToken> {
      if (expiresOnTimestamp <= Date.now()) {
        throw new InputError(
          'token',
          `the access token expired at ${new Date(expiresOnTimestamp).toISOString()}.`,
          'Get a fresh token for https://service.powerapps.com/ (tokens last about an hour), or use OIDC sign-in.',
        );
      }
      return { token, expiresOnTimestamp, tokenType: 'Bearer' };
    },
  };
}

/** The claims of a JWT, undecoded signature; undefined when the token is not a JWT. */
export function decodeJwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The caller's object id (`oid` claim), which the validate and resource-storage calls put in their path. */
export function oidFromToken(accessToken: string): string {
  const oid = decodeJwtClaims(accessToken)?.oid;
  if (typeof oid !== 'string' || oid === '') {
    throw new ServiceError('Microsoft Entra ID', 'the access token has no oid claim.', {
      hint: 'Sign in with an Entra ID identity (user or service principal); an opaque token cannot be used here.',
    });
  }
  return oid;
}
