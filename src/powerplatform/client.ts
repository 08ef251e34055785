/**
 * The Power Apps resource-provider calls express mode needs (the ones paconn makes), over global fetch.
 * Every failure becomes a ServiceError('Power Apps <call>', ...) with a hint; transient ones are retried.
 */
import type { TokenCredential } from '@azure/identity';
import { isObject } from '../definition/pointer.ts';
import { ServiceError } from '../errors.ts';
import { POWER_APPS_SCOPE, oidFromToken } from './credential.ts';
import {
  DEFAULT_RETRY,
  defaultSleep,
  parseOrText,
  sendWithRetry,
  type HttpOptions,
  type RetryOptions,
} from './http.ts';

export type { RetryOptions } from './http.ts';
export { retryAfterMs } from './http.ts';

/** A connector as the API returns it; only the members we read are typed. */
export interface Connector {
  /** The connector id, e.g. `shared_my-20api-5f1234abcd`. */
  name: string;
  id?: string;
  properties: ConnectorProperties;
}

export interface ConnectorProperties {
  displayName?: string;
  isCustomApi?: boolean;
  iconUri?: string;
  description?: string;
  environment?: { id?: string; name?: string };
  apiDefinitions?: { originalSwaggerUrl?: string; modifiedSwaggerUrl?: string };
  backendService?: { serviceUrl?: string };
  connectionParameters?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The create/update body: `{ properties: {...apiProperties, openApiDefinition, backendService, ...} }`. */
export interface ConnectorBody {
  properties: Record<string, unknown>;
}

export interface ConnectorApi {
  readonly environment: string;
  /** Custom connectors only (`properties.isCustomApi`), all pages. */
  listCustomConnectors(): Promise<Connector[]>;
  /** Undefined when the environment has no such connector. */
  getConnector(connectorId: string): Promise<Connector | undefined>;
  createConnector(body: ConnectorBody): Promise<Connector>;
  /** The answer is not read: the connector is read back with getConnector. */
  updateConnector(connectorId: string, body: ConnectorBody): Promise<void>;
  /** The signed-in identity's object id, which validate and resource storage put in their path. */
  callerObjectId(): Promise<string>;
  /** The service's messages about a definition (errors and `Warning : ...` lines); empty when valid. */
  validateSwagger(oid: string, swagger: unknown, options?: { certificationRules?: boolean }): Promise<string[]>;
  /** A container SAS URL to upload icons to. */
  generateResourceStorage(oid: string): Promise<string>;
  /** Uploads a block blob into the SAS container; returns its URL (with the SAS, which the service reads). */
  uploadBlob(sasUrl: string, fileName: string, bytes: Uint8Array, contentType?: string): Promise<string>;
  /** The definition as last uploaded (not `properties.swagger`, whose host is rewritten); undefined if absent. */
  downloadOriginalSwagger(connector: Connector): Promise<unknown>;
  /** The registered icon's bytes, best effort: undefined when there is none or it cannot be read. */
  downloadIcon(connector: Connector): Promise<Uint8Array | undefined>;
}

export interface PowerAppsClientOptions {
  baseUrl?: string;
  apiVersion?: string;
  /** Environment name (GUID) or `~Default`. */
  environment: string;
  credential: TokenCredential;
  /** Token scope; differs in sovereign clouds. */
  scope?: string;
  userAgent?: string;
  /** Value of the `x-ms-origin` header (paconn sends `paconn-cli`). */
  origin?: string;
  retry?: RetryOptions;
  /** Receives one line per request: method, URL without query, status. Never bodies or query strings. */
  log?: (message: string) => void;
  /** Per write request; a create that times out is checked by name, not resent. Default 120 s. */
  timeoutMs?: number;
  /** Per read request (GET). Default 30 s. */
  readTimeoutMs?: number;
  /** Per call: all its attempts, their token requests and the waits between them. Default 3 minutes. */
  totalTimeoutMs?: number;
  /** For tests: how to wait between retries. */
  sleep?: (ms: number) => Promise<void>;
}

interface Request {
  call: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the bearer token (never to blob storage or other hosts). */
  auth: boolean;
  /**
   * Whether the call may be repeated when its outcome is unknown (network error, 5xx). Only create is not:
   * a lost answer to a create that succeeded must be checked (see applyExport) rather than sent again, which
   * would register a second connector. 429 is retried for every call: the throttled request was not run.
   */
  idempotent: boolean;
}

const API = '/providers/Microsoft.PowerApps';
const MAX_PAGES = 1000;

export class PowerAppsClient implements ConnectorApi {
  readonly environment: string;
  readonly #baseUrl: string;
  readonly #apiVersion: string;
  readonly #credential: TokenCredential;
  readonly #scope: string;
  readonly #headers: Record<string, string>;
  readonly #http: HttpOptions;

  constructor(options: PowerAppsClientOptions) {
    this.environment = options.environment;
    this.#baseUrl = (options.baseUrl ?? 'https://api.powerapps.com').replace(/\/+$/, '');
    this.#apiVersion = options.apiVersion ?? '2016-11-01';
    this.#credential = options.credential;
    this.#scope = options.scope ?? POWER_APPS_SCOPE;
    this.#headers = {
      'user-agent': options.userAgent ?? 'connector-export',
      'x-ms-origin': options.origin ?? 'connector-export',
    };
    this.#http = {
      retry: { ...DEFAULT_RETRY, ...options.retry },
      timeoutMs: options.timeoutMs ?? 120_000,
      readTimeoutMs: options.readTimeoutMs ?? 30_000,
      totalTimeoutMs: options.totalTimeoutMs ?? 180_000,
      log: options.log ?? (() => {}),
      sleep: options.sleep ?? defaultSleep,
      failure: (request, status, answer) => {
        const text = withheldIfQuoting(answer, request.body);
        return serviceError(request.call, status, errorOf(parseOrText(text)), text, this.environment);
      },
      noAnswer: (request, cause) =>
        new ServiceError(`Power Apps ${request.call}`, cause, {
          hint: "Check the network and the 'powerapps-url' input, then rerun.",
        }),
    };
  }

  async listCustomConnectors(): Promise<Connector[]> {
    const call = 'list connectors';
    const found: Connector[] = [];
    let url: string | undefined = this.#url('/apis', true);
    for (let page = 1; url; page++) {
      // A partial list could hide the connector and lead to a second one being created: fail instead.
      if (page > MAX_PAGES) throw new ServiceError(`Power Apps ${call}`, `more than ${MAX_PAGES} pages of connectors.`);
      const response = await this.#send({ call, method: 'GET', url, auth: true, idempotent: true });
      const answer = await readJson(response, call);
      // A list without its `value` array could hide the connector, and lead to a second one: an error too.
      if (!isObject(answer) || !Array.isArray(answer.value))
        throw malformed(call, response.status, 'a list of connectors');
      const connectors = answer.value.map((c) => asConnector(c, call, response.status));
      found.push(...connectors.filter((c) => c.properties.isCustomApi === true));
      const next = typeof answer['@odata.nextLink'] === 'string' ? answer['@odata.nextLink'] : undefined;
      url = next ? new URL(next, this.#baseUrl).toString() : undefined;
      // The bearer token goes to the API host only.
      if (url && new URL(url).origin !== new URL(this.#baseUrl).origin) {
        throw new ServiceError(`Power Apps ${call}`, `the next page is on another host (${new URL(url).origin}).`, {
          hint: "Check the 'powerapps-url' input: it must be the API host that answers for this environment.",
        });
      }
    }
    return found;
  }

  async getConnector(connectorId: string): Promise<Connector | undefined> {
    const url = this.#url(`/apis/${encodeURIComponent(connectorId)}`, true);
    const response = await this.#send(
      { call: 'get connector', method: 'GET', url, auth: true, idempotent: true },
      [404],
    );
    if (response.status === 404) return undefined;
    return asConnector(await readJson(response, 'get connector'), 'get connector', response.status);
  }

  async createConnector(body: ConnectorBody): Promise<Connector> {
    const url = this.#url('/apis', true);
    const call = 'create connector';
    const response = await this.#send({ call, method: 'POST', url, body, auth: true, idempotent: false });
    const answer = await readJson(response, call);
    // Only the id is read from it (the connector is read back); without one the outcome is unknown.
    if (!isObject(answer) || typeof answer.name !== 'string') throw malformed(call, response.status, 'a connector');
    return answer as unknown as Connector;
  }

  async updateConnector(connectorId: string, body: ConnectorBody): Promise<void> {
    const url = this.#url(`/apis/${encodeURIComponent(connectorId)}`, true);
    // The same whole body sent twice leaves the same connector: safe to retry.
    await this.#send({ call: 'update connector', method: 'PATCH', url, body, auth: true, idempotent: true });
  }

  async callerObjectId(): Promise<string> {
    return oidFromToken(await this.#token());
  }

  async validateSwagger(
    oid: string,
    swagger: unknown,
    options: { certificationRules?: boolean } = {},
  ): Promise<string[]> {
    let url = this.#url(`/objectIds/${encodeURIComponent(oid)}/validateApiSwagger`, false);
    if (options.certificationRules) url += '&enableConnectorCertificationRules=true';
    const request: Request = {
      call: 'validate definition',
      method: 'POST',
      url,
      body: swagger,
      auth: true,
      idempotent: true,
    };
    // paconn's reading: 400 SwaggerCertificationFailedWithErrors carries the findings, not a failure.
    const response = await this.#send(request, [400]);
    const text = await response.text();
    let answer: unknown = text;
    try {
      answer = text ? JSON.parse(text) : '';
    } catch {
      // plain text: the messages themselves
    }
    const error = errorOf(answer);
    if (response.status === 400 && error.code !== 'SwaggerCertificationFailedWithErrors') {
      throw serviceError(request.call, 400, error, text, this.environment);
    }
    const messages = error.message ?? (typeof answer === 'string' ? answer : JSON.stringify(answer));
    return messages
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  }

  async generateResourceStorage(oid: string): Promise<string> {
    const url = this.#url(`/objectIds/${encodeURIComponent(oid)}/generateResourceStorage`, false);
    const body = { environment: { name: this.environment } };
    const call = 'generate resource storage';
    const response = await this.#send({ call, method: 'POST', url, body, auth: true, idempotent: true });
    const answer = await readJson(response, call);
    if (!isObject(answer)) throw malformed(call, response.status, 'an object');
    if (typeof answer.sharedAccessSignature !== 'string' || !answer.sharedAccessSignature) {
      throw new ServiceError(`Power Apps ${call}`, 'the answer has no sharedAccessSignature.');
    }
    return answer.sharedAccessSignature;
  }

  async uploadBlob(
    sasUrl: string,
    fileName: string,
    bytes: Uint8Array,
    contentType = 'application/octet-stream',
  ): Promise<string> {
    const container = new URL(sasUrl);
    container.pathname = `${container.pathname.replace(/\/+$/, '')}/${encodeURIComponent(fileName)}`;
    const url = container.toString();
    await this.#send({
      call: 'upload icon',
      method: 'PUT',
      url,
      body: bytes,
      // x-ms-version: without it, blob storage applies its oldest API version to SAS requests.
      headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2021-08-06', 'content-type': contentType },
      auth: false,
      idempotent: true,
    });
    return url;
  }

  async downloadOriginalSwagger(connector: Connector): Promise<unknown> {
    const url = connector.properties.apiDefinitions?.originalSwaggerUrl;
    if (!url) return undefined;
    // A SAS URL: anonymous, never the bearer token.
    const request: Request = { call: 'download definition', method: 'GET', url, auth: false, idempotent: true };
    const response = await this.#send(request, [404]);
    if (response.status === 404) return undefined;
    const text = (await response.text()).replace(/^\uFEFF/, '');
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ServiceError(`Power Apps ${request.call}`, `the registered definition is not JSON: ${String(error)}`);
    }
  }

  async downloadIcon(connector: Connector): Promise<Uint8Array | undefined> {
    const url = connector.properties.iconUri;
    if (!url || !/^https:/i.test(url)) return undefined;
    try {
      const response = await this.#send({ call: 'download icon', method: 'GET', url, auth: false, idempotent: true });
      return new Uint8Array(await response.arrayBuffer());
    } catch {
      return undefined; // an icon we cannot read counts as changed
    }
  }

  #url(path: string, environmentFilter: boolean): string {
    let url = `${this.#baseUrl}${API}${path}?api-version=${encodeURIComponent(this.#apiVersion)}`;
    if (environmentFilter) url += `&$filter=${encodeURIComponent(`environment eq '${this.environment}'`)}`;
    return url;
  }

  async #token(abortSignal?: AbortSignal): Promise<string> {
    const token = await this.#credential.getToken(this.#scope, { abortSignal });
    if (!token) throw new ServiceError('Microsoft Entra ID', `no token for ${this.#scope}.`);
    return token.token;
  }

  #send(request: Request, accepted: number[] = []): Promise<Response> {
    return sendWithRetry(
      {
        call: request.call,
        method: request.method,
        url: request.url,
        body: request.body,
        headers: { ...this.#headers, ...request.headers },
        token: request.auth ? (signal) => this.#token(signal) : undefined,
        idempotent: request.idempotent,
      },
      this.#http,
      accepted,
    );
  }
}

async function readJson(response: Response, call: string): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw malformed(call, response.status, 'JSON');
  }
}

/**
 * An error answer as it may be reported. Some answers quote the request (400 InvalidRequestContent does): when
 * the request carried a secret (the OAuth client secret of a create or update) and the answer names or holds it,
 * only the error code is kept; the message would publish the secret.
 */
function withheldIfQuoting(text: string, body: unknown): string {
  const carried = secretValues(body);
  if (carried.length === 0) return text;
  const quotes =
    /clientSecret/i.test(text) ||
    carried.some((v) => text.includes(v) || text.includes(JSON.stringify(v).slice(1, -1)));
  if (!quotes) return text;
  const { code } = errorOf(parseOrText(text));
  return JSON.stringify({
    error: {
      code,
      message:
        'the answer quotes the request, which carries the OAuth client secret, so it is not shown. Check the definition and the connector settings the request was built from.',
    },
  });
}

/** The string values of every `clientSecret` member in a request body. */
function secretValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(secretValues);
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    /^clientSecret$/i.test(key) && typeof v === 'string' && v !== '' ? [v] : secretValues(v),
  );
}

function asConnector(value: unknown, call: string, status: number): Connector {
  if (!isObject(value) || typeof value.name !== 'string' || !isObject(value.properties)) {
    throw malformed(call, status, 'a connector');
  }
  return value as unknown as Connector;
}

/**
 * A success status with an answer of the wrong shape: something other than the API answered. No `status` on
 * the error: the outcome of a write is unknown (a create is then looked up by name, not taken as refused).
 */
function malformed(call: string, status: number, expected: string): ServiceError {
  return new ServiceError(`Power Apps ${call}`, `the answer (HTTP ${status}) is not ${expected}.`, {
    hint: "Something other than the Power Apps API answered (a proxy, a captive portal, a wrong 'powerapps-url'): check 'powerapps-url' and the runner's network, then rerun.",
  });
}

interface ErrorBody {
  code?: string;
  message?: string;
}

/** `{"error":{"code","message"}}` (Power Apps) or `<Error><Code/><Message/></Error>` (blob storage). */
function errorOf(answer: unknown): ErrorBody {
  if (typeof answer === 'string') {
    const code = /<Code>([^<]*)<\/Code>/.exec(answer)?.[1];
    const message = /<Message>([^<]*)<\/Message>/.exec(answer)?.[1];
    return code || message ? { code, message } : {};
  }
  const error = (answer as { error?: unknown } | null)?.error;
  if (typeof error !== 'object' || error === null) return {};
  const { code, message } = error as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : undefined,
    message: typeof message === 'string' ? message : undefined,
  };
}

/** The ServiceError for a failed answer, with the hint for what users can do about it. */
export function serviceError(
  call: string,
  status: number,
  error: ErrorBody,
  text: string,
  environment: string,
): ServiceError {
  const message = error.message ?? (text.trim().slice(0, 500) || `HTTP ${status}`);
  return new ServiceError(`Power Apps ${call}`, message, {
    status,
    code: error.code,
    hint: hintFor(status, error, environment),
  });
}

function hintFor(status: number, error: ErrorBody, environment: string): string | undefined {
  const code = error.code ?? '';
  if (/Non-unique array item/i.test(error.message ?? '')) {
    return 'The definition repeats an item in an array that must be unique (often `tags`): remove the duplicate.';
  }
  switch (code) {
    case 'MissingEnvironmentFilter':
      return "The call lacked $filter=environment eq '<environment>'; set the environment input (an environment id or ~Default).";
    case 'ServiceToServiceEnvironmentNotFound':
    case 'EnvironmentNotFound':
      return `Environment '${environment}' was not found: set the environment input to the environment id (the GUID in make.powerapps.com/environments/<id>/...) or ~Default for the default environment, and check that the signed-in identity can see it.`;
    case 'CannotUpdateApiDisplayName':
      return "A connector's display name cannot change: keep the definition's title, or create a new connector (remove connector-id and use a new name).";
  }
  if (status === 401) {
    return 'The token was refused: check tenant-id and client-id, and that the token is for https://service.powerapps.com/.';
  }
  if (status === 403) {
    return (
      `The signed-in identity may not manage custom connectors in environment '${environment}': it needs the ` +
      'Environment Maker (or System Administrator) role there and a Power Apps licence. Service principals are not ' +
      'officially supported on this API: add the app as an application user of the environment, or sign in as a user.'
    );
  }
  if (status === 429) return 'Power Apps throttled the calls: rerun later.';
  if (status >= 500) return 'Power Apps failed: rerun later; if it persists, check the Power Platform service health.';
  return undefined;
}
