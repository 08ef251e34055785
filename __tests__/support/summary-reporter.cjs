// Prints one plain closing line ("tests: N passed, N failed, N skipped") that any CI log reader understands, and
// why whole test files were skipped: the default reporter shows no console output for a file that ran no test, so
// the reason a file printed (e.g. "../shared is not beside this checkout") would be lost.
class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.skippedFiles = [];
  }

  onTestResult(_test, result) {
    const ran = result.numPassingTests + result.numFailingTests;
    if (ran > 0 || result.numPendingTests + result.numTodoTests === 0) return;
    const reasons = (result.console ?? []).filter((entry) => entry.type === 'warn').map((entry) => entry.message);
    const file = result.testFilePath.startsWith(`${this.rootDir}/`)
      ? result.testFilePath.slice(this.rootDir.length + 1)
      : result.testFilePath;
    this.skippedFiles.push(`${file}: ${reasons.length ? [...new Set(reasons)].join(' ') : 'no reason printed'}`);
  }

  onRunComplete(_contexts, results) {
    for (const line of this.skippedFiles) process.stdout.write(`skipped whole: ${line}\n`);
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
