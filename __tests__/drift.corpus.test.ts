import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Definition } from '../src/definition/document.ts';
import { parseDefinition } from '../src/definition/parse.ts';
import { getAt } from '../src/definition/pointer.ts';
import { diffDefinitions, driftRules, driftVerdict } from '../src/drift/index.ts';
import type { Change } from '../src/model.ts';
import { sharedPath } from './support/shared.ts';

const drift = sharedPath('corpus/drift');
const connectors = sharedPath('corpus/connectors');

/** Loads as the action does (comments and trailing commas forgiven); what the platform refuses stays refused. */
function load(file: string, refused: string[]): Definition | undefined {
  try {
    return parseDefinition(readFileSync(file), path.relative(drift ?? '', file));
  } catch (e) {
    refused.push((e as Error).message);
    return undefined;
  }
}

const levels = new Map<string, string>(driftRules.map((r) => [r.id, r.level]));
// What a message tells the maker, as a phrase every message of a rule shares with the catalogue's example.
const PHRASES = [
  'stop working',
  'may fail',
  'reads differently',
  'without breaking flows',
  'must be created again',
  'keep their old consent',
  'differs from the last export',
];
const lead = (message: string) =>
  [...PHRASES, 'another backend URL', 'another host', 'should stop using', 'New '].find((p) => message.includes(p));
const leads = new Map<string, string | undefined>(driftRules.map((r) => [r.id, lead(r.example)]));
const parent = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));

/** What every change must satisfy: a catalogued rule at its level, one sentence, pointers into the right file. */
function checkChange(change: Change, before: unknown, after: unknown): string[] {
  const problems: string[] = [];
  if (levels.get(change.rule) !== change.level) problems.push(`level ${change.level} for ${change.rule}`);
  // A key may really be called `undefined` (the portal names security definitions so): only a bare word is a bug.
  if (!/^[A-Z].*\.$/.test(change.message) || /(?<![/'])undefined/.test(change.message)) {
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
    const asymmetric: string[] = [];
    const fellThrough: Record<string, number> = {};
    let pairs = 0;
    for (const slug of readdirSync(drift!).sort()) {
      const dir = path.join(drift!, slug, '0');
      const oldDef = load(path.join(dir, 'old.swagger.json'), unparsable);
      const newDef = load(path.join(dir, 'new.swagger.json'), unparsable);
      if (oldDef === undefined || newDef === undefined) continue;
      const [before, after] = [oldDef.value, newDef.value];
      pairs++;
      const changes = diffDefinitions(oldDef, newDef);
      // The reverse direction exercises every rule's other side on the same real material, and must mirror it.
      const back = diffDefinitions(newDef, oldDef);
      const count = (list: Change[], rule: string) => list.filter((c) => c.rule === rule).length;
      const mirrored = [
        ['drift', changes.length > 0, back.length > 0],
        ['added/removed operations', count(changes, 'operation-added'), count(back, 'operation-removed')],
        ['removed/added operations', count(changes, 'operation-removed'), count(back, 'operation-added')],
      ] as const;
      for (const [what, one, other] of mirrored)
        if (one !== other) asymmetric.push(`${slug}: ${what} ${one} vs ${other}`);
      for (const c of [...changes, ...back].filter((x) => x.rule === 'definition-changed')) {
        const section = (c.newPointer ?? c.oldPointer ?? '').split('/').slice(0, 2).join('/');
        const where = c.path === undefined ? section : 'an operation';
        fellThrough[where] = (fellThrough[where] ?? 0) + 1;
      }
      const v = driftVerdict(changes, 'breaking');
      verdicts[v.breaking ? 'breaking' : v.warnings ? 'warning' : v.infos ? 'info' : 'none']++;
      for (const change of changes) {
        rules[change.rule] = (rules[change.rule] ?? 0) + 1;
        for (const p of checkChange(change, before, after)) problems.push(`${slug}: ${p}`);
      }
    }
    console.log(
      `Drift over ${pairs} real pairs (${unparsable.length} files refused as the platform refuses them:\n  ${unparsable.join('\n  ')}).\n` +
        `Verdicts (worst level per pair): ${JSON.stringify(verdicts)}\nChanges per rule: ${JSON.stringify(rules)}\n` +
        `Catch-all changes (both directions) by section: ${JSON.stringify(fellThrough)}`,
    );
    expect(asymmetric).toEqual([]);
    expect(problems).toEqual([]);
    expect(driftRules.filter((r) => lead(r.example) === undefined).map((r) => r.id)).toEqual([]);
    expect(pairs).toBeGreaterThan(250);
    // Trailing commas and comments load; what remains are slips the platform refuses too, each at file:line:column.
    expect(unparsable.length).toBeLessThanOrEqual(6);
    for (const message of unparsable) expect(message).toMatch(/^\S+\.swagger\.json:\d+:\d+: Invalid JSON: [a-z]/);
    expect(verdicts.breaking).toBeGreaterThan(0);
    expect(verdicts.none).toBeGreaterThan(0);
  });
});

(connectors ? describe : describe.skip)('drift of every real connector against itself', () => {
  test('a definition never drifts from itself', () => {
    const drifting: string[] = [];
    let checked = 0;
    for (const slug of readdirSync(connectors!)) {
      const value = load(path.join(connectors!, slug, 'apiDefinition.swagger.json'), [])?.value;
      if (value === undefined) continue;
      checked++;
      const changes = diffDefinitions({ value }, { value: structuredClone(value) });
      if (changes.length > 0) drifting.push(`${slug}: ${changes[0].message}`);
    }
    expect(drifting).toEqual([]);
    expect(checked).toBeGreaterThan(600);
  });
});
