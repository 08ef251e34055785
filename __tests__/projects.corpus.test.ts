import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DefinitionError } from '../src/errors.ts';
import { packageCorpusFolder } from './support/corpusPackage.ts';
import { sharedPath } from './support/shared.ts';

/**
 * The corpus as one connector repository (microsoft/PowerPlatformConnectors' layout): every folder is read as a
 * connector project and packaged, and everything the folder holds is found again in the package.
 */
const corpus = sharedPath('corpus/connectors');

(corpus ? describe : describe.skip)('the corpus as a connector repository', () => {
  test('every folder is packaged with its apiProperties.json, script.csx and icon.png unchanged', async () => {
    const folders = readdirSync(corpus!).sort();
    expect(folders.length).toBeGreaterThan(700);
    const failed: string[] = [];
    let packaged = 0;
    let scripts = 0;
    let icons = 0;
    let policies = 0;
    for (const dir of folders) {
      const files = readdirSync(path.join(corpus!, dir));
      let pkg: Map<string, string | Uint8Array>;
      try {
        pkg = await packageCorpusFolder(corpus!, dir);
      } catch (error) {
        // Only files that are not JSON may stop a connector, and then with file:line:column.
        if (!(error instanceof DefinitionError) || error.line === undefined) throw error;
        expect((error as DefinitionError).line).toBeGreaterThan(0);
        expect((error as DefinitionError).file).toMatch(new RegExp(`^connectors/${dir}/`));
        failed.push(dir);
        continue;
      }
      packaged++;
      const read = (name: string) => readFileSync(path.join(corpus!, dir, name));
      const own = JSON.parse(
        read('apiProperties.json')
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
      );
      // Every member, deep: JSON-equal (the package writes it as formatted JSON).
      expect(JSON.parse(pkg.get('apiProperties.json') as string)).toEqual(own);
      if (own.properties.policyTemplateInstances) policies++;
      if (files.includes('script.csx')) {
        scripts++;
        expect(Buffer.from(pkg.get('script.csx') as Uint8Array).equals(read('script.csx'))).toBe(true);
        expect(JSON.parse(pkg.get('settings.json') as string).script).toBe('script.csx');
      } else {
        expect(pkg.has('script.csx')).toBe(false);
      }
      if (files.includes('icon.png')) {
        icons++;
        expect(Buffer.from(pkg.get('icon.png') as Uint8Array).equals(read('icon.png'))).toBe(true);
      }
      if (files.includes('settings.json')) {
        const settings = JSON.parse(read('settings.json').toString('utf8'));
        expect(JSON.parse(pkg.get('settings.json') as string)).toMatchObject({
          connectorId: settings.connectorId,
          environment: settings.environment,
        });
      }
    }
    console.log(
      `corpus as a repository: ${packaged} of ${folders.length} packaged (${scripts} with script.csx, ${icons} with icon.png, ${policies} with policy templates); not JSON: ${failed.join(', ')}`,
    );
    // The three apiProperties.json files upstream that are not JSON, and the definitions that are not.
    expect(failed.length).toBeLessThanOrEqual(Math.ceil(folders.length * 0.03));
    expect(scripts).toBeGreaterThan(50);
    expect(policies).toBeGreaterThan(200);
  }, 120_000);
});
