import { childPointer, isObject } from '../definition/pointer.ts';
import type { Pointer } from '../model.ts';
import {
  actionName,
  child,
  deref,
  isTrigger,
  operationsOf,
  pairParameters,
  shapeOf,
  type Operation,
  type Parameter,
} from './normalize.ts';
import {
  compareDocs,
  compareNode,
  compareSchema,
  compareVisibility,
  isFilledByConnector,
  isHidden,
  quote,
  wordingText,
  type Comparer,
  type Delta,
} from './schema.ts';
import type { DriftRuleId } from './rules.ts';
import { AREA } from './structure.ts';

type Obj = Record<string, unknown>;

/** A change of one operation (or of the document when `old` and `new` are both undefined), before lines are known. */
export interface Found {
  rule: DriftRuleId;
  old?: Operation;
  new?: Operation;
  oldPointer?: Pointer;
  newPointer?: Pointer;
  /** The clause after the action's name; for `documentation-changed`, what changed (e.g. `description`). */
  text: string;
  /** Further places the change covers (wording folded into one change): the catch-all leaves them alone. */
  also?: { oldPointer?: Pointer; newPointer?: Pointer }[];
}

export interface Matching {
  pairs: { old: Operation; new: Operation; byId: boolean }[];
  removed: Operation[];
  added: Operation[];
  /** Old operationId -> operationId of its match in the new document (undefined: removed). */
  renamed: Map<string, string | undefined>;
}

/**
 * Pairs operations: first by operationId (what flows call), then the rest by method and path (a new operationId
 * on the same endpoint is a rename, not a removal plus an addition).
 */
export function matchOperations(oldRoot: unknown, newRoot: unknown): Matching {
  const before = operationsOf(oldRoot);
  const after = operationsOf(newRoot);
  const byId = new Map<string, Operation>();
  const byRoute = new Map<string, Operation>();
  const byEndpoint = new Map<string, Operation>();
  for (const op of after) {
    if (op.operationId !== undefined && !byId.has(op.operationId)) byId.set(op.operationId, op);
    if (!byRoute.has(op.route)) byRoute.set(op.route, op);
    if (!byEndpoint.has(op.endpoint)) byEndpoint.set(op.endpoint, op);
  }
  const used = new Set<Operation>();
  const partner = new Map<Operation, { op: Operation; byId: boolean }>();
  for (const op of before) {
    const hit = op.operationId === undefined ? undefined : byId.get(op.operationId);
    if (hit && !used.has(hit)) {
      used.add(hit);
      partner.set(op, { op: hit, byId: true });
    }
  }
  // Then by the URL the backend receives, then by the path as written (the basePath may have changed).
  for (const index of [(op: Operation) => byRoute.get(op.route), (op: Operation) => byEndpoint.get(op.endpoint)]) {
    for (const op of before) {
      const hit = partner.has(op) ? undefined : index(op);
      if (hit && !used.has(hit)) {
        used.add(hit);
        partner.set(op, { op: hit, byId: false });
      }
    }
  }
  const m: Matching = { pairs: [], removed: [], added: after.filter((op) => !used.has(op)), renamed: new Map() };
  for (const op of before) {
    const p = partner.get(op);
    if (p) m.pairs.push({ old: op, new: p.op, byId: p.byId });
    else m.removed.push(op);
    if (op.operationId !== undefined && !m.renamed.has(op.operationId))
      m.renamed.set(op.operationId, p?.op.operationId);
  }
  return m;
}

// A Map: `in` may be any text of the definition, `constructor` included.
const WHERE = new Map([
  ['query', 'query parameter'],
  ['header', 'header'],
  ['path', 'path parameter'],
  ['formData', 'form field'],
]);

function fieldText(field: string[]): string {
  return field.reduce((s, t) => (t === '[]' ? `${s}[]` : s === '' ? t : `${s}.${t}`), '');
}

function paramSubject(p: Parameter): (field: string[]) => string {
  if (p.in === 'body' && p.named) {
    return (f) =>
      f.length === 0 ? `the request body '${p.name}'` : `the request property '${fieldText(f)}' of body '${p.name}'`;
  }
  if (p.in === 'body') return (f) => (f.length === 0 ? 'the request body' : `the request property '${fieldText(f)}'`);
  return (f) => `the ${WHERE.get(p.in) ?? `${p.in} parameter`} '${fieldText([p.name, ...f])}'`;
}

function isRequired(p: Obj): boolean {
  return p.required === true && !isFilledByConnector(p);
}

const SUCCESS = /^(2\d\d|2xx|default)$/i;

/**
 * Compares one matched pair of operations; pushes what it finds. `areas` (bits of AREA) says where the structural
 * diff found them to differ: the rules on parameters, responses and trigger outputs run only there, since equal
 * content gives them nothing to report (what they read elsewhere, a renamed dynamic target or the document's media
 * types, makes the caller pass every area). The operation's own members are always compared, which is cheap.
 */
export function compareOperation(
  c: Comparer,
  o: Operation,
  n: Operation,
  byId: boolean,
  out: Found[],
  areas: number,
): void {
  const found: FoundFn = (rule, oldPointer, newPointer, text, also) =>
    out.push({ rule, old: o, new: n, oldPointer, newPointer, text, ...(also && { also }) });
  // A definition reached twice from one operation reports the same pointers twice: keep the first (shortest path).
  const seen = new Set<string>();
  // Wording edits fold into one change per operation, counted by distinct pointer: they must not flood the report.
  const wording = new Map<Pointer, Delta>();
  const deltas = (list: Delta[], subject: (field: string[]) => string, responseRoot = false) => {
    for (const d of list) {
      if (d.rule === 'documentation-changed') {
        const at = d.newPointer ?? d.oldPointer ?? '';
        if (!wording.has(at)) wording.set(at, d);
        continue;
      }
      const rule = responseRoot && d.rule === 'type-changed' && d.field.length === 0 ? 'response-type-changed' : d.rule;
      const key = `${rule} ${d.oldPointer} ${d.newPointer}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        rule,
        old: o,
        new: n,
        oldPointer: d.oldPointer,
        newPointer: d.newPointer,
        text: d.say(subject(d.field)),
        also: d.also,
      });
    }
  };
  const a = o.value;
  const b = n.value;

  if (!byId && o.operationId !== undefined && o.operationId !== n.operationId) {
    found(
      'operation-id-changed',
      child(o.pointer, 'operationId'),
      child(n.pointer, 'operationId'),
      `its operationId changed from ${o.operationId} to ${n.operationId ?? 'none'}`,
    );
  }
  // A route changed by the basePath alone is reported once, for the whole connector.
  if (byId && o.route !== n.route && o.endpoint !== n.endpoint) {
    found(
      'operation-path-changed',
      o.pointer,
      n.pointer,
      `it now calls ${n.method.toUpperCase()} ${n.url} instead of ${o.method.toUpperCase()} ${o.url}`,
    );
  }
  const ta = a['x-ms-trigger'];
  const tb = b['x-ms-trigger'];
  if (ta !== tb) {
    found(
      'trigger-changed',
      child(o.pointer, 'x-ms-trigger'),
      child(n.pointer, 'x-ms-trigger'),
      tb === undefined
        ? `it is no longer a trigger (x-ms-trigger ${quote(ta)} removed)`
        : ta === undefined
          ? `it is now a trigger (x-ms-trigger ${quote(tb)})`
          : `x-ms-trigger changed from ${quote(ta)} to ${quote(tb)}`,
    );
  }
  const visibility: Delta[] = [];
  compareVisibility(a, o.pointer, b, n.pointer, [], visibility);
  deltas(visibility, () => 'the operation');
  deprecation(o, n, found);
  for (const key of ['consumes', 'produces'] as const) {
    const before = mediaTypes(c.oldRoot, a, key);
    const after = mediaTypes(c.newRoot, b, key);
    const gone = before.filter((t) => after.length > 0 && !after.includes(t));
    if (gone.length > 0) {
      // The list the operation inherits from the document is where the types went.
      const where = (op: Obj, pointer: Pointer) => (Array.isArray(op[key]) ? child(pointer, key) : `/${key}`);
      found('media-type-narrowed', where(a, o.pointer), where(b, n.pointer), `it no longer ${key} ${gone.join(', ')}`);
    }
  }
  const docs: Delta[] = [];
  compareDocs(a, o.pointer, b, n.pointer, docs, ['summary', 'description']);
  deltas(docs, () => '');

  if ((areas & AREA.parameters) !== 0) compareParameters(c, o, n, found, deltas);
  if ((areas & AREA.responses) !== 0) compareResponses(c, o, n, found, deltas);
  if ((areas & AREA.item) !== 0 && isTrigger(o) && isTrigger(n)) compareNotification(c, o, n, found, deltas);
  const [first, ...rest] = wording.values();
  if (first) {
    out.push({
      rule: 'documentation-changed',
      old: o,
      new: n,
      oldPointer: first.oldPointer,
      newPointer: first.newPointer,
      text: wordingText([first, ...rest].map((d) => d.say(''))),
      also: rest.map(({ oldPointer, newPointer }) => ({ oldPointer, newPointer })),
    });
  }
}

type FoundFn = (
  rule: DriftRuleId,
  oldPointer: Pointer | undefined,
  newPointer: Pointer | undefined,
  text: string,
  also?: Found['also'],
) => void;
type DeltasFn = (list: Delta[], subject: (field: string[]) => string, responseRoot?: boolean) => void;

function isDeprecated(op: Obj): { yes: boolean; replacement?: string } {
  const note = isObject(op['x-ms-api-annotation']) ? op['x-ms-api-annotation'] : {};
  const replacement = isObject(note.replacement) ? note.replacement.operationId : undefined;
  const status = typeof note.status === 'string' ? note.status.toLowerCase() : '';
  return {
    yes: op.deprecated === true || status === 'deprecated' || isObject(note.replacement),
    replacement: typeof replacement === 'string' ? replacement : undefined,
  };
}

function deprecation(o: Operation, n: Operation, found: FoundFn): void {
  const was = isDeprecated(o.value);
  const is = isDeprecated(n.value);
  if (was.yes || !is.yes) return;
  const where = n.value.deprecated === true ? 'deprecated' : 'x-ms-api-annotation';
  found(
    'operation-deprecated',
    undefined,
    child(n.pointer, where),
    `it is now deprecated${is.replacement ? ` in favour of ${is.replacement}` : ''}`,
  );
}

function mediaTypes(root: unknown, op: Obj, key: 'consumes' | 'produces'): string[] {
  const list = Array.isArray(op[key]) ? op[key] : isObject(root) && Array.isArray(root[key]) ? root[key] : [];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

function compareParameters(c: Comparer, o: Operation, n: Operation, found: FoundFn, deltas: DeltasFn): void {
  const p = pairParameters(o.parameters, n.parameters);
  const moved = new Set<Parameter>();
  // A moved parameter is still compared with itself: what else changed in it is reported by its own rule.
  const pairs = [...p.pairs];
  for (const pa of p.removed) {
    const target =
      pa.in === 'body' ? undefined : p.added.find((q) => q.name === pa.name && q.in !== 'body' && !moved.has(q));
    if (target) {
      moved.add(target);
      pairs.push([pa, target]);
      // The structural diff sees one parameter removed and another added: the move explains both.
      found(
        'parameter-location-changed',
        child(pa.pointer, 'in'),
        child(target.pointer, 'in'),
        `the parameter '${pa.name}' moved from ${pa.in} to ${target.in}`,
        [{ oldPointer: pa.pointer, newPointer: target.pointer }],
      );
    } else if (!isHidden(pa.value)) {
      found('parameter-removed', pa.pointer, undefined, `${paramSubject(pa)([])} was removed`);
    }
  }
  for (const [pa, pb] of pairs) {
    if (c.clean?.(pa.pointer, pb.pointer)) continue;
    const subject = paramSubject(pb);
    if (pa.value.required !== true && isRequired(pb.value)) {
      found(
        'parameter-made-required',
        child(pa.pointer, 'required'),
        child(pb.pointer, 'required'),
        `${subject([])} is now required`,
      );
    } else if (pa.value.required === true && pb.value.required !== true) {
      found(
        'parameter-made-optional',
        child(pa.pointer, 'required'),
        child(pb.pointer, 'required'),
        `${subject([])} is now optional`,
      );
    }
    const list: Delta[] = [];
    if (pa.in === 'body') {
      compareDocs(pa.value, pa.pointer, pb.value, pb.pointer, list, ['description', 'x-ms-summary']);
      list.push(...compareSchema(c, 'request', located(pa, 'schema'), located(pb, 'schema')));
    } else if (compareNode(c, 'request', pa.value, pa.pointer, pb.value, pb.pointer, [], list)) {
      if (pa.value.items !== undefined && pb.value.items !== undefined) {
        for (const d of compareSchema(c, 'request', located(pa, 'items'), located(pb, 'items'))) {
          list.push({ ...d, field: ['[]', ...d.field] });
        }
      }
    }
    deltas(list, subject);
  }
  for (const pb of p.added) {
    if (moved.has(pb)) continue;
    const required = isRequired(pb.value);
    found(
      required ? 'required-parameter-added' : 'optional-parameter-added',
      undefined,
      pb.pointer,
      required ? `it now requires ${paramSubject(pb)([])}` : `${paramSubject(pb)([])} was added`,
    );
  }
}

function located(p: Parameter, key: string) {
  return { value: p.value[key], pointer: child(p.pointer, key) };
}

function successResponses(root: unknown, op: Operation): Map<string, { value: Obj; pointer: Pointer }> {
  const out = new Map<string, { value: Obj; pointer: Pointer }>();
  const responses = op.value.responses;
  if (!isObject(responses)) return out;
  for (const [code, raw] of Object.entries(responses)) {
    if (!SUCCESS.test(code)) continue;
    const r = deref(root, raw, childPointer(op.pointer, 'responses', code));
    if (isObject(r.value)) out.set(code, { value: r.value, pointer: r.pointer });
  }
  return out;
}

/** Whether flows get anything from a response: an empty schema (`{}`, an object without properties) gives nothing. */
function hasOutputs(root: unknown, schema: unknown, pointer: Pointer): boolean {
  const r = deref(root, schema, pointer);
  if (!isObject(r.value)) return r.ref !== undefined; // an external schema: assume it has outputs
  const shape = shapeOf(root, r.value, r.pointer);
  if (shape.properties.size > 0 || shape.items !== undefined) return true;
  if (shape.type !== undefined && shape.type !== 'object') return true;
  return Object.keys(r.value).some((k) => k.startsWith('x-ms-dynamic-') || k === 'additionalProperties');
}

interface Response {
  value: Obj;
  pointer: Pointer;
}

/** What a response is called in messages: `200 response` and `response property`, or the trigger's own words. */
interface Naming {
  name: string;
  property: string;
}

function compareResponses(c: Comparer, o: Operation, n: Operation, found: FoundFn, deltas: DeltasFn): void {
  const before = successResponses(c.oldRoot, o);
  const after = successResponses(c.newRoot, n);
  // A success response whose code changed (200 -> 201) is paired with the new code rather than called removed.
  const spare = [...after.keys()].filter((code) => !before.has(code));
  for (const [code, ra] of before) {
    const newCode = after.has(code) ? code : spare.shift();
    const rb = newCode === undefined ? undefined : after.get(newCode);
    compareResponse(c, { name: `${code} response`, property: 'response property' }, ra, rb, found, deltas);
  }
}

const NOTIFICATION = 'x-ms-notification-content';

/**
 * A webhook trigger's outputs are the notification its backend posts, described by `x-ms-notification-content` on
 * the trigger's path item: flows use them as dynamic content exactly like a response's.
 */
function compareNotification(c: Comparer, o: Operation, n: Operation, found: FoundFn, deltas: DeltasFn): void {
  const at = (op: Operation): Response | undefined => {
    const r = deref(op === o ? c.oldRoot : c.newRoot, op.item[NOTIFICATION], child(op.itemPointer, NOTIFICATION));
    return isObject(r.value) ? { value: r.value, pointer: r.pointer } : undefined;
  };
  const [ra, rb] = [at(o), at(n)];
  const naming = { name: `notification content (${NOTIFICATION})`, property: 'trigger output' };
  if (ra) compareResponse(c, naming, ra, rb, found, deltas);
  else if (rb && hasOutputs(c.newRoot, rb.value.schema, child(rb.pointer, 'schema'))) {
    found('response-schema-added', undefined, rb.pointer, `its ${naming.name} was added: new trigger outputs`);
  }
}

function compareResponse(
  c: Comparer,
  naming: Naming,
  ra: Response,
  rb: Response | undefined,
  found: FoundFn,
  deltas: DeltasFn,
): void {
  const outputs = hasOutputs(c.oldRoot, ra.value.schema, child(ra.pointer, 'schema'));
  if (rb === undefined) {
    if (outputs) found('response-removed', ra.pointer, undefined, `its ${naming.name} was removed`);
    return;
  }
  const list: Delta[] = [];
  compareDocs(ra.value, ra.pointer, rb.value, rb.pointer, list, ['description', 'x-ms-summary']);
  const schema = (r: Response) => ({ value: r.value.schema, pointer: child(r.pointer, 'schema') });
  if (outputs && rb.value.schema === undefined) {
    found('response-type-changed', child(ra.pointer, 'schema'), rb.pointer, `its ${naming.name} no longer has a body`);
  } else if (ra.value.schema !== undefined) {
    // A body that offered nothing cannot break by changing type; what it gains is still worth reporting.
    const changes = compareSchema(c, 'response', schema(ra), schema(rb));
    list.push(...(outputs ? changes : changes.filter((d) => d.rule !== 'type-changed' || d.field.length > 0)));
  } else if (hasOutputs(c.newRoot, rb.value.schema, child(rb.pointer, 'schema'))) {
    found('response-schema-added', undefined, child(rb.pointer, 'schema'), `its ${naming.name} now has a body`);
  }
  const subject = (f: string[]) => (f.length === 0 ? `the ${naming.name}` : `the ${naming.property} '${fieldText(f)}'`);
  deltas(list, subject, true);
}

export function describeOperation(op: Operation): string {
  return `${isTrigger(op) ? 'trigger' : 'action'} '${actionName(op)}'`;
}
