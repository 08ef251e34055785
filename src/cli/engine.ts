import path from 'node:path';
import { ConnectorExportError, InputError } from '../errors.ts';
import { readSettings, type Settings } from '../inputs.ts';
import { runConnectors, type ConnectorReport } from '../pipeline/runConnector.ts';
import { unknownRuleIds } from '../ruleIds.ts';
import type { CommandContext } from './program.ts';

/**
 * The command line's way into the engine: its arguments become the action's inputs (readSettings checks them, with
 * the same messages, re-addressed to the argument), then the action's own pipeline runs each connector
 * (runConnectors: reading, folders, OpenAPI 3, validation, drift, export). Nothing here re-implements a stage.
 */

/** What the command line gives readSettings: action input names to values, and where errors should point. */
export interface CliInputs {
  values: Record<string, string>;
  /** The argument or option that carries each input, for messages: `fail-on-validation` -> `--fail-on`. */
  flags: Record<string, string>;
}

/** A connector that could not be read or checked; the others still ran. */
export interface ConnectorError {
  label: string;
  error: unknown;
}

export interface PipelineOutcome {
  settings: Settings;
  runs: ConnectorReport[];
  errors: ConnectorError[];
}

export function cliSettings(inputs: CliInputs, workspace: string, mask: (secret: string) => void): Settings {
  // The runner's temporary folder is where the action may write outside the workspace; on the command line that is
  // the folder that holds --out, which the user named on purpose (never the workspace itself: readSettings checks).
  const out = inputs.values['package-path'];
  const env = { GITHUB_WORKSPACE: workspace, ...(out ? { RUNNER_TEMP: path.dirname(out) } : {}) };
  try {
    return readSettings({ get: (name) => inputs.values[name] ?? '' }, env, mask);
  } catch (error) {
    throw asArgumentError(error, inputs.flags);
  }
}

/** An InputError re-addressed to the command-line argument that carries the input: `<definition>: ...`. */
export function asArgumentError(error: unknown, flags: Record<string, string>): unknown {
  if (!(error instanceof InputError)) return error;
  const flag = flags[error.input] ?? `--${error.input}`;
  const detail = error.message.slice(`Input '${error.input}': `.length);
  const hint = error.hint?.replace(/'([a-z-]+)'/g, (whole, name: string) => (flags[name] ? `'${flags[name]}'` : whole));
  return new ConnectorExportError(`${flag}: ${detail}`, hint);
}

/**
 * Runs the pipeline for every connector the arguments name, up to `stopAfter`. A single connector that cannot be
 * read stops the command (its error is the message); with several, the others' results still come back.
 */
export async function runPipeline(
  inputs: CliInputs,
  workspace: string,
  c: CommandContext<unknown>,
  stopAfter?: 'validate' | 'diff',
): Promise<PipelineOutcome> {
  const settings = cliSettings(inputs, workspace, c.mask);
  const unknown = unknownRuleIds(settings.ignoreRules);
  if (unknown.length > 0) {
    c.warn(
      `--ignore-rules: no rule has the id ${unknown.map((id) => `'${id}'`).join(', ')}; the README lists the rule ids.`,
    );
  }
  let results;
  try {
    results = await runConnectors(settings, {
      env: {},
      getIdToken: () => Promise.reject(new Error('OIDC sign-in needs a GitHub Actions runner; use --auth azure-cli.')),
      log: c.log,
      stopAfter,
      columns: true,
    });
  } catch (error) {
    throw asArgumentError(error, inputs.flags);
  }
  const runs: ConnectorReport[] = [];
  const errors: ConnectorError[] = [];
  for (const r of results) {
    if (r.status === 'done') runs.push(r);
    else errors.push({ label: r.label, error: asArgumentError(r.error, inputs.flags) });
  }
  if (runs.length === 0 && errors.length === 1) throw errors[0].error;
  return { settings, runs, errors };
}
