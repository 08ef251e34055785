import { describe, expect, test } from '@jest/globals';
import nock from 'nock';
import { ServiceError } from '../src/errors.ts';
import { PowerAppsClient } from '../src/powerplatform/client.ts';
import { readRedirectUrl, type RedirectUrlInput } from '../src/powerplatform/redirectUrl.ts';
import { useNock } from './support/nock.ts';

useNock();

const ENV = 'Default-72f988bf-86f1-41af-91ab-2d7cd011db47';
const BASE = 'https://api.powerapps.com';
const ID = 'shared_new-5fcontoso-20tasks-5f0123456789abcd';
const PATH = `/providers/Microsoft.PowerApps/apis/${ID}`;
const FILTER = { 'api-version': '2016-11-01', $filter: `environment eq '${ENV}'` };
const REDIRECT = `https://global.consent.azure-apim.net/redirect/${ID.replace(/^shared_/, '')}`;

const connector = (redirectUrl: unknown) => ({
  name: ID,
  properties: {
    connectionParameters: {
      token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad', clientId: 'c1', redirectUrl } },
    },
  },
});

function read(options: Partial<RedirectUrlInput> = {}) {
  const sleeps: number[] = [];
  const logs: string[] = [];
  const environments: string[] = [];
  const result = readRedirectUrl({
    connectorInternalId: ID,
    environmentId: async () => ENV,
    connectors: async (environment) => {
      environments.push(environment);
      return new PowerAppsClient({
        environment,
        credential: { getToken: async () => ({ token: 'pa-token', expiresOnTimestamp: Date.now() + 3600_000 }) },
        retry: { maxRetries: 1, maxDelayMs: 1000, baseDelayMs: 10 },
        sleep: async () => {},
      });
    },
    attempts: 1,
    intervalMs: 10_000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    log: (m) => logs.push(m),
    ...options,
  });
  return { result, sleeps, logs, environments };
}

describe('readRedirectUrl', () => {
  test('reads the connector by its internal id in the environment, with the token, and gives its redirect URL', async () => {
    const scope = nock(BASE, { reqheaders: { authorization: 'Bearer pa-token' } })
      .get(PATH)
      .query(FILTER)
      .reply(200, connector(REDIRECT));
    const { result, environments } = read();
    expect(await result).toEqual({ url: REDIRECT });
    expect(environments).toEqual([ENV]);
    scope.done();
  });

  test('403 (a service principal): the reason names the call, status and code, never the answer text', async () => {
    nock(BASE)
      .get(PATH)
      .query(FILTER)
      .reply(403, { error: { code: 'Forbidden', message: 'The caller echo-me-not has no access.' } });
    const outcome = await read().result;
    expect(outcome).toEqual({ unreadable: 'Power Apps get connector answered HTTP 403 Forbidden' });
  });

  test('no answer: the reason says so and the call is bounded by the client (no endless retries)', async () => {
    const scope = nock(BASE).get(PATH).query(FILTER).times(2).replyWithError('socket hang up');
    const outcome = await read().result;
    expect(outcome).toEqual({
      unreadable: 'no usable answer from Power Apps get connector (network error or timeout)',
    });
    scope.done(); // one try and one retry, as configured
  });

  test('not synchronised yet: looks again as often as allowed, then says why', async () => {
    nock(BASE).get(PATH).query(FILTER).times(2).reply(404, {}).get(PATH).query(FILTER).reply(200, connector(REDIRECT));
    const found = read({ attempts: 3 });
    expect(await found.result).toEqual({ url: REDIRECT });
    expect(found.sleeps).toEqual([10_000, 10_000]);

    nock(BASE).get(PATH).query(FILTER).times(2).reply(404, {});
    const missing = read({ attempts: 2 });
    expect(await missing.result).toEqual({
      unreadable: `the Power Apps API does not show connector ${ID} in environment ${ENV} yet (HTTP 404; it appears once the platform has synchronised the import)`,
    });
    expect(missing.sleeps).toEqual([10_000]);
  });

  test('the environment id or the token cannot be had: the reason says which, nothing is sent', async () => {
    const dataverse = await read({
      environmentId: async () => {
        throw new ServiceError('Dataverse read organization', 'Principal user echo-me-not is missing a privilege.', {
          status: 403,
          code: '0x80040220',
        });
      },
    }).result;
    expect(dataverse).toEqual({
      unreadable:
        'the environment id could not be read from Dataverse (Dataverse read organization answered HTTP 403 0x80040220)',
    });
    const noToken = await read({
      connectors: async (environment) =>
        new PowerAppsClient({
          environment,
          credential: {
            getToken: async () => {
              throw new ServiceError('Microsoft Entra ID', 'AADSTS500011: resource echo-me-not not found.', {
                code: 'AADSTS500011',
              });
            },
          },
        }),
    }).result;
    expect(noToken).toEqual({ unreadable: 'no token for the Power Apps API (AADSTS500011)' });
  });

  test('an answer without a plain https redirect URL is not taken', async () => {
    nock(BASE).get(PATH).query(FILTER).reply(200, connector('https://evil.example/`injected` **bold**'));
    expect(await read().result).toEqual({ unreadable: "the Power Apps API's redirect URL is not a plain https URL" });
    nock(BASE)
      .get(PATH)
      .query(FILTER)
      .reply(200, { name: ID, properties: { connectionParameters: {} } });
    expect(await read().result).toEqual({ unreadable: "the Power Apps API's connector has no OAuth redirect URL" });
  });
});
