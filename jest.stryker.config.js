// Jest as Stryker runs it: the unit tests only. Tests that spawn dist/ (e2e-*, hardening/) or start Azurite never see a
// mutant (dist/ is the unmutated bundle) and only slow every run; corpus sweeps take minutes and are not how a mutant
// should die. readme.test.ts stays: the README tables are generated from the rule catalogues, and it is the test that
// notices a changed rule id, level or description.
import base from './jest.config.js';

export default {
  ...base,
  // --findRelatedTests follows imports only through files under the roots, and Stryker adds just the mutated file's
  // folder: a mutant in src/validation/rules/ would find no test at all (they import src/validation/index.ts), and
  // readme.test.ts reaches the catalogues through scripts/readme.ts. Every source folder is a root.
  roots: [...base.roots, '<rootDir>/src', '<rootDir>/scripts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '/__tests__/e2e-',
    '/__tests__/hardening/',
    '/__tests__/artifact',
    '/__tests__/dist\\.test\\.ts$',
    // Runs dist/cli/index.js (not in the sandbox) for most of its tests.
    '/__tests__/cli\\.test\\.ts$',
    '\\.corpus\\.test\\.ts$',
    '-roundtrip\\.test\\.ts$',
  ],
  reporters: ['default'],
};
