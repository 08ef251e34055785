/**
 * The command line's whole-process cost: `connector-export validate` (the bundled dist/cli/index.js, as the
 * package's bin runs it) on the largest corpus connector, against a bare `node` that only reads and parses the same
 * file. Both as child processes of this Node, interleaved, medians of several runs. Goal: at most 3x.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROUNDS = 9;
const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli', 'index.js');
const PARSE = 'JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8").replace(/^\\uFEFF/, ""))';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function timed(args: string[]): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { stdio: 'ignore' });
  const ms = performance.now() - start;
  // validate exits 1 on a connector with errors: that is still a complete run.
  if (child.status === null || child.status > 1) throw new Error(`${args.join(' ')} exited ${child.status}`);
  return ms;
}

export async function run(sharedDir: string): Promise<void> {
  const dir = path.join(sharedDir, 'corpus', 'connectors');
  const largest = readdirSync(dir)
    .map((slug) => path.join(dir, slug, 'apiDefinition.swagger.json'))
    .reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
  const bare: number[] = [];
  const ours: number[] = [];
  timed(['-e', PARSE, largest]); // warm the file cache
  timed([cli, 'validate', largest, '--quiet']);
  for (let i = 0; i < ROUNDS; i++) {
    bare.push(timed(['-e', PARSE, largest]));
    ours.push(timed([cli, 'validate', largest, '--quiet']));
  }
  const [b, o] = [median(bare), median(ours)];
  const name = path.basename(path.dirname(largest));
  console.log(`file: ${name} (${(statSync(largest).size / 1024 / 1024).toFixed(2)} MB)`);
  console.log(`(a) node -e 'JSON.parse(...)':        ${b.toFixed(0)} ms  (whole process, median of ${ROUNDS})`);
  console.log(`(b) connector-export validate:       ${o.toFixed(0)} ms  (whole process, median of ${ROUNDS})`);
  console.log(`command line / bare node:            ${(o / b).toFixed(2)}x  (target <= 3x)`);
}
