import type { Definition } from '../definition/document.ts';
import { parseDefinition } from '../definition/parse.ts';
import { isObject } from '../definition/pointer.ts';
import { DefinitionError } from '../errors.ts';

/** The bytes of a connector folder's files, as an adapter read them (`source` is the workspace path shown). */
export interface RawFile {
  bytes: Uint8Array;
  source: string;
}

/** What a source gave beside the definition: a connector folder's files, or an `api-properties` file. */
export interface RawProject {
  /** The folder as shown to users, e.g. `connectors/contoso`; undefined without a folder. */
  folder?: string;
  apiProperties?: RawFile;
  script?: RawFile;
  icon?: RawFile;
  settings?: RawFile;
  /** Files settings.json names that do not exist (`member` is its key, e.g. `icon`). */
  missing?: { member: string; file: string }[];
}

/** paconn's settings.json, the members this action reads. */
export interface PaconnSettings {
  connectorId?: string;
  environment?: string;
  apiDefinition?: string;
  apiProperties?: string;
  icon?: string;
  script?: string;
}

/**
 * A connector's own files beside its definition (paconn's layout), parsed: the source of truth for everything the
 * definition does not hold. Plain data, read by the manual package, express mode and the solution package alike.
 */
export interface ConnectorProject {
  folder?: string;
  /** apiProperties.json as parsed, with lines for findings; its `value` is `{ properties: {...} }`. */
  apiProperties?: Definition;
  /** script.csx, the custom code: its bytes travel unchanged, `text` is for checks. */
  script?: { bytes: Uint8Array; text: string; source: string };
  icon?: { bytes: Uint8Array; source: string };
  settings?: { value: PaconnSettings; source: string };
  /** Files settings.json names that do not exist. */
  missing?: { member: string; file: string }[];
}

/** Parses what a source read; throws DefinitionError (file:line:column) for a file that is not JSON. */
export function parseProject(raw: RawProject): ConnectorProject {
  const project: ConnectorProject = { folder: raw.folder, ...(raw.missing ? { missing: raw.missing } : {}) };
  if (raw.apiProperties) project.apiProperties = parseJsonFile(raw.apiProperties, 'apiProperties.json');
  if (raw.script) {
    project.script = {
      bytes: raw.script.bytes,
      text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(raw.script.bytes),
      source: raw.script.source,
    };
  }
  if (raw.icon) project.icon = { bytes: raw.icon.bytes, source: raw.icon.source };
  if (raw.settings) project.settings = { value: readPaconnSettings(raw.settings), source: raw.settings.source };
  return project;
}

/** settings.json's members, each a string when present (paconn's schema); anything else is named with its line. */
export function readPaconnSettings(raw: RawFile): PaconnSettings {
  const doc = parseJsonFile(raw, 'settings.json');
  const value = doc.value as Record<string, unknown>;
  const settings: PaconnSettings = {};
  for (const key of ['connectorId', 'environment', 'apiDefinition', 'apiProperties', 'icon', 'script'] as const) {
    const member = value[key];
    if (member === undefined) continue;
    if (typeof member !== 'string' || member.trim() === '') {
      throw new DefinitionError(raw.source, `'${key}' is ${JSON.stringify(member)}, not a name.`, {
        line: doc.lineOf(`/${key}`),
        hint: `Give '${key}' as a string (paconn's settings.json), or remove it.`,
      });
    }
    settings[key] = member;
  }
  return settings;
}

function parseJsonFile(raw: RawFile, kind: string): Definition {
  const doc = parseDefinition(raw.bytes, raw.source);
  if (doc.format !== 'json' || !isObject(doc.value)) {
    throw new DefinitionError(raw.source, `is not a JSON object.`, {
      line: 1,
      hint: `${kind} is JSON, as paconn writes it.`,
    });
  }
  return doc;
}
