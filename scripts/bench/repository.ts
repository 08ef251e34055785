// The whole corpus as one connector repository, in one step: `definition: connectors/*` through the action's own
// run() (read each folder, validate, package, publish one combined report), in this process. Reports the total
// time and the process's peak RSS; the goal is under 15 s and 400 MB for the 731 connectors.
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Publisher } from '../../src/github/publish.ts';
import { run as runAction } from '../../src/main.ts';

const MB = 1024 * 1024;

export async function run(sharedDir: string): Promise<void> {
  const corpus = path.join(sharedDir, 'corpus');
  if (!existsSync(path.join(corpus, 'connectors'))) {
    console.log(`repository: skipped, ${corpus}/connectors is absent`);
    return;
  }
  const temp = await mkdtemp(path.join(tmpdir(), 'ce-bench-repository-'));
  const outputs: Record<string, string> = {};
  let summaryChars = 0;
  let failed: string | undefined;
  const quiet: Publisher = {
    output: (name, value) => (outputs[name] = String(value)),
    annotate: () => {},
    summary: async (markdown) => {
      summaryChars += markdown.length;
    },
    info: () => {},
    notice: () => {},
    warning: () => {},
    fail: (message) => (failed = message),
  };
  const inputs: Record<string, string> = { definition: 'connectors/*', 'package-path': path.join(temp, 'packages') };
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  await runAction({
    inputs: { get: (name) => inputs[name] ?? '' },
    env: { GITHUB_WORKSPACE: corpus, RUNNER_TEMP: temp },
    publisher: quiet,
    mask: () => {},
    getIdToken: async () => {
      throw new Error('no OIDC in the benchmark');
    },
  });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peak = (process.resourceUsage().maxRSS * 1024) / MB;
  const folders = readdirSync(path.join(corpus, 'connectors')).length;
  const packaged = existsSync(path.join(temp, 'packages')) ? readdirSync(path.join(temp, 'packages')).length : 0;
  console.log(
    `repository: ${outputs.connectors} connectors (of ${folders} folders) in one step: ${seconds.toFixed(1)} s, ` +
      `${cpuSeconds.toFixed(1)} s of CPU, peak RSS ${peak.toFixed(0)} MB (${(before / MB).toFixed(0)} MB before); ` +
      "goal < 15 s and < 400 MB (wall time depends on the machine's load: the CPU time does much less)",
  );
  console.log(
    `repository: ${packaged} packages written, ${outputs['failed-connectors']} connectors failed, ` +
      `${outputs.errors} validation errors, ${outputs.warnings} warnings; summary ${(summaryChars / 1024).toFixed(0)} KB`,
  );
  if (!failed) console.log('repository: the step passed');
  await rm(temp, { recursive: true, force: true });
}
