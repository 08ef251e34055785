import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConnectorExportError } from '../errors.ts';
import { gitTopLevel } from '../sources/git.ts';
import { readConnectorFolder } from '../sources/project.ts';
import { runPipeline } from './engine.ts';
import { asInput, workspaceFor } from './paths.ts';
import type { CommandContext } from './program.ts';
import type { CommandResult } from './render.ts';

export interface DiffOptions {
  failOn: string;
  ignoreRules?: string;
  server?: string;
  host?: string;
  basePath?: string;
}

/**
 * `diff <baseline> <definition>`: the action's drift stage against a file, a connector folder (its definition) or a
 * git revision; fails on `--fail-on`.
 */
export async function diff(
  baseline: string,
  definition: string,
  c: CommandContext<DiffOptions>,
): Promise<CommandResult> {
  const fromGit = baseline.startsWith('git:');
  // git answers with the real path of the root: compare it with the real working directory.
  const cwd = fromGit ? realpathSync(c.io.cwd) : c.io.cwd;
  // `git show <ref>:<path>` takes paths from the repository root: so do the reports then.
  const workspace = fromGit ? await repositoryRoot(cwd) : workspaceFor(cwd, [baseline, definition]);
  const { runs, errors } = await runPipeline(
    {
      values: {
        definition: asInput(definition, cwd, workspace),
        baseline: fromGit ? baseline : await baselineFile(baseline, cwd, workspace),
        'fail-on': c.options.failOn,
        'ignore-rules': c.options.ignoreRules ?? '',
        server: c.options.server ?? '',
        host: c.options.host ?? '',
        'base-path': c.options.basePath ?? '',
      },
      flags: DIFF_FLAGS,
    },
    workspace,
    c,
    'diff',
  );
  return { command: 'diff', runs, errors, failed: runs.some((r) => r.drift?.verdict.fail ?? false) };
}

/** A baseline file as the `baseline` input takes it; a connector folder gives its definition file. */
async function baselineFile(baseline: string, cwd: string, workspace: string): Promise<string> {
  const full = path.resolve(cwd, baseline);
  // The action takes a missing baseline file for a first export; on the command line it is a typo.
  if (!existsSync(full)) {
    throw new ConnectorExportError(`<baseline>: ${baseline} does not exist.`, 'Check the path, or use git:<ref>.');
  }
  if (!statSync(full).isDirectory()) return asInput(baseline, cwd, workspace);
  const { raw } = await readConnectorFolder(full, asInput(baseline, cwd, workspace));
  return raw.source;
}

async function repositoryRoot(cwd: string): Promise<string> {
  const root = await gitTopLevel(cwd);
  if (root === undefined) {
    throw new ConnectorExportError(
      `<baseline>: a git baseline needs a git repository, and ${cwd} is not in one.`,
      'Run the command inside the clone, or give the baseline as a file.',
    );
  }
  return root;
}

export const DIFF_FLAGS: Record<string, string> = {
  definition: '<definition>',
  baseline: '<baseline>',
  'fail-on': '--fail-on',
  'ignore-rules': '--ignore-rules',
  server: '--server',
  host: '--host',
  'base-path': '--base-path',
};
