import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseDefinition } from '../src/definition/parse.ts';
import { readYaml } from '../src/definition/yaml.ts';
import { getAt, parsePointer } from '../src/definition/pointer.ts';
import { DefinitionError } from '../src/errors.ts';
import type { Definition } from '../src/definition/document.ts';
import type { Finding } from '../src/model.ts';
import { validateDefinition, validationRules } from '../src/validation/index.ts';
import { sharedPath } from './support/shared.ts';

const corpus = sharedPath('corpus/connectors');

// The size and the JSON syntax notes (comments, trailing commas, repeated keys) differ between the JSON and YAML
// forms of one definition.
const outline = (findings: Finding[]) =>
  findings
    .filter((f) => f.rule !== 'definition-size' && !f.rule.startsWith('json-'))
    .map(({ rule, level, pointer }) => ({ rule, level, pointer }));

/** Each finding's line is its member's own: the member's key is written there (unless missing or a list item). */
function expectKeysOnTheirLines(def: Definition, findings: Finding[]): void {
  const lines = def.text.split('\n');
  for (const finding of findings) {
    // A comment or trailing comma is on its own line; its pointer only names the container it is in.
    if (finding.rule === 'json-comment' || finding.rule === 'json-trailing-comma') continue;
    const key = parsePointer(finding.pointer)?.at(-1);
    if (key !== undefined && !/^\d+$/.test(key) && getAt(def.value, finding.pointer) !== undefined) {
      expect(`${def.format} ${finding.line}: ${lines[finding.line! - 1]}`).toContain(JSON.stringify(key).slice(1, -1));
    }
  }
}

/** The findings of the same definition written as YAML. */
function asYaml(value: unknown): Finding[] {
  const def = parseDefinition(stringify(value, { aliasDuplicateObjects: false }), 'api.yaml', readYaml);
  const findings = validateDefinition(def);
  expectKeysOnTheirLines(def, findings);
  return findings;
}

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
      for (const finding of findings) expect(finding.message.length).toBeGreaterThan(20);
      expectKeysOnTheirLines(def, findings);
      // YAML: every 10th connector, and every one with findings.
      if (loaded % 10 === 0 || findings.length) expect(outline(asYaml(def.value))).toEqual(outline(findings));
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
