/**
 * Express mode end to end: dist/index.js as a child process, signed in through a local Microsoft Entra token
 * endpoint (client secret and GitHub OIDC), registering through a local Power Apps resource provider, with the
 * registered definitions and the icon in Azurite. Everything listens on 127.0.0.1; the child trusts the local
 * https server's self-signed certificate through NODE_EXTRA_CA_CERTS.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { blobUrl, startAzurite, type Azurite } from './support/azurite.ts';
import {
  expectNoSecretLeak,
  idTokenEnv,
  jwt,
  JWT_BEARER,
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

const FIXTURES = path.join(repoRoot, '__tests__', 'fixtures', 'express');
const V1 = path.join(FIXTURES, 'tasks.v1.json');
const V2 = path.join(FIXTURES, 'tasks.v2.json');
const ICON = path.join(FIXTURES, 'icon.png');

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const OAUTH_CLIENT_ID = 'connector-app-0001';
const ENVIRONMENT = 'Default-11111111-2222-3333-4444-555555555555';
const OID = '99999999-8888-7777-6666-555555555555';
const POWER_APPS_SCOPE = 'https://service.powerapps.com/.default';
const API = '/providers/Microsoft.PowerApps';

// Fresh per test file: a leak of any of them is a leak of a real secret in production.
const SECRETS = {
  clientSecret: unique('entra-client-secret'),
  oauthClientSecret: unique('connector-oauth-secret'),
  idTokenRequestToken: unique('id-token-request-token'),
  idToken: jwt({
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'api://AzureADTokenExchange',
    jti: unique('id'),
  }),
  accessToken: jwt({ aud: 'https://service.powerapps.com/', oid: OID, tid: TENANT, jti: unique('at') }),
};

const SIGN_IN_AS: SignIn = {
  tenant: TENANT,
  clientId: CLIENT_ID,
  scope: POWER_APPS_SCOPE,
  clientSecret: SECRETS.clientSecret,
  idTokenRequestToken: SECRETS.idTokenRequestToken,
  idToken: SECRETS.idToken,
  accessToken: SECRETS.accessToken,
};

type Connector = { name: string; id: string; properties: Record<string, unknown> };

/** Microsoft Entra ID, the runner's ID token service and the Power Apps resource provider on one https server. */
class LocalCloud extends LocalHttpsServer {
  readonly connectors = new Map<string, Connector>();
  #azurite: Azurite;
  #created = 0;

  constructor(tls: { key: Buffer; cert: Buffer }, azurite: Azurite) {
    super(tls, (r) => this.#route(r));
    this.#azurite = azurite;
  }

  override reset(): void {
    super.reset();
    this.connectors.clear();
    this.#created = 0;
  }

  /** The requests to the resource provider (not the sign-in), as `METHOD /path`. */
  rpCalls(): string[] {
    return this.requests.filter((r) => r.path.startsWith(API)).map((r) => `${r.method} ${r.path}`);
  }

  bodiesOf(method: string, pathname: string): Record<string, unknown>[] {
    return this.requests
      .filter((r) => r.method === method && r.path === pathname)
      .map((r) => JSON.parse(r.body) as Record<string, unknown>);
  }

  /** Registers a connector as the service would hold it, with its definition uploaded to Azurite. */
  async register(definition: unknown, displayName: string, extra: Record<string, unknown> = {}): Promise<Connector> {
    const name = `shared_contoso-20tasks-5f${String(++this.#created).padStart(14, '0')}`;
    const connector: Connector = {
      name,
      id: `${API}/apis/${name}`,
      properties: { displayName, isCustomApi: true, ...extra, environment: environmentRef() },
    };
    await this.#store(connector, definition);
    this.connectors.set(name, connector);
    return connector;
  }

  /** A blob in the environment's resource storage, as the portal leaves custom code: its SAS URL. */
  async resource(blob: string, text: string): Promise<string> {
    const sas = await this.#azurite.containerSas('resources');
    await this.#azurite.service
      .getContainerClient('resources')
      .getBlockBlobClient(blob)
      .upload(text, Buffer.byteLength(text));
    return blobUrl(sas, blob);
  }

  async #store(connector: Connector, definition: unknown): Promise<void> {
    const sas = await this.#azurite.containerSas('apis');
    const blob = `${connector.name}/${this.requests.length}/original.swagger.json`;
    const text = JSON.stringify(definition);
    await this.#azurite.service
      .getContainerClient('apis')
      .getBlockBlobClient(blob)
      .upload(text, Buffer.byteLength(text));
    connector.properties.apiDefinitions = { originalSwaggerUrl: blobUrl(sas, blob) };
  }

  async #route(r: Recorded): Promise<Reply> {
    const signIn = signInReply(r, this.origin, SIGN_IN_AS);
    if (signIn) return signIn;
    if (!r.path.startsWith(API)) return { status: 404, body: { error: { code: 'NotFound', message: r.path } } };

    // The resource provider: every call carries the bearer token, the API version and (on apis) the environment.
    if (r.headers.authorization !== `Bearer ${SECRETS.accessToken}`) {
      return { status: 401, body: { error: { code: 'AuthenticationFailed', message: 'Bad token.' } } };
    }
    const rest = r.path.slice(API.length);
    if (rest === `/objectIds/${OID}/generateResourceStorage` && r.method === 'POST') {
      return { status: 200, body: { sharedAccessSignature: await this.#azurite.containerSas('icons') } };
    }
    if (r.query.get('$filter') !== `environment eq '${ENVIRONMENT}'`) {
      return { status: 400, body: { error: { code: 'MissingEnvironmentFilter', message: 'No filter.' } } };
    }
    if (rest === '/apis' && r.method === 'GET') {
      // Two pages: a Microsoft connector and the custom ones after a nextLink.
      if (!r.query.has('$skiptoken')) {
        const next = new URL(`${API}/apis`, this.origin);
        next.search = r.query.toString();
        next.searchParams.set('$skiptoken', 'page2');
        return {
          status: 200,
          body: {
            value: [{ name: 'shared_office365', properties: { displayName: 'Contoso Tasks', isCustomApi: false } }],
            '@odata.nextLink': next.toString(),
          },
        };
      }
      return { status: 200, body: { value: [...this.connectors.values()] } };
    }
    if (rest === '/apis' && r.method === 'POST') {
      const body = JSON.parse(r.body) as { properties: Record<string, unknown> };
      const { openApiDefinition, displayName, ...properties } = body.properties;
      const connector = await this.register(openApiDefinition, String(displayName), stored(properties));
      return { status: 201, body: connector };
    }
    const match = /^\/apis\/([^/]+)$/.exec(rest);
    const connector = match ? this.connectors.get(decodeURIComponent(match[1])) : undefined;
    if (match && !connector) return { status: 404, body: { error: { code: 'ApiNotFound', message: 'No such api.' } } };
    if (connector && r.method === 'GET') return { status: 200, body: connector };
    if (connector && r.method === 'PATCH') {
      const body = JSON.parse(r.body) as { properties: Record<string, unknown> };
      if ('displayName' in body.properties) {
        return { status: 400, body: { error: { code: 'CannotUpdateApiDisplayName', message: 'No renaming.' } } };
      }
      const { openApiDefinition, ...properties } = body.properties;
      connector.properties = {
        displayName: connector.properties.displayName,
        isCustomApi: true,
        ...stored(properties),
      };
      connector.properties.environment = environmentRef();
      await this.#store(connector, openApiDefinition);
      return { status: 200, body: connector };
    }
    return { status: 405, body: { error: { code: 'MethodNotAllowed', message: `${r.method} ${r.path}` } } };
  }
}

/** What the service keeps of a create/update body: no secret, plus the per-connector redirect URL for OAuth. */
function stored(properties: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(properties) as {
    connectionParameters?: { token?: { oAuthSettings?: Record<string, unknown> } };
  };
  const settings = copy.connectionParameters?.token?.oAuthSettings;
  if (settings) {
    delete settings.clientSecret;
    settings.redirectUrl = 'https://global.consent.azure-apim.net/redirect/contoso-20tasks-5f0123';
  }
  return copy;
}

const environmentRef = () => ({ id: `${API}/environments/${ENVIRONMENT}`, name: ENVIRONMENT });

const skipReason = opensslMissing();
if (skipReason) console.warn(`Skipping the express end-to-end tests: ${skipReason}.`);
const describeIf = skipReason ? describe.skip : describe;

describeIf('express mode end to end (dist/index.js against local Entra ID, Power Apps and Azurite)', () => {
  let certificate: Certificate;
  let azurite: Azurite;
  let cloud: LocalCloud;
  /** Folders of the runs of the current test, removed after it. */
  const leftovers: string[] = [];

  beforeAll(async () => {
    certificate = await makeCertificate();
    azurite = await startAzurite();
    cloud = new LocalCloud(certificate, azurite);
    await cloud.start();
  });

  afterEach(async () => {
    cloud.reset();
    for (const dir of leftovers.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await cloud?.stop();
    await azurite?.stop();
    await certificate?.remove();
  });

  /** One run of the action in a fresh checkout holding `api/swagger.json` (the definition) and `api/icon.png`. */
  async function express(options: {
    definition: string;
    auth: 'client-secret' | 'oidc';
    /** Written as `api/apiProperties.json` and passed as `api-properties`. */
    apiProperties?: object;
    inputs?: Record<string, string>;
    env?: Record<string, string | undefined>;
    event?: object;
  }): Promise<ActionRun> {
    const workspace = await mkdtemp(path.join(tmpdir(), 'connector-export-checkout-'));
    leftovers.push(workspace);
    await mkdir(path.join(workspace, 'api'));
    await copyFile(options.definition, path.join(workspace, 'api', 'swagger.json'));
    await copyFile(ICON, path.join(workspace, 'api', 'icon.png'));
    if (options.apiProperties) {
      await writeFile(
        path.join(workspace, 'api', 'apiProperties.json'),
        JSON.stringify(options.apiProperties, null, 2),
      );
    }
    const signIn: Record<string, string> =
      options.auth === 'client-secret'
        ? { auth: 'client-secret', 'client-secret': SECRETS.clientSecret }
        : { auth: 'oidc' };
    const oidcEnv = options.auth === 'oidc' ? idTokenEnv(cloud.origin, SIGN_IN_AS) : {};
    const run = await runAction({
      inputs: {
        definition: 'api/swagger.json',
        mode: 'express',
        environment: ENVIRONMENT,
        'tenant-id': TENANT,
        'client-id': CLIENT_ID,
        'authority-host': cloud.origin,
        'powerapps-url': cloud.origin,
        'oauth-client-id': OAUTH_CLIENT_ID,
        'oauth-client-secret': SECRETS.oauthClientSecret,
        'dry-run': 'false',
        comment: 'never',
        ...(options.apiProperties ? { 'api-properties': 'api/apiProperties.json' } : {}),
        ...signIn,
        ...options.inputs,
      },
      env: { NODE_EXTRA_CA_CERTS: certificate.certPath, ...oidcEnv, ...options.env },
      event: options.event,
      cwd: workspace,
    });
    leftovers.push(run.tempDir);
    await expectNoSecretLeak(run, [run.tempDir, workspace], SECRETS);
    return run;
  }

  /** Every request the local cloud received, as `METHOD /path` (resource-provider paths without the provider). */
  const calls = () => cloud.requests.map((r) => `${r.method} ${r.path.replace(API, '')}`);
  /** The requests that carried `secret` anywhere: URL, headers or body. */
  const carrying = (secret: string) =>
    cloud.requests
      .filter((r) => `${r.path}?${r.query} ${JSON.stringify(r.headers)} ${r.body}`.includes(secret))
      .map((r) => `${r.method} ${r.path.replace(API, '')}`);
  const SIGN_IN = [`GET /${TENANT}/v2.0/.well-known/openid-configuration`, `POST /${TENANT}/oauth2/v2.0/token`];
  const LIST = ['GET /apis', 'GET /apis'];
  const tokenForms = () =>
    cloud.requests.filter((r) => r.path === `/${TENANT}/oauth2/v2.0/token`).map((r) => new URLSearchParams(r.body));
  const json = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;

  /** The resource provider's calls all carry the access token, the API version and the environment filter. */
  function expectResourceProviderCalls(): void {
    for (const r of cloud.requests.filter((q) => q.path.startsWith(API))) {
      expect(r.headers.authorization).toBe(`Bearer ${SECRETS.accessToken}`);
      expect(r.query.get('api-version')).toBe('2016-11-01');
      if (r.method === 'GET') expect(r.body).toBe('');
      if (r.path.includes('/apis')) expect(r.query.get('$filter')).toBe(`environment eq '${ENVIRONMENT}'`);
    }
  }

  function expectClientSecretSignIn(): void {
    const forms = tokenForms();
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      expect(Object.fromEntries(form)).toMatchObject({
        client_id: CLIENT_ID,
        grant_type: 'client_credentials',
        client_secret: SECRETS.clientSecret,
      });
      expect(form.get('scope')?.split(' ')).toContain(POWER_APPS_SCOPE);
      expect(form.has('client_assertion')).toBe(false);
    }
  }

  const createBody = (v: Record<string, unknown>, iconUri?: string) => ({
    properties: expect.objectContaining({
      displayName: 'Contoso Tasks',
      description: "Tasks of Contoso's teams, for flows and apps.",
      openApiDefinition: v,
      backendService: { serviceUrl: 'https://tasks.contoso.example/api' },
      environment: { name: ENVIRONMENT },
      iconBrandColor: '#007ee5',
      ...(iconUri ? { iconUri } : {}),
      connectionParameters: {
        token: expect.objectContaining({
          type: 'oauthSetting',
          oAuthSettings: expect.objectContaining({
            identityProvider: 'oauth2',
            clientId: OAUTH_CLIENT_ID,
            clientSecret: SECRETS.oauthClientSecret,
            scopes: ['tasks.read', 'tasks.write'],
            properties: expect.objectContaining({ IsFirstParty: 'False' }),
            customParameters: expect.objectContaining({
              authorizationUrl: { value: 'https://auth.contoso.example/oauth/authorize' },
              tokenUrl: { value: 'https://auth.contoso.example/oauth/token' },
            }),
          }),
        }),
      },
    }),
  });

  test('create: an absent connector is POSTed once, with the OAuth secret in that body only, and the icon in blob storage', async () => {
    const v1 = await json(V1);
    const run = await express({ definition: V1, auth: 'client-secret', inputs: { icon: 'api/icon.png' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    // Sign-in at the local authority only (no instance discovery elsewhere), then list (two pages), icon, create,
    // list again (a connector of that name created meanwhile by another run is reported), read back.
    expect(calls()).toEqual([
      ...SIGN_IN,
      ...LIST,
      `POST /objectIds/${OID}/generateResourceStorage`,
      'POST /apis',
      ...LIST,
      'GET /apis/shared_contoso-20tasks-5f00000000000001',
    ]);
    expect(cloud.requests[3].query.get('$skiptoken')).toBe('page2');
    expectClientSecretSignIn();
    expectResourceProviderCalls();
    expect(cloud.bodiesOf('POST', `${API}/objectIds/${OID}/generateResourceStorage`)).toEqual([
      { environment: { name: ENVIRONMENT } },
    ]);

    const [post] = cloud.bodiesOf('POST', `${API}/apis`);
    const iconUri = (post.properties as { iconUri: string }).iconUri;
    expect(post).toEqual(createBody(v1, iconUri));
    // The icon went to the SAS container the service handed out, named after its content.
    const blob = new URL(iconUri);
    expect(blob.origin).toBe(azurite.url);
    expect(blob.pathname).toMatch(/^\/devstoreaccount1\/icons\/icon-[0-9a-f]{32}\.png$/);
    expect(blob.searchParams.get('sig')).toBeTruthy();
    const uploaded = await azurite.service
      .getContainerClient('icons')
      .getBlobClient(decodeURIComponent(blob.pathname.split('/').pop()!))
      .downloadToBuffer();
    expect(uploaded.equals(await readFile(ICON))).toBe(true);

    expect(carrying(SECRETS.oauthClientSecret)).toEqual(['POST /apis']);
    expect(carrying(SECRETS.clientSecret)).toEqual([`POST /${TENANT}/oauth2/v2.0/token`]);
    expect(run.stdout).toContain(`::add-mask::${SECRETS.oauthClientSecret}`);
    expect(run.stdout).toContain(`::add-mask::${SECRETS.clientSecret}`);

    expect(run.outputs).toMatchObject({
      errors: '0',
      drift: 'false',
      'connector-id': 'shared_contoso-20tasks-5f00000000000001',
      'connector-url': `https://make.powerapps.com/environments/${ENVIRONMENT}/customconnectors`,
      'redirect-url': 'https://global.consent.azure-apim.net/redirect/contoso-20tasks-5f0123',
    });
    expect(run.summary).toContain(`🆕 Created **Contoso Tasks** in environment \`${ENVIRONMENT}\`.`);
    expect(run.summary).toContain(
      "Register this redirect URL with the identity provider (the connector's app registration): `https://global.consent.azure-apim.net/redirect/contoso-20tasks-5f0123`",
    );
    expect(run.stdout).toContain('::notice::Register the redirect URL https://global.consent.azure-apim.net/redirect/');
    const report = await json(run.outputs['report-path']);
    expect(report.export).toMatchObject({ mode: 'express', exported: true, action: 'create', dryRun: false });
  });

  test('update over OIDC: PATCH without displayName; baseline connector diffs against the registered definition', async () => {
    const [v1, v2] = [await json(V1), await json(V2)];
    await express({ definition: V1, auth: 'client-secret', inputs: { icon: 'api/icon.png' } });
    const created = cloud.bodiesOf('POST', `${API}/apis`)[0].properties as Record<string, unknown>;
    cloud.requests.length = 0;

    const run = await express({
      definition: V2,
      auth: 'oidc',
      inputs: { icon: 'api/icon.png', baseline: 'connector', 'fail-on': 'never' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const id = 'shared_contoso-20tasks-5f00000000000001';
    // The icon is the registered one (same content, same blob name): no new upload.
    // MSAL asks for the assertion twice per token request; the access token then serves every call.
    expect(calls()).toEqual([
      'GET /_apis/idtoken',
      SIGN_IN[0],
      'GET /_apis/idtoken',
      SIGN_IN[1],
      ...LIST,
      `PATCH /apis/${id}`,
      `GET /apis/${id}`,
    ]);
    for (const r of cloud.requests.filter((q) => q.path === '/_apis/idtoken')) {
      expect(r.query.get('audience')).toBe('api://AzureADTokenExchange');
      expect(r.headers.authorization).toBe(`Bearer ${SECRETS.idTokenRequestToken}`);
      expect(r.body).toBe('');
    }
    const [form] = tokenForms();
    expect(Object.fromEntries(form)).toMatchObject({
      client_id: CLIENT_ID,
      grant_type: 'client_credentials',
      client_assertion_type: JWT_BEARER,
      client_assertion: SECRETS.idToken,
    });
    expect(form.has('client_secret')).toBe(false);
    expectResourceProviderCalls();

    const [patch] = cloud.bodiesOf('PATCH', `${API}/apis/${id}`);
    const { displayName, ...expected } = created;
    expect(displayName).toBe('Contoso Tasks');
    expect(patch).toEqual({ properties: { ...expected, openApiDefinition: v2 } });
    expect(patch.properties).not.toHaveProperty('displayName');
    expect(carrying(SECRETS.oauthClientSecret)).toEqual([`PATCH /apis/${id}`]);
    expect(carrying(SECRETS.idToken)).toEqual([`POST /${TENANT}/oauth2/v2.0/token`]);
    expect(v1).not.toEqual(v2);

    // Drift against what is registered: `owner` became required (breaking), GetTask was added.
    expect(run.outputs).toMatchObject({ drift: 'true', breaking: '1', 'drift-warnings': '0', 'connector-id': id });
    expect(run.summary).toContain('Compared `api/swagger.json` with `the registered connector`.');
    expect(run.summary).toContain("the query parameter 'owner' is now required. `parameter-made-required`");
    expect(run.summary).toContain("New action 'Get a task' (GetTask). `operation-added`");
    expect(run.summary).toContain(
      `🔄 Updated **Contoso Tasks** in environment \`${ENVIRONMENT}\` (definition changed).`,
    );
    const report = await json(run.outputs['report-path']);
    expect(report.export).toMatchObject({ action: 'update', exported: true, reasons: ['definition'] });
  });

  test('an update keeps a policy template and custom code added outside the action; dropping one on purpose shows in the plan before anything is sent', async () => {
    await express({ definition: V1, auth: 'client-secret' });
    const id = 'shared_contoso-20tasks-5f00000000000001';
    // Added in the maker portal after the first export: a policy, and custom code for ListTasks.
    const policy = {
      templateId: 'dynamichosturl',
      title: 'Tenant host',
      parameters: {
        'x-ms-apimTemplateParameter.urlTemplate': 'https://@connectionParameters(tenant).contoso.example/api',
      },
    };
    const scriptUrl = await cloud.resource('script-from-portal.csx', 'public class Script : ScriptBase { }');
    const registered = cloud.connectors.get(id)!;
    Object.assign(registered.properties, {
      policyTemplateInstances: [policy],
      scriptOperations: ['ListTasks'],
      scriptDefinitionUrl: scriptUrl,
    });
    cloud.requests.length = 0;

    // 1. The next export from the definition alone: both are carried over into the update, and the plan says so.
    const run = await express({ definition: V2, auth: 'client-secret', inputs: { 'fail-on': 'never' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [patch] = cloud.bodiesOf('PATCH', `${API}/apis/${id}`);
    expect(patch.properties).toMatchObject({
      policyTemplateInstances: [policy],
      scriptOperations: ['ListTasks'],
      scriptDefinitionUrl: scriptUrl,
    });
    expect(cloud.connectors.get(id)!.properties).toMatchObject({
      policyTemplateInstances: [policy],
      scriptDefinitionUrl: scriptUrl,
    });
    expect(run.summary).toContain(
      'Kept as registered (the source does not define them): `policyTemplateInstances`, `scriptOperations`, `custom code (script.csx)`.',
    );
    expect(run.stdout).toContain(
      'Kept as registered (the source does not define them): policyTemplateInstances, scriptOperations, custom code (script.csx).',
    );

    // 2. The connector's own apiProperties.json, which drops the policy on purpose (an empty list): a dry run
    // plans the removal, names it in the summary and the report, and sends nothing. The code is kept.
    cloud.requests.length = 0;
    const token = structuredClone(
      (
        cloud.connectors.get(id)!.properties.connectionParameters as {
          token: { oAuthSettings: Record<string, unknown> };
        }
      ).token,
    );
    delete token.oAuthSettings.redirectUrl;
    const dropped = await express({
      definition: V2,
      auth: 'client-secret',
      apiProperties: {
        properties: { iconBrandColor: '#007ee5', connectionParameters: { token }, policyTemplateInstances: [] },
      },
      inputs: { 'dry-run': 'true', 'fail-on': 'never' },
    });
    expect(dropped.stderr).toBe('');
    expect(dropped.code).toBe(0);
    expect(cloud.requests.some((r) => r.method === 'PATCH' || (r.method === 'POST' && r.path.endsWith('/apis')))).toBe(
      false,
    );
    expect(dropped.summary).toContain('📝 Dry run: would update **Contoso Tasks**');
    expect(dropped.summary).toContain("The update would change the registered connector's properties:");
    expect(dropped.summary).toContain(
      "- ❌ `policy-template-removed`: Policy template 'dynamichosturl' ('Tenant host') is removed.",
    );
    expect(dropped.summary).toContain(
      'Kept as registered (the source does not define them): `scriptOperations`, `custom code (script.csx)`.',
    );
    const report = await json(dropped.outputs['report-path']);
    expect(report.export).toMatchObject({
      dryRun: true,
      action: 'update',
      propertyChanges: [expect.objectContaining({ rule: 'policy-template-removed', level: 'breaking' })],
    });
    expect(cloud.connectors.get(id)!.properties.policyTemplateInstances).toEqual([policy]);
  });

  test('breaking drift with the default fail-on: the registered connector is left as it is and the step fails', async () => {
    await express({ definition: V1, auth: 'client-secret' });
    cloud.requests.length = 0;
    const run = await express({ definition: V2, auth: 'client-secret', inputs: { baseline: 'connector' } });
    expect(run.code).toBe(1);
    expect(calls()).toEqual([...SIGN_IN, ...LIST]);
    expect(cloud.requests.some((r) => r.method === 'PATCH')).toBe(false);
    expect(run.outputs).toMatchObject({ drift: 'true', breaking: '1' });
    expect(run.summary).toContain('the registered connector was left as it is: 1 breaking change(s)');
    expect(run.stdout).toMatch(/::error::connector-export failed on drift: 1 breaking change/);
    const report = await json(run.outputs['report-path']);
    expect(report.export).toMatchObject({ mode: 'express', exported: false });
  });

  test('up to date: a rerun with the same definition sends nothing', async () => {
    await express({ definition: V2, auth: 'client-secret', inputs: { icon: 'api/icon.png' } });
    cloud.requests.length = 0;
    const run = await express({ definition: V2, auth: 'client-secret', inputs: { icon: 'api/icon.png' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(calls()).toEqual([...SIGN_IN, ...LIST]);
    expectClientSecretSignIn();
    expectResourceProviderCalls();
    expect(carrying(SECRETS.oauthClientSecret)).toEqual([]);
    expect(run.outputs['connector-id']).toBe('shared_contoso-20tasks-5f00000000000001');
    expect(run.summary).toContain(
      `✅ **Contoso Tasks** in environment \`${ENVIRONMENT}\` is up to date: nothing was sent.`,
    );
  });

  test('dry run: `true` plans an update without writing; the breaking change is named', async () => {
    await express({ definition: V1, auth: 'client-secret' });
    cloud.requests.length = 0;
    const run = await express({
      definition: V2,
      auth: 'client-secret',
      inputs: { 'dry-run': 'true', baseline: 'connector', 'fail-on': 'never' },
    });
    expect(run.code).toBe(0);
    expect(calls()).toEqual([...SIGN_IN, ...LIST]);
    expectClientSecretSignIn();
    expectResourceProviderCalls();
    expect(carrying(SECRETS.oauthClientSecret)).toEqual([]);
    expect(run.outputs).toMatchObject({ drift: 'true', breaking: '1' });
    expect(run.summary).toContain(
      `📝 Dry run: would update **Contoso Tasks** in environment \`${ENVIRONMENT}\` (definition changed): 1 breaking change for flows that use it.`,
    );
    expect(run.outputs).not.toHaveProperty('redirect-url');
  });

  test('dry run: `auto` on a pull_request event plans a create without writing', async () => {
    const event = await json(path.join(repoRoot, '__tests__', 'fixtures', 'events', 'pull_request.json'));
    const run = await express({
      definition: V1,
      auth: 'client-secret',
      inputs: { 'dry-run': 'auto', baseline: 'none', icon: 'api/icon.png' },
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/12/merge' },
      event,
    });
    expect(run.code).toBe(0);
    expect(calls()).toEqual([...SIGN_IN, ...LIST]);
    expectClientSecretSignIn();
    expectResourceProviderCalls();
    expect(cloud.connectors.size).toBe(0);
    expect(run.summary).toContain(`📝 Dry run: would create **Contoso Tasks** in environment \`${ENVIRONMENT}\`.`);
    expect(run.outputs).not.toHaveProperty('connector-id');
  });

  test('401 from Power Apps: the error names the call, the status and what to check', async () => {
    cloud.fail(`GET ${API}/apis`, {
      status: 401,
      body: { error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' } },
    });
    const run = await express({ definition: V1, auth: 'client-secret' });
    expect(run.code).toBe(1);
    expect(calls()).toEqual([...SIGN_IN, 'GET /apis']);
    expectClientSecretSignIn();
    expectResourceProviderCalls();
    const error = 'Power Apps list connectors (401 InvalidAuthenticationToken): The access token is invalid.';
    expect(run.stdout).toContain(`::error::${error}%0AThe token was refused: check tenant-id and client-id`);
    expect(run.summary).toContain(`❌ ${error}`);
    expect(run.summary).toContain('**What to do:** The token was refused');
  });

  test('a refused client secret: the Entra ID error code and the fix, nothing sent to Power Apps', async () => {
    const wrong = unique('wrong-secret');
    const run = await express({ definition: V1, auth: 'client-secret', inputs: { 'client-secret': wrong } });
    expect(run.code).toBe(1);
    expect(calls()).toEqual(SIGN_IN);
    expect(tokenForms()[0].get('client_secret')).toBe(wrong);
    expect(run.summary).toContain('❌ Microsoft Entra ID (AADSTS7000215): ');
    expect(run.summary).toContain("**What to do:** The client secret is wrong: use the secret's Value (not its ID)");
    expect(`${run.stdout}${run.summary}`.replaceAll(`::add-mask::${wrong}`, '')).not.toContain(wrong);
  });

  test('429 with Retry-After: the create waits and is sent again, once', async () => {
    cloud.fail(`POST ${API}/apis`, {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { error: { code: 'TooManyRequests', message: 'Rate limit is exceeded.' } },
    });
    const run = await express({ definition: V1, auth: 'client-secret' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const id = 'shared_contoso-20tasks-5f00000000000001';
    expect(calls()).toEqual([...SIGN_IN, ...LIST, 'POST /apis', 'POST /apis', ...LIST, `GET /apis/${id}`]);
    expectClientSecretSignIn();
    expectResourceProviderCalls();
    const [first, second] = cloud.bodiesOf('POST', `${API}/apis`);
    expect(second).toEqual(first);
    expect(cloud.connectors.size).toBe(1);
    expect(run.stdout).toContain('retrying create connector in 1000 ms (1/4)');
    expect(run.outputs['connector-id']).toBe(id);
  });

  test('OIDC without `id-token: write`: the error shows the permissions to add', async () => {
    const run = await express({
      definition: V1,
      auth: 'oidc',
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
    });
    expect(run.code).toBe(1);
    expect(calls()).toEqual([]);
    expect(run.summary).toContain("Input 'auth': the job cannot request a GitHub ID token for OIDC sign-in.");
    expect(run.summary).toContain('permissions:\n  id-token: write\n  contents: read');
    expect(run.stdout).toContain('permissions:%0A  id-token: write');
  });
});
