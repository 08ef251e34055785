import { describe, expect, jest, test } from '@jest/globals';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '../support/shared.ts';

/**
 * "Tests that bite" (#14): a test file skipped whole (../shared absent) prints why in the default output. Jest's
 * default reporter drops the console output of a file that ran no test, so the summary reporter repeats it.
 * (Checked by hand too: a copy of the repository without ../shared prints one line per skipped file.)
 */

interface Reporter {
  onTestResult(test: unknown, result: object): void;
  onRunComplete(contexts: unknown, results: object): void;
}
const Reporter = createRequire(import.meta.url)(path.join(repoRoot, '__tests__/support/summary-reporter.cjs')) as new (
  config: object,
) => Reporter;

const result = (file: string, counts: { pass?: number; pending?: number }, warnings: string[] = []) => ({
  testFilePath: path.join(repoRoot, '__tests__', file),
  numPassingTests: counts.pass ?? 0,
  numFailingTests: 0,
  numPendingTests: counts.pending ?? 0,
  numTodoTests: 0,
  console: warnings.map((message) => ({ type: 'warn', message, origin: '' })),
});

function printed(results: object[]): string {
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    const reporter = new Reporter({ rootDir: repoRoot });
    for (const r of results) reporter.onTestResult({}, r);
    reporter.onRunComplete(new Set(), { numPassedTests: 1, numFailedTests: 0, numPendingTests: 4, numTodoTests: 0 });
    return write.mock.calls.map(([text]) => String(text)).join('');
  } finally {
    write.mockRestore();
  }
}

describe('summary reporter', () => {
  test('a file skipped whole is named with the reason it printed; partly skipped files are not', () => {
    const reason = 'Skipping tests that read /x/shared/corpus: ../shared is not beside this checkout.';
    const out = printed([
      result('corpus.test.ts', { pending: 3 }, [reason, reason]),
      result('mixed.test.ts', { pass: 1, pending: 1 }, [reason]),
    ]);
    expect(out).toBe(`skipped whole: __tests__/corpus.test.ts: ${reason}\ntests: 1 passed, 0 failed, 4 skipped\n`);
  });

  test('a file skipped whole without a printed reason says so', () => {
    expect(printed([result('quiet.test.ts', { pending: 2 })])).toContain(
      'skipped whole: __tests__/quiet.test.ts: no reason printed',
    );
  });
});
