import { afterEach, describe, expect, test } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { runAction, type ActionRun } from '../support/runAction.ts';
import { repoRoot } from '../support/shared.ts';

/**
 * A job summary that cannot be written (a runner that removed the file) fails the step with a message in the log,
 * never with an uncaught exception's stack trace: the error report itself writes to the summary.
 */

const runs: ActionRun[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) await rm(r.tempDir, { recursive: true, force: true });
});

const example = path.join(repoRoot, 'examples', 'function-app');

describe('a job summary that cannot be written', () => {
  test('GITHUB_STEP_SUMMARY names a file that does not exist: the step fails with an error command and a warning, no stack trace', async () => {
    const run = await runAction({
      cwd: example,
      inputs: { definition: 'swagger.json', baseline: 'none', 'fail-on': 'never' },
      env: { GITHUB_STEP_SUMMARY: '/nonexistent/step-summary.md' },
    });
    runs.push(run);
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/GITHUB_STEP_SUMMARY names \/nonexistent\/step-summary\.md, which does not exist/);
    expect(run.stdout).toMatch(/::warning::The job summary could not be written: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toContain('Node.js v');
  });
});
