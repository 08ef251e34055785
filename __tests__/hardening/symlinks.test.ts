/**
 * #14 item 6: a symbolic link in the checkout (a pull request can add one) does not make the action read a file
 * outside the workspace (the definition, the baseline, the icon: it could end up in the artifact or the report),
 * and `update-baseline` never writes through a link.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, type ActionRun } from '../support/runAction.ts';
import { leaks, publishedTexts, swagger, workspaceWith } from './localServices.ts';

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** A folder outside the workspace holding a definition with a recognisable description, and an icon. */
async function outsideFiles(): Promise<{ dir: string; marker: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ce-outside-'));
  temps.push(dir);
  const marker = `outside-secret-${path.basename(dir)}`;
  await writeFile(
    path.join(dir, 'swagger.json'),
    JSON.stringify(swagger({ info: { title: 'Costs', description: marker, version: '1' } })),
  );
  await writeFile(path.join(dir, 'icon.png'), Buffer.from(`\x89PNG\r\n\x1a\n${marker}`, 'binary'));
  return { dir, marker };
}

async function run(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const r = await runAction({ cwd: workspace, inputs: { 'fail-on': 'never', ...inputs } });
  temps.push(r.tempDir);
  return r;
}

async function workspace(files: Record<string, string> = {}): Promise<string> {
  const dir = await workspaceWith({ 'api/swagger.json': JSON.stringify(swagger()), ...files });
  temps.push(dir);
  return dir;
}

describe('a link that leads outside the workspace is refused, naming the input', () => {
  test.each([
    ['definition', 'api/linked.json', 'swagger.json'],
    ['baseline', 'api/baseline.json', 'swagger.json'],
    ['icon', 'api/icon.png', 'icon.png'],
  ])('%s', async (input, link, target) => {
    const outside = await outsideFiles();
    const ws = await workspace();
    await symlink(path.join(outside.dir, target), path.join(ws, link));
    const r = await run(ws, { definition: 'api/swagger.json', [input]: link });
    expect(r.code).toBe(1);
    expect(r.summary).toContain(
      `Input '${input}': '${link}' is a symbolic link (or lies under one) that leads outside the workspace.`,
    );
    expect(leaks(await publishedTexts(r, [r.tempDir, ws]), outside.marker)).toEqual([]);
  });

  test('a linked folder on the way counts too', async () => {
    const outside = await outsideFiles();
    const ws = await workspace();
    await symlink(outside.dir, path.join(ws, 'shared'));
    const r = await run(ws, { definition: 'shared/swagger.json' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain("Input 'definition': 'shared/swagger.json' is a symbolic link");
    expect(leaks(await publishedTexts(r, [r.tempDir, ws]), outside.marker)).toEqual([]);
  });

  test("a file of a connector folder linked outside the folder is refused; the file's content goes nowhere", async () => {
    const outside = await outsideFiles();
    const ws = await workspace({ 'connectors/costs/apiDefinition.swagger.json': JSON.stringify(swagger()) });
    await writeFile(
      path.join(outside.dir, 'apiProperties.json'),
      JSON.stringify({ properties: { marker: outside.marker } }),
    );
    await symlink(
      path.join(outside.dir, 'apiProperties.json'),
      path.join(ws, 'connectors', 'costs', 'apiProperties.json'),
    );
    const r = await run(ws, { definition: 'connectors/costs' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain(
      'connectors/costs/apiProperties.json: is a symbolic link (or lies under one) that leads outside the connector folder.',
    );
    expect(leaks(await publishedTexts(r, [r.tempDir, ws]), outside.marker)).toEqual([]);
  });

  test('a link that stays inside the workspace is read as before', async () => {
    const ws = await workspace();
    await symlink(path.join(ws, 'api', 'swagger.json'), path.join(ws, 'api', 'current.json'));
    const r = await run(ws, { definition: 'api/current.json' });
    expect(r.code).toBe(0);
  });
});

describe('update-baseline', () => {
  test('never writes through a link to a file outside (refused before anything is read)', async () => {
    const outside = await outsideFiles();
    const before = await readFile(path.join(outside.dir, 'swagger.json'), 'utf8');
    const ws = await workspace();
    await symlink(path.join(outside.dir, 'swagger.json'), path.join(ws, 'api', 'baseline.json'));
    const r = await run(ws, {
      definition: 'api/swagger.json',
      baseline: 'api/baseline.json',
      'update-baseline': 'true',
    });
    expect(r.code).toBe(1);
    expect(await readFile(path.join(outside.dir, 'swagger.json'), 'utf8')).toBe(before);
  });

  test('never writes through a link, even one inside the workspace', async () => {
    const old = JSON.stringify(swagger({ info: { title: 'Costs', description: 'old', version: '0' } }));
    const ws = await workspace({ 'api/exported.json': old });
    await symlink(path.join(ws, 'api', 'exported.json'), path.join(ws, 'api', 'baseline.json'));
    const r = await run(ws, {
      definition: 'api/swagger.json',
      baseline: 'api/baseline.json',
      'update-baseline': 'true',
    });
    expect(r.code).toBe(1);
    expect(r.summary).toContain(
      "Input 'baseline': 'api/baseline.json' is a symbolic link: connector-export does not write through links.",
    );
    expect(await readFile(path.join(ws, 'api', 'exported.json'), 'utf8')).toBe(old);
  });
});
