/**
 * The published package: `npm pack`, then the tarball installed into an empty folder with no registry (`--offline`:
 * the command is bundled and must need nothing else) and run under this Node (24), as a user of the registry would.
 * Also the release notes the release workflow takes from CHANGELOG.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { releaseNotes } from '../scripts/release-notes.ts';
import { repoRoot } from './support/shared.ts';

const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
};

describe('the npm package', () => {
  let temp: string;
  let tarball: string;
  // The npm that runs `npm test` (its CLI script, run by this Node, 24), and this Node first on the PATH for the bin's
  // `#!/usr/bin/env node`.
  const npmCli = process.env.npm_execpath ?? execFileSync('which', ['npm'], { encoding: 'utf8' }).trim();
  const env = {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
    npm_config_cache: '',
  };
  const npm = (args: string[], cwd: string) =>
    execFileSync(process.execPath, [npmCli, ...args], {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  beforeAll(async () => {
    temp = await mkdtemp(path.join(tmpdir(), 'connector-export-pack-'));
    env.npm_config_cache = path.join(temp, 'npm-cache'); // an empty cache: nothing can come from an earlier install
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', temp], repoRoot)) as { filename: string }[];
    tarball = path.join(temp, packed[0].filename);
  });
  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  test('is publishable, with a bin and no runtime dependencies (everything is bundled)', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ 'connector-export': 'dist/cli/index.js' });
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  test('the tarball holds the built command, the licence and the changelog; no sources or tests', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
    for (const file of ['dist/cli/index.js', 'LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) {
      expect(files).toContain(`package/${file}`);
    }
    expect(files.filter((f) => /^package\/(src|__tests__|scripts|node_modules)\//.test(f))).toEqual([]);
    // The action's bundle is for the action's users (they check out the repository), not for the registry.
    expect(files).not.toContain('package/dist/index.js');
  });

  test('installs offline into an empty folder and runs under Node 24', async () => {
    const project = path.join(temp, 'project');
    execFileSync('mkdir', [project]);
    await writeFile(path.join(project, 'package.json'), '{ "name": "user-project", "private": true }\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', tarball], project);
    expect(await readdir(path.join(project, 'node_modules'))).toEqual(expect.arrayContaining(['connector-export']));
    expect((await readdir(path.join(project, 'node_modules'))).filter((d) => !d.startsWith('.'))).toEqual([
      'connector-export',
    ]);

    const bin = path.join(project, 'node_modules', '.bin', 'connector-export');
    expect(existsSync(bin)).toBe(true);
    expect(execFileSync(bin, ['--version'], { env, encoding: 'utf8' })).toBe(`${pkg.version}\n`);
    await writeFile(
      path.join(project, 'api.json'),
      await readFile(path.join(repoRoot, 'examples', 'function-app', 'swagger.json')),
    );
    expect(execFileSync(bin, ['validate', 'api.json'], { cwd: project, env, encoding: 'utf8' })).toBe(
      'api.json: valid, no findings.\n',
    );
  });
});

describe('release notes from CHANGELOG.md', () => {
  const changelog = ['# Changelog', '', '## [1.1.0] - 2026-12-01', '', '- New.', '', '## [1.0.0]', '', '- Old.', ''];
  test('the section of the version, up to the next one', () => {
    expect(releaseNotes(changelog.join('\n'), '1.1.0')).toBe('- New.\n');
    expect(releaseNotes(changelog.join('\n'), '1.0.0')).toBe('- Old.\n');
  });
  test('none for a version without a section (the release workflow stops there)', () => {
    expect(releaseNotes(changelog.join('\n'), '1.0')).toBeUndefined();
    expect(releaseNotes(changelog.join('\n'), '2.0.0')).toBeUndefined();
  });
  test('the changelog has an Unreleased section to collect the next release', async () => {
    const text = await readFile(path.join(repoRoot, 'CHANGELOG.md'), 'utf8');
    expect(text).toMatch(/^## \[Unreleased\]$/m);
  });
});
