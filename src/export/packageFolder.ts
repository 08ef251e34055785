/**
 * The package folder is written only where that deletes nothing of anyone else's: a folder the action creates, an
 * empty one, or one holding exactly the package it wrote before (recorded, with each file's hash, in OWNED_LIST).
 * Its real path must lie inside the workspace or RUNNER_TEMP, so a symbolic link cannot send the files elsewhere.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from '../hashes.ts';
import type { PackageFile } from '../connector/package.ts';
import { InputError } from '../errors.ts';
import { isWithin, lstatOrUndefined, realPathOf } from '../sources/workspace.ts';
import { jsonFile } from '../definition/json.ts';

/** What connector-export wrote into the folder last time: file name -> size and crc32 of its content. */
export const OWNED_LIST = '.connector-export-package.json';

/**
 * Tells whether a file still holds what the action wrote (a person or a later step may have changed it). A check
 * against accidents, not an adversary: whoever can write into the folder can delete its files anyway.
 */
const fingerprint = (bytes: Uint8Array) => `${bytes.length}:${crc32(bytes).toString(16).padStart(8, '0')}`;

function refuse(dir: string, why: string): never {
  throw new InputError(
    'package-path',
    `'${dir}' ${why}`,
    'Name a new or empty folder (e.g. out/connector-package), or leave the input out to use one under RUNNER_TEMP: connector-export never deletes files it did not write.',
  );
}

/** The files of an earlier package that may be replaced; refuses a folder holding anything else. */
function earlierPackage(dir: string): string[] {
  const entries = readdirSync(dir);
  if (entries.length === 0) return [];
  let owned: Record<string, string> = {};
  try {
    owned = (JSON.parse(readFileSync(path.join(dir, OWNED_LIST), 'utf8')) as { files: Record<string, string> }).files;
  } catch {
    // no list (or not ours): every entry counts as someone else's
  }
  const foreign: string[] = [];
  for (const name of entries) {
    if (name === OWNED_LIST) continue;
    const file = path.join(dir, name);
    const info = lstatSync(file);
    if (!info.isFile() || !Object.hasOwn(owned, name) || owned[name] !== fingerprint(readFileSync(file))) {
      foreign.push(name);
    }
  }
  if (foreign.length > 0) {
    const listed = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
    refuse(dir, `holds files connector-export did not write (or that changed since): ${listed}.`);
  }
  return entries;
}

/**
 * Writes the package files into `dir` (see the module comment) and returns their paths. `roots` are the folders
 * the package may go in: the workspace and RUNNER_TEMP.
 */
export async function writePackageFolder(dir: string, files: PackageFile[], roots: string[]): Promise<string[]> {
  const real = await realPathOf(dir);
  const realRoots = await Promise.all(roots.map(realPathOf));
  if (
    !realRoots.some((root) => real !== root && isWithin(real, root)) ||
    realRoots.some((root) => isWithin(root, real))
  ) {
    refuse(dir, 'leads (through a symbolic link) outside the workspace and RUNNER_TEMP, or holds them.');
  }
  const info = lstatOrUndefined(dir);
  if (info && !info.isDirectory()) refuse(dir, 'is not a folder.');
  for (const name of info ? earlierPackage(dir) : []) unlinkSync(path.join(dir, name));
  mkdirSync(dir, { recursive: true });
  const owned: Record<string, string> = {};
  for (const file of files) {
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    // `wx`: never through a link or over a file that appeared meanwhile.
    writeFileSync(path.join(dir, file.name), bytes, { flag: 'wx' });
    owned[file.name] = fingerprint(bytes);
  }
  writeFileSync(path.join(dir, OWNED_LIST), jsonFile({ files: owned }), { flag: 'wx' });
  return files.map((f) => path.join(dir, f.name));
}
