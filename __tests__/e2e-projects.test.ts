import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAzurite, type Azurite } from './support/azurite.ts';
import { startGitHubApi, type GitHubApi } from './support/githubApi.ts';
import { readZip, startResultsService, type ResultsService } from './support/resultsService.ts';
import { runAction, type ActionRun } from './support/runAction.ts';
import { unzip } from './support/unzip.ts';
import { repoRoot } from './support/shared.ts';

/**
 * The bundled action over a connector repository in paconn's layout (as microsoft/PowerPlatformConnectors keeps
 * them): `definition: connectors/*` runs every folder in one step, each uploaded as its own artifact with all of
 * its files, one folder that does not parse fails alone, and one combined summary reports them all.
 */

/** A 1x1 PNG: only the signature and size are checked, but keep it a real image. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
  'hex',
);
const SCRIPT = Buffer.from(
  '\uFEFFpublic class Script : ScriptBase\r\n{\r\n    public override async Task<HttpResponseMessage> ExecuteAsync()\r\n    {\r\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);\r\n    }\r\n}\r\n',
);
const API_PROPERTIES = {
  properties: {
    connectionParameters: {
      api_key: {
        type: 'securestring',
        uiDefinition: {
          displayName: 'Function key',
          description: 'The function key',
          tooltip: 'Provide your function key',
          constraints: { tabIndex: 2, clearText: false, required: 'true' },
        },
      },
    },
    iconBrandColor: '#da3b01',
    capabilities: [],
    policyTemplateInstances: [
      {
        templateId: 'setheader',
        title: 'Tenant header',
        parameters: {
          'x-ms-apimTemplateParameter.name': 'x-tenant',
          'x-ms-apimTemplateParameter.value': 'contoso',
          'x-ms-apimTemplateParameter.existsAction': 'override',
          'x-ms-apimTemplate-policySection': 'Request',
        },
      },
    ],
    scriptOperations: ['CalculateCosts'],
    publisher: 'Contoso',
    stackOwner: 'Contoso',
  },
};
const SETTINGS = {
  connectorId: 'shared_contoso-20costs-5f0123456789abcdef',
  environment: '00000000-0000-0000-0000-000000000001',
  apiProperties: 'apiProperties.json',
  apiDefinition: 'apiDefinition.swagger.json',
  icon: 'icon.png',
  script: 'script.csx',
  powerAppsUrl: 'https://api.powerapps.com',
  powerAppsApiVersion: '2016-11-01',
};

let azurite: Azurite;
let service: ResultsService;
let workspace: string;
let run: ActionRun;
const temps: string[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  service = await startResultsService({ azurite });
  workspace = await mkdtemp(path.join(tmpdir(), 'ce-e2e-projects-'));
  temps.push(workspace);
  const costs = path.join(workspace, 'connectors', 'contoso-costs');
  await mkdir(costs, { recursive: true });
  await cp(
    path.join(repoRoot, 'examples', 'function-app', 'swagger.json'),
    path.join(costs, 'apiDefinition.swagger.json'),
  );
  await writeFile(path.join(costs, 'apiProperties.json'), JSON.stringify(API_PROPERTIES, null, 4));
  await writeFile(path.join(costs, 'script.csx'), SCRIPT);
  await writeFile(path.join(costs, 'icon.png'), PNG);
  await writeFile(path.join(costs, 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  // A folder with only its definition: apiProperties.json is built from the security definition, as for a file.
  const plain = path.join(workspace, 'connectors', 'plain');
  await mkdir(plain);
  const swagger = JSON.parse(await readFile(path.join(costs, 'apiDefinition.swagger.json'), 'utf8'));
  swagger.info.title = 'Contoso Plain';
  await writeFile(path.join(plain, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 2));
  // A folder whose apiProperties.json is not JSON (a semicolon ending line 4; a trailing comma would be forgiven, as
  // Power Platform forgives it): it fails, alone.
  const broken = path.join(workspace, 'connectors', 'broken');
  await mkdir(broken);
  swagger.info.title = 'Contoso Broken';
  await writeFile(path.join(broken, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 2));
  await writeFile(
    path.join(broken, 'apiProperties.json'),
    '{\n  "properties": {\n    "iconBrandColor": "#007ee5",\n    "capabilities": [];\n  }\n}\n',
  );
  await writeFile(path.join(workspace, 'connectors', 'README.md'), '# Our connectors\n');

  run = await runAction({
    cwd: workspace,
    inputs: { definition: 'connectors/*', 'github-token': 'ghs_e2e_projects' },
    env: service.env(7300),
  });
  temps.push(run.tempDir);
}, 120_000);

afterAll(async () => {
  await service?.stop();
  await azurite?.stop();
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

async function artifactFiles(name: string): Promise<Map<string, Buffer>> {
  const found = service.artifacts.filter((a) => a.name === name);
  expect(found).toHaveLength(1);
  return readZip(await service.download(found[0]));
}

describe('a connector repository in one step (connectors/*)', () => {
  test('each folder is its own artifact, carrying every file of the folder', async () => {
    const files = await artifactFiles('connector-contoso-costs');
    expect([...files.keys()].sort()).toEqual([
      'IMPORT.md',
      'apiDefinition.swagger.json',
      'apiProperties.json',
      'icon.png',
      'script.csx',
      'settings.json',
      'solution.zip',
    ]);
    expect(JSON.parse(files.get('apiProperties.json')!.toString('utf8'))).toEqual(API_PROPERTIES);
    expect(files.get('script.csx')!.equals(SCRIPT)).toBe(true);
    expect(files.get('icon.png')!.equals(PNG)).toBe(true);
    expect(JSON.parse(files.get('settings.json')!.toString('utf8'))).toMatchObject({
      connectorId: SETTINGS.connectorId,
      environment: SETTINGS.environment,
      icon: 'icon.png',
      script: 'script.csx',
    });
    expect(files.get('IMPORT.md')!.toString('utf8')).toContain('`script.csx`: custom code');
    // The Dataverse solution beside them carries the same policies, script operations and code.
    const solution = new Map(
      (await unzip(files.get('solution.zip')!)).map((e) => [e.name.split('_').pop()!, e.content]),
    );
    expect(JSON.parse(solution.get('policytemplateinstances.json')!.toString('utf8'))).toEqual(
      API_PROPERTIES.properties.policyTemplateInstances,
    );
    expect(JSON.parse(solution.get('scriptoperations.json')!.toString('utf8'))).toEqual(['CalculateCosts']);
    expect([...solution.keys()].some((name) => name.startsWith('customcodeblobcontent'))).toBe(true);

    const plain = await artifactFiles('connector-plain');
    const built = JSON.parse(plain.get('apiProperties.json')!.toString('utf8'));
    expect(built.properties.connectionParameters.api_key.type).toBe('securestring');
    expect(plain.has('script.csx')).toBe(false);
    // The README the pattern matched is not a connector; the broken folder uploaded nothing.
    expect(service.artifacts.map((a) => a.name).sort()).toEqual(['connector-contoso-costs', 'connector-plain']);
  });

  test('the folder that does not parse fails alone, on its line, and fails the step', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error title=connector-export%3A definition,file=connectors\/broken\/apiProperties.json,line=4::/m,
    );
    expect(run.stdout).toContain(
      '::error::connector-export failed on 1 of 3 connectors: connectors/broken. See the job summary.',
    );
    expect(run.outputs).toMatchObject({ connectors: '3', 'failed-connectors': '1', errors: '0', warnings: '0' });
  });

  test('one combined summary: a table of connectors, then a section each', async () => {
    const s = run.summary;
    expect(s).toContain('## connector-export: 3 connectors');
    expect(s).toContain('❌ **1 of 3 connectors failed.**');
    expect(s).toMatch(
      /\| ❌ failed \| \*\*connectors\/broken\*\* \| connectors\/broken\/apiProperties.json:4:23: Invalid JSON/,
    );
    expect(s).toMatch(
      /\| ✅ \| \*\*Contoso Costs\*\*<br>`connectors\/contoso-costs` \| valid \| not checked \| artifact `connector-contoso-costs` \|/,
    );
    expect(s).toMatch(/<details><summary>✅ Contoso Plain<\/summary>/);
    expect(s).toContain('#### Export (manual)');
    // Totals and one JSON report per connector.
    const combined = JSON.parse(await readFile(run.outputs['report-path'], 'utf8'));
    expect(combined.totals).toMatchObject({ connectors: 3, failed: 1 });
    const costs = combined.connectors.find((c: { source: string }) => c.source === 'connectors/contoso-costs');
    const report = JSON.parse(await readFile(costs.report, 'utf8'));
    expect(report).toMatchObject({ connector: 'Contoso Costs', export: { exported: true, mode: 'manual' } });
  });
});

describe('a pull request over the connector repository', () => {
  const REPOSITORY = 'contoso/connectors';
  let api: GitHubApi;
  let repo: string;
  const gitIn = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    }).trim();

  beforeAll(async () => {
    api = await startGitHubApi();
    repo = await mkdtemp(path.join(tmpdir(), 'ce-e2e-projects-pr-'));
    temps.push(repo);
    await cp(path.join(workspace, 'connectors', 'contoso-costs'), path.join(repo, 'connectors', 'contoso-costs'), {
      recursive: true,
    });
    await cp(path.join(workspace, 'connectors', 'plain'), path.join(repo, 'connectors', 'plain'), { recursive: true });
    gitIn('init', '-q', '-b', 'main');
    gitIn('add', '.');
    gitIn('commit', '-q', '--no-gpg-sign', '-m', 'base');
  });

  afterAll(async () => {
    await api?.stop();
  });

  test("one sticky comment for all connectors; dropping a folder's policy is breaking drift, on its file", async () => {
    const base = gitIn('rev-parse', 'HEAD');
    const properties = structuredClone(API_PROPERTIES);
    properties.properties.policyTemplateInstances = [];
    await writeFile(
      path.join(repo, 'connectors', 'contoso-costs', 'apiProperties.json'),
      JSON.stringify(properties, null, 4),
    );
    gitIn('commit', '-q', '--no-gpg-sign', '-am', 'Drop the tenant header');
    const head = gitIn('rev-parse', 'HEAD');
    const fixture = JSON.parse(
      await readFile(path.join(repoRoot, '__tests__', 'fixtures', 'events', 'pull_request.json'), 'utf8'),
    );
    fixture.pull_request.head.sha = head;
    fixture.pull_request.base.sha = base;
    const number = fixture.pull_request.number as number;
    const r = await runAction({
      cwd: repo,
      event: fixture,
      inputs: { definition: 'connectors/*', 'github-token': 'ghs_e2e_projects_pr' },
      env: {
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_SHA: head,
      },
    });
    temps.push(r.tempDir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::connector-export failed on 1 of 2 connectors: Contoso Costs. See the job summary.',
    );
    // The drift is annotated on the folder's apiProperties.json.
    expect(r.stdout).toMatch(
      /^::error title=connector-export drift%3A policy-template-removed,file=connectors\/contoso-costs\/apiProperties.json::Policy template 'setheader' \('Tenant header'\) is removed\./m,
    );
    const posted = api.comments.get(number) ?? [];
    expect(posted).toHaveLength(1);
    const body = posted[0].body;
    expect(body).toMatch(
      /^<!-- connector-export:connectors\/ -->\n## connector-export: 2 connectors\n\n❌ \*\*1 of 2 connectors failed\.\*\*/,
    );
    expect(body).toContain(
      '| ❌ | **Contoso Costs**<br>`connectors/contoso-costs` | valid | 1 breaking, 0 warnings, 0 info |',
    );
    expect(body).toContain('| ✅ | **Contoso Plain**<br>`connectors/plain` | valid | none |');
    expect(body).toContain("Policy template 'setheader' ('Tenant header') is removed.");
    expect(r.outputs).toMatchObject({ connectors: '2', 'failed-connectors': '1', breaking: '1', drift: 'true' });
  });
});
