import { sameJson } from '../src/definition/json.ts';
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import nock from 'nock';
import { getAt } from '../src/definition/pointer.ts';
import { InputError, ServiceError } from '../src/errors.ts';
import { PowerAppsClient, type Connector, type ConnectorBody } from '../src/powerplatform/client.ts';
import {
  applyExport,
  buildConnectorBody,
  iconBlobName,
  planExport,
  type IconFile,
} from '../src/powerplatform/register.ts';
import { hasClientSecret, usesOAuth, withClientSecret, withoutClientSecret } from '../src/powerplatform/secrets.ts';
import { useNock } from './support/nock.ts';
import { stdout } from '../src/stdio.ts';

useNock();

const ENV = 'Default-72f988bf-86f1-41af-91ab-2d7cd011db47';
const ENV_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const BASE = 'https://api.powerapps.com';
const APIS = '/providers/Microsoft.PowerApps/apis';
const FILTER = { 'api-version': '2016-11-01', $filter: `environment eq '${ENV}'` };
const BLOB = 'https://pafe.blob.core.windows.net';
const SECRET = 'oauth-s3cret-value-9f8e7d';
const TOKEN_SECRET = '/connectionParameters/token/oAuthSettings/clientSecret';
const SET_SECRET = '/connectionParameterSets/values/0/parameters/token/oAuthSettings/clientSecret';
const TOKEN = `e30.${Buffer.from(JSON.stringify({ oid: 'caller-oid' })).toString('base64url')}.sig`;

const swagger = () => ({
  swagger: '2.0',
  info: { title: 'Contoso Costs', description: 'Costs of Contoso projects.', version: '1.0' },
  host: 'costs.azurewebsites.net',
  basePath: '/api',
  schemes: ['https', 'http'],
  tags: [{ name: 'costs' }, { name: 'costs' }],
  paths: {
    '/costs': {
      get: {
        operationId: 'GetCosts',
        summary: 'Get costs',
        tags: ['costs', 'costs'],
        responses: { '200': { description: 'OK' } },
      },
    },
  },
});

const oAuthSettings = () => ({
  identityProvider: 'aad',
  clientId: 'connector-app',
  scopes: [],
  redirectMode: 'GlobalPerConnector',
  customParameters: {
    loginUri: { value: 'https://login.microsoftonline.com' },
    tenantId: { value: 'common' },
    resourceUri: { value: 'api://costs' },
  },
  properties: { IsFirstParty: 'False', AzureActiveDirectoryResourceId: 'api://costs' },
});

const oauthProperties = () => ({
  properties: {
    iconBrandColor: '#007ee5',
    capabilities: [],
    connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: oAuthSettings() } },
    connectionParameterSets: {
      uiDefinition: { displayName: 'Sign in with', description: 'Type of sign-in' },
      values: [
        { name: 'user', parameters: { token: { type: 'oauthSetting', oAuthSettings: oAuthSettings() } } },
        { name: 'key', parameters: { api_key: { type: 'securestring' } } },
      ],
    },
  },
});

const keyProperties = () => ({
  properties: {
    iconBrandColor: '#007ee5',
    connectionParameters: {
      api_key: {
        type: 'securestring',
        uiDefinition: {
          displayName: 'API Key',
          description: 'The function key',
          tooltip: 'Provide your API key',
          constraints: { tabIndex: 2, clearText: false, required: 'true' },
        },
      },
    },
  },
});

/** What the service answers for a stored connector: the body without secrets, plus members of its own. */
function stored(id: string, body: ConnectorBody, extra: Record<string, unknown> = {}): Connector {
  const properties = structuredClone(withoutClientSecret(body).properties);
  delete properties.openApiDefinition;
  delete properties.environment; // the service answers with the environment id
  const token = (properties.connectionParameters as { token?: { oAuthSettings: Record<string, unknown> } }).token;
  if (token) token.oAuthSettings.redirectUrl = `https://global.consent.azure-apim.net/redirect/${id}`;
  return {
    name: id,
    id: `/providers/Microsoft.PowerApps/apis/${id}`,
    properties: {
      displayName: 'Contoso Costs',
      isCustomApi: true,
      iconUri: 'https://connectoricons.azureedge.net/default.png',
      environment: { id: `/providers/Microsoft.PowerApps/environments/${ENV_ID}`, name: ENV_ID },
      apiDefinitions: { originalSwaggerUrl: `${BLOB}/apis/${id}/original.json?sig=read` },
      swagger: { host: 'europe-002.azure-apim.net', basePath: `/apim/${id}` },
      runtimeUrls: [`https://europe-002.azure-apim.net/apim/${id}`],
      createdTime: '2026-11-01T10:00:00Z',
      ...properties,
      ...extra,
    },
  };
}

const logs: string[] = [];
const unmatched: string[] = [];
const client = () =>
  new PowerAppsClient({
    environment: ENV,
    credential: { getToken: async () => ({ token: TOKEN, expiresOnTimestamp: Date.now() + 3600_000 }) },
    retry: { maxRetries: 2, maxDelayMs: 1000, baseDelayMs: 1 },
    sleep: async () => {},
    log: (m) => logs.push(m),
  });
const log = (m: string) => logs.push(m);
const rp = () => nock(BASE);

interface Seen {
  call: string;
  body: unknown;
}
/** A nock 15 reply (it passes the fetch Request) that records the call and its body, in order, then answers. */
const recording =
  (seen: Seen[], call: string, status: number, answer: object = {}) =>
  async (request: Request): Promise<[number, object]> => {
    const text = await request.text();
    seen.push({ call, body: request.headers.get('content-type') === 'application/json' ? JSON.parse(text) : text });
    return [status, answer];
  };

beforeAll(() => {
  nock.emitter.on('no match', (req: { method?: string; path?: string }) => unmatched.push(`${req.method} ${req.path}`));
});
beforeEach(() => {
  logs.length = 0;
  unmatched.length = 0;
});

describe('connector body', () => {
  test('definition inline without duplicate tags, backend URL, description, display name, secret', () => {
    const input = { swagger: swagger(), apiProperties: oauthProperties() };
    const body = buildConnectorBody({ ...input, environment: ENV, displayName: 'Contoso Costs', clientSecret: SECRET });
    const p = (pointer: string) => getAt(body, `/properties${pointer}`);
    expect(p('/backendService')).toEqual({ serviceUrl: 'https://costs.azurewebsites.net/api' });
    expect(p('/environment')).toEqual({ name: ENV });
    expect(p('/description')).toBe('Costs of Contoso projects.');
    expect(p('/displayName')).toBe('Contoso Costs');
    expect(p('/iconBrandColor')).toBe('#007ee5');
    expect(p('/openApiDefinition/tags')).toEqual([{ name: 'costs' }]);
    expect(p('/openApiDefinition/paths/~1costs/get/tags')).toEqual(['costs']);
    expect(p(TOKEN_SECRET)).toBe(SECRET);
    expect(p(SET_SECRET)).toBe(SECRET);
    // Inputs are left alone: the secret exists only in the body.
    expect(input).toEqual({ swagger: swagger(), apiProperties: oauthProperties() });
    expect(JSON.stringify(input)).not.toContain(SECRET);
  });

  test('no display name unless given; no scheme means https; no host is a definition error', () => {
    const noSchemes = { ...swagger(), schemes: undefined };
    const body = buildConnectorBody({ swagger: noSchemes, apiProperties: keyProperties(), environment: ENV });
    expect(body.properties.displayName).toBeUndefined();
    expect(body.properties.backendService).toEqual({ serviceUrl: 'https://costs.azurewebsites.net/api' });
    expect(() =>
      buildConnectorBody({
        swagger: { ...swagger(), host: undefined },
        apiProperties: keyProperties(),
        environment: ENV,
      }),
    ).toThrow(/has no `host`/);
  });

  test('withClientSecret fills every OAuth setting of a deep copy', () => {
    const original = oauthProperties();
    const copy = withClientSecret(original, SECRET);
    expect(hasClientSecret(copy)).toBe(true);
    expect(hasClientSecret(original)).toBe(false);
    expect(usesOAuth(original)).toBe(true);
    expect(usesOAuth(keyProperties())).toBe(false);
    expect(JSON.stringify(copy).split(SECRET)).toHaveLength(3);
    expect(withoutClientSecret(copy)).toEqual(original);
    expect(JSON.stringify(withClientSecret(keyProperties(), SECRET))).not.toContain(SECRET);
  });

  test('sameJson ignores key order only', () => {
    expect(sameJson({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});

describe('plan and apply', () => {
  const oauthBody = (secret?: string) =>
    buildConnectorBody({
      swagger: swagger(),
      apiProperties: oauthProperties(),
      environment: ENV,
      displayName: 'Contoso Costs',
      clientSecret: secret,
    });
  const keyBody = () =>
    buildConnectorBody({
      swagger: swagger(),
      apiProperties: keyProperties(),
      environment: ENV,
      displayName: 'Contoso Costs',
    });
  const plan = (body: ConnectorBody, more: Partial<Parameters<typeof planExport>[0]> = {}) =>
    planExport({ api: client(), displayName: 'Contoso Costs', swagger: swagger(), body, log, ...more });
  const listing = (...connectors: Connector[]) => rp().get(APIS).query(FILTER).reply(200, { value: connectors });
  const original = (id: string, definition: unknown) =>
    nock(BLOB)
      .get(`/apis/${id}/original.json`)
      .query({ sig: 'read' })
      .reply(200, definition as object);

  test('create: not found by name, POST with display name and secret, read back, redirect URL reported', async () => {
    const body = oauthBody(SECRET);
    const id = 'shared_contoso-20costs-5f0123456789abcdef';
    const seen: Seen[] = [];
    const scope = listing(stored('shared_other', keyBody(), { displayName: 'Other' }))
      .post(APIS)
      .query(FILTER)
      .reply(recording(seen, 'create', 201, { name: id, properties: { displayName: 'Contoso Costs' } }))
      // The look for a connector of the same name created meanwhile: only ours.
      .get(APIS)
      .query(FILTER)
      .reply(200, { value: [stored(id, body)] })
      .get(`${APIS}/${id}`)
      .query(FILTER)
      .reply(200, stored(id, body));
    const writes = jest.spyOn(stdout, 'write');
    try {
      const planned = await plan(body);
      expect(planned.action).toBe('create');
      const result = await applyExport(planned, { api: client(), log });
      expect(result).toMatchObject({
        action: 'create',
        connectorId: id,
        connectorUrl: `https://make.powerapps.com/environments/${ENV_ID}/customconnectors`,
        redirectUrl: `https://global.consent.azure-apim.net/redirect/${id}`,
        warnings: [],
      });
      // The secret went where it must, and nowhere else.
      const posted = (pointer: string) => getAt(seen[0].body, `/properties${pointer}`);
      expect(posted('/displayName')).toBe('Contoso Costs');
      expect(posted(TOKEN_SECRET)).toBe(SECRET);
      expect(posted(SET_SECRET)).toBe(SECRET);
      const printed = writes.mock.calls.map((call) => String(call[0])).join('');
      expect(logs.length).toBeGreaterThan(3);
      expect(logs.join('\n')).not.toContain(SECRET);
      expect(printed).not.toContain(SECRET);
      expect(JSON.stringify(result)).not.toContain(SECRET);
    } finally {
      writes.mockRestore();
    }
    expect(scope.isDone()).toBe(true);
    expect(unmatched).toEqual([]);
  });

  test('create of an OAuth connector without the client secret is refused before any write', async () => {
    const scope = listing();
    const planned = await plan(oauthBody());
    const error = await applyExport(planned, { api: client() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ input: 'oauth-client-secret' });
    expect(scope.isDone()).toBe(true);
    expect(unmatched).toEqual([]);
  });

  test('update: found by name on the second page, definition changed, PATCH without display name', async () => {
    const body = keyBody();
    const id = 'shared_contoso-20costs-5f1';
    const old = { ...swagger(), paths: {} };
    const seen: Seen[] = [];
    const scope = rp()
      .get(APIS)
      .query(FILTER)
      .reply(200, {
        value: [stored('shared_x', keyBody(), { displayName: 'X' })],
        '@odata.nextLink': `${BASE}${APIS}?api-version=2016-11-01&$skiptoken=2`,
      })
      .get(APIS)
      .query({ 'api-version': '2016-11-01', $skiptoken: '2' })
      .reply(200, { value: [stored(id, body)] })
      .patch(`${APIS}/${id}`)
      .query(FILTER)
      .reply(recording(seen, 'update', 200, stored(id, body)))
      .get(`${APIS}/${id}`)
      .query(FILTER)
      .reply(200, stored(id, body));
    const blob = original(id, old);
    const planned = await plan(body);
    expect(planned).toMatchObject({ action: 'update', connectorId: id, reasons: ['definition'] });
    expect(planned.registeredSwagger).toEqual(old);
    const result = await applyExport(planned, { api: client(), log });
    expect(result).toMatchObject({ action: 'update', connectorId: id });
    expect(result.redirectUrl).toBeUndefined();
    const patched = (pointer: string) => getAt(seen[0].body, `/properties${pointer}`);
    expect(patched('')).not.toHaveProperty('displayName');
    expect(patched('/openApiDefinition/paths')).toHaveProperty('/costs');
    // The body replaces the connector: the registered icon is kept.
    expect(patched('/iconUri')).toBe('https://connectoricons.azureedge.net/default.png');
    expect(scope.isDone() && blob.isDone()).toBe(true);
  });

  test('up-to-date: same definition in another key order, service-added members ignored, no PATCH', async () => {
    const body = oauthBody(SECRET);
    const id = 'shared_contoso-20costs-5f2';
    // Members in reverse order; the duplicate tags do not count either.
    const registered = Object.fromEntries(Object.entries(swagger()).reverse());
    const again = listing(stored(id, body, { publisher: 'Contoso' }));
    const blob = original(id, registered);
    const planned = await plan(body);
    expect(planned.reasons).toEqual([]);
    expect(planned.action).toBe('up-to-date');
    const result = await applyExport(planned, { api: client(), log });
    expect(result).toMatchObject({
      action: 'up-to-date',
      connectorId: id,
      redirectUrl: `https://global.consent.azure-apim.net/redirect/${id}`,
    });
    expect(again.isDone() && blob.isDone()).toBe(true);
    expect(unmatched).toEqual([]);
  });

  test('changed connection parameters or backend are seen; force updates anyway', async () => {
    const body = keyBody();
    const id = 'shared_contoso-20costs-5f3';
    const drifted = stored(id, body);
    (getAt(drifted, '/properties/connectionParameters/api_key/uiDefinition') as { displayName: string }).displayName =
      'Old label';
    drifted.properties.backendService = { serviceUrl: 'https://old.example/api' };
    listing(drifted);
    original(id, swagger());
    expect((await plan(body)).reasons).toEqual(['connectionParameters', 'backendService']);

    listing(stored(id, body));
    original(id, swagger());
    expect(await plan(body, { force: true })).toMatchObject({ action: 'update', reasons: [] });
  });

  test('a registered definition that cannot be read means update, not failure', async () => {
    const id = 'shared_contoso-20costs-5f7';
    listing(stored(id, keyBody()));
    const blob = nock(BLOB).get(`/apis/${id}/original.json`).query(true).reply(403, 'expired');
    const planned = await plan(keyBody());
    expect(planned).toMatchObject({ action: 'update', reasons: ['definition'], registeredSwagger: undefined });
    expect(logs.join('\n')).toMatch(/Cannot read the registered definition/);
    expect(blob.isDone()).toBe(true);
  });

  test('connector-id: read directly; unknown id is an input error', async () => {
    const body = keyBody();
    const id = 'shared_contoso-20costs-5f4';
    const scope = rp()
      .get(`${APIS}/${id}`)
      .query(FILTER)
      .reply(200, stored(id, body))
      .get(`${APIS}/shared_gone`)
      .query(FILTER)
      .reply(404, { error: { code: 'ApiNotFound', message: 'gone' } });
    original(id, swagger());
    await expect(plan(body, { connectorId: id })).resolves.toMatchObject({ action: 'up-to-date', connectorId: id });
    await expect(plan(body, { connectorId: 'shared_gone' })).rejects.toMatchObject({ input: 'connector-id' });
    expect(scope.isDone()).toBe(true);
  });

  test('several connectors with the display name: error asking for connector-id', async () => {
    listing(stored('shared_one', keyBody()), stored('shared_two', keyBody()));
    const error = await plan(keyBody()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/2 custom connectors.*shared_one, shared_two/);
    expect((error as InputError).hint).toMatch(/connector-id/);
  });

  test('a create whose answer is lost is checked by name, never posted twice', async () => {
    const body = keyBody();
    const id = 'shared_contoso-20costs-5f5';
    const scope = listing()
      .post(APIS)
      .query(FILTER)
      .once()
      .reply(500, { error: { code: 'InternalServerError', message: 'oops' } })
      .get(APIS)
      .query(FILTER)
      .times(2) // found by name; then the look for a concurrent run's connector
      .reply(200, { value: [stored(id, body)] })
      .get(`${APIS}/${id}`)
      .query(FILTER)
      .reply(200, stored(id, body));
    const planned = await plan(body);
    await expect(applyExport(planned, { api: client(), log })).resolves.toMatchObject({ connectorId: id });
    expect(scope.isDone()).toBe(true);
    expect(unmatched).toEqual([]);

    // Nothing there afterwards: the original error is reported, and still one POST.
    const twice = listing()
      .post(APIS)
      .query(FILTER)
      .reply(500, { error: { code: 'InternalServerError', message: 'oops' } })
      .get(APIS)
      .query(FILTER)
      .reply(200, { value: [] });
    await expect(applyExport(await plan(body), { api: client() })).rejects.toMatchObject({ status: 500 });
    expect(twice.isDone()).toBe(true);
    expect(unmatched).toEqual([]);
  });

  test('an OAuth update without the secret sends none and warns; a failed PATCH is the only write', async () => {
    const body = oauthBody();
    const id = 'shared_contoso-20costs-5f6';
    const seen: Seen[] = [];
    const scope = listing(stored(id, body))
      .patch(`${APIS}/${id}`)
      .query(FILTER)
      .reply(
        recording(seen, 'update', 400, {
          error: { code: 'InvalidSwagger', message: "Non-unique array item at 'tags'" },
        }),
      );
    original(id, { ...swagger(), info: { title: 'Contoso Costs', description: 'older', version: '0.9' } });
    const planned = await plan(body);
    expect(planned.action).toBe('update');
    const error = await applyExport(planned, { api: client(), log }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(seen).toHaveLength(1);
    expect(hasClientSecret(seen[0].body as ConnectorBody)).toBe(false);
    expect(scope.isDone()).toBe(true);

    listing(stored(id, body))
      .patch(`${APIS}/${id}`)
      .query(FILTER)
      .reply(200, {})
      .get(`${APIS}/${id}`)
      .query(FILTER)
      .reply(200, stored(id, body));
    original(id, {});
    const result = await applyExport(await plan(body), { api: client() });
    expect(result.warnings.join(' ')).toMatch(/without oauth-client-secret/);
  });
});

describe('icon', () => {
  const icon: IconFile = { fileName: 'Icon.PNG', bytes: new TextEncoder().encode('png bytes') };
  const storage = () =>
    rp()
      .post('/providers/Microsoft.PowerApps/objectIds/caller-oid/generateResourceStorage', {
        environment: { name: ENV },
      })
      .query({ 'api-version': '2016-11-01' })
      .reply(200, { sharedAccessSignature: `${BLOB}/icons?sv=1&sig=write` });
  const blobName = iconBlobName(icon);
  const body = () =>
    buildConnectorBody({
      swagger: swagger(),
      apiProperties: keyProperties(),
      environment: ENV,
      displayName: 'Contoso Costs',
    });
  const plan = (more: Partial<Parameters<typeof planExport>[0]> = {}) =>
    planExport({ api: client(), displayName: 'Contoso Costs', swagger: swagger(), body: body(), icon, ...more });
  const listing = (iconUri: string) =>
    rp()
      .get(APIS)
      .query(FILTER)
      .reply(200, { value: [stored('shared_i', body(), { iconUri })] });
  const original = () => nock(BLOB).get('/apis/shared_i/original.json').query(true).reply(200, swagger());

  test('the blob is named by content hash with the file extension', () => {
    expect(blobName).toMatch(/^icon-[0-9a-f]{32}\.png$/);
    expect(iconBlobName({ ...icon, bytes: new Uint8Array([1]) })).not.toBe(blobName);
  });

  test('create uploads the icon first and sends its URL as iconUri', async () => {
    const seen: Seen[] = [];
    const scope = rp()
      .get(APIS)
      .query(FILTER)
      .reply(200, { value: [] })
      .post(APIS)
      .query(FILTER)
      .reply(recording(seen, 'create', 201, { name: 'shared_i' }))
      .get(`${APIS}/shared_i`)
      .query(FILTER)
      .reply(200, stored('shared_i', body()));
    const upload = nock(BLOB, { reqheaders: { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'image/png' } })
      .put(`/icons/${blobName}`, 'png bytes')
      .query({ sv: '1', sig: 'write' })
      .reply(recording(seen, 'upload', 201));
    const sas = storage();
    await applyExport(await plan(), { api: client(), log });
    expect(seen.map((r) => r.call)).toEqual(['upload', 'create']);
    expect(getAt(seen[1].body, '/properties/iconUri')).toBe(`${BLOB}/icons/${blobName}?sv=1&sig=write`);
    expect(scope.isDone() && upload.isDone() && sas.isDone()).toBe(true);
    expect(logs.join('\n')).not.toContain('sig=write');
  });

  test('unchanged when the registered iconUri is our blob, or its bytes are the same', async () => {
    listing(`${BLOB}/icons/${blobName}?sv=1&sig=read`);
    original();
    await expect(plan()).resolves.toMatchObject({ action: 'up-to-date' });

    listing('https://cdn.example/icons/shared_i.png');
    original();
    const cdn = nock('https://cdn.example', { badheaders: ['authorization'] })
      .get('/icons/shared_i.png')
      .reply(200, 'png bytes');
    await expect(plan()).resolves.toMatchObject({ action: 'up-to-date' });
    expect(cdn.isDone()).toBe(true);
  });

  test('a different icon is uploaded before the PATCH', async () => {
    listing('https://cdn.example/icons/shared_i.png');
    original();
    nock('https://cdn.example').get('/icons/shared_i.png').reply(200, 'other bytes');
    const planned = await plan();
    expect(planned.reasons).toEqual(['icon']);
    const seen: Seen[] = [];
    storage();
    nock(BLOB)
      .put(`/icons/${blobName}`)
      .query(true)
      .reply(recording(seen, 'upload', 201));
    rp()
      .patch(`${APIS}/shared_i`)
      .query(FILTER)
      .reply(recording(seen, 'update', 200))
      .get(`${APIS}/shared_i`)
      .query(FILTER)
      .reply(200, stored('shared_i', body()));
    await applyExport(planned, { api: client(), log });
    expect(seen.map((r) => r.call)).toEqual(['upload', 'update']);
    expect(getAt(seen[1].body, '/properties/iconUri')).toBe(`${BLOB}/icons/${blobName}?sv=1&sig=write`);
    expect(unmatched).toEqual([]);
  });
});
