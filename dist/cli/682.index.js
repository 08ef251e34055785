export const id = 682;
export const ids = [682];
export const modules = {

/***/ 29201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aI: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: asArgumentError, cliSettings

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/connector/solution.ts
var connector_solution = __webpack_require__(71348);
;// CONCATENATED MODULE: ./src/inputs.ts



const MAX_TIMEOUT_SECONDS = 300;
function oneOf(input, value, allowed, fallback) {
    if (value === '')
        return fallback;
    const v = value.toLowerCase();
    if (allowed.includes(v))
        return v;
    throw new errors/* InputError */.dz(input, `'${value}' is not one of ${allowed.join(', ')}.`, `Set '${input}' to one of: ${allowed.join(', ')}.`);
}
function inputs_boolean(input, value, fallback) {
    if (value === '')
        return fallback;
    if (/^(true|yes|on|1)$/i.test(value))
        return true;
    if (/^(false|no|off|0)$/i.test(value))
        return false;
    throw new errors/* InputError */.dz(input, `'${value}' is not a boolean.`, `Use 'true' or 'false'.`);
}
function integer(input, value, min, max) {
    if (value === '')
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new errors/* InputError */.dz(input, `'${value}' is not a whole number from ${min} to ${max}.`);
    }
    return Number(value);
}
/** Splits a list given one per line or comma-separated. */
function list(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Resolves a workspace path and refuses one that escapes the workspace. */
function workspacePath(input, value, workspace) {
    const full = external_node_path_default().resolve(workspace, value);
    const rel = external_node_path_default().relative(workspace, full);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
        throw new errors/* InputError */.dz(input, `'${value}' is outside the workspace (${workspace}).`, 'Give a path inside the repository checkout.');
    }
    return { path: full, display: rel.split((external_node_path_default()).sep).join('/') };
}
/**
 * The package folder: strictly inside the workspace or RUNNER_TEMP, never one of them, nor a folder that holds
 * them (the package is written into it, and a folder of other files is refused when the package is written).
 */
function packageFolder(value, workspace, runnerTemp) {
    const full = external_node_path_default().resolve(workspace, value);
    const roots = [workspace, ...(runnerTemp ? [external_node_path_default().resolve(runnerTemp)] : [])];
    const inside = (root) => {
        const rel = external_node_path_default().relative(root, full);
        return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel);
    };
    const holdsRoot = roots.some((root) => !external_node_path_default().relative(full, root).startsWith('..'));
    if (holdsRoot || !roots.some(inside)) {
        throw new errors/* InputError */.dz('package-path', `'${value}' is ${holdsRoot ? 'the workspace or RUNNER_TEMP, or a folder that holds them' : 'outside the workspace and RUNNER_TEMP'}.`, 'Name a new or empty folder inside the workspace (e.g. out/connector-package), or leave the input out to use one under RUNNER_TEMP.');
    }
    return full;
}
const GLOB = /[*?[\]{}]/;
/** The `definition` input: one entry, or several (one per line or comma-separated), each a path, URL or glob. */
function definitionInputs(value, azureApp, workspace, mask) {
    const entries = list(value);
    if (entries.length <= 1)
        return [definitionLocation(entries[0] ?? '', azureApp, workspace, mask)];
    if (azureApp !== '')
        return [definitionLocation(value, azureApp, workspace, mask)];
    return entries.map((entry) => definitionLocation(entry, '', workspace, mask));
}
function definitionLocation(value, azureApp, workspace, mask) {
    if (value !== '' && azureApp !== '') {
        throw new errors/* InputError */.dz('azure-app', "is set together with 'definition'.", "Set only one: 'definition' (file or URL) or 'azure-app'.");
    }
    if (azureApp !== '')
        return { kind: 'azure-app', app: azureApp, display: `Azure app ${azureApp}` };
    if (value === '') {
        throw new errors/* InputError */.dz('definition', 'is required.', "Set 'definition' to the definition file in the repository or its http(s) URL.");
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        const url = httpUrl('definition', value, mask);
        return { kind: 'url', url: url.href, display: `${url.origin}${url.pathname}` };
    }
    if (GLOB.test(value)) {
        if (external_node_path_default().isAbsolute(value) || value.split(/[\\/]/).includes('..')) {
            throw new errors/* InputError */.dz('definition', `the pattern '${value}' reaches outside the workspace.`, 'Write a pattern relative to the repository root, e.g. connectors/*.');
        }
        return { kind: 'glob', pattern: value.split((external_node_path_default()).sep).join('/'), display: value };
    }
    return { kind: 'file', ...workspacePath('definition', value, workspace) };
}
function baselineLocation(value, workspace) {
    const v = value.trim();
    if (v === '' || v === 'auto')
        return { kind: 'auto' };
    if (v === 'none')
        return { kind: 'none' };
    if (v === 'artifact')
        return { kind: 'artifact' };
    if (v === 'connector')
        return { kind: 'connector' };
    if (v === 'git')
        return { kind: 'git' };
    if (v.startsWith('git:')) {
        // git:<ref>[:<path>], as `git show <ref>:<path>`; a ref never holds a colon. The path defaults to the definition's.
        const [ref, file] = splitOnce(v.slice(4).trim(), ':');
        if (!/^[\w./@^~{}-]+$/.test(ref) || ref.startsWith('-')) {
            throw new errors/* InputError */.dz('baseline', `'${ref}' is not a git ref.`, 'Use git:<branch, tag or commit>[:<path>], e.g. git:main or git:HEAD~1:connector/apiDefinition.swagger.json.');
        }
        return file === undefined || file === '' ? { kind: 'git', ref } : { kind: 'git', ref, path: gitPath(file) };
    }
    return { kind: 'file', ...workspacePath('baseline', v, workspace) };
}
function splitOnce(value, separator) {
    const i = value.indexOf(separator);
    return i === -1 ? [value, undefined] : [value.slice(0, i), value.slice(i + 1)];
}
/** A path in the repository as git names it: relative to its root, forward slashes. */
function gitPath(value) {
    const p = external_node_path_default().posix.normalize(value.replace(/\\/g, '/').replace(/^\.\//, ''));
    if (p.startsWith('../') || p === '..' || external_node_path_default().posix.isAbsolute(p)) {
        throw new errors/* InputError */.dz('baseline', `'${value}' is not a path inside the repository.`, 'Give the path from the repository root, e.g. git:main:connector/apiDefinition.swagger.json.');
    }
    return p;
}
/** Parses `Name: value` lines into headers; every value is masked. */
function headers(value, mask) {
    const out = {};
    for (const [index, line] of value.split('\n').entries()) {
        if (line.trim() === '')
            continue;
        const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
        if (!m) {
            // By number only: a line without its colon (`key=value`, a pasted secret) would be quoted whole.
            throw new errors/* InputError */.dz('definition-headers', `line ${index + 1} is not 'Name: value'.`, 'Write one header per line, e.g. `x-functions-key: ${{ secrets.FUNCTION_KEY }}`.');
        }
        if (m[2] !== '')
            mask(m[2]);
        out[m[1]] = m[2];
    }
    return out;
}
function secret(inputs, name, mask) {
    const v = inputs.get(name);
    if (v === '')
        return undefined;
    mask(v);
    return v;
}
function optional(inputs, name) {
    const v = inputs.get(name);
    return v === '' ? undefined : v;
}
/**
 * An http(s) URL input. The value is not repeated in errors, and a user name or password in it is refused (and
 * masked): shown in a message, a summary or a report, they would be published.
 */
function httpUrl(input, value, mask) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz(input, 'is not a valid URL.', 'Give a URL like https://host/path.');
    }
    if (url.username !== '' || url.password !== '') {
        // The password is the secret; a user name alone is often a plain word, masking it would blank the log.
        for (const part of [url.password, decodeURIComponent(url.password)])
            if (part !== '')
                mask(part);
        throw new errors/* InputError */.dz(input, 'the URL carries a user name or password (user:password@host); they are not accepted in a URL.', input === 'definition'
            ? "Remove them from the URL and pass them in 'definition-headers' (e.g. `Authorization: Basic ${{ secrets.DEFINITION_AUTH }}`), which are masked."
            : 'Remove them from the URL.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* InputError */.dz(input, `the scheme '${url.protocol}' is not supported.`, input === 'definition' ? 'Use a workspace path or an http(s) URL.' : 'Use an http(s) URL.');
    }
    return url;
}
function httpsUrl(input, value, mask) {
    if (value === undefined)
        return undefined;
    httpUrl(input, value, mask);
    return value.replace(/\/+$/, '');
}
const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);
/** The Dataverse environment URL: https (http only on loopback, for tests), origin only. */
function dataverseUrl(value) {
    if (value === undefined)
        return undefined;
    const hint = 'Give the environment URL from the Power Platform admin center, e.g. https://contoso.crm4.dynamics.com.';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz('environment-url', `'${value}' is not a URL.`, hint);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
        throw new errors/* InputError */.dz('environment-url', `'${value}' is not an https URL: the token would travel in clear.`, hint);
    }
    if (url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash || url.username || url.password) {
        throw new errors/* InputError */.dz('environment-url', `'${value}' has more than a scheme and a host.`, hint);
    }
    return url.origin;
}
function secretVariable(value) {
    if (value !== undefined && !/^[A-Za-z][A-Za-z0-9]{1,7}_[A-Za-z0-9_]+$/.test(value)) {
        throw new errors/* InputError */.dz('oauth-client-secret-variable', `'${value}' is not an environment variable schema name.`, 'Give the schema name of the secret environment variable, with its publisher prefix, e.g. new_ConnectorSecret.');
    }
    return value;
}
function solutionSettings(inputs, env) {
    const uniqueName = optional(inputs, 'solution');
    if (uniqueName !== undefined && !/^[A-Za-z][A-Za-z0-9_]{0,64}$/.test(uniqueName)) {
        throw new errors/* InputError */.dz('solution', `'${uniqueName}' is not a solution unique name.`, 'Use letters, digits and underscores (at most 65), starting with a letter, e.g. ContosoTasks.');
    }
    const publisherPrefix = inputs.get('publisher-prefix') || 'new';
    if (!/^[a-z][a-z0-9]{1,7}$/.test(publisherPrefix) || publisherPrefix.startsWith('mscrm')) {
        throw new errors/* InputError */.dz('publisher-prefix', `'${publisherPrefix}' is not a publisher prefix.`, "Use 2 to 8 lower-case letters or digits, starting with a letter and not 'mscrm' (e.g. 'new' or 'contoso').");
    }
    const given = optional(inputs, 'solution-version');
    // Each run of the workflow is an upgrade of the last one: the run number grows, a rerun raises the attempt.
    const version = given ?? `1.0.${env.GITHUB_RUN_NUMBER || 0}.${env.GITHUB_RUN_ATTEMPT || 0}`;
    const parts = (0,connector_solution/* parseSolutionVersion */.nl)(version);
    if (!parts) {
        throw new errors/* InputError */.dz('solution-version', `'${version}' is not a solution version.`, 'Write two to four whole numbers up to 2147483647, e.g. 1.0.7.1.');
    }
    return { uniqueName, publisherPrefix, version: parts.join('.') };
}
/** Reads and checks every input once. Secrets are masked as soon as they are read. */
function readSettings(inputs, env, mask) {
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    // Masked first, before any error below can echo something.
    const githubToken = secret(inputs, 'github-token', mask);
    const clientSecret = secret(inputs, 'client-secret', mask);
    const token = secret(inputs, 'token', mask);
    const oauthClientSecret = secret(inputs, 'oauth-client-secret', mask);
    const definitionHeaders = headers(inputs.get('definition-headers'), mask);
    const mode = oneOf('mode', inputs.get('mode'), ['manual', 'express'], 'manual');
    // The one secret that would end up in the package's files; sign-in secrets (azure-app) are never written.
    if (mode === 'manual' && oauthClientSecret !== undefined) {
        throw new errors/* InputError */.dz('oauth-client-secret', 'is a secret, and manual mode writes files that people download: it never takes this secret.', "Remove 'oauth-client-secret' from this step. The person who imports the package enters it in the portal (see IMPORT.md in the package); use 'mode: express' to register the connector with the secret from CI.");
    }
    const brand = optional(inputs, 'icon-brand-color');
    if (brand !== undefined && !/^#[0-9a-fA-F]{6}$/.test(brand)) {
        throw new errors/* InputError */.dz('icon-brand-color', `'${brand}' is not a colour like #007ee5.`, 'Give six hex digits after #.');
    }
    const connectorName = optional(inputs, 'connector-name');
    if (connectorName !== undefined && connectorName.length > 30) {
        throw new errors/* InputError */.dz('connector-name', `'${connectorName}' has ${connectorName.length} characters; Power Platform allows at most 30.`, 'Shorten it.');
    }
    const hostOverride = optional(inputs, 'host');
    if (hostOverride !== undefined && !/^[^{}/ :\\]+(?::\d+)?$/.test(hostOverride)) {
        throw new errors/* InputError */.dz('host', `'${hostOverride}' is not a host name.`, 'Give the host only, e.g. my-func.azurewebsites.net (no scheme, no path).');
    }
    const basePathOverride = optional(inputs, 'base-path');
    if (basePathOverride !== undefined && !basePathOverride.startsWith('/')) {
        throw new errors/* InputError */.dz('base-path', `'${basePathOverride}' does not start with '/'.`, 'Write it like /api.');
    }
    const serverInput = inputs.get('server');
    const timeout = integer('definition-timeout', inputs.get('definition-timeout'), 1, MAX_TIMEOUT_SECONDS) ?? 30;
    const icon = optional(inputs, 'icon');
    const packagePath = optional(inputs, 'package-path');
    const artifactName = optional(inputs, 'artifact-name');
    if (artifactName !== undefined && /["':<>|*?\\/\r\n]/.test(artifactName)) {
        throw new errors/* InputError */.dz('artifact-name', `'${artifactName}' contains a character artifacts do not allow.`, 'Avoid " : < > | * ? \\ / and line breaks.');
    }
    const baseline = baselineLocation(inputs.get('baseline'), workspace);
    const updateBaseline = inputs_boolean('update-baseline', inputs.get('update-baseline'), false);
    if (updateBaseline && baseline.kind !== 'file') {
        throw new errors/* InputError */.dz('update-baseline', "needs 'baseline' to be a workspace path (the committed copy to overwrite).", "Set 'baseline' to the committed copy, e.g. connector/apiDefinition.swagger.json.");
    }
    const clientId = optional(inputs, 'client-id');
    const authInput = inputs.get('auth');
    const auth = authInput === ''
        ? token !== undefined
            ? 'token'
            : clientId !== undefined
                ? clientSecret !== undefined
                    ? 'client-secret'
                    : 'oidc'
                : undefined
        : oneOf('auth', authInput, ['oidc', 'client-secret', 'azure-cli', 'token'], 'oidc');
    const environment = optional(inputs, 'environment');
    const environmentUrl = dataverseUrl(optional(inputs, 'environment-url'));
    if (environmentUrl !== undefined && oauthClientSecret !== undefined) {
        throw new errors/* InputError */.dz('oauth-client-secret', "is not used with 'environment-url': Dataverse stores no connector secret (an imported solution's client secret is emptied).", "Remove 'oauth-client-secret'. After the first import, a maker enters the client secret once on the connector's Security tab (see IMPORT.md), or name a secret environment variable in 'oauth-client-secret-variable'.");
    }
    const validateRemotely = inputs_boolean('validate-remotely', inputs.get('validate-remotely'), false);
    if (environmentUrl !== undefined && validateRemotely) {
        throw new errors/* InputError */.dz('validate-remotely', "asks the Power Apps API, which the 'environment-url' route does not use.", "Remove 'validate-remotely': the solution import validates the connector itself and its errors are reported.");
    }
    if (mode === 'express') {
        if (environment === undefined && environmentUrl === undefined) {
            throw new errors/* InputError */.dz('environment', 'is required in express mode.', "Set 'environment-url' to the environment's Dataverse URL (https://<org>.crm<N>.dynamics.com; the route for a service principal), or 'environment' to the Power Platform environment id (Power Platform admin center -> Environments) or ~Default.");
        }
        if (auth === undefined) {
            throw new errors/* InputError */.dz('auth', 'express mode needs a sign-in.', "Set 'client-id' and 'tenant-id' for OIDC (recommended), or 'auth: azure-cli' after azure/login, or 'token'.");
        }
    }
    if (inputs.get('azure-app').trim() !== '' && auth === undefined) {
        throw new errors/* InputError */.dz('auth', "'azure-app' reads the app's settings through Azure Resource Manager and needs a sign-in.", "Set 'client-id' and 'tenant-id' for OIDC (recommended), or 'auth: azure-cli' after azure/login.");
    }
    if (baseline.kind === 'connector' && mode !== 'express') {
        throw new errors/* InputError */.dz('baseline', "'connector' reads the registered connector, which needs express mode.", "Set 'mode: express' with the sign-in inputs, or use a path or git:<ref>.");
    }
    const definitions = definitionInputs(inputs.get('definition').trim(), inputs.get('azure-app').trim(), workspace, mask);
    const multiple = definitions.length > 1 || definitions[0].kind === 'glob';
    if (multiple) {
        // These name one connector's identity or one file: with several connectors they would be guessed.
        const perConnector = ['connector-name', 'connector-id', 'icon', 'api-properties', 'update-baseline'];
        const set = perConnector.filter((name) => inputs.get(name).trim() !== '' && inputs.get(name).trim() !== 'false');
        if (baseline.kind === 'file')
            set.push('baseline');
        if (set.length > 0) {
            throw new errors/* InputError */.dz(set[0], `names one connector, but 'definition' lists several (or a pattern): ${set.map((n) => `'${n}'`).join(', ')} cannot apply to each.`, "Keep these in each connector's folder (settings.json holds the connector id, apiProperties.json the rest, icon.png the icon), or run one step per connector.");
        }
    }
    const apiProperties = optional(inputs, 'api-properties');
    return {
        workspace,
        definitions,
        multiple,
        apiPropertiesPath: apiProperties === undefined ? undefined : workspacePath('api-properties', apiProperties, workspace),
        definitionHeaders,
        definitionTimeoutMs: timeout * 1000,
        server: serverInput === '' ? undefined : /^\d+$/.test(serverInput) ? Number(serverInput) : serverInput,
        failOnValidation: oneOf('fail-on-validation', inputs.get('fail-on-validation'), ['error', 'warning', 'never'], 'error'),
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
        failOn: oneOf('fail-on', inputs.get('fail-on'), ['breaking', 'warning', 'any', 'never'], 'breaking'),
        comment: oneOf('comment', inputs.get('comment'), ['auto', 'always', 'never'], 'auto'),
        commentKey: optional(inputs, 'comment-key'),
        commentFailure: oneOf('comment-failure', inputs.get('comment-failure'), ['warn', 'fail'], 'warn'),
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
            dryRun: oneOf('dry-run', inputs.get('dry-run'), ['auto', 'true', 'false'], 'auto'),
            validateRemotely,
            forceUpdate: inputs_boolean('force-update', inputs.get('force-update'), false),
        },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/pipeline/mapLimited.ts
/**
 * `fn` over `items` with at most `limit` calls in flight; results in the items' order. Connectors of a manual run
 * overlap their file reads and writes this way; `fn` must not throw (runConnector never does).
 */
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/connector/content.ts
var connector_content = __webpack_require__(36654);
// EXTERNAL MODULE: ./src/connector/projectProperties.ts
var projectProperties = __webpack_require__(34855);
// EXTERNAL MODULE: ./src/connector/package.ts + 2 modules
var connector_package = __webpack_require__(1493);
// EXTERNAL MODULE: ./src/connector/project.ts
var connector_project = __webpack_require__(4510);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var definition_pointer = __webpack_require__(57060);
;// CONCATENATED MODULE: ./src/connector/security.ts


/** The Swagger 2.0 security definition types a custom connector can carry (the platform uses only the first). */
const SECURITY_TYPES = ['apiKey', 'basic', 'oauth2'];
/** Entra ID login hosts: public cloud (current and legacy), US Government, China (both names). */
const AAD_LOGIN_HOSTS = [
    'login.microsoftonline.com',
    'login.windows.net',
    'login.microsoftonline.us',
    'login.chinacloudapi.cn',
    'login.partner.microsoftonline.cn',
];
const FLOWS = ['accessCode', 'implicit', 'password', 'application'];
/**
 * Reads the security configuration the platform will use: the FIRST entry of `securityDefinitions` (the portal
 * ignores the others). `at` (a `Definition` fits) places errors: file, line and pointer.
 */
function readSecurity(swagger, at = { source: 'definition' }) {
    const definitions = (0,definition_pointer/* isObject */.Gv)(swagger) ? swagger.securityDefinitions : undefined;
    if (definitions === undefined)
        return { kind: 'none' };
    const fail = (pointer, message, hint) => {
        throw new errors/* DefinitionError */.gk(at.source, `${pointer}: ${message}`, { line: at.lineOf?.(pointer), hint });
    };
    if (!(0,definition_pointer/* isObject */.Gv)(definitions)) {
        return fail('/securityDefinitions', 'is not an object.', 'Make securityDefinitions a map of named schemes.');
    }
    const first = Object.keys(definitions)[0];
    if (first === undefined)
        return { kind: 'none' };
    const pointer = (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', first);
    const scheme = definitions[first];
    if (!(0,definition_pointer/* isObject */.Gv)(scheme))
        return fail(pointer, 'is not an object.', 'Give the scheme a type (apiKey, basic or oauth2).');
    switch (scheme.type) {
        case 'basic':
            return { kind: 'basic', pointer };
        case 'apiKey': {
            if (typeof scheme.name !== 'string' || scheme.name === '') {
                return fail(pointer, 'an apiKey scheme needs a name.', "Set name to the header or query parameter, e.g. 'x-functions-key'.");
            }
            if (scheme.in !== 'header' && scheme.in !== 'query') {
                return fail(pointer, `'in' is ${JSON.stringify(scheme.in)}.`, "Set in to 'header' or 'query'.");
            }
            return { kind: 'apiKey', name: scheme.name, in: scheme.in, pointer };
        }
        case 'oauth2':
            return readOAuth(scheme, pointer, fail);
        default:
            return fail(pointer, `security type ${JSON.stringify(scheme.type)} is not one a custom connector understands.`, `Use one of ${SECURITY_TYPES.join(', ')} (Swagger 2.0).`);
    }
}
function readOAuth(scheme, pointer, fail) {
    if (typeof scheme.flow !== 'string' || !FLOWS.includes(scheme.flow)) {
        return fail(pointer, `OAuth flow ${JSON.stringify(scheme.flow)} is not a Swagger 2.0 flow.`, 'Use accessCode.');
    }
    const authorizationUrl = typeof scheme.authorizationUrl === 'string' ? scheme.authorizationUrl : undefined;
    const tokenUrl = typeof scheme.tokenUrl === 'string' ? scheme.tokenUrl : undefined;
    const scopes = (0,definition_pointer/* isObject */.Gv)(scheme.scopes) ? Object.keys(scheme.scopes) : [];
    const result = {
        kind: 'oauth2',
        flow: scheme.flow,
        ...(authorizationUrl === undefined ? {} : { authorizationUrl }),
        ...(tokenUrl === undefined ? {} : { tokenUrl }),
        scopes,
        identityProvider: 'oauth2',
        pointer,
    };
    const aad = entraLogin(authorizationUrl ?? tokenUrl);
    return aad === undefined ? result : { ...result, identityProvider: 'aad', ...aad };
}
/** Login origin and tenant when the URL is an Entra ID endpoint, e.g. `https://login.windows.net/common/oauth2/authorize`. */
function entraLogin(url) {
    if (url === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (!AAD_LOGIN_HOSTS.includes(parsed.hostname.toLowerCase()))
        return undefined;
    // The portal's Azure AD provider speaks the v1 endpoint (a resource, not scopes); connectors written against
    // the v2.0 endpoint are published with the generic provider, which keeps their URLs and scopes as they are.
    if (parsed.pathname.includes('/oauth2/v2.0/'))
        return undefined;
    const segment = parsed.pathname.split('/')[1] ?? '';
    // `/oauth2/authorize` has no tenant; `{tenant}` or `%7Btenant%7D` is a placeholder, not a tenant.
    const tenantId = segment !== 'oauth2' && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(segment) ? segment : undefined;
    return { loginUri: parsed.origin, ...(tenantId === undefined ? {} : { tenantId }) };
}

// EXTERNAL MODULE: ./src/hashes.ts
var hashes = __webpack_require__(53719);
;// CONCATENATED MODULE: ./src/connector/slug.ts

/** Longest slug: it names a folder and an artifact, and a 300-character title once hit ENAMETOOLONG. */
const MAX_SLUG = 64;
/**
 * A name for files and artifacts: lower case, ASCII letters and digits, dashes, at most MAX_SLUG characters. A
 * longer one keeps its head and ends with a short hash of the whole name, so two long titles stay apart.
 */
function slugOf(name) {
    const slug = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '') // accents off: Ünïcödé -> unicode
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'connector';
    if (slug.length <= MAX_SLUG)
        return slug;
    const hash = (0,hashes/* sha256Hex */.fg)(name).slice(0, 8);
    return `${slug.slice(0, MAX_SLUG - hash.length - 1).replace(/-$/, '')}-${hash}`;
}

// EXTERNAL MODULE: ./src/definition/lines.ts
var lines = __webpack_require__(2198);
;// CONCATENATED MODULE: ./src/github/links.ts
/**
 * Links to lines of a definition file in the repository, at the commit this run looked at (a pull request's head,
 * since GITHUB_SHA is the test merge commit there). Undefined outside a workflow.
 */
function lineLinks(event, file) {
    if (!event || file === undefined)
        return undefined;
    const sha = event.pullRequest?.headSha ?? event.sha;
    const base = `${event.serverUrl}/${event.repo.owner}/${event.repo.repo}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}`;
    return (line) => `${base}#L${line}`;
}

// EXTERNAL MODULE: ./src/definition/parse.ts
var parse = __webpack_require__(74970);
// EXTERNAL MODULE: ./src/definition/json.ts
var json = __webpack_require__(54783);
;// CONCATENATED MODULE: ./src/openapi3/prepare.ts



// Where a Swagger 2.0 member came from in an OpenAPI 3 document, so findings on the converted definition still
// point at a line the user can open.
const SOURCE_PREFIXES = [
    ['/definitions/', '/components/schemas/'],
    ['/parameters/', '/components/parameters/'],
    ['/responses/', '/components/responses/'],
    ['/securityDefinitions/', '/components/securitySchemes/'],
];
function sourcePointer(pointer) {
    for (const [to, from] of SOURCE_PREFIXES)
        if (pointer.startsWith(to))
            return from + pointer.slice(to.length);
    return pointer;
}
function isOpenApi3(value) {
    if (!(0,definition_pointer/* isObject */.Gv)(value))
        return false;
    // YAML reads `openapi: 3.0` as the number 3: take it for what its author meant.
    const v = value.openapi;
    return (typeof v === 'string' && /^3\./.test(v)) || (typeof v === 'number' && v >= 3 && v < 4);
}
/**
 * Reads a definition (JSON or YAML) and converts it to Swagger 2.0 when it is OpenAPI 3. The converter is loaded
 * only for an OpenAPI 3 source.
 */
async function prepareDefinition(raw, options = {}) {
    const parsed = await (0,parse/* loadDefinition */.yQ)(raw.bytes, raw.source, options);
    const version = (0,definition_pointer/* isObject */.Gv)(parsed.value)
        ? String(parsed.value.openapi ?? parsed.value.swagger ?? 'unknown')
        : 'unknown';
    if (!isOpenApi3(parsed.value))
        return { definition: parsed, sourceVersion: version, findings: [] };
    const { convertOpenApi3 } = await __webpack_require__.e(/* import() */ 83).then(__webpack_require__.bind(__webpack_require__, 25083));
    const converted = convertOpenApi3(parsed, { server: options.server });
    const text = (0,json/* jsonFile */.d_)(converted.swagger);
    return {
        definition: {
            source: parsed.source,
            format: 'json',
            text,
            // The platform's size limit applies to what is uploaded: the converted JSON.
            bytes: Buffer.byteLength(text),
            value: converted.swagger,
            lineOf: (pointer) => parsed.lineOf(sourcePointer(pointer)),
            // On the source's lines: what the reader forgave is in the file the user edits.
            ...(parsed.syntax ? { syntax: parsed.syntax } : {}),
        },
        sourceVersion: converted.sourceVersion,
        findings: converted.findings,
    };
}

// EXTERNAL MODULE: ./src/powerplatform/credential.ts
var credential = __webpack_require__(28077);
// EXTERNAL MODULE: ./src/report/findings.ts
var report_findings = __webpack_require__(19334);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/deadline.ts
/**
 * `work`, or `onTimeout()` thrown once `ms` have passed: for library calls that take no AbortSignal. The call
 * itself is abandoned, not stopped; src/index.ts exits when the run is over, so it cannot hold the job.
 */
async function withDeadline(work, ms, onTimeout) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(onTimeout()), ms);
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/github/requestBounds.ts

/** The signal a caller passed, per request (each attempt replaces the one in the options). */
const callerSignals = new WeakMap();
/**
 * An Octokit plugin that bounds every request attempt and the client's total time, and makes a `Retry-After`
 * answer readable by plugin-throttling. Place it before plugin-retry and plugin-throttling: Octokit applies the
 * plugins' request wrappers inside out, so this one then wraps each attempt, not the retried whole.
 */
function boundRequests(bounds) {
    const now = bounds.now ?? Date.now;
    return (octokit) => {
        const deadline = (bounds.start ?? now()) + bounds.totalTimeoutMs;
        octokit.hook.wrap('request', async (request, options) => {
            const what = `${options.method ?? 'GET'} ${options.url ?? ''}`;
            const left = deadline - now();
            if (left <= 0) {
                // A plain error, not a RequestError: plugin-retry then gives up instead of trying again.
                throw new errors/* ServiceError */._7('GitHub', `${what}: no answer within ${seconds(bounds.totalTimeoutMs)}.`, {
                    hint: 'GitHub did not answer in time; see https://www.githubstatus.com and re-run the job.',
                });
            }
            const limit = Math.min(bounds.requestTimeoutMs, left);
            const timeout = AbortSignal.timeout(limit);
            if (!callerSignals.has(options))
                callerSignals.set(options, options.request?.signal);
            const given = callerSignals.get(options);
            // In place: the hooks inside this one were bound to this options object and ignore any other.
            options.request = { ...options.request, signal: given ? AbortSignal.any([given, timeout]) : timeout };
            try {
                return await request(options);
            }
            catch (error) {
                // Octokit reports a timed-out fetch as a RequestError (status 500) with the runtime's wording.
                if (timeout.aborted && error instanceof Error)
                    error.message = `no answer within ${seconds(limit)}`;
                retryAfterAsReset(error, now());
                throw error;
            }
        });
    };
}
/**
 * plugin-throttling reads a primary rate limit's wait from `x-ratelimit-reset` only: without that header it
 * retries at once, and a 429 with neither header nor "secondary rate" in its message is not retried at all.
 * A `Retry-After` (seconds or an HTTP date) is turned into the reset time it means, and a 429 counts as a
 * primary limit, so the plugin waits as long as GitHub asked (and gives up past `maxRateLimitWait`).
 */
function retryAfterAsReset(error, nowMs) {
    const { status, response } = (error ?? {});
    const headers = response?.headers;
    if ((status !== 403 && status !== 429) || !headers || headers['x-ratelimit-reset'] !== undefined)
        return;
    const after = headers['retry-after'];
    if (after === undefined || (status === 403 && headers['x-ratelimit-remaining'] !== '0'))
        return;
    const waitMs = /^\s*\d+\s*$/.test(after) ? Number(after) * 1000 : Date.parse(after) - nowMs;
    if (Number.isNaN(waitMs))
        return;
    headers['x-ratelimit-remaining'] = '0';
    // Rounded up, and plugin-throttling adds a second: the wait is Retry-After plus one or two seconds, never less.
    headers['x-ratelimit-reset'] = String(Math.ceil((nowMs + Math.max(0, waitMs)) / 1000));
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}

// EXTERNAL MODULE: ./src/stdio.ts
var stdio = __webpack_require__(18954);
;// CONCATENATED MODULE: ./src/github/workflowCommands.ts
/**
 * The runner's side of a run: inputs from `INPUT_*`, log lines and workflow commands on stdout, outputs and the job
 * summary through the files the runner names (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`). This is what @actions/core
 * does for these calls, written here because its entry module also loads its OIDC client (@actions/http-client and
 * undici, about 1 MB) and its platform probe (@actions/exec) on every run: half of a small run's start-up. The
 * format follows @actions/core 3 and the runner's documentation; @actions/core itself is still what fetches the
 * OIDC token (`getIdToken`), imported only when a run signs in that way.
 */


const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** `%`, CR and LF are escaped in a command's message; in a property, `:` and `,` too (they delimit properties). */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,...::message` on stdout; properties without a value are left out. */
function issueCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    stdio/* stdout */.U.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}
function annotation(level, message, p = {}) {
    issueCommand(level, { title: p.title, file: p.file, line: p.startLine }, message);
}
/** Appends to the file a file command's variable names; the runner creates it, so a missing one is an error. */
function appendToCommandFile(variable, text) {
    const file = process.env[variable];
    if (!file)
        throw new Error(`${variable} is not set: this is not a GitHub Actions runner step.`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`${variable} names ${file}, which does not exist.`);
    (0,external_node_fs_.appendFileSync)(file, text, 'utf8');
}
const runner = {
    /** An input as `core.getInput` reads it: `INPUT_<NAME>` (spaces as `_`), trimmed, '' when unset. */
    getInput(name) {
        return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    },
    setSecret(secret) {
        issueCommand('add-mask', {}, secret);
    },
    setOutput(name, value) {
        if (!process.env.GITHUB_OUTPUT) {
            // Outside a runner (or an old one): the deprecated command is the only channel, as @actions/core falls back.
            stdio/* stdout */.U.write(EOL);
            issueCommand('set-output', { name }, value);
            return;
        }
        // A heredoc with a random delimiter, so that no value can end it early and set another output. A value that
        // holds the delimiter is refused below, so it need not be unguessable: Math.random spares loading node:crypto.
        const delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
        if (name.includes(delimiter) || value.includes(delimiter))
            throw new Error(`Output ${name} contains ${delimiter}.`);
        appendToCommandFile('GITHUB_OUTPUT', `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
    },
    /** Appends Markdown to the job summary (as `core.summary.addRaw(markdown, true).write()`). */
    appendSummary(markdown) {
        appendToCommandFile('GITHUB_STEP_SUMMARY', markdown + EOL);
    },
    info(message) {
        stdio/* stdout */.U.write(message + EOL);
    },
    debug(message) {
        issueCommand('debug', {}, message);
    },
    notice: (message, properties) => annotation('notice', message, properties),
    warning: (message, properties) => annotation('warning', message, properties),
    error: (message, properties) => annotation('error', message, properties),
    /** Marks the step failed: exit code 1 and the message as an error. */
    setFailed(message) {
        process.exitCode = 1;
        annotation('error', message);
    },
    async getIdToken(audience) {
        const core = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 91659));
        return core.getIDToken(audience);
    },
};

;// CONCATENATED MODULE: ./src/github/octokit.ts


/**
 * Octokit for the action's GitHub token. 5xx answers are retried with back-off (plugin-retry); primary and
 * secondary rate limits wait for `retry-after`/`x-ratelimit-reset` a bounded number of times (plugin-throttling),
 * because a job that sleeps until the hourly reset costs more than a failed comment. Each attempt and the
 * client's whole life are bounded in time (boundRequests), so a GitHub that does not answer cannot hold the job.
 */
async function createOctokit(token, options = {}) {
    // Loaded on first use (README, "Start-up cost"): a run that never calls the GitHub API never compiles Octokit.
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
    ]);
    const retries = options.retries ?? 3;
    const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000;
    const maxWait = options.maxRateLimitWait ?? 120;
    const start = Date.now();
    const totalTimeoutMs = options.totalTimeoutMs ?? 180_000;
    const bounds = boundRequests({ requestTimeoutMs: options.requestTimeoutMs ?? 30_000, totalTimeoutMs, start });
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `GitHub ${kind} rate limit on ${request.method} ${request.url}`;
        const pastDeadline = Date.now() + retryAfter * retryAfterBaseValue > start + totalTimeoutMs;
        if (retryCount >= retries || retryAfter > maxWait || pastDeadline) {
            runner.warning(`${what}: giving up after ${retryCount} retries (next wait ${retryAfter} s).`);
            return false;
        }
        runner.info(`${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries}).`);
        return true;
    };
    return getOctokit(token, {
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        // Octokit's info lines are per request: debug output, not the job log.
        log: { debug: runner.debug, info: runner.debug, warn: runner.warning, error: runner.error },
        // 429 is the throttling plugin's: retried by both, a rate limit would be retried retries² times.
        retry: { retries, retryAfterBaseValue, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            enabled: options.throttle ?? true,
            retryAfterBaseValue,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, 
    // First: Octokit nests the plugins' request wrappers in this order, so the bounds apply to each attempt.
    bounds, retry, throttling);
}

;// CONCATENATED MODULE: ./src/github/artifact.ts






const SERVICE = 'GitHub artifacts';
/** The file of an exported package that holds the definition: a baseline download looks for it. */
const DEFINITION_FILE = 'apiDefinition.swagger.json';
/** Artifacts listed at most while looking for a baseline (newest first, as GitHub lists them). */
const MAX_LISTED = 1000;
const PER_PAGE = 100;
/** Whether the runner gave this step the artifact service (false e.g. under `act` or a local run). */
function isArtifactRuntimeAvailable(env = process.env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
/** The running workflow's file (`.github/workflows/x.yml`) from GITHUB_WORKFLOW_REF, when the runner sets it. */
function currentWorkflowPath(env = process.env) {
    const ref = env.GITHUB_WORKFLOW_REF;
    const repository = env.GITHUB_REPOSITORY;
    if (!ref || !repository || !ref.startsWith(`${repository}/`))
        return undefined;
    return withoutRef(ref.slice(repository.length + 1));
}
/**
 * The real store: the runner's artifact service through @actions/artifact, the REST API to find baselines. Both
 * libraries load on first use (README, "Start-up cost"): a run that neither uploads nor downloads never compiles
 * them.
 */
class GitHubArtifactStore {
    env;
    client;
    constructor(env = process.env, client) {
        this.env = env;
        this.client = client;
    }
    async artifactClient() {
        this.client ??= new (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(251), __webpack_require__.e(915), __webpack_require__.e(351), __webpack_require__.e(659), __webpack_require__.e(883)]).then(__webpack_require__.bind(__webpack_require__, 89883))).DefaultArtifactClient();
        return this.client;
    }
    async upload(name, rootDir, files, retentionDays) {
        const root = external_node_path_default().resolve(rootDir);
        let result;
        try {
            const client = await this.artifactClient();
            result = await client.uploadArtifact(name, files.map((file) => external_node_path_default().resolve(root, file)), root, { retentionDays });
        }
        catch (error) {
            throw artifactError(error, `uploading '${name}' failed`, 'upload');
        }
        if (result.id === undefined) {
            throw new errors/* ServiceError */._7(SERVICE, `uploading '${name}' returned no artifact id.`, { hint: RETRY_HINT });
        }
        const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = this.env;
        const url = repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${result.id}` : undefined;
        return { id: result.id, size: result.size ?? 0, url };
    }
    async downloadLatest(query) {
        const [owner, repo] = (this.env.GITHUB_REPOSITORY ?? '').split('/');
        if (!owner || !repo)
            throw new Error('GITHUB_REPOSITORY is not set: a baseline artifact needs the repository.');
        let found;
        try {
            found = await this.findLatest(query, owner, repo);
        }
        catch (error) {
            throw artifactError(error, `finding the baseline artifact '${query.name}' failed`);
        }
        if (!found) {
            runner.info(`No artifact '${query.name}' from the default branch yet: nothing to diff against.`);
            return undefined;
        }
        runner.info(`Baseline: artifact '${found.name}' (id ${found.id}) of run ${found.runId}.`);
        const timeoutMs = query.downloadTimeoutMs ?? 180_000;
        try {
            const client = await this.artifactClient();
            const download = client.downloadArtifact(found.id, {
                path: query.destination,
                findBy: {
                    token: query.token,
                    workflowRunId: found.runId,
                    repositoryOwner: owner,
                    repositoryName: repo,
                },
            });
            await withDeadline(download, timeoutMs, () => new errors/* ServiceError */._7(SERVICE, `downloading the baseline artifact '${found.name}' (id ${found.id}): no end within ${timeoutMs / 1000} s.`, {
                code: 'timeout',
                hint: "Re-run the job; if it fails again, check https://www.githubstatus.com, or set 'baseline' to a committed file.",
            }));
        }
        catch (error) {
            throw artifactError(error, `downloading the baseline artifact '${found.name}' (id ${found.id}) failed`);
        }
        const definition = findDefinition(query.destination);
        if (!definition)
            runner.warning(`Artifact '${found.name}' (id ${found.id}) holds no ${DEFINITION_FILE}.`);
        return definition;
    }
    async findLatest(query, owner, repo) {
        // Bounded in time and retried like every GitHub call of the action.
        const octokit = await createOctokit(query.token, {
            baseUrl: this.env.GITHUB_API_URL || 'https://api.github.com',
        });
        const branch = query.defaultBranch ??
            eventDefaultBranch(this.env) ??
            (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
        const listed = [];
        const pages = octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
            owner,
            repo,
            name: query.name,
            per_page: PER_PAGE,
        });
        for await (const page of pages) {
            listed.push(...page.data.filter((a) => a.name === query.name));
            if (listed.length >= MAX_LISTED)
                break;
        }
        const live = listed
            .map((a) => asBaseline(a, branch, this.env.GITHUB_RUN_ID))
            .filter((a) => a !== undefined)
            .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
        if (!query.workflowPath)
            return live[0];
        // The listing does not say which workflow made an artifact: ask each candidate's run, newest first.
        const want = withoutRef(query.workflowPath);
        const runPaths = new Map();
        for (const artifact of live) {
            const { runId } = artifact;
            if (!runPaths.has(runId)) {
                const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
                runPaths.set(runId, withoutRef(data.path));
            }
            if (runPaths.get(runId) === want)
                return artifact;
        }
        return undefined;
    }
}
/**
 * The artifact as a baseline when it is live, from a run of the default branch, and not from this run. A pull
 * request from a fork's own default branch also reports that branch name, so the head repository must be the
 * repository itself.
 */
function asBaseline(artifact, branch, currentRunId) {
    const run = artifact.workflow_run;
    if (artifact.expired || (artifact.expires_at && Date.parse(artifact.expires_at) <= Date.now()))
        return undefined;
    if (!run?.id || run.head_branch !== branch || String(run.id) === currentRunId)
        return undefined;
    if (run.head_repository_id !== undefined && run.head_repository_id !== run.repository_id)
        return undefined;
    const createdAt = artifact.created_at ? Date.parse(artifact.created_at) : 0;
    return { id: artifact.id, name: artifact.name, runId: run.id, createdAt };
}
function withoutRef(workflowPath) {
    const at = workflowPath.indexOf('@');
    return at < 0 ? workflowPath : workflowPath.slice(0, at);
}
function eventDefaultBranch(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const branch = payload.repository?.default_branch;
        return typeof branch === 'string' && branch ? branch : undefined;
    }
    catch {
        return undefined; // No readable payload: the API answers instead.
    }
}
/** The shallowest `apiDefinition.swagger.json` below `dir` (packages keep it at the root). */
function findDefinition(dir) {
    const matches = (0,external_node_fs_.readdirSync)(dir, { recursive: true, encoding: 'utf8' }).filter((entry) => external_node_path_default().basename(entry) === DEFINITION_FILE);
    matches.sort((a, b) => a.split((external_node_path_default()).sep).length - b.split((external_node_path_default()).sep).length || a.localeCompare(b));
    return matches.length ? external_node_path_default().join(dir, matches[0]) : undefined;
}
const RETRY_HINT = 'Re-run the job; if it fails again, check https://www.githubstatus.com and the runner log (enable step debug logging).';
/** Turns what @actions/artifact or Octokit threw into a ServiceError that says what to do. */
function artifactError(error, what, operation = 'download') {
    if (error instanceof errors/* ServiceError */._7)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    // Octokit errors carry `status`; the twirp client only writes it into the message.
    const status = typeof error?.status === 'number'
        ? error.status
        : Number(/Failed request: \((\d{3})\)/.exec(message)?.[1]) || undefined;
    const fail = (code, hint) => new errors/* ServiceError */._7(SERVICE, `${what}: ${firstLine(message)}`, { status, code, hint });
    // @actions/artifact's errors are told by name: its classes load only with the library.
    const name = error instanceof Error ? error.name : '';
    if (name === 'GHESNotSupportedError') {
        return fail('ghes-not-supported', "GitHub Enterprise Server has no artifact service for @actions/artifact 2+: upload 'package-path' with actions/upload-artifact@v3 instead, and set 'baseline' to a committed file or git:<ref>.");
    }
    if (/artifact name is not valid|artifact name input during validation is empty/i.test(message)) {
        return fail('invalid-name', "Choose an 'artifact-name' without \" : < > | * ? \\ / or line breaks (for example connector-petstore).");
    }
    if (status === 409 || /already exists/i.test(message)) {
        return fail('name-conflict', "Artifact names are unique within a workflow run: give each export its own 'artifact-name' (e.g. add the matrix value), or re-run the whole workflow instead of one job.");
    }
    // The twirp client rewraps its errors as plain Errors: match the messages of UsageError and NetworkError too.
    if (name === 'UsageError' || /storage quota has been hit/i.test(message)) {
        return fail('quota', "The account's artifact storage quota is used up: delete old artifacts or lower 'retention-days', then re-run.");
    }
    if (name === 'FilesNotFoundError' || /^(File .* does not exist|The provided rootDirectory)/.test(message)) {
        return fail('no-files', "The package files were missing when uploaded: check that no earlier step removed 'package-path'.");
    }
    if (name === 'NetworkError' || /Unable to make request: [A-Z]+/.test(message)) {
        return fail('network', 'The runner cannot reach the artifact service: self-hosted runners need access to the GitHub Actions endpoints.');
    }
    // An upload authenticates with the job's own runtime token, which no input sets: 'github-token' is no cure.
    if (operation === 'upload' && (status === 401 || status === 403 || status === 404)) {
        return fail(undefined, "The artifact service refused this job's own token (ACTIONS_RUNTIME_TOKEN, which no input sets): re-run the job; on GitHub Enterprise Server or a self-hosted runner, check that it offers Actions artifacts.");
    }
    if (status === 401) {
        return fail(undefined, "The token was refused: check 'github-token' for baselines; an upload uses the job's own token, so re-run the job.");
    }
    if (status === 403 || status === 404) {
        return fail(undefined, "Give the job `permissions: actions: read` (with `contents: read`) so 'github-token' can list and download the repository's artifacts, or set 'baseline' to a committed file.");
    }
    if (status === 410)
        return fail('expired', 'The baseline artifact expired meanwhile: re-run the job.');
    return fail(undefined, RETRY_HINT);
}
function firstLine(text) {
    return text.split('\n', 1)[0].trim();
}

// EXTERNAL MODULE: ./src/sources/file.ts
var sources_file = __webpack_require__(27854);
// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(78022);
;// CONCATENATED MODULE: ./src/sources/baseline.ts





/** Reads the baseline; undefined means drift is not checked in this run (`none`, or `auto` outside a pull request). */
async function readBaseline(location, context, providers) {
    switch (location.kind) {
        case 'none':
            return undefined;
        case 'auto':
            if (context.pullRequestBaseSha === undefined || context.definition.kind !== 'file')
                return undefined;
            return fromGit(context, context.pullRequestBaseSha);
        case 'git': {
            const ref = location.ref ?? context.pullRequestBaseSha;
            if (ref === undefined) {
                throw new errors/* InputError */.dz('baseline', "'git' without a ref only works on pull requests (it means the base commit).", 'Write git:<ref>, e.g. git:main.');
            }
            return fromGit(context, ref, location.path);
        }
        case 'file':
            // No committed copy yet: this is the first export.
            if (!(0,external_node_fs_.existsSync)(location.path))
                return { label: location.display };
            return { label: location.display, ...(await readPackageBaseline(location.path, location.display)) };
        case 'artifact':
            if (!providers.artifact) {
                throw new errors/* InputError */.dz('baseline', "'artifact' needs the GitHub Actions runtime and a token.", "Run in a workflow with 'github-token' (actions: read), or use a path or git:<ref>.");
            }
            return { label: 'the newest export artifact on the default branch', ...(await providers.artifact()) };
        case 'connector':
            if (!providers.connector) {
                throw new errors/* InputError */.dz('baseline', "'connector' reads the registered connector, which needs express mode.", "Set 'mode: express' with the sign-in inputs, or use a path or git:<ref>.");
            }
            return { label: 'the registered connector', raw: await providers.connector() };
    }
}
async function fromGit(context, ref, file = context.definition.kind === 'file' ? context.definition.display : undefined) {
    if (file === undefined) {
        throw new errors/* InputError */.dz('baseline', 'a git baseline needs a definition file in the repository.', 'Name the file in git:<ref>:<path>, or use a path to the committed copy, `artifact` or `connector`.');
    }
    const short = /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
    return { label: `${file}@${short}`, raw: await (0,git/* readAtGitRef */.R)(context.workspace, ref, file) };
}
/**
 * An exported package's definition, with its apiProperties.json and script.csx when they sit beside it (a committed
 * package folder, a downloaded artifact): the properties' drift compares with them.
 */
async function readPackageBaseline(file, display) {
    const raw = await (0,sources_file/* readDefinitionFile */.Q)(file, display);
    const beside = async (name) => {
        const sibling = external_node_path_default().join(external_node_path_default().dirname(file), name);
        return (0,external_node_fs_.existsSync)(sibling) ? { bytes: (0,external_node_fs_.readFileSync)(sibling), source: `${display} (${name})` } : undefined;
    };
    const [apiProperties, script] = await Promise.all([beside('apiProperties.json'), beside('script.csx')]);
    return { raw, properties: { ...(apiProperties ? { apiProperties } : {}), ...(script ? { script } : {}) } };
}

;// CONCATENATED MODULE: ./src/sources/artifactBaseline.ts




/**
 * The definition (and the apiProperties.json and script.csx beside it) inside the newest export artifact of this workflow on the default branch, downloaded into
 * `workDir`; undefined without a runner or a token (the caller then explains that `artifact` needs them).
 */
function artifactBaseline(env, event, artifactName, token, workDir) {
    if (!event || !token || !isArtifactRuntimeAvailable(env))
        return undefined;
    return async () => {
        (0,external_node_fs_.mkdirSync)(workDir, { recursive: true });
        const destination = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(workDir, 'baseline-'));
        const file = await new GitHubArtifactStore(env).downloadLatest({
            name: artifactName,
            token,
            destination,
            defaultBranch: event.defaultBranch,
            workflowPath: currentWorkflowPath(env),
        });
        return file === undefined ? undefined : readPackageBaseline(file, `artifact ${artifactName}`);
    };
}

;// CONCATENATED MODULE: ./src/sources/icon.ts


/** Reads the `icon` input's file; its format is checked by whoever uses it. */
async function readIcon(iconPath) {
    try {
        return (0,external_node_fs_.readFileSync)(iconPath);
    }
    catch {
        throw new errors/* InputError */.dz('icon', `'${iconPath}' cannot be read.`, 'Give the path of a PNG file in the repository.');
    }
}

// EXTERNAL MODULE: ./src/sources/project.ts + 3 modules
var sources_project = __webpack_require__(88204);
// EXTERNAL MODULE: ./src/sources/workspace.ts
var workspace = __webpack_require__(87899);
// EXTERNAL MODULE: ./src/drift/apiProperties.ts
var apiProperties = __webpack_require__(50330);
// EXTERNAL MODULE: ./src/drift/verdict.ts
var verdict = __webpack_require__(20754);
;// CONCATENATED MODULE: ./src/stages/drift.ts







/** The structural diff and its rules: a chunk of their own, loaded only by a run that has a baseline. */
const loadDiff = async () => (await __webpack_require__.e(/* import() */ 553).then(__webpack_require__.bind(__webpack_require__, 6553))).diffDefinitions;
/** The definition as exported, with the host/base-path overrides: what the connector sees. */
function asExported(definition, settings) {
    return {
        value: (0,connector_package/* applyOverrides */.iu)(definition.value, settings.hostOverride, settings.basePathOverride),
        lineOf: definition.lineOf,
    };
}
/** Drift against the baseline; undefined when drift is not checked in this run. */
async function compareWithBaseline(baseline, definition, settings, lineUrl) {
    if (!baseline)
        return undefined;
    const old = baseline.raw
        ? (await prepareDefinition(baseline.raw, { server: settings.server, duplicates: false })).definition
        : undefined;
    // A git baseline is the source file at another commit and gets the overrides too; the other baselines are
    // exported copies already.
    const fromGit = settings.baseline.kind === 'auto' || settings.baseline.kind === 'git';
    const changes = old
        ? (await loadDiff())(fromGit ? asExported(old, settings) : old, asExported(definition, settings), {
            ignoreRules: settings.ignoreRules,
        })
        : [];
    return {
        changes,
        verdict: (0,verdict/* driftVerdict */.Z)(changes, settings.failOn),
        baselineLabel: old ? baseline.label : undefined,
        newSource: definition.source,
        lineUrl,
    };
}
/**
 * Breaking changes against what is registered now, for "would update: N breaking changes": the drift itself when
 * the baseline is the connector, else a diff against the registered definition.
 */
async function registeredBreaking(express, definition, settings, drift) {
    if (settings.baseline.kind === 'connector')
        return drift?.verdict.breaking;
    if (!express?.registered)
        return undefined;
    const { definition: registered } = await prepareDefinition(express.registered, { duplicates: false });
    const changes = (await loadDiff())(registered, asExported(definition, settings), {
        ignoreRules: settings.ignoreRules,
    });
    return (0,verdict/* driftVerdict */.Z)(changes, 'never').breaking;
}
/**
 * Drift of the connector's own properties and custom code: against the same folder at the baseline commit (git
 * baselines), the files beside a file or artifact baseline's definition (an exported package), or what is
 * registered (the `connector` baseline, from express mode's plan). Empty when the baseline has no such copy.
 */
async function comparePropertiesWithBaseline(o) {
    const { settings, project } = o;
    // The Dataverse route compares the registered row's columns itself (the plan's reasons), without a diff.
    if (settings.baseline.kind === 'connector') {
        return o.express?.route === 'powerapps' ? o.express.plan.propertyChanges : [];
    }
    const doc = project?.apiProperties;
    if (!doc)
        return [];
    let old;
    if (settings.baseline.kind === 'auto' || settings.baseline.kind === 'git') {
        const ref = (settings.baseline.kind === 'git' ? settings.baseline.ref : undefined) ?? o.pullRequestBaseSha;
        if (ref === undefined)
            return [];
        old = (0,connector_project/* parseProject */.X)(await (0,sources_project/* readProjectAtGitRef */.Sn)(settings.workspace, ref, { apiProperties: doc.source, script: project.script?.source }));
    }
    else {
        // A committed package folder or the export artifact: the files beside the definition.
        old = (0,connector_project/* parseProject */.X)(o.baseline?.properties ?? {});
    }
    // No apiProperties.json at the baseline: the connector gains its own file now, nothing to compare.
    if (!old.apiProperties)
        return [];
    const properties = (value) => ((0,definition_pointer/* isObject */.Gv)(value) && (0,definition_pointer/* isObject */.Gv)(value.properties) ? value.properties : {});
    return (0,apiProperties/* diffApiProperties */.Z)({ properties: properties(old.apiProperties.value), script: old.script?.bytes }, {
        properties: o.content.apiProperties.properties,
        script: o.content.script,
        file: doc.source,
        scriptFile: project.script?.source,
        lineOf: doc.lineOf,
    }, { ignoreRules: settings.ignoreRules });
}
/** The definition's drift with the properties' changes added (a drift report is made when only they differ). */
function withPropertyChanges(drift, changes, settings, newSource) {
    if (changes.length === 0)
        return drift;
    const all = [...(drift?.changes ?? []), ...changes];
    return {
        ...(drift ?? { baselineLabel: 'the baseline', newSource }),
        changes: all,
        verdict: (0,verdict/* driftVerdict */.Z)(all, settings.failOn),
    };
}

// EXTERNAL MODULE: ./src/connector/zip.ts
var zip = __webpack_require__(69116);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
;// CONCATENATED MODULE: ./src/export/packageFolder.ts
/**
 * The package folder is written only where that deletes nothing of anyone else's: a folder the action creates, an
 * empty one, or one holding exactly the package it wrote before (recorded, with each file's hash, in OWNED_LIST).
 * Its real path must lie inside the workspace or RUNNER_TEMP, so a symbolic link cannot send the files elsewhere.
 */






/** What connector-export wrote into the folder last time: file name -> size and crc32 of its content. */
const OWNED_LIST = '.connector-export-package.json';
/**
 * Tells whether a file still holds what the action wrote (a person or a later step may have changed it). A check
 * against accidents, not an adversary: whoever can write into the folder can delete its files anyway.
 */
const fingerprint = (bytes) => `${bytes.length}:${(0,hashes/* crc32 */.QR)(bytes).toString(16).padStart(8, '0')}`;
function refuse(dir, why) {
    throw new errors/* InputError */.dz('package-path', `'${dir}' ${why}`, 'Name a new or empty folder (e.g. out/connector-package), or leave the input out to use one under RUNNER_TEMP: connector-export never deletes files it did not write.');
}
/** The files of an earlier package that may be replaced; refuses a folder holding anything else. */
function earlierPackage(dir) {
    const entries = (0,external_node_fs_.readdirSync)(dir);
    if (entries.length === 0)
        return [];
    let owned = {};
    try {
        owned = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, OWNED_LIST), 'utf8')).files;
    }
    catch {
        // no list (or not ours): every entry counts as someone else's
    }
    const foreign = [];
    for (const name of entries) {
        if (name === OWNED_LIST)
            continue;
        const file = external_node_path_default().join(dir, name);
        const info = (0,external_node_fs_.lstatSync)(file);
        if (!info.isFile() || !Object.hasOwn(owned, name) || owned[name] !== fingerprint((0,external_node_fs_.readFileSync)(file))) {
            foreign.push(name);
        }
    }
    if (foreign.length > 0) {
        const listed = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
        refuse(dir, `holds files connector-export did not write (or that changed since): ${listed}.`);
    }
    return entries;
}
/**
 * Writes the package files into `dir` (see the module comment) and returns their paths. `roots` are the folders
 * the package may go in: the workspace and RUNNER_TEMP.
 */
async function writePackageFolder(dir, files, roots) {
    const real = await (0,workspace/* realPathOf */.dN)(dir);
    const realRoots = await Promise.all(roots.map(workspace/* realPathOf */.dN));
    if (!realRoots.some((root) => real !== root && (0,workspace/* isWithin */.UO)(real, root)) ||
        realRoots.some((root) => (0,workspace/* isWithin */.UO)(root, real))) {
        refuse(dir, 'leads (through a symbolic link) outside the workspace and RUNNER_TEMP, or holds them.');
    }
    const info = (0,workspace/* lstatOrUndefined */.YB)(dir);
    if (info && !info.isDirectory())
        refuse(dir, 'is not a folder.');
    for (const name of info ? earlierPackage(dir) : [])
        (0,external_node_fs_.unlinkSync)(external_node_path_default().join(dir, name));
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const owned = {};
    for (const file of files) {
        const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
        // `wx`: never through a link or over a file that appeared meanwhile.
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, file.name), bytes, { flag: 'wx' });
        owned[file.name] = fingerprint(bytes);
    }
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, OWNED_LIST), (0,json/* jsonFile */.d_)({ files: owned }), { flag: 'wx' });
    return files.map((f) => external_node_path_default().join(dir, f.name));
}

;// CONCATENATED MODULE: ./src/export/manual.ts





/** Text files without registered secrets; a text left as it was is given as its bytes when they are at hand. */
function redactedFiles(files) {
    return files.map(({ name, content, utf8 }) => {
        if (typeof content !== 'string')
            return { name, content };
        const redacted = (0,secrets/* redactSecrets */.f)(content);
        return { name, content: redacted === content && utf8 ? utf8 : redacted };
    });
}
/**
 * Manual mode: build the import package (paconn's files, IMPORT.md and solution.zip), write it to `packagePath`
 * and upload it as a workflow artifact.
 */
async function exportManual(input) {
    const { connectorName } = input.content;
    const schemaName = (0,connector_solution/* connectorSchemaName */.Ed)(input.solution.publisherPrefix, connectorName);
    // Secrets out of every text file before solution.zip is built from them: the package leaves the process.
    const files = redactedFiles((0,connector_package/* packageFiles */.i9)(input.content, {
        options: input.options,
        source: input.source,
        solution: {
            file: connector_solution/* SOLUTION_FILE */.hq,
            uniqueName: input.solution.uniqueName,
            version: input.solution.version,
            schemaName,
        },
    }));
    const solution = (0,connector_solution/* buildSolution */.Qp)((0,connector_solution/* solutionConnectorOf */.i2)(files, connectorName, input.content.definition), {
        ...input.solution,
        connectorId: (0,connector_solution/* defaultConnectorId */.aA)(schemaName),
    });
    // The solution's XML quotes the definition's description, taken from the value rather than the redacted text.
    files.push({ name: connector_solution/* SOLUTION_FILE */.hq, content: await (0,zip/* zipEntries */.u)(redactedFiles(solution)) });
    const written = await writePackageFolder(input.packagePath, files, input.packageRoots);
    const report = {
        mode: 'manual',
        exported: true,
        connectorName: input.content.connectorName,
        packagePath: input.packagePath,
        files: files.map((f) => f.name),
    };
    if (!input.store) {
        report.note =
            'Not running on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN): the package was written but not uploaded.';
        return report;
    }
    const uploaded = await input.store.upload(input.artifactName, input.packagePath, written, input.retentionDays);
    report.artifact = { name: input.artifactName, id: uploaded.id, url: uploaded.url };
    return report;
}

;// CONCATENATED MODULE: ./src/stages/export.ts





function authSettings(settings) {
    const e = settings.express;
    return {
        kind: e.auth ?? 'oidc',
        tenantId: e.tenantId,
        clientId: e.clientId,
        clientSecret: e.clientSecret,
        token: e.token,
        authorityHost: e.authorityHost,
    };
}
function connectorSpec(c) {
    return {
        content: c.content,
        options: c.settings.connector,
        iconFileName: c.iconFileName,
        solution: {
            ...c.settings.solution,
            uniqueName: c.settings.solution.uniqueName ?? (0,connector_solution/* defaultSolutionName */.yV)(c.content.connectorName),
        },
    };
}
/** Express mode's plan (sign-in, the service's validation when asked, create/update/up to date). */
async function planExpressExport(c) {
    const e = c.settings.express;
    if (e.environmentUrl !== undefined) {
        // Its own module, loaded only on this route.
        const { planDataverse } = await __webpack_require__.e(/* import() */ 126).then(__webpack_require__.bind(__webpack_require__, 6126));
        return planDataverse({
            ...connectorSpec(c),
            environmentUrl: e.environmentUrl,
            powerAppsUrl: e.powerAppsUrl,
            apiVersion: e.apiVersion,
            auth: authSettings(c.settings),
            secretVariable: e.oauthClientSecretVariable,
            force: e.forceUpdate,
            importTimeoutMs: e.importTimeoutMs,
            getIdToken: c.getIdToken,
            log: c.log,
        });
    }
    const input = {
        ...connectorSpec(c),
        environment: e.environment ?? '',
        connectorId: c.connectorId,
        powerAppsUrl: e.powerAppsUrl,
        apiVersion: e.apiVersion,
        auth: authSettings(c.settings),
        oauthClientSecret: e.oauthClientSecret,
        validateRemotely: e.validateRemotely,
        force: e.forceUpdate,
        getIdToken: c.getIdToken,
        log: c.log,
    };
    // The Power Apps route's modules load here, on first use (README, "Start-up cost").
    const { planExpress } = await __webpack_require__.e(/* import() */ 132).then(__webpack_require__.bind(__webpack_require__, 23132));
    return planExpress(input);
}
/** Why nothing may be exported in this run, or undefined when the export may go ahead. */
function exportBlocker(settings, counts, validationFails, drift) {
    // A definition the platform rejects is handed to no one.
    if (validationFails) {
        return `the definition has ${counts.errors} validation error(s) and ${counts.warnings} warning(s), and 'fail-on-validation' is '${settings.failOnValidation}'.`;
    }
    // Express mode changes a live connector: drift that fails the step must not have been registered first.
    if (settings.mode === 'express' && drift?.verdict.fail) {
        return `the registered connector was left as it is: ${drift.verdict.breaking} breaking change(s) and ${drift.verdict.warnings} warning(s) against ${drift.baselineLabel}, and 'fail-on' is '${settings.failOn}'. To register it anyway, set 'fail-on: never' for this run or ignore the rules in 'ignore-rules'.`;
    }
    return undefined;
}
/** `dry-run: auto` plans only on pull requests: a PR never changes a registered connector. */
function isDryRun(settings, event) {
    if (settings.express.dryRun !== 'auto')
        return settings.express.dryRun === 'true';
    return event?.eventName.startsWith('pull_request') ?? false;
}
/** The export report of a run that exported nothing, with why (`note`). */
function notExported(c, note) {
    const { mode } = c.settings;
    return mode === 'manual'
        ? { mode, exported: false, connectorName: c.content.connectorName, packagePath: '', files: [], note }
        : {
            mode,
            exported: false,
            dryRun: false,
            action: 'create',
            connectorName: c.content.connectorName,
            environment: c.settings.express.environmentUrl ?? c.settings.express.environment ?? '',
            reasons: [],
            warnings: [],
            note,
        };
}
/**
 * Exports (or explains why not). A failed upload or registration does not throw: the drift and validation report
 * must still be published, so the failure comes back in `failure` and in the report's note.
 */
async function runExport(c, express, blocked) {
    try {
        if (blocked)
            return { exported: notExported(c, blocked) };
        if (c.settings.mode === 'manual') {
            const exported = await exportManual({
                ...connectorSpec(c),
                source: {
                    location: c.source,
                    version: c.event?.pullRequest?.headSha ?? c.event?.sha,
                    format: c.sourceVersion,
                },
                packagePath: c.packagePath,
                packageRoots: [c.settings.workspace, c.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()],
                artifactName: c.artifactName,
                retentionDays: c.settings.retentionDays,
                store: isArtifactRuntimeAvailable(c.env) ? new GitHubArtifactStore(c.env) : undefined,
            });
            return { exported };
        }
        if (!express)
            return { exported: notExported(c, undefined) };
        const dryRun = isDryRun(c.settings, c.event);
        if (express.route === 'dataverse') {
            const { applyDataverse } = await __webpack_require__.e(/* import() */ 126).then(__webpack_require__.bind(__webpack_require__, 6126));
            return {
                exported: await applyDataverse(express, { dryRun, connectorName: c.content.connectorName, log: c.log }),
            };
        }
        const { applyExpress } = await __webpack_require__.e(/* import() */ 132).then(__webpack_require__.bind(__webpack_require__, 23132));
        const exported = await applyExpress(express, {
            dryRun,
            connectorName: c.content.connectorName,
            environment: c.settings.express.environment ?? '',
            log: c.log,
        });
        return { exported };
    }
    catch (error) {
        const failure = error instanceof Error ? error.message : String(error);
        const hint = error instanceof errors/* ConnectorExportError */.Gy && error.hint ? ` What to do: ${error.hint}` : '';
        return { exported: notExported(c, `the export failed: ${failure.replace(/\.$/, '')}.${hint}`), failure };
    }
}

// EXTERNAL MODULE: ./src/validation/index.ts + 16 modules
var validation = __webpack_require__(32276);
;// CONCATENATED MODULE: ./src/pipeline/runConnector.ts
/**
 * One connector, start to finish: read -> (OpenAPI 3 -> 2.0) -> validate -> diff -> export. No publishing and no
 * Actions runtime here: the action maps this over its connectors and publishes one report; the CLI calls it too.
 */























/** Runs the pipeline for one connector. Never throws: a failure comes back as a ConnectorFailure. */
async function runConnector(o) {
    const { settings, location, event } = o;
    const files = location.kind === 'file' ? [location.display] : [];
    const base = external_node_path_default().join(o.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'connector-export');
    try {
        await (0,workspace/* checkWorkspaceFiles */.vk)(settings, location);
        // 1. Read: the definition and the connector's own files; OpenAPI 3 is converted here.
        const source = await (0,sources_project/* readConnectorSource */.fh)(location, {
            headers: settings.definitionHeaders,
            timeoutMs: settings.definitionTimeoutMs,
            azureCredential: () => (0,credential/* createCredential */.GO)(authSettings(settings), { getIdToken: o.getIdToken }),
            apiProperties: settings.apiPropertiesPath,
        });
        const definitionFile = location.kind === 'file' ? source.raw.source : undefined;
        const projectFiles = [source.project?.apiProperties, source.project?.settings, source.project?.script];
        files.push(...(definitionFile ? [definitionFile] : []), ...projectFiles.flatMap((f) => (f ? [f.source] : [])));
        const project = source.project ? (0,connector_project/* parseProject */.X)(source.project) : undefined;
        const { definition, sourceVersion, findings: conversionFindings, } = await prepareDefinition(source.raw, {
            server: settings.server,
        });
        const connectorName = settings.connectorName ?? infoTitle(definition.value) ?? 'connector';
        const slug = o.slug ?? slugOf(connectorName);
        const workDir = external_node_path_default().join(base, slug);
        const iconPath = settings.iconPath;
        const content = (0,connector_content/* connectorContent */.$)({
            definition: definition.value,
            ...(definition.format === 'json' && !definition.syntax
                ? { definitionText: definition.text, definitionUtf8: definition.utf8 }
                : {}),
            security: readSecurity(definition.value, definition),
            options: settings.connector,
            connectorName,
            hostOverride: settings.hostOverride,
            basePathOverride: settings.basePathOverride,
            project,
            icon: iconPath === undefined ? undefined : await readIcon(iconPath),
        });
        const connector = connectorIdFor(settings, project);
        const context = {
            settings,
            content,
            source: definition.source,
            sourceVersion,
            connectorId: connector.id,
            iconFileName: iconPath ? external_node_path_default().basename(iconPath) : project?.icon ? external_node_path_default().basename(project.icon.source) : undefined,
            packagePath: packagePathFor(settings, o.slug, workDir),
            artifactName: o.slug
                ? `${settings.artifactName ?? 'connector'}-${slug}`
                : (settings.artifactName ?? `connector-${slug}`),
            event,
            env: o.env,
            getIdToken: o.getIdToken,
            log: o.log,
        };
        // 2. Validate; express mode adds the service's own validation when asked.
        const ignored = new Set(settings.ignoreRules);
        const findings = [
            ...[...conversionFindings, ...content.findings, ...connector.findings].filter((f) => !ignored.has(f.rule)),
            ...(0,validation/* validateDefinition */.Gt)(definition, { ignoreRules: settings.ignoreRules }),
            ...(project ? (0,validation/* validateProject */.U$)(project, definition, { ignoreRules: settings.ignoreRules }) : []),
        ];
        const express = settings.mode === 'express' &&
            o.stopAfter === undefined &&
            !(0,report_findings/* failsValidation */.rh)((0,report_findings/* countFindings */.Gt)(findings), settings.failOnValidation)
            ? await planExpressExport(context)
            : undefined;
        if (express)
            findings.push(...express.remoteFindings);
        const counts = (0,report_findings/* countFindings */.Gt)(findings);
        const validationFails = (0,report_findings/* failsValidation */.rh)(counts, settings.failOnValidation);
        const report = {
            status: 'done',
            location,
            connectorName,
            slug,
            sourceVersion,
            definitionFile,
            findings,
            counts,
            validationFails,
            workDir,
            columnOf: o.columns && !sourceVersion.startsWith('3') ? (0,lines/* lineStartColumns */.Mz)(definition.text) : undefined,
        };
        // The line lookup holds the whole text: kept only for changes to place on the new file's lines.
        const kept = (drift) => ({
            source: definition.source,
            lineOf: drift?.changes.some((c) => c.newPointer === undefined && c.file === undefined)
                ? definition.lineOf
                : noLines,
        });
        if (o.stopAfter === 'validate')
            return { ...report, definition: kept() };
        // 3. Diff against the last exported copy.
        const baseline = await readBaseline(settings.baseline, {
            workspace: settings.workspace,
            // A folder's baseline is its definition file at the other commit.
            definition: definitionFile && location.kind === 'file' ? { ...location, display: definitionFile } : location,
            pullRequestBaseSha: event?.pullRequest?.baseSha,
        }, {
            artifact: artifactBaseline(o.env, event, context.artifactName, settings.githubToken, workDir),
            connector: express ? async () => express.registered : undefined,
        });
        const lineUrl = lineLinks(event, definitionFile);
        const propertyChanges = await comparePropertiesWithBaseline({
            settings,
            project,
            content,
            pullRequestBaseSha: event?.pullRequest?.baseSha,
            express,
            baseline,
        });
        const drift = withPropertyChanges(await compareWithBaseline(baseline, definition, settings, lineUrl), propertyChanges, settings, definition.source);
        if (o.stopAfter === 'diff')
            return { ...report, definition: kept(drift), lineUrl, drift };
        // 4. Export.
        const { exported, failure } = await runExport(context, express, exportBlocker(settings, counts, validationFails, drift));
        if (settings.updateBaseline && exported.exported && settings.baseline.kind === 'file') {
            // The same bytes as the package's apiDefinition.swagger.json: JSON, overrides applied.
            await (0,workspace/* writeWorkspaceFile */.dx)('baseline', settings.baseline.path, (0,connector_package/* definitionFileText */.BU)(content), settings.workspace);
            o.log(`Updated the baseline ${settings.baseline.display} with the exported definition.`);
        }
        return {
            ...report,
            definition: kept(drift),
            lineUrl,
            drift,
            exported,
            exportFailure: failure,
            registeredBreaking: settings.mode === 'express' ? await registeredBreaking(express, definition, settings, drift) : undefined,
        };
    }
    catch (error) {
        const slug = o.slug ?? 'connector';
        return { status: 'failed', location, label: location.display, slug, error, files, workDir: external_node_path_default().join(base, slug) };
    }
}
/**
 * The line lookup of a result that needs none. Module-level on purpose: a function made inside runConnector would
 * hold runConnector's whole scope (the definition, its text) for as long as the combined report keeps the result.
 */
const noLines = () => undefined;
/** Connectors in flight at once in manual mode: enough to overlap file I/O, few enough to bound memory. */
const CONCURRENT_CONNECTORS = 2;
/**
 * Every connector of the settings' `definition` (folders and patterns resolved), each independently: one that fails
 * never hides the others' results. Express mode registers one connector at a time: its log reads in order and the
 * service is not flooded.
 */
async function runConnectors(settings, o) {
    const locations = await (0,sources_project/* resolveConnectors */.dB)(settings.definitions, settings.workspace);
    const slugs = settings.multiple ? uniqueSlugs(locations) : [];
    return mapLimited(locations, settings.mode === 'express' ? 1 : CONCURRENT_CONNECTORS, (location, i) => runConnector({ ...o, settings, location, slug: slugs[i] }));
}
/**
 * The connector to update: the `connector-id` input, else the folder's settings.json, but only for the
 * environment that file names: an id from another environment would update nothing, or the wrong connector, so
 * the disagreement is reported and the connector is found by name.
 */
function connectorIdFor(settings, project) {
    if (settings.express.connectorId !== undefined)
        return { id: settings.express.connectorId, findings: [] };
    const file = project?.settings;
    // The Dataverse route (`environment-url`) finds the connector by its schema name: it reads no connector id.
    if (!file?.value.connectorId || settings.mode !== 'express' || settings.express.environmentUrl !== undefined) {
        return { findings: [] };
    }
    const environment = settings.express.environment;
    if (file.value.environment === undefined || file.value.environment === environment) {
        return { id: file.value.connectorId, findings: [] };
    }
    return {
        findings: [
            {
                rule: projectProperties/* INPUT_OVERRIDE_RULE */.vW,
                level: 'warning',
                message: `Input 'environment' is ${environment}, but ${file.source} names connector ${file.value.connectorId} in environment ${file.value.environment}: that id is not used, the connector is found by name in ${environment}.`,
                pointer: '/environment',
                file: file.source,
            },
        ],
    };
}
/** `package-path` is the package folder of a single connector, and the parent of each one's folder for several. */
function packagePathFor(settings, slug, workDir) {
    if (settings.packagePath === undefined)
        return external_node_path_default().join(workDir, 'package');
    return slug === undefined ? settings.packagePath : external_node_path_default().join(settings.packagePath, slug);
}
function infoTitle(value) {
    const info = (0,definition_pointer/* isObject */.Gv)(value) ? value.info : undefined;
    return (0,definition_pointer/* isObject */.Gv)(info) && typeof info.title === 'string' && info.title.trim() !== '' ? info.title.trim() : undefined;
}
/** One slug per connector of a run with several: from its folder or file name, made unique in order. */
function uniqueSlugs(locations) {
    const used = new Set();
    return locations.map((location) => {
        const name = location.kind === 'file'
            ? external_node_path_default().basename(location.display).replace(runConnector_DEFINITION_FILE, '') || external_node_path_default().basename(external_node_path_default().dirname(location.display))
            : location.display;
        const slug = slugOf(name);
        let unique = slug;
        for (let n = 2; used.has(unique); n++)
            unique = `${slug}-${n}`;
        used.add(unique);
        return unique;
    });
}
const runConnector_DEFINITION_FILE = /\.(json|ya?ml)$/i;

// EXTERNAL MODULE: ./src/drift/rules.ts
var rules = __webpack_require__(60556);
;// CONCATENATED MODULE: ./src/ruleIds.ts



/** Rule ids produced outside the two catalogues: the service's own validation, and the OpenAPI 3 conversion. */
const OTHER_RULE = /^(remote-validation|oas3-[a-z0-9-]+)$/;
/** The ids in `ignore-rules` that no rule has: a typo there would silently ignore nothing. */
function unknownRuleIds(ids) {
    const known = new Set([
        ...validation/* validationRules */.tU.map((r) => r.id),
        ...rules/* driftRules */.x.map((r) => r.id),
        ...apiProperties/* apiPropertiesDriftRules */.q.map((r) => r.id),
    ]);
    return ids.filter((id) => !known.has(id) && !OTHER_RULE.test(id));
}

;// CONCATENATED MODULE: ./src/cli/engine.ts





function cliSettings(inputs, workspace, mask) {
    // The runner's temporary folder is where the action may write outside the workspace; on the command line that is
    // the folder that holds --out, which the user named on purpose (never the workspace itself: readSettings checks).
    const out = inputs.values['package-path'];
    const env = { GITHUB_WORKSPACE: workspace, ...(out ? { RUNNER_TEMP: external_node_path_default().dirname(out) } : {}) };
    try {
        return readSettings({ get: (name) => inputs.values[name] ?? '' }, env, mask);
    }
    catch (error) {
        throw asArgumentError(error, inputs.flags);
    }
}
/** An InputError re-addressed to the command-line argument that carries the input: `<definition>: ...`. */
function asArgumentError(error, flags) {
    if (!(error instanceof errors/* InputError */.dz))
        return error;
    const flag = flags[error.input] ?? `--${error.input}`;
    const detail = error.message.slice(`Input '${error.input}': `.length);
    const hint = error.hint?.replace(/'([a-z-]+)'/g, (whole, name) => (flags[name] ? `'${flags[name]}'` : whole));
    return new errors/* ConnectorExportError */.Gy(`${flag}: ${detail}`, hint);
}
/**
 * Runs the pipeline for every connector the arguments name, up to `stopAfter`. A single connector that cannot be
 * read stops the command (its error is the message); with several, the others' results still come back.
 */
async function runPipeline(inputs, workspace, c, stopAfter) {
    const settings = cliSettings(inputs, workspace, c.mask);
    const unknown = unknownRuleIds(settings.ignoreRules);
    if (unknown.length > 0) {
        c.warn(`--ignore-rules: no rule has the id ${unknown.map((id) => `'${id}'`).join(', ')}; the README lists the rule ids.`);
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
    }
    catch (error) {
        throw asArgumentError(error, inputs.flags);
    }
    const runs = [];
    const errors = [];
    for (const r of results) {
        if (r.status === 'done')
            runs.push(r);
        else
            errors.push({ label: r.label, error: asArgumentError(r.error, inputs.flags) });
    }
    if (runs.length === 0 && errors.length === 1)
        throw errors[0].error;
    return { settings, runs, errors };
}


/***/ }),

/***/ 45450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gU: () => (/* binding */ isUrl),
/* harmony export */   lA: () => (/* binding */ workspaceFor),
/* harmony export */   lv: () => (/* binding */ asInput)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Whether a definition argument is a URL rather than a path. */
const isUrl = (arg) => /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
/**
 * The folder the action would call the workspace: paths in reports are relative to it. The working directory, or,
 * when an argument lies outside it, the closest folder that holds them all (the action refuses paths outside).
 */
function workspaceFor(cwd, args) {
    let root = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd);
    for (const arg of args) {
        if (arg === undefined || arg === '' || isUrl(arg))
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, arg);
        while (node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, full).startsWith('..'))
            root = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(root);
    }
    return root;
}
/** An argument as the action's input would give it: relative to the workspace (URLs as they are). */
function asInput(arg, cwd, workspace) {
    if (arg === undefined || arg === '' || isUrl(arg))
        return arg ?? '';
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, arg)) || '.';
}


/***/ }),

/***/ 36654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ connectorContent)
/* harmony export */ });
/* harmony import */ var _overrides_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22374);
/* harmony import */ var _projectProperties_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34855);


function connectorContent(input) {
    const { project } = input;
    const resolved = (0,_projectProperties_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveApiProperties */ .Ml)(project, input.security, input.options);
    const settings = project?.settings?.value;
    return {
        connectorName: input.connectorName,
        definition: (0,_overrides_js__WEBPACK_IMPORTED_MODULE_0__/* .applyOverrides */ .i)(input.definition, input.hostOverride, input.basePathOverride),
        ...(input.definitionText !== undefined && input.hostOverride === undefined && input.basePathOverride === undefined
            ? {
                definitionText: input.definitionText,
                ...(input.definitionUtf8 ? { definitionUtf8: input.definitionUtf8 } : {}),
            }
            : {}),
        apiProperties: resolved.apiProperties,
        ownApiProperties: project?.apiProperties !== undefined,
        ...(project?.script ? { script: project.script.bytes } : {}),
        ...((input.icon ?? project?.icon) ? { icon: input.icon ?? project?.icon?.bytes } : {}),
        security: input.security,
        ...(settings?.connectorId === undefined ? {} : { connectorId: settings.connectorId }),
        ...(settings?.environment === undefined ? {} : { environment: settings.environment }),
        findings: resolved.findings,
    };
}


/***/ }),

/***/ 22374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ applyOverrides)
/* harmony export */ });
/* harmony import */ var _definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57060);

/** A copy of the definition with `host`/`basePath` replaced (in place in the key order, else appended). */
function applyOverrides(definition, host, basePath) {
    if (host === undefined && basePath === undefined)
        return definition;
    if (!(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(definition))
        return definition;
    return {
        ...definition,
        ...(host === undefined ? {} : { host }),
        ...(basePath === undefined ? {} : { basePath }),
    };
}


/***/ }),

/***/ 1493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iu: () => (/* reexport */ overrides/* applyOverrides */.i),
  BU: () => (/* binding */ definitionFileText),
  i9: () => (/* binding */ packageFiles)
});

// UNUSED EXPORTS: buildPackage

// EXTERNAL MODULE: ./src/definition/json.ts
var json = __webpack_require__(54783);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var pointer = __webpack_require__(57060);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/connector/content.ts
var content = __webpack_require__(36654);
;// CONCATENATED MODULE: ./src/connector/connectionParameters.ts
/**
 * What a connection asks for, as the connector's own apiProperties.json defines it (`connectionParameters`, or the
 * alternatives of `connectionParameterSets`): one row per parameter for IMPORT.md. Never a value a user enters:
 * defaults are named only for plain parameters, never for a secure string or an OAuth setting.
 */

/** The parameters of apiProperties.json's `properties`; undefined when it defines none. */
function connectionParametersOf(properties) {
    const sets = properties.connectionParameterSets;
    if ((0,pointer/* isObject */.Gv)(sets) && Array.isArray(sets.values) && sets.values.length > 0) {
        return {
            choice: connectionParameters_text((0,pointer/* isObject */.Gv)(sets.uiDefinition) ? sets.uiDefinition.displayName : undefined),
            groups: sets.values.filter(pointer/* isObject */.Gv).map((set) => ({
                name: connectionParameters_text(set.name),
                displayName: connectionParameters_text((0,pointer/* isObject */.Gv)(set.uiDefinition) ? set.uiDefinition.displayName : undefined),
                rows: rowsOf(set.parameters),
            })),
        };
    }
    const rows = rowsOf(properties.connectionParameters);
    return rows.length > 0 ? { groups: [{ rows }] } : undefined;
}
function rowsOf(parameters) {
    if (!(0,pointer/* isObject */.Gv)(parameters))
        return [];
    return Object.entries(parameters).map(([name, parameter]) => {
        const p = (0,pointer/* isObject */.Gv)(parameter) ? parameter : {};
        return { name, type: typeOf(p), enter: whatToEnter(p) };
    });
}
function typeOf(p) {
    const type = connectionParameters_text(p.type) ?? 'unknown';
    switch (type.toLowerCase()) {
        case 'securestring':
            return 'secure string';
        case 'oauthsetting': {
            const settings = (0,pointer/* isObject */.Gv)(p.oAuthSettings) ? p.oAuthSettings : {};
            const provider = connectionParameters_text(settings.identityProvider);
            return provider ? `OAuth 2.0 (${provider})` : 'OAuth 2.0';
        }
        case 'gatewaysetting':
            return 'on-premises data gateway';
        default:
            return type;
    }
}
function whatToEnter(p) {
    const ui = (0,pointer/* isObject */.Gv)(p.uiDefinition) ? p.uiDefinition : {};
    const constraints = (0,pointer/* isObject */.Gv)(ui.constraints) ? ui.constraints : {};
    const type = (connectionParameters_text(p.type) ?? '').toLowerCase();
    const parts = [];
    const label = connectionParameters_text(ui.displayName);
    const about = connectionParameters_text(ui.description) ?? connectionParameters_text(ui.tooltip);
    if (label || about)
        parts.push([label, about && about !== label ? about : undefined].filter(Boolean).join(': '));
    if (type === 'securestring') {
        parts.push('a secret: each user enters their own when creating a connection; never write it down here');
    }
    else if (type === 'oauthsetting') {
        parts.push("each user signs in when creating a connection; the connector's client ID and secret are set on its Security tab");
    }
    else if (type === 'gatewaysetting') {
        parts.push('the on-premises data gateway the connection goes through');
    }
    if (isTrue(constraints.hidden))
        parts.push('hidden: the connector sets it');
    else if (isTrue(constraints.required))
        parts.push('required');
    const allowed = Array.isArray(constraints.allowedValues)
        ? constraints.allowedValues.map((v) => ((0,pointer/* isObject */.Gv)(v) ? (connectionParameters_text(v.text) ?? connectionParameters_text(v.value)) : connectionParameters_text(v))).filter(Boolean)
        : [];
    if (allowed.length > 0)
        parts.push(`allowed values: ${allowed.join(', ')}`);
    // Only a plain parameter's default: a secure one's would be a credential.
    const shown = type !== 'securestring' && type !== 'oauthsetting' ? connectionParameters_text(p.defaultValue) : undefined;
    if (shown !== undefined)
        parts.push(`default value: ${shown}`);
    return parts.join('; ');
}
const isTrue = (value) => value === true || value === 'true';
/** A non-empty string (numbers and booleans as written), else undefined. */
function connectionParameters_text(value) {
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// EXTERNAL MODULE: ./src/connector/apiProperties.ts
var apiProperties = __webpack_require__(83670);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/connector/settings.ts
var connector_settings = __webpack_require__(48554);
;// CONCATENATED MODULE: ./src/connector/importGuide.ts



const SECRET_HANDOVER = 'never in this package: hand it over through a secret store or password manager';
/** The Security-tab values for a scheme, in the portal's order. */
function importValues(security, options) {
    const known = (field, value) => ({ field, value, inPackage: true });
    const collect = (field, value, from, members) => value === '' ? { field, collect: from, inPackage: true, members } : known(field, value);
    switch (security.kind) {
        case 'none':
            return [known('Authentication type', 'No authentication')];
        case 'apiKey':
            return [
                known('Authentication type', 'API Key'),
                known('Parameter label', (0,apiProperties/* apiKeyLabel */.oT)(security, options)),
                known('Parameter name', security.name),
                known('Parameter location', security.in === 'header' ? 'Header' : 'Query'),
            ];
        case 'basic':
            return [
                known('Authentication type', 'Basic authentication'),
                known('Username parameter label', apiProperties/* BASIC_LABELS */.J2.username),
                known('Password parameter label', apiProperties/* BASIC_LABELS */.J2.password),
            ];
        case 'oauth2': {
            const v = (0,apiProperties/* oauthValues */.gu)(security, options);
            const clientId = collect('Client ID', v.clientId, security.identityProvider === 'aad'
                ? "the Application (client) ID of the connector's app registration"
                : 'the client ID of the OAuth client registered for the connector with the API provider', ['clientId']);
            const secret = {
                field: 'Client secret',
                collect: `a client secret of that same registration, ${SECRET_HANDOVER}`,
                inPackage: false,
            };
            const scope = known('Scope', v.scopes.join(' '));
            if (security.identityProvider === 'aad') {
                return [
                    known('Authentication type', 'OAuth 2.0'),
                    known('Identity provider', 'Azure Active Directory'),
                    clientId,
                    secret,
                    known('Login URL', v.loginUri),
                    known('Tenant ID', v.tenantId),
                    collect('Resource URL', v.resourceUri, "the Application ID URI of the API's app registration (Expose an API), e.g. api://<app-id>", ['customParameters.resourceUri.value', 'properties.AzureActiveDirectoryResourceId']),
                    known('Enable on-behalf-of login', 'false'),
                    scope,
                ];
            }
            return [
                known('Authentication type', 'OAuth 2.0'),
                known('Identity provider', 'Generic Oauth 2'),
                clientId,
                secret,
                collect('Authorization URL', v.authorizationUrl, "the API provider's authorization endpoint", [
                    'customParameters.authorizationUrl.value',
                ]),
                collect('Token URL', v.tokenUrl, "the API provider's token endpoint", ['customParameters.tokenUrl.value']),
                collect('Refresh URL', v.refreshUrl, "the API provider's refresh endpoint (usually the token URL)", [
                    'customParameters.refreshUrl.value',
                ]),
                scope,
            ];
        }
    }
}
/** IMPORT.md: how to turn the package into a custom connector, and exactly which values to collect first. */
function renderImportGuide(input) {
    const { security, options } = input;
    const values = importValues(security, options);
    const isOAuth = security.kind === 'oauth2';
    const out = [`# Import the custom connector '${input.connectorName}'`, ''];
    out.push('This folder holds a Power Platform custom connector, exported for import by hand.', '');
    if (input.source) {
        const version = input.source.version ? ` at ${code(input.source.version)}` : '';
        out.push(`- Source: ${code(input.source.location)}${version}`);
        if (input.source.format && input.source.format !== '2.0') {
            out.push(`- Source format: OpenAPI ${input.source.format}, converted to Swagger 2.0 (the only format the platform imports)`);
        }
    }
    if (input.definitionVersion)
        out.push(`- API version (\`info.version\`): ${code(input.definitionVersion)}`);
    if (input.host)
        out.push(`- Host: ${code(input.host)}, base URL: ${code(input.basePath ?? '/')}`);
    out.push(`- Security: ${describe(security)}`, '');
    out.push('> [!WARNING]', "> Never share the API's own credentials (API keys, function keys, passwords) with anyone, and never add", '> them to this package: each user enters their own when they create a connection.', ...(isOAuth
        ? [
            "> The connector's client secret is a secret too: hand it over through a secret store or password manager,",
            '> never in this package, an issue, a chat or an email.',
        ]
        : []), '');
    out.push('## Files', '');
    out.push(`- \`${connector_settings/* PACKAGE_FILES */.$I.apiDefinition}\`: the OpenAPI 2.0 definition to import.`);
    out.push(input.ownApiProperties
        ? `- \`${connector_settings/* PACKAGE_FILES */.$I.apiProperties}\`: the connector's own properties (connection parameters, policy templates, script operations), as in its folder.`
        : `- \`${connector_settings/* PACKAGE_FILES */.$I.apiProperties}\`: connection parameters (security) for paconn.`);
    out.push(`- \`${connector_settings/* PACKAGE_FILES */.$I.settings}\`: paconn settings.`);
    if (input.hasIcon)
        out.push(`- \`${connector_settings/* PACKAGE_FILES */.$I.icon}\`: the connector icon.`);
    if (input.hasScript) {
        out.push(`- \`${connector_settings/* PACKAGE_FILES */.$I.script}\`: custom code. paconn uploads it (settings.json names it); in the portal, paste it on the **Code** tab.`);
    }
    if (input.solution) {
        out.push(`- \`${input.solution.file}\`: the same connector as an unmanaged Dataverse solution (see *Or import the solution* below).`);
    }
    out.push('');
    out.push('## Values to collect before you start', '');
    out.push('| Security tab field | Value |', '|---|---|');
    for (const v of values) {
        const cell = v.value !== undefined ? (v.value === '' ? '(empty)' : code(v.value)) : `**To collect:** ${v.collect}`;
        out.push(`| ${v.field} | ${escapeCell(cell)} |`);
    }
    out.push('');
    out.push(...securityNotes(security));
    if (input.connectionParameters)
        out.push(...connectionParameterSection(input.connectionParameters));
    out.push('## Import in the Power Apps or Power Automate portal', '');
    const brand = options.iconBrandColor ?? apiProperties/* DEFAULT_ICON_BRAND_COLOR */.cD;
    out.push('1. Sign in to https://make.powerapps.com (or https://make.powerautomate.com) and select the target environment.', '2. Open **Custom connectors** (Power Apps: *More* > *Discover all* > *Custom connectors*; Power Automate: *Data* > *Custom connectors*).', `3. Select **New custom connector** > **Import an OpenAPI file**, name it ${code(input.connectorName)}, choose \`${connector_settings/* PACKAGE_FILES */.$I.apiDefinition}\` and select **Continue**.`, `4. **General**: check the host and base URL${input.hasIcon ? `, upload \`${connector_settings/* PACKAGE_FILES */.$I.icon}\`` : ''}, set the icon background colour to ${code(brand)}.`, '5. **Security**: enter the values from the table above.', '6. **Definition**: review the actions, then select **Create connector**.');
    if (isOAuth)
        out.push('7. Register the redirect URL with the identity provider (see below), then test a connection.');
    else
        out.push('7. **Test**: create a connection and run an operation.');
    out.push('');
    if (isOAuth)
        out.push(...redirectSection((0,apiProperties/* oauthValues */.gu)(security, options).redirectMode, security.identityProvider));
    out.push('## Or with the paconn CLI', '');
    const empty = values.filter((v) => v.inPackage && v.value === undefined);
    if (empty.length > 0) {
        out.push(`First fill in the values left empty in \`${connector_settings/* PACKAGE_FILES */.$I.apiProperties}\` (under \`connectionParameters.token.oAuthSettings\`):`, '', ...empty.map((v) => `- ${v.field}: ${(v.members ?? []).map((m) => `\`${m}\``).join(' and ')}`), '');
    }
    if (input.solution)
        out.push(...solutionSection(input.solution, security));
    out.push('```sh', 'pip install paconn', 'paconn login');
    out.push(isOAuth
        ? 'paconn create --settings settings.json --secret "$CONNECTOR_CLIENT_SECRET"'
        : 'paconn create --settings settings.json');
    out.push('```', '');
    out.push('paconn asks for the environment when `settings.json` names none. ' +
        'Put the printed connector id in `settings.json` (`connectorId`) to update it later with `paconn update --settings settings.json`.');
    if (isOAuth) {
        out.push('', 'Read the client secret into `CONNECTOR_CLIENT_SECRET` from your secret store (e.g. `read -rs CONNECTOR_CLIENT_SECRET`), never type it inline: command lines end up in shell history.');
    }
    out.push('');
    return out.join('\n');
}
/** The connection parameters of the connector's own apiProperties.json: names, types and what to enter. */
function connectionParameterSection(parameters) {
    const out = [
        `### What a connection asks for (\`${connector_settings/* PACKAGE_FILES */.$I.apiProperties}\`)`,
        '',
        `The connector's own \`${connector_settings/* PACKAGE_FILES */.$I.apiProperties}\` defines these connection parameters: paconn and the solution`,
        'import keep them, and each user fills them in when creating a connection. No value of them is in this package.',
        '',
    ];
    const { groups } = parameters;
    if (groups.length > 1 || groups[0]?.name !== undefined) {
        const choice = parameters.choice ? ` (${(0,markdown/* escapeMarkdown */.FV)(parameters.choice)})` : '';
        out.push(`It offers ${groups.length} ways to connect${choice}; the user picks one.`, '');
    }
    for (const group of groups) {
        if (group.name !== undefined || group.displayName !== undefined) {
            const name = group.name === undefined ? '' : ` (${code(group.name)})`;
            out.push(`#### ${(0,markdown/* escapeMarkdown */.FV)(group.displayName ?? group.name ?? '')}${name}`, '');
        }
        if (group.rows.length === 0) {
            out.push('No parameters.', '');
            continue;
        }
        out.push('| Parameter | Type | What to enter |', '|---|---|---|');
        for (const row of group.rows) {
            out.push(`| ${escapeCell(code(row.name))} | ${(0,markdown/* escapeMarkdown */.FV)(row.type)} | ${(0,markdown/* escapeMarkdown */.FV)(row.enter) || '-'} |`);
        }
        out.push('');
    }
    return out;
}
/** The solution route: three ways to import solution.zip, and what the solution cannot carry. */
function solutionSection(solution, security) {
    const out = [
        '## Or import the solution',
        '',
        `\`${solution.file}\` is the unmanaged solution ${code(solution.uniqueName)} (version ${code(solution.version)}) holding only this`,
        `connector, as ${code(solution.schemaName)}. It needs an environment with Dataverse, and it is how a service principal`,
        'can create the connector (app-only sign-in cannot create connectors through the portal APIs). Import it one of three ways:',
        '',
        `- **Maker portal**: https://make.powerapps.com > the environment > **Solutions** > **Import solution** > **Browse**, choose \`${solution.file}\`, **Next** > **Import**.`,
        `- **Power Platform CLI**: \`pac auth create --environment https://<org>.crm<N>.dynamics.com\`, then \`pac solution import --path ${solution.file}\`.`,
        `- **GitHub Actions**: \`microsoft/powerplatform-actions/import-solution@v1\` with \`environment-url\`, \`app-id\`, \`tenant-id\`, \`client-secret\` and \`solution-file: ${solution.file}\`` +
            ' (the app registered as an application user of the environment).',
        '',
        'Importing a later export updates the same connector (same connector id, higher solution version). After the first import:',
        '',
    ];
    const steps = [];
    if (security.kind === 'oauth2') {
        steps.push('Enter the **client secret** once: Custom connectors > the connector > **Edit** > **Security** > Client secret > **Update connector**.' +
            ' Dataverse stores no connector secret, so the solution carries none. Enter there too any value the table above leaves to collect.', "Copy the connector's **Redirect URL** from the same Security tab and register it with the identity provider (see *Redirect URL*).");
    }
    steps.push("Share the connector: a connector imported in a solution is shared with no one. Custom connectors > the connector > **Share** (or share the solution's app or flow).");
    out.push(...steps.map((s, i) => `${i + 1}. ${s}`), '');
    return out;
}
function describe(security) {
    switch (security.kind) {
        case 'none':
            return 'none';
        case 'apiKey':
            return `API key in the ${security.in} ${code(security.name)}`;
        case 'basic':
            return 'basic authentication';
        case 'oauth2':
            return `OAuth 2.0 (${security.identityProvider === 'aad' ? 'Azure AD / Microsoft Entra ID' : 'generic'}, ${security.flow} flow)`;
    }
}
function securityNotes(security) {
    switch (security.kind) {
        case 'none':
            return ['The API needs no credentials: there is nothing to collect.', ''];
        case 'apiKey':
            return [
                'The key itself is not part of the connector: every user enters their own when they create a connection.',
                'When the API is an Azure Functions app, the key is a function key: Azure portal > the function app > *Functions* > *App keys*',
                "(a host key such as `default`) or a function's *Function Keys*, or `az functionapp keys list`. Functions accept",
                'it in the `x-functions-key` header or the `code` query parameter.',
                '',
            ];
        case 'basic':
            return ['Every user enters their own user name and password when they create a connection.', ''];
        case 'oauth2':
            return security.identityProvider === 'aad'
                ? [
                    'Azure AD (Microsoft Entra ID) needs two app registrations:',
                    '',
                    "1. **The API's**: *Expose an API* gives its Application ID URI (the resource URL above) and a scope such as `user_impersonation`.",
                    "2. **The connector's**: its Application (client) ID and a client secret go in the table above; under *API permissions* add a",
                    "   delegated permission to the API's scope (and grant consent); under *Authentication* add a *Web* redirect URI: the",
                    "   connector's redirect URL (below).",
                    '',
                ]
                : ['Register an OAuth client for the connector with the API provider; it gives the client ID and secret.', ''];
    }
}
function redirectSection(mode, identityProvider) {
    const where = identityProvider === 'aad'
        ? "the connector's app registration > *Authentication* > *Web* > *Redirect URIs*"
        : "the OAuth client's allowed redirect URIs at the API provider";
    const lines = ['## Redirect URL', ''];
    if (mode === 'GlobalPerConnector') {
        lines.push(`The connector gets its own redirect URL, \`${apiProperties/* GLOBAL_REDIRECT_URL */.Tp}/<connector-internal-name>\`, known only after creation.`, 'After **Create connector**, open the connector, go to **Security** and copy the **Redirect URL** shown at the bottom', `(keep *Update to unique redirect URL* selected), then add it to ${where}.`);
    }
    else {
        lines.push(`The package uses the shared redirect URL \`${apiProperties/* GLOBAL_REDIRECT_URL */.Tp}\` (the only value paconn's files accept), and the`, 'portal warns about connectors on it. After import, on the **Security** tab select *Update to unique redirect URL*,', `save, and copy the connector's own URL (\`${apiProperties/* GLOBAL_REDIRECT_URL */.Tp}/<connector-internal-name>\`) shown at the bottom;`, `add it to ${where}. Until then, register the shared URL there.`);
    }
    lines.push('');
    return lines;
}
/** Inline code that survives backticks in the value. */
function code(value) {
    return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}
function escapeCell(value) {
    return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

// EXTERNAL MODULE: ./src/connector/overrides.ts
var overrides = __webpack_require__(22374);
;// CONCATENATED MODULE: ./src/connector/package.ts









const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The portal refuses icons of 1 MB or more. */
const MAX_ICON_BYTES = 1024 * 1024;
/**
 * The manual-export package in paconn's layout, files in a fixed order. Same input, same bytes: nothing here
 * reads the clock or the environment.
 */
function buildPackage(input) {
    return packageFiles(connectorContent(input), input);
}
/** The package's files for content already resolved (see connectorContent). */
function packageFiles(content, input = { options: {} }) {
    if (content.icon !== undefined)
        checkIcon(content.icon, input.project?.icon?.source);
    const { definition } = content;
    const info = (0,pointer/* isObject */.Gv)(definition) && (0,pointer/* isObject */.Gv)(definition.info) ? definition.info : {};
    const text = (key) => (0,pointer/* isObject */.Gv)(definition) && typeof definition[key] === 'string' ? definition[key] : undefined;
    const hasIcon = content.icon !== undefined;
    const hasScript = content.script !== undefined;
    const settings = {
        connectorId: content.connectorId,
        environment: content.environment,
        ...input.settings,
    };
    const files = [
        {
            name: connector_settings/* PACKAGE_FILES */.$I.apiDefinition,
            content: definitionFileText(content),
            ...(content.definitionText !== undefined && content.definitionUtf8 ? { utf8: content.definitionUtf8 } : {}),
        },
        { name: connector_settings/* PACKAGE_FILES */.$I.apiProperties, content: (0,json/* jsonFile */.d_)(content.apiProperties) },
        { name: connector_settings/* PACKAGE_FILES */.$I.settings, content: (0,json/* jsonFile */.d_)((0,connector_settings/* buildSettings */.E6)(settings, hasIcon, hasScript)) },
    ];
    if (content.icon !== undefined)
        files.push({ name: connector_settings/* PACKAGE_FILES */.$I.icon, content: content.icon });
    if (content.script !== undefined)
        files.push({ name: connector_settings/* PACKAGE_FILES */.$I.script, content: content.script });
    files.push({
        name: connector_settings/* PACKAGE_FILES */.$I.guide,
        content: renderImportGuide({
            connectorName: content.connectorName,
            security: content.security,
            options: input.options,
            source: input.source,
            definitionVersion: typeof info.version === 'string' ? info.version : undefined,
            host: text('host'),
            basePath: text('basePath'),
            hasIcon,
            hasScript,
            ownApiProperties: content.ownApiProperties,
            connectionParameters: content.ownApiProperties
                ? connectionParametersOf(content.apiProperties.properties)
                : undefined,
            solution: input.solution,
        }),
    });
    return files;
}
/** The exported definition file's text (apiDefinition.swagger.json): the definition with its overrides, as JSON. */
function definitionFileText(content) {
    return content.definitionText ?? (0,json/* jsonFile */.d_)(content.definition);
}
/** `file` is the folder's icon.png when the icon came from there (else the `icon` input). */
function checkIcon(icon, file) {
    const fail = (message, hint) => {
        throw file === undefined ? new errors/* InputError */.dz('icon', message, hint) : new errors/* DefinitionError */.gk(file, message, { hint });
    };
    if (icon.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((byte, i) => icon[i] !== byte)) {
        fail('is not a PNG file.', 'Give a PNG image (paconn and the portal expect icon.png).');
    }
    if (icon.length >= MAX_ICON_BYTES) {
        fail(`is ${icon.length} bytes; the portal accepts less than 1 MB.`, 'Use a smaller PNG.');
    }
}


/***/ }),

/***/ 4510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readPaconnSettings),
/* harmony export */   X: () => (/* binding */ parseProject)
/* harmony export */ });
/* harmony import */ var _definition_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74970);
/* harmony import */ var _definition_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57060);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/** Parses what a source read; throws DefinitionError (file:line:column) for a file that is not JSON. */
function parseProject(raw) {
    const project = { folder: raw.folder, ...(raw.missing ? { missing: raw.missing } : {}) };
    if (raw.apiProperties)
        project.apiProperties = parseJsonFile(raw.apiProperties, 'apiProperties.json');
    if (raw.script) {
        project.script = {
            bytes: raw.script.bytes,
            text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(raw.script.bytes),
            source: raw.script.source,
        };
    }
    if (raw.icon)
        project.icon = { bytes: raw.icon.bytes, source: raw.icon.source };
    if (raw.settings)
        project.settings = { value: readPaconnSettings(raw.settings), source: raw.settings.source };
    return project;
}
/** settings.json's members, each a string when present (paconn's schema); anything else is named with its line. */
function readPaconnSettings(raw) {
    const doc = parseJsonFile(raw, 'settings.json');
    const value = doc.value;
    const settings = {};
    for (const key of ['connectorId', 'environment', 'apiDefinition', 'apiProperties', 'icon', 'script']) {
        const member = value[key];
        if (member === undefined)
            continue;
        if (typeof member !== 'string' || member.trim() === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DefinitionError */ .gk(raw.source, `'${key}' is ${JSON.stringify(member)}, not a name.`, {
                line: doc.lineOf(`/${key}`),
                hint: `Give '${key}' as a string (paconn's settings.json), or remove it.`,
            });
        }
        settings[key] = member;
    }
    return settings;
}
function parseJsonFile(raw, kind) {
    const doc = (0,_definition_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDefinition */ .JA)(raw.bytes, raw.source);
    if (doc.format !== 'json' || !(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(doc.value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DefinitionError */ .gk(raw.source, `is not a JSON object.`, {
            line: 1,
            hint: `${kind} is JSON, as paconn writes it.`,
        });
    }
    return doc;
}


/***/ }),

/***/ 48554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ PACKAGE_FILES),
/* harmony export */   E6: () => (/* binding */ buildSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_POWERAPPS_URL, DEFAULT_POWERAPPS_API_VERSION */
/** The file names of a paconn package; settings.json points at them. */
const PACKAGE_FILES = {
    apiDefinition: 'apiDefinition.swagger.json',
    apiProperties: 'apiProperties.json',
    settings: 'settings.json',
    icon: 'icon.png',
    script: 'script.csx',
    guide: 'IMPORT.md',
};
const DEFAULT_POWERAPPS_URL = 'https://api.powerapps.com';
const DEFAULT_POWERAPPS_API_VERSION = '2016-11-01';
function buildSettings(options = {}, hasIcon = false, hasScript = false) {
    return {
        ...(options.connectorId === undefined ? {} : { connectorId: options.connectorId }),
        ...(options.environment === undefined ? {} : { environment: options.environment }),
        apiProperties: PACKAGE_FILES.apiProperties,
        apiDefinition: PACKAGE_FILES.apiDefinition,
        ...(hasIcon ? { icon: PACKAGE_FILES.icon } : {}),
        ...(hasScript ? { script: PACKAGE_FILES.script } : {}),
        powerAppsUrl: options.powerAppsUrl ?? DEFAULT_POWERAPPS_URL,
        powerAppsApiVersion: options.powerAppsApiVersion ?? DEFAULT_POWERAPPS_API_VERSION,
    };
}


/***/ }),

/***/ 71348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ connectorSchemaName),
/* harmony export */   Qp: () => (/* binding */ buildSolution),
/* harmony export */   Rr: () => (/* binding */ connectorColumns),
/* harmony export */   Yc: () => (/* binding */ connectorDescription),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   aA: () => (/* binding */ defaultConnectorId),
/* harmony export */   hq: () => (/* binding */ SOLUTION_FILE),
/* harmony export */   i2: () => (/* binding */ solutionConnectorOf),
/* harmony export */   nl: () => (/* binding */ parseSolutionVersion),
/* harmony export */   yV: () => (/* binding */ defaultSolutionName)
/* harmony export */ });
/* unused harmony exports CONNECTOR_COMPONENT_TYPE, publisherUniqueName */
/* harmony import */ var _definition_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54783);
/* harmony import */ var _definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57060);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53719);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48554);
/**
 * The connector as an unmanaged Dataverse solution, in the layout the platform itself exports (see
 * ../shared/reference/solutions.md): `[Content_Types].xml`, `solution.xml`, `customizations.xml` and one
 * `Connector/<schema name>_<column>` file per file column. Pure: the zip's entries as data, no zip, no clock.
 */




/** The `connector` table's solution component type. */
const CONNECTOR_COMPONENT_TYPE = 372;
const SOLUTION_FILE = 'solution.zip';
/**
 * The connector's schema (logical) name as the platform writes it: `<prefix>_<display name>`, lower case, every
 * character outside [a-z0-9] as `-XX` (lower-case hex of its UTF-16 code unit): "Custom Connector" under `new`
 * is `new_custom-20connector`.
 */
function connectorSchemaName(publisherPrefix, displayName) {
    const encoded = [...displayName.toLowerCase()].map((c) => (/[a-z0-9]/.test(c) ? c : encodeChar(c))).join('');
    return `${publisherPrefix}_${encoded}`;
}
function encodeChar(c) {
    let out = '';
    for (let i = 0; i < c.length; i++)
        out += `-${c.charCodeAt(i).toString(16).padStart(2, '0')}`;
    return out;
}
/** A solution unique name from the connector name: letters, digits and `_`, starting with a letter. */
function defaultSolutionName(connectorName) {
    const words = connectorName
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1));
    const name = words.join('') || 'Connector';
    return /^[A-Za-z]/.test(name) ? name : `Connector${name}`;
}
// A fixed namespace, so that one schema name always gives one connector id (name-based UUID, RFC 9562 v5).
const CONNECTOR_ID_NAMESPACE = Buffer.from('6f0c4a3e9b2d4f1a8e7c5d3b1a09f8e7', 'hex');
/**
 * The connector id for a schema name that no environment has yet: the same every time, so that reimporting a
 * manual export (or rerunning express mode before the first import finished) updates the same connector.
 */
function defaultConnectorId(schemaName) {
    const hash = Buffer.from((0,_hashes_js__WEBPACK_IMPORTED_MODULE_1__/* .sha1 */ .e8)(Buffer.concat([CONNECTOR_ID_NAMESPACE, Buffer.from(schemaName, 'utf8')])));
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    const hex = hash.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** A version as Dataverse stores it: four whole numbers, each at most 2147483647. */
function parseSolutionVersion(value) {
    if (!/^\d+(\.\d+){1,3}$/.test(value))
        return undefined;
    const parts = value.split('.').map(Number);
    if (parts.some((p) => p > 2147483647))
        return undefined;
    while (parts.length < 4)
        parts.push(0);
    return parts;
}
/** Compares two versions part by part: negative when `a` is older. */
function compareVersions(a, b) {
    const pa = parseSolutionVersion(a) ?? [];
    const pb = parseSolutionVersion(b) ?? [];
    for (let i = 0; i < 4; i++)
        if ((pa[i] ?? 0) !== (pb[i] ?? 0))
            return (pa[i] ?? 0) - (pb[i] ?? 0);
    return 0;
}
/**
 * The solution's connector from the manual package's files (definition, apiProperties.json, icon, script):
 * whatever the package carries, the solution carries too. `definition` is the package definition's value when the
 * caller holds it, so that a large definition is not parsed again.
 */
function solutionConnectorOf(files, displayName, definition) {
    const find = (name) => files.find((f) => f.name === name)?.content;
    const text = (name) => {
        const content = find(name);
        return content === undefined || typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    };
    const apiProperties = JSON.parse(text(_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .PACKAGE_FILES */ .$I.apiProperties) ?? '{}');
    const icon = find(_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .PACKAGE_FILES */ .$I.icon);
    return {
        displayName,
        definition: definition ?? JSON.parse(text(_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .PACKAGE_FILES */ .$I.apiDefinition) ?? '{}'),
        definitionFile: find(_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .PACKAGE_FILES */ .$I.apiDefinition),
        properties: (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(apiProperties) && (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(apiProperties.properties) ? apiProperties.properties : {},
        icon: typeof icon === 'string' ? Buffer.from(icon) : icon,
        script: text(_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .PACKAGE_FILES */ .$I.script),
    };
}
/** The file columns, in the order the platform writes them, and the extension of each file. */
const FILE_COLUMNS = [
    { column: 'openapidefinition', extension: 'json' },
    { column: 'connectionparameters', extension: 'json' },
    { column: 'policytemplateinstances', extension: 'json' },
    { column: 'connectionparametersets', extension: 'json' },
    { column: 'scriptoperations', extension: 'json' },
    // (unconfirmed) capabilities as a file like the other JSON columns; written only when the connector has any.
    { column: 'capabilities', extension: 'json' },
    { column: 'customcodeblobcontent', extension: 'csx' },
    { column: 'iconblob', extension: 'Png' },
];
/**
 * The connector row's file columns as the platform stores them (text for JSON and code, bytes for the icon);
 * a column the connector does not use is absent. Express mode compares these with the registered row.
 */
function connectorColumns(connector) {
    const p = connector.properties;
    const columns = {
        openapidefinition: connector.definitionFile ?? (0,_definition_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonFile */ .d_)(connector.definition),
        connectionparameters: (0,_definition_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonFile */ .d_)(p.connectionParameters ?? {}),
        policytemplateinstances: (0,_definition_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonFile */ .d_)(p.policyTemplateInstances ?? null),
    };
    if (p.connectionParameterSets !== undefined)
        columns.connectionparametersets = (0,_definition_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonFile */ .d_)(p.connectionParameterSets);
    if (p.scriptOperations !== undefined)
        columns.scriptoperations = (0,_definition_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonFile */ .d_)(p.scriptOperations);
    if (Array.isArray(p.capabilities) && p.capabilities.length > 0)
        columns.capabilities = (0,_definition_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonFile */ .d_)(p.capabilities);
    if (connector.script !== undefined)
        columns.customcodeblobcontent = connector.script;
    if (connector.icon !== undefined)
        columns.iconblob = connector.icon;
    return columns;
}
/** The connector's description: the definition's `info.description`. */
function connectorDescription(definition) {
    const info = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(definition) && (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(definition.info) ? definition.info : {};
    return typeof info.description === 'string' ? info.description : '';
}
/** The zip's entries, in the platform's order. */
function buildSolution(connector, options) {
    const schemaName = connectorSchemaName(options.publisherPrefix, connector.displayName);
    const columns = connectorColumns(connector);
    const files = FILE_COLUMNS.filter(({ column }) => columns[column] !== undefined).map(({ column, extension }) => ({
        column,
        path: `Connector/${schemaName}_${column}.${extension}`,
        content: columns[column],
    }));
    const extensions = ['xml', ...new Set(files.map((f) => f.path.slice(f.path.lastIndexOf('.') + 1)))];
    return [
        { name: '[Content_Types].xml', content: `\uFEFF${contentTypes(extensions)}` },
        { name: 'solution.xml', content: solutionXml(connector, options, schemaName) },
        { name: 'customizations.xml', content: customizationsXml(connector, options, schemaName, files) },
        ...files.map((f) => ({ name: f.path, content: f.content })),
    ];
}
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
function contentTypes(extensions) {
    return [
        XML_DECLARATION,
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
        ...extensions.map((e) => `  <Default Extension="${e}" ContentType="application/octet-stream" />`),
        '</Types>',
        '',
    ].join('\n');
}
function solutionXml(connector, options, schemaName) {
    const prefix = options.publisherPrefix;
    return [
        XML_DECLARATION,
        `<ImportExportXml version="9.2" SolutionPackageVersion="9.2" languagecode="1033" generatedBy="CrmLive" ${XSI}>`,
        '  <SolutionManifest>',
        `    <UniqueName>${xml(options.uniqueName)}</UniqueName>`,
        '    <LocalizedNames>',
        `      <LocalizedName description="${xml(connector.displayName)}" languagecode="1033" />`,
        '    </LocalizedNames>',
        '    <Descriptions />',
        `    <Version>${options.version}</Version>`,
        '    <Managed>0</Managed>',
        '    <Publisher>',
        `      <UniqueName>${publisherUniqueName(prefix)}</UniqueName>`,
        '      <LocalizedNames>',
        `        <LocalizedName description="connector-export (${prefix})" languagecode="1033" />`,
        '      </LocalizedNames>',
        '      <Descriptions />',
        '      <EMailAddress xsi:nil="true"></EMailAddress>',
        '      <SupportingWebsiteUrl xsi:nil="true"></SupportingWebsiteUrl>',
        `      <CustomizationPrefix>${prefix}</CustomizationPrefix>`,
        `      <CustomizationOptionValuePrefix>${optionValuePrefix(prefix)}</CustomizationOptionValuePrefix>`,
        '      <Addresses />',
        '    </Publisher>',
        '    <RootComponents>',
        `      <RootComponent type="${CONNECTOR_COMPONENT_TYPE}" id="{${options.connectorId}}" schemaName="${schemaName}" behavior="0" />`,
        '    </RootComponents>',
        '    <MissingDependencies />',
        '  </SolutionManifest>',
        '</ImportExportXml>',
        '',
    ].join('\n');
}
/** The publisher: one per prefix, so that a solution never moves a prefix to another publisher. */
function publisherUniqueName(prefix) {
    return `connectorexport${prefix}`;
}
/** 10000-99999, derived from the prefix so that every export of one publisher carries the same value. */
function optionValuePrefix(prefix) {
    return 10000 + (Buffer.from((0,_hashes_js__WEBPACK_IMPORTED_MODULE_1__/* .sha1 */ .e8)(prefix)).readUInt32BE(0) % 90000);
}
const EMPTY_SECTIONS = [
    'Entities',
    'Roles',
    'Workflows',
    'FieldSecurityProfiles',
    'Templates',
    'EntityMaps',
    'EntityRelationships',
    'OrganizationSettings',
    'optionsets',
    'CustomControls',
    'EntityDataProviders',
];
function customizationsXml(connector, options, schemaName, files) {
    const color = typeof connector.properties.iconBrandColor === 'string' ? connector.properties.iconBrandColor : '';
    return [
        XML_DECLARATION,
        `<ImportExportXml ${XSI}>`,
        ...EMPTY_SECTIONS.map((s) => `  <${s} />`),
        '  <Connectors>',
        '    <Connector>',
        `      <connectorid>${options.connectorId}</connectorid>`,
        `      <description>${xml(connectorDescription(connector.definition))}</description>`,
        `      <displayname>${xml(connector.displayName)}</displayname>`,
        `      <iconbrandcolor>${xml(color)}</iconbrandcolor>`,
        `      <name>${schemaName}</name>`,
        '      <connectortype>1</connectortype>',
        ...files.map((f) => `      <${f.column}>/${f.path}</${f.column}>`),
        '    </Connector>',
        '  </Connectors>',
        '  <Languages>',
        '    <Language>1033</Language>',
        '  </Languages>',
        '</ImportExportXml>',
        '',
    ].join('\n');
}
function xml(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        // XML 1.0 has no control characters but tab, CR and LF.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));
}


/***/ }),

/***/ 69116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ zipEntries)
/* harmony export */ });
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53719);
/**
 * Zip files in memory, every entry dated the same fixed day, so that one set of files always gives the same bytes.
 * The format's few records (PKWARE APPNOTE 4.3: local headers, central directory, end record) are written here
 * rather than with archiver, whose streams and their dependencies (about 1 MB of bundled code) every manual run
 * would otherwise load and compile.
 *
 * Entries are stored unless the caller asks for deflate: node:zlib loads Node's stream modules, which with the
 * compression itself cost a manual run a tenth of its time, for a file the artifact upload compresses anyway.
 * Stored (method 0) is the zip format's other basic method; every reader, the platform's included, takes it.
 */

// 2020-01-01 00:00 in MS-DOS form: years since 1980 << 9 | month << 5 | day; the time is 0.
const FIXED_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
const FIXED_TIME = 0;
/** Bit 11: the names are UTF-8. */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATE = 8;
/** 2.0: deflate (and stored). */
const VERSION = 20;
/**
 * zlib's level 1: on the 1 MB Encodian definition, 102 KB in ~5 ms against level 6's 75 KB in ~11 ms (and level
 * 9's ~90 ms). Every manual run pays the time; a quarter more of a small file costs nothing.
 */
const LEVEL = 1;
/** The zip of `entries`; `deflate` compresses them (a request body, where size is time on the network). */
async function zipEntries(entries, options = {}) {
    if (entries.length > 0xffff)
        throw new Error(`zip: ${entries.length} entries need ZIP64`);
    const deflateRawSync = options.deflate ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 23))).deflateRawSync : undefined;
    const method = deflateRawSync ? DEFLATE : STORED;
    const parts = [];
    const central = [];
    let offset = 0;
    for (const entry of entries) {
        const name = Buffer.from(entry.name, 'utf8');
        const data = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
        const packed = deflateRawSync ? deflateRawSync(data, { level: LEVEL }) : data;
        const crc = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_0__/* .crc32 */ .QR)(data);
        if (data.length > 0xffffffff || offset > 0xffffffff)
            throw new Error(`zip: ${entry.name} needs ZIP64`);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(VERSION, 4);
        local.writeUInt16LE(UTF8_NAMES, 6);
        local.writeUInt16LE(method, 8);
        local.writeUInt16LE(FIXED_TIME, 10);
        local.writeUInt16LE(FIXED_DATE, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(packed.length, 18);
        local.writeUInt32LE(data.length, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(0, 28); // no extra field
        parts.push(local, name, packed);
        const header = Buffer.alloc(46);
        header.writeUInt32LE(0x02014b50, 0);
        header.writeUInt16LE(VERSION, 4); // made by: MS-DOS host, 2.0
        header.writeUInt16LE(VERSION, 6);
        header.writeUInt16LE(UTF8_NAMES, 8);
        header.writeUInt16LE(method, 10);
        header.writeUInt16LE(FIXED_TIME, 12);
        header.writeUInt16LE(FIXED_DATE, 14);
        header.writeUInt32LE(crc, 16);
        header.writeUInt32LE(packed.length, 20);
        header.writeUInt32LE(data.length, 24);
        header.writeUInt16LE(name.length, 28);
        // Extra field, comment, disk number, internal and external attributes: 0.
        header.writeUInt32LE(offset, 42);
        central.push(header, name);
        offset += local.length + name.length + packed.length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8); // entries on this disk
    end.writeUInt16LE(entries.length, 10); // entries in all
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...parts, directory, end]);
}


/***/ }),

/***/ 5399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ scanJson),
/* harmony export */   gZ: () => (/* binding */ TOO_DEEP),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57060);

/** Where and why the platform would refuse the text; `reason` and `hint` never quote it. */
class JsonSyntaxError extends Error {
    offset;
    reason;
    hint;
    constructor(offset, reason, hint) {
        super(reason);
        this.offset = offset;
        this.reason = reason;
        this.hint = hint;
    }
}
/**
 * Deeper than this, the definition is refused at load time: every later stage (validation, drift, JSON.stringify
 * of the export) walks it recursively. Real connectors stay below 40 levels.
 */
const MAX_DEPTH = 512;
const TOO_DEEP = [
    `objects and arrays nested more than ${MAX_DEPTH} levels deep`,
    'No connector needs that: look for a generated or corrupted section here.',
];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$]/y;
const ESCAPES = '"\\/bfnrt';
const TRUNCATED = [
    'the file ends in the middle of the document',
    'It looks truncated: check how it was written or downloaded.',
];
/** Reads `text` as Json.NET does; throws JsonSyntaxError where the platform would refuse it. */
function scanJson(text) {
    const chars = text.split('');
    const leniencies = [];
    const duplicates = [];
    const stack = [];
    let pos = 0;
    let lastKey;
    const blank = (from, to) => {
        for (let i = from; i < to; i++)
            if (chars[i] !== '\n' && chars[i] !== '\r')
                chars[i] = ' ';
    };
    const here = () => stack[stack.length - 1]?.pointer ?? '';
    /** Skips whitespace and comments (each comment recorded and blanked). */
    const skip = () => {
        for (;;) {
            while (pos < text.length && ' \t\r\n'.includes(text[pos]))
                pos++;
            if (text[pos] !== '/')
                return;
            const start = pos;
            if (text[pos + 1] === '/') {
                const end = text.indexOf('\n', pos);
                pos = end === -1 ? text.length : end;
            }
            else if (text[pos + 1] === '*') {
                const end = text.indexOf('*/', pos + 2);
                if (end === -1)
                    throw new JsonSyntaxError(start, 'a comment is never closed', 'End the comment with */.');
                pos = end + 2;
            }
            else {
                throw new JsonSyntaxError(pos, 'a lone /', 'Comments start with // or /*; anything else needs quotes.');
            }
            leniencies.push({ kind: 'comment', offset: start, pointer: here() });
            blank(start, pos);
        }
    };
    const expectMore = () => {
        if (pos >= text.length)
            throw new JsonSyntaxError(text.length, ...TRUNCATED);
    };
    /** Reads a string starting at its quote; returns its value when asked (keys), else skips it. */
    const readString = (keep) => {
        const start = pos;
        for (pos++;; pos++) {
            expectMore();
            const c = text.charCodeAt(pos);
            if (c === 34)
                break;
            if (c < 0x20) {
                throw new JsonSyntaxError(pos, 'a raw control character (a tab, a line break...) inside a string', 'Write it escaped (\\t, \\n, \\u0000) or remove it.');
            }
            if (c === 92) {
                pos++;
                expectMore();
                if (text[pos] === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 1, pos + 5)) : !ESCAPES.includes(text[pos])) {
                    throw new JsonSyntaxError(pos - 1, 'an invalid escape sequence in a string', 'Write a backslash as \\\\.');
                }
                if (text[pos] === 'u')
                    pos += 4;
            }
        }
        pos++;
        return keep ? JSON.parse(text.slice(start, pos)) : undefined;
    };
    const unexpected = (what) => {
        WORD.lastIndex = pos;
        if (WORD.test(text)) {
            return new JsonSyntaxError(pos, `expected ${what}, found a bare word`, 'Put names and strings in double quotes; JSON has no NaN or undefined.');
        }
        if (text[pos] === "'") {
            return new JsonSyntaxError(pos, `expected ${what}, found a single quote`, 'JSON strings and names use double quotes, not single quotes.');
        }
        return new JsonSyntaxError(pos, `expected ${what}`, `Write ${what} here, or remove the character.`);
    };
    /** Reads a scalar (then the member is complete), or opens a container (pushed on the stack). */
    const readValue = () => {
        skip();
        expectMore();
        const c = text[pos];
        const parent = stack[stack.length - 1];
        if (c === '{' || c === '[') {
            if (stack.length >= MAX_DEPTH)
                throw new JsonSyntaxError(pos, ...TOO_DEEP);
            const pointer = parent ? (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(parent.pointer, parent.keys ? lastKey : parent.index) : '';
            const keys = c === '{' ? new Map() : undefined;
            stack.push({ close: c === '{' ? '}' : ']', pointer, keys, index: 0, afterValue: false, comma: -1 });
            pos++;
            return;
        }
        if (c === '"')
            readString(false);
        else if (text.startsWith('true', pos))
            pos += 4;
        else if (text.startsWith('false', pos))
            pos += 5;
        else if (text.startsWith('null', pos))
            pos += 4;
        else {
            NUMBER.lastIndex = pos;
            if (!NUMBER.test(text))
                throw unexpected('a value');
            pos = NUMBER.lastIndex;
        }
        if (parent)
            parent.afterValue = true;
    };
    const close = () => {
        pos++;
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent)
            parent.afterValue = true;
    };
    /** At the start of a member: its close (after a trailing comma, perhaps), or its key and value. */
    const readMember = (top) => {
        skip();
        expectMore();
        if (text[pos] === top.close) {
            if (top.comma >= 0) {
                leniencies.push({ kind: 'trailing-comma', offset: top.comma, pointer: top.pointer });
                blank(top.comma, top.comma + 1);
            }
            return close();
        }
        top.comma = -1;
        if (top.keys) {
            if (text[pos] !== '"')
                throw unexpected('a property name in double quotes');
            const keyOffset = pos;
            const key = readString(true);
            const first = top.keys.get(key);
            if (first === undefined)
                top.keys.set(key, keyOffset);
            else
                duplicates.push({ key, offset: keyOffset, firstOffset: first, pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(top.pointer, key) });
            lastKey = key;
            skip();
            expectMore();
            if (text[pos] !== ':') {
                throw new JsonSyntaxError(pos, "expected ':' after the property name", "Add the ':' between name and value.");
            }
            pos++;
        }
        readValue();
    };
    /** After a member's value: a comma (another member follows) or the close. */
    const readMemberEnd = (top) => {
        skip();
        expectMore();
        top.afterValue = false;
        top.index++;
        if (text[pos] === ',') {
            top.comma = pos++;
            return;
        }
        if (text[pos] !== top.close) {
            throw new JsonSyntaxError(pos, `expected ',' or '${top.close}'`, `A comma is probably missing before this (or the '${top.close}' of an earlier member).`);
        }
        close();
    };
    readValue();
    // Each turn reads one step of the innermost open container; no recursion, so no nesting overflows the stack.
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.afterValue)
            readMemberEnd(top);
        else
            readMember(top);
    }
    skip();
    if (pos < text.length) {
        throw new JsonSyntaxError(pos, 'the document ended before this point', "An extra '}' or ']' earlier closed it too soon, or text follows its end: remove it.");
    }
    return { strict: leniencies.length === 0 ? text : chars.join(''), leniencies, duplicates };
}


/***/ }),

/***/ 2198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ lineStartColumns),
/* harmony export */   i7: () => (/* binding */ jsonLines),
/* harmony export */   rv: () => (/* binding */ lineColumn)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57060);

/** 1-based line and column of a UTF-16 offset in `text`. */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
// `]` and `}` are `[` and `{` plus 2.
const CLOSES = 2;
/**
 * The lines of JSON pointers in a valid JSON text (it must already have passed JSON.parse: nothing here re-checks
 * the grammar), found on demand. A pointer is followed token by token from the root; the containers walked through
 * have their direct children listed once, their values skipped without allocation, and the lists kept for later
 * pointers. So lookups cost the size of the containers they enter, not a map of the whole document.
 *
 * The line of an object member is its key's, of an array item its element's; a pointer that does not exist gets the
 * line of its nearest existing ancestor. Duplicate keys: the last one wins, as in JSON.parse.
 */
function jsonLines(text) {
    const lists = new Map();
    // Offsets of the newlines, found as far as the furthest offset asked for so far.
    const newlines = [];
    let counted = 0;
    const lineAt = (offset) => {
        for (let i = text.indexOf('\n', counted); i !== -1 && counted <= offset; i = text.indexOf('\n', i + 1)) {
            newlines.push(i);
            counted = i + 1;
        }
        // Count the newlines before `offset`.
        let low = 0;
        let high = newlines.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (newlines[mid] < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low + 1;
    };
    /**
     * Lists the children of the container opening at `open`, keeps the list and returns the offset just past it.
     * With `deep`, each child container is listed (and kept) as well: walking through it to list it costs what
     * skipping it would, and the next lookup usually goes one level deeper.
     */
    const list = (open, deep) => {
        const opener = text.charCodeAt(open);
        const keys = new Map();
        const items = [];
        lists.set(open, opener === OPEN_BRACE ? keys : items);
        let pos = skipSpace(text, open + 1);
        if (text.charCodeAt(pos) === opener + CLOSES)
            return pos + 1;
        for (;;) {
            if (opener === OPEN_BRACE) {
                const end = stringEnd(text, pos);
                const raw = text.slice(pos + 1, end - 1);
                // Set again on a repeated key: the last occurrence is the one JSON.parse keeps.
                keys.set(raw.includes('\\') ? JSON.parse(text.slice(pos, end)) : raw, pos);
                pos = skipSpace(text, skipSpace(text, end) + 1); // past the `:`
            }
            else
                items.push(pos);
            const c = text.charCodeAt(pos);
            pos = skipSpace(text, deep && (c === OPEN_BRACE || c === OPEN_BRACKET) ? list(pos, false) : valueEnd(text, pos));
            if (text.charCodeAt(pos) !== COMMA)
                return pos + 1;
            pos = skipSpace(text, pos + 1);
        }
    };
    const root = skipSpace(text, 0);
    return (pointer) => {
        // Plain pointers are matched verbatim (a key may hold `%`); a `#` fragment is URI-decoded first, as in a $ref.
        const tokens = pointer.startsWith('#')
            ? ((0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePointer */ .vp)(pointer) ?? [])
            : pointer.startsWith('/')
                ? pointer.slice(1).split('/').map(_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapeToken */ .ko)
                : [];
        let value = root;
        let found = root;
        for (const token of tokens) {
            const c = text.charCodeAt(value);
            if (c !== OPEN_BRACE && c !== OPEN_BRACKET)
                break;
            if (!lists.has(value))
                list(value, true);
            const children = lists.get(value);
            if (Array.isArray(children)) {
                const item = /^(?:0|[1-9]\d*)$/.test(token) ? children[Number(token)] : undefined;
                if (item === undefined)
                    break;
                found = value = item;
            }
            else {
                const key = children?.get(token);
                if (key === undefined)
                    break;
                found = key;
                value = skipSpace(text, skipSpace(text, stringEnd(text, key)) + 1); // past the `:`
            }
        }
        return lineAt(found);
    };
}
function skipSpace(text, pos) {
    for (;;) {
        const c = text.charCodeAt(pos);
        if (c !== SPACE && c !== LF && c !== CR && c !== TAB)
            return pos;
        pos++;
    }
}
/** Offset just past the string whose opening quote is at `quote`. JSON strings hold no raw newline. */
function stringEnd(text, quote) {
    for (let end = text.indexOf('"', quote + 1);; end = text.indexOf('"', end + 1)) {
        if (end === -1)
            return text.length; // unterminated: not JSON.parse's text, but never loop
        let before = end - 1;
        while (text.charCodeAt(before) === BACKSLASH)
            before--;
        if ((end - before) % 2 === 1)
            return end + 1; // an even run of backslashes escapes nothing
    }
}
const BRACKETS = /[[\]{}]/g;
const SCALAR_END = /[\s,\]}]/g;
/** Offset just past the value starting at `pos`. */
function valueEnd(text, pos) {
    const c = text.charCodeAt(pos);
    if (c === QUOTE)
        return stringEnd(text, pos);
    if (c === OPEN_BRACE || c === OPEN_BRACKET)
        return containerEnd(text, pos);
    SCALAR_END.lastIndex = pos + 1;
    return SCALAR_END.test(text) ? SCALAR_END.lastIndex - 1 : text.length;
}
/**
 * Offset just past the object or array opening at `open`. It jumps from bracket to bracket (a global regex finds
 * the next one natively; `test` allocates nothing) and only walks the strings that could hide a bracket. A JSON
 * string holds no raw newline, so every line starts outside strings: a bracket that begins or ends its line is
 * structure, and for one inside a line only the strings between the line's start and the bracket need walking.
 * In pretty-printed JSON that leaves most strings untouched. `anchor` is the last offset known outside strings,
 * which bounds the walks on long (minified) lines.
 */
function containerEnd(text, open) {
    let depth = 1;
    let anchor = open + 1;
    BRACKETS.lastIndex = anchor;
    while (BRACKETS.test(text)) {
        const at = BRACKETS.lastIndex - 1;
        // A bracket that ends its line (`}` or `},`) is structure: no string holds a raw newline.
        let next = text.charCodeAt(at + 1);
        if (next === COMMA)
            next = text.charCodeAt(at + 2);
        if (next !== LF && next !== CR) {
            let from = at;
            let c = 0;
            while (from > anchor && ((c = text.charCodeAt(from - 1)) === SPACE || c === TAB))
                from--;
            if (from > anchor && c !== LF) {
                while (from > anchor && text.charCodeAt(from - 1) !== LF)
                    from--;
                let pos = from;
                for (let quote = text.indexOf('"', pos); quote !== -1 && quote < at; quote = text.indexOf('"', pos)) {
                    pos = stringEnd(text, quote);
                    if (pos > at)
                        break;
                }
                if (pos > at) {
                    // The bracket was inside a string: go on after it.
                    anchor = BRACKETS.lastIndex = pos;
                    continue;
                }
            }
        }
        anchor = at + 1;
        const d = text.charCodeAt(at);
        if (d === OPEN_BRACE || d === OPEN_BRACKET)
            depth++;
        else if (--depth === 0)
            return at + 1;
    }
    return text.length;
}
/**
 * 1-based column of the first non-blank character of a line: where the member a line number names begins in a
 * pretty-printed JSON or YAML text, for editors that jump to `file:line:column`. The offsets of the lines are
 * found on the first call (most runs ask for none), and no line is copied out of the text.
 */
function lineStartColumns(text) {
    let starts;
    return (line) => {
        if (!starts) {
            starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        const start = starts[line - 1];
        if (start === undefined)
            return 1;
        let end = start;
        while (text.charCodeAt(end) === SPACE || text.charCodeAt(end) === TAB)
            end++;
        return end - start + 1;
    };
}


/***/ }),

/***/ 74970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ parseDefinition),
/* harmony export */   xP: () => (/* binding */ measure),
/* harmony export */   yQ: () => (/* binding */ loadDefinition)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _json_syntax_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5399);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2198);




/**
 * Loads a Swagger/OpenAPI definition from bytes or text. JSON when the first non-space character is `{` or `[`,
 * YAML 1.2 (core schema) with `readYaml` otherwise (without it, such a text is refused as not JSON). JSON is read as
 * Power Platform reads it: comments and trailing commas are accepted and noted in `syntax`. Throws DefinitionError
 * with line and column when the text does not parse, nests deeper than any walk can follow, or is not an object.
 */
function parseDefinition(raw, source, readYaml, options = {}) {
    const decoded = typeof raw === 'string' ? raw : new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
    // A text's UTF-8 size is counted when first asked: the size rule asks only of a text that could reach the limit.
    let bytes = typeof raw === 'string' ? undefined : raw.byteLength;
    const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    const loaded = looksLikeJson(text)
        ? loadJson(text, source, options.duplicates ?? true)
        : readYaml
            ? readYaml(text, source)
            : notJson(source);
    if (loaded.value === null || typeof loaded.value !== 'object' || Array.isArray(loaded.value)) {
        const found = loaded.value === null ? 'nothing' : Array.isArray(loaded.value) ? 'a list' : `a ${typeof loaded.value}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(source, `The definition must be an object with 'swagger' or 'openapi', found ${found}.`, {
            line: 1,
            column: 1,
            hint: 'Point the action at the Swagger 2.0 / OpenAPI file itself (JSON or YAML).',
        });
    }
    const { format, value, lineOf, syntax } = loaded;
    // Invalid sequences were decoded to U+FFFD: then only the text says what was read.
    const utf8 = typeof raw === 'string' || !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(raw) ? undefined : text === decoded ? raw : raw.subarray(3);
    return {
        source,
        format,
        text,
        get bytes() {
            return (bytes ??= Buffer.byteLength(raw, 'utf8'));
        },
        ...(utf8 ? { utf8 } : {}),
        value,
        lineOf,
        ...(syntax.length > 0 ? { syntax } : {}),
    };
}
/**
 * parseDefinition, with the YAML reader loaded only for a text that is not JSON: the yaml library is a third of
 * the action's code, and most definitions are JSON.
 */
async function loadDefinition(raw, source, options = {}) {
    const readYaml = looksLikeJson(raw) ? undefined : (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(162)]).then(__webpack_require__.bind(__webpack_require__, 81162))).readYaml;
    return parseDefinition(raw, source, readYaml, options);
}
/** JSON when the first character after a byte order mark and white space is `{` or `[`. */
function looksLikeJson(raw) {
    const at = (i) => (typeof raw === 'string' ? raw.charCodeAt(i) : raw[i]);
    const bom = typeof raw === 'string' ? at(0) === 0xfeff : at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf;
    let i = bom ? (typeof raw === 'string' ? 1 : 3) : 0;
    while (at(i) === 0x20 || at(i) === 0x0a || at(i) === 0x0d || at(i) === 0x09)
        i++;
    return at(i) === 0x7b || at(i) === 0x5b;
}
function notJson(source) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(source, 'is not JSON: it does not start with `{`.', {
        line: 1,
        column: 1,
        hint: 'Give a JSON file here (paconn writes JSON).',
    });
}
function loadJson(text, source, duplicates) {
    let value;
    let scan;
    /** The scanner's reading, or the syntax error it found as a DefinitionError at its line and column. */
    const scanned = () => {
        try {
            return (0,_json_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .scanJson */ .Ey)(text);
        }
        catch (e) {
            if (!(e instanceof _json_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .JsonSyntaxError */ .q3))
                throw e;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(source, `Invalid JSON: ${e.reason}.`, { ...(0,_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .lineColumn */ .rv)(text, e.offset), hint: e.hint });
        }
    };
    try {
        value = JSON.parse(text);
    }
    catch {
        // JSON.parse's message quotes the text around the error (a secret may sit there): the scanner says where instead.
        scan = scanned();
        value = JSON.parse(scan.strict);
    }
    // Repeated keys and absurd nesting are rare: two cheap counts tell when the scanner must look for them.
    if (!scan) {
        const { members, tooDeep } = measure(value);
        if (tooDeep || (duplicates && members !== keysIn(text)))
            scan = scanned();
    }
    const strict = scan?.strict ?? text;
    const syntax = [];
    const at = (offset) => (0,_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .lineColumn */ .rv)(strict, offset);
    for (const l of scan?.leniencies ?? [])
        syntax.push({ kind: l.kind, ...at(l.offset), pointer: l.pointer });
    for (const d of scan?.duplicates ?? []) {
        syntax.push({ kind: 'duplicate-key', ...at(d.offset), pointer: d.pointer, firstLine: at(d.firstOffset).line });
    }
    return { format: 'json', value, lineOf: (0,_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonLines */ .i7)(strict), syntax };
}
/**
 * Object members counted, and whether any value nests deeper than MAX_DEPTH. Recursive, but never deeper than
 * MAX_DEPTH + 1 calls (a deeper value stops the count): faster than an explicit stack, and as safe.
 */
function measure(root) {
    let members = 0;
    let tooDeep = false;
    const visit = (node, depth) => {
        if (depth > _json_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr) {
            tooDeep = true;
            return;
        }
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length && !tooDeep; i++) {
                const item = node[i];
                if (item !== null && typeof item === 'object')
                    visit(item, depth + 1);
            }
            return;
        }
        for (const key in node) {
            members++;
            const item = node[key];
            if (item !== null && typeof item === 'object')
                visit(item, depth + 1);
            if (tooDeep)
                return;
        }
    };
    if (root !== null && typeof root === 'object')
        visit(root, 1);
    return { members, tooDeep };
}
/**
 * The object keys written in a strict JSON text: a colon whose previous non-space character is an unescaped quote
 * ends a key (inside a string a quote is escaped, and a value string is never followed by a colon). More keys than
 * parsed members means a key was repeated. indexOf jumps between colons natively: no regex, no allocation.
 */
function keysIn(text) {
    let count = 0;
    for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
        let quote = colon - 1;
        let c = text.charCodeAt(quote);
        while (c === 32 || c === 10 || c === 13 || c === 9)
            c = text.charCodeAt(--quote);
        if (c !== 34)
            continue;
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === 92)
            backslashes++;
        if (backslashes % 2 === 0)
            count++;
    }
    return count;
}


/***/ }),

/***/ 50330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ diffApiProperties),
/* harmony export */   q: () => (/* binding */ apiPropertiesDriftRules)
/* harmony export */ });
/* harmony import */ var _definition_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54783);
/* harmony import */ var _definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57060);
/**
 * Drift of a connector's own properties (apiProperties.json and its custom code) between two versions: policies,
 * connection parameters, OAuth settings, script. Used for the drift report and for express mode's plan, which
 * lists what an update would remove or change on the registered connector before it is sent.
 */


const apiPropertiesDriftRules = [
    {
        id: 'policy-template-removed',
        level: 'breaking',
        description: 'A policy template instance is gone (matched by template id and title): requests and responses are no longer rewritten the way flows rely on.',
        example: "Policy template 'dynamichosturl' ('Region host') is removed: requests go to the definition's host again.",
    },
    {
        id: 'connection-parameter-removed',
        level: 'breaking',
        description: 'A connection parameter (or a connection parameter set) is gone: existing connections must be created again.',
        example: "Connection parameter 'region' is removed: existing connections must be created again.",
    },
    {
        id: 'script-removed',
        level: 'breaking',
        description: 'The custom code (script.csx) is gone: operations that relied on it behave differently.',
        example: 'The custom code is removed: the operations it handled go to the API unchanged.',
    },
    {
        id: 'policy-template-changed',
        level: 'warning',
        description: 'A policy template instance has other parameters or applies to other operations.',
        example: "Policy template 'setheader' ('Tenant header') changes: its parameters differ.",
    },
    {
        id: 'connection-parameter-added',
        level: 'warning',
        description: 'A new connection parameter: existing connections do not have a value for it.',
        example: "Connection parameter 'region' is added: existing connections have no value for it.",
    },
    {
        id: 'connection-parameter-changed',
        level: 'warning',
        description: 'A connection parameter changed its type, constraints or OAuth settings (identity provider, client id, scopes, URLs): connections may need to sign in again.',
        example: "Connection parameter 'token' changes (oAuthSettings.scopes): users may need to sign in again.",
    },
    {
        id: 'script-changed',
        level: 'warning',
        description: 'The custom code changed, or runs for other operations (`scriptOperations`).',
        example: 'The custom code changes.',
    },
    {
        id: 'policy-template-added',
        level: 'info',
        description: 'A new policy template instance.',
        example: "Policy template 'setheader' ('Tenant header') is added.",
    },
    {
        id: 'script-added',
        level: 'info',
        description: 'The connector gains custom code.',
        example: 'Custom code is added.',
    },
    {
        id: 'connector-property-changed',
        level: 'info',
        description: 'The icon colour, publisher, stack owner or capabilities changed.',
        example: "'publisher' changes from 'Contoso' to 'Contoso Ltd'.",
    },
];
const LEVEL = new Map(apiPropertiesDriftRules.map((r) => [r.id, r.level]));
const SIMPLE_MEMBERS = ['iconBrandColor', 'publisher', 'stackOwner', 'capabilities'];
/** Changes from `old` to `now`, in report order (breaking first); `ignoreRules` drops whole rules. */
function diffApiProperties(old, now, options = {}) {
    const changes = [];
    const add = (rule, message, pointer, file = now.file) => {
        const line = pointer.new === undefined ? undefined : now.lineOf?.(pointer.new);
        changes.push({
            rule,
            level: LEVEL.get(rule),
            message,
            ...(pointer.old === undefined ? {} : { oldPointer: pointer.old }),
            ...(pointer.new === undefined ? {} : { newPointer: pointer.new }),
            ...(line === undefined ? {} : { line }),
            ...(file === undefined ? {} : { file }),
        });
    };
    // Policy templates, matched by template id and title (the portal names each instance).
    const policies = (side) => {
        const list = side.properties.policyTemplateInstances;
        return new Map((Array.isArray(list) ? list : []).flatMap((p, i) => (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(p) ? [[policyKey(p), { value: p, pointer: `/properties/policyTemplateInstances/${i}` }]] : []));
    };
    const oldPolicies = policies(old);
    const newPolicies = policies(now);
    for (const [key, p] of oldPolicies) {
        const next = newPolicies.get(key);
        if (!next)
            add('policy-template-removed', `Policy template ${key} is removed.`, { old: p.pointer });
        else if (!(0,_definition_json_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .Vk)(p.value, next.value)) {
            add('policy-template-changed', `Policy template ${key} changes: its parameters differ.`, {
                old: p.pointer,
                new: next.pointer,
            });
        }
    }
    for (const [key, p] of newPolicies) {
        if (!oldPolicies.has(key))
            add('policy-template-added', `Policy template ${key} is added.`, { new: p.pointer });
    }
    // Connection parameters, plain and in each set (multi-auth).
    const oldParameters = connectionParameters(old.properties);
    const newParameters = connectionParameters(now.properties);
    for (const [name, p] of oldParameters) {
        const next = newParameters.get(name);
        if (!next) {
            add('connection-parameter-removed', `Connection parameter '${name}' is removed: existing connections must be created again.`, {
                old: p.pointer,
            });
            continue;
        }
        const differing = differingMembers(p.value, next.value);
        if (differing.length > 0) {
            add('connection-parameter-changed', `Connection parameter '${name}' changes (${differing.join(', ')}): connections may need to be signed in again.`, { old: p.pointer, new: next.pointer });
        }
    }
    for (const [name, p] of newParameters) {
        if (!oldParameters.has(name)) {
            add('connection-parameter-added', `Connection parameter '${name}' is added: existing connections have no value for it.`, {
                new: p.pointer,
            });
        }
    }
    // Custom code.
    if (old.script !== undefined && now.script === undefined) {
        add('script-removed', 'The custom code (script.csx) is removed.', {});
    }
    else if (old.script === undefined && now.script !== undefined) {
        add('script-added', 'Custom code (script.csx) is added.', {}, now.scriptFile);
    }
    else if (!sameScript(old.script, now.script)) {
        add('script-changed', 'The custom code (script.csx) changes.', {}, now.scriptFile);
    }
    if (!(0,_definition_json_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .Vk)(old.properties.scriptOperations ?? [], now.properties.scriptOperations ?? [])) {
        add('script-changed', `The custom code runs for other operations: scriptOperations ${describe(old.properties.scriptOperations)} -> ${describe(now.properties.scriptOperations)}.`, {
            old: old.properties.scriptOperations === undefined ? undefined : '/properties/scriptOperations',
            new: now.properties.scriptOperations === undefined ? undefined : '/properties/scriptOperations',
        });
    }
    for (const member of SIMPLE_MEMBERS) {
        const [a, b] = [old.properties[member], now.properties[member]];
        if (a === undefined || b === undefined || (0,_definition_json_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .Vk)(a, b))
            continue;
        add('connector-property-changed', `'${member}' changes from ${describe(a)} to ${describe(b)}.`, {
            old: (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)('/properties', member),
            new: (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)('/properties', member),
        });
    }
    const ignored = new Set(options.ignoreRules ?? []);
    const order = (c) => ['breaking', 'warning', 'info'].indexOf(c.level);
    return changes.filter((c) => !ignored.has(c.rule)).sort((a, b) => order(a) - order(b));
}
function policyKey(p) {
    const id = typeof p.templateId === 'string' ? p.templateId.toLowerCase() : '?';
    return typeof p.title === 'string' && p.title !== '' ? `'${id}' ('${p.title}')` : `'${id}'`;
}
/** Connection parameters by name; in a parameter set, `<set>/<name>`. */
function connectionParameters(properties) {
    const out = new Map();
    const scan = (parameters, at, prefix) => {
        if (!(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(parameters))
            return;
        for (const [name, value] of Object.entries(parameters)) {
            if ((0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value))
                out.set(prefix + name, { value, pointer: (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(at, name) });
        }
    };
    scan(properties.connectionParameters, '/properties/connectionParameters', '');
    const sets = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(properties.connectionParameterSets) ? properties.connectionParameterSets.values : undefined;
    if (Array.isArray(sets)) {
        sets.forEach((set, i) => {
            if ((0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(set) && typeof set.name === 'string') {
                scan(set.parameters, `/properties/connectionParameterSets/values/${i}/parameters`, `${set.name}/`);
            }
        });
    }
    return out;
}
/**
 * The members (dotted, one level into `oAuthSettings`) that differ. Members the service adds or never returns
 * (the redirect URL, the client secret) are not changes the source makes.
 */
function differingMembers(a, b) {
    const out = [];
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (key === 'oAuthSettings' && (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(a[key]) && (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(b[key])) {
            const [x, y] = [a[key], b[key]];
            for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
                if (k === 'redirectUrl' || k === 'clientSecret' || x[k] === undefined || y[k] === undefined)
                    continue;
                if (!(0,_definition_json_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .Vk)(x[k], y[k]))
                    out.push(`oAuthSettings.${k}`);
            }
        }
        else if (a[key] !== undefined && b[key] !== undefined && !(0,_definition_json_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .Vk)(a[key], b[key]))
            out.push(key);
    }
    return out;
}
/** Code that cannot be compared (`unknown`) is only the same as itself: kept as registered. No code is no code. */
function sameScript(a, b) {
    if (a === b)
        return true;
    return a instanceof Uint8Array && b instanceof Uint8Array && Buffer.from(a).equals(b);
}
function describe(value) {
    if (value === undefined)
        return '(none)';
    return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}


/***/ }),

/***/ 20754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ driftVerdict)
/* harmony export */ });
/** Counts changes by level and decides whether the run fails under `failOn`. */
function driftVerdict(changes, failOn) {
    const count = (level) => changes.filter((ch) => ch.level === level).length;
    const breaking = count('breaking');
    const warnings = count('warning');
    const infos = count('info');
    const fail = failOn === 'breaking'
        ? breaking > 0
        : failOn === 'warning'
            ? breaking + warnings > 0
            : failOn === 'any'
                ? changes.length > 0
                : false;
    return { drift: changes.length > 0, breaking, warnings, infos, fail };
}


/***/ }),

/***/ 28077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ createCredential),
/* harmony export */   SW: () => (/* binding */ oidFromToken),
/* harmony export */   wv: () => (/* binding */ POWER_APPS_SCOPE)
/* harmony export */ });
/* unused harmony exports ID_TOKEN_AUDIENCE, decodeJwtClaims */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27194);


/** Scope of api.powerapps.com tokens (audience `https://service.powerapps.com/`; the trailing slash matters). */
const POWER_APPS_SCOPE = 'https://service.powerapps.com/.default';
/** Audience of the GitHub ID token that Entra ID exchanges (workload identity federation). */
const ID_TOKEN_AUDIENCE = 'api://AzureADTokenExchange';
const OIDC_PERMISSIONS_HINT = 'Give the job permission to request an ID token (a pull_request from a fork never gets one):\n\npermissions:\n  id-token: write\n  contents: read';
const NO_FEDERATED_CREDENTIAL = "No federated credential matches this workflow: add one to the app registration with issuer https://token.actions.githubusercontent.com, audience api://AzureADTokenExchange and the workflow's subject (e.g. repo:ORG/REPO:environment:NAME or repo:ORG/REPO:ref:refs/heads/main).";
// Entra ID error codes users meet in CI, with the fix. Matched against the AADSTS code in the message.
const ENTRA_HINTS = {
    AADSTS70021: NO_FEDERATED_CREDENTIAL,
    AADSTS700213: NO_FEDERATED_CREDENTIAL,
    AADSTS700024: 'The GitHub ID token expired before it was exchanged; rerun the job.',
    AADSTS7000215: "The client secret is wrong: use the secret's Value (not its ID) and check that it has not expired.",
    AADSTS7000222: 'The client secret has expired: create a new one on the app registration and update the repository secret.',
    AADSTS700016: 'The application was not found in the tenant: check client-id and tenant-id.',
    AADSTS90002: 'The tenant was not found: check tenant-id (a GUID or a verified domain).',
};
function createCredential(auth, deps) {
    // With an authority MSAL does not know, instance discovery asks login.microsoftonline.com whether to trust it:
    // a sovereign or private cloud must not depend on the public one, so the given authority is trusted as is.
    const options = auth.authorityHost ? { authorityHost: auth.authorityHost, disableInstanceDiscovery: true } : {};
    switch (auth.kind) {
        case 'oidc': {
            const tenantId = required(auth.tenantId, 'tenant-id', auth.kind);
            const clientId = required(auth.clientId, 'client-id', auth.kind);
            // The closure keeps the typed error: @azure/identity rewraps whatever getAssertion throws, hint lost.
            let assertionError;
            const inner = withIdentity(({ ClientAssertionCredential }) => new ClientAssertionCredential(tenantId, clientId, 
            // A fresh ID token per Entra request: a cached one can expire between calls (AADSTS700024).
            async () => {
                try {
                    const idToken = await deps.getIdToken(ID_TOKEN_AUDIENCE);
                    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .c)(idToken);
                    return idToken;
                }
                catch (error) {
                    assertionError = idTokenError(error);
                    throw assertionError;
                }
            }, options));
            return reused(explained(inner, () => {
                const e = assertionError;
                assertionError = undefined;
                return e;
            }));
        }
        case 'client-secret': {
            const tenantId = required(auth.tenantId, 'tenant-id', auth.kind);
            const clientId = required(auth.clientId, 'client-id', auth.kind);
            const secret = required(auth.clientSecret, 'client-secret', auth.kind);
            return explained(withIdentity(({ ClientSecretCredential }) => new ClientSecretCredential(tenantId, clientId, secret, options)));
        }
        case 'azure-cli':
            return reused(explained(withIdentity(({ AzureCliCredential }) => new AzureCliCredential(auth.tenantId ? { tenantId: auth.tenantId } : {}))));
        case 'token':
            return staticToken(required(auth.token, 'token', auth.kind));
    }
}
/**
 * A credential of @azure/identity, built on the first token request. Adapters load their heavy libraries on first
 * use (a static `import type`, an `await import()` where the library is needed) so that a run compiles only what it
 * uses: a run that never signs in never loads @azure/identity, and ncc puts it in a chunk of its own.
 */
function withIdentity(build) {
    let inner;
    return {
        async getToken(scopes, options) {
            inner ??= Promise.all(/* import() */[__webpack_require__.e(915), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 23952)).then(build);
            return (await inner).getToken(scopes, options);
        },
    };
}
function required(value, input, kind) {
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `is required to sign in with '${kind}'.`, `Set the '${input}' input.`);
    return value;
}
function idTokenError(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('auth', 'the job cannot request a GitHub ID token for OIDC sign-in.', OIDC_PERMISSIONS_HINT);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('GitHub ID token', message, { hint: 'Rerun the job; if it persists, check the OIDC setup.' });
}
/** Wraps a credential so its failures carry a hint; `pending` yields an error raised inside the credential. */
function explained(inner, pending = () => undefined) {
    return {
        async getToken(scopes, options) {
            pending(); // drop an error left by an earlier call
            try {
                const token = await inner.getToken(scopes, options);
                // Tokens obtained here are secrets like the inputs: kept out of everything published.
                if (token)
                    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .c)(token.token);
                return token;
            }
            catch (error) {
                const cause = pending();
                if (cause)
                    throw cause;
                const message = error instanceof Error ? error.message : String(error);
                const code = /\b(AADSTS\d+)\b/.exec(message)?.[1];
                const hint = (code && ENTRA_HINTS[code]) ??
                    (/az login|Azure CLI/i.test(message)
                        ? 'Run azure/login earlier in the job, or choose another auth kind.'
                        : 'Check tenant-id, client-id and the credential, and that the identity exists in that tenant.');
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('Microsoft Entra ID', message, { code, hint });
            }
        },
    };
}
/** How long before its expiry a reused token is renewed. */
const RENEW_BEFORE_MS = 5 * 60_000;
/**
 * Reuses each scope's token until shortly before it expires. The client calls getToken for every request, and
 * neither credential caches before its own work: ClientAssertionCredential fetches GitHub ID tokens (two per call)
 * before MSAL looks in its cache, and AzureCliCredential runs `az` each time.
 */
function reused(inner) {
    const tokens = new Map();
    return {
        async getToken(scopes, options) {
            const key = [scopes].flat().join(' ');
            const held = tokens.get(key);
            if (held && !options?.claims && held.expiresOnTimestamp - RENEW_BEFORE_MS > Date.now())
                return held;
            const token = await inner.getToken(scopes, options);
            if (token)
                tokens.set(key, token);
            return token;
        },
    };
}
/** A given access token: its `exp` claim is its expiry; an opaque token is assumed valid for an hour. */
function staticToken(token) {
    const exp = decodeJwtClaims(token)?.exp;
    const expiresOnTimestamp = typeof exp === 'number' ? exp * 1000 : Date.now() + 3600_000;
    return {
        async getToken() {
            if (expiresOnTimestamp <= Date.now()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token', `the access token expired at ${new Date(expiresOnTimestamp).toISOString()}.`, 'Get a fresh token for https://service.powerapps.com/ (tokens last about an hour), or use OIDC sign-in.');
            }
            return { token, expiresOnTimestamp, tokenType: 'Bearer' };
        },
    };
}
/** The claims of a JWT, undecoded signature; undefined when the token is not a JWT. */
function decodeJwtClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return claims && typeof claims === 'object' && !Array.isArray(claims)
            ? claims
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** The caller's object id (`oid` claim), which the validate and resource-storage calls put in their path. */
function oidFromToken(accessToken) {
    const oid = decodeJwtClaims(accessToken)?.oid;
    if (typeof oid !== 'string' || oid === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('Microsoft Entra ID', 'the access token has no oid claim.', {
            hint: 'Sign in with an Entra ID identity (user or service principal); an opaque token cannot be used here.',
        });
    }
    return oid;
}


/***/ }),

/***/ 27194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ registerSecret),
/* harmony export */   f: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/**
 * Every secret this run was given, and the one function that takes them out of text before it leaves the process.
 * The runner masks only its log (`::add-mask::`); the job summary, the pull-request comment, annotations, outputs,
 * report files and package files are ours to scrub. Process-wide, like the runner's own list of masks.
 */

const REDACTED = '***';
/** Each secret in the forms it can take in what we publish, longest first so no form is cut by a shorter one. */
let forms = [];
const secrets = new Set();
/** Remembers a secret (and each line of a multi-line one) for redactSecrets. Blank values are ignored. */
function registerSecret(value) {
    const values = [value, ...value.split(/\r?\n/)].map((v) => v.trim()).filter((v) => v !== '');
    for (const v of values)
        secrets.add(v);
    const all = new Set();
    for (const s of secrets) {
        all.add(s);
        all.add(JSON.stringify(s).slice(1, -1)); // inside a JSON string (report.json, an echoed request body)
        all.add(encodeURIComponent(s)); // in a URL or a form body
        all.add((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(s)); // in a Markdown cell
    }
    forms = [...all].sort((a, b) => b.length - a.length);
}
/** The text with every registered secret, in any of its forms, replaced by `***`. */
function redactSecrets(text) {
    let out = text;
    for (const form of forms)
        if (out.includes(form))
            out = out.split(form).join(REDACTED);
    return out;
}


/***/ }),

/***/ 27854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ readDefinitionFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _raw_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93556);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87899);




/** Reads a definition from the workspace. `display` is the workspace-relative path used in messages. */
async function readDefinitionFile(file, display) {
    const info = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .statOrUndefined */ .md)(file);
    if (!info) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(display, 'file not found.', {
            hint: 'Check the path (relative to the repository root) and that the job runs actions/checkout before this step.',
        });
    }
    if (!info.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(display, 'is not a file.', { hint: 'Point the input at the definition file itself.' });
    }
    if (info.size > _raw_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DEFINITION_BYTES */ .N) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(display, `is ${info.size} bytes, over the ${_raw_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DEFINITION_BYTES */ .N}-byte limit.`, {
            hint: 'Power Platform accepts definitions under 1 MB: split the API into several connectors.',
        });
    }
    return { bytes: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file), source: display };
}


/***/ }),

/***/ 78022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readAtGitRef),
/* harmony export */   o: () => (/* binding */ gitTopLevel)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


async function git(cwd, args) {
    // Loaded on first use: most runs never read a git baseline, and node:child_process is not free to load.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_0__.promisify)(execFile)('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
}
async function hasCommit(cwd, ref) {
    try {
        await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The file as it is at a git ref, or undefined when the file did not exist there (a first export).
 * A shallow checkout (actions/checkout's default depth 1) lacks the base commit: fetch just that commit.
 */
async function readAtGitRef(workspace, ref, file) {
    const label = `${file}@${ref}`;
    if (!(await hasCommit(workspace, ref))) {
        try {
            await git(workspace, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(label, `git ref '${ref}' is not in the checkout and could not be fetched: ${firstLine(error)}`, {
                hint: "Use actions/checkout with 'fetch-depth: 0', or give 'baseline' a ref that exists.",
            });
        }
        // What was just fetched: a branch or tag of the remote has no local name of its own.
        ref = 'FETCH_HEAD';
    }
    try {
        return { bytes: await git(workspace, ['show', `${ref}:${file}`]), source: label };
    }
    catch (error) {
        if (/does not exist|exists on disk, but not in/.test(String(error.stderr ?? '')))
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(label, `could not be read from git: ${firstLine(error)}`);
    }
}
function firstLine(error) {
    const stderr = error.stderr?.toString().trim();
    return (stderr || error.message).split('\n')[0];
}
/** The root of the git work tree that holds `dir`, or undefined outside one (or without git). */
async function gitTopLevel(dir) {
    try {
        return (await git(dir, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 88204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yh: () => (/* binding */ readConnectorFolder),
  fh: () => (/* binding */ readConnectorSource),
  Sn: () => (/* binding */ readProjectAtGitRef),
  dB: () => (/* binding */ resolveConnectors)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/connector/settings.ts
var settings = __webpack_require__(48554);
// EXTERNAL MODULE: ./src/connector/project.ts
var connector_project = __webpack_require__(4510);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var pointer = __webpack_require__(57060);
;// CONCATENATED MODULE: ./src/sources/azureApp.ts


const SERVICE = 'Azure Resource Manager';
const INPUT = 'azure-app';
const SCOPE = 'https://management.azure.com/.default';
/** Resource group names allow letters, digits, `-_.()` (not ending in `.`); site names letters, digits and `-`. */
const SHAPE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/([\w\-.()]{1,90})\/([a-z0-9][a-z0-9-]{0,58})$/i;
function parseAzureApp(app) {
    const match = SHAPE.exec(app.trim());
    if (!match || match[2].endsWith('.')) {
        throw new errors/* InputError */.dz(INPUT, `'${app}' is not <subscription-id>/<resource-group>/<site>.`, "Use the three parts of the app's resource ID, e.g. `00000000-0000-0000-0000-000000000000/my-rg/my-func-app` (the portal shows them on the app's Overview page).");
    }
    return { subscription: match[1], resourceGroup: match[2], site: match[3] };
}
/**
 * Reads the definition URL an App Service or Function app publishes in its "API definition" setting
 * (`properties.apiDefinition.url` of the site's `config/web`).
 */
async function readAzureAppDefinitionUrl(options) {
    const { subscription, resourceGroup, site } = parseAzureApp(options.app);
    const armUrl = (options.armUrl ?? 'https://management.azure.com').replace(/\/+$/, '');
    const url = `${armUrl}/subscriptions/${subscription}/resourceGroups/${encodeURIComponent(resourceGroup)}` +
        `/providers/Microsoft.Web/sites/${site}/config/web?api-version=${encodeURIComponent(options.apiVersion ?? '2023-12-01')}`;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const signal = AbortSignal.timeout(timeoutMs);
    const token = await options.credential.getToken(SCOPE, { abortSignal: signal });
    if (!token) {
        throw new errors/* ServiceError */._7(SERVICE, 'the credential returned no token for Azure Resource Manager.', {
            hint: 'Check the azure/login step (or the federated credential) that signs the job in.',
        });
    }
    let response;
    let text;
    try {
        response = await fetch(url, {
            headers: { authorization: `Bearer ${token.token}`, accept: 'application/json' },
            signal,
        });
        // The deadline covers the body too: an answer that stalls after its headers is as slow as no answer.
        text = await response.text();
    }
    catch (error) {
        const why = signal.aborted ? `no answer within ${timeoutMs / 1000} s` : error.message;
        throw new errors/* ServiceError */._7(SERVICE, `${armUrl}: ${why}.`, {
            hint: 'Check that the runner can reach Azure Resource Manager.',
        });
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        // Not JSON: judged with the other answers that are not a JSON object, below.
    }
    const where = `site '${site}' in resource group '${resourceGroup}' (subscription ${subscription})`;
    if (!response.ok) {
        const error = body?.error;
        throw new errors/* ServiceError */._7(SERVICE, `reading the configuration of ${where} failed: ${error?.message ?? response.statusText}`, {
            status: response.status,
            code: error?.code,
            hint: hintFor(response.status),
        });
    }
    if (!(0,pointer/* isObject */.Gv)(body)) {
        throw new errors/* ServiceError */._7(SERVICE, `reading the configuration of ${where}: the answer (HTTP ${response.status}) is not a JSON object.`, {
            hint: "Something other than Azure Resource Manager answered (a proxy, a captive portal): check the runner's network and proxy settings, then re-run.",
        });
    }
    const definitionUrl = body.properties?.apiDefinition?.url;
    if (typeof definitionUrl !== 'string' || definitionUrl.trim() === '') {
        throw new errors/* ServiceError */._7(SERVICE, `${where} has no API definition URL.`, {
            hint: "In the Azure portal open the App Service or Function App, then API > API definition, enter the definition's URL (e.g. https://<app>.azurewebsites.net/api/openapi/v3.json) and Save; or pass the URL in 'definition' instead of 'azure-app'.",
        });
    }
    return definitionUrl.trim();
}
function hintFor(status) {
    if (status === 401)
        return 'The token was refused: check the azure/login step and the tenant it signs in to.';
    if (status === 403) {
        return "Give the signed-in identity the Reader (or Website Contributor) role on the app or its resource group: the setting is read from the site's config/web.";
    }
    if (status === 404)
        return "Check the subscription ID, resource group and site name in 'azure-app' (case and spelling).";
    return undefined;
}

// EXTERNAL MODULE: ./src/sources/file.ts
var sources_file = __webpack_require__(27854);
// EXTERNAL MODULE: ./src/sources/raw.ts
var raw = __webpack_require__(93556);
;// CONCATENATED MODULE: ./src/sources/url.ts


const url_SERVICE = 'Definition URL';
/** The URL as shown to users: no query string (a function key may sit in `?code=`). */
function displayUrl(url) {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
}
/**
 * Downloads a live definition (e.g. an Azure Function app's /api/swagger.json). Redirects are followed by hand so
 * that their number is capped, only http(s) targets are allowed, and the caller's headers (a function key) are
 * never sent to another origin.
 */
async function readDefinitionUrl(url, options) {
    refuseCredentials(url, `${displayUrl(url)}:`);
    const maxRedirects = options.maxRedirects ?? 5;
    const maxBytes = options.maxBytes ?? raw/* MAX_DEFINITION_BYTES */.N;
    const origin = new URL(url).origin;
    const signal = AbortSignal.timeout(options.timeoutMs);
    let current = url;
    for (let hop = 0;; hop++) {
        const sameOrigin = new URL(current).origin === origin;
        let response;
        try {
            response = await fetch(current, {
                redirect: 'manual',
                signal,
                headers: {
                    accept: 'application/json, application/yaml;q=0.9, */*;q=0.5',
                    ...(sameOrigin ? options.headers : {}),
                },
            });
        }
        catch (error) {
            throw requestFailed(error, current, signal, options.timeoutMs);
        }
        if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
            await response.body?.cancel();
            if (hop >= maxRedirects)
                throw new errors/* ServiceError */._7(url_SERVICE, `${displayUrl(url)}: more than ${maxRedirects} redirects.`, {
                    status: response.status,
                });
            const next = new URL(response.headers.get('location'), current);
            if (next.protocol !== 'https:' && next.protocol !== 'http:') {
                throw new errors/* ServiceError */._7(url_SERVICE, `${displayUrl(current)} redirects to a ${next.protocol} URL, which is not followed.`, { status: response.status });
            }
            refuseCredentials(next.href, `${displayUrl(current)} redirects to a URL that`);
            current = next.href;
            continue;
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new errors/* ServiceError */._7(url_SERVICE, `${displayUrl(current)} answered ${response.status} ${response.statusText}.`, {
                status: response.status,
                hint: response.status === 401 || response.status === 403
                    ? "The endpoint needs a key: pass it with 'definition-headers' (e.g. `x-functions-key: ${{ secrets.FUNCTION_KEY }}`)."
                    : response.status === 404
                        ? 'Check the path: Azure Functions serve /api/swagger.json (OpenAPI 2.0) or /api/openapi/v3.json.'
                        : undefined,
            });
        }
        const declared = Number(response.headers.get('content-length'));
        if (declared > maxBytes) {
            await response.body?.cancel();
            throw new errors/* ServiceError */._7(url_SERVICE, `${displayUrl(current)} is ${declared} bytes, over the ${maxBytes}-byte limit.`);
        }
        try {
            return { bytes: await readCapped(response, maxBytes, current), source: displayUrl(url) };
        }
        catch (error) {
            // The deadline covers the body too: a server that stalls after its headers is as slow as one that never answers.
            throw error instanceof errors/* ServiceError */._7 ? error : requestFailed(error, current, signal, options.timeoutMs);
        }
    }
}
/** A request that failed or ran out of time, said without the library's text (it may quote the URL's query). */
function requestFailed(error, url, signal, timeoutMs) {
    const timedOut = signal.aborted;
    return new errors/* ServiceError */._7(url_SERVICE, `${displayUrl(url)}: ${timedOut ? `no answer within ${timeoutMs / 1000} s` : `the request failed (${failureCode(error)})`}.`, {
        hint: timedOut
            ? "Check that the app is running (a cold Function app can be slow: raise 'definition-timeout')."
            : 'Check the URL and that the runner can reach it.',
    });
}
/**
 * A URL with a user name or password would print them wherever the URL is shown and send them as is: refused,
 * without repeating them.
 */
function refuseCredentials(url, what) {
    const u = new URL(url);
    if (u.username === '' && u.password === '')
        return;
    throw new errors/* ServiceError */._7(url_SERVICE, `${what} carries a user name or password (user:password@host), which is not sent.`, {
        hint: "Put the credentials in 'definition-headers' (e.g. `Authorization: Basic ${{ secrets.DEFINITION_AUTH }}`), which are masked.",
    });
}
/** `ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_...`: what went wrong, without the library's message. */
function failureCode(error) {
    const cause = error.cause;
    return typeof cause?.code === 'string' ? cause.code : 'network error';
}
async function readCapped(response, maxBytes, url) {
    const chunks = [];
    let total = 0;
    if (response.body === null)
        return new Uint8Array();
    for await (const chunk of response.body) {
        total += chunk.byteLength;
        if (total > maxBytes) {
            throw new errors/* ServiceError */._7(url_SERVICE, `${displayUrl(url)} sent more than ${maxBytes} bytes; the download was stopped.`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/sources/definition.ts



/** Reads the definition's bytes from the workspace, a URL, or the URL an Azure app's API definition setting names. */
async function readDefinition(location, options) {
    switch (location.kind) {
        case 'file':
            return (0,sources_file/* readDefinitionFile */.Q)(location.path, location.display);
        case 'url':
            return readDefinitionUrl(location.url, options);
        case 'azure-app': {
            const url = await readAzureAppDefinitionUrl({ app: location.app, credential: options.azureCredential() });
            return readDefinitionUrl(url, options);
        }
    }
}

// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(78022);
// EXTERNAL MODULE: ./src/sources/workspace.ts
var sources_workspace = __webpack_require__(87899);
;// CONCATENATED MODULE: ./src/sources/project.ts










const DEFINITION_EXTENSIONS = /\.(json|ya?ml)$/i;
/**
 * The connectors a run covers, in order: each `definition` entry, a pattern replaced by its matches (sorted).
 * A match is a connector folder, or a JSON/YAML file; other files a pattern happens to match are skipped.
 */
async function resolveConnectors(entries, workspace) {
    const out = [];
    const seen = new Set();
    const add = (location) => {
        const key = location.kind === 'file' ? location.path : location.display;
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(location);
    };
    for (const entry of entries) {
        if (entry.kind !== 'glob') {
            add(entry);
            continue;
        }
        const matches = [];
        for (const match of (0,external_node_fs_.globSync)(entry.pattern, { cwd: workspace })) {
            const full = external_node_path_default().resolve(workspace, match);
            const info = (0,sources_workspace/* statOrUndefined */.md)(full);
            if (!info || (!info.isDirectory() && !(info.isFile() && DEFINITION_EXTENSIONS.test(match))))
                continue;
            matches.push({ kind: 'file', path: full, display: match.split((external_node_path_default()).sep).join('/') });
        }
        if (matches.length === 0) {
            throw new errors/* InputError */.dz('definition', `the pattern '${entry.display}' matches no connector folder or definition file in the workspace.`, 'Check the pattern (relative to the repository root) and that the job runs actions/checkout first.');
        }
        matches.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
        for (const match of matches)
            add(match);
    }
    return out;
}
/** Reads one connector: a connector folder (paconn's layout), or a definition file or URL. */
async function readConnectorSource(location, options) {
    if (location.kind === 'file' && (0,sources_workspace/* statOrUndefined */.md)(location.path)?.isDirectory()) {
        if (options.apiProperties) {
            throw new errors/* InputError */.dz('api-properties', `'definition' is the folder ${location.display}, which has its own apiProperties.json.`, "Remove 'api-properties', or point 'definition' at the definition file.");
        }
        return readConnectorFolder(location.path, location.display);
    }
    const raw = await readDefinition(location, options);
    if (!options.apiProperties)
        return { raw };
    const file = await readOptional(options.apiProperties.path, options.apiProperties.display);
    if (!file) {
        throw new errors/* InputError */.dz('api-properties', `'${options.apiProperties.display}' is not a file in the workspace.`, 'Give the path of an apiProperties.json (relative to the repository root).');
    }
    return { raw, project: { apiProperties: file } };
}
/**
 * A connector folder as paconn reads it: settings.json (optional) names the files, else paconn's default names.
 * apiProperties.json, script.csx and icon.png are optional; a file settings.json names must exist.
 */
async function readConnectorFolder(dir, display) {
    const shown = (name) => (display === '' || display === '.' ? name : `${display}/${name}`);
    // Each file is read only when its real path stays in the folder: a symbolic link must not pull in another file.
    const inFolder = async (full, shownAs) => {
        await (0,sources_workspace/* checkInFolder */.uw)(full, dir, shownAs);
        return full;
    };
    const settingsFile = await readOptional(await inFolder(external_node_path_default().join(dir, settings/* PACKAGE_FILES */.$I.settings), shown(settings/* PACKAGE_FILES */.$I.settings)), shown(settings/* PACKAGE_FILES */.$I.settings));
    const named = settingsFile ? (0,connector_project/* readPaconnSettings */.F)(settingsFile) : {};
    const file = (key) => {
        const name = named[key] ?? settings/* PACKAGE_FILES */.$I[key];
        const full = external_node_path_default().resolve(dir, name);
        const rel = external_node_path_default().relative(dir, full);
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
            throw new errors/* DefinitionError */.gk(shown(settings/* PACKAGE_FILES */.$I.settings), `'${key}' names '${name}', outside the folder.`, {
                hint: `Keep the connector's files in ${display || 'its folder'} and name them relative to it.`,
            });
        }
        return { full, display: shown(rel.split((external_node_path_default()).sep).join('/')), required: named[key] !== undefined };
    };
    const definition = file('apiDefinition');
    const raw = await (0,sources_file/* readDefinitionFile */.Q)(await inFolder(definition.full, definition.display), definition.display);
    const project = { folder: display };
    if (settingsFile)
        project.settings = settingsFile;
    for (const key of ['apiProperties', 'script', 'icon']) {
        const f = file(key);
        const content = await readOptional(await inFolder(f.full, f.display), f.display);
        if (content)
            project[key] = content;
        // Named but absent: fatal for apiProperties.json (exporting without it would drop its content); the icon and
        // the script are reported by validation, and the connector is exported without them.
        else if (f.required && key === 'apiProperties') {
            throw new errors/* DefinitionError */.gk(shown(settings/* PACKAGE_FILES */.$I.settings), `'${key}' names '${f.display}', which does not exist.`, {
                hint: `Add the file, or remove '${key}' from settings.json.`,
            });
        }
        else if (f.required)
            (project.missing ??= []).push({ member: key, file: f.display });
    }
    return { raw, project };
}
/** A file's bytes, or undefined when there is no such file; bounded like a definition. */
async function readOptional(full, display) {
    const info = (0,sources_workspace/* statOrUndefined */.md)(full);
    if (!info?.isFile())
        return undefined;
    if (info.size > raw/* MAX_DEFINITION_BYTES */.N) {
        throw new errors/* DefinitionError */.gk(display, `is ${info.size} bytes, over the ${raw/* MAX_DEFINITION_BYTES */.N}-byte limit.`, {
            hint: 'A connector file this large is not one the platform accepts: check the path.',
        });
    }
    return { bytes: (0,external_node_fs_.readFileSync)(full), source: display };
}
/** A connector folder's apiProperties.json and script.csx at a git ref (workspace paths); absent ones are undefined. */
async function readProjectAtGitRef(workspace, ref, files) {
    const read = async (file) => file === undefined ? undefined : (0,git/* readAtGitRef */.R)(workspace, ref, file);
    const [apiProperties, script] = await Promise.all([read(files.apiProperties), read(files.script)]);
    return { ...(apiProperties ? { apiProperties } : {}), ...(script ? { script } : {}) };
}


/***/ }),

/***/ 93556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ MAX_DEFINITION_BYTES),
/* harmony export */   O: () => (/* binding */ registeredDefinition)
/* harmony export */ });
/** Definitions larger than this are refused before parsing (the platform's own limit is 1 MB). */
const MAX_DEFINITION_BYTES = 10 * 1024 * 1024;
/** A registered connector's definition as a baseline to read like any other (the `connector` baseline). */
function registeredDefinition(value, name) {
    return value === undefined
        ? undefined
        : { bytes: Buffer.from(JSON.stringify(value)), source: `registered connector ${name}` };
}


/***/ }),

/***/ 87899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   YB: () => (/* binding */ lstatOrUndefined),
/* harmony export */   dN: () => (/* binding */ realPathOf),
/* harmony export */   dx: () => (/* binding */ writeWorkspaceFile),
/* harmony export */   md: () => (/* binding */ statOrUndefined),
/* harmony export */   uw: () => (/* binding */ checkInFolder),
/* harmony export */   vk: () => (/* binding */ checkWorkspaceFiles)
/* harmony export */ });
/* unused harmony export checkInWorkspace */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27194);
/**
 * Where the action may read and write, checked on real paths: a symbolic link in the checkout (a pull request can
 * add one) must not make the action read a file outside the workspace or write through it.
 *
 * The action's file system calls are synchronous (node:fs): a run reads and writes one file at a time, and
 * node:fs/promises would load Node's stream and readline modules on every run, more than all our own file work.
 */




/** The real path of a file that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
async function realPathOf(file) {
    const rest = [];
    let at = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(at), ...rest.reverse());
        }
        catch (error) {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
            if (error.code !== 'ENOENT' || parent === at)
                throw error;
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(at));
            at = parent;
        }
    }
}
/**
 * Whether `child` is `root` itself or inside it (paths already resolved). Only a first segment of exactly `..` leaves
 * the root: `..notes.json` is a file inside it. An absolute `rel` is another drive (Windows).
 */
function isWithin(child, root) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, child);
    return rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
}
/** Refuses a workspace path whose real path (every symbolic link followed) leaves the workspace. */
async function checkInWorkspace(input, file, workspace) {
    const [real, root] = await Promise.all([realPathOf(file), realPathOf(workspace)]);
    if (isWithin(real, root))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, file)}' is a symbolic link (or lies under one) that leads outside the workspace.`, 'Point the input at a file in the repository itself, not at a link to a file elsewhere.');
}
/** Refuses a file of a connector folder whose real path leaves the folder (a symbolic link to elsewhere). */
async function checkInFolder(file, folder, display) {
    const [real, root] = await Promise.all([realPathOf(file), realPathOf(folder)]);
    if (isWithin(real, root))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DefinitionError */ .gk(display, 'is a symbolic link (or lies under one) that leads outside the connector folder.', {
        hint: "Keep the connector's files in its folder itself, not links to files elsewhere.",
    });
}
/**
 * Every workspace file or folder one connector's run reads (its definition or folder, the baseline, the icon,
 * `api-properties`), checked before anything is read. A folder's own files are checked as they are read.
 */
async function checkWorkspaceFiles(settings, definition) {
    const { workspace, baseline, iconPath, apiPropertiesPath } = settings;
    if (definition.kind === 'file')
        await checkInWorkspace('definition', definition.path, workspace);
    if (baseline.kind === 'file')
        await checkInWorkspace('baseline', baseline.path, workspace);
    if (iconPath !== undefined)
        await checkInWorkspace('icon', iconPath, workspace);
    if (apiPropertiesPath !== undefined)
        await checkInWorkspace('api-properties', apiPropertiesPath.path, workspace);
}
/**
 * Overwrites (or creates) a file in the workspace without following a symbolic link: a link there is refused, not
 * written through, and the folder it goes in must really be in the workspace. Registered secrets are taken out.
 */
async function writeWorkspaceFile(input, file, text, workspace) {
    const display = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, file);
    const link = lstatOrUndefined(file)?.isSymbolicLink() ?? false;
    if (link) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `'${display}' is a symbolic link: connector-export does not write through links.`, 'Commit the file itself at that path, not a link to it.');
    }
    await checkInWorkspace(input, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), workspace);
    // O_NOFOLLOW: a link put there after the check above still fails instead of being followed.
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .f)(text));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** A path's stat, or undefined when it cannot be had (absent, unreadable). */
function statOrUndefined(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch {
        return undefined;
    }
}
/** lstat (a link itself, not what it points to), or undefined when it cannot be had. */
function lstatOrUndefined(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch {
        return undefined;
    }
}


/***/ })

};
