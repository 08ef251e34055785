// Bundles the action (src/index.ts -> dist/index.js) and the command line (src/cli.ts -> dist/cli/index.js) with
// ncc. `npm run build` writes dist/; the dist test builds into a temporary folder with this same function and
// compares, so the two can never build differently. Each entry gets a folder of its own: ncc names the chunks of
// dynamic imports by number, and two entries in one folder would overwrite each other's.
import ncc from '@vercel/ncc';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function bundle(entry, outDir) {
  const { code, assets } = await ncc(path.join(root, 'src', entry), {
    license: 'licenses.txt',
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2023',
  });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
    await writeFile(path.join(outDir, name), asset.source);
  }
}

export async function build(outDir) {
  await rm(outDir, { recursive: true, force: true });
  await bundle('index.ts', outDir);
  await bundle('cli.ts', path.join(outDir, 'cli'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build(path.resolve(process.argv[2] ?? path.join(root, 'dist')));
}
