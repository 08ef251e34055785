/**
 * #14 item 2: `package-path` never deletes a file the action did not write. The package goes only into a folder
 * the action creates, an empty one, or one holding exactly the package it wrote there before; the workspace,
 * RUNNER_TEMP, their ancestors and anything outside both are refused, as is a symbolic link that leads out.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OWNED_LIST } from '../../src/export/packageFolder.ts';
import { runAction, type ActionRun } from '../support/runAction.ts';
import { swagger, workspaceWith } from './localServices.ts';

const PACKAGE = ['IMPORT.md', 'apiDefinition.swagger.json', 'apiProperties.json', 'settings.json', 'solution.zip'];
const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/**
 * A checkout with the definition and a few files of the user's own, two levels down in a sandbox of its own with a
 * file at each level: were the refusals broken, `..` and the absolute path would empty the sandbox (never /tmp).
 */
async function checkout(): Promise<string> {
  const sandbox = await workspaceWith({ 'keep.txt': 'sandbox\n', 'outer/keep.txt': 'outer\n' });
  temps.push(sandbox);
  const workspace = path.join(sandbox, 'outer', 'workspace');
  await mkdir(path.join(workspace, 'api'), { recursive: true });
  await mkdir(path.join(workspace, 'src'));
  await writeFile(path.join(workspace, 'api', 'swagger.json'), JSON.stringify(swagger()));
  await writeFile(path.join(workspace, 'src', 'index.ts'), 'export {};\n');
  await writeFile(path.join(workspace, 'README.md'), '# Costs\n');
  return workspace;
}

async function exportTo(workspace: string, packagePath: string): Promise<ActionRun> {
  const run = await runAction({
    cwd: workspace,
    inputs: { definition: 'api/swagger.json', 'package-path': packagePath },
  });
  temps.push(run.tempDir);
  return run;
}

/** Every file under `dir` with its content. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile())
      out[path.relative(dir, path.join(f.parentPath, f.name))] = await readFile(
        path.join(f.parentPath, f.name),
        'utf8',
      );
  }
  return out;
}

function expectRefused(run: ActionRun, why: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/::error::.*Input 'package-path': /);
  expect(run.stdout).toMatch(why);
  expect(run.stdout).toContain('new or empty folder');
  expect(run.outputs['package-path']).toBeUndefined();
}

describe('package-path', () => {
  const holds = /is the workspace or RUNNER_TEMP, or a folder that holds them/;
  test.each([
    ['.', holds],
    ['..', holds],
    ['the sandbox, absolute', holds],
    ['../elsewhere', /is outside the workspace and RUNNER_TEMP/],
  ])("'%s' is refused before anything is written", async (name, why) => {
    const workspace = await checkout();
    const sandbox = path.dirname(path.dirname(workspace));
    await mkdir(path.join(sandbox, 'outer', 'elsewhere'));
    await writeFile(path.join(sandbox, 'outer', 'elsewhere', 'keep.txt'), 'elsewhere\n');
    const before = await snapshot(sandbox);
    const run = await exportTo(workspace, name === 'the sandbox, absolute' ? sandbox : name);
    expectRefused(run, why);
    expect(await snapshot(sandbox)).toEqual(before);
  });

  test("a folder of the user's files (src) is refused and left as it is", async () => {
    const workspace = await checkout();
    const before = await snapshot(workspace);
    const run = await exportTo(workspace, 'src');
    expectRefused(run, /'.*src' holds files connector-export did not write \(or that changed since\): index\.ts/);
    expect(await snapshot(workspace)).toEqual(before);
  });

  test('a new folder is created; a rerun replaces the package it wrote there', async () => {
    const workspace = await checkout();
    const first = await exportTo(workspace, 'out/package');
    expect(first.code).toBe(0);
    const dir = path.join(workspace, 'out', 'package');
    expect(first.outputs['package-path']).toBe(dir);
    expect((await readdir(dir)).sort()).toEqual([OWNED_LIST, ...PACKAGE].sort());
    const second = await exportTo(workspace, 'out/package');
    expect(second.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([OWNED_LIST, ...PACKAGE].sort());
  });

  test('an empty folder is used', async () => {
    const workspace = await checkout();
    await mkdir(path.join(workspace, 'empty'));
    const run = await exportTo(workspace, 'empty');
    expect(run.code).toBe(0);
    expect((await readdir(path.join(workspace, 'empty'))).sort()).toEqual([OWNED_LIST, ...PACKAGE].sort());
  });

  test('an earlier package with a file added or changed since is refused: nothing is deleted', async () => {
    const workspace = await checkout();
    const dir = path.join(workspace, 'out');
    expect((await exportTo(workspace, 'out')).code).toBe(0);
    await writeFile(path.join(dir, 'notes.txt'), 'mine\n');
    await writeFile(path.join(dir, 'IMPORT.md'), 'edited by hand\n');
    const before = await snapshot(workspace);
    const run = await exportTo(workspace, 'out');
    expectRefused(run, /holds files connector-export did not write \(or that changed since\): IMPORT\.md, notes\.txt/);
    expect(await snapshot(workspace)).toEqual(before);
  });

  test('a symbolic link in the workspace that leads outside is refused; the folder it names is untouched', async () => {
    const workspace = await checkout();
    const outside = await mkdtemp(path.join(tmpdir(), 'ce-outside-'));
    temps.push(outside);
    await writeFile(path.join(outside, 'keep.txt'), 'keep\n');
    await symlink(outside, path.join(workspace, 'linked'));
    const run = await exportTo(workspace, 'linked/package');
    expectRefused(run, /leads \(through a symbolic link\) outside the workspace and RUNNER_TEMP/);
    expect(await readdir(outside)).toEqual(['keep.txt']);
  });
});
