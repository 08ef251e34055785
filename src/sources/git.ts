import { promisify } from 'node:util';
import { DefinitionError } from '../errors.ts';
import type { RawDefinition } from './raw.ts';

async function git(cwd: string, args: string[]): Promise<Buffer> {
  // Loaded on first use: most runs never read a git baseline, and node:child_process is not free to load.
  const { execFile } = await import('node:child_process');
  const { stdout } = await promisify(execFile)('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function hasCommit(cwd: string, ref: string): Promise<boolean> {
  try {
    await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file as it is at a git ref, or undefined when the file did not exist there (a first export).
 * A shallow checkout (actions/checkout's default depth 1) lacks the base commit: fetch just that commit.
 */
export async function readAtGitRef(workspace: string, ref: string, file: string): Promise<RawDefinition | undefined> {
  const label = `${file}@${ref}`;
  if (!(await hasCommit(workspace, ref))) {
    try {
      await git(workspace, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
    } catch (error) {
      throw new DefinitionError(
        label,
        `git ref '${ref}' is not in the checkout and could not be fetched: ${firstLine(error)}`,
        {
          hint: "Use actions/checkout with 'fetch-depth: 0', or give 'baseline' a ref that exists.",
        },
      );
    }
    // What was just fetched: a branch or tag of the remote has no local name of its own.
    ref = 'FETCH_HEAD';
  }
  try {
    return { bytes: await git(workspace, ['show', `${ref}:${file}`]), source: label };
  } catch (error) {
    if (/does not exist|exists on disk, but not in/.test(String((error as { stderr?: Buffer }).stderr ?? '')))
      return undefined;
    throw new DefinitionError(label, `could not be read from git: ${firstLine(error)}`);
  }
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return (stderr || (error as Error).message).split('\n')[0];
}

/** The root of the git work tree that holds `dir`, or undefined outside one (or without git). */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  try {
    return (await git(dir, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
  } catch {
    return undefined;
  }
}
