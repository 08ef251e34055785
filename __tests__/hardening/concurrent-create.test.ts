import { describe, expect, test } from '@jest/globals';
import { ServiceError } from '../../src/errors.ts';
import type { Connector, ConnectorApi, ConnectorBody } from '../../src/powerplatform/client.ts';
import { applyExport, planExport } from '../../src/powerplatform/register.ts';

/**
 * #14 item 9 (two express runs at once) and the create-once logic: a create is never sent twice, a lost answer is
 * checked by name, and a connector created by a concurrent run is reported after the create.
 */

const ENV = 'Default-72f988bf-86f1-41af-91ab-2d7cd011db47';
const NAME = 'Contoso Costs';

const swagger = () => ({
  swagger: '2.0',
  info: { title: NAME, version: '1.0' },
  host: 'costs.example',
  basePath: '/api',
  paths: {},
});
const body = (): ConnectorBody => ({
  properties: {
    displayName: NAME,
    openApiDefinition: swagger(),
    backendService: { serviceUrl: 'https://costs.example/api' },
  },
});

type CreateOutcome = 'ok' | 'lost-after-create' | 'lost-before-create' | 'refused' | 'malformed-after-create';

/** One Power Apps environment in memory, shared by the runs of a test; `creates` counts the POSTs. */
class Environment {
  readonly connectors: Connector[] = [];
  creates = 0;
  lists = 0;
  #next = 1;
  /** What each create does, first in first out; then 'ok'. */
  outcomes: CreateOutcome[] = [];
  /** Called between a run's plan and its create: another run can act there. */
  beforeCreate: () => Promise<void> = async () => {};

  api(): ConnectorApi {
    const make = (b: ConnectorBody): Connector => {
      const connector = { name: `shared_costs-${this.#next++}`, properties: { ...b.properties, isCustomApi: true } };
      this.connectors.push(connector);
      return connector;
    };
    return {
      environment: ENV,
      listCustomConnectors: async () => {
        this.lists++;
        return structuredClone(this.connectors);
      },
      getConnector: async (id) => structuredClone(this.connectors.find((c) => c.name === id)),
      createConnector: async (b) => {
        await this.beforeCreate();
        this.creates++;
        const outcome = this.outcomes.shift() ?? 'ok';
        if (outcome === 'refused') throw new ServiceError('Power Apps create connector', 'bad', { status: 400 });
        if (outcome === 'lost-before-create') throw new ServiceError('Power Apps create connector', 'no answer');
        const made = make(b);
        if (outcome === 'lost-after-create') {
          throw new ServiceError('Power Apps create connector', 'gateway', { status: 502 });
        }
        if (outcome === 'malformed-after-create') {
          throw new ServiceError('Power Apps create connector', 'the answer (HTTP 201) is not a connector.');
        }
        return structuredClone(made);
      },
      updateConnector: async () => {},
      callerObjectId: async () => 'oid',
      validateSwagger: async () => [],
      generateResourceStorage: async () => 'https://blob.example/c?sig=x',
      uploadBlob: async (_sas, file) => `https://blob.example/c/${file}`,
      downloadOriginalSwagger: async () => undefined,
      downloadIcon: async () => undefined,
    };
  }
}

async function exportOnce(env: Environment) {
  const api = env.api();
  const plan = await planExport({ api, displayName: NAME, swagger: swagger(), body: body() });
  return applyExport(plan, { api });
}

describe('two express runs at once', () => {
  test('both plan a create; the second create is seen by the first run, which reports both ids and the fix', async () => {
    const env = new Environment();
    // Both runs plan before either creates: the window a concurrency group closes.
    let planned = 0;
    let release: () => void = () => {};
    const bothPlanned = new Promise<void>((resolve) => (release = resolve));
    env.beforeCreate = async () => {
      if (++planned === 2) release();
      await bothPlanned;
    };
    const [a, b] = await Promise.all([exportOnce(env), exportOnce(env)]);
    expect(env.creates).toBe(2);
    expect(env.connectors).toHaveLength(2);
    const ids = env.connectors.map((c) => c.name);
    // Each run names its own connector as this run's, and the other one.
    for (const [result, other] of [
      [a, b],
      [b, a],
    ] as const) {
      expect(result.action).toBe('create');
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toContain(
        `now has 2 (${result.connectorId}, created by this run; ${other.connectorId})`,
      );
      expect(result.warnings[0]).toMatch(/concurrency/);
      expect(result.warnings[0]).toMatch(/connector-id/);
    }
    expect(new Set([a.connectorId, b.connectorId])).toEqual(new Set(ids));
  });

  test('one run alone: the look after the create finds only its connector and warns of nothing', async () => {
    const env = new Environment();
    const result = await exportOnce(env);
    expect(result.warnings).toEqual([]);
    expect(env.lists).toBe(2); // the plan's look and the look after the create
  });

  test('a second run after the first finds the connector and updates it instead of creating', async () => {
    const env = new Environment();
    await exportOnce(env);
    const second = await exportOnce(env);
    expect(second.action).not.toBe('create');
    expect(env.creates).toBe(1);
  });
});

describe('create once', () => {
  test('a 502 after the connector was made: found by name, not POSTed again', async () => {
    const env = new Environment();
    env.outcomes = ['lost-after-create'];
    const result = await exportOnce(env);
    expect(env.creates).toBe(1);
    expect(result.connectorId).toBe(env.connectors[0].name);
  });

  test('a malformed success answer counts as lost: found by name, not POSTed again', async () => {
    const env = new Environment();
    env.outcomes = ['malformed-after-create'];
    const result = await exportOnce(env);
    expect(env.creates).toBe(1);
    expect(result.connectorId).toBe(env.connectors[0].name);
  });

  test('no answer and no connector by that name: the create error is thrown, not a second POST', async () => {
    const env = new Environment();
    env.outcomes = ['lost-before-create'];
    await expect(exportOnce(env)).rejects.toThrow('no answer');
    expect(env.creates).toBe(1);
    expect(env.connectors).toHaveLength(0);
  });

  test('a 4xx is the answer: thrown at once, no look by name', async () => {
    const env = new Environment();
    env.outcomes = ['refused'];
    await expect(exportOnce(env)).rejects.toMatchObject({ status: 400 });
    expect(env.creates).toBe(1);
    expect(env.lists).toBe(1); // the plan's only
  });
});
