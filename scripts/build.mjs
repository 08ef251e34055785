// Bundles src/index.ts into one folder with ncc. `npm run build` writes dist/; the dist test builds into a
// temporary folder with this same function and compares, so the two can never build differently.
import ncc from '@vercel/ncc';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function build(outDir) {
  const { code, assets } = await ncc(path.join(root, 'src', 'index.ts'), {
    license: 'licenses.txt',
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2023',
  });
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
    await writeFile(path.join(outDir, name), asset.source);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build(path.resolve(process.argv[2] ?? path.join(root, 'dist')));
}
