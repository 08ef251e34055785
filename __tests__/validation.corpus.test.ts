import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDefinition } from '../src/definition/parse.ts';
import { DefinitionError } from '../src/errors.ts';
import { validateDefinition, validationRules } from '../src/validation/index.ts';
import { sharedPath } from './support/shared.ts';

const corpus = sharedPath('corpus/connectors');

(corpus ? describe : describe.skip)('validation over the real connector corpus', () => {
  test('every connector loads or fails with line:column; every loaded one validates; no rule fires on most files', () => {
    const slugs = readdirSync(corpus!);
    const filesPerRule = new Map<string, number>(validationRules.map((r) => [r.id, 0]));
    let loaded = 0;
    const unreadable: string[] = [];
    for (const slug of slugs) {
      const file = path.join(corpus!, slug, 'apiDefinition.swagger.json');
      let def;
      try {
        def = parseDefinition(readFileSync(file), `${slug}/apiDefinition.swagger.json`);
      } catch (e) {
        expect(e).toBeInstanceOf(DefinitionError);
        expect((e as DefinitionError).line).toBeGreaterThan(0);
        expect((e as DefinitionError).column).toBeGreaterThan(0);
        unreadable.push((e as Error).message);
        continue;
      }
      loaded++;
      const findings = validateDefinition(def);
      for (const finding of findings) {
        expect(finding.line).toBeGreaterThan(0);
        expect(finding.message.length).toBeGreaterThan(20);
      }
      for (const rule of new Set(findings.map((f) => f.rule))) filesPerRule.set(rule, filesPerRule.get(rule)! + 1);
    }
    console.log(
      `${slugs.length} connectors, ${loaded} loaded, ${unreadable.length} not parseable:\n  ${unreadable.join('\n  ')}\n` +
        `files per rule:\n${[...filesPerRule].map(([rule, n]) => `  ${rule}: ${n}`).join('\n')}`,
    );
    expect(loaded).toBeGreaterThan(slugs.length * 0.9);
    for (const [rule, files] of filesPerRule) {
      expect({ rule, tooNoisy: files > loaded / 2 }).toEqual({ rule, tooNoisy: false });
    }
  });
});
