import { describe, expect, test } from '@jest/globals';
import { buildApiProperties, type ConnectorOptions } from '../src/connector/apiProperties.ts';
import { importValues, renderImportGuide } from '../src/connector/importGuide.ts';
import { buildPackage, type PackageFile, type PackageInput } from '../src/connector/package.ts';
import { readSecurity, SECURITY_TYPES, type SecurityScheme } from '../src/connector/security.ts';
import { buildSettings } from '../src/connector/settings.ts';
import { DefinitionError, InputError } from '../src/errors.ts';
import { FULL_OPTIONS, SECURITY_FIXTURES } from './support/connector-fixtures.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const oauth = (authorizationUrl: string, extra: Record<string, unknown> = {}) => ({
  securityDefinitions: { o: { type: 'oauth2', flow: 'accessCode', authorizationUrl, tokenUrl: 'https://t', ...extra } },
});

describe('readSecurity', () => {
  test('reads each type from the FIRST security definition only', () => {
    expect(SECURITY_TYPES).toEqual(['apiKey', 'basic', 'oauth2']);
    expect(readSecurity({})).toEqual({ kind: 'none' });
    expect(readSecurity({ securityDefinitions: {} })).toEqual({ kind: 'none' });
    expect(readSecurity(SECURITY_FIXTURES['apiKey query'])).toEqual({
      kind: 'apiKey',
      name: 'code',
      in: 'query',
      pointer: '/securityDefinitions/key',
    });
    const two = {
      securityDefinitions: { 'b/asic': { type: 'basic' }, key: { type: 'apiKey', name: 'k', in: 'header' } },
    };
    expect(readSecurity(two)).toEqual({ kind: 'basic', pointer: '/securityDefinitions/b~1asic' });
  });

  test('Entra ID v1 endpoints on every cloud are aad, with their login host and tenant', () => {
    const guid = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const cases: [string, string, string | undefined][] = [
      ['https://login.microsoftonline.com/common/oauth2/authorize', 'https://login.microsoftonline.com', 'common'],
      [`https://login.windows.net/${guid}/oauth2/authorize`, 'https://login.windows.net', guid],
      [
        'https://LOGIN.microsoftonline.us/contoso.onmicrosoft.us/oauth2/authorize',
        'https://login.microsoftonline.us',
        'contoso.onmicrosoft.us',
      ],
      ['https://login.chinacloudapi.cn/oauth2/authorize', 'https://login.chinacloudapi.cn', undefined],
      [
        'https://login.partner.microsoftonline.cn/{tenant}/oauth2/authorize',
        'https://login.partner.microsoftonline.cn',
        undefined,
      ],
    ];
    for (const [url, loginUri, tenantId] of cases) {
      const s = readSecurity(oauth(url, { scopes: { 'api://x/user_impersonation': '' } }));
      expect(s).toMatchObject({
        kind: 'oauth2',
        identityProvider: 'aad',
        loginUri,
        scopes: ['api://x/user_impersonation'],
      });
      expect(s.kind === 'oauth2' && s.tenantId).toBe(tenantId ?? undefined);
    }
  });

  test('other hosts, look-alikes and v2.0 endpoints use the generic provider', () => {
    for (const url of [
      'https://github.com/login/oauth/authorize',
      'https://login.microsoftonline.com.evil.example/common/oauth2/authorize',
      'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize',
      'not a url',
    ]) {
      const s = readSecurity(oauth(url));
      expect(s).toMatchObject({
        kind: 'oauth2',
        identityProvider: 'oauth2',
        flow: 'accessCode',
        tokenUrl: 'https://t',
      });
      expect(s).not.toHaveProperty('loginUri');
    }
  });

  test('rejects what no connector can use, naming the file, the pointer and the fix', () => {
    const bad: [unknown, RegExp][] = [
      [
        { securityDefinitions: { x: { type: 'openIdConnect' } } },
        /\/securityDefinitions\/x: security type "openIdConnect"/,
      ],
      [{ securityDefinitions: { x: { type: 'apiKey', in: 'header' } } }, /needs a name/],
      [{ securityDefinitions: { x: { type: 'apiKey', name: 'k', in: 'cookie' } } }, /'in' is "cookie"/],
      [{ securityDefinitions: { x: { type: 'oauth2', flow: 'authorizationCode' } } }, /not a Swagger 2.0 flow/],
      [{ securityDefinitions: [] }, /\/securityDefinitions: is not an object/],
    ];
    for (const [swagger, message] of bad) {
      let error: unknown;
      try {
        readSecurity(swagger, { source: 'api/swagger.json', lineOf: (pointer) => pointer.split('/').length });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DefinitionError);
      expect((error as DefinitionError).message).toMatch(/^api\/swagger\.json:[23]: /);
      expect((error as DefinitionError).message).toMatch(message);
      expect((error as DefinitionError).hint).toBeTruthy();
    }
  });
});

describe('buildApiProperties', () => {
  const security = (name: string) => readSecurity(SECURITY_FIXTURES[name]);
  const params = (name: string, options: ConnectorOptions = {}) =>
    buildApiProperties(security(name), options).properties.connectionParameters as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  test('no security: no connection parameters, default colour, no capabilities, no publisher', () => {
    expect(buildApiProperties({ kind: 'none' })).toEqual({
      properties: { iconBrandColor: '#007ee5', capabilities: [], connectionParameters: {} },
    });
    expect(buildApiProperties({ kind: 'none' }, { publisher: 'P', stackOwner: 'S' }).properties).toMatchObject({
      publisher: 'P',
      stackOwner: 'S',
    });
  });

  test('API key: a securestring whose label names where the key goes; required is the string "true"', () => {
    const header = params('apiKey header').api_key;
    expect(header.type).toBe('securestring');
    expect(header.uiDefinition.displayName).toBe("API key (header 'x-functions-key')");
    expect(header.uiDefinition.constraints).toEqual({ tabIndex: 2, clearText: false, required: 'true' });
    expect(header.uiDefinition.tooltip).toBe("Provide the API key (header 'x-functions-key')");
    expect(params('apiKey query').api_key.uiDefinition.displayName).toBe("API key (query 'code')");
    expect(params('apiKey query', { apiKeyLabel: 'Function key' }).api_key.uiDefinition.displayName).toBe(
      'Function key',
    );
  });

  test('basic: username and password, both securestring, password hidden while typed', () => {
    const p = params('basic');
    expect(Object.keys(p)).toEqual(['username', 'password']);
    expect(p.username.type).toBe('securestring');
    expect(p.password.type).toBe('securestring');
    expect(p.password.uiDefinition.constraints.clearText).toBe(false);
  });

  test('Entra ID: the aad provider with login host, tenant and resource, and the hidden tenant claim', () => {
    const p = params('oauth2 aad');
    expect(p.token.oAuthSettings).toEqual({
      identityProvider: 'aad',
      clientId: '',
      scopes: ['api://contoso-api/user_impersonation'],
      redirectMode: 'Global',
      redirectUrl: 'https://global.consent.azure-apim.net/redirect',
      properties: { IsFirstParty: 'False', AzureActiveDirectoryResourceId: '' },
      customParameters: {
        loginUri: { value: 'https://login.microsoftonline.com' },
        tenantId: { value: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
        resourceUri: { value: '' },
      },
    });
    expect(p['token:TenantId'].metadata).toEqual({ sourceType: 'AzureActiveDirectoryTenant' });
    const set = params('oauth2 aad', { ...FULL_OPTIONS, redirectMode: 'Global' }).token.oAuthSettings;
    expect(set).toMatchObject({
      clientId: FULL_OPTIONS.oauthClientId,
      scopes: ['api://contoso-api/.default'],
      redirectMode: 'Global',
      redirectUrl: 'https://global.consent.azure-apim.net/redirect',
      properties: { AzureActiveDirectoryResourceId: 'api://contoso-api' },
      customParameters: {
        loginUri: { value: 'https://login.windows.net' },
        tenantId: { value: 'contoso.onmicrosoft.com' },
        resourceUri: { value: 'api://contoso-api' },
      },
    });
  });

  test('Entra ID without a tenant in the URL defaults to common', () => {
    const s = readSecurity(oauth('https://login.windows.net/oauth2/authorize'));
    const token = buildApiProperties(s).properties.connectionParameters.token as { oAuthSettings: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(token.oAuthSettings.customParameters.tenantId).toEqual({ value: 'common' });
  });

  test('generic OAuth 2.0: the URLs from the definition, refresh defaulting to the token URL', () => {
    const settings = params('oauth2 generic').token.oAuthSettings;
    expect(settings).toEqual({
      identityProvider: 'oauth2',
      clientId: '',
      scopes: ['repo', 'read:user'],
      redirectMode: 'Global',
      redirectUrl: 'https://global.consent.azure-apim.net/redirect',
      properties: { IsFirstParty: 'False' },
      customParameters: {
        authorizationUrl: { value: 'https://github.com/login/oauth/authorize' },
        tokenUrl: { value: 'https://github.com/login/oauth/access_token' },
        refreshUrl: { value: 'https://github.com/login/oauth/access_token' },
      },
    });
    const refreshed = params('oauth2 generic', { oauthRefreshUrl: 'https://r' }).token.oAuthSettings;
    expect(refreshed.customParameters.refreshUrl).toEqual({ value: 'https://r' });
  });

  test('rejects a brand colour that is not #rrggbb, naming the input', () => {
    for (const colour of ['007ee5', '#07e', '#007ee5ff', 'blue']) {
      expect(() => buildApiProperties({ kind: 'none' }, { iconBrandColor: colour })).toThrow(InputError);
    }
    expect(() => buildApiProperties({ kind: 'none' }, { iconBrandColor: 'blue' })).toThrow(/icon-brand-color/);
  });
});

describe('buildSettings', () => {
  test('points at the package files, with paconn defaults and optional members only when given', () => {
    expect(buildSettings()).toEqual({
      apiProperties: 'apiProperties.json',
      apiDefinition: 'apiDefinition.swagger.json',
      powerAppsUrl: 'https://api.powerapps.com',
      powerAppsApiVersion: '2016-11-01',
    });
    const full = buildSettings(
      { connectorId: 'c', environment: 'e', powerAppsUrl: 'https://api.powerapps.us', powerAppsApiVersion: 'v' },
      true,
    );
    expect(Object.keys(full)).toEqual([
      'connectorId',
      'environment',
      'apiProperties',
      'apiDefinition',
      'icon',
      'powerAppsUrl',
      'powerAppsApiVersion',
    ]);
    expect(full).toMatchObject({
      icon: 'icon.png',
      powerAppsUrl: 'https://api.powerapps.us',
      powerAppsApiVersion: 'v',
    });
  });
});

/** The rows of the "Values to collect" table: field -> cell. */
function guideTable(markdown: string): Record<string, string> {
  const section = markdown.split('## Values to collect before you start')[1]!.split('\n\n')[1]!;
  const rows = section.split('\n').slice(2);
  return Object.fromEntries(
    rows.map((row) => row.split(' | ').map((c) => c.replace(/^\| | \|$/g, '')) as [string, string]),
  );
}

describe('IMPORT.md', () => {
  const guide = (name: string, options: ConnectorOptions = {}) =>
    renderImportGuide({
      connectorName: 'Contoso Orders',
      security: readSecurity(SECURITY_FIXTURES[name]),
      options,
      source: { location: 'https://contoso.azurewebsites.net/api/swagger.json', version: '1a2b3c4' },
      definitionVersion: '2.1.0',
      host: 'contoso.azurewebsites.net',
      basePath: '/api',
      hasIcon: false,
    });

  const expected: Record<string, Record<string, RegExp>> = {
    none: { 'Authentication type': /No authentication/ },
    'apiKey header': {
      'Authentication type': /API Key/,
      'Parameter label': /API key \(header 'x-functions-key'\)/,
      'Parameter name': /`x-functions-key`/,
      'Parameter location': /`Header`/,
    },
    'apiKey query': {
      'Authentication type': /API Key/,
      'Parameter label': /API key \(query 'code'\)/,
      'Parameter name': /`code`/,
      'Parameter location': /`Query`/,
    },
    basic: {
      'Authentication type': /Basic authentication/,
      'Username parameter label': /`Username`/,
      'Password parameter label': /`Password`/,
    },
    'oauth2 aad': {
      'Authentication type': /OAuth 2.0/,
      'Identity provider': /Azure Active Directory/,
      'Client ID': /To collect:.*Application \(client\) ID of the connector's app registration/,
      'Client secret': /To collect:.*never in this package/,
      'Login URL': /`https:\/\/login.microsoftonline.com`/,
      'Tenant ID': /`72f988bf-86f1-41af-91ab-2d7cd011db47`/,
      'Resource URL': /To collect:.*Application ID URI of the API's app registration/,
      'Enable on-behalf-of login': /`false`/,
      Scope: /`api:\/\/contoso-api\/user_impersonation`/,
    },
    'oauth2 generic': {
      'Authentication type': /OAuth 2.0/,
      'Identity provider': /Generic Oauth 2/,
      'Client ID': /To collect:/,
      'Client secret': /To collect:.*never in this package/,
      'Authorization URL': /`https:\/\/github.com\/login\/oauth\/authorize`/,
      'Token URL': /`https:\/\/github.com\/login\/oauth\/access_token`/,
      'Refresh URL': /`https:\/\/github.com\/login\/oauth\/access_token`/,
      Scope: /`repo read:user`/,
    },
  };

  test.each(Object.keys(expected))('%s: lists exactly the values for its type', (name) => {
    const table = guideTable(guide(name));
    expect(Object.keys(table)).toEqual(Object.keys(expected[name]!));
    for (const [field, cell] of Object.entries(expected[name]!)) expect(table[field]).toMatch(cell);
  });

  test('given values are shown, not collected; only the secret stays to collect', () => {
    const table = guideTable(guide('oauth2 aad', FULL_OPTIONS));
    expect(
      Object.entries(table)
        .filter(([, cell]) => cell.startsWith('**To collect:**'))
        .map(([f]) => f),
    ).toEqual(['Client secret']);
    expect(table['Client ID']).toBe('`00000000-1111-2222-3333-444444444444`');
    expect(importValues(readSecurity(SECURITY_FIXTURES['oauth2 aad']), FULL_OPTIONS).every((v) => v.value !== '')).toBe(
      true,
    );
  });

  test('names the connector and its source, walks through the portal and paconn', () => {
    const text = guide('apiKey header');
    expect(text).toMatch(/^# Import the custom connector 'Contoso Orders'\n/);
    expect(text).toContain('`https://contoso.azurewebsites.net/api/swagger.json` at `1a2b3c4`');
    expect(text).toContain('`2.1.0`');
    const steps = [
      'New custom connector',
      'Import an OpenAPI file',
      '**General**',
      '**Security**',
      '**Definition**',
      'Create connector',
    ];
    const positions = steps.map((s) => text.indexOf(s));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('paconn create --settings settings.json\n');
    expect(text).toContain('*App keys*');
  });

  test('a prominent warning about credentials; OAuth adds the client secret hand-over', () => {
    for (const name of Object.keys(SECURITY_FIXTURES)) {
      const text = guide(name);
      expect(text).toContain("> [!WARNING]\n> Never share the API's own credentials");
      expect(text.includes("> The connector's client secret is a secret too")).toBe(name.startsWith('oauth2'));
      expect(text.includes('--secret "$CONNECTOR_CLIENT_SECRET"')).toBe(name.startsWith('oauth2'));
    }
  });

  test('OAuth: the per-connector redirect URL and where to copy it from; the shared one in Global mode', () => {
    const perConnector = guide('oauth2 aad', { redirectMode: 'GlobalPerConnector' });
    expect(perConnector).toContain('https://global.consent.azure-apim.net/redirect/<connector-internal-name>');
    expect(perConnector).toMatch(/go to \*\*Security\*\* and copy the \*\*Redirect URL\*\*/);
    expect(perConnector).toMatch(/app registration > \*Authentication\* > \*Web\*/);
    expect(perConnector).toMatch(/two app registrations/);
    const global = guide('oauth2 generic');
    expect(global).toContain('shared redirect URL `https://global.consent.azure-apim.net/redirect`');
    // The default still leads the importer to the connector's own URL.
    expect(global).toContain('*Update to unique redirect URL*');
    expect(global).toContain('`https://global.consent.azure-apim.net/redirect/<connector-internal-name>`');
    expect(guide('basic')).not.toContain('## Redirect URL');
  });

  test('paconn users are told which empty apiProperties.json members to fill', () => {
    const text = guide('oauth2 aad');
    expect(text).toContain('- Client ID: `clientId`');
    expect(text).toContain(
      '- Resource URL: `customParameters.resourceUri.value` and `properties.AzureActiveDirectoryResourceId`',
    );
    expect(guide('oauth2 aad', FULL_OPTIONS)).not.toContain('First fill in');
  });

  test('a value with a pipe does not break the table', () => {
    const text = guide('apiKey header', { apiKeyLabel: 'Key | from the portal' });
    expect(guideTable(text)['Parameter label']).toBe('`Key \\| from the portal`');
  });
});

describe('buildPackage', () => {
  const definition = () => ({
    swagger: '2.0',
    info: { title: 'Contoso Orders', version: '2.1.0', description: 'Orders.' },
    host: 'localhost:7071',
    basePath: '/api',
    schemes: ['https'],
    paths: { '/orders': { get: { operationId: 'ListOrders', responses: { '200': { description: 'OK' } } } } },
    securityDefinitions: SECURITY_FIXTURES['oauth2 aad'] as unknown,
  });
  const input = (overrides: Partial<PackageInput> = {}): PackageInput => ({
    definition: definition(),
    security: readSecurity(SECURITY_FIXTURES['oauth2 aad']),
    options: FULL_OPTIONS,
    connectorName: 'Contoso Orders',
    source: { location: 'api/openapi.json', version: 'abc1234' },
    ...overrides,
  });
  const file = (files: PackageFile[], name: string) => files.find((f) => f.name === name)!.content;

  test('writes the paconn layout in a fixed order, icon only when given', () => {
    expect(buildPackage(input()).map((f) => f.name)).toEqual([
      'apiDefinition.swagger.json',
      'apiProperties.json',
      'settings.json',
      'IMPORT.md',
    ]);
    const withIcon = buildPackage(input({ icon: PNG }));
    expect(withIcon.map((f) => f.name)).toEqual([
      'apiDefinition.swagger.json',
      'apiProperties.json',
      'settings.json',
      'icon.png',
      'IMPORT.md',
    ]);
    expect(file(withIcon, 'icon.png')).toBe(PNG);
    expect(JSON.parse(file(withIcon, 'settings.json') as string).icon).toBe('icon.png');
    expect(JSON.parse(file(buildPackage(input()), 'settings.json') as string)).not.toHaveProperty('icon');
  });

  test('applies host and basePath overrides in place without touching the input', () => {
    const source = definition();
    Object.freeze(source);
    const before = structuredClone(source);
    const files = buildPackage(
      input({ definition: source, hostOverride: 'contoso.azurewebsites.net', basePathOverride: '/v2' }),
    );
    expect(source).toEqual(before);
    const text = file(files, 'apiDefinition.swagger.json') as string;
    const written = JSON.parse(text);
    expect(written).toEqual({ ...before, host: 'contoso.azurewebsites.net', basePath: '/v2' });
    expect(Object.keys(written)).toEqual(Object.keys(before));
    expect(text).toBe(JSON.stringify(written, null, 2) + '\n');
    expect(file(files, 'IMPORT.md')).toContain('Host: `contoso.azurewebsites.net`, base URL: `/v2`');
    // Added at the end when the definition has none.
    const bare = buildPackage(input({ definition: { swagger: '2.0' }, hostOverride: 'h.example' }));
    expect(JSON.parse(file(bare, 'apiDefinition.swagger.json') as string)).toEqual({
      swagger: '2.0',
      host: 'h.example',
    });
  });

  test('the same input gives the same bytes', () => {
    const a = buildPackage(input({ icon: PNG }));
    const b = buildPackage(input({ icon: Uint8Array.from(PNG) }));
    expect(b).toEqual(a);
  });

  test('rejects an icon that is not a PNG, or too large, as an input error', () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    for (const icon of [jpeg, new Uint8Array(0), PNG.slice(0, 7)]) {
      expect(() => buildPackage(input({ icon }))).toThrow(InputError);
    }
    const big = new Uint8Array(1024 * 1024);
    big.set(PNG);
    let error: unknown;
    try {
      buildPackage(input({ icon: big }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('icon');
  });

  test.each(Object.keys(SECURITY_FIXTURES))('%s: no file carries a secret', (name) => {
    const security: SecurityScheme = readSecurity(SECURITY_FIXTURES[name]);
    // Options as an integrator might spread them from every setting, secrets included by mistake.
    const leaky = {
      ...FULL_OPTIONS,
      clientSecret: 'S3CRET-VALUE',
      oauthClientSecret: 'S3CRET-VALUE',
    } as ConnectorOptions;
    const files = buildPackage(
      input({
        security,
        options: leaky,
        definition: { swagger: '2.0', ...(SECURITY_FIXTURES[name] as object) },
        icon: PNG,
      }),
    );
    for (const f of files) {
      if (typeof f.content !== 'string') continue;
      expect(f.content).not.toContain('S3CRET-VALUE');
      if (!f.name.endsWith('.json')) continue;
      const found: string[] = [];
      walk(JSON.parse(f.content), '', (key, value, at) => {
        if (/clientSecret/i.test(key)) found.push(at);
        // A `password` connection parameter is a definition (an object), never a value.
        if (/secret|password/i.test(key) && typeof value === 'string') found.push(at);
      });
      expect(found).toEqual([]);
    }
  });
});

function walk(node: unknown, at: string, visit: (key: string, value: unknown, at: string) => void): void {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    visit(key, value, `${at}/${key}`);
    walk(value, `${at}/${key}`, visit);
  }
}

describe('the package definition file', () => {
  const text = '{\n    "swagger": "2.0",\n    "info": {"title": "Kept", "version": "1"},\n    "paths": {}\n}';
  const value = JSON.parse(text) as Record<string, unknown>;
  const base: PackageInput = {
    definition: value,
    definitionText: text,
    security: readSecurity(value),
    options: {},
    connectorName: 'Kept',
  };
  const definitionFile = (input: PackageInput) =>
    buildPackage(input).find((f) => f.name === 'apiDefinition.swagger.json')?.content;

  test('is the source text as written when it is strict JSON and no override changes it', () => {
    expect(definitionFile(base)).toBe(text);
  });

  test('is the definition serialised when an override changes it, or when there is no source text', () => {
    const moved = JSON.parse(definitionFile({ ...base, hostOverride: 'api.example.com' }) as string);
    expect(moved).toEqual({ ...value, host: 'api.example.com' });
    expect(definitionFile({ ...base, basePathOverride: '/v2' })).toBe(
      `${JSON.stringify({ ...value, basePath: '/v2' }, null, 2)}\n`,
    );
    expect(definitionFile({ ...base, definitionText: undefined })).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
