/**
 * What a connection asks for, as the connector's own apiProperties.json defines it (`connectionParameters`, or the
 * alternatives of `connectionParameterSets`): one row per parameter for IMPORT.md. Never a value a user enters:
 * defaults are named only for plain parameters, never for a secure string or an OAuth setting.
 */
import { isObject } from '../definition/pointer.ts';

export interface ConnectionParameterRow {
  name: string;
  /** How the portal shows it, e.g. `secure string`. */
  type: string;
  /** What to enter: the label and description the connection dialog shows, and its constraints. */
  enter: string;
}

/** One way to connect; `name` is undefined for plain `connectionParameters`. */
export interface ConnectionParameterGroup {
  name?: string;
  displayName?: string;
  rows: ConnectionParameterRow[];
}

export interface ConnectionParameters {
  /** The `uiDefinition.displayName` of the choice between sets (e.g. "Authentication type"). */
  choice?: string;
  groups: ConnectionParameterGroup[];
}

/** The parameters of apiProperties.json's `properties`; undefined when it defines none. */
export function connectionParametersOf(properties: Record<string, unknown>): ConnectionParameters | undefined {
  const sets = properties.connectionParameterSets;
  if (isObject(sets) && Array.isArray(sets.values) && sets.values.length > 0) {
    return {
      choice: text(isObject(sets.uiDefinition) ? sets.uiDefinition.displayName : undefined),
      groups: sets.values.filter(isObject).map((set) => ({
        name: text(set.name),
        displayName: text(isObject(set.uiDefinition) ? set.uiDefinition.displayName : undefined),
        rows: rowsOf(set.parameters),
      })),
    };
  }
  const rows = rowsOf(properties.connectionParameters);
  return rows.length > 0 ? { groups: [{ rows }] } : undefined;
}

function rowsOf(parameters: unknown): ConnectionParameterRow[] {
  if (!isObject(parameters)) return [];
  return Object.entries(parameters).map(([name, parameter]) => {
    const p = isObject(parameter) ? parameter : {};
    return { name, type: typeOf(p), enter: whatToEnter(p) };
  });
}

function typeOf(p: Record<string, unknown>): string {
  const type = text(p.type) ?? 'unknown';
  switch (type.toLowerCase()) {
    case 'securestring':
      return 'secure string';
    case 'oauthsetting': {
      const settings = isObject(p.oAuthSettings) ? p.oAuthSettings : {};
      const provider = text(settings.identityProvider);
      return provider ? `OAuth 2.0 (${provider})` : 'OAuth 2.0';
    }
    case 'gatewaysetting':
      return 'on-premises data gateway';
    default:
      return type;
  }
}

function whatToEnter(p: Record<string, unknown>): string {
  const ui = isObject(p.uiDefinition) ? p.uiDefinition : {};
  const constraints = isObject(ui.constraints) ? ui.constraints : {};
  const type = (text(p.type) ?? '').toLowerCase();
  const parts: string[] = [];
  const label = text(ui.displayName);
  const about = text(ui.description) ?? text(ui.tooltip);
  if (label || about) parts.push([label, about && about !== label ? about : undefined].filter(Boolean).join(': '));
  if (type === 'securestring') {
    parts.push('a secret: each user enters their own when creating a connection; never write it down here');
  } else if (type === 'oauthsetting') {
    parts.push(
      "each user signs in when creating a connection; the connector's client ID and secret are set on its Security tab",
    );
  } else if (type === 'gatewaysetting') {
    parts.push('the on-premises data gateway the connection goes through');
  }
  if (isTrue(constraints.hidden)) parts.push('hidden: the connector sets it');
  else if (isTrue(constraints.required)) parts.push('required');
  const allowed = Array.isArray(constraints.allowedValues)
    ? constraints.allowedValues.map((v) => (isObject(v) ? (text(v.text) ?? text(v.value)) : text(v))).filter(Boolean)
    : [];
  if (allowed.length > 0) parts.push(`allowed values: ${allowed.join(', ')}`);
  // Only a plain parameter's default: a secure one's would be a credential.
  const shown = type !== 'securestring' && type !== 'oauthsetting' ? text(p.defaultValue) : undefined;
  if (shown !== undefined) parts.push(`default value: ${shown}`);
  return parts.join('; ');
}

const isTrue = (value: unknown) => value === true || value === 'true';

/** A non-empty string (numbers and booleans as written), else undefined. */
function text(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
