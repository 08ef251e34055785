// Reading the definition URL an Azure app publishes, at the edges: name limits and every kind of ARM answer.
import { describe, expect, test } from '@jest/globals';
import type { TokenCredential } from '@azure/identity';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { InputError, ServiceError } from '../src/errors.ts';
import { parseAzureApp, readAzureAppDefinitionUrl } from '../src/sources/azureApp.ts';
import { readDefinition } from '../src/sources/definition.ts';
import { useNock } from './support/nock.ts';

useNock();

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('Azure app settings (ARM)', () => {
  const SUB = '11111111-2222-3333-4444-555555555555';
  const credential: TokenCredential = {
    getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 60_000 }),
  };
  const read = (app = `${SUB}/rg/site`, more = {}) => readAzureAppDefinitionUrl({ app, credential, ...more });
  const config = (rg: string, site: string) =>
    `/subscriptions/${SUB}/resourceGroups/${rg}/providers/Microsoft.Web/sites/${site}/config/web`;

  test('names at their limits: a 90-character group, a 59-character site', async () => {
    const rg = 'g'.repeat(90);
    const site = 's'.repeat(59);
    nock('https://management.azure.com')
      .get(config(rg, site))
      .query(true)
      .reply(200, { properties: { apiDefinition: { url: ' https://u/x.json ' } } });
    expect(await read(`${SUB}/${rg}/${site}`)).toBe('https://u/x.json');
    for (const bad of [
      `${SUB}/${'g'.repeat(91)}/site`,
      `${SUB}/rg/${'s'.repeat(60)}`,
      `${SUB}/rg/-site`,
      `${SUB}//site`,
    ]) {
      await expect(read(bad)).rejects.toThrow(InputError);
    }
  });

  test('no token, an unreachable ARM, a 401 and an answer that is not JSON', async () => {
    const none = await rejection(
      readAzureAppDefinitionUrl({ app: `${SUB}/rg/site`, credential: { getToken: async () => null } }),
    );
    expect(none.message).toBe('Azure Resource Manager: the credential returned no token for Azure Resource Manager.');
    nock('https://management.azure.com').get(config('rg', 'site')).query(true).replyWithError('socket hang up');
    const down = (await rejection(read())) as ServiceError;
    expect(down.message).toBe('Azure Resource Manager: https://management.azure.com: fetch failed.');
    expect(down.hint).toBe('Check that the runner can reach Azure Resource Manager.');
    nock('https://management.azure.com').get(config('rg', 'site')).query(true).reply(401, 'not json');
    const refused = (await rejection(read())) as ServiceError;
    expect(refused.message).toMatch(
      /^Azure Resource Manager \(401\): reading the configuration of site 'site' in resource group 'rg' \(subscription 1111/,
    );
    expect(refused.hint).toBe('The token was refused: check the azure/login step and the tenant it signs in to.');
    nock('https://management.azure.com').get(config('rg', 'site')).query(true).reply(500, { error: {} });
    const broken = (await rejection(read())) as ServiceError;
    expect(broken.hint).toBeUndefined();
    expect(broken.code).toBeUndefined();
    nock('https://management.azure.com').get(config('rg', 'site')).query(true).reply(200, 'not json');
    // Not JSON is a malformed answer (something else answered), not a missing setting.
    expect((await rejection(read())).message).toMatch(/the answer \(HTTP 200\) is not a JSON object\.$/);
    nock('https://management.azure.com')
      .get(config('rg', 'site'))
      .query(true)
      .reply(200, { properties: { apiDefinition: { url: '  ' } } });
    expect((await rejection(read())).message).toMatch(/has no API definition URL\.$/);
  });

  test('a malformed azure-app says what it expects; the subscription must start the value', async () => {
    const error = (() => {
      try {
        parseAzureApp(`x${SUB}/rg/site`);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error?.message).toBe(
      `Input 'azure-app': 'x${SUB}/rg/site' is not <subscription-id>/<resource-group>/<site>.`,
    );
    expect(error?.hint).toMatch(/^Use the three parts of the app's resource ID, e\.g\. `00000000-/);
    expect(() => parseAzureApp(`${SUB}/rg./site`)).toThrow(InputError);
    expect(parseAzureApp(` ${SUB}/rg/site `)).toEqual({ subscription: SUB, resourceGroup: 'rg', site: 'site' });
  });

  test('armUrl loses every trailing slash; the token request carries the deadline', async () => {
    const signals: unknown[] = [];
    const recording: TokenCredential = {
      getToken: async (_scope, options) => {
        signals.push(options?.abortSignal);
        return { token: 't', expiresOnTimestamp: Date.now() + 60_000 };
      },
    };
    nock('https://arm.example')
      .get(config('rg', 'site'))
      .query(true)
      .reply(200, { properties: { apiDefinition: { url: 'https://u/x.json' } } });
    expect(await read(`${SUB}/rg/site`, { credential: recording, armUrl: 'https://arm.example//' })).toBe(
      'https://u/x.json',
    );
    expect(signals).toHaveLength(1);
    expect(signals[0]).toBeInstanceOf(AbortSignal);
  });

  test('the hints for no token and for an answer that is not JSON', async () => {
    const none = (await rejection(
      readAzureAppDefinitionUrl({ app: `${SUB}/rg/site`, credential: { getToken: async () => null } }),
    )) as ServiceError;
    expect(none.hint).toBe('Check the azure/login step (or the federated credential) that signs the job in.');
    nock('https://management.azure.com').get(config('rg', 'site')).query(true).reply(200, '[1]');
    const array = (await rejection(read())) as ServiceError;
    expect(array.message).toMatch(/the answer \(HTTP 200\) is not a JSON object\.$/);
    expect(array.hint).toMatch(/^Something other than Azure Resource Manager answered \(a proxy, a captive portal\)/);
  });

  test('a slow ARM, before or after its headers: the message gives the deadline in seconds', async () => {
    // A loopback server: one that answers nothing, one that sends its headers and then stalls.
    const server = createServer((req, res) => {
      if (req.url?.includes('/headers-only/')) res.writeHead(200, { 'content-type': 'application/json' }).write('{');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const armUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    nock.enableNetConnect('127.0.0.1');
    try {
      for (const site of ['silent', 'headers-only']) {
        const slow = (await rejection(read(`${SUB}/rg/${site}`, { timeoutMs: 200, armUrl }))) as ServiceError;
        expect(slow.message).toBe(`Azure Resource Manager: ${armUrl}: no answer within 0.2 s.`);
      }
    } finally {
      nock.disableNetConnect();
      server.closeAllConnections();
      server.close();
    }
  });

  test("readDefinition with azure-app: the URL the app's setting names, read with the definition headers", async () => {
    nock('https://management.azure.com')
      .get(config('rg', 'site'))
      .query(true)
      .reply(200, { properties: { apiDefinition: { url: 'https://app.example/api/swagger.json' } } });
    nock('https://app.example', { reqheaders: { 'x-functions-key': 'k' } })
      .get('/api/swagger.json')
      .reply(200, '{"swagger":"2.0"}');
    const raw = await readDefinition(
      { kind: 'azure-app', app: `${SUB}/rg/site`, display: 'x' },
      { headers: { 'x-functions-key': 'k' }, timeoutMs: 5000, azureCredential: () => credential },
    );
    expect(raw).toEqual({ bytes: Buffer.from('{"swagger":"2.0"}'), source: 'https://app.example/api/swagger.json' });
  });
});
