import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readmeSections, renderReadme } from '../scripts/readme.ts';
import { repoRoot } from './support/shared.ts';

test('the README tables are generated from action.yml and the rule catalogues (run `npm run readme`)', async () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  expect(await renderReadme(readme, readmeSections())).toBe(readme);
});

test('the README keeps the two commands a newcomer runs', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  expect(readme).toContain('npm ci && npm run example');
  expect(readme).toContain('npm ci && npm test');
  expect(readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8')).toMatch(/npm ci[\s\S]*npm test/);
});
