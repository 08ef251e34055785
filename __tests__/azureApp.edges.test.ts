// Reading the definition URL an Azure app publishes, at the edges: name limits and every kind of ARM answer.
import { describe, expect, test } from '@jest/globals';
import type { TokenCredential } from '@azure/identity';
import nock from 'nock';
import { InputError, ServiceError } from '../src/errors.ts';
import { readAzureAppDefinitionUrl } from '../src/sources/azureApp.ts';
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
});
