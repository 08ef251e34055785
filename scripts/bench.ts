/**
 * Benchmarks over the real corpus in ../shared: `npm run bench [-- <section>...]`.
 * Each section is a module under scripts/bench/ exporting `run(sharedDir)`; adding one is one line below.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Section {
  run(sharedDir: string): Promise<void>;
}

const sections: Record<string, () => Promise<Section>> = {
  validation: () => import('./bench/validation.ts'),
  process: () => import('./bench/process.ts'),
  drift: () => import('./bench/drift.ts'),
  cli: () => import('./bench/cli.ts'),
  repository: () => import('./bench/repository.ts'),
};

const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
if (!existsSync(sharedDir)) {
  console.log(`No benchmark: ${sharedDir} (the corpus) is not beside this checkout.`);
  process.exit(0);
}
const wanted = process.argv.slice(2);
if (wanted.length !== 1) {
  // Each section in a process of its own: one section's heap (SwaggerParser's, say) must not slow or inflate the
  // next one's figures (a peak RSS is the process's). --expose-gc lets a section measure memory from a clean base.
  for (const name of wanted.length === 0 ? Object.keys(sections) : wanted) {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), name],
      {
        stdio: 'inherit',
      },
    );
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
  process.exit(0);
}
for (const name of wanted) {
  const load = sections[name];
  if (!load) {
    console.error(`Unknown section '${name}'; known: ${Object.keys(sections).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n## ${name}`);
  await (await load()).run(sharedDir);
}
