/**
 * Drift of a connector's own properties (apiProperties.json and its custom code) between two versions: policies,
 * connection parameters, OAuth settings, script. Used for the drift report and for express mode's plan, which
 * lists what an update would remove or change on the registered connector before it is sent.
 */
import { sameJson } from '../definition/json.ts';
import { childPointer, isObject } from '../definition/pointer.ts';
import type { Change, Pointer } from '../model.ts';
import type { DriftRule } from './rules.ts';

/** One side: `properties` of apiProperties.json (or of the registered connector), and its custom code. */
export interface PropertiesSide {
  properties: Record<string, unknown>;
  /** The script's bytes; `undefined` when there is none; `'unknown'` when it exists but cannot be compared. */
  script?: Uint8Array | 'unknown';
  /** Where the properties came from (a file, `the registered connector`), with lines for the new side. */
  file?: string;
  /** The script's file (script.csx), where changes of the code itself are annotated. */
  scriptFile?: string;
  lineOf?: (pointer: Pointer) => number | undefined;
}

export const apiPropertiesDriftRules: readonly DriftRule[] = [
  {
    id: 'policy-template-removed',
    level: 'breaking',
    description:
      'A policy template instance is gone (matched by template id and title): requests and responses are no longer rewritten the way flows rely on.',
    example: "Policy template 'dynamichosturl' ('Region host') is removed: requests go to the definition's host again.",
  },
  {
    id: 'connection-parameter-removed',
    level: 'breaking',
    description:
      'A connection parameter (or a connection parameter set) is gone: existing connections must be created again.',
    example: "Connection parameter 'region' is removed: existing connections must be created again.",
  },
  {
    id: 'script-removed',
    level: 'breaking',
    description: 'The custom code (script.csx) is gone: operations that relied on it behave differently.',
    example: 'The custom code is removed: the operations it handled go to the API unchanged.',
  },
  {
    id: 'policy-template-changed',
    level: 'warning',
    description: 'A policy template instance has other parameters or applies to other operations.',
    example: "Policy template 'setheader' ('Tenant header') changes: its parameters differ.",
  },
  {
    id: 'connection-parameter-added',
    level: 'warning',
    description: 'A new connection parameter: existing connections do not have a value for it.',
    example: "Connection parameter 'region' is added: existing connections have no value for it.",
  },
  {
    id: 'connection-parameter-changed',
    level: 'warning',
    description:
      'A connection parameter changed its type, constraints or OAuth settings (identity provider, client id, scopes, URLs): connections may need to sign in again.',
    example: "Connection parameter 'token' changes (oAuthSettings.scopes): users may need to sign in again.",
  },
  {
    id: 'script-changed',
    level: 'warning',
    description: 'The custom code changed, or runs for other operations (`scriptOperations`).',
    example: 'The custom code changes.',
  },
  {
    id: 'policy-template-added',
    level: 'info',
    description: 'A new policy template instance.',
    example: "Policy template 'setheader' ('Tenant header') is added.",
  },
  {
    id: 'script-added',
    level: 'info',
    description: 'The connector gains custom code.',
    example: 'Custom code is added.',
  },
  {
    id: 'connector-property-changed',
    level: 'info',
    description: 'The icon colour, publisher, stack owner or capabilities changed.',
    example: "'publisher' changes from 'Contoso' to 'Contoso Ltd'.",
  },
];

type RuleId = (typeof apiPropertiesDriftRules)[number]['id'];
const LEVEL = new Map(apiPropertiesDriftRules.map((r) => [r.id, r.level]));
const SIMPLE_MEMBERS = ['iconBrandColor', 'publisher', 'stackOwner', 'capabilities'];

/** Changes from `old` to `now`, in report order (breaking first); `ignoreRules` drops whole rules. */
export function diffApiProperties(
  old: PropertiesSide,
  now: PropertiesSide,
  options: { ignoreRules?: readonly string[] } = {},
): Change[] {
  const changes: Change[] = [];
  const add = (rule: RuleId, message: string, pointer: { old?: Pointer; new?: Pointer }, file = now.file) => {
    const line = pointer.new === undefined ? undefined : now.lineOf?.(pointer.new);
    changes.push({
      rule,
      level: LEVEL.get(rule)!,
      message,
      ...(pointer.old === undefined ? {} : { oldPointer: pointer.old }),
      ...(pointer.new === undefined ? {} : { newPointer: pointer.new }),
      ...(line === undefined ? {} : { line }),
      ...(file === undefined ? {} : { file }),
    });
  };

  // Policy templates, matched by template id and title (the portal names each instance).
  const policies = (side: PropertiesSide) => {
    const list = side.properties.policyTemplateInstances;
    return new Map(
      (Array.isArray(list) ? list : []).flatMap((p, i) =>
        isObject(p) ? [[policyKey(p), { value: p, pointer: `/properties/policyTemplateInstances/${i}` }] as const] : [],
      ),
    );
  };
  const oldPolicies = policies(old);
  const newPolicies = policies(now);
  for (const [key, p] of oldPolicies) {
    const next = newPolicies.get(key);
    if (!next) add('policy-template-removed', `Policy template ${key} is removed.`, { old: p.pointer });
    else if (!sameJson(p.value, next.value)) {
      add('policy-template-changed', `Policy template ${key} changes: its parameters differ.`, {
        old: p.pointer,
        new: next.pointer,
      });
    }
  }
  for (const [key, p] of newPolicies) {
    if (!oldPolicies.has(key)) add('policy-template-added', `Policy template ${key} is added.`, { new: p.pointer });
  }

  // Connection parameters, plain and in each set (multi-auth).
  const oldParameters = connectionParameters(old.properties);
  const newParameters = connectionParameters(now.properties);
  for (const [name, p] of oldParameters) {
    const next = newParameters.get(name);
    if (!next) {
      add(
        'connection-parameter-removed',
        `Connection parameter '${name}' is removed: existing connections must be created again.`,
        {
          old: p.pointer,
        },
      );
      continue;
    }
    const differing = differingMembers(p.value, next.value);
    if (differing.length > 0) {
      add(
        'connection-parameter-changed',
        `Connection parameter '${name}' changes (${differing.join(', ')}): connections may need to be signed in again.`,
        { old: p.pointer, new: next.pointer },
      );
    }
  }
  for (const [name, p] of newParameters) {
    if (!oldParameters.has(name)) {
      add(
        'connection-parameter-added',
        `Connection parameter '${name}' is added: existing connections have no value for it.`,
        {
          new: p.pointer,
        },
      );
    }
  }

  // Custom code.
  if (old.script !== undefined && now.script === undefined) {
    add('script-removed', 'The custom code (script.csx) is removed.', {});
  } else if (old.script === undefined && now.script !== undefined) {
    add('script-added', 'Custom code (script.csx) is added.', {}, now.scriptFile);
  } else if (!sameScript(old.script, now.script)) {
    add('script-changed', 'The custom code (script.csx) changes.', {}, now.scriptFile);
  }
  if (!sameJson(old.properties.scriptOperations ?? [], now.properties.scriptOperations ?? [])) {
    add(
      'script-changed',
      `The custom code runs for other operations: scriptOperations ${describe(old.properties.scriptOperations)} -> ${describe(now.properties.scriptOperations)}.`,
      {
        old: old.properties.scriptOperations === undefined ? undefined : '/properties/scriptOperations',
        new: now.properties.scriptOperations === undefined ? undefined : '/properties/scriptOperations',
      },
    );
  }

  for (const member of SIMPLE_MEMBERS) {
    const [a, b] = [old.properties[member], now.properties[member]];
    if (a === undefined || b === undefined || sameJson(a, b)) continue;
    add('connector-property-changed', `'${member}' changes from ${describe(a)} to ${describe(b)}.`, {
      old: childPointer('/properties', member),
      new: childPointer('/properties', member),
    });
  }

  const ignored = new Set(options.ignoreRules ?? []);
  const order = (c: Change) => ['breaking', 'warning', 'info'].indexOf(c.level);
  return changes.filter((c) => !ignored.has(c.rule)).sort((a, b) => order(a) - order(b));
}

function policyKey(p: Record<string, unknown>): string {
  const id = typeof p.templateId === 'string' ? p.templateId.toLowerCase() : '?';
  return typeof p.title === 'string' && p.title !== '' ? `'${id}' ('${p.title}')` : `'${id}'`;
}

/** Connection parameters by name; in a parameter set, `<set>/<name>`. */
function connectionParameters(
  properties: Record<string, unknown>,
): Map<string, { value: Record<string, unknown>; pointer: Pointer }> {
  const out = new Map<string, { value: Record<string, unknown>; pointer: Pointer }>();
  const scan = (parameters: unknown, at: Pointer, prefix: string) => {
    if (!isObject(parameters)) return;
    for (const [name, value] of Object.entries(parameters)) {
      if (isObject(value)) out.set(prefix + name, { value, pointer: childPointer(at, name) });
    }
  };
  scan(properties.connectionParameters, '/properties/connectionParameters', '');
  const sets = isObject(properties.connectionParameterSets) ? properties.connectionParameterSets.values : undefined;
  if (Array.isArray(sets)) {
    sets.forEach((set, i) => {
      if (isObject(set) && typeof set.name === 'string') {
        scan(set.parameters, `/properties/connectionParameterSets/values/${i}/parameters`, `${set.name}/`);
      }
    });
  }
  return out;
}

/**
 * The members (dotted, one level into `oAuthSettings`) that differ. Members the service adds or never returns
 * (the redirect URL, the client secret) are not changes the source makes.
 */
function differingMembers(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'oAuthSettings' && isObject(a[key]) && isObject(b[key])) {
      const [x, y] = [a[key], b[key]];
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (k === 'redirectUrl' || k === 'clientSecret' || x[k] === undefined || y[k] === undefined) continue;
        if (!sameJson(x[k], y[k])) out.push(`oAuthSettings.${k}`);
      }
    } else if (a[key] !== undefined && b[key] !== undefined && !sameJson(a[key], b[key])) out.push(key);
  }
  return out;
}

/** Code that cannot be compared (`unknown`) is only the same as itself: kept as registered. No code is no code. */
function sameScript(a: PropertiesSide['script'], b: PropertiesSide['script']): boolean {
  if (a === b) return true;
  return a instanceof Uint8Array && b instanceof Uint8Array && Buffer.from(a).equals(b);
}

function describe(value: unknown): string {
  if (value === undefined) return '(none)';
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}
