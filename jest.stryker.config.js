// Jest as Stryker runs it: the unit tests only. Tests that spawn dist/ (e2e-*, hardening/) or start Azurite never see a
// mutant (dist/ is the unmutated bundle) and only slow every run; corpus sweeps take minutes and are not how a mutant
// should die.
import base from './jest.config.js';

export default {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '/__tests__/e2e-',
    '/__tests__/hardening/',
    '/__tests__/artifact',
    '/__tests__/dist\\.test\\.ts$',
    '/__tests__/readme\\.test\\.ts$',
    '\\.corpus\\.test\\.ts$',
    '-roundtrip\\.test\\.ts$',
  ],
  reporters: ['default'],
};
