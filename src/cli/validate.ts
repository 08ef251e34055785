import { runPipeline } from './engine.ts';
import { asInput, workspaceFor } from './paths.ts';
import type { CommandContext } from './program.ts';
import type { CommandResult } from './render.ts';

export interface ValidateOptions {
  failOn: string;
  ignoreRules?: string;
  server?: string;
}

/** `validate <definition...>`: read and validate each connector (file, folder or URL); fails on `--fail-on`. */
export async function validate(definitions: string[], c: CommandContext<ValidateOptions>): Promise<CommandResult> {
  const { cwd } = c.io;
  const workspace = workspaceFor(cwd, definitions);
  const { runs, errors } = await runPipeline(
    { values: validationInputs(definitions, c.options, cwd, workspace), flags: VALIDATE_FLAGS },
    workspace,
    c,
    'validate',
  );
  return { command: 'validate', runs, errors, failed: runs.some((r) => r.validationFails) };
}

/** Where each action input comes from on the command line, for messages. */
export const VALIDATE_FLAGS: Record<string, string> = {
  definition: '<definition>',
  'fail-on-validation': '--fail-on',
  'ignore-rules': '--ignore-rules',
  server: '--server',
};

/** The inputs of reading and validation, as `validate` and `package` take them. */
export function validationInputs(
  definitions: string[],
  options: ValidateOptions,
  cwd: string,
  workspace: string,
): Record<string, string> {
  return {
    // One entry per line, as the action's `definition` input takes several connectors.
    definition: definitions.map((d) => asInput(d, cwd, workspace)).join('\n'),
    'fail-on-validation': options.failOn,
    'ignore-rules': options.ignoreRules ?? '',
    server: options.server ?? '',
  };
}
