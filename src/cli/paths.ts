import path from 'node:path';

/** Whether a definition argument is a URL rather than a path. */
export const isUrl = (arg: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);

/**
 * The folder the action would call the workspace: paths in reports are relative to it. The working directory, or,
 * when an argument lies outside it, the closest folder that holds them all (the action refuses paths outside).
 */
export function workspaceFor(cwd: string, args: readonly (string | undefined)[]): string {
  let root = path.resolve(cwd);
  for (const arg of args) {
    if (arg === undefined || arg === '' || isUrl(arg)) continue;
    const full = path.resolve(cwd, arg);
    while (path.relative(root, full).startsWith('..')) root = path.dirname(root);
  }
  return root;
}

/** An argument as the action's input would give it: relative to the workspace (URLs as they are). */
export function asInput(arg: string | undefined, cwd: string, workspace: string): string {
  if (arg === undefined || arg === '' || isUrl(arg)) return arg ?? '';
  return path.relative(workspace, path.resolve(cwd, arg)) || '.';
}
