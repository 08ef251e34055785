// The register plan's decisions at their edges, against an in-memory ConnectorApi that records every call.
import { describe, expect, test } from '@jest/globals';
import { InputError, ServiceError } from '../src/errors.ts';
import type { Connector, ConnectorApi, ConnectorBody } from '../src/powerplatform/client.ts';
import {
  applyExport,
  buildConnectorBody,
  iconBlobName,
  planExport,
  withoutDuplicateTags,
  type IconFile,
  type RegisterPlan,
} from '../src/powerplatform/register.ts';

type Json = Record<string, unknown>;
const ENV = 'Default-env';

const swagger = (): Json => ({
  swagger: '2.0',
  info: { title: 'Costs', description: 'Costs.', version: '1.0' },
  host: 'costs.example.com',
  basePath: '/api',
  paths: { '/c': { get: { operationId: 'Get', responses: { '200': { description: 'OK' } } } } },
});

const keyProperties = () => ({
  properties: { iconBrandColor: '#007ee5', connectionParameters: { api_key: { type: 'securestring' } } },
});
const oauthProperties = () => ({
  properties: {
    iconBrandColor: '#007ee5',
    connectionParameters: {
      token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad', clientId: 'app', scopes: [] } },
    },
  },
});

const icon: IconFile = { fileName: 'icon.PNG', bytes: new Uint8Array([1, 2, 3]) };

/** A fake service: `connectors` is what it holds; every call is recorded in `calls`. */
function fakeApi(connectors: Connector[] = [], overrides: Partial<ConnectorApi> = {}) {
  const calls: string[] = [];
  const api: ConnectorApi = {
    environment: ENV,
    listCustomConnectors: async () => (calls.push('list'), connectors),
    getConnector: async (id) => (calls.push(`get ${id}`), connectors.find((c) => c.name === id)),
    createConnector: async (body) => {
      calls.push('create');
      const created: Connector = { name: 'shared_new', properties: { ...body.properties, isCustomApi: true } };
      connectors.push(created);
      return created;
    },
    updateConnector: async (id, body) => {
      calls.push(`update ${id}`);
      const index = connectors.findIndex((c) => c.name === id);
      connectors[index] = { name: id, properties: { ...body.properties, isCustomApi: true } };
    },
    callerObjectId: async () => (calls.push('oid'), 'oid-1'),
    validateSwagger: async () => [],
    generateResourceStorage: async (oid) => (calls.push(`storage ${oid}`), 'https://blob.example/c?sas'),
    uploadBlob: async (_sas, name, _bytes, type) => (
      calls.push(`upload ${name} ${type}`),
      `https://blob.example/c/${name}`
    ),
    downloadOriginalSwagger: async () => (calls.push('download'), swagger()),
    downloadIcon: async () => (calls.push('icon'), undefined),
    ...overrides,
  };
  return { api, calls, connectors };
}

const body = (more: Partial<Parameters<typeof buildConnectorBody>[0]> = {}): ConnectorBody =>
  buildConnectorBody({ swagger: swagger(), apiProperties: keyProperties(), environment: ENV, ...more });

/** A registered connector as the service answers for `sent`. */
function registered(name: string, sent: ConnectorBody, extra: Json = {}): Connector {
  const properties = structuredClone(sent.properties);
  delete properties.openApiDefinition;
  delete properties.environment;
  return { name, properties: { displayName: 'Costs', isCustomApi: true, ...properties, ...extra } };
}

describe('the body', () => {
  test('backend URL: the first scheme when it is a string, else https; no basePath is none', () => {
    const url = (s: Json) => body({ swagger: { ...swagger(), ...s } }).properties.backendService;
    expect(url({ schemes: ['http', 'https'] })).toEqual({ serviceUrl: 'http://costs.example.com/api' });
    expect(url({ schemes: [7] })).toEqual({ serviceUrl: 'https://costs.example.com/api' });
    expect(url({ schemes: 'http' })).toEqual({ serviceUrl: 'https://costs.example.com/api' });
    expect(url({ basePath: undefined })).toEqual({ serviceUrl: 'https://costs.example.com' });
    expect(url({ basePath: 5 })).toEqual({ serviceUrl: 'https://costs.example.com' });
    for (const host of ['', 42]) {
      try {
        body({ swagger: { ...swagger(), host } });
        throw new Error('expected a refusal');
      } catch (error) {
        expect((error as Error).message).toBe('API definition: has no `host`, so the connector has no backend URL.');
        expect((error as InputError).hint).toMatch(/Add `host`/);
      }
    }
  });

  test('description only from a string, icon and display name only when given', () => {
    const plain = body({ swagger: { ...swagger(), info: { title: 'x', description: 3 } } });
    expect(plain.properties).not.toHaveProperty('description');
    expect(plain.properties).not.toHaveProperty('iconUri');
    expect(plain.properties).not.toHaveProperty('displayName');
    expect(body({ swagger: { ...swagger(), info: 'x' } }).properties).not.toHaveProperty('description');
    const full = body({ iconUri: 'https://i/x.png', displayName: 'Costs' });
    expect(full.properties).toMatchObject({ iconUri: 'https://i/x.png', displayName: 'Costs', description: 'Costs.' });
    // The API properties are copied, never shared with the caller's object.
    const apiProperties = keyProperties();
    (body({ apiProperties }).properties.connectionParameters as Json).api_key = 'changed';
    expect(apiProperties).toEqual(keyProperties());
  });

  test('repeated tags: top level by name (or value), per operation by value; the input is left alone', () => {
    const input = {
      tags: [{ name: 'a' }, { name: 'a', description: 'again' }, 'b', 'b', { name: 'c' }],
      paths: {
        '/x': { get: { tags: ['t', 't', 'u'] }, post: { tags: 'not a list' }, parameters: [] },
        '/y': 'not an object',
        '/z': null,
        '/w': { get: null },
      },
    };
    const copy = withoutDuplicateTags(input);
    expect(copy.tags).toEqual([{ name: 'a' }, 'b', { name: 'c' }]);
    expect(copy.paths).toEqual({
      '/x': { get: { tags: ['t', 'u'] }, post: { tags: 'not a list' }, parameters: [] },
      '/y': 'not an object',
      '/z': null,
      '/w': { get: null },
    });
    expect(input.tags).toHaveLength(5);
    expect(input.paths['/x'].get.tags).toEqual(['t', 't', 'u']);
    expect(withoutDuplicateTags({ tags: 'x', paths: [] })).toEqual({ tags: 'x', paths: [] });
  });

  test('icon blob: named by content, extension kept in lower case, png when there is none', () => {
    const name = iconBlobName(icon);
    expect(name).toMatch(/^icon-[0-9a-f]{32}\.png$/);
    expect(iconBlobName({ ...icon, fileName: 'logo' })).toBe(name);
    expect(iconBlobName({ ...icon, fileName: 'a.b.SVG' })).toBe(name.replace('.png', '.svg'));
    expect(iconBlobName({ ...icon, bytes: new Uint8Array([1, 2, 4]) })).not.toBe(name);
  });
});

describe('the plan', () => {
  const plan = (api: ConnectorApi, more: Partial<Parameters<typeof planExport>[0]> = {}) => {
    const logs: string[] = [];
    return {
      logs,
      plan: planExport({
        api,
        displayName: 'Costs',
        swagger: swagger(),
        body: body(),
        log: (m) => logs.push(m),
        ...more,
      }),
    };
  };

  test('create when no custom connector has the name, and say so', async () => {
    const other = registered('shared_other', body(), { displayName: 'Other' });
    const { api, calls } = fakeApi([other]);
    const { plan: p, logs } = plan(api);
    expect(await p).toEqual({
      action: 'create',
      reasons: [],
      body: body(),
      icon: undefined,
      script: undefined,
      kept: [],
      propertyChanges: [],
    });
    expect(logs).toEqual(["No custom connector named 'Costs' in environment 'Default-env': it will be created."]);
    expect(calls).toEqual(['list']);
  });

  test('up to date: nothing differs, extra members of the service ignored, one log line', async () => {
    const { api } = fakeApi([registered('shared_c', body(), { redirectUrl: 'https://r' })]);
    const { plan: p, logs } = plan(api);
    expect(await p).toMatchObject({ action: 'up-to-date', connectorId: 'shared_c', reasons: [] });
    expect(logs).toEqual(['Connector shared_c is up to date.']);
  });

  test('each differing member is a reason, named; force updates with no reason', async () => {
    const stored = registered('shared_c', body(), {
      iconBrandColor: '#000000',
      connectionParameters: { api_key: { type: 'string' } },
    });
    const { api } = fakeApi([stored], { downloadOriginalSwagger: async () => ({ ...swagger(), host: 'old' }) });
    const { plan: p, logs } = plan(api);
    expect((await p).reasons).toEqual(['definition', 'iconBrandColor', 'connectionParameters']);
    expect(logs).toEqual([
      'Connector shared_c will be updated (definition, iconBrandColor, connectionParameters).',
      "The update: Connection parameter 'api_key' changes (type): connections may need to be signed in again.",
      "The update: 'iconBrandColor' changes from '#000000' to '#007ee5'.",
    ]);

    const same = fakeApi([registered('shared_c', body())]);
    const forced = plan(same.api, { force: true });
    expect(await forced.plan).toMatchObject({ action: 'update', reasons: [] });
    expect(forced.logs).toEqual(['Connector shared_c will be updated (forced).']);
  });

  test('arrays must match item by item; an empty member matches a missing one', async () => {
    const withList = (list: unknown[], extra: Json) =>
      plan(fakeApi([registered('shared_c', body(), extra)]).api, {
        body: { properties: { ...body().properties, capabilities: list, policyTemplates: {} } },
      }).plan;
    expect((await withList(['a'], { capabilities: ['a'] })).reasons).toEqual([]);
    expect((await withList([], {})).reasons).toEqual([]);
    expect((await withList(['a'], { capabilities: ['a', 'b'] })).reasons).toEqual(['capabilities']);
    expect((await withList(['a'], { capabilities: ['b'] })).reasons).toEqual(['capabilities']);
    expect((await withList(['a'], { capabilities: 'a' })).reasons).toEqual(['capabilities']);
    expect((await withList([], { policyTemplates: 'x' })).reasons).toEqual(['policyTemplates']);
    // A member sent as undefined is not sent at all.
    const unset = { properties: { ...body().properties, scriptOperations: undefined } };
    const fake = fakeApi([registered('shared_c', body(), { scriptOperations: ['op'] })]);
    expect((await plan(fake.api, { body: unset }).plan).reasons).toEqual([]);
  });

  test('the display name and the environment are never reasons (the service keeps or rewrites them)', async () => {
    const renamed = body({ displayName: 'Costs v2' });
    const fake = fakeApi([registered('shared_c', body(), { environment: { name: 'env-id' } })]);
    expect(await plan(fake.api, { body: renamed }).plan).toMatchObject({ action: 'up-to-date', reasons: [] });
  });

  test('the registered definition: an unreadable one means update; another failure propagates', async () => {
    const refused = new ServiceError('Blob', 'gone', { status: 404 });
    const unreadable = fakeApi([registered('shared_c', body())], {
      downloadOriginalSwagger: async () => {
        throw refused;
      },
    });
    const { plan: p, logs } = plan(unreadable.api);
    expect(await p).toMatchObject({ action: 'update', reasons: ['definition'], registeredSwagger: undefined });
    expect(logs[0]).toBe('Cannot read the registered definition (Blob (404): gone); the connector will be updated.');
    const broken = fakeApi([registered('shared_c', body())], {
      downloadOriginalSwagger: async () => {
        throw new TypeError('bug');
      },
    });
    await expect(plan(broken.api).plan).rejects.toThrow(TypeError);
    // A definition that is not an object is a changed one.
    const odd = fakeApi([registered('shared_c', body())], { downloadOriginalSwagger: async () => 'text' });
    expect((await plan(odd.api).plan).reasons).toEqual(['definition']);
  });

  test('connector-id: read directly, and refused when absent or not custom', async () => {
    const { api, calls } = fakeApi([
      registered('shared_c', body()),
      registered('shared_std', body(), { isCustomApi: false }),
    ]);
    expect(await plan(api, { connectorId: 'shared_c' }).plan).toMatchObject({ action: 'up-to-date' });
    expect(calls).not.toContain('list');
    for (const id of ['shared_missing', 'shared_std']) {
      const error = await plan(api, { connectorId: id }).plan.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(
        `Input 'connector-id': no custom connector '${id}' in environment 'Default-env'.`,
      );
    }
  });

  test('two connectors with the name: both listed, connector-id asked for', async () => {
    const { api } = fakeApi([registered('shared_a', body()), registered('shared_b', body())]);
    const error = (await plan(api).plan.catch((e: unknown) => e)) as InputError;
    expect(error.message).toBe(
      "Input 'connector-id': 2 custom connectors are named 'Costs' in environment 'Default-env': shared_a, shared_b.",
    );
    expect(error.hint).toBe('Set connector-id to the one to update.');
  });

  test('icon: unchanged when the registered URI is our blob or has our bytes; else a reason', async () => {
    const ours = `https://blob.example/c/${iconBlobName(icon)}?sas=1`;
    const withIcon = (iconUri: string | undefined, bytes?: Uint8Array) => {
      const fake = fakeApi([registered('shared_c', body(), { iconUri })], { downloadIcon: async () => bytes });
      return plan(fake.api, { icon }).plan;
    };
    expect((await withIcon(ours)).reasons).toEqual([]);
    expect((await withIcon('https://other/x.png', icon.bytes)).reasons).toEqual([]);
    expect((await withIcon('not a url', icon.bytes)).reasons).toEqual([]);
    expect((await withIcon('https://other/x.png', new Uint8Array([9]))).reasons).toEqual(['icon']);
    expect((await withIcon('https://other/x.png', undefined)).reasons).toEqual(['icon']);
    expect((await withIcon(undefined, icon.bytes)).reasons).toEqual(['icon']);
    // A URI that merely ends with the name, not at a path segment, is not ours.
    expect((await withIcon(`https://b/x${iconBlobName(icon)}`, undefined)).reasons).toEqual(['icon']);
  });
});

describe('applying the plan', () => {
  const apply = (plan: RegisterPlan, api: ConnectorApi, portalUrl?: string) => {
    const logs: string[] = [];
    return { logs, result: applyExport(plan, { api, portalUrl, log: (m) => logs.push(m) }) };
  };

  test('up to date: no call at all; the portal link names the environment, encoded', async () => {
    const connector = registered('shared_c', body(), { environment: { name: 'env 1/x' } });
    const { api, calls } = fakeApi([connector]);
    const { result } = apply(
      {
        kept: [],
        propertyChanges: [],
        action: 'up-to-date',
        connectorId: 'shared_c',
        connector,
        reasons: [],
        body: body(),
      },
      api,
      'https://portal.example//',
    );
    expect(await result).toEqual({
      action: 'up-to-date',
      connectorId: 'shared_c',
      connectorUrl: 'https://portal.example/environments/env%201%2Fx/customconnectors',
      connector,
      warnings: [],
    });
    expect(calls).toEqual([]);
  });

  test('create: icon uploaded first with its content type, then one POST, then read back', async () => {
    const { api, calls } = fakeApi();
    const { result, logs } = apply(
      { kept: [], propertyChanges: [], action: 'create', reasons: [], body: body({ displayName: 'Costs' }), icon },
      api,
    );
    const done = await result;
    const name = iconBlobName(icon);
    // After the create, a look by name for a connector another run created meanwhile.
    expect(calls).toEqual(['oid', 'storage oid-1', `upload ${name} image/png`, 'create', 'list', 'get shared_new']);
    expect(done.connector.properties).toMatchObject({
      iconUri: `https://blob.example/c/${name}`,
      displayName: 'Costs',
    });
    expect(done).toMatchObject({
      action: 'create',
      connectorId: 'shared_new',
      connectorUrl: 'https://make.powerapps.com/environments/Default-env/customconnectors',
    });
    expect(done).not.toHaveProperty('redirectUrl');
    expect(logs).toEqual(['Icon uploaded.', 'Connector shared_new created.']);
  });

  test('content types by extension', async () => {
    for (const [fileName, type] of [
      ['a.jpg', 'image/jpeg'],
      ['a.jpeg', 'image/jpeg'],
      ['a.svg', 'image/svg+xml'],
      ['a.gif', 'undefined'],
    ]) {
      const { api, calls } = fakeApi();
      await apply(
        {
          kept: [],
          propertyChanges: [],
          action: 'create',
          reasons: [],
          body: body({ displayName: 'C' }),
          icon: { ...icon, fileName },
        },
        api,
      ).result;
      expect(calls[2]).toMatch(new RegExp(`${type.replace('+', '\\+')}$`));
    }
  });

  test('update: no display name sent, the registered icon kept unless it changed', async () => {
    const stored = registered('shared_c', body(), { iconUri: 'https://kept/icon.png' });
    const sent: ConnectorBody[] = [];
    const fake = fakeApi([stored]);
    const update = fake.api.updateConnector;
    fake.api.updateConnector = async (id, b) => (sent.push(structuredClone(b)), update(id, b));
    const plan: RegisterPlan = {
      kept: [],
      propertyChanges: [],
      action: 'update',
      connectorId: 'shared_c',
      connector: stored,
      reasons: ['definition'],
      body: body({ displayName: 'Costs' }),
      icon,
    };
    const { logs, result } = apply(plan, fake.api);
    await result;
    expect(sent[0].properties).not.toHaveProperty('displayName');
    expect(sent[0].properties.iconUri).toBe('https://kept/icon.png');
    expect(fake.calls).toEqual(['update shared_c', 'get shared_c']);
    expect(logs).toEqual(['Connector shared_c updated.']);
    // The plan's body is not changed by applying it.
    expect(plan.body.properties.displayName).toBe('Costs');

    await apply({ ...plan, reasons: ['icon'] }, fake.api).result;
    expect(sent[1].properties.iconUri).toBe(`https://blob.example/c/${iconBlobName(icon)}`);
    const bare = { ...stored, properties: { ...stored.properties, iconUri: undefined } };
    await apply({ ...plan, connector: bare, icon: undefined }, fake.api).result;
    expect(sent[2].properties).not.toHaveProperty('iconUri');
  });

  test('OAuth without the client secret: a create is refused before any call, an update warns', async () => {
    const oauth = body({ apiProperties: oauthProperties(), displayName: 'Costs' });
    const { api, calls } = fakeApi([registered('shared_c', oauth)]);
    const refused = (await apply(
      { kept: [], propertyChanges: [], action: 'create', reasons: [], body: oauth },
      api,
    ).result.catch((e) => e)) as InputError;
    expect(refused.input).toBe('oauth-client-secret');
    expect(refused.message).toBe(
      "Input 'oauth-client-secret': is required to create a connector that signs in with OAuth.",
    );
    expect(refused.hint).toBe(
      "Store the connector app registration's client secret as a repository secret and pass it as oauth-client-secret.",
    );
    expect(calls).toEqual([]);
    const updated = await apply(
      { kept: [], propertyChanges: [], action: 'update', connectorId: 'shared_c', reasons: [], body: oauth },
      api,
    ).result;
    expect(updated.warnings).toEqual([
      'The connector was updated without oauth-client-secret: Power Apps should keep the stored client secret, but ' +
        'if sign-ins start failing, rerun with oauth-client-secret.',
    ]);
    const withSecret = body({ apiProperties: oauthProperties(), clientSecret: 's' });
    const quiet = await apply(
      { kept: [], propertyChanges: [], action: 'update', connectorId: 'shared_c', reasons: [], body: withSecret },
      api,
    ).result;
    expect(quiet.warnings).toEqual([]);
    const key = await apply(
      { kept: [], propertyChanges: [], action: 'update', connectorId: 'shared_c', reasons: [], body: body() },
      api,
    ).result;
    expect(key.warnings).toEqual([]);
  });

  test('the redirect URL of an OAuth connector is reported', async () => {
    const connector = registered('shared_c', body(), {
      connectionParameters: { token: { oAuthSettings: { redirectUrl: 'https://redirect/shared_c' } } },
    });
    const { api } = fakeApi([connector]);
    const done = await apply(
      { kept: [], propertyChanges: [], action: 'up-to-date', connector, reasons: [], body: body() },
      api,
    ).result;
    expect(done.redirectUrl).toBe('https://redirect/shared_c');
    expect(done.connectorId).toBe('shared_c');
    for (const connectionParameters of [
      { token: { oAuthSettings: { redirectUrl: 5 } } },
      { token: { oAuthSettings: 'x' } },
      { token: 'x' },
      undefined,
    ]) {
      const other = registered('shared_c', body(), { connectionParameters });
      expect(
        await apply(
          { kept: [], propertyChanges: [], action: 'up-to-date', connector: other, reasons: [], body: body() },
          api,
        ).result,
      ).not.toHaveProperty('redirectUrl');
    }
  });

  test('a connector not found right after the write is a service error that says to rerun', async () => {
    const fake = fakeApi([], { getConnector: async () => undefined });
    const error = (await apply(
      { kept: [], propertyChanges: [], action: 'create', reasons: [], body: body({ displayName: 'C' }) },
      fake.api,
    ).result.catch((e) => e)) as ServiceError;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.message).toBe(
      'Power Apps get connector: connector shared_new is not found right after it was written.',
    );
    expect(error.hint).toMatch(/Rerun the job/);
  });

  describe('a create whose answer is lost', () => {
    const failing = (error: unknown, afterwards: Connector[] = []) =>
      fakeApi([], {
        createConnector: async () => {
          afterwards.forEach((c) => fake.connectors.push(c));
          throw error;
        },
      });
    let fake: ReturnType<typeof fakeApi>;
    const create = (error: unknown, afterwards: Connector[] = [], displayName = 'Costs') => {
      fake = failing(error, afterwards);
      return apply(
        { kept: [], propertyChanges: [], action: 'create', reasons: [], body: body({ displayName }) },
        fake.api,
      );
    };
    const found = registered('shared_made', body(), { displayName: 'Costs' });

    test('a 5xx or no answer: the connector found by name is the one created', async () => {
      for (const status of [500, 503, undefined]) {
        const { result, logs } = create(new ServiceError('Power Apps', 'boom', { status }), [found]);
        expect((await result).connectorId).toBe('shared_made');
        expect(logs[0]).toMatch(
          /^Create failed \(Power Apps.*boom\); checking whether the connector was created anyway\.$/,
        );
      }
    });

    test('a 4xx, a non-service error, or no display name: rethrown without a look', async () => {
      const bad = new ServiceError('Power Apps', 'bad', { status: 400 });
      await expect(create(bad, [found]).result).rejects.toBe(bad);
      expect(fake.calls).not.toContain('list');
      const bug = new TypeError('bug');
      await expect(create(bug, [found]).result).rejects.toBe(bug);
      const lost = new ServiceError('Power Apps', 'lost');
      await expect(create(lost, [found], '').result).rejects.toBe(lost);
      expect(fake.calls).not.toContain('list');
    });

    test('none or two found, or the look fails: the create error is the one reported', async () => {
      const lost = new ServiceError('Power Apps', 'lost', { status: 502 });
      await expect(create(lost, []).result).rejects.toBe(lost);
      await expect(create(lost, [found, { ...found, name: 'shared_twin' }]).result).rejects.toBe(lost);
      fake = fakeApi([], {
        createConnector: async () => {
          throw lost;
        },
        listCustomConnectors: async () => {
          throw new ServiceError('Power Apps', 'list failed');
        },
      });
      await expect(
        apply(
          { kept: [], propertyChanges: [], action: 'create', reasons: [], body: body({ displayName: 'Costs' }) },
          fake.api,
        ).result,
      ).rejects.toBe(lost);
    });
  });
});
