import { childPointer, isObject } from '../definition/pointer.ts';
import { compareDocs, wordingText, type Delta } from './schema.ts';
import type { Found } from './operations.ts';

type Obj = Record<string, unknown>;

const SECURITY_FIELDS: [key: string, label: string][] = [
  ['type', 'the security type'],
  ['flow', 'the OAuth flow'],
  ['authorizationUrl', 'the authorization URL'],
  ['tokenUrl', 'the token URL'],
  ['in', 'the API key location'],
  ['name', 'the API key name'],
];

/** The security definition the platform uses: the first one (the others are ignored). */
function firstSecurity(root: Obj): [name: string, value: Obj] | undefined {
  const defs = root.securityDefinitions;
  if (!isObject(defs)) return undefined;
  const first = Object.entries(defs).find(([, v]) => isObject(v));
  return first as [string, Obj] | undefined;
}

function compareSecurity(a: Obj, b: Obj, out: Found[]): void {
  const sa = firstSecurity(a);
  const sb = firstSecurity(b);
  const either = sa ?? sb;
  if (!either) return;
  const oldPointer = sa && childPointer('/securityDefinitions', sa[0]);
  const newPointer = sb && childPointer('/securityDefinitions', sb[0]);
  if (!sa || !sb) {
    const type = String(either[1].type);
    const text = sa ? `the ${type} security definition was removed` : `a ${type} security definition was added`;
    out.push({ rule: 'security-changed', oldPointer, newPointer, text });
    return;
  }
  const diffs = SECURITY_FIELDS.filter(([k]) => sa[1][k] !== sb[1][k]).map(
    ([k, label]) => `${label} changed from ${String(sa[1][k] ?? 'none')} to ${String(sb[1][k] ?? 'none')}`,
  );
  if (diffs.length > 0) out.push({ rule: 'security-changed', oldPointer, newPointer, text: diffs.join('; ') });
  else if (sa[1].type === 'oauth2') compareScopes(sa, sb, out);
}

function scopesOf(def: Obj): string[] {
  return isObject(def.scopes) ? Object.keys(def.scopes).sort() : [];
}

function compareScopes([na, a]: [string, Obj], [nb, b]: [string, Obj], out: Found[]): void {
  const before = scopesOf(a);
  const after = scopesOf(b);
  const gained = after.filter((x) => !before.includes(x));
  const lost = before.filter((x) => !after.includes(x));
  if (gained.length + lost.length === 0) return;
  const parts = [
    gained.length > 0 ? `gained ${gained.join(', ')}` : '',
    lost.length > 0 ? `lost ${lost.join(', ')}` : '',
  ].filter(Boolean);
  out.push({
    rule: 'oauth-scopes-changed',
    oldPointer: childPointer('/securityDefinitions', na, 'scopes'),
    newPointer: childPointer('/securityDefinitions', nb, 'scopes'),
    text: `the OAuth scopes ${parts.join(' and ')}; sign each connection in again to grant them`,
  });
}

function basePath(root: Obj): string {
  const p = typeof root.basePath === 'string' ? root.basePath.replace(/\/+$/, '') : '';
  return p === '' ? '/' : p;
}

function origin(root: Obj): string {
  const scheme = Array.isArray(root.schemes) && typeof root.schemes[0] === 'string' ? root.schemes[0] : 'https';
  return `${scheme}://${typeof root.host === 'string' ? root.host : ''}`;
}

function compareBackend(a: Obj, b: Obj, routesMoved: boolean, out: Found[]): void {
  const [pa, pb, oa, ob] = [basePath(a), basePath(b), origin(a), origin(b)];
  if (pa !== pb && routesMoved) {
    out.push({
      rule: 'base-path-changed',
      oldPointer: '/basePath',
      newPointer: b.basePath === undefined ? undefined : '/basePath',
      text: `basePath changed from ${pa} to ${pb}${oa === ob ? '' : ` and ${oa} became ${ob}`}`,
    });
  } else if (oa.toLowerCase() !== ob.toLowerCase()) {
    out.push({
      rule: 'host-changed',
      oldPointer: a.host === undefined ? undefined : '/host',
      newPointer: b.host === undefined ? undefined : '/host',
      text: `${oa} became ${ob}`,
    });
  }
}

/**
 * Changes of the whole connector: backend URL, security, and the wording of `info`. `routesMoved` is false when
 * a basePath change is undone by the paths (every operation's URL stays the same).
 */
export function compareDocument(oldRoot: unknown, newRoot: unknown, routesMoved: boolean, out: Found[]): void {
  const a = isObject(oldRoot) ? oldRoot : {};
  const b = isObject(newRoot) ? newRoot : {};
  compareSecurity(a, b, out);
  compareBackend(a, b, routesMoved, out);
  const docs: Delta[] = [];
  if (isObject(a.info) && isObject(b.info))
    compareDocs(a.info, '/info', b.info, '/info', docs, ['title', 'description']);
  if (docs.length > 0) {
    const text = wordingText(docs.map((d) => d.say('')));
    const [first, ...rest] = docs;
    const also = rest.map(({ oldPointer, newPointer }) => ({ oldPointer, newPointer }));
    out.push({ rule: 'documentation-changed', oldPointer: first.oldPointer, newPointer: first.newPointer, text, also });
  }
}
