import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connectorContent } from '../src/connector/content.ts';
import { parseProject, type ConnectorProject } from '../src/connector/project.ts';
import { readSecurity } from '../src/connector/security.ts';
import { parseDefinition } from '../src/definition/parse.ts';
import { DefinitionError } from '../src/errors.ts';
import { renderConnectorsReport, type ConnectorRow } from '../src/report/connectors.ts';
import { readConnectorFolder, resolveConnectors } from '../src/sources/project.ts';
import { MAX_SCRIPT_BYTES, projectRules, validateProject } from '../src/validation/project.ts';

const SWAGGER = {
  swagger: '2.0',
  info: { title: 'Contoso', version: '1.0', description: 'x' },
  host: 'contoso.example',
  securityDefinitions: {
    oauth: {
      type: 'oauth2',
      flow: 'accessCode',
      authorizationUrl: 'https://login.contoso.example/authorize',
      tokenUrl: 'https://login.contoso.example/token',
      scopes: { read: 'read' },
    },
  },
  paths: { '/things': { get: { operationId: 'ListThings', responses: { 200: { description: 'ok' } } } } },
};
const definition = parseDefinition(JSON.stringify(SWAGGER, null, 2), 'c/apiDefinition.swagger.json');

function project(properties: Record<string, unknown>, extra: Partial<ConnectorProject> = {}): ConnectorProject {
  return {
    folder: 'c',
    apiProperties: parseDefinition(JSON.stringify({ properties }, null, 2), 'c/apiProperties.json'),
    ...extra,
  };
}

const OAUTH_TOKEN = {
  type: 'oauthSetting',
  oAuthSettings: {
    identityProvider: 'oauth2',
    clientId: 'from-the-folder',
    scopes: ['read'],
    redirectMode: 'GlobalPerConnector',
    properties: { IsFirstParty: 'False' },
    customParameters: { authorizationUrl: { value: 'https://login.contoso.example/authorize' } },
  },
};

const rulesOf = (p: ConnectorProject) => validateProject(p, definition).map((f) => `${f.rule}@${f.file}:${f.line}`);

describe('the rules for a connector folder', () => {
  test('a well-formed folder has no findings', () => {
    const p = project({
      iconBrandColor: '#007ee5',
      connectionParameters: { token: OAUTH_TOKEN },
      policyTemplateInstances: [
        {
          templateId: 'dynamichosturl',
          title: 'Region',
          parameters: {
            'x-ms-apimTemplateParameter.urlTemplate': 'https://@connectionParameters(region).contoso.example',
            'x-ms-apimTemplate-operationName': ['ListThings'],
          },
        },
      ],
      scriptOperations: ['ListThings'],
    });
    expect(validateProject(p, definition)).toEqual([]);
  });

  test('an OAuth definition needs an oauthSetting connection parameter', () => {
    const findings = validateProject(project({ iconBrandColor: '#007ee5', connectionParameters: {} }), definition);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'oauth-connection-parameter',
        level: 'error',
        file: 'c/apiProperties.json',
        line: 4,
        pointer: '/properties/connectionParameters',
      }),
    ]);
    // In a multi-auth connector, one set with it is enough.
    const sets = {
      values: [
        { name: 'oauth', parameters: { token: OAUTH_TOKEN } },
        { name: 'key', parameters: {} },
      ],
    };
    expect(rulesOf(project({ iconBrandColor: '#007ee5', connectionParameterSets: sets }))).toEqual([]);
  });

  test("a policy template needs its template's required parameters, on operations that exist", () => {
    const p = project({
      iconBrandColor: '#007ee5',
      connectionParameters: { token: OAUTH_TOKEN },
      policyTemplateInstances: [
        { templateId: 'SetHeader', title: 'h', parameters: { 'x-ms-apimTemplateParameter.name': 'x-a' } },
        {
          templateId: 'routerequesttoendpoint',
          parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2', 'x-ms-apimTemplate-operationName': ['Gone'] },
        },
      ],
    });
    const findings = validateProject(p, definition);
    expect(findings.map((f) => [f.rule, f.level, f.pointer])).toEqual([
      ['policy-template-parameters', 'error', '/properties/policyTemplateInstances/0/parameters'],
      [
        'policy-template-operation',
        'warning',
        '/properties/policyTemplateInstances/1/parameters/x-ms-apimTemplate-operationName/0',
      ],
    ]);
    expect(findings[0].message).toContain("'x-ms-apimTemplateParameter.value'");
  });

  test('scriptOperations must name operations that exist; the script must be under 1 MB', () => {
    const big = new Uint8Array(MAX_SCRIPT_BYTES);
    const p = project(
      {
        iconBrandColor: '#007ee5',
        connectionParameters: { token: OAUTH_TOKEN },
        scriptOperations: ['ListThings', 'Renamed'],
      },
      { script: { bytes: big, text: '', source: 'c/script.csx' } },
    );
    expect(rulesOf(p)).toEqual([
      'script-operation-missing@c/apiProperties.json:27',
      'script-size@c/script.csx:undefined',
    ]);
  });

  test('the schema, unknown members, and a file settings.json names but lacks', () => {
    const p = project(
      { capabilities: 'actions', Publisher: 'x', connectionParameters: { token: OAUTH_TOKEN } },
      {
        settings: { value: { icon: 'icon.png' }, source: 'c/settings.json' },
        missing: [{ member: 'icon', file: 'c/icon.png' }],
      },
    );
    expect(rulesOf(p).sort()).toEqual([
      'api-properties-schema@c/apiProperties.json:2',
      'api-properties-schema@c/apiProperties.json:3',
      'api-properties-unknown-member@c/apiProperties.json:4',
      'project-file-missing@c/settings.json:undefined',
    ]);
  });
});

test('every project rule is exercised above', () => {
  const exercised = [
    'api-properties-schema',
    'api-properties-unknown-member',
    'oauth-connection-parameter',
    'policy-template-parameters',
    'policy-template-operation',
    'script-operation-missing',
    'script-size',
    'project-file-missing',
    'project-input-override',
  ];
  expect(projectRules.map((r) => r.id).sort()).toEqual(exercised.sort());
});

describe('the folder is the source of truth; inputs override only what the workflow set, and say so', () => {
  const p = project({ iconBrandColor: '#da3b01', connectionParameters: { token: OAUTH_TOKEN }, scriptOperations: [] });
  const security = readSecurity(SWAGGER);
  const base = { definition: SWAGGER, security, connectorName: 'Contoso', project: p };

  test('no inputs: apiProperties.json travels as it is', () => {
    const content = connectorContent({ ...base, options: {} });
    expect(content.apiProperties).toEqual(p.apiProperties!.value);
    expect(content.findings).toEqual([]);
    expect(content.ownApiProperties).toBe(true);
  });

  test('an input that differs replaces the value and is reported at its line; the file is not changed', () => {
    const content = connectorContent({
      ...base,
      options: { oauthClientId: 'from-the-workflow', iconBrandColor: '#da3b01', apiKeyLabel: 'Key' },
    });
    const token = (content.apiProperties.properties.connectionParameters as { token: typeof OAUTH_TOKEN }).token;
    expect(token.oAuthSettings.clientId).toBe('from-the-workflow');
    expect(OAUTH_TOKEN.oAuthSettings.clientId).toBe('from-the-folder');
    expect(content.findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      [
        'project-input-override',
        9,
        `Input 'oauth-client-id' replaces "from-the-folder" with "from-the-workflow" from the workflow.`,
      ],
      [
        'project-input-override',
        2,
        "Input 'api-key-label' has no effect: c/apiProperties.json has no 'api_key' connection parameter. Remove the input or add it there.",
      ],
    ]);
  });
});

describe('reading a connector folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ce-projects-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('settings.json names the files; a name outside the folder is refused', async () => {
    const c = path.join(dir, 'connectors', 'named');
    await mkdir(c, { recursive: true });
    await writeFile(path.join(c, 'settings.json'), JSON.stringify({ apiDefinition: 'api.json', script: 'code.csx' }));
    await writeFile(path.join(c, 'api.json'), JSON.stringify(SWAGGER));
    await writeFile(path.join(c, 'code.csx'), 'class Script {}');
    const source = await readConnectorFolder(c, 'connectors/named');
    expect(source.raw.source).toBe('connectors/named/api.json');
    const parsed = parseProject(source.project!);
    expect(parsed.script?.text).toBe('class Script {}');
    expect(parsed.apiProperties).toBeUndefined();

    await writeFile(path.join(c, 'settings.json'), JSON.stringify({ apiDefinition: '../../secret.json' }));
    const error = await readConnectorFolder(c, 'connectors/named').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as Error).message).toMatch(
      /^connectors\/named\/settings.json: 'apiDefinition' names '..\/..\/secret.json', outside the folder/,
    );
  });

  test('a pattern expands to folders and definition files, sorted; nothing matched is an input error', async () => {
    await mkdir(path.join(dir, 'connectors', 'a-first'), { recursive: true });
    await writeFile(path.join(dir, 'connectors', 'notes.txt'), 'not a connector');
    await writeFile(path.join(dir, 'connectors', 'z.yaml'), 'swagger: "2.0"');
    const found = await resolveConnectors([{ kind: 'glob', pattern: 'connectors/*', display: 'connectors/*' }], dir);
    expect(found.map((l) => l.display)).toEqual(['connectors/a-first', 'connectors/named', 'connectors/z.yaml']);
    await expect(
      resolveConnectors([{ kind: 'glob', pattern: 'nothing/*', display: 'nothing/*' }], dir),
    ).rejects.toThrow(/matches no connector folder/);
  });
});

describe('the combined report', () => {
  const row = (name: string, extra: Partial<ConnectorRow> = {}): ConnectorRow => ({
    name,
    source: `connectors/${name}`,
    counts: { errors: 0, warnings: 0 },
    fails: false,
    sections: ['### Validation\n\n✅ **Valid**'],
    ...extra,
  });

  test('a table of connectors, then a collapsed section each; failures open', () => {
    const [headline, overview, ...details] = renderConnectorsReport([
      row('a'),
      row('b', { fails: true, counts: { errors: 2, warnings: 1 } }),
    ]);
    expect(headline).toBe('❌ **1 of 2 connectors failed.**');
    expect(overview.split('\n')).toHaveLength(4);
    expect(overview).toContain('| ❌ | **b**<br>`connectors/b` | 2 errors, 1 warning | not checked |  |');
    expect(details[0]).toMatch(/^<details><summary>✅ a<\/summary>\n\n#### Validation/);
    expect(details[1]).toMatch(/^<details open><summary>❌ b<\/summary>/);
  });

  test('details past the limit are left to the report files, and the report says how many', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(`c${i}`));
    const out = renderConnectorsReport(rows, 300);
    expect(out.filter((s) => s.startsWith('<details'))).toHaveLength(4);
    expect(out[out.length - 1]).toBe('_6 more connectors in the report files (output `report-path`)._');
  });
});
