import { describe, expect, test } from '@jest/globals';
import nock from 'nock';
import { buildApiProperties } from '../src/connector/apiProperties.ts';
import { readSecurity } from '../src/connector/security.ts';
import { connectorColumns, type SolutionConnector } from '../src/connector/solution.ts';
import { InputError, ServiceError } from '../src/errors.ts';
import {
  DataverseClient,
  type AsyncOperation,
  type ConnectorRow,
  type DataverseApi,
  type StageResult,
} from '../src/powerplatform/dataverse.ts';
import { applySolutionImport, planSolutionImport } from '../src/powerplatform/solutionImport.ts';
import { SECURITY_FIXTURES } from './support/connector-fixtures.ts';
import { useNock } from './support/nock.ts';
import { unzip } from './support/unzip.ts';

useNock();

const ORG = 'https://contoso.crm4.dynamics.com';
const API = '/api/data/v9.2';
const ROW_ID = '0b8f3d8e-8a5e-4c7e-9f3a-1d2c3b4a5f60';

function makeClient() {
  const sleeps: number[] = [];
  const scopes: string[] = [];
  const client = new DataverseClient({
    url: `${ORG}/`,
    clientId: 'app-1',
    credential: {
      getToken: async (scope) => {
        scopes.push(String(scope));
        return { token: 'dv-token', expiresOnTimestamp: Date.now() + 3600_000 };
      },
    },
    retry: { maxRetries: 2, maxDelayMs: 10_000, baseDelayMs: 10 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { client, sleeps, scopes };
}

async function errorOf(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return error as ServiceError;
  }
  throw new Error('expected a ServiceError');
}

describe('DataverseClient', () => {
  test('reads a connector by schema name with the token for the environment', async () => {
    const scope = nock(ORG, { reqheaders: { authorization: 'Bearer dv-token', 'odata-version': '4.0' } })
      .get(`${API}/connectors`)
      .query((q) => q.$filter === "name eq 'new_it''s'" && String(q.$select).includes('openapidefinition'))
      .reply(200, { value: [{ connectorid: ROW_ID, name: "new_it's" }] });
    const { client, scopes } = makeClient();
    expect(await client.findConnector("new_it's")).toEqual({ connectorid: ROW_ID, name: "new_it's" });
    expect(scopes).toEqual([`${ORG}/.default`]);
    scope.done();
  });

  test('429 with Retry-After waits as asked, then succeeds', async () => {
    nock(ORG)
      .get(`${API}/solutions`)
      .query(true)
      .reply(429, { error: { code: '0x80072322', message: 'Rate limit.' } }, { 'retry-after': '3' })
      .get(`${API}/solutions`)
      .query(true)
      .reply(200, { value: [] });
    const { client, sleeps } = makeClient();
    expect(await client.findSolution('Tasks')).toBeUndefined();
    expect(sleeps).toEqual([3000]);
  });

  test('429 beyond the wait budget: the error names the wait and says to rerun later', async () => {
    nock(ORG)
      .get(`${API}/solutions`)
      .query(true)
      .reply(429, { error: { code: '0x80072322', message: 'Rate limit.' } }, { 'retry-after': '600' });
    const error = await errorOf(makeClient().client.findSolution('Tasks'));
    expect(error.status).toBe(429);
    expect(error.hint).toMatch(/asked to wait 600 s.*rerun later/);
  });

  test('403 (no role) and a missing application user both give the admin-center steps', async () => {
    nock(ORG)
      .get(`${API}/connectors`)
      .query(true)
      .reply(403, { error: { code: '0x80040220', message: 'Principal user is missing prvReadconnector privilege.' } })
      .get(`${API}/connectors`)
      .query(true)
      .reply(401, { error: { code: '0x80072560', message: 'The user is not a member of the organization.' } });
    const { client } = makeClient();
    for (const status of [403, 401]) {
      const error = await errorOf(client.findConnector('new_x'));
      expect(error.status).toBe(status);
      expect(error.message).toMatch(/^Dataverse read connector \((403 0x80040220|401 0x80072560)\)/);
      expect(error.hint).toContain('Make the app registration (client id app-1) an application user of');
      expect(error.hint).toContain('Application users -> + New app user');
    }
  });

  test('an environment without the connector table is named', async () => {
    nock(ORG)
      .get(`${API}/connectors`)
      .query(true)
      .reply(404, { error: { code: '0x80060888', message: "Resource not found for the segment 'connectors'." } });
    const error = await errorOf(makeClient().client.findConnector('new_x'));
    expect(error.hint).toMatch(/no connector table.*use 'environment'/);
  });

  test('ImportSolutionAsync is not sent twice when its answer is a server error', async () => {
    const scope = nock(ORG)
      .post(`${API}/ImportSolutionAsync`, {
        OverwriteUnmanagedCustomizations: true,
        PublishWorkflows: true,
        SolutionParameters: { StageSolutionUploadId: 'u1' },
      })
      .reply(502, 'Bad gateway');
    const error = await errorOf(makeClient().client.importSolutionAsync('u1'));
    expect(error.status).toBe(502);
    scope.done();
  });

  test('the environment id comes from RetrieveCurrentOrganization; an answer without one is an error', async () => {
    nock(ORG, { reqheaders: { authorization: 'Bearer dv-token' } })
      .get(`${API}/RetrieveCurrentOrganization(AccessType=@p1)`)
      .query({ '@p1': "Microsoft.Dynamics.CRM.EndpointAccessType'Default'" })
      .reply(200, { Detail: { OrganizationId: ROW_ID, EnvironmentId: 'Default-72f988bf-86f1-41af-91ab-2d7cd011db47' } })
      .get(`${API}/RetrieveCurrentOrganization(AccessType=@p1)`)
      .query(true)
      .reply(200, { Detail: { EnvironmentId: "x' or 1" } });
    const { client } = makeClient();
    expect(await client.environmentId()).toBe('Default-72f988bf-86f1-41af-91ab-2d7cd011db47');
    expect((await errorOf(client.environmentId())).message).toBe(
      'Dataverse read organization: the answer has no environment id.',
    );
  });

  test('StageSolution sends the zip as base64 and returns the results', async () => {
    nock(ORG)
      .post(`${API}/StageSolution`, { CustomizationFile: Buffer.from('zip').toString('base64') })
      .reply(200, { StageSolutionResults: { StageSolutionStatus: 'Passed', StageSolutionUploadId: 'u1' } });
    expect(await makeClient().client.stageSolution(Buffer.from('zip'))).toEqual({
      StageSolutionStatus: 'Passed',
      StageSolutionUploadId: 'u1',
    });
  });
});

/** A Dataverse in memory: one optional connector row and solution, scripted stage and import answers. */
class MemoryDataverse implements DataverseApi {
  readonly url = ORG;
  row?: ConnectorRow;
  icon?: string;
  solution?: { version: string; ismanaged: boolean };
  variableType?: number;
  stageResult: StageResult = { StageSolutionStatus: 'Passed', StageSolutionUploadId: 'u1' };
  operations: AsyncOperation[] = [{ statecode: 3, statuscode: 30, completedon: 'now' }];
  errors: string[] = [];
  staged?: Uint8Array;

  async findConnector() {
    return this.row;
  }
  async connectorIcon() {
    return this.icon;
  }
  async findSolution(uniquename: string) {
    return this.solution && { solutionid: 's', uniquename, ...this.solution };
  }
  async environmentVariableType() {
    return this.variableType;
  }
  async stageSolution(zip: Uint8Array) {
    this.staged = zip;
    return this.stageResult;
  }
  async importSolutionAsync() {
    return { asyncOperationId: 'op', importJobKey: 'job' };
  }
  async asyncOperation() {
    return this.operations.length > 1 ? this.operations.shift()! : this.operations[0];
  }
  async importProgress() {
    return 25;
  }
  async environmentId() {
    return 'env-1';
  }
  async importResult() {
    return { Status: this.errors.length ? 'Failed' : 'Passed', ErrorMessages: this.errors, WarningMessages: ['w1'] };
  }
}

const connector = (security = SECURITY_FIXTURES['oauth2 generic']): SolutionConnector => ({
  displayName: 'Contoso Tasks',
  definition: { swagger: '2.0', info: { title: 'Contoso Tasks', description: 'Tasks' }, paths: {} },
  properties: buildApiProperties(readSecurity(security), { oauthClientId: 'c1' }).properties,
  icon: Buffer.from('png'),
});
const solution = { uniqueName: 'ContosoTasks', publisherPrefix: 'new', version: '1.0.7.1' };

/** The row Dataverse holds after importing `c`: secrets emptied. */
function registeredRow(c: SolutionConnector): ConnectorRow {
  const columns = connectorColumns(c);
  const parameters = JSON.parse(String(columns.connectionparameters));
  if (parameters.token?.oAuthSettings) parameters.token.oAuthSettings.clientSecret = '';
  return {
    connectorid: ROW_ID,
    connectorinternalid: 'shared_new-5fcontoso-20tasks-5fabc',
    name: 'new_contoso-20tasks',
    description: 'Tasks',
    iconbrandcolor: '#007ee5',
    openapidefinition: String(columns.openapidefinition),
    connectionparameters: JSON.stringify(parameters),
    policytemplateinstances: 'null',
  };
}

describe('planSolutionImport', () => {
  const plan = (dataverse: MemoryDataverse, extra: object = {}) =>
    planSolutionImport({ dataverse, connector: connector(), solution, log: () => {}, ...extra });

  test('create: a new connector gets the id derived from its schema name', async () => {
    const p = await plan(new MemoryDataverse());
    expect(p).toMatchObject({ action: 'create', schemaName: 'new_contoso-20tasks', version: '1.0.7.1' });
    expect(p.connectorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(p.entries.find((e) => e.name === 'customizations.xml')?.content).toContain(`<connectorid>${p.connectorId}`);
  });

  test('up to date: the registered row equals ours (its emptied secret and members the platform adds aside)', async () => {
    const dv = new MemoryDataverse();
    dv.row = registeredRow(connector());
    const parameters = JSON.parse(dv.row.connectionparameters!);
    parameters.token.oAuthSettings.addedByThePlatform = true;
    dv.row.connectionparameters = JSON.stringify(parameters);
    dv.icon = Buffer.from('png').toString('base64');
    dv.solution = { version: '1.0.7.1', ismanaged: false };
    const p = await plan(dv);
    expect(p).toMatchObject({ action: 'up-to-date', reasons: [], connectorId: ROW_ID });
    expect(p.registeredDefinition).toEqual(connector().definition);
  });

  test('update: keeps the registered connector id, names what differs, raises the version above the installed one', async () => {
    const dv = new MemoryDataverse();
    dv.row = { ...registeredRow(connector()), description: 'Old', iconbrandcolor: '#000000' };
    dv.solution = { version: '1.0.9.3', ismanaged: false };
    const p = await plan(dv);
    expect(p).toMatchObject({ action: 'update', connectorId: ROW_ID, version: '1.0.9.4' });
    expect(p.reasons).toEqual(['description', 'iconbrandcolor', 'icon']);
    expect(p.entries.find((e) => e.name === 'solution.xml')?.content).toContain('<Version>1.0.9.4</Version>');
  });

  test('a managed solution of that name is refused with the input named', async () => {
    const dv = new MemoryDataverse();
    dv.solution = { version: '1.0.0.0', ismanaged: true };
    await expect(plan(dv)).rejects.toMatchObject({ input: 'solution' });
  });

  test('oauth-client-secret-variable: must exist as a secret variable; then the connector refers to it', async () => {
    const dv = new MemoryDataverse();
    await expect(plan(dv, { secretVariable: 'new_S' })).rejects.toThrow(/no environment variable 'new_S'/);
    dv.variableType = 100000000;
    await expect(plan(dv, { secretVariable: 'new_S' })).rejects.toThrow(/not a secret environment variable/);
    dv.variableType = 100000005;
    const p = await plan(dv, { secretVariable: 'new_S' });
    const file = p.entries.find((e) => e.name.endsWith('_connectionparameters.json'))!;
    expect(JSON.parse(String(file.content)).token.oAuthSettings.clientSecret).toBe('@environmentVariables("new_S")');
    const apiKey = planSolutionImport({
      dataverse: dv,
      connector: connector(SECURITY_FIXTURES['apiKey header']),
      solution,
      secretVariable: 'new_S',
      log: () => {},
    });
    await expect(apiKey).rejects.toBeInstanceOf(InputError);
  });
});

describe('applySolutionImport', () => {
  const apply = async (dv: MemoryDataverse, timeoutMs = 60_000) => {
    const p = await planSolutionImport({ dataverse: dv, connector: connector(), solution, log: () => {} });
    dv.row = registeredRow(connector()); // what the import leaves
    const logs: string[] = [];
    let clock = 0;
    const result = applySolutionImport(p, {
      dataverse: dv,
      timeoutMs,
      log: (m) => logs.push(m),
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    return { result, logs };
  };

  test('stages the zip, waits with progress, returns the read-back ids and the warnings', async () => {
    const dv = new MemoryDataverse();
    dv.operations = [
      { statecode: 2, statuscode: 20 },
      { statecode: 3, statuscode: 30, completedon: 'now' },
    ];
    const { result, logs } = await apply(dv);
    expect(await result).toEqual({
      connectorId: ROW_ID,
      connectorInternalId: 'shared_new-5fcontoso-20tasks-5fabc',
      version: '1.0.7.1',
      warnings: ['w1'],
    });
    expect(logs).toContain('Import in progress, 25%.');
    expect((await unzip(Buffer.from(dv.staged!))).map((e) => e.name)).toContain('solution.xml');
  });

  test('validation results and missing dependencies refuse the import before it starts', async () => {
    const dv = new MemoryDataverse();
    dv.stageResult = {
      StageSolutionStatus: 'Failed',
      SolutionValidationResults: [{ SolutionValidationResultType: 'Error', Message: 'Bad connector.', ErrorCode: 42 }],
    };
    await expect((await apply(dv)).result).rejects.toThrow(/ContosoTasks was refused: Bad connector\. \(42\)/);
    dv.stageResult = {
      StageSolutionStatus: 'Passed',
      StageSolutionUploadId: 'u',
      MissingDependencies: [{ RequiredComponentSchemaName: 'new_S', RequiredComponentType: 380 }],
    };
    await expect((await apply(dv)).result).rejects.toThrow(
      /needs components the environment lacks: new_S \(type 380\)/,
    );
  });

  test('a failed import reports the operation and job messages', async () => {
    const dv = new MemoryDataverse();
    dv.operations = [{ statecode: 3, statuscode: 31, friendlymessage: 'Import failed.', completedon: 'now' }];
    dv.errors = ['Operation X has no response.'];
    await expect((await apply(dv)).result).rejects.toThrow(
      'the import of ContosoTasks 1.0.7.1 failed: Import failed. Operation X has no response.',
    );
  });

  test('the wait is bounded: an import still running at the deadline fails with what to do', async () => {
    const dv = new MemoryDataverse();
    dv.operations = [{ statecode: 2, statuscode: 20 }];
    const error = await errorOf((await apply(dv, 30_000)).result);
    expect(error.message).toMatch(/did not finish within 30 s \(async operation op: in progress\)/);
    expect(error.hint).toMatch(/raise 'import-timeout'/);
  });
});
