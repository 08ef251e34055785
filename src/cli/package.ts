import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { slugOf } from '../connector/name.ts';
import { ConnectorExportError } from '../errors.ts';
import { exportBlocker, runExport } from '../stages/export.ts';
import { cliSettings, readAndValidate, type ConnectorRun } from './engine.ts';
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
 * `package <definition...> --out DIR`: validation, then the action's manual export (same package builder), written
 * to DIR (several definitions: a subfolder each, named after the connector). Nothing is written for a definition
 * that fails `--fail-on`.
 */
export async function packageCommand(definitions: string[], c: CommandContext<PackageOptions>): Promise<CommandResult> {
  const { cwd } = c.io;
  const out = path.resolve(cwd, c.options.out);
  const workspace = workspaceFor(cwd, [...definitions, c.options.icon]);
  await checkOut(
    out,
    Boolean(c.options.force),
    [...definitions, c.options.icon]
      .filter((d): d is string => d !== undefined && !isUrl(d))
      .map((d) => path.resolve(cwd, d)),
  );
  const runs: ConnectorRun[] = [];
  const used = new Set<string>();
  for (const definition of definitions) {
    const settings = cliSettings(
      {
        values: {
          ...validationInputs(definition, c.options, cwd, workspace),
          ...connectorInputs(c.options, cwd, workspace),
        },
        flags: { ...VALIDATE_FLAGS, ...CONNECTOR_FLAGS },
      },
      workspace,
      c.mask,
    );
    const run = await readAndValidate(settings, c.warn);
    const slug = slugOf(run.connectorName);
    let folder = slug;
    for (let n = 2; used.has(folder); n++) folder = `${slug}-${n}`;
    used.add(folder);
    const { exported, failure } = await runExport(
      {
        settings,
        definition: run.definition,
        connectorName: run.connectorName,
        sourceVersion: run.sourceVersion,
        packagePath: definitions.length === 1 ? out : path.join(out, folder),
        artifactName: `connector-${slug}`,
        env: {},
        getIdToken: () => Promise.reject(new Error('no ID token outside a workflow')),
        log: c.log,
      },
      undefined,
      exportBlocker(settings, run.counts, run.validationFails, undefined),
    );
    // The action's note that nothing was uploaded says nothing on the command line, which never uploads.
    if (exported.mode === 'manual' && exported.exported) delete exported.note;
    runs.push({ ...run, exported, exportFailure: failure });
  }
  return { command: 'package', runs, failed: runs.some((r) => r.validationFails || r.exportFailure !== undefined) };
}

/** The package replaces the folder's contents: only a new or empty folder, or with --force one that holds no input. */
async function checkOut(out: string, force: boolean, inputs: string[]): Promise<void> {
  const info = await stat(out).catch(() => undefined);
  if (info === undefined) return;
  if (!info.isDirectory()) {
    throw new ConnectorExportError(`--out: ${out} is a file.`, 'Give a folder (new, or empty).');
  }
  if ((await readdir(out)).length === 0) return;
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
