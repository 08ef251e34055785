import { existsSync, realpathSync } from 'node:fs';
import { ConnectorExportError } from '../errors.ts';
import { readBaseline } from '../sources/baseline.ts';
import { gitTopLevel } from '../sources/git.ts';
import { compareWithBaseline } from '../stages/drift.ts';
import { cliSettings, readAndValidate } from './engine.ts';
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

/** `diff <baseline> <definition>`: the action's drift stage on a file or git baseline; fails on `--fail-on`. */
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
  const settings = cliSettings(
    {
      values: {
        definition: asInput(definition, cwd, workspace),
        baseline: fromGit ? baseline : asInput(baseline, cwd, workspace),
        'fail-on': c.options.failOn,
        'ignore-rules': c.options.ignoreRules ?? '',
        server: c.options.server ?? '',
        host: c.options.host ?? '',
        'base-path': c.options.basePath ?? '',
      },
      flags: DIFF_FLAGS,
    },
    workspace,
    c.mask,
  );
  const location = settings.baseline;
  if (location.kind !== 'file' && location.kind !== 'git') {
    throw new ConnectorExportError(
      `<baseline>: '${baseline}' is neither a file nor git:<ref>.`,
      'Give the last exported copy, or git:<ref>[:<path>] for a committed one.',
    );
  }
  // The action takes a missing baseline file for a first export; on the command line it is a typo.
  if (location.kind === 'file' && !existsSync(location.path)) {
    throw new ConnectorExportError(`<baseline>: ${baseline} does not exist.`, 'Check the path, or use git:<ref>.');
  }
  const run = await readAndValidate(settings, c.warn);
  const found = await readBaseline(location, { workspace, definition: settings.definition }, {});
  run.drift = compareWithBaseline(found, run.definition, settings, undefined);
  return { command: 'diff', runs: [run], failed: run.drift?.verdict.fail ?? false };
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
