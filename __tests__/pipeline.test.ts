import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSettings } from '../src/inputs.ts';
import { runConnector, type ConnectorReport } from '../src/pipeline/runConnector.ts';

/**
 * runConnector on its own, as the CLI calls it: typed settings in, a result object out, nothing published. A
 * connector folder in a git repository whose apiProperties.json and script.csx changed since the baseline commit.
 */

const SWAGGER = {
  swagger: '2.0',
  info: { title: 'Contoso Things', version: '1.0', description: 'Things.' },
  host: 'things.contoso.example',
  basePath: '/',
  schemes: ['https'],
  securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'x-key' } },
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
const KEY = {
  type: 'securestring',
  uiDefinition: { displayName: 'Key', description: 'Key', tooltip: 'Key', constraints: { required: 'true' } },
};
const POLICY = {
  templateId: 'setheader',
  title: 'Tenant',
  parameters: { 'x-ms-apimTemplateParameter.name': 'x-tenant', 'x-ms-apimTemplateParameter.value': 'a' },
};

let root: string;
let first: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root })
    .toString()
    .trim();
const write = (name: string, value: unknown) =>
  writeFileSync(
    path.join(root, 'connectors', 'things', name),
    typeof value === 'string' ? value : JSON.stringify(value, null, 2),
  );

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ce-pipeline-'));
  mkdirSync(path.join(root, 'connectors', 'things'), { recursive: true });
  git('init', '-q', '-b', 'main');
  write('apiDefinition.swagger.json', SWAGGER);
  write('apiProperties.json', {
    properties: {
      iconBrandColor: '#007ee5',
      connectionParameters: { api_key: KEY },
      policyTemplateInstances: [POLICY],
    },
  });
  write('script.csx', 'class Script { }');
  git('add', '.');
  git('commit', '-qm', 'first');
  first = git('rev-parse', 'HEAD');
  // The policy is dropped and the code changes.
  write('apiProperties.json', {
    properties: { iconBrandColor: '#007ee5', connectionParameters: { api_key: KEY }, policyTemplateInstances: [] },
  });
  write('script.csx', 'class Script { int changed; }');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runConnector', () => {
  test("drift covers the folder's apiProperties.json and script.csx against the baseline commit", async () => {
    const values: Record<string, string> = {
      definition: 'connectors/things',
      baseline: `git:${first}`,
      'fail-on': 'breaking',
    };
    const settings = readSettings({ get: (name) => values[name] ?? '' }, { GITHUB_WORKSPACE: root }, () => {});
    const result = await runConnector({
      settings,
      location: settings.definitions[0] as Extract<(typeof settings.definitions)[0], { kind: 'file' }>,
      env: { RUNNER_TEMP: path.join(root, '.temp') },
      getIdToken: async () => '',
      log: () => {},
    });
    expect(result.status).toBe('done');
    const r = result as ConnectorReport;
    expect(r.drift?.changes.map((c) => [c.rule, c.level, c.file, c.line])).toEqual([
      ['policy-template-removed', 'breaking', 'connectors/things/apiProperties.json', undefined],
      ['script-changed', 'warning', 'connectors/things/script.csx', undefined],
    ]);
    expect(r.drift?.verdict).toMatchObject({ breaking: 1, warnings: 1, fail: true });
    expect(r.drift?.baselineLabel).toBe(`connectors/things/apiDefinition.swagger.json@${first.slice(0, 7)}`);
    // Failing drift does not stop a manual package (only express registration): it is written, and reported.
    expect(r.exported).toMatchObject({ mode: 'manual', exported: true });
  });

  test('a committed package folder as the baseline: the apiProperties.json and script.csx beside it count too', async () => {
    mkdirSync(path.join(root, 'exported'), { recursive: true });
    writeFileSync(path.join(root, 'exported', 'apiDefinition.swagger.json'), JSON.stringify(SWAGGER));
    writeFileSync(
      path.join(root, 'exported', 'apiProperties.json'),
      JSON.stringify({
        properties: {
          iconBrandColor: '#007ee5',
          connectionParameters: { api_key: KEY },
          policyTemplateInstances: [POLICY],
        },
      }),
    );
    const values: Record<string, string> = {
      definition: 'connectors/things',
      baseline: 'exported/apiDefinition.swagger.json',
    };
    const settings = readSettings({ get: (name) => values[name] ?? '' }, { GITHUB_WORKSPACE: root }, () => {});
    const result = (await runConnector({
      settings,
      location: settings.definitions[0] as Extract<(typeof settings.definitions)[0], { kind: 'file' }>,
      env: { RUNNER_TEMP: path.join(root, '.temp') },
      getIdToken: async () => '',
      log: () => {},
    })) as ConnectorReport;
    expect(result.drift?.changes.map((c) => [c.rule, c.level])).toEqual([
      ['policy-template-removed', 'breaking'],
      ['script-added', 'info'],
    ]);
  });
});
