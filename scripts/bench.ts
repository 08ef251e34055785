/**
 * Benchmarks over the real corpus in ../shared: `npm run bench [-- <section>...]`.
 * Each section is a module under scripts/bench/ exporting `run(sharedDir)`; adding one is one line below.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Section {
  run(sharedDir: string): Promise<void>;
}

const sections: Record<string, () => Promise<Section>> = {
  validation: () => import('./bench/validation.ts'),
  drift: () => import('./bench/drift.ts'),
};

const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
if (!existsSync(sharedDir)) {
  console.log(`No benchmark: ${sharedDir} (the corpus) is not beside this checkout.`);
  process.exit(0);
}
const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(sections)) {
  const load = sections[name];
  if (!load) {
    console.error(`Unknown section '${name}'; known: ${Object.keys(sections).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n## ${name}`);
  await (await load()).run(sharedDir);
}
