import path from 'node:path';
import type { ConnectorOptions } from './connector/apiProperties.ts';
import { parseSolutionVersion } from './connector/solution.ts';
import { InputError } from './errors.ts';

/** Where the action reads its inputs: `core.getInput` in the action, a map in tests. */
export interface InputSource {
  get(name: string): string;
}

/** Registers a secret with the runner (`core.setSecret`) so it never appears in a log. */
export type MaskSecret = (value: string) => void;

export type FailOnValidation = 'error' | 'warning' | 'never';
export type FailOnDrift = 'breaking' | 'warning' | 'any' | 'never';
export type CommentMode = 'auto' | 'always' | 'never';
export type CommentFailure = 'warn' | 'fail';
export type AuthKind = 'oidc' | 'client-secret' | 'azure-cli' | 'token';

/** Where one connector's definition comes from. A `file` may name a connector folder (paconn's layout). */
export type DefinitionLocation =
  | { kind: 'file'; path: string; display: string }
  | { kind: 'url'; url: string; display: string }
  | { kind: 'azure-app'; app: string; display: string };

/** One entry of the `definition` input: a location, or a workspace glob naming several folders or files. */
export type DefinitionInput = DefinitionLocation | { kind: 'glob'; pattern: string; display: string };

export type BaselineLocation =
  | { kind: 'none' }
  | { kind: 'auto' }
  | { kind: 'file'; path: string; display: string }
  | { kind: 'git'; ref?: string; path?: string }
  | { kind: 'artifact' }
  | { kind: 'connector' };

export interface Settings {
  workspace: string;
  /** Each entry is one connector, or (a glob) several; `multiple` tells whether per-connector inputs can apply. */
  definitions: DefinitionInput[];
  /** More than one entry, or a glob: the run may cover several connectors. */
  multiple: boolean;
  /** The `api-properties` input: an apiProperties.json for a definition given as a file. */
  apiPropertiesPath?: { path: string; display: string };
  /** Extra request headers for a URL definition (e.g. `x-functions-key`); values are masked. */
  definitionHeaders: Record<string, string>;
  definitionTimeoutMs: number;
  /** OpenAPI 3: which `servers` entry becomes host/basePath (index or URL); undefined = the first. */
  server?: number | string;
  failOnValidation: FailOnValidation;
  ignoreRules: string[];
  mode: 'manual' | 'express';
  connectorName?: string;
  hostOverride?: string;
  basePathOverride?: string;
  iconPath?: string;
  /** Only what the workflow set: with a connector folder, these override its apiProperties.json (and say so). */
  connector: ConnectorOptions;
  artifactName?: string;
  retentionDays?: number;
  packagePath?: string;
  baseline: BaselineLocation;
  updateBaseline: boolean;
  failOn: FailOnDrift;
  comment: CommentMode;
  /** Sticky comment key; undefined: the definition's path (see publishRun). */
  commentKey?: string;
  commentFailure: CommentFailure;
  githubToken?: string;
  /** The Dataverse solution (solution.zip, and express mode through Dataverse). */
  solution: {
    /** Default from the connector name. */
    uniqueName?: string;
    publisherPrefix: string;
    /** Four numbers. */
    version: string;
  };
  express: {
    environment?: string;
    /** `https://<org>.crm<N>.dynamics.com`: express mode imports the solution through the Dataverse Web API. */
    environmentUrl?: string;
    /** Schema name of a secret environment variable the connector's OAuth client secret refers to. */
    oauthClientSecretVariable?: string;
    /** The longest wait for a solution import (Dataverse route). */
    importTimeoutMs: number;
    connectorId?: string;
    powerAppsUrl: string;
    apiVersion: string;
    /** Set in express mode (checked in readSettings). */
    auth?: AuthKind;
    tenantId?: string;
    clientId?: string;
    clientSecret?: string;
    token?: string;
    authorityHost?: string;
    oauthClientSecret?: string;
    dryRun: 'auto' | 'true' | 'false';
    validateRemotely: boolean;
    forceUpdate: boolean;
  };
}

const MAX_TIMEOUT_SECONDS = 300;

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  const v = value.toLowerCase() as T;
  if (allowed.includes(v)) return v;
  throw new InputError(
    input,
    `'${value}' is not one of ${allowed.join(', ')}.`,
    `Set '${input}' to one of: ${allowed.join(', ')}.`,
  );
}

function boolean(input: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(input, `'${value}' is not a boolean.`, `Use 'true' or 'false'.`);
}

function integer(input: string, value: string, min: number, max: number): number | undefined {
  if (value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(input, `'${value}' is not a whole number from ${min} to ${max}.`);
  }
  return Number(value);
}

/** Splits a list given one per line or comma-separated. */
export function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Resolves a workspace path and refuses one that escapes the workspace. */
function workspacePath(input: string, value: string, workspace: string): { path: string; display: string } {
  const full = path.resolve(workspace, value);
  const rel = path.relative(workspace, full);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new InputError(
      input,
      `'${value}' is outside the workspace (${workspace}).`,
      'Give a path inside the repository checkout.',
    );
  }
  return { path: full, display: rel.split(path.sep).join('/') };
}

/**
 * The package folder: strictly inside the workspace or RUNNER_TEMP, never one of them, nor a folder that holds
 * them (the package is written into it, and a folder of other files is refused when the package is written).
 */
function packageFolder(value: string, workspace: string, runnerTemp: string | undefined): string {
  const full = path.resolve(workspace, value);
  const roots = [workspace, ...(runnerTemp ? [path.resolve(runnerTemp)] : [])];
  const inside = (root: string) => {
    const rel = path.relative(root, full);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  const holdsRoot = roots.some((root) => !path.relative(full, root).startsWith('..'));
  if (holdsRoot || !roots.some(inside)) {
    throw new InputError(
      'package-path',
      `'${value}' is ${holdsRoot ? 'the workspace or RUNNER_TEMP, or a folder that holds them' : 'outside the workspace and RUNNER_TEMP'}.`,
      'Name a new or empty folder inside the workspace (e.g. out/connector-package), or leave the input out to use one under RUNNER_TEMP.',
    );
  }
  return full;
}

const GLOB = /[*?[\]{}]/;

/** The `definition` input: one entry, or several (one per line or comma-separated), each a path, URL or glob. */
function definitionInputs(value: string, azureApp: string, workspace: string, mask: MaskSecret): DefinitionInput[] {
  const entries = list(value);
  if (entries.length <= 1) return [definitionLocation(entries[0] ?? '', azureApp, workspace, mask)];
  if (azureApp !== '') return [definitionLocation(value, azureApp, workspace, mask)];
  return entries.map((entry) => definitionLocation(entry, '', workspace, mask));
}

function definitionLocation(value: string, azureApp: string, workspace: string, mask: MaskSecret): DefinitionInput {
  if (value !== '' && azureApp !== '') {
    throw new InputError(
      'azure-app',
      "is set together with 'definition'.",
      "Set only one: 'definition' (file or URL) or 'azure-app'.",
    );
  }
  if (azureApp !== '') return { kind: 'azure-app', app: azureApp, display: `Azure app ${azureApp}` };
  if (value === '') {
    throw new InputError(
      'definition',
      'is required.',
      "Set 'definition' to the definition file in the repository or its http(s) URL.",
    );
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    const url = httpUrl('definition', value, mask);
    return { kind: 'url', url: url.href, display: `${url.origin}${url.pathname}` };
  }
  if (GLOB.test(value)) {
    if (path.isAbsolute(value) || value.split(/[\\/]/).includes('..')) {
      throw new InputError(
        'definition',
        `the pattern '${value}' reaches outside the workspace.`,
        'Write a pattern relative to the repository root, e.g. connectors/*.',
      );
    }
    return { kind: 'glob', pattern: value.split(path.sep).join('/'), display: value };
  }
  return { kind: 'file', ...workspacePath('definition', value, workspace) };
}

function baselineLocation(value: string, workspace: string): BaselineLocation {
  const v = value.trim();
  if (v === '' || v === 'auto') return { kind: 'auto' };
  if (v === 'none') return { kind: 'none' };
  if (v === 'artifact') return { kind: 'artifact' };
  if (v === 'connector') return { kind: 'connector' };
  if (v === 'git') return { kind: 'git' };
  if (v.startsWith('git:')) {
    // git:<ref>[:<path>], as `git show <ref>:<path>`; a ref never holds a colon. The path defaults to the definition's.
    const [ref, file] = splitOnce(v.slice(4).trim(), ':');
    if (!/^[\w./@^~{}-]+$/.test(ref) || ref.startsWith('-')) {
      throw new InputError(
        'baseline',
        `'${ref}' is not a git ref.`,
        'Use git:<branch, tag or commit>[:<path>], e.g. git:main or git:HEAD~1:connector/apiDefinition.swagger.json.',
      );
    }
    return file === undefined || file === '' ? { kind: 'git', ref } : { kind: 'git', ref, path: gitPath(file) };
  }
  return { kind: 'file', ...workspacePath('baseline', v, workspace) };
}

function splitOnce(value: string, separator: string): [string, string | undefined] {
  const i = value.indexOf(separator);
  return i === -1 ? [value, undefined] : [value.slice(0, i), value.slice(i + 1)];
}

/** A path in the repository as git names it: relative to its root, forward slashes. */
function gitPath(value: string): string {
  const p = path.posix.normalize(value.replace(/\\/g, '/').replace(/^\.\//, ''));
  if (p.startsWith('../') || p === '..' || path.posix.isAbsolute(p)) {
    throw new InputError(
      'baseline',
      `'${value}' is not a path inside the repository.`,
      'Give the path from the repository root, e.g. git:main:connector/apiDefinition.swagger.json.',
    );
  }
  return p;
}

/** Parses `Name: value` lines into headers; every value is masked. */
function headers(value: string, mask: MaskSecret): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [index, line] of value.split('\n').entries()) {
    if (line.trim() === '') continue;
    const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) {
      // By number only: a line without its colon (`key=value`, a pasted secret) would be quoted whole.
      throw new InputError(
        'definition-headers',
        `line ${index + 1} is not 'Name: value'.`,
        'Write one header per line, e.g. `x-functions-key: ${{ secrets.FUNCTION_KEY }}`.',
      );
    }
    if (m[2] !== '') mask(m[2]);
    out[m[1]] = m[2];
  }
  return out;
}

function secret(inputs: InputSource, name: string, mask: MaskSecret): string | undefined {
  const v = inputs.get(name);
  if (v === '') return undefined;
  mask(v);
  return v;
}

function optional(inputs: InputSource, name: string): string | undefined {
  const v = inputs.get(name);
  return v === '' ? undefined : v;
}

/**
 * An http(s) URL input. The value is not repeated in errors, and a user name or password in it is refused (and
 * masked): shown in a message, a summary or a report, they would be published.
 */
function httpUrl(input: string, value: string, mask: MaskSecret): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(input, 'is not a valid URL.', 'Give a URL like https://host/path.');
  }
  if (url.username !== '' || url.password !== '') {
    // The password is the secret; a user name alone is often a plain word, masking it would blank the log.
    for (const part of [url.password, decodeURIComponent(url.password)]) if (part !== '') mask(part);
    throw new InputError(
      input,
      'the URL carries a user name or password (user:password@host); they are not accepted in a URL.',
      input === 'definition'
        ? "Remove them from the URL and pass them in 'definition-headers' (e.g. `Authorization: Basic ${{ secrets.DEFINITION_AUTH }}`), which are masked."
        : 'Remove them from the URL.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(
      input,
      `the scheme '${url.protocol}' is not supported.`,
      input === 'definition' ? 'Use a workspace path or an http(s) URL.' : 'Use an http(s) URL.',
    );
  }
  return url;
}

function httpsUrl(input: string, value: string | undefined, mask: MaskSecret): string | undefined {
  if (value === undefined) return undefined;
  httpUrl(input, value, mask);
  return value.replace(/\/+$/, '');
}

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** The Dataverse environment URL: https (http only on loopback, for tests), origin only. */
function dataverseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const hint = 'Give the environment URL from the Power Platform admin center, e.g. https://contoso.crm4.dynamics.com.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError('environment-url', `'${value}' is not a URL.`, hint);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new InputError('environment-url', `'${value}' is not an https URL: the token would travel in clear.`, hint);
  }
  if (url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash || url.username || url.password) {
    throw new InputError('environment-url', `'${value}' has more than a scheme and a host.`, hint);
  }
  return url.origin;
}

function secretVariable(value: string | undefined): string | undefined {
  if (value !== undefined && !/^[A-Za-z][A-Za-z0-9]{1,7}_[A-Za-z0-9_]+$/.test(value)) {
    throw new InputError(
      'oauth-client-secret-variable',
      `'${value}' is not an environment variable schema name.`,
      'Give the schema name of the secret environment variable, with its publisher prefix, e.g. new_ConnectorSecret.',
    );
  }
  return value;
}

function solutionSettings(inputs: InputSource, env: NodeJS.ProcessEnv): Settings['solution'] {
  const uniqueName = optional(inputs, 'solution');
  if (uniqueName !== undefined && !/^[A-Za-z][A-Za-z0-9_]{0,64}$/.test(uniqueName)) {
    throw new InputError(
      'solution',
      `'${uniqueName}' is not a solution unique name.`,
      'Use letters, digits and underscores (at most 65), starting with a letter, e.g. ContosoTasks.',
    );
  }
  const publisherPrefix = inputs.get('publisher-prefix') || 'new';
  if (!/^[a-z][a-z0-9]{1,7}$/.test(publisherPrefix) || publisherPrefix.startsWith('mscrm')) {
    throw new InputError(
      'publisher-prefix',
      `'${publisherPrefix}' is not a publisher prefix.`,
      "Use 2 to 8 lower-case letters or digits, starting with a letter and not 'mscrm' (e.g. 'new' or 'contoso').",
    );
  }
  const given = optional(inputs, 'solution-version');
  // Each run of the workflow is an upgrade of the last one: the run number grows, a rerun raises the attempt.
  const version = given ?? `1.0.${env.GITHUB_RUN_NUMBER || 0}.${env.GITHUB_RUN_ATTEMPT || 0}`;
  const parts = parseSolutionVersion(version);
  if (!parts) {
    throw new InputError(
      'solution-version',
      `'${version}' is not a solution version.`,
      'Write two to four whole numbers up to 2147483647, e.g. 1.0.7.1.',
    );
  }
  return { uniqueName, publisherPrefix, version: parts.join('.') };
}

/** Reads and checks every input once. Secrets are masked as soon as they are read. */
export function readSettings(inputs: InputSource, env: NodeJS.ProcessEnv, mask: MaskSecret): Settings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  // Masked first, before any error below can echo something.
  const githubToken = secret(inputs, 'github-token', mask);
  const clientSecret = secret(inputs, 'client-secret', mask);
  const token = secret(inputs, 'token', mask);
  const oauthClientSecret = secret(inputs, 'oauth-client-secret', mask);
  const definitionHeaders = headers(inputs.get('definition-headers'), mask);

  const mode = oneOf('mode', inputs.get('mode'), ['manual', 'express'] as const, 'manual');
  // The one secret that would end up in the package's files; sign-in secrets (azure-app) are never written.
  if (mode === 'manual' && oauthClientSecret !== undefined) {
    throw new InputError(
      'oauth-client-secret',
      'is a secret, and manual mode writes files that people download: it never takes this secret.',
      "Remove 'oauth-client-secret' from this step. The person who imports the package enters it in the portal (see IMPORT.md in the package); use 'mode: express' to register the connector with the secret from CI.",
    );
  }

  const brand = optional(inputs, 'icon-brand-color');
  if (brand !== undefined && !/^#[0-9a-fA-F]{6}$/.test(brand)) {
    throw new InputError(
      'icon-brand-color',
      `'${brand}' is not a colour like #007ee5.`,
      'Give six hex digits after #.',
    );
  }
  const connectorName = optional(inputs, 'connector-name');
  if (connectorName !== undefined && connectorName.length > 30) {
    throw new InputError(
      'connector-name',
      `'${connectorName}' has ${connectorName.length} characters; Power Platform allows at most 30.`,
      'Shorten it.',
    );
  }
  const hostOverride = optional(inputs, 'host');
  if (hostOverride !== undefined && !/^[^{}/ :\\]+(?::\d+)?$/.test(hostOverride)) {
    throw new InputError(
      'host',
      `'${hostOverride}' is not a host name.`,
      'Give the host only, e.g. my-func.azurewebsites.net (no scheme, no path).',
    );
  }
  const basePathOverride = optional(inputs, 'base-path');
  if (basePathOverride !== undefined && !basePathOverride.startsWith('/')) {
    throw new InputError('base-path', `'${basePathOverride}' does not start with '/'.`, 'Write it like /api.');
  }
  const serverInput = inputs.get('server');
  const timeout = integer('definition-timeout', inputs.get('definition-timeout'), 1, MAX_TIMEOUT_SECONDS) ?? 30;
  const icon = optional(inputs, 'icon');
  const packagePath = optional(inputs, 'package-path');
  const artifactName = optional(inputs, 'artifact-name');
  if (artifactName !== undefined && /["':<>|*?\\/\r\n]/.test(artifactName)) {
    throw new InputError(
      'artifact-name',
      `'${artifactName}' contains a character artifacts do not allow.`,
      'Avoid " : < > | * ? \\ / and line breaks.',
    );
  }
  const baseline = baselineLocation(inputs.get('baseline'), workspace);
  const updateBaseline = boolean('update-baseline', inputs.get('update-baseline'), false);
  if (updateBaseline && baseline.kind !== 'file') {
    throw new InputError(
      'update-baseline',
      "needs 'baseline' to be a workspace path (the committed copy to overwrite).",
      "Set 'baseline' to the committed copy, e.g. connector/apiDefinition.swagger.json.",
    );
  }
  const clientId = optional(inputs, 'client-id');
  const authInput = inputs.get('auth');
  const auth =
    authInput === ''
      ? token !== undefined
        ? 'token'
        : clientId !== undefined
          ? clientSecret !== undefined
            ? 'client-secret'
            : 'oidc'
          : undefined
      : oneOf('auth', authInput, ['oidc', 'client-secret', 'azure-cli', 'token'] as const, 'oidc');

  const environment = optional(inputs, 'environment');
  const environmentUrl = dataverseUrl(optional(inputs, 'environment-url'));
  if (environmentUrl !== undefined && oauthClientSecret !== undefined) {
    throw new InputError(
      'oauth-client-secret',
      "is not used with 'environment-url': Dataverse stores no connector secret (an imported solution's client secret is emptied).",
      "Remove 'oauth-client-secret'. After the first import, a maker enters the client secret once on the connector's Security tab (see IMPORT.md), or name a secret environment variable in 'oauth-client-secret-variable'.",
    );
  }
  const validateRemotely = boolean('validate-remotely', inputs.get('validate-remotely'), false);
  if (environmentUrl !== undefined && validateRemotely) {
    throw new InputError(
      'validate-remotely',
      "asks the Power Apps API, which the 'environment-url' route does not use.",
      "Remove 'validate-remotely': the solution import validates the connector itself and its errors are reported.",
    );
  }
  if (mode === 'express') {
    if (environment === undefined && environmentUrl === undefined) {
      throw new InputError(
        'environment',
        'is required in express mode.',
        "Set 'environment-url' to the environment's Dataverse URL (https://<org>.crm<N>.dynamics.com; the route for a service principal), or 'environment' to the Power Platform environment id (Power Platform admin center -> Environments) or ~Default.",
      );
    }
    if (auth === undefined) {
      throw new InputError(
        'auth',
        'express mode needs a sign-in.',
        "Set 'client-id' and 'tenant-id' for OIDC (recommended), or 'auth: azure-cli' after azure/login, or 'token'.",
      );
    }
  }
  if (inputs.get('azure-app').trim() !== '' && auth === undefined) {
    throw new InputError(
      'auth',
      "'azure-app' reads the app's settings through Azure Resource Manager and needs a sign-in.",
      "Set 'client-id' and 'tenant-id' for OIDC (recommended), or 'auth: azure-cli' after azure/login.",
    );
  }
  if (baseline.kind === 'connector' && mode !== 'express') {
    throw new InputError(
      'baseline',
      "'connector' reads the registered connector, which needs express mode.",
      "Set 'mode: express' with the sign-in inputs, or use a path or git:<ref>.",
    );
  }

  const definitions = definitionInputs(
    inputs.get('definition').trim(),
    inputs.get('azure-app').trim(),
    workspace,
    mask,
  );
  const multiple = definitions.length > 1 || definitions[0].kind === 'glob';
  if (multiple) {
    // These name one connector's identity or one file: with several connectors they would be guessed.
    const perConnector = ['connector-name', 'connector-id', 'icon', 'api-properties', 'update-baseline'];
    const set = perConnector.filter((name) => inputs.get(name).trim() !== '' && inputs.get(name).trim() !== 'false');
    if (baseline.kind === 'file') set.push('baseline');
    if (set.length > 0) {
      throw new InputError(
        set[0],
        `names one connector, but 'definition' lists several (or a pattern): ${set.map((n) => `'${n}'`).join(', ')} cannot apply to each.`,
        "Keep these in each connector's folder (settings.json holds the connector id, apiProperties.json the rest, icon.png the icon), or run one step per connector.",
      );
    }
  }
  const apiProperties = optional(inputs, 'api-properties');

  return {
    workspace,
    definitions,
    multiple,
    apiPropertiesPath:
      apiProperties === undefined ? undefined : workspacePath('api-properties', apiProperties, workspace),
    definitionHeaders,
    definitionTimeoutMs: timeout * 1000,
    server: serverInput === '' ? undefined : /^\d+$/.test(serverInput) ? Number(serverInput) : serverInput,
    failOnValidation: oneOf(
      'fail-on-validation',
      inputs.get('fail-on-validation'),
      ['error', 'warning', 'never'] as const,
      'error',
    ),
    ignoreRules: list(inputs.get('ignore-rules')),
    mode,
    connectorName,
    hostOverride,
    basePathOverride,
    iconPath: icon === undefined ? undefined : workspacePath('icon', icon, workspace).path,
    connector: {
      iconBrandColor: brand?.toLowerCase(),
      apiKeyLabel: optional(inputs, 'api-key-label'),
      oauthClientId: optional(inputs, 'oauth-client-id'),
      oauthScopes: inputs.get('oauth-scopes') === '' ? undefined : list(inputs.get('oauth-scopes')),
      aadResourceUrl: optional(inputs, 'aad-resource-url'),
      aadTenantId: optional(inputs, 'aad-tenant-id'),
      aadLoginUrl: httpsUrl('aad-login-url', optional(inputs, 'aad-login-url'), mask),
    },
    artifactName,
    retentionDays: integer('retention-days', inputs.get('retention-days'), 1, 90),
    packagePath: packagePath === undefined ? undefined : packageFolder(packagePath, workspace, env.RUNNER_TEMP),
    baseline,
    updateBaseline,
    failOn: oneOf('fail-on', inputs.get('fail-on'), ['breaking', 'warning', 'any', 'never'] as const, 'breaking'),
    comment: oneOf('comment', inputs.get('comment'), ['auto', 'always', 'never'] as const, 'auto'),
    commentKey: optional(inputs, 'comment-key'),
    commentFailure: oneOf('comment-failure', inputs.get('comment-failure'), ['warn', 'fail'] as const, 'warn'),
    githubToken,
    solution: solutionSettings(inputs, env),
    express: {
      environment,
      environmentUrl,
      oauthClientSecretVariable: secretVariable(optional(inputs, 'oauth-client-secret-variable')),
      importTimeoutMs: (integer('import-timeout', inputs.get('import-timeout'), 1, 3600) ?? 900) * 1000,
      connectorId: optional(inputs, 'connector-id'),
      powerAppsUrl: httpsUrl('powerapps-url', optional(inputs, 'powerapps-url'), mask) ?? 'https://api.powerapps.com',
      apiVersion: inputs.get('api-version') || '2016-11-01',
      auth,
      tenantId: optional(inputs, 'tenant-id'),
      clientId,
      clientSecret,
      token,
      authorityHost: httpsUrl('authority-host', optional(inputs, 'authority-host'), mask),
      oauthClientSecret,
      dryRun: oneOf('dry-run', inputs.get('dry-run'), ['auto', 'true', 'false'] as const, 'auto'),
      validateRemotely,
      forceUpdate: boolean('force-update', inputs.get('force-update'), false),
    },
  };
}
