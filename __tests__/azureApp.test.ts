import { describe, expect, test } from '@jest/globals';
import nock from 'nock';
import type { TokenCredential } from '@azure/identity';
import { InputError, ServiceError } from '../src/errors.ts';
import { parseAzureApp, readAzureAppDefinitionUrl } from '../src/sources/azureApp.ts';
import { useNock } from './support/nock.ts';

useNock();

const SUB = '11111111-2222-3333-4444-555555555555';
const APP = `${SUB}/my-rg/my-func-app`;
const PATH = `/subscriptions/${SUB}/resourceGroups/my-rg/providers/Microsoft.Web/sites/my-func-app/config/web`;

/** A credential that records the scopes it was asked for. */
function credential(scopes: string[]): TokenCredential {
  return {
    getToken: async (scope) => {
      scopes.push(...(Array.isArray(scope) ? scope : [scope]));
      return { token: 'arm-token', expiresOnTimestamp: Date.now() + 3600_000 };
    },
  };
}

describe('readAzureAppDefinitionUrl', () => {
  test('reads properties.apiDefinition.url with an ARM token', async () => {
    const scopes: string[] = [];
    const scope = nock('https://management.azure.com', { reqheaders: { authorization: 'Bearer arm-token' } })
      .get(PATH)
      .query({ 'api-version': '2023-12-01' })
      .reply(200, {
        properties: { apiDefinition: { url: 'https://my-func-app.azurewebsites.net/api/openapi/v3.json' } },
      });
    const url = await readAzureAppDefinitionUrl({ app: APP, credential: credential(scopes) });
    expect(url).toBe('https://my-func-app.azurewebsites.net/api/openapi/v3.json');
    expect(scopes).toEqual(['https://management.azure.com/.default']);
    expect(scope.isDone()).toBe(true);
  });

  test('honours armUrl and apiVersion', async () => {
    const scope = nock('https://management.usgovcloudapi.net')
      .get(PATH)
      .query({ 'api-version': '2022-03-01' })
      .reply(200, { properties: { apiDefinition: { url: 'https://x.azurewebsites.us/api/swagger.json' } } });
    const url = await readAzureAppDefinitionUrl({
      app: APP,
      credential: credential([]),
      armUrl: 'https://management.usgovcloudapi.net/',
      apiVersion: '2022-03-01',
    });
    expect(url).toBe('https://x.azurewebsites.us/api/swagger.json');
    expect(scope.isDone()).toBe(true);
  });

  test('a missing setting says where to set it in the portal', async () => {
    const scope = nock('https://management.azure.com')
      .get(PATH)
      .query(true)
      .reply(200, { properties: { apiDefinition: null } });
    const error = await readAzureAppDefinitionUrl({ app: APP, credential: credential([]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toContain("site 'my-func-app' in resource group 'my-rg'");
    expect((error as ServiceError).hint).toContain('API > API definition');
    expect(scope.isDone()).toBe(true);
  });

  test('403 names the role to grant, with the ARM error code', async () => {
    const scope = nock('https://management.azure.com')
      .get(PATH)
      .query(true)
      .reply(403, { error: { code: 'AuthorizationFailed', message: 'The client does not have authorization.' } });
    const error = (await readAzureAppDefinitionUrl({ app: APP, credential: credential([]) }).catch(
      (e: unknown) => e,
    )) as ServiceError;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.status).toBe(403);
    expect(error.code).toBe('AuthorizationFailed');
    expect(error.message).toContain('The client does not have authorization.');
    expect(error.hint).toMatch(/Reader.*Website Contributor/);
    expect(scope.isDone()).toBe(true);
  });

  test('404 asks to check the names', async () => {
    const scope = nock('https://management.azure.com')
      .get(PATH)
      .query(true)
      .reply(404, { error: { code: 'ResourceNotFound', message: 'not found' } });
    const error = (await readAzureAppDefinitionUrl({ app: APP, credential: credential([]) }).catch(
      (e: unknown) => e,
    )) as ServiceError;
    expect(error.status).toBe(404);
    expect(error.hint).toContain('site name');
    expect(scope.isDone()).toBe(true);
  });

  test('a malformed input fails before any request', async () => {
    const scopes: string[] = [];
    for (const bad of [
      'my-rg/my-func-app',
      `${SUB}/my-rg/my-func-app/extra`,
      `not-a-guid/rg/site`,
      `${SUB}/rg./site`,
    ]) {
      await expect(readAzureAppDefinitionUrl({ app: bad, credential: credential(scopes) })).rejects.toThrow(InputError);
    }
    expect(scopes).toEqual([]);
    expect(() => parseAzureApp('x')).toThrow("Input 'azure-app'");
    expect(parseAzureApp(` ${APP} `)).toEqual({ subscription: SUB, resourceGroup: 'my-rg', site: 'my-func-app' });
  });
});
