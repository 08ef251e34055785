/* eslint-disable @typescript-eslint/no-explicit-any -- the edits walk parsed JSON freely */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDefinition } from '../src/definition/parse.ts';
import { parsePointer, toPointer } from '../src/definition/pointer.ts';
import { diffDefinitions, driftVerdict } from '../src/drift/index.ts';
import type { Change } from '../src/model.ts';
import { sharedPath } from './support/shared.ts';
import { random } from './support/random.ts';

/**
 * Drift is complete by construction: a seeded random edit of a real connector (a leaf changed, a member removed, a
 * member added) always gives drift=true with a change whose pointer covers the edit; the same document re-serialised
 * or with its members reordered gives none.
 */

const corpus = sharedPath('corpus/connectors');
const EDITS = 3000;
// Connectors up to this size: the edits cover hundreds of them and the test stays within seconds.
const MAX_BYTES = 60_000;

interface Member {
  tokens: string[];
  /** A scalar (the leaf a value edit changes), or an object or array (a member an edit adds to). */
  container: boolean;
}

/** Every member of a document, iteratively (real connectors nest deep enough to make recursion pointless). */
function membersOf(doc: unknown): Member[] {
  const out: Member[] = [];
  const stack: [unknown, string[]][] = [[doc, []]];
  while (stack.length > 0) {
    const [node, tokens] = stack.pop()!;
    const container = node !== null && typeof node === 'object';
    if (tokens.length > 0) out.push({ tokens, container });
    if (!container) continue;
    for (const key of Object.keys(node)) stack.push([(node as any)[key], [...tokens, key]]);
  }
  return out;
}

function parentOf(doc: any, tokens: string[]): any {
  let node = doc;
  for (const t of tokens.slice(0, -1)) node = node[t];
  return node;
}

type Edit = { kind: 'change' | 'remove' | 'add'; pointer: string; refTargets: string[] };

/** Applies one random edit to `doc` in place; returns what and where, or undefined when nothing applies. */
function edit(doc: any, members: Member[], next: () => number): Edit | undefined {
  const kind = (['change', 'remove', 'add'] as const)[Math.floor(next() * 3)];
  const pool =
    kind === 'change'
      ? members.filter((m) => !m.container)
      : kind === 'add'
        ? members.filter((m) => m.container)
        : members;
  if (pool.length === 0) return undefined;
  const { tokens } = pool[Math.floor(next() * pool.length)];
  const parent = parentOf(doc, tokens);
  const key = tokens[tokens.length - 1];
  const pointer = toPointer(tokens);
  const refTargets: string[] = [];
  if (kind === 'change') {
    const value = parent[key];
    if (key === '$ref' && typeof value === 'string') refTargets.push(value);
    parent[key] =
      typeof value === 'string'
        ? `${value}-edited`
        : typeof value === 'number'
          ? value + 1
          : typeof value === 'boolean'
            ? !value
            : 'edited';
    if (key === '$ref') refTargets.push(parent[key]);
  } else if (kind === 'remove') {
    // What a removed member referred to is where the difference shows.
    for (const m of JSON.stringify(parent[key] ?? null).matchAll(/"\$ref":"([^"]*)"/g)) refTargets.push(m[1]);
    if (key === '$ref' && typeof parent[key] === 'string') refTargets.push(parent[key]);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    // Removing an array item shifts the later ones: the edit is at the item, its successors follow.
  } else {
    const target = parent[key];
    if (Array.isArray(target)) target.push('added-by-test');
    else target['x-added-by-test'] = 'added';
  }
  return { kind, pointer, refTargets };
}

/** A change covers an edit when one of its pointers is the edited member, one of its ancestors or descendants. */
function covers(change: Change, e: Edit): boolean {
  const related = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
  const places = [e.pointer];
  // A schema's `required` list is reported at the properties that joined or left it.
  const required = /^(.*)\/required(?:\/\d+)?$/.exec(e.pointer);
  if (required) places.push(`${required[1]}/properties`);
  // A `$ref` repointed: what differs is where its old and new targets differ.
  for (const ref of e.refTargets) {
    const tokens = ref.startsWith('#') ? parsePointer(ref) : undefined;
    if (tokens) places.push(toPointer(tokens));
  }
  const pointers = [change.oldPointer, change.newPointer].filter((p): p is string => p !== undefined);
  return pointers.some((p) => places.some((e2) => related(p, e2)));
}

/** Every object's members in reverse order, except the security definitions: the platform uses the first one. */
function reordered(v: any, key?: string): any {
  if (Array.isArray(v)) return v.map((x) => reordered(x));
  if (v === null || typeof v !== 'object') return v;
  const keys = key === 'securityDefinitions' ? Object.keys(v) : Object.keys(v).reverse();
  return Object.fromEntries(keys.map((k) => [k, reordered(v[k], k)]));
}

(corpus ? describe : describe.skip)('drift is complete: random edits of real connectors', () => {
  const docs: { slug: string; value: unknown }[] = [];
  if (corpus) {
    for (const slug of readdirSync(corpus).sort()) {
      const file = path.join(corpus, slug, 'apiDefinition.swagger.json');
      if (statSync(file).size > MAX_BYTES) continue;
      try {
        docs.push({ slug, value: parseDefinition(readFileSync(file), slug).value });
      } catch {
        // Refused as the platform refuses it: nothing to edit.
      }
    }
  }

  test(`${EDITS} seeded edits each give drift=true with a change that covers the edit`, () => {
    const next = random(0x5eed);
    const misses: string[] = [];
    const kinds: Record<string, number> = { change: 0, remove: 0, add: 0 };
    const members = new Map<string, Member[]>();
    let done = 0;
    for (let i = 0; done < EDITS && i < EDITS * 2; i++) {
      const { slug, value } = docs[Math.floor(next() * docs.length)];
      if (!members.has(slug)) members.set(slug, membersOf(value));
      const after = structuredClone(value) as any;
      const e = edit(after, members.get(slug)!, next);
      if (!e) continue;
      done++;
      kinds[e.kind]++;
      const changes = diffDefinitions({ value }, { value: after });
      if (!driftVerdict(changes, 'never').drift) misses.push(`#${i} ${slug}: ${e.kind} ${e.pointer}: no drift`);
      else if (!changes.some((c) => covers(c, e))) {
        misses.push(`#${i} ${slug}: ${e.kind} ${e.pointer}: not covered by ${changes.map((c) => c.rule).join(', ')}`);
      }
    }
    console.log(`${done} edits over ${members.size} connectors: ${JSON.stringify(kinds)}; ${misses.length} missed`);
    expect(done).toBe(EDITS);
    expect(misses.slice(0, 20)).toEqual([]);
  });

  test('every connector re-serialised or with its members reordered gives drift=false', () => {
    const drifting: string[] = [];
    for (const { slug, value } of docs) {
      for (const copy of [JSON.parse(JSON.stringify(value, null, 1)), reordered(value)]) {
        const changes = diffDefinitions({ value }, { value: copy });
        if (changes.length > 0) drifting.push(`${slug}: ${changes[0].message}`);
      }
    }
    expect(docs.length).toBeGreaterThan(300);
    expect(drifting).toEqual([]);
  });
});
