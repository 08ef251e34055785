import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { readSettings } from '../src/inputs.ts';
import { runConnector, type ConnectorReport } from '../src/pipeline/runConnector.ts';
import { useNock } from './support/nock.ts';

/**
 * A connector folder whose paconn settings.json names the connector id and the environment it was deployed to,
 * against the `environment` input: the input decides the environment, and an id from another environment is not
 * used (a conflict is reported, not guessed). Express mode through a Power Apps API played by nock, dry run.
 */

useNock();

const BASE = 'https://api.powerapps.com';
const APIS = '/providers/Microsoft.PowerApps/apis';
const ID = 'shared_contoso-20things-5f0123456789abcd';
const SWAGGER = {
  swagger: '2.0',
  info: { title: 'Contoso Things', version: '1.0', description: 'Things.' },
  host: 'things.contoso.example',
  basePath: '/',
  schemes: ['https'],
  paths: {
    '/things': {
      get: {
        operationId: 'ListThings',
        summary: 'List things',
        description: 'Lists things.',
        responses: { 200: { description: 'OK' } },
      },
    },
  },
};
const TOKEN = `e30.${Buffer.from(JSON.stringify({ oid: 'caller', exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url')}.sig`;
const WARNING = (environment: string) =>
  `Input 'environment' is ${environment}, but connectors/things/settings.json names connector ${ID} in environment env-a: that id is not used, the connector is found by name in ${environment}.`;

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ce-settings-'));
  const folder = path.join(root, 'connectors', 'things');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'apiDefinition.swagger.json'), JSON.stringify(SWAGGER, null, 2));
  writeFileSync(path.join(folder, 'settings.json'), JSON.stringify({ connectorId: ID, environment: 'env-a' }, null, 2));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(inputs: Record<string, string>, stopAfter?: 'validate'): Promise<ConnectorReport> {
  const values: Record<string, string> = {
    definition: 'connectors/things',
    mode: 'express',
    auth: 'token',
    token: TOKEN,
    'dry-run': 'true',
    baseline: 'none',
    ...inputs,
  };
  const settings = readSettings({ get: (name) => values[name] ?? '' }, { GITHUB_WORKSPACE: root }, () => {});
  const result = await runConnector({
    settings,
    location: settings.definitions[0] as Extract<(typeof settings.definitions)[0], { kind: 'file' }>,
    env: { RUNNER_TEMP: path.join(root, '.temp') },
    getIdToken: async () => '',
    log: () => {},
    stopAfter,
  });
  if (result.status !== 'done') throw result.error;
  return result;
}

const registered = {
  name: ID,
  properties: { displayName: 'Contoso Things', isCustomApi: true, environment: { name: 'env-a' } },
};

describe("settings.json's connector id and environment against the environment input", () => {
  test('another environment: the input wins, the id is not used (the connector is found by name), and a warning says so', async () => {
    // Only the list by name is answered: a GET of the settings.json id would find no interceptor and fail the run.
    const list = nock(BASE)
      .get(APIS)
      .query({ 'api-version': '2016-11-01', $filter: "environment eq 'env-b'" })
      .reply(200, { value: [] });
    const report = await run({ environment: 'env-b' });
    list.done();
    const warnings = report.findings.filter((f) => f.rule === 'project-input-override');
    expect(warnings).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: WARNING('env-b'),
        file: 'connectors/things/settings.json',
        pointer: '/environment',
      }),
    ]);
    expect(report.exported).toMatchObject({ mode: 'express', dryRun: true, action: 'create', environment: 'env-b' });
  });

  test('the same environment: the id from settings.json is the connector updated, without a warning', async () => {
    const get = nock(BASE)
      .get(`${APIS}/${ID}`)
      .query({ 'api-version': '2016-11-01', $filter: "environment eq 'env-a'" })
      .reply(200, registered);
    const report = await run({ environment: 'env-a' });
    get.done();
    expect(report.findings.filter((f) => f.rule === 'project-input-override')).toEqual([]);
    expect(report.exported).toMatchObject({ mode: 'express', dryRun: true, action: 'update', connectorId: ID });
  });

  test('connector-id wins over settings.json without a warning, whatever environment the file names', async () => {
    const report = await run({ environment: 'env-b', 'connector-id': 'shared_other' }, 'validate');
    expect(report.findings.filter((f) => f.rule === 'project-input-override')).toEqual([]);
  });

  test('the Dataverse route reads no connector id: no warning about an environment it does not use', async () => {
    const report = await run({ 'environment-url': 'https://contoso.crm4.dynamics.com' }, 'validate');
    expect(report.findings.filter((f) => f.rule === 'project-input-override')).toEqual([]);
  });
});
