/**
 * #14 item 10: a long title names the work folder and the artifact; a 300-character one ended the run with
 * ENAMETOOLONG. The slug is capped, with a hash of the whole name so two long titles still differ.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { MAX_SLUG, slugOf } from '../../src/connector/slug.ts';
import { runAction } from '../support/runAction.ts';
import { swagger, workspaceWith } from './localServices.ts';

describe('slugOf', () => {
  test('short names are as before', () => {
    expect(slugOf('Contoso Costs')).toBe('contoso-costs');
    expect(slugOf('Ünïcödé API')).toBe('unicode-api');
    expect(slugOf('***')).toBe('connector');
  });

  test.each([MAX_SLUG - 1, MAX_SLUG, MAX_SLUG + 1, 300, 5000])('a %i-character name gives at most MAX_SLUG', (n) => {
    const slug = slugOf('a'.repeat(n));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
    if (n <= MAX_SLUG) expect(slug).toBe('a'.repeat(n));
    else expect(slug).toMatch(/^a+-[0-9a-f]{8}$/);
  });

  test('two long names that share their head stay apart', () => {
    const head = 'Contoso '.repeat(20);
    expect(slugOf(`${head}Costs`)).not.toBe(slugOf(`${head}Budgets`));
  });
});

describe('end to end', () => {
  const temps: string[] = [];
  afterAll(async () => {
    for (const dir of temps) await rm(dir, { recursive: true, force: true });
  });

  test('a 300-character title: the run completes, its report and package are written', async () => {
    const title = 'Contoso Costs '.repeat(22).slice(0, 300);
    const workspace = await workspaceWith({
      'api/swagger.json': JSON.stringify(swagger({ info: { title, description: 'd', version: '1' } })),
    });
    temps.push(workspace);
    const run = await runAction({
      cwd: workspace,
      inputs: { definition: 'api/swagger.json', 'fail-on-validation': 'never' },
    });
    temps.push(run.tempDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const folder = path.basename(path.dirname(run.outputs['report-path']));
    expect(folder).toBe(slugOf(title));
    expect(run.outputs['package-path']).toContain(folder);
  });
});
