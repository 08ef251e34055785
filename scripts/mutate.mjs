// Mutation testing of the core, one target at a time (the machine is shared): `npm run mutate` runs every target,
// `npm run mutate -- validation inputs` only those, `npm run mutate -- --mutate 'src/x.ts'` any files. Other
// `--options` go to Stryker as they are. Reports land in reports/mutation/<target>/ (git-ignored); each target keeps
// an incremental file there, so a second run re-tests only the mutants whose code or covering tests changed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const targets = {
  validation: ['src/validation/**/*.ts'],
  inputs: ['src/inputs.ts'],
  sources: ['src/sources/**/*.ts'],
  comment: ['src/github/comment.ts', 'src/report/comment.ts'],
  register: ['src/powerplatform/register.ts'],
  drift: ['src/drift/**/*.ts'],
};

const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('-') && !args[args.indexOf(a) - 1]?.startsWith('--'));
const passed = args.filter((a) => !named.includes(a));
const unknown = named.filter((name) => !(name in targets));
if (unknown.length > 0) {
  console.error(`Unknown target ${unknown.join(', ')}: use one of ${Object.keys(targets).join(', ')}.`);
  process.exit(2);
}
const runs = passed.includes('--mutate')
  ? [['custom', []]]
  : (named.length > 0 ? named : Object.keys(targets)).map((name) => [name, targets[name]]);

const scores = [];
for (const [name, globs] of runs) {
  const dir = path.join('reports', 'mutation', name);
  const stryker = [
    path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'),
    'run',
    'stryker.config.mjs',
    ...(globs.length > 0 ? ['--mutate', globs.join(',')] : []),
    '--incrementalFile',
    path.join(dir, 'incremental.json'),
    ...passed,
  ];
  console.log(`\n== ${name}: ${globs.join(', ') || passed.join(' ')}`);
  const run = spawnSync('nice', ['-n', '10', process.execPath, ...stryker], {
    cwd: root,
    stdio: 'inherit',
    // The sandbox is a copy of the checkout under .stryker-tmp/: without this, every test that reads ../shared (the
    // drift property test, the rules on real connectors) would skip there, and the mutants only they kill survive.
    env: { ...process.env, MUTATE_REPORT_DIR: dir, CONNECTOR_EXPORT_SHARED: path.resolve(root, '..', 'shared') },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  scores.push([name, score(path.join(root, dir, 'mutation.json'))]);
}

console.log('\ntarget       score  killed timeout survived no-cov  (compile errors)');
for (const [name, s] of scores) {
  const pct = s.valid === 0 ? '  n/a' : `${((100 * s.detected) / s.valid).toFixed(1)}%`;
  console.log(
    `${name.padEnd(12)} ${pct.padStart(6)} ${String(s.Killed).padStart(6)} ${String(s.Timeout).padStart(7)} ` +
      `${String(s.Survived).padStart(8)} ${String(s.NoCoverage).padStart(6)}  (${s.CompileError})`,
  );
}

/** Stryker's mutation score: killed and timed-out mutants over every mutant that compiles and runs. */
function score(file) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
  for (const { mutants } of Object.values(JSON.parse(readFileSync(file, 'utf8')).files)) {
    for (const { status } of mutants) counts[status] = (counts[status] ?? 0) + 1;
  }
  const detected = counts.Killed + counts.Timeout;
  return { ...counts, detected, valid: detected + counts.Survived + counts.NoCoverage };
}
