import { unescapeToken } from '../definition/pointer.ts';
import type { Pointer } from '../model.ts';
import type { Operation } from './normalize.ts';
import type { Found, Matching } from './operations.ts';
import { shown } from './schema.ts';
import type { Difference } from './structure.ts';

// Changes whose pointers locate a whole operation rather than explain what differs inside it.
const LOCATES_ONLY = new Set<string>(['operation-path-changed']);
// Document sections whose members are reported one by one (one definition, one path item...).
const BY_MEMBER = new Set(['definitions', 'parameters', 'responses', 'securityDefinitions', 'paths']);
const LISTED = 3;

/** Whether the pointer was claimed exactly, or one of its ancestors was. */
function covered(pointer: Pointer | undefined, claims: Set<Pointer>, exact: Set<Pointer>): boolean {
  if (pointer === undefined) return false;
  if (exact.has(pointer)) return true;
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    if (claims.has(p)) return true;
    if (p === '') return false;
  }
}

function valueAt(root: unknown, pointer: Pointer): unknown {
  let node = root;
  for (const token of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[unescapeToken(token)];
  }
  return node;
}

function describe(d: Difference, oldRoot: unknown, newRoot: unknown): string {
  if (d.oldPointer === undefined) return `${d.newPointer} added`;
  if (d.newPointer === undefined) return `${d.oldPointer} removed`;
  const [from, to] = [shown(valueAt(oldRoot, d.oldPointer)), shown(valueAt(newRoot, d.newPointer))];
  const where = d.oldPointer === d.newPointer ? d.newPointer : `${d.oldPointer} (now ${d.newPointer})`;
  return from !== undefined && to !== undefined ? `${where} changed from ${from} to ${to}` : `${where} changed`;
}

/** The section a document-level difference belongs to: `/info`, `/definitions/Cost`, `/paths/~1hooks`... */
function section(pointer: Pointer): string {
  const [, first, second] = pointer.split('/');
  return BY_MEMBER.has(first) && second !== undefined ? `/${first}/${second}` : `/${first ?? ''}`;
}

/**
 * The differences no rule claimed (a change claims what lies at or below its pointers), as one `definition-changed`
 * per operation or document section, naming the members.
 */
export function unclaimed(
  differences: readonly Difference[],
  found: readonly Found[],
  m: Matching,
  oldRoot: unknown,
  newRoot: unknown,
): Found[] {
  const [oldClaims, newClaims, oldExact, newExact] = [
    new Set<Pointer>(),
    new Set<Pointer>(),
    new Set<Pointer>(),
    new Set<Pointer>(),
  ];
  const claim = (c: { oldPointer?: Pointer; newPointer?: Pointer }, exact = false) => {
    if (c.oldPointer !== undefined) (exact ? oldExact : oldClaims).add(c.oldPointer);
    if (c.newPointer !== undefined) (exact ? newExact : newClaims).add(c.newPointer);
  };
  for (const f of found) {
    claim(f, LOCATES_ONLY.has(f.rule));
    f.also?.forEach((c) => claim(c));
  }
  // A reference to an operation renamed together with it: the rename's own change explains it.
  const renames = [...m.renamed].some(([from, to]) => to !== undefined && to !== from);
  const followsRename = (d: Difference) => {
    if (!renames || d.oldPointer === undefined || d.newPointer === undefined) return false;
    const [from, to] = [valueAt(oldRoot, d.oldPointer), valueAt(newRoot, d.newPointer)];
    return typeof from === 'string' && from !== to && m.renamed.get(from) === to;
  };
  const pairs = new Map<Pointer, { old: Operation; new: Operation }>();
  for (const p of m.pairs) {
    pairs.set(`old ${p.old.pointer}`, p);
    pairs.set(`new ${p.new.pointer}`, p);
  }
  // The operation a pointer lies in: `/paths/{path}/{method}` is its first three tokens.
  const pairOf = (side: string, pointer: Pointer | undefined) => {
    if (pointer === undefined) return undefined;
    let end = 0;
    for (let slashes = 0; slashes < 3 && end !== -1; slashes++) end = pointer.indexOf('/', end + 1);
    return pairs.get(`${side} ${end === -1 ? pointer : pointer.slice(0, end)}`);
  };
  const groups = new Map<string, { pair?: { old: Operation; new: Operation }; items: Difference[] }>();
  for (const d of differences) {
    if (covered(d.oldPointer, oldClaims, oldExact) || covered(d.newPointer, newClaims, newExact)) continue;
    if (followsRename(d)) continue;
    const pair = pairOf('new', d.newPointer) ?? pairOf('old', d.oldPointer);
    const key = pair ? `op ${pair.new.pointer}` : `doc ${section((d.newPointer ?? d.oldPointer) as Pointer)}`;
    const group = groups.get(key) ?? { pair, items: [] };
    group.items.push(d);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ pair, items }) => {
    const listed = items.slice(0, LISTED).map((d) => describe(d, oldRoot, newRoot));
    const more = items.length > LISTED ? ` and ${items.length - LISTED} more` : '';
    return {
      rule: 'definition-changed',
      old: pair?.old,
      new: pair?.new,
      oldPointer: items[0].oldPointer,
      newPointer: items[0].newPointer,
      text: `${listed.join('; ')}${more}`,
    };
  });
}
