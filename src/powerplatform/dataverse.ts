/**
 * The Dataverse Web API calls that import a connector solution (the sequence of Microsoft's Terraform provider):
 * StageSolution, ImportSolutionAsync, the async operation, RetrieveSolutionImportResult, and the tables read
 * around them. Its own module, loaded only when `environment-url` is set. Every failure becomes a
 * ServiceError('Dataverse <call>', ...) with what to do.
 */
import type { TokenCredential } from '@azure/identity';
import { ServiceError } from '../errors.ts';
import {
  DEFAULT_RETRY,
  defaultSleep,
  parseOrText,
  readJson,
  sendWithRetry,
  type HttpOptions,
  type HttpRequest,
  type RetryOptions,
} from './http.ts';

/** A row of the `connectors` table; only the columns we read. JSON columns are strings. */
export interface ConnectorRow {
  connectorid: string;
  /** The resource provider's id (`shared_<name>-5f<hex>`), different in every environment. */
  connectorinternalid?: string | null;
  name: string;
  displayname?: string | null;
  description?: string | null;
  iconbrandcolor?: string | null;
  openapidefinition?: string | null;
  connectionparameters?: string | null;
  policytemplateinstances?: string | null;
  connectionparametersets?: string | null;
  scriptoperations?: string | null;
  capabilities?: string | null;
}

export const CONNECTOR_COLUMNS = [
  'connectorid',
  'connectorinternalid',
  'name',
  'displayname',
  'description',
  'iconbrandcolor',
  'openapidefinition',
  'connectionparameters',
  'policytemplateinstances',
  'connectionparametersets',
  'scriptoperations',
  'capabilities',
] as const;

export interface SolutionRow {
  solutionid: string;
  uniquename: string;
  version: string;
  ismanaged: boolean;
}

export interface StageResult {
  StageSolutionStatus?: string;
  StageSolutionUploadId?: string;
  SolutionValidationResults?: {
    Message?: string;
    ErrorCode?: number | string;
    SolutionValidationResultType?: string;
  }[];
  MissingDependencies?: {
    RequiredComponentSchemaName?: string;
    RequiredComponentDisplayName?: string;
    RequiredComponentType?: number;
    RequiredComponentParentSchemaName?: string;
  }[];
  SolutionDetails?: { SolutionUniqueName?: string; SolutionVersion?: string; IsManaged?: boolean };
}

export interface AsyncOperation {
  statecode?: number;
  statuscode?: number;
  message?: string | null;
  friendlymessage?: string | null;
  completedon?: string | null;
}

export interface ImportResult {
  Status?: string;
  WarningMessages?: string[];
  ErrorMessages?: string[];
}

/** What the import needs from Dataverse; the fake in unit tests implements this. */
export interface DataverseApi {
  readonly url: string;
  findConnector(schemaName: string): Promise<ConnectorRow | undefined>;
  /** The icon as stored (base64), undefined when there is none or it cannot be read. */
  connectorIcon(connectorId: string): Promise<string | undefined>;
  findSolution(uniqueName: string): Promise<SolutionRow | undefined>;
  /** The environment variable definition's type (100000005 = secret), undefined when there is none. */
  environmentVariableType(schemaName: string): Promise<number | undefined>;
  stageSolution(zip: Uint8Array): Promise<StageResult>;
  importSolutionAsync(uploadId: string): Promise<{ asyncOperationId: string; importJobKey: string }>;
  asyncOperation(id: string): Promise<AsyncOperation>;
  /** The import job's progress in percent, undefined when it cannot be read. */
  importProgress(importJobKey: string): Promise<number | undefined>;
  importResult(importJobKey: string): Promise<ImportResult>;
  /** The environment's id (`Default-<tenant>` for the default one), as the Power Apps API names it. */
  environmentId(): Promise<string>;
}

export interface DataverseClientOptions {
  /** `https://<org>.crm<N>.dynamics.com` (origin only). */
  url: string;
  credential: TokenCredential;
  /** The app's client id, named in the hint when the application user is missing. */
  clientId?: string;
  /** Per request; default 120 s. */
  timeoutMs?: number;
  retry?: RetryOptions;
  log?: (message: string) => void;
  /** For tests: how to wait between retries. */
  sleep?: (ms: number) => Promise<void>;
}

const API = '/api/data/v9.2';
const SERVICE = 'Dataverse';

export class DataverseClient implements DataverseApi {
  readonly url: string;
  readonly #credential: TokenCredential;
  readonly #http: HttpOptions;
  readonly #scope: string;

  constructor(options: DataverseClientOptions) {
    this.url = options.url.replace(/\/+$/, '');
    this.#credential = options.credential;
    this.#scope = `${this.url}/.default`;
    this.#http = {
      retry: { ...DEFAULT_RETRY, ...options.retry },
      timeoutMs: options.timeoutMs ?? 120_000,
      log: options.log ?? (() => {}),
      sleep: options.sleep ?? defaultSleep,
      failure: (request, status, text, retryAfter) =>
        dataverseError(request.call, status, text, { url: this.url, clientId: options.clientId, retryAfter }),
      noAnswer: (request, cause) =>
        new ServiceError(`${SERVICE} ${request.call}`, cause, {
          hint:
            `Check environment-url (${this.url}): it must be the environment's Dataverse URL from the Power Platform ` +
            'admin center (Environments -> the environment -> Environment URL). An environment without Dataverse has ' +
            "none: use 'environment' (the environment id) instead, which registers through the Power Apps API.",
        }),
    };
  }

  async findConnector(schemaName: string): Promise<ConnectorRow | undefined> {
    const query = `$select=${CONNECTOR_COLUMNS.join(',')}&$filter=${encodeURIComponent(`name eq '${odata(schemaName)}'`)}`;
    const rows = await this.#rows<ConnectorRow>('read connector', `${API}/connectors?${query}`);
    return rows[0];
  }

  async connectorIcon(connectorId: string): Promise<string | undefined> {
    const call = 'read connector icon';
    const response = await this.#send(
      {
        call,
        method: 'GET',
        url: `${this.url}${API}/connectors(${guid(connectorId)})?$select=iconblob`,
        idempotent: true,
      },
      [404],
    );
    if (response.status === 404) return undefined;
    const row = (await readJson(response, `${SERVICE} ${call}`)) as { iconblob?: string | null };
    return row.iconblob ?? undefined;
  }

  async findSolution(uniqueName: string): Promise<SolutionRow | undefined> {
    const query = `$select=solutionid,uniquename,version,ismanaged&$filter=${encodeURIComponent(`uniquename eq '${odata(uniqueName)}'`)}`;
    return (await this.#rows<SolutionRow>('read solution', `${API}/solutions?${query}`))[0];
  }

  async environmentVariableType(schemaName: string): Promise<number | undefined> {
    const query = `$select=schemaname,type&$filter=${encodeURIComponent(`schemaname eq '${odata(schemaName)}'`)}`;
    const rows = await this.#rows<{ type?: number }>(
      'read environment variable',
      `${API}/environmentvariabledefinitions?${query}`,
    );
    return rows[0]?.type;
  }

  async stageSolution(zip: Uint8Array): Promise<StageResult> {
    const answer = (await this.#json({
      call: 'stage solution',
      method: 'POST',
      url: `${this.url}${API}/StageSolution`,
      body: { CustomizationFile: Buffer.from(zip).toString('base64') },
      // Staging writes nothing the import does not ask for: sending it again is harmless.
      idempotent: true,
    })) as { StageSolutionResults?: StageResult };
    if (!answer.StageSolutionResults) {
      throw new ServiceError(`${SERVICE} stage solution`, 'the answer has no StageSolutionResults.');
    }
    return answer.StageSolutionResults;
  }

  async importSolutionAsync(uploadId: string): Promise<{ asyncOperationId: string; importJobKey: string }> {
    const answer = (await this.#json({
      call: 'import solution',
      method: 'POST',
      url: `${this.url}${API}/ImportSolutionAsync`,
      body: {
        OverwriteUnmanagedCustomizations: true,
        PublishWorkflows: true,
        SolutionParameters: { StageSolutionUploadId: uploadId },
      },
      // A lost answer may hide a started import: never start a second one.
      idempotent: false,
    })) as { AsyncOperationId?: string; ImportJobKey?: string };
    if (!answer.AsyncOperationId || !answer.ImportJobKey) {
      throw new ServiceError(`${SERVICE} import solution`, 'the answer has no AsyncOperationId or ImportJobKey.');
    }
    return { asyncOperationId: answer.AsyncOperationId, importJobKey: answer.ImportJobKey };
  }

  async asyncOperation(id: string): Promise<AsyncOperation> {
    const select = '$select=statecode,statuscode,message,friendlymessage,completedon';
    return (await this.#json({
      call: 'read import operation',
      method: 'GET',
      url: `${this.url}${API}/asyncoperations(${guid(id)})?${select}`,
      idempotent: true,
    })) as AsyncOperation;
  }

  async importProgress(importJobKey: string): Promise<number | undefined> {
    const call = 'read import job';
    const url = `${this.url}${API}/importjobs(${guid(importJobKey)})?$select=progress`;
    try {
      const response = await this.#send({ call, method: 'GET', url, idempotent: true }, [404]);
      if (response.status === 404) return undefined;
      const progress = ((await readJson(response, `${SERVICE} ${call}`)) as { progress?: unknown }).progress;
      return typeof progress === 'number' ? progress : undefined;
    } catch {
      return undefined; // progress is for the log only
    }
  }

  async importResult(importJobKey: string): Promise<ImportResult> {
    const answer = (await this.#json({
      call: 'read import result',
      method: 'GET',
      url: `${this.url}/api/data/v9.0/RetrieveSolutionImportResult(ImportJobId=${guid(importJobKey)})`,
      idempotent: true,
    })) as { SolutionOperationResult?: ImportResult };
    return answer.SolutionOperationResult ?? {};
  }

  async environmentId(): Promise<string> {
    const call = 'read organization';
    const access = encodeURIComponent("Microsoft.Dynamics.CRM.EndpointAccessType'Default'");
    const answer = (await this.#json({
      call,
      method: 'GET',
      url: `${this.url}${API}/RetrieveCurrentOrganization(AccessType=@p1)?@p1=${access}`,
      idempotent: true,
    })) as { Detail?: { EnvironmentId?: unknown } };
    const id = answer.Detail?.EnvironmentId;
    if (typeof id !== 'string' || !/^[\w.-]+$/.test(id)) {
      throw new ServiceError(`${SERVICE} ${call}`, 'the answer has no environment id.');
    }
    return id;
  }

  async #rows<T>(call: string, pathAndQuery: string): Promise<T[]> {
    const answer = (await this.#json({ call, method: 'GET', url: `${this.url}${pathAndQuery}`, idempotent: true })) as {
      value?: T[];
    };
    if (!Array.isArray(answer.value)) throw new ServiceError(`${SERVICE} ${call}`, 'the answer has no value list.');
    return answer.value;
  }

  async #json(request: Omit<HttpRequest, 'token'>): Promise<unknown> {
    return readJson(await this.#send(request), `${SERVICE} ${request.call}`);
  }

  #send(request: Omit<HttpRequest, 'token'>, accepted: number[] = []): Promise<Response> {
    return sendWithRetry(
      {
        ...request,
        headers: { accept: 'application/json', 'odata-version': '4.0', 'odata-maxversion': '4.0' },
        token: () => this.#token(),
      },
      this.#http,
      accepted,
    );
  }

  async #token(): Promise<string> {
    const token = await this.#credential.getToken(this.#scope);
    if (!token) throw new ServiceError('Microsoft Entra ID', `no token for ${this.#scope}.`);
    return token.token;
  }
}

/** A string inside an OData literal: quotes doubled. */
function odata(value: string): string {
  return value.replace(/'/g, "''");
}

/** A GUID for a URL key; anything else would change the path. */
function guid(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw new ServiceError(SERVICE, `'${value}' is not a GUID.`);
  }
  return value;
}

/** Dataverse error codes users meet, from the platform's error reference. */
const NOT_A_MEMBER = '0x80072560'; // the caller is no user of the organization
const MISSING_PRIVILEGE = '0x80040220';

/** What to do when the application user is missing or lacks a role: the admin center's steps. */
export function applicationUserHint(url: string, clientId: string | undefined): string {
  const app = clientId ? `the app registration (client id ${clientId})` : 'the app registration that signs in';
  return (
    `Make ${app} an application user of ${url} with a role that may import solutions: Power Platform admin center ` +
    '(https://admin.powerplatform.microsoft.com) -> Environments -> the environment -> Settings -> Users + permissions ' +
    '-> Application users -> + New app user -> choose the app, its business unit and the security role System ' +
    'Customizer (or System Administrator) -> Create. Then rerun the job.'
  );
}

export function dataverseError(
  call: string,
  status: number,
  text: string,
  context: { url: string; clientId?: string; retryAfter?: number },
): ServiceError {
  const answer = parseOrText(text);
  const error = (answer as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : undefined;
  const message =
    typeof error?.message === 'string'
      ? error.message
      : typeof answer === 'string' && answer.trim()
        ? answer.trim().slice(0, 500)
        : `HTTP ${status}`;
  return new ServiceError(`${SERVICE} ${call}`, message, {
    status,
    code,
    hint: hintFor(status, code, message, context),
  });
}

function hintFor(
  status: number,
  code: string | undefined,
  message: string,
  context: { url: string; clientId?: string; retryAfter?: number },
): string | undefined {
  if (code === NOT_A_MEMBER || /not a member of the organization/i.test(message)) {
    return applicationUserHint(context.url, context.clientId);
  }
  if (code === MISSING_PRIVILEGE || /privilege/i.test(message) || status === 403) {
    return applicationUserHint(context.url, context.clientId);
  }
  if (status === 401) {
    return `The token was refused: check tenant-id and client-id, and that the token is for ${context.url}/.default (the environment URL, not the Power Apps API).`;
  }
  if (status === 404 && /segment '(connectors|StageSolution|ImportSolutionAsync)'/i.test(message)) {
    return "This environment has no connector table (Dataverse for Teams, or no Dataverse): use 'environment' (the environment id) instead of 'environment-url'.";
  }
  if (status === 429) {
    const after =
      context.retryAfter === undefined ? '' : ` (it asked to wait ${Math.ceil(context.retryAfter / 1000)} s)`;
    return `Dataverse throttled the calls${after}, longer than this run waits: rerun later.`;
  }
  if (status >= 500) return 'Dataverse failed: rerun later; if it persists, check the Power Platform service health.';
  return undefined;
}
