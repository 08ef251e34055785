import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { OWNED_LIST } from '../src/export/packageFolder.ts';
import { startAzurite, type Azurite } from './support/azurite.ts';
import { readZip, startResultsService, type FakeArtifact, type ResultsService } from './support/resultsService.ts';
import { runAction, type ActionRun, type RunActionOptions } from './support/runAction.ts';
import { repoRoot } from './support/shared.ts';
import { unzip } from './support/unzip.ts';

/**
 * The bundled action (dist/index.js, build it first) in manual mode, run as a runner runs it: a real artifact upload
 * through the fake results service into Azurite, on the example Function app whose baseline has breaking drift.
 */

const example = path.join(repoRoot, 'examples', 'function-app');
const DEFINITION = 'api/swagger.json';
const BASELINE = 'api/connector/apiDefinition.swagger.json';
const PACKAGE_FILES = [
  'IMPORT.md',
  'apiDefinition.swagger.json',
  'apiProperties.json',
  'settings.json',
  'solution.zip',
];
/** The package folder also holds the list of what the action wrote there (it replaces only those files). */
const PACKAGE_FOLDER = [OWNED_LIST, ...PACKAGE_FILES].sort();

let azurite: Azurite;
let service: ResultsService;
let workspace: string;
let sourceText: string;
let baselineText: string;
const temps: string[] = [];
let nextRunId = 5100;

beforeAll(async () => {
  azurite = await startAzurite();
  service = await startResultsService({ azurite });
  workspace = await mkdtemp(path.join(tmpdir(), 'ce-e2e-manual-'));
  temps.push(workspace);
  await mkdir(path.join(workspace, 'api'));
  await cp(path.join(example, 'swagger.json'), path.join(workspace, DEFINITION));
  await cp(path.join(example, 'connector'), path.join(workspace, 'api', 'connector'), { recursive: true });
  sourceText = await readFile(path.join(workspace, DEFINITION), 'utf8');
  baselineText = await readFile(path.join(workspace, BASELINE), 'utf8');
}, 30_000);

afterAll(async () => {
  await service?.stop();
  await azurite?.stop();
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

async function run(options: Omit<RunActionOptions, 'cwd'> & { cwd?: string }): Promise<ActionRun> {
  const result = await runAction({ cwd: workspace, ...options });
  temps.push(result.tempDir);
  return result;
}

/** A run of its own with the artifact runtime (each run may upload one artifact per name). */
function runnerEnv(extra: Record<string, string | undefined> = {}) {
  return { ...service.env(nextRunId++), ...extra };
}

/** 1-based line of the first line holding `needle`, at or after the line holding `after`. */
function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const start = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  const index = lines.findIndex((l, i) => i >= start && l.includes(needle));
  if (start < 0 || index < 0) throw new Error(`'${needle}' not found`);
  return index + 1;
}

/** `::error ...::` workflow commands for drift changes: rule, file, line. */
function driftAnnotations(stdout: string): Array<{ rule: string; file: string; line: number }> {
  return [...stdout.matchAll(/^::error title=connector-export drift%3A ([\w-]+),file=([^,]+),line=(\d+)::/gm)].map(
    (m) => ({ rule: m[1], file: m[2], line: Number(m[3]) }),
  );
}

async function unzipArtifact(artifact: FakeArtifact): Promise<Map<string, string>> {
  const members = readZip(await service.download(artifact));
  return new Map([...members].map(([name, data]) => [name, data.toString('utf8')]));
}

function artifactNamed(name: string, runId?: string): FakeArtifact {
  const found = service.artifacts.filter((a) => a.name === name && (runId === undefined || a.runBackendId === runId));
  expect(found).toHaveLength(1);
  return found[0];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const commonInputs = {
  definition: DEFINITION,
  baseline: BASELINE,
  'api-key-label': 'Function key',
  'github-token': 'ghs_e2e_manual_token',
};

describe('manual export of the example Function app to a real artifact', () => {
  test('breaking drift fails the step by default; the package is uploaded, reported and annotated', async () => {
    // The baseline is the copy exported last time (host and basePath as in the source): exporting with other ones
    // moves the connector, and the drift is about the connector as exported.
    const env = runnerEnv();
    const runId = env.GITHUB_RUN_ID;
    const r = await run({
      inputs: {
        ...commonInputs,
        host: 'costs.contoso.example',
        'base-path': '/v2/api',
        'artifact-name': 'costs-connector-package',
      },
      env,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `::error::connector-export failed on drift: 4 breaking change(s), 0 warning(s) against ${BASELINE} (fail-on: breaking). See the job summary.`,
    );

    // Outputs.
    const artifact = artifactNamed('costs-connector-package', runId);
    expect(r.outputs).toMatchObject({
      errors: '0',
      warnings: '0',
      'source-version': '2.0',
      drift: 'true',
      breaking: '4',
      'drift-warnings': '0',
      'artifact-id': String(artifact.id),
      'artifact-url': `https://github.com/octo-org/octo-repo/actions/runs/${runId}/artifacts/${artifact.id}`,
    });
    expect(existsSync(r.outputs['report-path'])).toBe(true);
    expect((await readdir(r.outputs['package-path'])).sort()).toEqual(PACKAGE_FOLDER);

    // The artifact service saw one upload, finalized under the requested name with the zip's size.
    const finalized = service.rpcs('FinalizeArtifact').filter((c) => (c.body as { name: string }).name);
    const ours = finalized.filter(
      (c) => (c.body as { workflow_run_backend_id: string }).workflow_run_backend_id === runId,
    );
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toMatchObject({ name: 'costs-connector-package' });
    const zip = await service.download(artifact);
    expect(Number((ours[0].body as { size: string }).size)).toBe(zip.length);

    // The blob in Azurite is the package: exactly four files, with the right content.
    const files = await unzipArtifact(artifact);
    expect([...files.keys()].sort()).toEqual(PACKAGE_FILES);
    const expected = { ...JSON.parse(sourceText), host: 'costs.contoso.example', basePath: '/v2/api' };
    expect(files.get('apiDefinition.swagger.json')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    const properties = JSON.parse(files.get('apiProperties.json') ?? '');
    expect(properties.properties.connectionParameters).toEqual({
      api_key: expect.objectContaining({
        type: 'securestring',
        uiDefinition: expect.objectContaining({ displayName: 'Function key' }),
      }),
    });
    expect(JSON.parse(files.get('settings.json') ?? '')).toMatchObject({
      apiDefinition: 'apiDefinition.swagger.json',
      apiProperties: 'apiProperties.json',
    });
    // solution.zip: the same connector as a Dataverse solution, versioned by the run (number 7, attempt 1).
    const solution = await unzip(readZip(await service.download(artifact)).get('solution.zip')!);
    const member = (name: string) => solution.find((e) => e.name === name)?.content.toString('utf8');
    expect(solution.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      'solution.xml',
      'customizations.xml',
      'Connector/new_contoso-20costs_openapidefinition.json',
      'Connector/new_contoso-20costs_connectionparameters.json',
      'Connector/new_contoso-20costs_policytemplateinstances.json',
    ]);
    expect(member('solution.xml')).toContain('<UniqueName>ContosoCosts</UniqueName>');
    expect(member('solution.xml')).toContain('<Version>1.0.7.1</Version>');
    expect(JSON.parse(member('Connector/new_contoso-20costs_openapidefinition.json')!)).toEqual(expected);
    expect(JSON.parse(member('Connector/new_contoso-20costs_connectionparameters.json')!)).toEqual(
      properties.properties.connectionParameters,
    );
    const guide = files.get('IMPORT.md') ?? '';
    expect(guide).toContain('pac solution import --path solution.zip');
    expect(guide).toContain('Contoso Costs');
    expect(guide).toContain('Function key');
    expect(guide).toContain('x-functions-key');
    expect(guide).toContain('costs.contoso.example');
    // The folder on disk and the uploaded zip hold the same bytes.
    for (const name of PACKAGE_FILES) {
      expect(await readFile(path.join(r.outputs['package-path'], name), 'utf8')).toBe(files.get(name));
    }

    // Job summary: drift verdict first, then validation and export (with the artifact link).
    const s = r.summary;
    expect(s).toMatch(
      /^## connector-export: Contoso Costs\n\n### ❌ 4 breaking changes: flows that use this connector will break/,
    );
    expect(s.indexOf('### Validation')).toBeGreaterThan(0);
    expect(s.indexOf('### Export (manual)')).toBeGreaterThan(s.indexOf('### Validation'));
    expect(s).toContain('its operationId changed from GetCosts to CalculateCosts. `operation-id-changed`');
    expect(s).toContain(`[\`costs-connector-package\`](${r.outputs['artifact-url']})`);

    // Annotations on the new definition, at the lines of what changed.
    expect(driftAnnotations(r.stdout)).toEqual([
      { rule: 'base-path-changed', file: DEFINITION, line: lineOf(sourceText, '"basePath"') },
      { rule: 'operation-id-changed', file: DEFINITION, line: lineOf(sourceText, '"operationId": "CalculateCosts"') },
      // The parameter object opens one line above its name.
      { rule: 'required-parameter-added', file: DEFINITION, line: lineOf(sourceText, '"name": "from"') - 1 },
      // 'period' is gone: the nearest line that still exists is its parent's properties.
      {
        rule: 'response-property-removed',
        file: DEFINITION,
        line: lineOf(sourceText, '"properties"', '"CostReport"'),
      },
    ]);

    // The JSON report.
    const report = JSON.parse(await readFile(r.outputs['report-path'], 'utf8'));
    expect(report).toMatchObject({
      version: 1,
      connector: 'Contoso Costs',
      sourceVersion: '2.0',
      validation: { errors: 0, warnings: 0, findings: [] },
      drift: { version: 1, baseline: BASELINE, verdict: { drift: true, breaking: 4, fail: true } },
      export: { mode: 'manual', exported: true, artifact: { name: 'costs-connector-package', id: artifact.id } },
    });
    // The info changes: the bumped info.version and the host no rule covers beside the basePath move.
    expect(report.drift.changes.map((c: { rule: string }) => c.rule)).toEqual([
      'base-path-changed',
      'operation-id-changed',
      'required-parameter-added',
      'response-property-removed',
      'definition-changed',
      'definition-changed',
    ]);
  });

  test("'fail-on: never' reports the same drift and exits 0; the artifact name defaults to connector-<slug>", async () => {
    const env = runnerEnv();
    const r = await run({ inputs: { ...commonInputs, 'fail-on': 'never' }, env });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^::error::/m);
    expect(r.outputs).toMatchObject({ drift: 'true', breaking: '3' });
    expect(driftAnnotations(r.stdout)).toHaveLength(3);
    const artifact = artifactNamed('connector-contoso-costs', env.GITHUB_RUN_ID);
    expect(r.outputs['artifact-id']).toBe(String(artifact.id));
    // No overrides and strict JSON: the exported definition is the source as written, byte for byte.
    const files = await unzipArtifact(artifact);
    expect(files.get('apiDefinition.swagger.json')).toBe(sourceText);
  });

  test('a failed upload fails the step but still publishes the drift report, outputs and annotations', async () => {
    service.fail({ rpc: 'CreateArtifact', status: 403, message: 'artifacts are not allowed here' });
    const r = await run({ inputs: { ...commonInputs, 'fail-on': 'never' }, env: runnerEnv() });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error::connector-export failed on export: GitHub artifacts \(403\): uploading 'connector-contoso-costs' failed: .*artifacts are not allowed here/,
    );
    // The upload used the job's own token: the hint does not send the user to 'github-token'.
    expect(r.summary).toContain("What to do: The artifact service refused this job's own token");
    expect(r.summary).not.toContain('github-token');
    expect(r.summary).toMatch(/^## connector-export: Contoso Costs\n\n### ❌ 3 breaking changes/);
    expect(r.summary).toContain('### Validation');
    expect(r.summary).toContain('### Export (manual)\n\n⏭️ Not exported: the export failed: GitHub artifacts (403)');
    expect(driftAnnotations(r.stdout)).toHaveLength(3);
    expect(r.outputs).toMatchObject({ errors: '0', drift: 'true', breaking: '3' });
    expect(r.outputs).not.toHaveProperty('artifact-id');
    const report = JSON.parse(await readFile(r.outputs['report-path'], 'utf8'));
    expect(report.export).toMatchObject({ mode: 'manual', exported: false });
    expect(report.drift.verdict.breaking).toBe(3);
  });

  test('outside a runner the package is written to package-path and the upload is skipped with a notice', async () => {
    const before = service.requests.length;
    const r = await run({ inputs: { ...commonInputs, 'fail-on': 'never', 'package-path': 'out/package' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '::notice::Not running on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN): the package was written but not uploaded.',
    );
    const packagePath = path.join(workspace, 'out', 'package');
    expect(r.outputs['package-path']).toBe(packagePath);
    expect(r.outputs).not.toHaveProperty('artifact-id');
    expect(r.outputs).not.toHaveProperty('artifact-url');
    expect((await readdir(packagePath)).sort()).toEqual(PACKAGE_FOLDER);
    expect(r.summary).toContain(`written to \`${packagePath}\``);
    expect(service.requests.length).toBe(before);
  });

  test('a definition that is not valid JSON fails with file:line:column, an annotation and a summary', async () => {
    // Line 4 misses the comma after the title: the parser stops at the next member, line 5 column 5.
    const broken = '{\n  "swagger": "2.0",\n  "info": {\n    "title": "Broken"\n    "version": "1.0"\n  }\n}\n';
    await writeFile(path.join(workspace, 'api', 'broken.json'), broken);
    const r = await run({ inputs: { definition: 'api/broken.json' }, env: runnerEnv() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=connector-export%3A definition,file=api\/broken\.json,line=5::api\/broken\.json:5:5: Invalid JSON/m,
    );
    expect(r.stdout).toMatch(/^::error::api\/broken\.json:5:5: Invalid JSON: .*%0A.*comma is probably missing/m);
    expect(r.summary).toMatch(/^## connector-export failed\n\n❌ api\/broken\.json:5:5: Invalid JSON/);
    expect(r.summary).toContain('**What to do:**');
    expect(r.outputs).toEqual({});
  });

  test('a YAML definition is read, diffed and exported as JSON, with annotations on the YAML lines', async () => {
    const yamlText = toYaml(JSON.parse(sourceText));
    await writeFile(path.join(workspace, 'api', 'swagger.yaml'), yamlText);
    const env = runnerEnv();
    const r = await run({
      inputs: { ...commonInputs, definition: 'api/swagger.yaml', 'fail-on': 'never', 'artifact-name': 'yaml-export' },
      env,
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ errors: '0', 'source-version': '2.0', drift: 'true', breaking: '3' });
    const file = 'api/swagger.yaml';
    expect(driftAnnotations(r.stdout)).toEqual([
      { rule: 'operation-id-changed', file, line: lineOf(yamlText, 'operationId: CalculateCosts') },
      { rule: 'required-parameter-added', file, line: lineOf(yamlText, '- name: from') },
      { rule: 'response-property-removed', file, line: lineOf(yamlText, 'properties:', 'CostReport:') },
    ]);
    const files = await unzipArtifact(artifactNamed('yaml-export', env.GITHUB_RUN_ID));
    expect(JSON.parse(files.get('apiDefinition.swagger.json') ?? '')).toEqual(parseYaml(yamlText));
  });

  test('comments and trailing commas load as Power Platform loads them: warned at their lines, exported strict', async () => {
    // The source gets a comment and a trailing comma, the baseline a trailing comma: both still load and diff.
    const lenient = sourceText
      .replace('{\n', '{\n  // exported by connector-export\n')
      .replace('"email": "platform@contoso.example" }', '"email": "platform@contoso.example", }');
    const lenientBaseline = baselineText.replace('"platform@contoso.example"', '"platform@contoso.example",');
    expect(() => JSON.parse(lenient)).toThrow();
    expect(() => JSON.parse(lenientBaseline)).toThrow();
    await writeFile(path.join(workspace, 'api', 'lenient.json'), lenient);
    await writeFile(path.join(workspace, 'api', 'lenient-baseline.json'), lenientBaseline);
    const env = runnerEnv();
    const r = await run({
      inputs: {
        ...commonInputs,
        definition: 'api/lenient.json',
        baseline: 'api/lenient-baseline.json',
        'fail-on': 'never',
        'artifact-name': 'lenient-export',
      },
      env,
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ errors: '0', drift: 'true', breaking: '3' });
    const comma = lineOf(lenient, '"platform@contoso.example", }');
    expect(r.stdout).toMatch(/^::warning title=connector-export%3A json-comment,file=api\/lenient\.json,line=2::/m);
    expect(r.stdout).toContain(
      `::warning title=connector-export%3A json-trailing-comma,file=api/lenient.json,line=${comma}::`,
    );
    const files = await unzipArtifact(artifactNamed('lenient-export', env.GITHUB_RUN_ID));
    const exported = files.get('apiDefinition.swagger.json') ?? '';
    expect(JSON.parse(exported)).toEqual(JSON.parse(sourceText));
    expect(exported).not.toContain('//');
  });

  test("'update-baseline' writes the exported definition over the baseline: the next run sees no drift", async () => {
    await writeFile(path.join(workspace, 'api', 'costs.yaml'), toYaml(JSON.parse(sourceText)));
    await writeFile(path.join(workspace, 'api', 'exported.swagger.json'), baselineText);
    const inputs = {
      ...commonInputs,
      definition: 'api/costs.yaml',
      baseline: 'api/exported.swagger.json',
      host: 'costs.contoso.example',
      'update-baseline': 'true',
      'fail-on': 'never',
    };
    const first = await run({ inputs, env: runnerEnv() });
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ drift: 'true', breaking: '3' });
    expect(first.stdout).toContain('Updated the baseline api/exported.swagger.json with the exported definition.');
    // The same bytes as the package's definition: JSON with the host override, not the YAML source.
    const updated = await readFile(path.join(workspace, 'api', 'exported.swagger.json'), 'utf8');
    expect(updated).toBe(
      await readFile(path.join(first.outputs['package-path'], 'apiDefinition.swagger.json'), 'utf8'),
    );
    expect(JSON.parse(updated)).toEqual({ ...JSON.parse(sourceText), host: 'costs.contoso.example' });

    const second = await run({ inputs, env: runnerEnv() });
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ drift: 'false', breaking: '0' });
    expect(second.summary).toContain('### ✅ No drift');
  });

  test('an OpenAPI 3 definition is converted to Swagger 2.0 and exported', async () => {
    const openapi = {
      openapi: '3.0.3',
      info: { title: 'Contoso Rates', version: '2.1.0', description: 'Exchange rates.' },
      servers: [{ url: 'https://rates.contoso.example/v1' }],
      components: {
        securitySchemes: { key: { type: 'apiKey', in: 'query', name: 'code' } },
        schemas: {
          Rate: {
            type: 'object',
            properties: {
              currency: { type: 'string', 'x-ms-summary': 'Currency' },
              rate: { type: 'number', format: 'double', 'x-ms-summary': 'Rate' },
            },
          },
        },
      },
      security: [{ key: [] }],
      paths: {
        '/rates/{currency}': {
          get: {
            operationId: 'GetRate',
            summary: 'Get a rate',
            description: 'Returns the exchange rate of a currency.',
            parameters: [
              {
                name: 'currency',
                in: 'path',
                required: true,
                schema: { type: 'string' },
                'x-ms-summary': 'Currency',
              },
            ],
            responses: {
              '200': {
                description: 'The rate',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Rate' } } },
              },
            },
          },
        },
      },
    };
    await writeFile(path.join(workspace, 'api', 'openapi.json'), JSON.stringify(openapi, null, 2));
    const env = runnerEnv();
    const r = await run({ inputs: { definition: 'api/openapi.json', baseline: 'none' }, env });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ errors: '0', 'source-version': '3.0.3', drift: 'false' });
    const files = await unzipArtifact(artifactNamed('connector-contoso-rates', env.GITHUB_RUN_ID));
    const exported = JSON.parse(files.get('apiDefinition.swagger.json') ?? '');
    expect(exported).toMatchObject({
      swagger: '2.0',
      info: { title: 'Contoso Rates', version: '2.1.0' },
      host: 'rates.contoso.example',
      basePath: '/v1',
      schemes: ['https'],
      securityDefinitions: { key: { type: 'apiKey', in: 'query', name: 'code' } },
    });
    expect(exported).not.toHaveProperty('openapi');
    const operation = exported.paths['/rates/{currency}'].get;
    expect(operation.operationId).toBe('GetRate');
    expect(operation.parameters[0]).toMatchObject({ name: 'currency', in: 'path', required: true, type: 'string' });
    expect(operation.responses['200'].schema).toEqual({ $ref: '#/definitions/Rate' });
    expect(exported.definitions.Rate.properties.rate).toMatchObject({ type: 'number', format: 'double' });
    const properties = JSON.parse(files.get('apiProperties.json') ?? '');
    expect(Object.keys(properties.properties.connectionParameters)).toEqual(['api_key']);
  });

  test("'baseline: artifact' on a push diffs against the export an earlier run uploaded on the default branch", async () => {
    // Run 1 on main exports the baseline copy.
    await writeFile(path.join(workspace, 'api', 'old.json'), baselineText);
    const first = runnerEnv();
    const seeded = await run({
      inputs: { definition: 'api/old.json', baseline: 'none', 'artifact-name': 'connector-costs-history' },
      env: first,
    });
    expect(seeded.code).toBe(0);
    const earlier = artifactNamed('connector-costs-history', first.GITHUB_RUN_ID);
    // A newer export of the same name from a feature branch must not be taken as the baseline.
    await service.seedArtifact({
      name: 'connector-costs-history',
      files: { 'apiDefinition.swagger.json': sourceText },
      run: { headBranch: 'feature/x' },
      createdAt: new Date(Date.now() + 60_000),
    });

    // Run 2 on main diffs the new definition against run 1's artifact.
    const second = runnerEnv();
    const r = await run({
      inputs: {
        definition: DEFINITION,
        baseline: 'artifact',
        'artifact-name': 'connector-costs-history',
        'github-token': 'ghs_e2e_manual_token',
        'fail-on': 'never',
      },
      env: second,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Baseline: artifact 'connector-costs-history' (id ${earlier.id}) of run ${first.GITHUB_RUN_ID}.`,
    );
    expect(r.outputs).toMatchObject({ drift: 'true', breaking: '3' });
    expect(r.summary).toContain('the newest export artifact on the default branch');
    const report = JSON.parse(await readFile(r.outputs['report-path'], 'utf8'));
    expect(report.drift.changes.map((c: { rule: string }) => c.rule)).toEqual([
      'operation-id-changed',
      'required-parameter-added',
      'response-property-removed',
      'definition-changed', // info.version 1.2.0 -> 1.3.0
    ]);
    // It listed artifacts and downloaded the zip with the token it was given.
    const zipCalls = service.requests.filter(
      (q) => q.path === `/repos/octo-org/octo-repo/actions/artifacts/${earlier.id}/zip`,
    );
    expect(zipCalls).toHaveLength(1);
    expect(zipCalls[0].headers.authorization).toBe('token ghs_e2e_manual_token');
    // And uploaded its own export beside the earlier one.
    expect(r.outputs['artifact-id']).toBe(String(artifactNamed('connector-costs-history', second.GITHUB_RUN_ID).id));
  });

  test('an artifact exported with host and base-path overrides is no drift for the same definition', async () => {
    const inputs = {
      ...commonInputs,
      baseline: 'artifact',
      host: 'costs.contoso.example',
      'base-path': '/v2/api',
      'artifact-name': 'connector-costs-moved',
    };
    // The first export finds no artifact yet: a first export, no drift.
    const first = runnerEnv();
    const seeded = await run({ inputs, env: first });
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain("No artifact 'connector-costs-moved' from the default branch yet");
    expect(seeded.summary).toContain('### 🆕 First export');
    // The next one compares the same definition, exported the same way, with that artifact.
    const r = await run({ inputs, env: runnerEnv() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Baseline: artifact 'connector-costs-moved' (id ${artifactNamed('connector-costs-moved', first.GITHUB_RUN_ID).id})`,
    );
    expect(r.outputs).toMatchObject({ drift: 'false', breaking: '0', 'drift-warnings': '0' });
    expect(r.summary).toContain('### ✅ No drift');
  });

  test("manual mode refuses 'oauth-client-secret' and the value appears nowhere", async () => {
    const secret = 'Zq8~not-for-files~Secr3tValue_e2e';
    const env = runnerEnv();
    const before = service.requests.length;
    const r = await run({ inputs: { ...commonInputs, 'oauth-client-secret': secret, 'fail-on': 'never' }, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::Input 'oauth-client-secret': is a secret, and manual mode writes files/m);
    expect(r.summary).toContain("Input 'oauth-client-secret'");
    // The runner hides a value once told to; that command is the only line that may carry it.
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`::add-mask::${secret}`);
    const logged = lines.filter((l) => l !== `::add-mask::${secret}`).join('\n');
    expect(logged).not.toContain(secret);
    expect(r.stderr).not.toContain(secret);
    // Nothing uploaded, and no file of the run or the workspace holds it.
    expect(service.requests.length).toBe(before);
    for (const file of [...(await filesUnder(r.tempDir)), ...(await filesUnder(workspace))]) {
      expect({ file, leaked: (await readFile(file, 'utf8')).includes(secret) }).toEqual({ file, leaked: false });
    }
  });
});
