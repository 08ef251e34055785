// Jest's test sequencer for mutation runs (jest.stryker.config.js): a mutant run loads only the test files that
// hold the mutant's covering tests. Stryker's jest runner narrows a run by test name (--testNamePattern) and by
// --findRelatedTests, but jest still loads every related test file to look for those names, and loading a file
// (ts-jest, ESM, its imports) costs far more than running its tests: a mutant in the validation rules loaded eight
// files to run three tests. After each run the sequencer notes which file each test is in (the dry run runs them
// all); it then drops the files none of whose tests match the pattern. A file it has not seen yet (a fresh test
// runner process) still runs, so a covering test is never skipped for want of knowing where it is.
import TestSequencer from '@jest/test-sequencer';

// A CommonJS module: its class is the `default` member.
const Sequencer = TestSequencer.default ?? TestSequencer;

/** Test full name -> test file, for the life of the test runner process. */
const files = (globalThis.__coveringTestFiles ??= new Map());

export default class CoveringTestsSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.pattern = options.globalConfig.testNamePattern;
  }

  sort(tests) {
    if (!this.pattern) return super.sort(tests);
    // Jest matches the pattern against each test's full name, case-insensitively.
    const re = new RegExp(this.pattern, 'i');
    const known = new Set(files.values());
    const wanted = new Set();
    for (const [name, file] of files) if (re.test(name)) wanted.add(file);
    return super.sort(tests.filter((t) => wanted.has(t.path) || !known.has(t.path)));
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    for (const file of results.testResults) {
      for (const a of file.testResults) files.set(a.fullName, file.testFilePath);
    }
  }
}
