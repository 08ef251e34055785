/**
 * Where the action may read and write, checked on real paths: a symbolic link in the checkout (a pull request can
 * add one) must not make the action read a file outside the workspace or write through it.
 *
 * The action's file system calls are synchronous (node:fs): a run reads and writes one file at a time, and
 * node:fs/promises would load Node's stream and readline modules on every run, more than all our own file work.
 */
import { closeSync, constants, lstatSync, openSync, realpathSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { DefinitionError, InputError } from '../errors.ts';
import type { DefinitionLocation, Settings } from '../inputs.ts';
import { redactSecrets } from '../secrets.ts';

/** The real path of a file that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
export async function realPathOf(file: string): Promise<string> {
  const rest: string[] = [];
  let at = path.resolve(file);
  for (;;) {
    try {
      return path.join(realpathSync.native(at), ...rest.reverse());
    } catch (error) {
      const parent = path.dirname(at);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === at) throw error;
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

/**
 * Whether `child` is `root` itself or inside it (paths already resolved). Only a first segment of exactly `..` leaves
 * the root: `..notes.json` is a file inside it. An absolute `rel` is another drive (Windows).
 */
export function isWithin(child: string, root: string): boolean {
  const rel = path.relative(root, child);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** Refuses a workspace path whose real path (every symbolic link followed) leaves the workspace. */
export async function checkInWorkspace(input: string, file: string, workspace: string): Promise<void> {
  const [real, root] = await Promise.all([realPathOf(file), realPathOf(workspace)]);
  if (isWithin(real, root)) return;
  throw new InputError(
    input,
    `'${path.relative(workspace, file)}' is a symbolic link (or lies under one) that leads outside the workspace.`,
    'Point the input at a file in the repository itself, not at a link to a file elsewhere.',
  );
}

/** Refuses a file of a connector folder whose real path leaves the folder (a symbolic link to elsewhere). */
export async function checkInFolder(file: string, folder: string, display: string): Promise<void> {
  const [real, root] = await Promise.all([realPathOf(file), realPathOf(folder)]);
  if (isWithin(real, root)) return;
  throw new DefinitionError(
    display,
    'is a symbolic link (or lies under one) that leads outside the connector folder.',
    {
      hint: "Keep the connector's files in its folder itself, not links to files elsewhere.",
    },
  );
}

/**
 * Every workspace file or folder one connector's run reads (its definition or folder, the baseline, the icon,
 * `api-properties`), checked before anything is read. A folder's own files are checked as they are read.
 */
export async function checkWorkspaceFiles(settings: Settings, definition: DefinitionLocation): Promise<void> {
  const { workspace, baseline, iconPath, apiPropertiesPath } = settings;
  if (definition.kind === 'file') await checkInWorkspace('definition', definition.path, workspace);
  if (baseline.kind === 'file') await checkInWorkspace('baseline', baseline.path, workspace);
  if (iconPath !== undefined) await checkInWorkspace('icon', iconPath, workspace);
  if (apiPropertiesPath !== undefined) await checkInWorkspace('api-properties', apiPropertiesPath.path, workspace);
}

/**
 * Overwrites (or creates) a file in the workspace without following a symbolic link: a link there is refused, not
 * written through, and the folder it goes in must really be in the workspace. Registered secrets are taken out.
 */
export async function writeWorkspaceFile(input: string, file: string, text: string, workspace: string): Promise<void> {
  const display = path.relative(workspace, file);
  const link = lstatOrUndefined(file)?.isSymbolicLink() ?? false;
  if (link) {
    throw new InputError(
      input,
      `'${display}' is a symbolic link: connector-export does not write through links.`,
      'Commit the file itself at that path, not a link to it.',
    );
  }
  await checkInWorkspace(input, path.dirname(file), workspace);
  // O_NOFOLLOW: a link put there after the check above still fails instead of being followed.
  const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW);
  try {
    writeFileSync(fd, redactSecrets(text));
  } finally {
    closeSync(fd);
  }
}

/** A path's stat, or undefined when it cannot be had (absent, unreadable). */
export function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** lstat (a link itself, not what it points to), or undefined when it cannot be had. */
export function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
