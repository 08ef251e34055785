import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from './support/runAction.ts';
import { repoRoot } from './support/shared.ts';

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = path.join(prefix, name);
    return statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name), rel) : [rel];
  });
}

// dist/ is committed because a JavaScript action runs it as it is: it must be the build of src/.
describe('dist/', () => {
  test('is the ncc build of src/ (run `npm run build` and commit dist/ when this fails)', async () => {
    const { build } = (await import(path.join(repoRoot, 'scripts', 'build.mjs'))) as {
      build: (out: string) => Promise<void>;
    };
    const out = mkdtempSync(path.join(tmpdir(), 'ce-dist-'));
    await build(out);
    const dist = path.join(repoRoot, 'dist');
    expect(files(dist).sort()).toEqual(files(out).sort());
    for (const file of files(out)) {
      const same = readFileSync(path.join(out, file)).equals(readFileSync(path.join(dist, file)));
      expect({ file, same }).toEqual({ file, same: true });
    }
  }, 600_000); // two bundles (action and command line), on a loaded machine

  // Adapters load these on first use (README, Development): a run that never signs in, calls the GitHub API or
  // uploads must not read or compile them, so they live in chunks of their own, never in the entry file. (The
  // yaml library, also loaded on first use, is CommonJS: webpack names no module of it in these comments.)
  test('dist/index.js holds none of the libraries that adapters load on first use', () => {
    const entry = readFileSync(path.join(repoRoot, 'dist', 'index.js'), 'utf8');
    const bundled = [
      ...entry.matchAll(/^;?\/\/ (?:CONCATENATED|EXTERNAL) MODULE: \.\/node_modules\/((?:@[^/]+\/)?[^/]+)\//gm),
    ].map((m) => m[1]);
    const lazy = [
      '@azure/identity',
      '@azure/msal-node',
      '@actions/artifact',
      '@actions/github',
      '@octokit/core',
      'archiver',
      // @actions/core's entry module loads its OIDC client (@actions/http-client, undici): only sign-in needs it.
      '@actions/core',
      '@actions/http-client',
    ];
    expect(bundled.filter((name) => lazy.includes(name))).toEqual([]);
    // The check reads webpack's module comments: it must see the libraries the entry does hold.
    expect(bundled).toContain('@noble/hashes');
  });

  // Each of these costs a run more than its own work (README, Development): the log, files, the zip and the hashes
  // are written without them. A manual run with a baseline uses every stage but export's adapters.
  test("a manual run loads none of Node's stream, zlib, crypto, child-process, network or terminal modules", async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'ce-modules-'));
    try {
      const example = path.join(repoRoot, 'examples', 'function-app');
      copyFileSync(path.join(example, 'swagger.json'), path.join(work, 'swagger.json'));
      copyFileSync(path.join(example, 'connector', 'apiDefinition.swagger.json'), path.join(work, 'baseline.json'));
      const hook = path.join(work, 'modules.cjs');
      const list = path.join(work, 'modules.txt');
      writeFileSync(
        hook,
        `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`,
      );
      const run = await runAction({
        inputs: { definition: 'swagger.json', baseline: 'baseline.json', 'fail-on': 'never' },
        cwd: work,
        env: { NODE_OPTIONS: `--require ${hook}` },
      });
      rmSync(run.tempDir, { recursive: true, force: true });
      expect(run.code).toBe(0);
      expect(run.outputs.drift).toBe('true');
      const loaded = readFileSync(list, 'utf8').split('\n');
      expect(loaded).toContain('NativeModule fs');
      const heavy = ['stream', 'zlib', 'crypto', 'child_process', 'net', 'tty', 'fs/promises', 'readline', 'http'];
      expect(heavy.filter((name) => loaded.includes(`NativeModule ${name}`))).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
