import { connectorNameOf } from '../connector/name.ts';
import type { Definition } from '../definition/document.ts';
import { lineStartColumns } from '../definition/lines.ts';
import { prepareDefinition } from '../definition/prepare.ts';
import { ConnectorExportError, InputError } from '../errors.ts';
import { readSettings, type Settings } from '../inputs.ts';
import type { Finding } from '../model.ts';
import type { DriftReportInput } from '../report/drift.ts';
import type { ExportReport } from '../report/export.ts';
import { countFindings, failsValidation } from '../report/findings.ts';
import { unknownRuleIds } from '../ruleIds.ts';
import { readDefinition } from '../sources/definition.ts';
import { validateDefinition } from '../validation/index.ts';

/**
 * The action's stages for one definition, called the way main.ts calls them, with the command line's arguments in
 * the place of the action's inputs. Nothing here re-implements a stage: reading, preparing, validation, drift and
 * export are the same functions; this file only strings them together for the commands that need a subset.
 */

/** What one definition gave: the same facts the action publishes (see `RunResult` in stages/publish.ts). */
export interface ConnectorRun {
  connectorName: string;
  definition: Definition;
  sourceVersion: string;
  /** `file:line:column` for text output: the column where the line's member begins in the source text. */
  columnOf: (line: number) => number;
  findings: Finding[];
  counts: { errors: number; warnings: number };
  validationFails: boolean;
  drift?: DriftReportInput;
  exported?: ExportReport;
  exportFailure?: string;
  registeredBreaking?: number;
}

/** What the command line gives readSettings: action input names to values, and where errors should point. */
export interface CliInputs {
  values: Record<string, string>;
  /** The argument or option that carries each input, for messages: `fail-on-validation` -> `--fail-on`. */
  flags: Record<string, string>;
}

/**
 * The action's Settings from command-line arguments: the same checks and the same messages, re-addressed from the
 * input's name to the argument's. Secrets go to `mask`, so that the caller can keep them out of every output.
 */
export function cliSettings(inputs: CliInputs, workspace: string, mask: (secret: string) => void): Settings {
  try {
    return readSettings({ get: (name) => inputs.values[name] ?? '' }, { GITHUB_WORKSPACE: workspace }, mask);
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

/** Read (OpenAPI 3 converted), then validate: steps 1 and 2 of main.ts for a definition file or URL. */
export async function readAndValidate(settings: Settings, warn: (message: string) => void): Promise<ConnectorRun> {
  const raw = await readDefinition(settings.definition, {
    headers: settings.definitionHeaders,
    timeoutMs: settings.definitionTimeoutMs,
    azureCredential: () => {
      throw new InputError('azure-app', 'is not offered on the command line.', 'Give the definition file or its URL.');
    },
  });
  const {
    definition,
    sourceVersion,
    findings: conversionFindings,
  } = prepareDefinition(raw, { server: settings.server });
  const unknown = unknownRuleIds(settings.ignoreRules);
  if (unknown.length > 0) {
    warn(
      `--ignore-rules: no rule has the id ${unknown.map((id) => `'${id}'`).join(', ')}; the README lists the rule ids.`,
    );
  }
  const ignored = new Set(settings.ignoreRules);
  const findings = [
    ...conversionFindings.filter((f) => !ignored.has(f.rule)),
    ...validateDefinition(definition, { ignoreRules: settings.ignoreRules }),
  ];
  const counts = countFindings(findings);
  return {
    connectorName: connectorNameOf(settings.connectorName, definition.value),
    definition,
    sourceVersion,
    columnOf: lineStartColumns(Buffer.from(raw.bytes).toString('utf8')),
    findings,
    counts,
    validationFails: failsValidation(counts, settings.failOnValidation),
  };
}
