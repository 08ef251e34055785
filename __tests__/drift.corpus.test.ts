import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getAt } from '../src/definition/pointer.ts';
import { diffDefinitions, driftRules, driftVerdict } from '../src/drift/index.ts';
import type { Change } from '../src/model.ts';
import { sharedPath } from './support/shared.ts';

const drift = sharedPath('corpus/drift');
const connectors = sharedPath('corpus/connectors');

function parse(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

const levels = new Map<string, string>(driftRules.map((r) => [r.id, r.level]));
// What a message tells the maker, as a phrase every message of a rule shares with the catalogue's example.
const PHRASES = ['stop working', 'may fail', 'reads differently', 'without breaking flows', 'must be created again'];
const lead = (message: string) =>
  [...PHRASES, 'another backend URL', 'another host', 'should stop using', 'New '].find((p) => message.includes(p));
const leads = new Map<string, string | undefined>(driftRules.map((r) => [r.id, lead(r.example)]));
const parent = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));

/** What every change must satisfy: a catalogued rule at its level, one sentence, pointers into the right file. */
function checkChange(change: Change, before: unknown, after: unknown): string[] {
  const problems: string[] = [];
  if (levels.get(change.rule) !== change.level) problems.push(`level ${change.level} for ${change.rule}`);
  if (!/^[A-Z].*\.$/.test(change.message) || change.message.includes('undefined')) {
    problems.push(`message: ${change.message}`);
  }
  // The catalogue's example (README, docs) reads like the real messages.
  if (lead(change.message) !== leads.get(change.rule)) problems.push(`lead of ${change.rule}: ${change.message}`);
  // The member itself may be the thing added or removed; its parent must exist on that side.
  if (change.oldPointer !== undefined && getAt(before, parent(change.oldPointer)) === undefined) {
    problems.push(`oldPointer ${change.oldPointer}`);
  }
  if (change.newPointer !== undefined && getAt(after, parent(change.newPointer)) === undefined) {
    problems.push(`newPointer ${change.newPointer}`);
  }
  return problems;
}

(drift ? describe : describe.skip)('drift over the corpus of real revision pairs', () => {
  test('every pair diffs without an exception, with well-formed changes', () => {
    const verdicts: Record<string, number> = { breaking: 0, warning: 0, info: 0, none: 0 };
    const rules: Record<string, number> = {};
    const unparsable: string[] = [];
    const problems: string[] = [];
    let pairs = 0;
    for (const slug of readdirSync(drift!).sort()) {
      const dir = path.join(drift!, slug, '0');
      const before = parse(path.join(dir, 'old.swagger.json'));
      const after = parse(path.join(dir, 'new.swagger.json'));
      if (before === undefined || after === undefined) {
        unparsable.push(slug);
        continue;
      }
      pairs++;
      const changes = diffDefinitions({ value: before }, { value: after });
      // The reverse direction exercises every rule's other side on the same real material.
      diffDefinitions({ value: after }, { value: before });
      const v = driftVerdict(changes, 'breaking');
      verdicts[v.breaking ? 'breaking' : v.warnings ? 'warning' : v.infos ? 'info' : 'none']++;
      for (const change of changes) {
        rules[change.rule] = (rules[change.rule] ?? 0) + 1;
        for (const p of checkChange(change, before, after)) problems.push(`${slug}: ${p}`);
      }
    }
    console.log(
      `Drift over ${pairs} real pairs (${unparsable.length} skipped, unparsable JSON: ${unparsable.join(', ')}).\n` +
        `Verdicts (worst level per pair): ${JSON.stringify(verdicts)}\nChanges per rule: ${JSON.stringify(rules)}`,
    );
    expect(problems).toEqual([]);
    expect(driftRules.filter((r) => lead(r.example) === undefined).map((r) => r.id)).toEqual([]);
    expect(pairs).toBeGreaterThan(250);
    expect(verdicts.breaking).toBeGreaterThan(0);
    expect(verdicts.none).toBeGreaterThan(0);
  });
});

(connectors ? describe : describe.skip)('drift of every real connector against itself', () => {
  test('a definition never drifts from itself', () => {
    const drifting: string[] = [];
    let checked = 0;
    for (const slug of readdirSync(connectors!)) {
      const value = parse(path.join(connectors!, slug, 'apiDefinition.swagger.json'));
      if (value === undefined) continue;
      checked++;
      const changes = diffDefinitions({ value }, { value: structuredClone(value) });
      if (changes.length > 0) drifting.push(`${slug}: ${changes[0].message}`);
    }
    expect(drifting).toEqual([]);
    expect(checked).toBeGreaterThan(600);
  });
});
