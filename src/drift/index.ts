import { sameJson } from '../definition/json.ts';
import { isObject } from '../definition/pointer.ts';
import type { Change, ChangeLevel } from '../model.ts';
import { unclaimed } from './catchAll.ts';
import { compareDocument } from './document.ts';
import { forEachObject, type DriftInput } from './normalize.ts';
import { compareOperation, describeOperation, matchOperations, type Found } from './operations.ts';
import { levelOf } from './rules.ts';
import { DYNAMIC, targetsOf, type Comparer } from './schema.ts';
import { EVERY_AREA, structuralDiff } from './structure.ts';

export { driftVerdict, type DriftVerdict, type FailOn } from './verdict.ts';

export { driftRules, type DriftRule, type DriftRuleId } from './rules.ts';
export type { DriftInput } from './normalize.ts';

export interface DriftOptions {
  /** Rule ids whose changes are dropped. */
  ignoreRules?: readonly string[];
}

const RANK: Record<ChangeLevel, number> = { breaking: 0, warning: 1, info: 2 };

// Changes of the whole connector, phrased for every connection rather than one action.
const DOCUMENT_LEADS: Record<string, string> = {
  'security-changed': 'Every connection of this connector must be created again',
  'base-path-changed': 'Every action now calls another backend URL',
  'host-changed': 'Every action now calls another host',
  'documentation-changed': 'The connector reads differently',
  'oauth-scopes-changed': 'Existing connections keep their old consent',
  'definition-changed': 'The definition differs from the last export where no drift rule looks',
};

function message(f: Found): string {
  const op = f.old ?? f.new;
  if (op === undefined) return `${DOCUMENT_LEADS[f.rule]}: ${f.text}.`;
  const noun = describeOperation(op);
  switch (f.rule) {
    case 'operation-added':
      return `New ${noun}${op.operationId && op.value.summary ? ` (${op.operationId})` : ''}.`;
    case 'documentation-changed':
      return `The ${noun} reads differently: ${f.text}.`;
    case 'operation-deprecated':
      return `Makers should stop using the ${noun}: ${f.text}.`;
    case 'definition-changed':
      return `The ${noun} differs from the last export where no drift rule looks: ${f.text}.`;
  }
  const level = levelOf(f.rule);
  if (level === 'breaking') return `Flows that use the ${noun} stop working: ${f.text}.`;
  if (level === 'warning') return `Flows that use the ${noun} may fail: ${f.text}.`;
  return `The ${noun} changed without breaking flows: ${f.text}.`;
}

/**
 * Drift between the last exported definition and the new one, with Power Platform semantics: what breaks saved
 * flows and apps. Sorted by level (breaking, warning, info), then by operation.
 *
 * Complete by construction: the structural difference of the two documents comes first; the rules then explain
 * what they understand, and every difference no rule claimed is still reported (`definition-changed`). So there is
 * a change exactly when the exported copy would differ in content.
 */
export function diffDefinitions(oldDoc: DriftInput, newDoc: DriftInput, options: DriftOptions = {}): Change[] {
  const m = matchOperations(oldDoc.value, newDoc.value);
  const structure = structuralDiff(oldDoc.value, newDoc.value, m);
  if (structure.differences.length === 0) return [];
  // The rules look only where something differs; a renamed or removed operation may break a dynamic reference in
  // any other operation (when one names it), and the media types the document declares apply to every operation.
  const media = (root: unknown) => (isObject(root) ? [root.consumes, root.produces] : []);
  const gone = [...m.renamed].filter(([id, to]) => id !== to).map(([id]) => id);
  const called = gone.length > 0 ? dynamicTargets(oldDoc.value) : undefined;
  const everywhere =
    (called !== undefined && gone.some((id) => called.has(id))) || !sameJson(media(oldDoc.value), media(newDoc.value));
  const c: Comparer = {
    oldRoot: oldDoc.value,
    newRoot: newDoc.value,
    renamed: m.renamed,
    memo: new Map(),
    active: new Set(),
    ...(everywhere ? {} : { clean: structure.clean }),
  };
  const found: Found[] = [];
  const routesMoved = m.pairs.length === 0 || m.pairs.some((p) => p.old.route !== p.new.route);
  compareDocument(oldDoc.value, newDoc.value, routesMoved, found);
  for (const op of m.removed) {
    found.push({ rule: 'operation-removed', old: op, oldPointer: op.pointer, text: 'it was removed' });
  }
  m.pairs.forEach((p, i) => {
    const areas = everywhere ? EVERY_AREA : structure.changed[i];
    if (areas !== 0) compareOperation(c, p.old, p.new, p.byId, found, areas);
  });
  for (const op of m.added) found.push({ rule: 'operation-added', new: op, newPointer: op.pointer, text: '' });
  found.push(...unclaimed(structure.differences, found, m, oldDoc.value, newDoc.value));

  const ignored = new Set(options.ignoreRules ?? []);
  const changes = found
    .filter((f) => !ignored.has(f.rule))
    .map((f): Change => {
      const op = f.new ?? f.old;
      const line =
        (f.newPointer === undefined ? undefined : newDoc.lineOf?.(f.newPointer)) ??
        (f.oldPointer === undefined ? undefined : oldDoc.lineOf?.(f.oldPointer));
      const change: Change = { rule: f.rule, level: levelOf(f.rule), message: message(f) };
      const operationId = f.old?.operationId ?? f.new?.operationId;
      if (operationId !== undefined) change.operationId = operationId;
      if (op) Object.assign(change, { method: op.method, path: op.path });
      if (f.oldPointer !== undefined) change.oldPointer = f.oldPointer;
      if (f.newPointer !== undefined) change.newPointer = f.newPointer;
      if (line !== undefined) change.line = line;
      return change;
    });
  const opKey = (ch: Change) => (ch.path === undefined ? '' : (ch.operationId ?? `${ch.method} ${ch.path}`));
  return changes.sort(
    (x, y) => RANK[x.level] - RANK[y.level] || (opKey(x) < opKey(y) ? -1 : opKey(x) > opKey(y) ? 1 : 0),
  );
}

/** Every operationId an `x-ms-dynamic-*` extension anywhere in the document calls. */
function dynamicTargets(root: unknown): Set<string> {
  const found = new Set<string>();
  forEachObject(root, (node) => {
    for (const ext of DYNAMIC) for (const id of targetsOf(node[ext])) found.add(id);
  });
  return found;
}
