import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_FILES } from '../connector/settings.ts';
import { readPaconnSettings, type RawFile, type RawProject } from '../connector/project.ts';
import { DefinitionError, InputError } from '../errors.ts';
import type { DefinitionInput, DefinitionLocation } from '../inputs.ts';
import { readDefinition, type DefinitionSourceOptions } from './definition.ts';
import { readDefinitionFile } from './file.ts';
import { readAtGitRef } from './git.ts';
import { checkInFolder, statOrUndefined } from './workspace.ts';
import { MAX_DEFINITION_BYTES, type RawDefinition } from './raw.ts';

/** One connector's source as read: its definition and, from a folder or `api-properties`, its other files. */
export interface ConnectorSource {
  raw: RawDefinition;
  project?: RawProject;
}

const DEFINITION_EXTENSIONS = /\.(json|ya?ml)$/i;

/**
 * The connectors a run covers, in order: each `definition` entry, a pattern replaced by its matches (sorted).
 * A match is a connector folder, or a JSON/YAML file; other files a pattern happens to match are skipped.
 */
export async function resolveConnectors(entries: DefinitionInput[], workspace: string): Promise<DefinitionLocation[]> {
  const out: DefinitionLocation[] = [];
  const seen = new Set<string>();
  const add = (location: DefinitionLocation) => {
    const key = location.kind === 'file' ? location.path : location.display;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(location);
  };
  for (const entry of entries) {
    if (entry.kind !== 'glob') {
      add(entry);
      continue;
    }
    const matches: DefinitionLocation[] = [];
    for (const match of globSync(entry.pattern, { cwd: workspace })) {
      const full = path.resolve(workspace, match);
      const info = statOrUndefined(full);
      if (!info || (!info.isDirectory() && !(info.isFile() && DEFINITION_EXTENSIONS.test(match)))) continue;
      matches.push({ kind: 'file', path: full, display: match.split(path.sep).join('/') });
    }
    if (matches.length === 0) {
      throw new InputError(
        'definition',
        `the pattern '${entry.display}' matches no connector folder or definition file in the workspace.`,
        'Check the pattern (relative to the repository root) and that the job runs actions/checkout first.',
      );
    }
    matches.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
    for (const match of matches) add(match);
  }
  return out;
}

export interface ConnectorSourceOptions extends DefinitionSourceOptions {
  /** The `api-properties` input, for a definition given as a file or URL. */
  apiProperties?: { path: string; display: string };
}

/** Reads one connector: a connector folder (paconn's layout), or a definition file or URL. */
export async function readConnectorSource(
  location: DefinitionLocation,
  options: ConnectorSourceOptions,
): Promise<ConnectorSource> {
  if (location.kind === 'file' && statOrUndefined(location.path)?.isDirectory()) {
    if (options.apiProperties) {
      throw new InputError(
        'api-properties',
        `'definition' is the folder ${location.display}, which has its own apiProperties.json.`,
        "Remove 'api-properties', or point 'definition' at the definition file.",
      );
    }
    return readConnectorFolder(location.path, location.display);
  }
  const raw = await readDefinition(location, options);
  if (!options.apiProperties) return { raw };
  const file = await readOptional(options.apiProperties.path, options.apiProperties.display);
  if (!file) {
    throw new InputError(
      'api-properties',
      `'${options.apiProperties.display}' is not a file in the workspace.`,
      'Give the path of an apiProperties.json (relative to the repository root).',
    );
  }
  return { raw, project: { apiProperties: file } };
}

/**
 * A connector folder as paconn reads it: settings.json (optional) names the files, else paconn's default names.
 * apiProperties.json, script.csx and icon.png are optional; a file settings.json names must exist.
 */
export async function readConnectorFolder(dir: string, display: string): Promise<ConnectorSource> {
  const shown = (name: string) => (display === '' || display === '.' ? name : `${display}/${name}`);
  // Each file is read only when its real path stays in the folder: a symbolic link must not pull in another file.
  const inFolder = async (full: string, shownAs: string) => {
    await checkInFolder(full, dir, shownAs);
    return full;
  };
  const settingsFile = await readOptional(
    await inFolder(path.join(dir, PACKAGE_FILES.settings), shown(PACKAGE_FILES.settings)),
    shown(PACKAGE_FILES.settings),
  );
  const named = settingsFile ? readPaconnSettings(settingsFile) : {};
  const file = (key: 'apiDefinition' | 'apiProperties' | 'icon' | 'script') => {
    const name = named[key] ?? PACKAGE_FILES[key];
    const full = path.resolve(dir, name);
    const rel = path.relative(dir, full);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new DefinitionError(shown(PACKAGE_FILES.settings), `'${key}' names '${name}', outside the folder.`, {
        hint: `Keep the connector's files in ${display || 'its folder'} and name them relative to it.`,
      });
    }
    return { full, display: shown(rel.split(path.sep).join('/')), required: named[key] !== undefined };
  };
  const definition = file('apiDefinition');
  const raw = await readDefinitionFile(await inFolder(definition.full, definition.display), definition.display);
  const project: RawProject = { folder: display };
  if (settingsFile) project.settings = settingsFile;
  for (const key of ['apiProperties', 'script', 'icon'] as const) {
    const f = file(key);
    const content = await readOptional(await inFolder(f.full, f.display), f.display);
    if (content) project[key] = content;
    // Named but absent: fatal for apiProperties.json (exporting without it would drop its content); the icon and
    // the script are reported by validation, and the connector is exported without them.
    else if (f.required && key === 'apiProperties') {
      throw new DefinitionError(shown(PACKAGE_FILES.settings), `'${key}' names '${f.display}', which does not exist.`, {
        hint: `Add the file, or remove '${key}' from settings.json.`,
      });
    } else if (f.required) (project.missing ??= []).push({ member: key, file: f.display });
  }
  return { raw, project };
}

/** A file's bytes, or undefined when there is no such file; bounded like a definition. */
async function readOptional(full: string, display: string): Promise<RawFile | undefined> {
  const info = statOrUndefined(full);
  if (!info?.isFile()) return undefined;
  if (info.size > MAX_DEFINITION_BYTES) {
    throw new DefinitionError(display, `is ${info.size} bytes, over the ${MAX_DEFINITION_BYTES}-byte limit.`, {
      hint: 'A connector file this large is not one the platform accepts: check the path.',
    });
  }
  return { bytes: readFileSync(full), source: display };
}

/** A connector folder's apiProperties.json and script.csx at a git ref (workspace paths); absent ones are undefined. */
export async function readProjectAtGitRef(
  workspace: string,
  ref: string,
  files: { apiProperties?: string; script?: string },
): Promise<Pick<RawProject, 'apiProperties' | 'script'>> {
  const read = async (file: string | undefined) =>
    file === undefined ? undefined : readAtGitRef(workspace, ref, file);
  const [apiProperties, script] = await Promise.all([read(files.apiProperties), read(files.script)]);
  return { ...(apiProperties ? { apiProperties } : {}), ...(script ? { script } : {}) };
}
