import { describe, expect, test } from '@jest/globals';
import nock from 'nock';
import { InputError, ServiceError } from '../src/errors.ts';
import { POWER_APPS_SCOPE, createCredential, oidFromToken } from '../src/powerplatform/credential.ts';
import { useNock } from './support/nock.ts';

useNock();

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const noIdToken = { getIdToken: () => Promise.reject(new Error('not used')) };
const tokenAnswer = { token_type: 'Bearer', access_token: 'entra-access-token', expires_in: 3600 };

describe('token credential', () => {
  test('returns the given token with the expiry of its exp claim', async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    const token = jwt({ exp, oid: 'o-1' });
    const credential = createCredential({ kind: 'token', token }, noIdToken);
    await expect(credential.getToken(POWER_APPS_SCOPE)).resolves.toEqual({
      token,
      expiresOnTimestamp: exp * 1000,
      tokenType: 'Bearer',
    });
  });

  test('an opaque token is assumed valid for an hour', async () => {
    const before = Date.now();
    const result = await createCredential({ kind: 'token', token: 'opaque' }, noIdToken).getToken(POWER_APPS_SCOPE);
    expect(result?.expiresOnTimestamp).toBeGreaterThanOrEqual(before + 3600_000);
    expect(result?.expiresOnTimestamp).toBeLessThan(before + 3700_000);
  });

  test('an expired token is an input error, and a missing one names the input', async () => {
    const expired = createCredential({ kind: 'token', token: jwt({ exp: 1_000_000 }) }, noIdToken);
    await expect(expired.getToken(POWER_APPS_SCOPE)).rejects.toMatchObject({ input: 'token', message: /expired/ });
    expect(() => createCredential({ kind: 'token' }, noIdToken)).toThrow(InputError);
    expect(() => createCredential({ kind: 'client-secret', clientId: 'c', clientSecret: 's' }, noIdToken)).toThrow(
      /Input 'tenant-id'/,
    );
  });
});

describe('oidFromToken', () => {
  test('reads the oid claim', () => {
    expect(oidFromToken(jwt({ oid: '0b5f7a7e-1111-2222-3333-444455556666' }))).toBe(
      '0b5f7a7e-1111-2222-3333-444455556666',
    );
  });
  test('a token without oid, or not a JWT, is a service error with a hint', () => {
    expect(() => oidFromToken(jwt({ sub: 'x' }))).toThrow(ServiceError);
    expect(() => oidFromToken('opaque')).toThrow(/oid claim/);
  });
});

describe('client secret credential', () => {
  test('posts the secret to the token endpoint of the given authority and returns its token', async () => {
    const scope = nock('https://login.microsoftonline.us')
      .post(
        `/${TENANT}/oauth2/v2.0/token`,
        (body) =>
          body.client_id === 'app-1' &&
          body.client_secret === 's3cret' &&
          body.grant_type === 'client_credentials' &&
          body.scope === POWER_APPS_SCOPE,
      )
      .query(true)
      .reply(200, tokenAnswer);
    const credential = createCredential(
      {
        kind: 'client-secret',
        tenantId: TENANT,
        clientId: 'app-1',
        clientSecret: 's3cret',
        authorityHost: 'https://login.microsoftonline.us',
      },
      noIdToken,
    );
    await expect(credential.getToken(POWER_APPS_SCOPE)).resolves.toMatchObject({ token: 'entra-access-token' });
    expect(scope.isDone()).toBe(true);
  });

  test('an Entra ID error becomes a ServiceError with the AADSTS code and a hint', async () => {
    const scope = nock('https://login.microsoftonline.com')
      .post(`/${TENANT}/oauth2/v2.0/token`)
      .query(true)
      .reply(401, {
        error: 'invalid_client',
        error_description: 'AADSTS7000215: Invalid client secret provided.',
        error_codes: [7000215],
      });
    const credential = createCredential(
      { kind: 'client-secret', tenantId: TENANT, clientId: 'app-1', clientSecret: 'wrong' },
      noIdToken,
    );
    const error = await credential.getToken(POWER_APPS_SCOPE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ service: 'Microsoft Entra ID', code: 'AADSTS7000215', hint: /Value \(not its ID\)/ });
    expect(scope.isDone()).toBe(true);
  });
});

describe('OIDC credential', () => {
  test('exchanges a fresh GitHub ID token per Entra request as the client assertion', async () => {
    const audiences: string[] = [];
    let issued = 0;
    const getIdToken = async (audience: string) => {
      audiences.push(audience);
      return `github-id-token-${++issued}`;
    };
    const assertions: string[] = [];
    const scope = nock('https://login.microsoftonline.com')
      .post(`/${TENANT}/oauth2/v2.0/token`, (body) => {
        assertions.push(body.client_assertion);
        return (
          body.client_id === 'app-2' &&
          body.client_assertion_type === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
          body.client_secret === undefined
        );
      })
      .query(true)
      .times(2)
      .reply(200, tokenAnswer);
    const credential = createCredential({ kind: 'oidc', tenantId: TENANT, clientId: 'app-2' }, { getIdToken });
    await credential.getToken(POWER_APPS_SCOPE);
    await credential.getToken('https://example.org/.default');
    // Each request to Entra carries an ID token just issued, never a reused one.
    expect(assertions).toHaveLength(2);
    expect(new Set(assertions).size).toBe(2);
    expect(assertions.every((a) => /^github-id-token-\d+$/.test(a))).toBe(true);
    expect(new Set(audiences)).toEqual(new Set(['api://AzureADTokenExchange']));
    expect(scope.isDone()).toBe(true);
  });

  test("reuses a scope's access token until 5 minutes before it expires, without asking for ID tokens", async () => {
    let idTokens = 0;
    const getIdToken = async () => `github-id-token-${++idTokens}`;
    const scope = nock('https://login.microsoftonline.com')
      .post(`/${TENANT}/oauth2/v2.0/token`)
      .query(true)
      .reply(200, tokenAnswer)
      .post(`/${TENANT}/oauth2/v2.0/token`)
      .query(true)
      .times(2)
      .reply(200, { ...tokenAnswer, access_token: 'short-lived', expires_in: 240 });
    const credential = createCredential({ kind: 'oidc', tenantId: TENANT, clientId: 'app-2' }, { getIdToken });
    await expect(credential.getToken(POWER_APPS_SCOPE)).resolves.toMatchObject({ token: 'entra-access-token' });
    const afterFirst = idTokens;
    await expect(credential.getToken(POWER_APPS_SCOPE)).resolves.toMatchObject({ token: 'entra-access-token' });
    expect(idTokens).toBe(afterFirst);
    // A token within 5 minutes of its expiry is renewed at every call.
    await credential.getToken('https://example.org/.default');
    await credential.getToken('https://example.org/.default');
    expect(scope.isDone()).toBe(true);
  });

  test('without the ID token environment the error is an input error showing the permissions YAML', async () => {
    const getIdToken = () =>
      Promise.reject(new Error('Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'));
    const credential = createCredential({ kind: 'oidc', tenantId: TENANT, clientId: 'app-2' }, { getIdToken });
    const error = await credential.getToken(POWER_APPS_SCOPE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ input: 'auth' });
    expect((error as InputError).hint).toContain('permissions:\n  id-token: write\n  contents: read');
  });

  test('another ID token failure is a service error, and does not stick to the next call', async () => {
    let fail = true;
    const getIdToken = async () => {
      if (fail) throw new Error('Failed to get ID Token. Error Code : 500');
      return 'github-id-token';
    };
    nock('https://login.microsoftonline.com').post(`/${TENANT}/oauth2/v2.0/token`).query(true).reply(200, tokenAnswer);
    const credential = createCredential({ kind: 'oidc', tenantId: TENANT, clientId: 'app-2' }, { getIdToken });
    await expect(credential.getToken(POWER_APPS_SCOPE)).rejects.toMatchObject({ service: 'GitHub ID token' });
    fail = false;
    await expect(credential.getToken(POWER_APPS_SCOPE)).resolves.toMatchObject({ token: 'entra-access-token' });
  });
});
