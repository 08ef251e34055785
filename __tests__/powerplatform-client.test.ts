import { describe, expect, test } from '@jest/globals';
import nock from 'nock';
import { ServiceError } from '../src/errors.ts';
import { PowerAppsClient, retryAfterMs, type PowerAppsClientOptions } from '../src/powerplatform/client.ts';
import { useNock } from './support/nock.ts';

useNock();

const ENV = 'Default-72f988bf-86f1-41af-91ab-2d7cd011db47';
const BASE = 'https://api.powerapps.com';
const APIS = '/providers/Microsoft.PowerApps/apis';
const FILTER = { 'api-version': '2016-11-01', $filter: `environment eq '${ENV}'` };
const TOKEN = `e30.${Buffer.from(JSON.stringify({ oid: 'caller-oid' })).toString('base64url')}.sig`;

function makeClient(options: Partial<PowerAppsClientOptions> = {}) {
  const sleeps: number[] = [];
  const logs: string[] = [];
  const api = new PowerAppsClient({
    environment: ENV,
    credential: { getToken: async () => ({ token: TOKEN, expiresOnTimestamp: Date.now() + 3600_000 }) },
    retry: { maxRetries: 3, maxDelayMs: 10_000, baseDelayMs: 100 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    log: (message) => logs.push(message),
    ...options,
  });
  return { api, sleeps, logs };
}

const custom = (name: string, displayName: string) => ({ name, properties: { displayName, isCustomApi: true } });

describe('connector calls', () => {
  test('list sends the filter, bearer token and origin, follows nextLink and keeps custom connectors', async () => {
    const scope = nock(BASE, {
      reqheaders: { authorization: `Bearer ${TOKEN}`, 'x-ms-origin': 'connector-export' },
    })
      .get(APIS)
      .query(FILTER)
      .reply(200, {
        value: [custom('shared_a', 'A'), { name: 'shared_office365', properties: { displayName: 'Office 365' } }],
        '@odata.nextLink': `${APIS}?api-version=2016-11-01&$skiptoken=p2`, // relative: resolved on the API host
      })
      .get(APIS)
      .query({ 'api-version': '2016-11-01', $skiptoken: 'p2' })
      .reply(200, { value: [custom('shared_b', 'B')] });
    const { api } = makeClient();
    const found = await api.listCustomConnectors();
    expect(found.map((c) => c.name)).toEqual(['shared_a', 'shared_b']);
    expect(scope.isDone()).toBe(true);
  });

  test('a nextLink to another host is refused (the token stays with the API host)', async () => {
    nock(BASE).get(APIS).query(FILTER).reply(200, { value: [], '@odata.nextLink': 'https://evil.example/next' });
    await expect(makeClient().api.listCustomConnectors()).rejects.toThrow(/another host/);
  });

  test('get answers undefined for 404 and the connector otherwise', async () => {
    const scope = nock(BASE)
      .get(`${APIS}/shared_missing`)
      .query(FILTER)
      .reply(404, { error: { code: 'ApiNotFound', message: 'not found' } })
      .get(`${APIS}/shared_a`)
      .query(FILTER)
      .reply(200, custom('shared_a', 'A'));
    const { api } = makeClient();
    await expect(api.getConnector('shared_missing')).resolves.toBeUndefined();
    await expect(api.getConnector('shared_a')).resolves.toMatchObject({ name: 'shared_a' });
    expect(scope.isDone()).toBe(true);
  });

  test('create posts the body as JSON; update patches the given id', async () => {
    const body = { properties: { displayName: 'A', openApiDefinition: { swagger: '2.0' } } };
    const scope = nock(BASE, { reqheaders: { 'content-type': 'application/json' } })
      .post(APIS, body)
      .query(FILTER)
      .reply(201, custom('shared_a-5f1', 'A'))
      .patch(`${APIS}/shared_a-5f1`, body)
      .query(FILTER)
      .reply(200, custom('shared_a-5f1', 'A'));
    const { api } = makeClient();
    await expect(api.createConnector(body)).resolves.toMatchObject({ name: 'shared_a-5f1' });
    await expect(api.updateConnector('shared_a-5f1', body)).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  test('base URL and api-version are options (sovereign clouds)', async () => {
    const scope = nock('https://gov.api.powerapps.us')
      .get(APIS)
      .query({ 'api-version': '2020-01-01', $filter: `environment eq '${ENV}'` })
      .reply(200, { value: [] });
    const { api } = makeClient({ baseUrl: 'https://gov.api.powerapps.us/', apiVersion: '2020-01-01' });
    await expect(api.listCustomConnectors()).resolves.toEqual([]);
    expect(scope.isDone()).toBe(true);
  });
});

describe('retries', () => {
  test('429 waits the Retry-After seconds, 503 backs off, then the answer is returned', async () => {
    const scope = nock(BASE)
      .get(`${APIS}/shared_a`)
      .query(FILTER)
      .reply(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'Retry-After': '2' })
      .get(`${APIS}/shared_a`)
      .query(FILTER)
      .reply(503, 'unavailable')
      .get(`${APIS}/shared_a`)
      .query(FILTER)
      .reply(200, custom('shared_a', 'A'));
    const { api, sleeps, logs } = makeClient();
    await expect(api.getConnector('shared_a')).resolves.toMatchObject({ name: 'shared_a' });
    expect(sleeps[0]).toBe(2000);
    // Second retry: base 100 ms doubled once, with jitter in [50%, 100%].
    expect(sleeps[1]).toBeGreaterThanOrEqual(100);
    expect(sleeps[1]).toBeLessThanOrEqual(200);
    expect(logs.filter((l) => l.startsWith('retrying'))).toHaveLength(2);
    expect(scope.isDone()).toBe(true);
  });

  test('retries stop after maxRetries and the last error is thrown with a hint', async () => {
    const scope = nock(BASE)
      .get(APIS)
      .query(FILTER)
      .times(4)
      .reply(503, { error: { code: 'ServerBusy', message: 'busy' } });
    const { api, sleeps } = makeClient();
    const error = await api.listCustomConnectors().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ status: 503, code: 'ServerBusy', hint: /rerun later/ });
    expect(sleeps).toHaveLength(3);
    expect(scope.isDone()).toBe(true);
  });

  test('a Retry-After beyond the time budget ends the retries without waiting', async () => {
    const scope = nock(BASE)
      .get(APIS)
      .query(FILTER)
      .reply(429, { error: { code: 'TooManyRequests', message: 'later' } }, { 'Retry-After': '3600' });
    const { api, sleeps } = makeClient();
    await expect(api.listCustomConnectors()).rejects.toMatchObject({ status: 429, hint: /throttled/ });
    expect(sleeps).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });

  test('network errors are retried for GET', async () => {
    const scope = nock(BASE)
      .get(APIS)
      .query(FILTER)
      .replyWithError('socket hang up')
      .get(APIS)
      .query(FILTER)
      .reply(200, { value: [] });
    const { api, sleeps } = makeClient();
    await expect(api.listCustomConnectors()).resolves.toEqual([]);
    expect(sleeps).toHaveLength(1);
    expect(scope.isDone()).toBe(true);
  });

  test('create is retried on 429 (not run) but never on 5xx or a lost answer (may have run)', async () => {
    const scope = nock(BASE)
      .post(APIS)
      .query(FILTER)
      .reply(429, {}, { 'Retry-After': '1' })
      .post(APIS)
      .query(FILTER)
      .reply(502, 'bad gateway');
    const { api, sleeps } = makeClient();
    await expect(api.createConnector({ properties: {} })).rejects.toMatchObject({ status: 502 });
    expect(sleeps).toEqual([1000]);
    expect(scope.isDone()).toBe(true);

    const lost = nock(BASE).post(APIS).query(FILTER).replyWithError('ECONNRESET');
    await expect(api.createConnector({ properties: {} })).rejects.toThrow(/no answer/);
    expect(lost.isDone()).toBe(true);
    expect(sleeps).toEqual([1000]);
  });

  test('Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(retryAfterMs('5', now)).toBe(5000);
    expect(retryAfterMs('Tue, 24 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 24 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('error mapping', () => {
  const cases: [string, number, object | string, RegExp, RegExp | undefined][] = [
    [
      '401',
      401,
      { error: { code: 'InvalidAuthenticationToken', message: 'bad token' } },
      /bad token/,
      /service\.powerapps\.com/,
    ],
    [
      '403',
      403,
      { error: { code: 'Forbidden', message: 'no' } },
      /no/,
      /Environment Maker.*licence.*application user/s,
    ],
    [
      'MissingEnvironmentFilter',
      400,
      { error: { code: 'MissingEnvironmentFilter', message: 'The environment filter is missing.' } },
      /filter is missing/,
      /environment input/,
    ],
    [
      'ServiceToServiceEnvironmentNotFound',
      404,
      { error: { code: 'ServiceToServiceEnvironmentNotFound', message: 'Environment not found.' } },
      /not found/,
      /~Default/,
    ],
    [
      'CannotUpdateApiDisplayName',
      400,
      { error: { code: 'CannotUpdateApiDisplayName', message: 'Display name cannot change.' } },
      /cannot change/,
      /title/,
    ],
    [
      'duplicate tags',
      400,
      { error: { code: 'InvalidSwagger', message: "Non-unique array item at index 3 at path 'tags'." } },
      /Non-unique/,
      /duplicate/,
    ],
    ['a body that is not JSON', 400, 'Bad Request', /Bad Request/, undefined],
  ];
  test.each(cases)('%s', async (_name, status, answer, message, hint) => {
    nock(BASE).patch(`${APIS}/shared_a`).query(FILTER).reply(status, answer);
    const error = await makeClient()
      .api.updateConnector('shared_a', { properties: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ service: 'Power Apps update connector', status });
    expect((error as ServiceError).message).toMatch(message);
    if (hint) expect((error as ServiceError).hint).toMatch(hint);
    else expect((error as ServiceError).hint).toBeUndefined();
  });
});

describe('validate, resource storage, blobs, downloads', () => {
  const validate = '/providers/Microsoft.PowerApps/objectIds/caller-oid/validateApiSwagger';

  test('validateSwagger: empty answer is valid; CRLF-separated messages are split', async () => {
    const swagger = { swagger: '2.0', info: { title: 'A' } };
    const scope = nock(BASE)
      .post(validate, swagger)
      .query({ 'api-version': '2016-11-01' })
      .reply(200, '')
      .post(validate, swagger)
      .query({ 'api-version': '2016-11-01', enableConnectorCertificationRules: 'true' })
      .reply(200, JSON.stringify('Error : the title is short\r\nWarning : no summary\r\n'));
    const { api } = makeClient();
    const oid = await api.callerObjectId();
    await expect(api.validateSwagger(oid, swagger)).resolves.toEqual([]);
    await expect(api.validateSwagger(oid, swagger, { certificationRules: true })).resolves.toEqual([
      'Error : the title is short',
      'Warning : no summary',
    ]);
    expect(scope.isDone()).toBe(true);
  });

  test('validateSwagger: 400 SwaggerCertificationFailedWithErrors carries findings; another 400 is an error', async () => {
    nock(BASE)
      .post(validate)
      .query(true)
      .reply(400, { error: { code: 'SwaggerCertificationFailedWithErrors', message: 'Failed: a\r\nb' } })
      .post(validate)
      .query(true)
      .reply(400, { error: { code: 'InvalidSwagger', message: 'not a swagger' } });
    const { api } = makeClient();
    await expect(api.validateSwagger('caller-oid', {})).resolves.toEqual(['Failed: a', 'b']);
    await expect(api.validateSwagger('caller-oid', {})).rejects.toMatchObject({ code: 'InvalidSwagger' });
  });

  test('icon upload: SAS from generateResourceStorage, anonymous block blob PUT, URL returned', async () => {
    const sas = 'https://pafe.blob.core.windows.net/icons-42?sv=2020&sig=SECRETSIG';
    const bytes = new TextEncoder().encode('icon bytes');
    const rp = nock(BASE)
      .post('/providers/Microsoft.PowerApps/objectIds/caller-oid/generateResourceStorage', {
        environment: { name: ENV },
      })
      .query({ 'api-version': '2016-11-01' })
      .reply(200, { sharedAccessSignature: sas });
    const blob = nock('https://pafe.blob.core.windows.net', {
      reqheaders: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2021-08-06', 'content-type': 'image/png' },
      badheaders: ['authorization'],
    })
      .put('/icons-42/icon.png', 'icon bytes')
      .query({ sv: '2020', sig: 'SECRETSIG' })
      .reply(201);
    const { api, logs } = makeClient();
    const url = await api.uploadBlob(await api.generateResourceStorage('caller-oid'), 'icon.png', bytes, 'image/png');
    expect(url).toBe('https://pafe.blob.core.windows.net/icons-42/icon.png?sv=2020&sig=SECRETSIG');
    expect(rp.isDone() && blob.isDone()).toBe(true);
    expect(logs.join('\n')).not.toContain('SECRETSIG');
  });

  test('a blob storage error is read from its XML body', async () => {
    nock('https://pafe.blob.core.windows.net')
      .put('/c/icon.png')
      .query(true)
      .reply(
        403,
        '<?xml version="1.0"?><Error><Code>AuthenticationFailed</Code><Message>Signature expired</Message></Error>',
      );
    await expect(
      makeClient().api.uploadBlob('https://pafe.blob.core.windows.net/c?sig=x', 'icon.png', new Uint8Array([1])),
    ).rejects.toMatchObject({ status: 403, code: 'AuthenticationFailed', message: /Signature expired/ });
  });

  test('downloadOriginalSwagger reads the SAS URL anonymously and strips a BOM', async () => {
    const scope = nock('https://store.blob.core.windows.net', { badheaders: ['authorization'] })
      .get('/apis/original.json')
      .query({ sig: 'abc' })
      .reply(200, '\uFEFF{"swagger":"2.0"}');
    const connector = {
      name: 'shared_a',
      properties: {
        apiDefinitions: { originalSwaggerUrl: 'https://store.blob.core.windows.net/apis/original.json?sig=abc' },
      },
    };
    const { api } = makeClient();
    await expect(api.downloadOriginalSwagger(connector)).resolves.toEqual({ swagger: '2.0' });
    await expect(api.downloadOriginalSwagger({ name: 'x', properties: {} })).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });
});
