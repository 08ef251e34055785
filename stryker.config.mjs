// Mutation testing of the core (`npm run mutate`, see scripts/mutate.mjs, which picks the files to mutate and the
// report folder); not part of CI's run.
// The jest runner works with the project's ts-jest ESM setup once the test-runner processes get
// --experimental-vm-modules, so mutants are judged by the same tests `npm test` runs (the unit ones).
const reportDir = process.env.MUTATE_REPORT_DIR ?? 'reports/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'],
  // --findRelatedTests: a mutant run loads only the test files that import the mutated file, not the whole suite.
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  // The machine is shared: one test runner, niced by scripts/mutate.mjs.
  concurrency: 1,
  // No TypeScript checker: on this shared machine it cost six times the CPU of the tests. A mutant that would not
  // type-check is then judged by the tests alone, which only makes the score stricter.
  incremental: true,
  // The machine is shared and often loaded: a slow run must not pass for a mutant caught by a timeout.
  timeoutFactor: 3,
  timeoutMS: 20000,
  ignorePatterns: ['dist', 'coverage', 'examples/out', '.bench', 'reports'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `${reportDir}/mutation.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  thresholds: { high: 85, low: 70, break: null },
};
