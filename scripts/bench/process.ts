/**
 * Whole-process figures of the bundled action (dist/index.js), the way a workflow pays them: start-up, bundle
 * compilation, the run, exit. Each case runs as its own process against a bare `node` doing the least the same job
 * needs (`node -e 0`, or read and JSON.parse the same file), all interleaved in one run so that load on the machine
 * hits both sides alike. `BENCH_DIST=<folder>` measures another build (e.g. an older dist/) the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROUNDS = 9;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const maxRssHook = path.join(root, 'scripts', 'bench', 'maxrss.mjs');
const redocly = path.join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

interface Command {
  /** What the figures call it. */
  label: string;
  args: string[];
  /** Run before the clock starts, e.g. to give the action fresh output files. */
  prepare?: () => void;
  env?: Record<string, string>;
  cwd?: string;
}

interface Sample {
  ms: number;
  rssMb: number;
}

/** One process, timed from spawn to exit; its peak RSS comes from the preloaded hook on fd 3. */
function measure(command: Command): Sample {
  command.prepare?.();
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', maxRssHook, ...command.args], {
    cwd: command.cwd ?? root,
    env: command.env ?? { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (child.status !== 0) {
    throw new Error(
      `${command.args.join(' ')} exited with ${child.status}:\n${child.stdout?.toString()}\n${child.stderr?.toString()}`,
    );
  }
  const rssKb = Number(child.output[3]?.toString());
  return { ms, rssMb: rssKb / 1024 };
}

/**
 * The action as run-example.mjs runs it: no runner (no repository, no artifact service), no comment. The
 * workspace is the folder the definition is in, since inputs name files inside it.
 */
function action(dist: string, work: string, workspace: string, inputs: Record<string, string>): Command {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
    GITHUB_OUTPUT: path.join(work, 'outputs.txt'),
    RUNNER_TEMP: work,
  };
  const all = {
    'package-path': path.join(work, 'package'),
    'fail-on': 'never',
    'fail-on-validation': 'never',
    comment: 'never',
    ...inputs,
  };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const fresh = () => {
    rmSync(path.join(work, 'package'), { recursive: true, force: true });
    for (const file of [env.GITHUB_STEP_SUMMARY, env.GITHUB_OUTPUT]) writeFileSync(file, '');
  };
  return { label: 'action', args: [path.join(dist, 'index.js')], env, prepare: fresh };
}

const bareParse = (file: string): Command => ({
  label: `node reading and parsing ${path.basename(file)}`,
  args: ['-e', "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))", file],
});

interface Case {
  name: string;
  subject: Command;
  reference: Command;
  /** How the subject compares with the reference: a ratio of times, or the time above it. */
  compare: 'ratio' | 'above';
  target: string;
}

function stats(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

export async function run(sharedDir: string): Promise<void> {
  const dist = path.resolve(process.env.BENCH_DIST ?? path.join(root, 'dist'));
  const connectors = path.join(sharedDir, 'corpus', 'connectors');
  const drift = path.join(sharedDir, 'corpus', 'drift');
  const largest = path.join(connectors, 'certified--Encodian', 'apiDefinition.swagger.json');
  const pair = path.join(drift, 'certified--Encodian', '0');
  for (const file of [largest, pair]) {
    if (!existsSync(file)) {
      console.log(`process: skipped, ${file} is absent`);
      return;
    }
  }
  const example = path.join(root, 'examples', 'function-app', 'swagger.json');
  const [oldFile, newFile] = [path.join(pair, 'old.swagger.json'), path.join(pair, 'new.swagger.json')];
  const work = mkdtempSync(path.join(tmpdir(), 'ce-bench-'));
  try {
    // Redocly reads a redocly.yaml from its working directory: run it in an empty one, telemetry off, and let it
    // exit 0 whatever it finds (as `fail-on: never` does for the action).
    const redoclyCwd = mkdtempSync(path.join(work, 'redocly-'));
    const cases: Case[] = [
      {
        name: `manual, largest connector (Encodian, ${(statSync(largest).size / 1024 / 1024).toFixed(2)} MB)`,
        subject: action(dist, work, path.dirname(largest), { definition: largest, baseline: 'none' }),
        reference: bareParse(largest),
        compare: 'ratio',
        target: '<= 3x bare parse',
      },
      {
        name: 'manual, small example (examples/function-app/swagger.json)',
        subject: action(dist, work, path.dirname(example), { definition: example, baseline: 'none' }),
        reference: { label: 'node -e 0', args: ['-e', '0'] },
        compare: 'above',
        target: '<= 60 ms above node -e 0',
      },
      {
        name: 'drift, largest real pair (Encodian old -> new)',
        subject: action(dist, work, pair, { definition: newFile, baseline: oldFile }),
        reference: existsSync(redocly)
          ? {
              label: 'redocly diff (@redocly/cli)',
              args: [redocly, 'diff', oldFile, newFile, '--fail-on', 'none'],
              env: { PATH: process.env.PATH ?? '', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
              cwd: redoclyCwd,
            }
          : bareParse(newFile),
        compare: 'ratio',
        target: existsSync(redocly)
          ? "<= 0.3x Redocly CLI's diff"
          : '(Redocly CLI not installed: against a bare parse)',
      },
    ];

    console.log(`process: ${path.relative(root, dist) || dist}/index.js, ${ROUNDS} rounds, Node ${process.version}`);
    for (const c of cases) {
      measure(c.subject); // warm-up: file cache
      measure(c.reference);
      const subject: Sample[] = [];
      const reference: Sample[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        subject.push(measure(c.subject));
        reference.push(measure(c.reference));
      }
      const relative =
        c.compare === 'ratio'
          ? subject.map((s, i) => s.ms / reference[i].ms)
          : subject.map((s, i) => s.ms - reference[i].ms);
      const r = stats(relative);
      const t = stats(subject.map((s) => s.ms));
      const b = stats(reference.map((s) => s.ms));
      const rss = stats(subject.map((s) => s.rssMb));
      const refRss = stats(reference.map((s) => s.rssMb));
      const f = (x: number) => x.toFixed(0);
      const show =
        c.compare === 'ratio'
          ? `${r.median.toFixed(2)}x (min ${r.min.toFixed(2)}x, max ${r.max.toFixed(2)}x)`
          : `+${f(r.median)} ms (min +${f(r.min)}, max +${f(r.max)})`;
      console.log(`\n${c.name}: ${show}; target ${c.target}`);
      console.log(
        `  action:    median ${f(t.median)} ms (min ${f(t.min)}, max ${f(t.max)}), peak RSS ${f(rss.max)} MB`,
      );
      console.log(
        `  reference: median ${f(b.median)} ms (min ${f(b.min)}, max ${f(b.max)}), peak RSS ${f(refRss.max)} MB (${c.reference.label})`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
