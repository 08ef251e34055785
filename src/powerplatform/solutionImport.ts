/**
 * Express mode through Dataverse: plan (find the connector by schema name, compare, pick the connector id and a
 * version that upgrades the installed one), then apply (stage, import, wait for the import with a bounded wait,
 * read the result and the connector back).
 *
 * Guarantees: a rerun with nothing changed imports nothing; a rerun keeps the connector id the environment
 * gave the connector; every wait is bounded.
 */
import { containsJson, sameJson } from '../definition/json.ts';
import { isObject } from '../definition/pointer.ts';
import {
  buildSolution,
  compareVersions,
  connectorColumns,
  connectorDescription,
  connectorSchemaName,
  defaultConnectorId,
  parseSolutionVersion,
  type SolutionConnector,
  type SolutionEntry,
} from '../connector/solution.ts';
import { zipEntries } from '../connector/zip.ts';
import { InputError, ServiceError } from '../errors.ts';
import type { SolutionSettings } from '../export/spec.ts';
import type { AsyncOperation, ConnectorRow, DataverseApi, ImportResult, StageResult } from './dataverse.ts';
import { defaultSleep } from './http.ts';
import { usesOAuth, withClientSecret, withoutClientSecret } from './secrets.ts';

/** `environmentvariabledefinition.type` of a secret (Azure Key Vault) variable. */
const SECRET_VARIABLE_TYPE = 100000005;

export interface SolutionImportInput {
  dataverse: DataverseApi;
  connector: SolutionConnector;
  solution: SolutionSettings;
  /** Schema name of the secret environment variable the OAuth client secret refers to. */
  secretVariable?: string;
  /** Import even when nothing differs. */
  force?: boolean;
  log: (message: string) => void;
}

export interface SolutionImportPlan {
  action: 'create' | 'update' | 'up-to-date';
  schemaName: string;
  /** The connector row's id: the registered one, or derived from the schema name for a new connector. */
  connectorId: string;
  uniqueName: string;
  /** The version to import: the requested one, raised above the installed one when needed. */
  version: string;
  /** What differs, for an update: `definition`, `connectionparameters`, `icon`, ... */
  reasons: string[];
  registered?: ConnectorRow;
  /** The registered definition (`openapidefinition`), parsed, for the `connector` baseline. */
  registeredDefinition?: unknown;
  /** The solution's files. */
  entries: SolutionEntry[];
}

export async function planSolutionImport(input: SolutionImportInput): Promise<SolutionImportPlan> {
  const { dataverse, solution, log } = input;
  const connector = input.secretVariable ? await withSecretVariable(input, input.secretVariable) : input.connector;
  const schemaName = connectorSchemaName(solution.publisherPrefix, connector.displayName);
  const registered = await dataverse.findConnector(schemaName);
  const installed = await dataverse.findSolution(solution.uniqueName);
  if (installed?.ismanaged) {
    throw new InputError(
      'solution',
      `'${solution.uniqueName}' is installed as a managed solution in ${dataverse.url}; an unmanaged import cannot update it.`,
      "Set 'solution' to another unique name, or remove the managed solution from the environment first.",
    );
  }
  let version = solution.version;
  if (installed && compareVersions(version, installed.version) <= 0) {
    const parts = parseSolutionVersion(installed.version) ?? [1, 0, 0, 0];
    parts[3] += 1;
    version = parts.join('.');
    log(`Solution ${solution.uniqueName} is at ${installed.version} in the environment: importing it as ${version}.`);
  }
  const connectorId = registered?.connectorid ?? defaultConnectorId(schemaName);
  const entries = buildSolution(connector, { ...solution, version, connectorId });
  const base = { schemaName, connectorId, uniqueName: solution.uniqueName, version, entries };
  if (!registered) {
    log(`No connector ${schemaName} in ${dataverse.url}: the solution import will create it.`);
    return { ...base, action: 'create', reasons: [] };
  }
  const reasons = await differences(dataverse, connector, registered);
  const action = reasons.length > 0 || input.force ? 'update' : 'up-to-date';
  log(
    action === 'update'
      ? `Connector ${schemaName} will be updated (${reasons.join(', ') || 'forced'}).`
      : `Connector ${schemaName} is up to date.`,
  );
  return { ...base, action, reasons, registered, registeredDefinition: parseColumn(registered.openapidefinition) };
}

/** The connector with `@environmentVariables("<name>")` as its OAuth client secret, once the variable is checked. */
async function withSecretVariable(input: SolutionImportInput, name: string): Promise<SolutionConnector> {
  const { connector, dataverse } = input;
  const apiProperties = { properties: connector.properties };
  if (!usesOAuth(apiProperties)) {
    throw new InputError(
      'oauth-client-secret-variable',
      'is set, but the connector does not sign in with OAuth: it has no client secret to refer to it.',
      "Remove 'oauth-client-secret-variable'.",
    );
  }
  const type = await dataverse.environmentVariableType(name);
  if (type !== SECRET_VARIABLE_TYPE) {
    throw new InputError(
      'oauth-client-secret-variable',
      type === undefined
        ? `no environment variable '${name}' in ${dataverse.url}.`
        : `'${name}' in ${dataverse.url} is not a secret environment variable (type ${type}).`,
      'Create it once in the environment: Solutions -> a solution -> New -> More -> Environment variable, data type ' +
        "Secret, stored in Azure Key Vault, holding the connector's client secret; give its schema name here.",
    );
  }
  return { ...connector, properties: withClientSecret(apiProperties, `@environmentVariables("${name}")`).properties };
}

/** What differs between our connector and the registered row, by column. */
async function differences(
  dataverse: DataverseApi,
  connector: SolutionConnector,
  row: ConnectorRow,
): Promise<string[]> {
  const ours = connectorColumns(connector);
  const reasons: string[] = [];
  if (!sameJson(parseColumn(row.openapidefinition), connector.definition)) reasons.push('definition');
  // Dataverse empties a client secret: compare without it. The platform may add members (a redirect URL).
  const parameters = (value: unknown) =>
    withoutClientSecret({ properties: { connectionParameters: value } }).properties.connectionParameters;
  if (
    !containsJson(
      parameters(parseColumn(row.connectionparameters) ?? {}),
      parameters(connector.properties.connectionParameters ?? {}),
    )
  ) {
    reasons.push('connectionparameters');
  }
  for (const column of [
    'policytemplateinstances',
    'connectionparametersets',
    'scriptoperations',
    'capabilities',
  ] as const) {
    const want = typeof ours[column] === 'string' ? JSON.parse(ours[column]) : undefined;
    if (!sameJson(orNothing(parseColumn(row[column])), orNothing(want))) reasons.push(column);
  }
  if ((row.description ?? '') !== connectorDescription(connector.definition)) reasons.push('description');
  if ((row.iconbrandcolor ?? '').toLowerCase() !== String(connector.properties.iconBrandColor ?? '').toLowerCase()) {
    reasons.push('iconbrandcolor');
  }
  if (connector.icon) {
    const icon = await dataverse.connectorIcon(row.connectorid);
    if (icon !== Buffer.from(connector.icon).toString('base64')) reasons.push('icon');
  }
  // The code column is a file the connectors table does not return as text: custom code is always sent.
  if (connector.script !== undefined) reasons.push('custom code');
  return reasons;
}

/** `null`, an empty list or object and absence are the same: nothing. */
function orNothing(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (isObject(value) && Object.keys(value).length === 0) return undefined;
  return value;
}

function parseColumn(text: string | null | undefined): unknown {
  if (text === null || text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text; // a column that is not JSON differs from ours
  }
}

export interface ApplyOptions {
  dataverse: DataverseApi;
  /** The longest wait for the import, in milliseconds. */
  timeoutMs: number;
  log: (message: string) => void;
  /** For tests: the clock and the wait between polls. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SolutionImportResult {
  connectorId: string;
  connectorInternalId?: string;
  version: string;
  warnings: string[];
}

const SUCCEEDED = 30;
const STATUS_NAMES: Record<number, string> = {
  0: 'waiting for resources',
  10: 'waiting',
  20: 'in progress',
  21: 'pausing',
  22: 'canceling',
  30: 'succeeded',
  31: 'failed',
  32: 'canceled',
};

export async function applySolutionImport(
  plan: SolutionImportPlan,
  options: ApplyOptions,
): Promise<SolutionImportResult> {
  const { dataverse, log } = options;
  const zip = await zipEntries(plan.entries, { deflate: true });
  log(`Staging solution ${plan.uniqueName} ${plan.version} (${zip.length} bytes) in ${dataverse.url}.`);
  const staged = await dataverse.stageSolution(zip);
  checkStaged(staged, plan);
  const { asyncOperationId, importJobKey } = await dataverse.importSolutionAsync(staged.StageSolutionUploadId!);
  log(`Import started (async operation ${asyncOperationId}, import job ${importJobKey}).`);
  const operation = await waitForImport(asyncOperationId, importJobKey, options);
  const result: ImportResult = await dataverse.importResult(importJobKey).catch((error: unknown) => {
    if (operation.statuscode === SUCCEEDED) throw error;
    return {}; // the failed operation's own message is reported below
  });
  const errors = result.ErrorMessages ?? [];
  if (operation.statuscode !== SUCCEEDED || errors.length > 0 || /fail/i.test(result.Status ?? '')) {
    const messages = [operation.friendlymessage ?? operation.message, ...errors].filter(
      (m): m is string => typeof m === 'string' && m.trim() !== '',
    );
    throw new ServiceError(
      'Dataverse import solution',
      `the import of ${plan.uniqueName} ${plan.version} ${STATUS_NAMES[operation.statuscode ?? 31] ?? 'failed'}: ${messages.join(' ') || 'no message'}`,
      {
        code: result.Status,
        hint:
          'The environment keeps the connector as it was. Read the import history (Solutions -> See history) for ' +
          'details, fix the cause named above, then rerun.',
      },
    );
  }
  const row = await dataverse.findConnector(plan.schemaName);
  if (!row) {
    throw new ServiceError('Dataverse read connector', `connector ${plan.schemaName} is not found after the import.`, {
      hint: 'Rerun the job: it finds the connector by schema name and compares it.',
    });
  }
  log(`Connector ${plan.schemaName} imported: connectorid ${row.connectorid}.`);
  return {
    connectorId: row.connectorid,
    connectorInternalId: row.connectorinternalid ?? undefined,
    version: plan.version,
    warnings: result.WarningMessages ?? [],
  };
}

/** Refuses a staged solution the platform would not import: validation errors, missing dependencies. */
function checkStaged(staged: StageResult, plan: SolutionImportPlan): void {
  const missing = staged.MissingDependencies ?? [];
  if (missing.length > 0) {
    const names = missing.map(
      (d) =>
        `${d.RequiredComponentDisplayName ?? d.RequiredComponentSchemaName ?? '?'} (type ${d.RequiredComponentType ?? '?'})`,
    );
    throw new ServiceError(
      'Dataverse stage solution',
      `the solution ${plan.uniqueName} needs components the environment lacks: ${names.join(', ')}.`,
      {
        code: 'MissingDependencies',
        hint: 'Create or import those components in the environment first (an environment variable the connector refers to, for example), then rerun.',
      },
    );
  }
  const errors = (staged.SolutionValidationResults ?? []).filter(
    (r) => !/warning|info/i.test(r.SolutionValidationResultType ?? ''),
  );
  if (staged.StageSolutionStatus !== 'Passed' || errors.length > 0 || !staged.StageSolutionUploadId) {
    const messages = errors.map(
      (r) => `${r.Message ?? 'no message'}${r.ErrorCode === undefined ? '' : ` (${r.ErrorCode})`}`,
    );
    throw new ServiceError(
      'Dataverse stage solution',
      `the solution ${plan.uniqueName} was refused: ${messages.join(' ') || staged.StageSolutionStatus || 'no upload id'}`,
      {
        code: staged.StageSolutionStatus,
        hint: 'Fix what the validation names (often the connector definition or a name), then rerun.',
      },
    );
  }
}

/** Polls the async operation until it completes or the bounded wait ends, with progress in the log. */
async function waitForImport(id: string, importJobKey: string, options: ApplyOptions): Promise<AsyncOperation> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const deadline = now() + options.timeoutMs;
  let interval = 1000;
  let last = '';
  for (;;) {
    const operation = await options.dataverse.asyncOperation(id);
    if (operation.completedon || operation.statecode === 3) return operation;
    const progress = await options.dataverse.importProgress(importJobKey);
    const line = `Import ${STATUS_NAMES[operation.statuscode ?? 0] ?? `status ${operation.statuscode}`}${progress === undefined ? '' : `, ${Math.round(progress)}%`}`;
    if (line !== last) options.log(`${line}.`);
    last = line;
    const left = deadline - now();
    if (left <= 0) {
      throw new ServiceError(
        'Dataverse import solution',
        `the import did not finish within ${Math.round(options.timeoutMs / 1000)} s (async operation ${id}: ${STATUS_NAMES[operation.statuscode ?? 0] ?? operation.statuscode}).`,
        {
          hint:
            'The import goes on in the environment. Check Solutions -> See history; rerun when it has finished (the rerun ' +
            "compares and imports only what differs), or raise 'import-timeout'.",
        },
      );
    }
    await sleep(Math.min(interval, left));
    interval = Math.min(interval * 2, 10_000);
  }
}
