// `npm run example`: runs the bundled action (dist/index.js) on examples/function-app the way a runner does
// (inputs as INPUT_* variables, output and summary files), with no credentials and no network: outside a runner the
// artifact upload is skipped and the package stays in examples/out/package.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'examples', 'out');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const summary = path.join(out, 'summary.md');
const outputs = path.join(out, 'outputs.txt');
writeFileSync(summary, '');
writeFileSync(outputs, '');

const inputs = {
  definition: 'examples/function-app/swagger.json',
  baseline: 'examples/function-app/connector/apiDefinition.swagger.json',
  'api-key-label': 'Function key',
  'package-path': 'examples/out/package',
  // The example's baseline has breaking drift on purpose: show it without failing.
  'fail-on': 'never',
  comment: 'never',
};
// Only what a runner would set: the parent's GITHUB_*/ACTIONS_*/INPUT_* variables must not leak in.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(GITHUB_|ACTIONS_|INPUT_|RUNNER_)/.test(k)),
);
Object.assign(env, {
  GITHUB_WORKSPACE: root,
  GITHUB_STEP_SUMMARY: summary,
  GITHUB_OUTPUT: outputs,
  RUNNER_TEMP: out,
});
for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

const result = spawnSync(process.execPath, [path.join(root, 'dist', 'index.js')], { cwd: root, env, stdio: 'inherit' });
console.log(`\nJob summary (Markdown): ${path.relative(root, summary)}`);
// GITHUB_OUTPUT holds `name<<DELIMITER`, the value, then the delimiter, for each output.
const pairs = [...readFileSync(outputs, 'utf8').matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)];
console.log(`Outputs:\n${pairs.map(([, name, , value]) => `  ${name}=${value}`).join('\n')}`);
process.exit(result.status ?? 1);
