import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ConnectorExportError } from '../errors.ts';
import { statOrUndefined } from '../sources/workspace.ts';
import { runPipeline } from './engine.ts';
import { asInput, isUrl, workspaceFor } from './paths.ts';
import type { CommandContext } from './program.ts';
import type { CommandResult } from './render.ts';
import { VALIDATE_FLAGS, validationInputs, type ValidateOptions } from './validate.ts';

/** The connector options of `package` and `export`, by their action input names. */
export const CONNECTOR_INPUTS = [
  'connector-name',
  'host',
  'base-path',
  'icon',
  'icon-brand-color',
  'api-key-label',
  'oauth-client-id',
  'oauth-scopes',
  'aad-resource-url',
  'aad-tenant-id',
  'aad-login-url',
] as const;

/** Commander's name of an option: `--base-path` -> `basePath`. */
export const camel = (input: string): string => input.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The connector options as commander gives them (`--base-path` as `basePath`); `icon` is also read by name. */
export interface ConnectorOptions {
  icon?: string;
}

/** The connector options as action inputs. */
export function connectorInputs(options: ConnectorOptions, cwd: string, workspace: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of CONNECTOR_INPUTS) {
    const value = ((options as Record<string, unknown>)[camel(input)] as string | undefined) ?? '';
    values[input] = input === 'icon' ? asInput(value, cwd, workspace) : value;
  }
  return values;
}

export const CONNECTOR_FLAGS: Record<string, string> = Object.fromEntries(CONNECTOR_INPUTS.map((i) => [i, `--${i}`]));

export interface PackageOptions extends ConnectorOptions, ValidateOptions {
  out: string;
  force?: boolean;
}

/**
 * `package <definition...> --out DIR`: validation, then the action's manual export (the same package builder),
 * written to DIR (several connectors: a subfolder each, as the action's `package-path`). Nothing is written for a
 * connector that fails `--fail-on`.
 */
export async function packageCommand(definitions: string[], c: CommandContext<PackageOptions>): Promise<CommandResult> {
  const { cwd } = c.io;
  const out = path.resolve(cwd, c.options.out);
  const inputs = [...definitions, c.options.icon].filter((d): d is string => d !== undefined && !isUrl(d));
  const workspace = workspaceFor(cwd, inputs);
  await checkOut(
    out,
    Boolean(c.options.force),
    inputs.map((d) => path.resolve(cwd, d)),
  );
  const { runs, errors } = await runPipeline(
    {
      values: {
        ...validationInputs(definitions, c.options, cwd, workspace),
        ...connectorInputs(c.options, cwd, workspace),
        'package-path': out,
      },
      flags: { ...VALIDATE_FLAGS, ...CONNECTOR_FLAGS, 'package-path': '--out' },
    },
    workspace,
    c,
  );
  for (const { exported } of runs) {
    // The action's note that nothing was uploaded says nothing on the command line, which never uploads.
    if (exported?.mode === 'manual' && exported.exported) delete exported.note;
  }
  return {
    command: 'package',
    runs,
    errors,
    failed: runs.some((r) => r.validationFails || r.exportFailure !== undefined),
  };
}

/** The package replaces the folder's contents: only a new or empty folder, or with --force one that holds no input. */
async function checkOut(out: string, force: boolean, inputs: string[]): Promise<void> {
  const info = statOrUndefined(out);
  if (info === undefined) return;
  if (!info.isDirectory()) {
    throw new ConnectorExportError(`--out: ${out} is a file.`, 'Give a folder (new, or empty).');
  }
  if (readdirSync(out).length === 0) return;
  if (!force) {
    throw new ConnectorExportError(
      `--out: ${out} is not empty, and the package replaces what the folder holds.`,
      'Give a new or empty folder, or add --force to replace an earlier package there.',
    );
  }
  const inside = inputs.find((file) => !path.relative(out, file).startsWith('..'));
  if (inside !== undefined) {
    throw new ConnectorExportError(
      `--out: ${out} holds ${inside}, which writing the package there would delete.`,
      'Write the package to another folder.',
    );
  }
}
