// Drift benchmark: every real revision pair through the action's own path (load with the line map, validate the new
// definition, diff), against JSON.parse of the same pair in the same run.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDefinition } from '../../src/definition/parse.ts';
import { diffDefinitions } from '../../src/drift/index.ts';
import { validateDefinition } from '../../src/validation/index.ts';

interface Pair {
  slug: string;
  old: string;
  new: string;
}

const ROUNDS = 5;
const MB = 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function parsable(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the action does with a pair: both loaded (lines included; the old one, a baseline, without the search for
 * repeated keys, as src/stages/drift.ts loads it), the new one validated, then diffed.
 */
function pipeline(oldText: string, newText: string) {
  const oldDef = parseDefinition(oldText, 'old.swagger.json', undefined, { duplicates: false });
  const newDef = parseDefinition(newText, 'new.swagger.json');
  validateDefinition(newDef);
  return diffDefinitions(oldDef, newDef);
}

/** Best of ROUNDS: the least disturbed measurement of each pair. */
function best(fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

export async function run(sharedDir: string): Promise<void> {
  const dir = path.join(sharedDir, 'corpus', 'drift');
  if (!existsSync(dir)) {
    console.log(`drift: skipped, ${dir} is absent`);
    return;
  }
  const slugs = readdirSync(dir).sort();
  const read = (slug: string, name: string) =>
    readFileSync(path.join(dir, slug, '0', name), 'utf8').replace(/^\uFEFF/, '');
  const size = (slug: string) =>
    statSync(path.join(dir, slug, '0', 'old.swagger.json')).size +
    statSync(path.join(dir, slug, '0', 'new.swagger.json')).size;

  // Memory first, on the largest pair alone: the texts of all the others would dwarf it.
  const largest = slugs.reduce((a, b) => (size(a) >= size(b) ? a : b));
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  const [oldText, newText] = [read(largest, 'old.swagger.json'), read(largest, 'new.swagger.json')];
  const result = pipeline(oldText, newText);
  const peak = process.memoryUsage();
  // The process's peak resident size so far: the largest pair runs first, so this is its peak.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;

  const pairs: Pair[] = [];
  let skipped = 0;
  for (const slug of slugs) {
    const pair = { slug, old: read(slug, 'old.swagger.json'), new: read(slug, 'new.swagger.json') };
    if (parsable(pair.old) && parsable(pair.new)) pairs.push(pair);
    else skipped++;
  }
  const parseOnly = (p: Pair) => [JSON.parse(p.old), JSON.parse(p.new)];
  const parseAndDiff = (p: Pair) => pipeline(p.old, p.new);
  for (const p of pairs) parseAndDiff(p); // warm-up: JIT, inline caches

  const parseMs: number[] = [];
  const diffMs: number[] = [];
  let changes = 0;
  for (const p of pairs) {
    parseMs.push(best(() => parseOnly(p)));
    diffMs.push(best(() => parseAndDiff(p)));
    changes += parseAndDiff(p).length;
  }
  const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const ratios = pairs.map((_, i) => diffMs[i] / parseMs[i]);
  const worst = ratios.indexOf(Math.max(...ratios));

  const f = (ms: number) => ms.toFixed(2);
  console.log(
    `drift: ${pairs.length} pairs (${skipped} skipped: unparsable JSON), ${changes} changes, best of ${ROUNDS} rounds`,
  );
  console.log(`  load + validate + diff: total ${f(total(diffMs))} ms, median ${f(median(diffMs))} ms per pair`);
  console.log(`  JSON.parse of both files: total ${f(total(parseMs))} ms, median ${f(median(parseMs))} ms per pair`);
  console.log(
    `  ratio (load + validate + diff) / JSON.parse: total ${(total(diffMs) / total(parseMs)).toFixed(2)}x, median ${median(ratios).toFixed(2)}x, ` +
      `worst ${ratios[worst].toFixed(2)}x (${pairs[worst].slug}, ${f(diffMs[worst])} ms)`,
  );
  console.log(
    `  largest pair ${largest} (${(size(largest) / MB).toFixed(2)} MB, ${result.length} changes), measured alone first: ` +
      `peak rss ${maxRssMb.toFixed(1)} MB (target < 200 MB), rss now ${(peak.rss / MB).toFixed(1)} MB, heapUsed ${(peak.heapUsed / MB).toFixed(1)} MB ` +
      `(+${((peak.heapUsed - base.heapUsed) / MB).toFixed(1)} MB for this pair${gc ? '' : ', run with --expose-gc for a clean base'})`,
  );
}
