import { cliSettings, readAndValidate, type ConnectorRun } from './engine.ts';
import { asInput, workspaceFor } from './paths.ts';
import type { CommandContext } from './program.ts';
import type { CommandResult } from './render.ts';

export interface ValidateOptions {
  failOn: string;
  ignoreRules?: string;
  server?: string;
}

/** `validate <definition...>`: read and validate each definition; fails when any fails `--fail-on`. */
export async function validate(definitions: string[], c: CommandContext<ValidateOptions>): Promise<CommandResult> {
  const { cwd } = c.io;
  const workspace = workspaceFor(cwd, definitions);
  const runs: ConnectorRun[] = [];
  for (const definition of definitions) {
    const settings = cliSettings(
      { values: validationInputs(definition, c.options, cwd, workspace), flags: VALIDATE_FLAGS },
      workspace,
      c.mask,
    );
    runs.push(await readAndValidate(settings, c.warn));
  }
  return { command: 'validate', runs, failed: runs.some((r) => r.validationFails) };
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
  definition: string,
  options: ValidateOptions,
  cwd: string,
  workspace: string,
): Record<string, string> {
  return {
    definition: asInput(definition, cwd, workspace),
    'fail-on-validation': options.failOn,
    'ignore-rules': options.ignoreRules ?? '',
    server: options.server ?? '',
  };
}
