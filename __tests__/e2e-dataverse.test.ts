/**
 * Express mode through Dataverse end to end: dist/index.js as a child process signs in as a service principal
 * (GitHub OIDC or a client secret) at a local Microsoft Entra ID, and imports the connector as a solution into a
 * local Dataverse Web API. The fake Dataverse unpacks the uploaded zip and refuses it where the platform would,
 * imports it into its `connectors` table, and answers the async operation and the import result.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import { buildSolution, connectorSchemaName, type SolutionEntry } from '../src/connector/solution.ts';
import { zipEntries } from '../src/connector/zip.ts';
import { escapeMarkdown } from '../src/report/markdown.ts';
import {
  expectNoSecretLeak,
  idTokenEnv,
  jwt,
  LocalHttpsServer,
  makeCertificate,
  opensslMissing,
  signInReply,
  unique,
  type Certificate,
  type Recorded,
  type Reply,
  type SignIn,
} from './support/localCloud.ts';
import { runAction, type ActionRun } from './support/runAction.ts';
import { repoRoot } from './support/shared.ts';
import { unzip } from './support/unzip.ts';

const FIXTURES = path.join(repoRoot, '__tests__', 'fixtures', 'express');
const V1 = path.join(FIXTURES, 'tasks.v1.json');
const V2 = path.join(FIXTURES, 'tasks.v2.json');
const ICON = path.join(FIXTURES, 'icon.png');

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const OAUTH_CLIENT_ID = 'connector-app-0001';
const SCHEMA_NAME = 'new_contoso-20tasks';
const API = '/api/data/v9.2';
/** The environment as the Power Apps API names it, and the connector's redirect URL there. */
const ENVIRONMENT_ID = 'Default-11111111-2222-3333-4444-555555555555';
const INTERNAL_ID = 'shared_new-5fcontoso-20tasks-5f0123456789abcd';
const REDIRECT_URL = `https://global.consent.azure-apim.net/redirect/${INTERNAL_ID.replace(/^shared_/, '')}`;
const POWER_APPS_SCOPE = 'https://service.powerapps.com/.default';

const SECRETS = {
  clientSecret: unique('entra-client-secret'),
  oauthClientSecret: unique('connector-oauth-secret'),
  idTokenRequestToken: unique('id-token-request-token'),
  idToken: jwt({
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'api://AzureADTokenExchange',
    jti: unique('id'),
  }),
  accessToken: jwt({ aud: 'dataverse', tid: TENANT, jti: unique('at') }),
  /** Text a refusing service sends back: the run must not repeat it. */
  echoed: unique('service-echo'),
};

type Row = Record<string, string | null>;
type Outcome = 'succeed' | 'fail' | 'never';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
/** A value or the list of them, as a list. */
const all = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * Entra ID, the ID-token service, the Dataverse Web API and the Power Apps API's connector read on one https
 * server. Its `connectors` and `solutions` tables change only through a solution import.
 */
class FakeDataverse extends LocalHttpsServer {
  readonly connectors = new Map<string, Row>();
  readonly solutions = new Map<string, { solutionid: string; version: string; ismanaged: boolean }>();
  readonly variables = new Map<string, number>();
  /** What the next import does. */
  outcome: Outcome = 'succeed';
  /** Answer every Dataverse call with this instead (the application user's role, say). */
  refuse?: Reply;
  /** Answer the Power Apps API with this instead (a service principal refused there, say). */
  refusePowerApps?: Reply;
  readonly #staged = new Map<string, { files: Map<string, Buffer>; solution: Record<string, unknown> }>();
  readonly #operations = new Map<string, { polls: number; outcome: Outcome; job: string }>();

  constructor(tls: { key: Buffer; cert: Buffer }) {
    super(tls, (r) => this.#route(r));
  }

  get signIn(): SignIn {
    return {
      tenant: TENANT,
      clientId: CLIENT_ID,
      scope: [`${this.origin}/.default`, POWER_APPS_SCOPE],
      clientSecret: SECRETS.clientSecret,
      idTokenRequestToken: SECRETS.idTokenRequestToken,
      idToken: SECRETS.idToken,
      accessToken: SECRETS.accessToken,
    };
  }

  override reset(): void {
    super.reset();
    this.connectors.clear();
    this.solutions.clear();
    this.variables.clear();
    this.outcome = 'succeed';
    this.refuse = undefined;
    this.refusePowerApps = undefined;
  }

  /** The Dataverse calls (not the sign-in), as `METHOD /path` without the API prefix. */
  calls(): string[] {
    return this.requests
      .filter((r) => r.path.startsWith('/api/data/'))
      .map((r) => `${r.method} ${r.path.replace(/^\/api\/data\/v9\.\d/, '')}`);
  }

  /** The Power Apps API calls, as `METHOD /apis/<id> <environment filter>`. */
  powerAppsCalls(): string[] {
    return this.requests
      .filter((r) => r.path.startsWith('/providers/'))
      .map((r) => `${r.method} ${r.path.replace(/^\/providers\/Microsoft\.PowerApps/, '')} ${r.query.get('$filter')}`);
  }

  async #route(r: Recorded): Promise<Reply> {
    const signIn = signInReply(r, this.origin, this.signIn);
    if (signIn) return signIn;
    if (r.path.startsWith('/providers/Microsoft.PowerApps/')) return this.#powerApps(r);
    if (!r.path.startsWith('/api/data/')) return { status: 404 };
    if (r.headers.authorization !== `Bearer ${SECRETS.accessToken}`) {
      return { status: 401, body: { error: { code: '0x80090', message: 'Bearer token refused.' } } };
    }
    if (this.refuse) return this.refuse;
    const at = r.path.replace(/^\/api\/data\/v9\.\d/, '');
    const filter = r.query.get('$filter') ?? '';
    const eq = (column: string) => new RegExp(`^${column} eq '(.*)'$`).exec(filter)?.[1]?.replace(/''/g, "'");
    if (r.method === 'GET' && at === '/connectors') {
      const row = this.connectors.get(eq('name') ?? '');
      return { status: 200, body: { value: row ? [select(row, r.query.get('$select'))] : [] } };
    }
    const byId = /^\/connectors\(([0-9a-f-]{36})\)$/.exec(at);
    if (r.method === 'GET' && byId) {
      const row = [...this.connectors.values()].find((c) => c.connectorid === byId[1]);
      return row ? { status: 200, body: select(row, r.query.get('$select')) } : { status: 404, body: {} };
    }
    if (r.method === 'GET' && at === '/solutions') {
      const name = eq('uniquename') ?? '';
      const row = this.solutions.get(name);
      return { status: 200, body: { value: row ? [{ ...row, uniquename: name }] : [] } };
    }
    if (r.method === 'GET' && at === '/environmentvariabledefinitions') {
      const type = this.variables.get(eq('schemaname') ?? '');
      return { status: 200, body: { value: type === undefined ? [] : [{ schemaname: eq('schemaname'), type }] } };
    }
    if (r.method === 'POST' && at === '/StageSolution') {
      const { CustomizationFile } = JSON.parse(r.body) as { CustomizationFile: string };
      return {
        status: 200,
        body: { StageSolutionResults: await this.stage(Buffer.from(CustomizationFile, 'base64')) },
      };
    }
    if (r.method === 'POST' && at === '/ImportSolutionAsync') {
      const { SolutionParameters } = JSON.parse(r.body) as { SolutionParameters: { StageSolutionUploadId: string } };
      const staged = this.#staged.get(SolutionParameters.StageSolutionUploadId);
      if (!staged) return { status: 400, body: { error: { code: '0x80048d19', message: 'Unknown upload id.' } } };
      const id = randomUUID();
      const job = randomUUID();
      this.#operations.set(id, { polls: 0, outcome: this.outcome, job });
      if (this.outcome === 'succeed') this.#import(staged);
      return { status: 200, body: { AsyncOperationId: id, ImportJobKey: job } };
    }
    const operation = /^\/asyncoperations\(([0-9a-f-]{36})\)$/.exec(at);
    if (r.method === 'GET' && operation) {
      const op = this.#operations.get(operation[1]);
      if (!op) return { status: 404, body: { error: { code: '0x80040217', message: 'No such operation.' } } };
      // Running on the first poll, so that the action waits and logs progress.
      if (op.outcome === 'never' || op.polls++ === 0) return { status: 200, body: { statecode: 2, statuscode: 20 } };
      return op.outcome === 'succeed'
        ? { status: 200, body: { statecode: 3, statuscode: 30, completedon: new Date().toISOString() } }
        : {
            status: 200,
            body: { statecode: 3, statuscode: 31, message: 'Import failed.', completedon: new Date().toISOString() },
          };
    }
    if (r.method === 'GET' && at === '/RetrieveCurrentOrganization(AccessType=@p1)') {
      if (r.query.get('@p1') !== "Microsoft.Dynamics.CRM.EndpointAccessType'Default'") return { status: 400 };
      return { status: 200, body: { Detail: { EnvironmentId: ENVIRONMENT_ID, UrlName: 'contoso' } } };
    }
    if (r.method === 'GET' && /^\/importjobs\([0-9a-f-]{36}\)$/.test(at))
      return { status: 200, body: { progress: 40 } };
    const result = /^\/RetrieveSolutionImportResult\(ImportJobId=([0-9a-f-]{36})\)$/.exec(at);
    if (r.method === 'GET' && result) {
      const failed = [...this.#operations.values()].find((o) => o.job === result[1])?.outcome === 'fail';
      return {
        status: 200,
        body: {
          SolutionOperationResult: failed
            ? {
                Status: 'Failed',
                WarningMessages: [],
                ErrorMessages: ['The connector definition is invalid: operation ListTasks has no response.'],
              }
            : { Status: 'Passed', WarningMessages: [], ErrorMessages: [] },
        },
      };
    }
    return {
      status: 404,
      body: { error: { code: '0x80060888', message: `Resource not found for the segment '${at}'.` } },
    };
  }

  /**
   * The Power Apps API's view of an imported connector (by its internal id, in the environment): its connection
   * parameters with the per-connector redirect URL the platform assigns.
   */
  #powerApps(r: Recorded): Reply {
    if (r.headers.authorization !== `Bearer ${SECRETS.accessToken}`) return { status: 401, body: {} };
    if (this.refusePowerApps) return this.refusePowerApps;
    const id = /^\/providers\/Microsoft\.PowerApps\/apis\/([^/]+)$/.exec(r.path)?.[1];
    const row = [...this.connectors.values()].find((c) => c.connectorinternalid === id);
    if (r.method !== 'GET' || !row || r.query.get('$filter') !== `environment eq '${ENVIRONMENT_ID}'`) {
      return { status: 404, body: { error: { code: 'ConnectorNotFound', message: 'Not found.' } } };
    }
    const parameters = JSON.parse(row.connectionparameters ?? '{}') as { token?: { oAuthSettings?: object } };
    if (parameters.token?.oAuthSettings) {
      parameters.token.oAuthSettings = { ...parameters.token.oAuthSettings, redirectUrl: REDIRECT_URL };
    }
    return {
      status: 200,
      body: {
        name: id,
        properties: { displayName: row.displayname, isCustomApi: true, connectionParameters: parameters },
      },
    };
  }

  /** StageSolution: unpack the zip and refuse it where the platform would; else keep it for the import. */
  async stage(zip: Buffer): Promise<Record<string, unknown>> {
    const refused = (Message: string) => ({
      StageSolutionStatus: 'Failed',
      SolutionValidationResults: [{ SolutionValidationResultType: 'Error', Message, ErrorCode: -2147188475 }],
      MissingDependencies: [],
    });
    const files = new Map((await unzip(zip)).map((e) => [e.name, e.content]));
    for (const name of ['[Content_Types].xml', 'solution.xml', 'customizations.xml']) {
      if (!files.has(name)) return refused(`The solution file is missing ${name}.`);
    }
    const manifest = xml.parse(files.get('solution.xml')!.toString('utf8')).ImportExportXml.SolutionManifest;
    const customizations = xml.parse(files.get('customizations.xml')!.toString('utf8')).ImportExportXml;
    const root = all<Record<string, string>>(manifest.RootComponents?.RootComponent).find((c) => c['@type'] === '372');
    if (!root) return refused('The solution has no root component of type 372 (connector).');
    const connector = all<Record<string, unknown>>(customizations.Connectors?.Connector)[0];
    if (!connector) return refused('customizations.xml has no connector.');
    if (root['@id'].replace(/[{}]/g, '') !== connector.connectorid) {
      return refused(`Root component ${root['@id']} is not the connector ${String(connector.connectorid)}.`);
    }
    const prefix = String(manifest.Publisher.CustomizationPrefix);
    if (!String(connector.name).startsWith(`${prefix}_`) || root['@schemaName'] !== connector.name) {
      return refused(`The connector name ${String(connector.name)} does not carry the publisher prefix ${prefix}.`);
    }
    for (const [column, value] of Object.entries(connector)) {
      if (typeof value === 'string' && value.startsWith('/Connector/') && !files.has(value.slice(1))) {
        return refused(`The file ${value} of column ${column} is not in the solution.`);
      }
    }
    const installed = this.solutions.get(String(manifest.UniqueName));
    if (installed && compare(String(manifest.Version), installed.version) < 0) {
      return refused(`Version ${String(manifest.Version)} is older than the installed ${installed.version}.`);
    }
    const id = randomUUID();
    this.#staged.set(id, { files, solution: { manifest, connector } });
    return {
      StageSolutionStatus: 'Passed',
      StageSolutionUploadId: id,
      SolutionValidationResults: [],
      MissingDependencies: [],
      SolutionDetails: { SolutionUniqueName: manifest.UniqueName, SolutionVersion: manifest.Version, IsManaged: false },
    };
  }

  /** The import: the connector row by connectorid (secrets emptied, as Dataverse does), the solution's version. */
  #import(staged: { files: Map<string, Buffer>; solution: Record<string, unknown> }): void {
    const manifest = staged.solution.manifest as Record<string, unknown>;
    const c = staged.solution.connector as Record<string, string>;
    const file = (column: string) => (c[column] ? staged.files.get(c[column].slice(1)) : undefined);
    const parameters = JSON.parse(file('connectionparameters')?.toString('utf8') ?? '{}') as {
      token?: { oAuthSettings?: Record<string, unknown> };
    };
    if (parameters.token?.oAuthSettings && 'clientSecret' in parameters.token.oAuthSettings) {
      parameters.token.oAuthSettings.clientSecret = '';
    }
    const existing = this.connectors.get(c.name);
    this.connectors.set(c.name, {
      connectorid: c.connectorid,
      connectorinternalid: existing?.connectorinternalid ?? `shared_${c.name.replace(/_/, '-5f')}-5f0123456789abcd`,
      name: c.name,
      displayname: c.displayname,
      description: c.description,
      iconbrandcolor: c.iconbrandcolor,
      openapidefinition: file('openapidefinition')?.toString('utf8') ?? null,
      connectionparameters: JSON.stringify(parameters),
      policytemplateinstances: file('policytemplateinstances')?.toString('utf8') ?? null,
      iconblob: file('iconblob')?.toString('base64') ?? null,
    });
    const name = String(manifest.UniqueName);
    this.solutions.set(name, {
      solutionid: this.solutions.get(name)?.solutionid ?? randomUUID(),
      version: String(manifest.Version),
      ismanaged: false,
    });
  }
}

function select(row: Row, columns: string | null): Row {
  if (!columns) return row;
  return Object.fromEntries(columns.split(',').map((c) => [c, row[c] ?? null]));
}

function compare(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

const skipReason = opensslMissing();
if (skipReason) console.warn(`Skipping the Dataverse end-to-end tests: ${skipReason}.`);
const describeIf = skipReason ? describe.skip : describe;

describeIf('express mode through Dataverse end to end (dist/index.js against local Entra ID and Dataverse)', () => {
  let certificate: Certificate;
  let dataverse: FakeDataverse;
  const leftovers: string[] = [];

  beforeAll(async () => {
    certificate = await makeCertificate();
    dataverse = new FakeDataverse(certificate);
    await dataverse.start();
  });

  afterEach(async () => {
    dataverse.reset();
    for (const dir of leftovers.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await dataverse?.stop();
    await certificate?.remove();
  });

  /** One run in a fresh checkout holding `api/swagger.json` and `api/icon.png`. */
  async function express(options: {
    definition: string;
    auth?: 'client-secret' | 'oidc';
    inputs?: Record<string, string>;
    env?: Record<string, string>;
  }): Promise<ActionRun> {
    const workspace = await mkdtemp(path.join(tmpdir(), 'connector-export-checkout-'));
    leftovers.push(workspace);
    await mkdir(path.join(workspace, 'api'));
    await copyFile(options.definition, path.join(workspace, 'api', 'swagger.json'));
    await copyFile(ICON, path.join(workspace, 'api', 'icon.png'));
    const auth = options.auth ?? 'oidc';
    const run = await runAction({
      inputs: {
        definition: 'api/swagger.json',
        mode: 'express',
        'environment-url': dataverse.origin,
        'powerapps-url': dataverse.origin,
        'tenant-id': TENANT,
        'client-id': CLIENT_ID,
        'authority-host': dataverse.origin,
        'oauth-client-id': OAUTH_CLIENT_ID,
        icon: 'api/icon.png',
        'dry-run': 'false',
        comment: 'never',
        ...(auth === 'client-secret' ? { auth, 'client-secret': SECRETS.clientSecret } : { auth }),
        ...options.inputs,
      },
      env: {
        NODE_EXTRA_CA_CERTS: certificate.certPath,
        ...(auth === 'oidc' ? idTokenEnv(dataverse.origin, dataverse.signIn) : {}),
        ...options.env,
      },
      cwd: workspace,
    });
    leftovers.push(run.tempDir);
    await expectNoSecretLeak(run, [run.tempDir, workspace], SECRETS);
    return run;
  }

  const json = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const READ = ['GET /connectors', 'GET /solutions'];
  /** The registered connector's icon, read to compare with ours. */
  const ICON_READ = expect.stringMatching(/^GET \/connectors\([0-9a-f-]{36}\)$/);
  /** The environment id, for the Power Apps API that shows the redirect URL. */
  const ORGANIZATION = 'GET /RetrieveCurrentOrganization(AccessType=@p1)';
  const CONNECTOR_READ = `GET /apis/${INTERNAL_ID} environment eq '${ENVIRONMENT_ID}'`;
  const IMPORT = [
    'POST /StageSolution',
    'POST /ImportSolutionAsync',
    expect.stringMatching(/^GET \/asyncoperations\(/),
    expect.stringMatching(/^GET \/importjobs\(/),
    expect.stringMatching(/^GET \/asyncoperations\(/),
    expect.stringMatching(/^GET \/RetrieveSolutionImportResult\(ImportJobId=/),
    'GET /connectors',
  ];

  test('create over OIDC: stage, import, wait, result, read back; outputs and the secret note', async () => {
    const v1 = await json(V1);
    const run = await express({ definition: V1 });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(dataverse.calls()).toEqual([...READ, ...IMPORT, ORGANIZATION]);
    // The imported connector read back from the Power Apps API, by its internal id in the environment.
    expect(dataverse.powerAppsCalls()).toEqual([CONNECTOR_READ]);
    // Every Dataverse call carried the token for the environment; the sign-in asked for that scope, and for the
    // Power Apps API's only for that read.
    for (const r of dataverse.requests.filter((q) => q.path.startsWith('/api/data/'))) {
      expect(r.headers.authorization).toBe(`Bearer ${SECRETS.accessToken}`);
    }
    const scopes = dataverse.requests
      .filter((r) => r.path === `/${TENANT}/oauth2/v2.0/token`)
      .map((r) => new URLSearchParams(r.body).get('scope')?.split(' ') ?? []);
    expect(scopes.filter((s) => s.includes(`${dataverse.origin}/.default`)).length).toBeGreaterThan(0);
    expect(scopes.filter((s) => s.includes(POWER_APPS_SCOPE))).toHaveLength(1);
    for (const scope of scopes) expect([`${dataverse.origin}/.default`, POWER_APPS_SCOPE]).toContain(scope[0]);

    const row = dataverse.connectors.get(SCHEMA_NAME)!;
    expect(JSON.parse(row.openapidefinition!)).toEqual(v1);
    expect(row.displayname).toBe('Contoso Tasks');
    expect(row.iconblob).toBe((await readFile(ICON)).toString('base64'));
    expect(JSON.parse(row.connectionparameters!).token.oAuthSettings.clientId).toBe(OAUTH_CLIENT_ID);
    expect(dataverse.solutions.get('ContosoTasks')?.version).toBe('1.0.7.1');

    expect(run.outputs).toMatchObject({
      'connector-id': row.connectorid,
      'connector-internal-id': INTERNAL_ID,
      'solution-version': '1.0.7.1',
      'redirect-url': REDIRECT_URL,
    });
    expect(run.stdout).toContain('Import in progress, 40%.');
    expect(run.summary).toContain(`🆕 Created **Contoso Tasks** in environment \`${dataverse.origin}\`.`);
    expect(run.summary).toContain('Solution `ContosoTasks` version `1.0.7.1`, connector `new\\_contoso-20tasks`');
    expect(run.summary).toContain(
      'Dataverse stores no connector secret: after this first import, enter the OAuth client secret once',
    );
    expect(run.stdout).toContain('::notice::Dataverse stores no connector secret');
    expect(run.summary).toContain(
      `🔑 Register this redirect URL with the identity provider (the connector's app registration): \`${REDIRECT_URL}\``,
    );
    expect(run.stdout).toContain(`::notice::Register the redirect URL ${REDIRECT_URL} with the identity provider`);
    const report = await json(run.outputs['report-path']);
    expect(report.export).toMatchObject({ mode: 'express', exported: true, action: 'create' });
  });

  test('update: the same connector id, a version above the installed one, baseline connector reads the registered definition', async () => {
    await express({ definition: V1, auth: 'client-secret' });
    const created = dataverse.connectors.get(SCHEMA_NAME)!;
    dataverse.requests.length = 0;
    const run = await express({ definition: V2, inputs: { baseline: 'connector', 'fail-on': 'never' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(dataverse.calls()).toEqual([...READ, ICON_READ, ...IMPORT, ORGANIZATION]);
    const row = dataverse.connectors.get(SCHEMA_NAME)!;
    expect(row.connectorid).toBe(created.connectorid);
    expect(JSON.parse(row.openapidefinition!)).toEqual(await json(V2));
    // Run number 7, attempt 1 again: the version is raised above the installed 1.0.7.1.
    expect(dataverse.solutions.get('ContosoTasks')?.version).toBe('1.0.7.2');
    expect(run.outputs).toMatchObject({
      'connector-id': created.connectorid,
      'solution-version': '1.0.7.2',
      drift: 'true',
      breaking: '1',
    });
    expect(run.summary).toContain('Compared `api/swagger.json` with `the registered connector`.');
    expect(run.summary).toContain("the query parameter 'owner' is now required. `parameter-made-required`");
    expect(run.summary).toContain(
      `🔄 Updated **Contoso Tasks** in environment \`${dataverse.origin}\` (definition changed).`,
    );
  });

  test('up to date: a rerun imports nothing', async () => {
    await express({ definition: V2 });
    dataverse.requests.length = 0;
    const run = await express({ definition: V2 });
    expect(run.code).toBe(0);
    expect(dataverse.calls()).toEqual([...READ, ICON_READ, ORGANIZATION]);
    expect(run.outputs['redirect-url']).toBe(REDIRECT_URL);
    expect(run.summary).toContain(
      `✅ **Contoso Tasks** in environment \`${dataverse.origin}\` is up to date: nothing was sent.`,
    );
  });

  test('dry run: plans the update, stages nothing', async () => {
    await express({ definition: V1 });
    dataverse.requests.length = 0;
    const run = await express({ definition: V2, inputs: { 'dry-run': 'true', 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(dataverse.calls()).toEqual([...READ, ICON_READ, ORGANIZATION]);
    expect(dataverse.powerAppsCalls()).toEqual([CONNECTOR_READ]);
    // The plan names the redirect URL of the connector it would update.
    expect(run.summary).toContain(`Register this redirect URL with the identity provider`);
    expect(run.stdout).toContain(`OAuth redirect URL: ${REDIRECT_URL}`);
    expect(run.summary).toContain(
      `📝 Dry run: would update **Contoso Tasks** in environment \`${dataverse.origin}\` (definition changed): 1 breaking change for flows that use it.`,
    );
    expect(JSON.parse(dataverse.connectors.get(SCHEMA_NAME)!.openapidefinition!)).toEqual(await json(V1));
  });

  test('403: the application user lacks a role, and the admin center steps say how to fix it', async () => {
    dataverse.refuse = {
      status: 403,
      body: {
        error: {
          code: '0x80040220',
          message:
            "Principal user (Id=...) is missing prvReadconnector privilege (Id=...) on OTC=372 for entity 'connector'.",
        },
      },
    };
    const run = await express({ definition: V1 });
    expect(run.code).toBe(1);
    expect(dataverse.calls()).toEqual(['GET /connectors']);
    expect(run.summary).toContain('❌ Dataverse read connector (403 0x80040220): Principal user');
    expect(run.summary).toContain(
      `Make the app registration (client id ${CLIENT_ID}) an application user of ${dataverse.origin}`,
    );
    expect(run.summary).toContain('Application users -> + New app user');
  });

  test('403 from the Power Apps API (a service principal): the import succeeds, the summary says why and where to look', async () => {
    dataverse.refusePowerApps = {
      status: 403,
      body: {
        error: { code: 'Forbidden', message: `The service principal ${SECRETS.echoed} may not read connectors.` },
      },
    };
    const run = await express({ definition: V1, auth: 'client-secret' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(dataverse.connectors.get(SCHEMA_NAME)).toBeDefined();
    expect(dataverse.powerAppsCalls()).toEqual([CONNECTOR_READ]);
    expect(run.outputs['redirect-url']).toBeUndefined();
    expect(run.outputs['connector-internal-id']).toBe(INTERNAL_ID);
    const note =
      "The connector's OAuth redirect URL could not be read: Power Apps get connector answered HTTP 403 Forbidden. " +
      'Find it in the portal (make.powerapps.com -> Custom connectors -> Contoso Tasks -> Edit -> Security -> Redirect URL)';
    expect(run.summary).toContain(`🔑 ${escapeMarkdown(note)}`);
    expect(run.stdout).toContain(`::notice::${note}`);
    expect(run.summary).toContain(`🆕 Created **Contoso Tasks** in environment \`${dataverse.origin}\`.`);
  });

  test('nothing to read: a dry run of a create, and a given token (it is for the environment only)', async () => {
    const planned = await express({ definition: V1, inputs: { 'dry-run': 'true' } });
    expect(planned.code).toBe(0);
    expect(dataverse.connectors.size).toBe(0);
    expect(dataverse.powerAppsCalls()).toEqual([]);
    expect(planned.summary).not.toContain('redirect URL');
    dataverse.requests.length = 0;

    const run = await express({ definition: V1, inputs: { auth: 'token', token: SECRETS.accessToken } });
    expect(run.code).toBe(0);
    expect(dataverse.calls()).toEqual([...READ, ...IMPORT]);
    expect(dataverse.powerAppsCalls()).toEqual([]);
    expect(run.outputs['redirect-url']).toBeUndefined();
  });

  test('a failed import: the job messages, the step fails, the connector is not created', async () => {
    dataverse.outcome = 'fail';
    const run = await express({ definition: V1 });
    expect(run.code).toBe(1);
    expect(dataverse.connectors.size).toBe(0);
    expect(run.summary).toContain(
      'Dataverse import solution (Failed): the import of ContosoTasks 1.0.7.1 failed: Import failed. The connector definition is invalid: operation ListTasks has no response.',
    );
    expect(run.stdout).toMatch(/::error::connector-export failed on export: Dataverse import solution/);
  });

  test('an import that does not finish within import-timeout: the wait ends and says what to do', async () => {
    dataverse.outcome = 'never';
    const run = await express({ definition: V1, inputs: { 'import-timeout': '2' } });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('the import did not finish within 2 s');
    expect(run.summary).toContain("raise 'import-timeout'");
  });

  test('oauth-client-secret is refused on this route before anything is sent', async () => {
    const run = await express({ definition: V1, inputs: { 'oauth-client-secret': SECRETS.oauthClientSecret } });
    expect(run.code).toBe(1);
    expect(dataverse.requests).toEqual([]);
    expect(run.stdout).toContain(`::add-mask::${SECRETS.oauthClientSecret}`);
    expect(run.summary).toContain(
      "Input 'oauth-client-secret': is not used with 'environment-url': Dataverse stores no connector secret",
    );
    expect(run.summary).toContain("the connector's Security tab");
  });

  test('oauth-client-secret-variable: the connector refers to the secret environment variable', async () => {
    dataverse.variables.set('new_TasksSecret', 100000005);
    const run = await express({ definition: V1, inputs: { 'oauth-client-secret-variable': 'new_TasksSecret' } });
    expect(run.code).toBe(0);
    const parameters = JSON.parse(dataverse.connectors.get(SCHEMA_NAME)!.connectionparameters!);
    // The fake empties secrets as Dataverse does; the staged file carried the reference.
    expect(parameters.token.oAuthSettings.clientSecret).toBe('');
    const staged = dataverse.requests.find((r) => r.path === `${API}/StageSolution`)!;
    const files = await unzip(
      Buffer.from((JSON.parse(staged.body) as { CustomizationFile: string }).CustomizationFile, 'base64'),
    );
    const file = files.find((f) => f.name === `Connector/${SCHEMA_NAME}_connectionparameters.json`)!;
    expect(JSON.parse(file.content.toString('utf8')).token.oAuthSettings.clientSecret).toBe(
      '@environmentVariables("new_TasksSecret")',
    );
    expect(run.summary).toContain("refers to the secret environment variable named in 'oauth-client-secret-variable'");
  });
});

describeIf('the fake Dataverse refuses what the platform refuses', () => {
  let certificate: Certificate;
  let dataverse: FakeDataverse;
  const base = () =>
    buildSolution(
      {
        displayName: 'Contoso Tasks',
        definition: { swagger: '2.0', info: { title: 'Contoso Tasks', description: 'Tasks' } },
        properties: { iconBrandColor: '#007ee5', connectionParameters: {} },
        icon: Buffer.from('png'),
      },
      { uniqueName: 'ContosoTasks', publisherPrefix: 'new', version: '1.0.0.1', connectorId: randomUUID() },
    );
  const stage = async (entries: SolutionEntry[]) => dataverse.stage(await zipEntries(entries));
  const edit = (entries: SolutionEntry[], name: string, change: (text: string) => string) =>
    entries.map((e) => (e.name === name ? { ...e, content: change(String(e.content)) } : e));

  beforeAll(async () => {
    certificate = await makeCertificate();
    dataverse = new FakeDataverse(certificate);
  });
  afterAll(async () => certificate?.remove());

  test('our own solution passes', async () => {
    expect(await stage(base())).toMatchObject({ StageSolutionStatus: 'Passed' });
    expect(connectorSchemaName('new', 'Contoso Tasks')).toBe(SCHEMA_NAME);
  });

  test.each([
    [
      'no root component',
      (e: SolutionEntry[]) => edit(e, 'solution.xml', (t) => t.replace(/<RootComponent [^>]*\/>/, '')),
      /no root component of type 372/,
    ],
    [
      'connectorid mismatch',
      (e: SolutionEntry[]) =>
        edit(e, 'customizations.xml', (t) => t.replace(/<connectorid>[^<]*</, `<connectorid>${randomUUID()}<`)),
      /is not the connector/,
    ],
    [
      'schema name without the prefix',
      (e: SolutionEntry[]) =>
        edit(
          edit(e, 'customizations.xml', (t) => t.replace('<name>new_', '<name>')),
          'solution.xml',
          (t) => t.replace('schemaName="new_', 'schemaName="'),
        ),
      /does not carry the publisher prefix new/,
    ],
    [
      'a named file missing',
      (e: SolutionEntry[]) => e.filter((f) => !f.name.endsWith('_iconblob.Png')),
      /iconblob.Png of column iconblob is not in the solution/,
    ],
  ])('%s', async (_name, change, message) => {
    const result = (await stage(change(base()))) as {
      StageSolutionStatus: string;
      SolutionValidationResults: { Message: string }[];
    };
    expect(result.StageSolutionStatus).toBe('Failed');
    expect(result.SolutionValidationResults[0].Message).toMatch(message);
  });
});
