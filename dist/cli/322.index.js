export const id = 322;
export const ids = [322];
export const modules = {

/***/ 49705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gt: () => (/* binding */ asArgumentError),
  A7: () => (/* binding */ cliSettings),
  Qf: () => (/* binding */ readAndValidate)
});

// EXTERNAL MODULE: ./src/connector/name.ts
var connector_name = __webpack_require__(42988);
// EXTERNAL MODULE: ./src/definition/lines.ts
var lines = __webpack_require__(2198);
// EXTERNAL MODULE: ./src/definition/prepare.ts + 7 modules
var prepare = __webpack_require__(72493);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
function definitionLocation(value, azureApp, workspace) {
    if (value !== '' && azureApp !== '') {
        throw new errors/* InputError */.dz('azure-app', "is set together with 'definition'.", "Set only one: 'definition' (file or URL) or 'azure-app'.");
    }
    if (azureApp !== '')
        return { kind: 'azure-app', app: azureApp, display: `Azure app ${azureApp}` };
    if (value === '') {
        throw new errors/* InputError */.dz('definition', 'is required.', "Set 'definition' to the definition file in the repository or its http(s) URL.");
    }
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
    if (scheme !== undefined) {
        if (scheme !== 'http' && scheme !== 'https') {
            throw new errors/* InputError */.dz('definition', `the scheme '${scheme}:' is not supported.`, 'Use a workspace path or an http(s) URL.');
        }
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new errors/* InputError */.dz('definition', `'${value}' is not a valid URL.`);
        }
        return { kind: 'url', url: url.href, display: `${url.origin}${url.pathname}` };
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
    for (const line of value.split('\n')) {
        if (line.trim() === '')
            continue;
        const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
        if (!m) {
            throw new errors/* InputError */.dz('definition-headers', `line '${line.split(':')[0].trim()}' is not 'Name: value'.`, 'Write one header per line, e.g. `x-functions-key: ${{ secrets.FUNCTION_KEY }}`.');
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
function httpsUrl(input, value) {
    if (value === undefined)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz(input, `'${value}' is not a URL.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* InputError */.dz(input, `'${value}' is not an http(s) URL.`);
    return value.replace(/\/+$/, '');
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
    const brand = inputs.get('icon-brand-color') || '#007ee5';
    if (!/^#[0-9a-fA-F]{6}$/.test(brand)) {
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
    if (mode === 'express') {
        if (environment === undefined) {
            throw new errors/* InputError */.dz('environment', 'is required in express mode.', 'Set it to the Power Platform environment id (Power Platform admin center -> Environments), or ~Default.');
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
    return {
        workspace,
        definition: definitionLocation(inputs.get('definition').trim(), inputs.get('azure-app').trim(), workspace),
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
            iconBrandColor: brand.toLowerCase(),
            apiKeyLabel: optional(inputs, 'api-key-label'),
            oauthClientId: optional(inputs, 'oauth-client-id'),
            oauthScopes: inputs.get('oauth-scopes') === '' ? undefined : list(inputs.get('oauth-scopes')),
            aadResourceUrl: optional(inputs, 'aad-resource-url'),
            aadTenantId: optional(inputs, 'aad-tenant-id'),
            aadLoginUrl: httpsUrl('aad-login-url', optional(inputs, 'aad-login-url')),
        },
        artifactName,
        retentionDays: integer('retention-days', inputs.get('retention-days'), 1, 90),
        packagePath: packagePath === undefined ? undefined : external_node_path_default().resolve(workspace, packagePath),
        baseline,
        updateBaseline,
        failOn: oneOf('fail-on', inputs.get('fail-on'), ['breaking', 'warning', 'any', 'never'], 'breaking'),
        comment: oneOf('comment', inputs.get('comment'), ['auto', 'always', 'never'], 'auto'),
        commentKey: optional(inputs, 'comment-key'),
        githubToken,
        express: {
            environment,
            connectorId: optional(inputs, 'connector-id'),
            powerAppsUrl: httpsUrl('powerapps-url', optional(inputs, 'powerapps-url')) ?? 'https://api.powerapps.com',
            apiVersion: inputs.get('api-version') || '2016-11-01',
            auth,
            tenantId: optional(inputs, 'tenant-id'),
            clientId,
            clientSecret,
            token,
            authorityHost: httpsUrl('authority-host', optional(inputs, 'authority-host')),
            oauthClientSecret,
            dryRun: oneOf('dry-run', inputs.get('dry-run'), ['auto', 'true', 'false'], 'auto'),
            validateRemotely: inputs_boolean('validate-remotely', inputs.get('validate-remotely'), false),
            forceUpdate: inputs_boolean('force-update', inputs.get('force-update'), false),
        },
    };
}

// EXTERNAL MODULE: ./src/report/findings.ts
var report_findings = __webpack_require__(19334);
// EXTERNAL MODULE: ./src/drift/rules.ts
var rules = __webpack_require__(60556);
// EXTERNAL MODULE: ./src/validation/index.ts + 11 modules
var validation = __webpack_require__(20659);
;// CONCATENATED MODULE: ./src/ruleIds.ts


/** Rule ids produced outside the two catalogues: the service's own validation, and the OpenAPI 3 conversion. */
const OTHER_RULE = /^(remote-validation|oas3-[a-z0-9-]+)$/;
/** The ids in `ignore-rules` that no rule has: a typo there would silently ignore nothing. */
function unknownRuleIds(ids) {
    const known = new Set([...validation/* validationRules */.t.map((r) => r.id), ...rules/* driftRules */.x.map((r) => r.id)]);
    return ids.filter((id) => !known.has(id) && !OTHER_RULE.test(id));
}

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
    const token = await options.credential.getToken(SCOPE);
    if (!token) {
        throw new errors/* ServiceError */._7(SERVICE, 'the credential returned no token for Azure Resource Manager.', {
            hint: 'Check the azure/login step (or the federated credential) that signs the job in.',
        });
    }
    let response;
    try {
        response = await fetch(url, {
            headers: { authorization: `Bearer ${token.token}`, accept: 'application/json' },
            signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
    }
    catch (error) {
        throw new errors/* ServiceError */._7(SERVICE, `${armUrl}: ${error.message}.`, {
            hint: 'Check that the runner can reach Azure Resource Manager.',
        });
    }
    const text = await response.text();
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
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
    const definitionUrl = body?.properties
        ?.apiDefinition?.url;
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
var file = __webpack_require__(27854);
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
            const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
            throw new errors/* ServiceError */._7(url_SERVICE, `${displayUrl(current)}: ${timedOut ? `no answer within ${options.timeoutMs / 1000} s` : error.message}.`, {
                hint: timedOut
                    ? "Check that the app is running (a cold Function app can be slow: raise 'definition-timeout')."
                    : 'Check the URL and that the runner can reach it.',
            });
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
        const declared = Number(response.headers.get('content-length') ?? '0');
        if (declared > maxBytes) {
            await response.body?.cancel();
            throw new errors/* ServiceError */._7(url_SERVICE, `${displayUrl(current)} is ${declared} bytes, over the ${maxBytes}-byte limit.`);
        }
        return { bytes: await readCapped(response, maxBytes, current), source: displayUrl(url) };
    }
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
            return (0,file/* readDefinitionFile */.Q)(location.path, location.display);
        case 'url':
            return readDefinitionUrl(location.url, options);
        case 'azure-app': {
            const url = await readAzureAppDefinitionUrl({ app: location.app, credential: options.azureCredential() });
            return readDefinitionUrl(url, options);
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/engine.ts









/**
 * The action's Settings from command-line arguments: the same checks and the same messages, re-addressed from the
 * input's name to the argument's. Secrets go to `mask`, so that the caller can keep them out of every output.
 */
function cliSettings(inputs, workspace, mask) {
    try {
        return readSettings({ get: (name) => inputs.values[name] ?? '' }, { GITHUB_WORKSPACE: workspace }, mask);
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
/** Read (OpenAPI 3 converted), then validate: steps 1 and 2 of main.ts for a definition file or URL. */
async function readAndValidate(settings, warn) {
    const raw = await readDefinition(settings.definition, {
        headers: settings.definitionHeaders,
        timeoutMs: settings.definitionTimeoutMs,
        azureCredential: () => {
            throw new errors/* InputError */.dz('azure-app', 'is not offered on the command line.', 'Give the definition file or its URL.');
        },
    });
    const { definition, sourceVersion, findings: conversionFindings, } = (0,prepare/* prepareDefinition */.D)(raw, { server: settings.server });
    const unknown = unknownRuleIds(settings.ignoreRules);
    if (unknown.length > 0) {
        warn(`--ignore-rules: no rule has the id ${unknown.map((id) => `'${id}'`).join(', ')}; the README lists the rule ids.`);
    }
    const ignored = new Set(settings.ignoreRules);
    const findings = [
        ...conversionFindings.filter((f) => !ignored.has(f.rule)),
        ...(0,validation/* validateDefinition */.G)(definition, { ignoreRules: settings.ignoreRules }),
    ];
    const counts = (0,report_findings/* countFindings */.Gt)(findings);
    return {
        connectorName: (0,connector_name/* connectorNameOf */.O)(settings.connectorName, definition.value),
        definition,
        sourceVersion,
        columnOf: (0,lines/* lineStartColumns */.Mz)(Buffer.from(raw.bytes).toString('utf8')),
        findings,
        counts,
        validationFails: (0,report_findings/* failsValidation */.rh)(counts, settings.failOnValidation),
    };
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

/***/ 42988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ connectorNameOf),
/* harmony export */   t: () => (/* binding */ slugOf)
/* harmony export */ });
/* harmony import */ var _definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57060);

/** The connector's display name: the one set on purpose, else the definition's `info.title`, else `connector`. */
function connectorNameOf(given, definition) {
    const info = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(definition) ? definition.info : undefined;
    const title = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(info) && typeof info.title === 'string' ? info.title.trim() : '';
    return given ?? (title || 'connector');
}
/** A name for files and artifacts: lower case, ASCII letters and digits, dashes. */
function slugOf(name) {
    return (name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '') // accents off: Ünïcödé -> unicode
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'connector');
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
        const next = text.charCodeAt(at + 1);
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
 * 1-based column of the first non-blank character of each line: where the member a line number names begins in a
 * pretty-printed JSON or YAML text, for editors that jump to `file:line:column`.
 */
function lineStartColumns(text) {
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    return (line) => {
        const m = /^[ \t]*/.exec(lines[line - 1] ?? '');
        return (m?.[0].length ?? 0) + 1;
    };
}


/***/ }),

/***/ 72493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ prepareDefinition)
});

// EXTERNAL MODULE: ./src/definition/pointer.ts
var definition_pointer = __webpack_require__(57060);
;// CONCATENATED MODULE: ./src/openapi3/context.ts

/** State shared by every step of one conversion. Pointers in findings always name the SOURCE document. */
class Context {
    root;
    findings = [];
    lineOf;
    /** A shared component is converted once per use; report each problem once. */
    reported = new Set();
    constructor(source) {
        this.lineOf = source.lineOf;
        this.root = (0,definition_pointer/* isObject */.Gv)(source.value) ? this.acyclic(source.value, [], new Set()) : {};
    }
    /**
     * A copy without object cycles (YAML aliases can point at an ancestor), so every later walk terminates:
     * the looping alias becomes an empty object, with an error finding.
     */
    acyclic(value, path, ancestors) {
        if (value === null || typeof value !== 'object')
            return value;
        if (ancestors.has(value)) {
            this.report('oas3-cyclic-alias', 'error', (0,definition_pointer/* toPointer */.rb)(path), 'This YAML alias contains itself, which JSON cannot express; it is replaced by an empty object.');
            return {};
        }
        ancestors.add(value);
        let out;
        // The path is built only when a cycle is reported: this walk visits every node of large documents.
        const step = (k, v) => {
            path.push(k);
            const copied = this.acyclic(v, path, ancestors);
            path.pop();
            return copied;
        };
        if (Array.isArray(value))
            out = value.map((v, i) => step(i, v));
        else
            out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, step(k, v)]));
        ancestors.delete(value);
        return out;
    }
    report(rule, level, pointer, message) {
        const key = `${rule} ${pointer}`;
        if (this.reported.has(key))
            return;
        this.reported.add(key);
        const line = this.lineOf?.(pointer);
        this.findings.push(line === undefined ? { rule, level, message, pointer } : { rule, level, message, pointer, line });
    }
    /**
     * Follows internal `$ref`s until a non-reference (or an unresolvable one). Returns the target and its pointer;
     * a loop or a dangling reference returns the last reference object itself.
     */
    resolve(node, pointer) {
        const seen = new Set();
        while ((0,definition_pointer/* isObject */.Gv)(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#') && !seen.has(node.$ref)) {
            seen.add(node.$ref);
            const target = (0,definition_pointer/* getAt */.sM)(this.root, node.$ref);
            if (target === undefined)
                break;
            pointer = refPointer(node.$ref);
            node = target;
        }
        return { node, pointer };
    }
}
/** The pointer an internal `$ref` names, in the canonical form findings use (`%7B` decoded, `~1` kept). */
function refPointer(ref) {
    return (0,definition_pointer/* toPointer */.rb)((0,definition_pointer/* parsePointer */.vp)(ref) ?? []);
}
/** The component kinds whose references keep a 2.0 equivalent. */
const REF_MAP = {
    '#/components/schemas/': '#/definitions/',
    '#/components/parameters/': '#/parameters/',
    '#/components/responses/': '#/responses/',
};
/**
 * The 2.0 reference for a 3.x one to a whole schema/parameter/response component, or undefined when the target
 * has no 2.0 home (deeper pointers, other component kinds, paths) and must be inlined instead.
 */
function mapRef(ref) {
    for (const [from, to] of Object.entries(REF_MAP)) {
        if (ref.startsWith(from) && !ref.slice(from.length).includes('/'))
            return to + ref.slice(from.length);
    }
    return undefined;
}
/**
 * A copy of an `x-` extension value with component references rewritten, so the 2.0 document has no dangling
 * `#/components/...` pointer (tools resolve `$ref`s inside extensions too).
 */
function rewriteExtension(ctx, value, pointer) {
    if (Array.isArray(value))
        return value.map((v, i) => rewriteExtension(ctx, v, (0,definition_pointer/* childPointer */.Y2)(pointer, i)));
    if (!(0,definition_pointer/* isObject */.Gv)(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) {
            const mapped = mapRef(v);
            if (mapped === undefined) {
                ctx.report('oas3-ref-unsupported', 'warning', pointer, `Extension reference '${v}' has no Swagger 2.0 equivalent and is kept as is; it will not resolve.`);
            }
            out[k] = mapped ?? v;
        }
        else {
            out[k] = rewriteExtension(ctx, v, (0,definition_pointer/* childPointer */.Y2)(pointer, k));
        }
    }
    return out;
}
/** Copies `x-` extensions (except those named in `consumed`) from a 3.x object onto its 2.0 counterpart. */
function copyExtensions(ctx, from, to, pointer, consumed = []) {
    for (const [k, v] of Object.entries(from)) {
        if (k.startsWith('x-') && !consumed.includes(k))
            to[k] = rewriteExtension(ctx, v, (0,definition_pointer/* childPointer */.Y2)(pointer, k));
    }
}
/** True for media types whose body is JSON (the form the platform handles best). */
function isJsonMediaType(mediaType) {
    return /^(application|text)\/([^;]+\+)?json\b/i.test(mediaType) || mediaType.startsWith('*/*');
}
/** The media type to take a schema from: JSON first, else the first listed. */
function preferredMediaType(types) {
    return types.find(isJsonMediaType) ?? types[0];
}
/**
 * An example value with every internal `$ref` inside it replaced by its target (an Example component by its
 * `value`): some generators reference examples from within example data, and 2.0 has nowhere for them to point.
 * External and looping references are left out: tools would try to load them, and example data is only a sample.
 */
function exampleValue(ctx, value, inlining = []) {
    if (Array.isArray(value))
        return value.map((v) => exampleValue(ctx, v, inlining));
    if (!(0,definition_pointer/* isObject */.Gv)(value))
        return value;
    const ref = value.$ref;
    if (typeof ref === 'string') {
        if (!ref.startsWith('#') || inlining.includes(ref))
            return undefined;
        const target = (0,definition_pointer/* getAt */.sM)(ctx.root, ref);
        const inner = ref.startsWith('#/components/examples/') && (0,definition_pointer/* isObject */.Gv)(target) ? target.value : target;
        return exampleValue(ctx, inner, [...inlining, ref]);
    }
    return Object.fromEntries(Object.entries(value)
        .map(([k, v]) => [k, exampleValue(ctx, v, inlining)])
        .filter(([, v]) => v !== undefined));
}
/** The `example` of a parameter or media type, else the value of the first of its `examples`. */
function firstExample(ctx, holder) {
    if (holder.example !== undefined)
        return exampleValue(ctx, holder.example);
    if (!(0,definition_pointer/* isObject */.Gv)(holder.examples))
        return undefined;
    const { node } = ctx.resolve(Object.values(holder.examples)[0], '');
    return (0,definition_pointer/* isObject */.Gv)(node) ? exampleValue(ctx, node.value) : undefined;
}

;// CONCATENATED MODULE: ./src/openapi3/schema.ts


/** Validation keywords with the same meaning in 3.x schemas and 2.0 schemas, parameters and headers. */
const CONSTRAINTS = [
    'format',
    'default',
    'multipleOf',
    'maximum',
    'minimum',
    'maxLength',
    'minLength',
    'pattern',
    'maxItems',
    'minItems',
    'uniqueItems',
    'enum',
];
/** Keywords whose meaning and shape are the same in a 2.0 schema. */
const SAME = [
    'title',
    'description',
    ...CONSTRAINTS,
    'maxProperties',
    'minProperties',
    'readOnly',
    'xml',
    'externalDocs',
];
/** Handled below, or metadata with no effect on the data. */
const HANDLED = new Set([
    ...SAME,
    'example',
    '$ref',
    'type',
    'nullable',
    'required',
    'items',
    'properties',
    'additionalProperties',
    'allOf',
    'oneOf',
    'anyOf',
    'not',
    'writeOnly',
    'discriminator',
    'const',
    'examples',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'contentEncoding',
    'contentMediaType',
    '$schema',
    '$id',
    '$comment',
    '$anchor',
]);
const STRUCTURAL = ['$ref', 'type', 'properties', 'items', 'allOf', 'additionalProperties', 'enum'];
const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean']);
/**
 * Converts a 3.0/3.1 schema to a 2.0 one. References to schema components become `#/definitions/...` (so
 * recursive schemas stay references and conversion never loops); other internal references are inlined.
 * `inlining` holds the references being inlined, to stop on a reference cycle.
 */
function convertSchema(ctx, schema, pointer, inlining = []) {
    if (schema === true || schema === undefined)
        return {};
    if (!(0,definition_pointer/* isObject */.Gv)(schema)) {
        ctx.report('oas3-schema-invalid', 'warning', pointer, 'This schema is not an object; it is converted to an empty (any-value) schema.');
        return {};
    }
    const out = {};
    if (typeof schema.$ref === 'string') {
        const inlined = convertRef(ctx, schema.$ref, pointer, inlining, out);
        if (inlined)
            return Object.assign(inlined, annotations(ctx, schema, pointer));
    }
    for (const key of SAME)
        if (schema[key] !== undefined)
            out[key] = schema[key];
    if (schema.example !== undefined)
        out.example = exampleValue(ctx, schema.example);
    convertType(ctx, schema, pointer, out);
    if (schema.nullable === true)
        out['x-nullable'] = true;
    // 2.0 (draft 4) wants a non-empty list of unique names; an empty one (valid in 3.1) says nothing anyway.
    if (Array.isArray(schema.required) && schema.required.length > 0)
        out.required = [...new Set(schema.required)];
    if (schema.items !== undefined) {
        out.items = Array.isArray(schema.items)
            ? convertSchema(ctx, schema.items[0], (0,definition_pointer/* childPointer */.Y2)(pointer, 'items', 0), inlining)
            : convertSchema(ctx, schema.items, (0,definition_pointer/* childPointer */.Y2)(pointer, 'items'), inlining);
    }
    else if (out.type === 'array') {
        ctx.report('oas3-array-items-missing', 'warning', pointer, 'An array schema without `items` is given `items: {}` (any value), as Swagger 2.0 requires `items`.');
        out.items = {};
    }
    if ((0,definition_pointer/* isObject */.Gv)(schema.properties)) {
        const props = {};
        for (const [name, prop] of Object.entries(schema.properties)) {
            props[name] = convertSchema(ctx, prop, (0,definition_pointer/* childPointer */.Y2)(pointer, 'properties', name), inlining);
        }
        out.properties = props;
    }
    if (typeof schema.additionalProperties === 'boolean')
        out.additionalProperties = schema.additionalProperties;
    else if (schema.additionalProperties !== undefined) {
        out.additionalProperties = convertSchema(ctx, schema.additionalProperties, (0,definition_pointer/* childPointer */.Y2)(pointer, 'additionalProperties'), inlining);
    }
    if (Array.isArray(schema.allOf)) {
        out.allOf = schema.allOf.map((s, i) => convertSchema(ctx, s, (0,definition_pointer/* childPointer */.Y2)(pointer, 'allOf', i), inlining));
    }
    convertBounds(schema, out);
    if (schema.const !== undefined)
        out.enum = [schema.const];
    if (Array.isArray(schema.examples) && schema.examples.length > 0 && out.example === undefined)
        out.example = schema.examples[0];
    if (out.type === 'string' && out.format === undefined) {
        if (schema.contentEncoding === 'base64')
            out.format = 'byte';
        else if (typeof schema.contentMediaType === 'string' && schema.contentEncoding === undefined)
            out.format = 'binary';
    }
    if (schema.not !== undefined) {
        ctx.report('oas3-schema-not-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'not'), 'Swagger 2.0 has no `not`; the restriction is dropped, so the platform accepts values the API may reject.');
    }
    if (schema.writeOnly === true) {
        ctx.report('oas3-schema-writeonly-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'writeOnly'), 'Swagger 2.0 has no `writeOnly`; the property also appears in responses (as dynamic content that stays empty).');
    }
    for (const key of ['oneOf', 'anyOf']) {
        if (Array.isArray(schema[key]))
            alternatives(ctx, schema[key], key, (0,definition_pointer/* childPointer */.Y2)(pointer, key), out, inlining);
    }
    if (schema.discriminator !== undefined)
        discriminator(ctx, schema.discriminator, (0,definition_pointer/* childPointer */.Y2)(pointer, 'discriminator'), out);
    dropUnknown(ctx, schema, pointer, HANDLED);
    copyExtensions(ctx, schema, out, pointer);
    return out;
}
/** Reports each keyword with no 2.0 equivalent (other than `x-` extensions and the `handled` ones). */
function dropUnknown(ctx, from, pointer, handled) {
    for (const [key, value] of Object.entries(from)) {
        if (handled.has(key) || key.startsWith('x-'))
            continue;
        if (key === 'deprecated' && value !== true)
            continue;
        ctx.report('oas3-keyword-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, key), `Swagger 2.0 has no \`${key}\` here; it is dropped.`);
    }
}
/** Annotations kept beside a `$ref` (2.0 tools ignore them but they document the use site). */
function annotations(ctx, schema, pointer) {
    const out = {};
    for (const key of ['description', 'title', 'readOnly', 'example', 'default'])
        if (schema[key] !== undefined)
            out[key] = schema[key];
    if (schema.nullable === true)
        out['x-nullable'] = true;
    copyExtensions(ctx, schema, out, pointer);
    return out;
}
/**
 * Sets `out.$ref` for a mappable reference and returns undefined; returns the converted target for one that must be
 * inlined (an empty schema, with a finding, when it cannot be).
 */
function convertRef(ctx, ref, pointer, inlining, out) {
    const mapped = ref.startsWith('#/components/schemas/') ? mapRef(ref) : undefined;
    if (mapped !== undefined) {
        out.$ref = mapped;
        return undefined;
    }
    if (!ref.startsWith('#')) {
        ctx.report('oas3-ref-external', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, '$ref'), `External reference '${ref}' is kept as is; the platform only accepts references inside the document, so bundle it first.`);
        out.$ref = ref;
        return undefined;
    }
    const target = (0,definition_pointer/* getAt */.sM)(ctx.root, ref);
    if (target === undefined || inlining.includes(ref)) {
        const why = target === undefined ? 'does not resolve' : 'refers to itself through inlined schemas';
        ctx.report('oas3-ref-unsupported', 'error', (0,definition_pointer/* childPointer */.Y2)(pointer, '$ref'), `Reference '${ref}' ${why}; it is replaced by an any-value schema.`);
        return {};
    }
    return convertSchema(ctx, target, refPointer(ref), [...inlining, ref]);
}
/** 3.1 type lists: `[x, "null"]` -> `x` + `x-nullable`; other lists lose their precision with a finding. */
function convertType(ctx, schema, pointer, out) {
    const types = Array.isArray(schema.type)
        ? schema.type.filter((t) => typeof t === 'string')
        : typeof schema.type === 'string'
            ? [schema.type]
            : [];
    const nonNull = types.filter((t) => t !== 'null');
    if (nonNull.length < types.length)
        out['x-nullable'] = true;
    if (nonNull.length === 1)
        out.type = nonNull[0];
    else if (nonNull.length > 1) {
        const numeric = nonNull.every((t) => t === 'number' || t === 'integer');
        if (numeric)
            out.type = 'number';
        ctx.report('oas3-schema-type-list', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'type'), `Swagger 2.0 allows one type; [${nonNull.join(', ')}] becomes ${numeric ? '`number`' : 'an any-value schema (no type)'}.`);
    }
}
/** 3.1 numeric `exclusiveMinimum`/`exclusiveMaximum` -> the 2.0 boolean form beside `minimum`/`maximum`. */
function convertBounds(schema, out) {
    for (const [exclusive, bound] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum'],
    ]) {
        const value = schema[exclusive];
        if (typeof value === 'number') {
            out[bound] = value;
            out[exclusive] = true;
        }
        else if (value === true && out[bound] !== undefined)
            out[exclusive] = true;
    }
}
function isNullSchema(s) {
    return (0,definition_pointer/* isObject */.Gv)(s) && (s.type === 'null' || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null));
}
/**
 * `oneOf`/`anyOf` -> the closest 2.0 form: null branches become `x-nullable`; a single remaining branch is merged in;
 * branches of one primitive type become that type; objects keep the first branch; mixed types become any-value.
 */
function alternatives(ctx, branches, key, pointer, out, inlining) {
    const kept = branches.map((b, i) => ({ b, i })).filter(({ b }) => !isNullSchema(b));
    if (kept.length < branches.length)
        out['x-nullable'] = true;
    if (kept.length === 0)
        return;
    if (kept.length === 1) {
        merge(out, convertSchema(ctx, kept[0].b, (0,definition_pointer/* childPointer */.Y2)(pointer, kept[0].i), inlining));
        return;
    }
    const resolved = kept.map(({ b, i }) => ctx.resolve(b, (0,definition_pointer/* childPointer */.Y2)(pointer, i)).node);
    const types = new Set(resolved.map((r) => ((0,definition_pointer/* isObject */.Gv)(r) ? (r.type ?? (r.properties ? 'object' : undefined)) : undefined)));
    const [only] = types;
    let outcome;
    if (types.size === 1 && typeof only === 'string' && PRIMITIVE_TYPES.has(only)) {
        const enums = resolved.map((r) => r.enum);
        merge(out, { type: only, ...(enums.every(Array.isArray) ? { enum: [...new Set(enums.flat())] } : {}) });
        outcome = `a single \`${only}\` schema`;
    }
    else if (types.size === 1 && only === 'object') {
        merge(out, convertSchema(ctx, kept[0].b, (0,definition_pointer/* childPointer */.Y2)(pointer, kept[0].i), inlining));
        outcome = 'its first branch';
    }
    else {
        outcome = 'an any-value schema';
    }
    ctx.report('oas3-schema-alternatives', 'warning', pointer, `Swagger 2.0 has no \`${key}\`; the ${kept.length} alternatives become ${outcome}.`);
}
/** Merges a converted branch into its parent: a lone reference stays a reference, otherwise the parent wins. */
function merge(out, branch) {
    if (typeof branch.$ref === 'string' && STRUCTURAL.some((k) => out[k] !== undefined)) {
        out.allOf = [...(out.allOf ?? []), branch];
        return;
    }
    for (const [k, v] of Object.entries(branch)) {
        if (k === 'properties' && (0,definition_pointer/* isObject */.Gv)(out.properties) && (0,definition_pointer/* isObject */.Gv)(v))
            out.properties = { ...v, ...out.properties };
        else if (k === 'required' && Array.isArray(out.required) && Array.isArray(v))
            out.required = [...new Set([...out.required, ...v])];
        else if (out[k] === undefined)
            out[k] = v;
    }
}
/** 3.x discriminator object -> 2.0 property name, which 2.0 requires to be a required property. */
function discriminator(ctx, value, pointer, out) {
    const name = (0,definition_pointer/* isObject */.Gv)(value) ? value.propertyName : value;
    if (typeof name !== 'string' || !(0,definition_pointer/* isObject */.Gv)(out.properties) || out.properties[name] === undefined) {
        ctx.report('oas3-discriminator-dropped', 'warning', pointer, 'The discriminator property is not declared in this schema, which Swagger 2.0 requires; the discriminator is dropped.');
        return;
    }
    out.discriminator = name;
    const required = Array.isArray(out.required) ? out.required : [];
    if (!required.includes(name))
        out.required = [...required, name];
    if ((0,definition_pointer/* isObject */.Gv)(value) && value.mapping !== undefined) {
        ctx.report('oas3-discriminator-mapping-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'mapping'), 'Swagger 2.0 has no discriminator `mapping`: the values must equal the definition names of the subtypes.');
    }
}
/** Keywords a 2.0 non-body parameter, header or items object accepts. */
const PRIMITIVE_KEYS = ['type', ...CONSTRAINTS, 'exclusiveMaximum', 'exclusiveMinimum'];
/**
 * Flattens a schema into the fields of a 2.0 parameter, header or `items` (which cannot hold a schema):
 * references are resolved, and anything but primitives and arrays of them becomes a string with a finding.
 */
function primitiveFields(ctx, schema, pointer, depth = 0) {
    const { node, pointer: at } = ctx.resolve(schema, pointer);
    let converted = convertSchema(ctx, node, at);
    // A lone allOf/oneOf branch or a `$ref` left by convertSchema names the real shape.
    for (let hops = 0; hops < 5 && converted.type === undefined; hops++) {
        const inner = Array.isArray(converted.allOf) && converted.allOf.length === 1 ? converted.allOf[0] : converted;
        const ref = (0,definition_pointer/* isObject */.Gv)(inner) && typeof inner.$ref === 'string'
            ? inner.$ref.replace('#/definitions/', '#/components/schemas/')
            : undefined;
        if (ref === undefined || !(0,definition_pointer/* isObject */.Gv)((0,definition_pointer/* getAt */.sM)(ctx.root, ref)))
            break;
        converted = {
            ...convertSchema(ctx, (0,definition_pointer/* getAt */.sM)(ctx.root, ref), refPointer(ref)),
            ...(converted['x-nullable'] ? { 'x-nullable': true } : {}),
        };
    }
    const out = {};
    for (const key of PRIMITIVE_KEYS)
        if (converted[key] !== undefined)
            out[key] = converted[key];
    copyExtensions(ctx, converted, out, at);
    if (out.type === 'array' && depth < 3) {
        out.items = primitiveFields(ctx, (0,definition_pointer/* isObject */.Gv)(node) ? node.items : undefined, (0,definition_pointer/* childPointer */.Y2)(at, 'items'), depth + 1);
    }
    else if (typeof out.type !== 'string' || !PRIMITIVE_TYPES.has(out.type)) {
        if (out.type !== undefined || Object.keys(converted).some((k) => STRUCTURAL.includes(k))) {
            ctx.report('oas3-parameter-complex-schema', 'warning', at, 'Swagger 2.0 parameters and headers hold only primitives and arrays of them; this value is sent as a string (serialise it yourself).');
        }
        for (const key of Object.keys(out))
            if (!key.startsWith('x-'))
                delete out[key];
        out.type = 'string';
    }
    return out;
}

;// CONCATENATED MODULE: ./src/openapi3/parameters.ts



const PARAMETER_KEYS = new Set([
    'name',
    'in',
    'description',
    'required',
    'schema',
    'content',
    'style',
    'explode',
    'example',
    'examples',
    'allowEmptyValue',
]);
/** `style`/`explode` -> 2.0 `collectionFormat` for an array parameter. */
function collectionFormat(ctx, param, location, pointer) {
    const style = typeof param.style === 'string' ? param.style : location === 'query' || location === 'formData' ? 'form' : 'simple';
    const explode = typeof param.explode === 'boolean' ? param.explode : style === 'form';
    switch (style) {
        case 'form':
            return explode ? 'multi' : 'csv';
        case 'spaceDelimited':
            return 'ssv';
        case 'pipeDelimited':
            return 'pipes';
        case 'simple':
            return 'csv';
        default:
            ctx.report('oas3-parameter-style', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'style'), `Swagger 2.0 has no \`style: ${style}\`; the array is sent comma-separated.`);
            return 'csv';
    }
}
/** Type fields of a parameter/header/form field, from its schema (or its first `content` entry). */
function typedFields(ctx, param, location, pointer) {
    if (param.schema === undefined && (0,definition_pointer/* isObject */.Gv)(param.content)) {
        const [mediaType] = Object.keys(param.content);
        ctx.report('oas3-parameter-content', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'content'), `Swagger 2.0 cannot describe a ${mediaType} value here; it is sent as a string the caller serialises.`);
        return { type: 'string' };
    }
    const fields = primitiveFields(ctx, param.schema, (0,definition_pointer/* childPointer */.Y2)(pointer, 'schema'));
    if (fields.type === 'array')
        fields.collectionFormat = collectionFormat(ctx, param, location, pointer);
    // 2.0 parameters have no example; `x-example` keeps it for readers.
    const example = firstExample(ctx, param);
    if (example !== undefined)
        fields['x-example'] = example;
    return fields;
}
/**
 * One 3.x parameter (not a reference) -> a 2.0 parameter, or undefined when 2.0 cannot carry it (cookies).
 */
function convertParameter(ctx, param, pointer) {
    if (!(0,definition_pointer/* isObject */.Gv)(param))
        return undefined;
    if (param.in === 'cookie') {
        ctx.report('oas3-cookie-parameter-dropped', 'warning', pointer, `Swagger 2.0 has no cookie parameters; '${String(param.name)}' is dropped, so calls go without it.`);
        return undefined;
    }
    const location = String(param.in);
    const out = { name: param.name, in: location };
    const description = param.description ?? ((0,definition_pointer/* isObject */.Gv)(param.schema) ? param.schema.description : undefined);
    if (description !== undefined)
        out.description = description;
    if (param.required === true || location === 'path')
        out.required = true;
    if (param.allowEmptyValue === true && location === 'query')
        out.allowEmptyValue = true;
    Object.assign(out, typedFields(ctx, param, location, pointer));
    dropUnknown(ctx, param, pointer, PARAMETER_KEYS);
    copyExtensions(ctx, param, out, pointer);
    return out;
}
/**
 * A parameter list: references to parameter components stay references (unless the component was dropped),
 * other references are inlined.
 */
function convertParameterList(ctx, list, pointer, components) {
    if (!Array.isArray(list))
        return [];
    const out = [];
    list.forEach((item, i) => {
        const at = (0,definition_pointer/* childPointer */.Y2)(pointer, i);
        const ref = (0,definition_pointer/* isObject */.Gv)(item) && typeof item.$ref === 'string' ? item.$ref : undefined;
        const mapped = ref === undefined ? undefined : mapRef(ref);
        if (mapped?.startsWith('#/parameters/')) {
            const name = (0,definition_pointer/* parsePointer */.vp)(mapped)?.[1];
            if (name !== undefined && components[name] !== undefined)
                out.push({ $ref: mapped });
            return;
        }
        const { node, pointer: target } = ctx.resolve(item, at);
        const converted = convertParameter(ctx, node, target);
        if (converted)
            out.push(converted);
    });
    return out;
}
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;
/** The body parameter's name: `x-bodyName`/`x-ms-body-name` on the body, or swagger2openapi's operation hint. */
const BODY_NAME_KEYS = ['x-bodyName', 'x-ms-body-name'];
const OPERATION_BODY_NAME_KEY = 'x-codegen-request-body-name';
/**
 * A requestBody -> a `body` parameter or `formData` parameters, plus the operation's `consumes`.
 */
function convertRequestBody(ctx, body, pointer, bodyName) {
    const { node, pointer: at } = ctx.resolve(body, pointer);
    if (!(0,definition_pointer/* isObject */.Gv)(node) || !(0,definition_pointer/* isObject */.Gv)(node.content))
        return { parameters: [], consumes: [] };
    const content = node.content;
    const consumes = Object.keys(content);
    const chosen = preferredMediaType(consumes.filter((t) => !FORM_TYPES.test(t))) ?? consumes[0];
    if (chosen === undefined)
        return { parameters: [], consumes };
    const mediaPointer = (0,definition_pointer/* childPointer */.Y2)(at, 'content', chosen);
    const media = (0,definition_pointer/* isObject */.Gv)(content[chosen]) ? content[chosen] : {};
    warnOtherSchemas(ctx, content, chosen, (0,definition_pointer/* childPointer */.Y2)(at, 'content'), 'request');
    dropUnknown(ctx, node, at, new Set(['content', 'description', 'required', ...BODY_NAME_KEYS]));
    if (FORM_TYPES.test(chosen)) {
        const fields = formParameters(ctx, media, mediaPointer);
        if (fields !== undefined) {
            for (const key of Object.keys(node).filter((k) => k.startsWith('x-') && !BODY_NAME_KEYS.includes(k))) {
                ctx.report('oas3-keyword-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(at, key), `A form body becomes one formData parameter per field, so \`${key}\` on the body has nowhere to go; set it on the fields instead.`);
            }
            return { parameters: fields, consumes };
        }
    }
    const schema = mediaSchema(ctx, chosen, media, mediaPointer) ?? {};
    const name = BODY_NAME_KEYS.map((k) => node[k]).find((v) => typeof v === 'string') ??
        (typeof bodyName === 'string' ? bodyName : 'body');
    const param = { name, in: 'body' };
    if (node.description !== undefined)
        param.description = node.description;
    if (node.required === true)
        param.required = true;
    param.schema = schema;
    copyExtensions(ctx, node, param, at, BODY_NAME_KEYS);
    return { parameters: [param], consumes };
}
/** Form bodies become one formData parameter per property; binary properties become files. */
function formParameters(ctx, media, pointer) {
    const { node: schema, pointer: at } = ctx.resolve(media.schema, (0,definition_pointer/* childPointer */.Y2)(pointer, 'schema'));
    const properties = {};
    const required = new Set();
    const places = {};
    // allOf parts of a form schema are flattened into one property list.
    const collect = (s, p) => {
        const { node, pointer: sp } = ctx.resolve(s, p);
        if (!(0,definition_pointer/* isObject */.Gv)(node))
            return;
        if (Array.isArray(node.required))
            for (const r of node.required)
                required.add(String(r));
        if ((0,definition_pointer/* isObject */.Gv)(node.properties)) {
            for (const [k, v] of Object.entries(node.properties)) {
                properties[k] = v;
                places[k] = (0,definition_pointer/* childPointer */.Y2)(sp, 'properties', k);
            }
        }
        if (Array.isArray(node.allOf))
            node.allOf.forEach((part, i) => collect(part, (0,definition_pointer/* childPointer */.Y2)(sp, 'allOf', i)));
    };
    collect(schema, at);
    if (Object.keys(properties).length === 0) {
        // Without known fields the form stays one body parameter, as hand-written 2.0 connectors do.
        ctx.report('oas3-form-body-without-properties', 'warning', at, 'This form body declares no properties, so it cannot become Swagger 2.0 formData parameters; it stays a single body parameter the caller fills in.');
        return undefined;
    }
    const encoding = (0,definition_pointer/* isObject */.Gv)(media.encoding) ? media.encoding : {};
    return Object.entries(properties).map(([name, prop]) => {
        const place = places[name];
        const { node: resolved } = ctx.resolve(prop, place);
        const out = { name, in: 'formData' };
        if ((0,definition_pointer/* isObject */.Gv)(resolved) && resolved.description !== undefined)
            out.description = resolved.description;
        if (required.has(name))
            out.required = true;
        if ((0,definition_pointer/* isObject */.Gv)(resolved) &&
            resolved.type === 'string' &&
            (resolved.format === 'binary' || resolved.format === 'base64' || resolved.contentMediaType !== undefined)) {
            out.type = 'file';
        }
        else {
            const fields = primitiveFields(ctx, prop, place);
            if (fields.type === 'array')
                fields.collectionFormat = collectionFormat(ctx, (0,definition_pointer/* isObject */.Gv)(encoding[name]) ? encoding[name] : {}, 'formData', place);
            Object.assign(out, fields);
        }
        return out;
    });
}
/**
 * The schema of one media type entry. Without a schema, a non-JSON body is text or binary (so makers get a
 * file or text field rather than an empty object); a JSON one stays undefined.
 */
function mediaSchema(ctx, mediaType, media, pointer) {
    if ((0,definition_pointer/* isObject */.Gv)(media) && media.schema !== undefined)
        return convertSchema(ctx, media.schema, (0,definition_pointer/* childPointer */.Y2)(pointer, 'schema'));
    if (isJsonMediaType(mediaType))
        return undefined;
    return /^text\//i.test(mediaType) ? { type: 'string' } : { type: 'string', format: 'binary' };
}
/** Only one schema per body survives; say so when the other media types described different ones. */
function warnOtherSchemas(ctx, content, chosen, pointer, what) {
    const chosenSchema = JSON.stringify((0,definition_pointer/* isObject */.Gv)(content[chosen]) ? content[chosen].schema : undefined);
    const differing = Object.keys(content).filter((t) => t !== chosen && JSON.stringify((0,definition_pointer/* isObject */.Gv)(content[t]) ? content[t].schema : undefined) !== chosenSchema);
    if (differing.length > 0) {
        ctx.report('oas3-media-type-schemas', 'warning', pointer, `Swagger 2.0 has one ${what} schema for all media types; the ${chosen} schema is used, the ones of ${differing.join(', ')} are dropped.`);
    }
}
/** Response headers (references to header components are inlined: 2.0 has no such components). */
function convertHeaders(ctx, headers, pointer) {
    if (!(0,definition_pointer/* isObject */.Gv)(headers))
        return undefined;
    const out = {};
    for (const [name, header] of Object.entries(headers)) {
        const { node, pointer: at } = ctx.resolve(header, (0,definition_pointer/* childPointer */.Y2)(pointer, name));
        if (!(0,definition_pointer/* isObject */.Gv)(node))
            continue;
        const converted = {};
        if (node.description !== undefined)
            converted.description = node.description;
        Object.assign(converted, typedFields(ctx, node, 'header', at));
        dropUnknown(ctx, node, at, PARAMETER_KEYS);
        copyExtensions(ctx, node, converted, at);
        out[name] = converted;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/openapi3/security.ts


/** 3.x flow name -> 2.0 flow, in order of preference (the platform supports only the first). */
const FLOWS = [
    ['authorizationCode', 'accessCode'],
    ['implicit', 'implicit'],
    ['clientCredentials', 'application'],
    ['password', 'password'],
];
/** Relative OAuth URLs are relative to the server URL in 3.x; 2.0 needs absolute ones. */
function absolute(url, base) {
    if (typeof url !== 'string' || base === undefined || /^[a-z][a-z0-9+.-]*:/i.test(url))
        return url;
    try {
        return new URL(url, base).href;
    }
    catch {
        return url;
    }
}
function oauth2(ctx, name, scheme, pointer, serverUrl) {
    const flows = (0,definition_pointer/* isObject */.Gv)(scheme.flows) ? scheme.flows : {};
    const present = FLOWS.filter(([flow]) => (0,definition_pointer/* isObject */.Gv)(flows[flow]));
    if (present.length === 0) {
        ctx.report('oas3-security-unsupported', 'error', pointer, `OAuth 2.0 scheme '${name}' has no flow Swagger 2.0 knows; it is dropped.`);
        return undefined;
    }
    const [[flow, flow2]] = present;
    const source = flows[flow];
    const flowPointer = (0,definition_pointer/* childPointer */.Y2)(pointer, 'flows', flow);
    const out = { type: 'oauth2', flow: flow2 };
    if (flow2 === 'accessCode' || flow2 === 'implicit')
        out.authorizationUrl = absolute(source.authorizationUrl, serverUrl);
    if (flow2 !== 'implicit')
        out.tokenUrl = absolute(source.tokenUrl, serverUrl);
    out.scopes = (0,definition_pointer/* isObject */.Gv)(source.scopes) ? source.scopes : {};
    if (flow2 !== 'accessCode') {
        ctx.report('oas3-security-oauth2-flow', 'warning', flowPointer, `Power Platform custom connectors support only the authorization code flow; '${name}' uses ${flow} (2.0 \`${flow2}\`), which the platform rejects or turns into authorization code.`);
    }
    for (const [other] of present.slice(1)) {
        ctx.report('oas3-security-oauth2-flow-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'flows', other), `Swagger 2.0 allows one flow per scheme; the ${other} flow of '${name}' is dropped (${flow} is kept).`);
    }
    if (source.refreshUrl !== undefined) {
        ctx.report('oas3-keyword-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(flowPointer, 'refreshUrl'), 'Swagger 2.0 has no `refreshUrl`; set the refresh URL when you configure the connector security.');
    }
    return out;
}
/** One security scheme -> a 2.0 security definition, or undefined (with the finding that says what to do). */
function convertScheme(ctx, name, scheme, pointer, serverUrl) {
    let out;
    const http = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : '';
    if (scheme.type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query')) {
        out = { type: 'apiKey', name: scheme.name, in: scheme.in };
    }
    else if (scheme.type === 'apiKey') {
        ctx.report('oas3-security-apikey-cookie', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'in'), `Swagger 2.0 has no cookie API keys; '${name}' is dropped. Accept the key in a header, or send the Cookie header from a policy.`);
    }
    else if (scheme.type === 'http' && http === 'basic') {
        out = { type: 'basic' };
    }
    else if (scheme.type === 'http' && http === 'bearer') {
        ctx.report('oas3-security-bearer', 'warning', pointer, `Swagger 2.0 has no bearer scheme; '${name}' is dropped. Model it as an API key in the \`Authorization\` header (users type "Bearer <token>"), or as OAuth 2.0 with your identity provider's authorization and token URLs.`);
    }
    else if (scheme.type === 'openIdConnect') {
        ctx.report('oas3-security-openidconnect', 'warning', pointer, `Swagger 2.0 has no OpenID Connect scheme; '${name}' is dropped. Add an OAuth 2.0 (authorization code) scheme with the authorization_endpoint and token_endpoint from ${String(scheme.openIdConnectUrl ?? 'the discovery document')}.`);
    }
    else if (scheme.type === 'oauth2') {
        out = oauth2(ctx, name, scheme, pointer, serverUrl);
    }
    else {
        ctx.report('oas3-security-unsupported', 'error', pointer, `Security scheme '${name}' (${String(scheme.type)} ${http}) has no Swagger 2.0 equivalent; it is dropped, so calls go unauthenticated.`);
    }
    if (out) {
        if (scheme.description !== undefined)
            out.description = scheme.description;
        copyExtensions(ctx, scheme, out, pointer);
    }
    return out;
}
function convertSecuritySchemes(ctx, schemes, pointer, serverUrl) {
    const out = {};
    if (!(0,definition_pointer/* isObject */.Gv)(schemes))
        return out;
    for (const [name, raw] of Object.entries(schemes)) {
        const { node, pointer: at } = ctx.resolve(raw, (0,definition_pointer/* childPointer */.Y2)(pointer, name));
        if (!(0,definition_pointer/* isObject */.Gv)(node))
            continue;
        const converted = convertScheme(ctx, name, node, at, serverUrl);
        if (converted)
            out[name] = converted;
    }
    return out;
}
/**
 * Security requirements without the schemes the conversion dropped (names of undefined schemes stay, for the
 * validator to report). A requirement left empty by the drop is removed (an empty one written in the source still
 * means "no authentication"); undefined when nothing is left to say.
 */
function convertRequirements(requirements, dropped) {
    if (!Array.isArray(requirements))
        return undefined;
    const out = [];
    for (const requirement of requirements) {
        if (!(0,definition_pointer/* isObject */.Gv)(requirement))
            continue;
        const names = Object.keys(requirement);
        const kept = names.filter((n) => !dropped.has(n));
        if (names.length > 0 && kept.length === 0)
            continue;
        out.push(Object.fromEntries(kept.map((n) => [n, Array.isArray(requirement[n]) ? requirement[n] : []])));
    }
    return out.length === 0 && requirements.length > 0 ? undefined : out;
}

;// CONCATENATED MODULE: ./src/openapi3/convert.ts





function isOpenApi3(value) {
    if (!(0,definition_pointer/* isObject */.Gv)(value))
        return false;
    // YAML reads `openapi: 3.0` as the number 3: take it for what its author meant.
    const v = value.openapi;
    return (typeof v === 'string' && /^3\./.test(v)) || (typeof v === 'number' && v >= 3 && v < 4);
}
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
function convertOpenApi3(doc, options = {}) {
    const ctx = new Context(doc);
    const root = ctx.root;
    const out = { swagger: '2.0', info: convertInfo(ctx, root.info) };
    const serverUrl = convertServers(ctx, root.servers, options.server, out);
    for (const key of ['tags', 'externalDocs'])
        if (root[key] !== undefined)
            out[key] = root[key];
    const components = (0,definition_pointer/* isObject */.Gv)(root.components) ? root.components : {};
    const definitions = {};
    const parameters = {};
    const responses = {};
    for (const [name, schema] of entries(components.schemas)) {
        definitions[name] = convertSchema(ctx, schema, (0,definition_pointer/* childPointer */.Y2)('/components/schemas', name));
    }
    for (const [name, param] of entries(components.parameters)) {
        const { node, pointer } = ctx.resolve(param, (0,definition_pointer/* childPointer */.Y2)('/components/parameters', name));
        const converted = convertParameter(ctx, node, pointer);
        if (converted)
            parameters[name] = converted;
    }
    for (const [name, response] of entries(components.responses)) {
        responses[name] = convertResponse(ctx, response, (0,definition_pointer/* childPointer */.Y2)('/components/responses', name), []);
    }
    // Other component kinds (requestBodies, headers, examples, pathItems) are inlined where they are referenced;
    // callbacks and links are reported where an operation or response uses them.
    const securityDefinitions = convertSecuritySchemes(ctx, components.securitySchemes, '/components/securitySchemes', serverUrl);
    const droppedSchemes = new Set(entries(components.securitySchemes)
        .map(([name]) => name)
        .filter((name) => securityDefinitions[name] === undefined));
    out.paths = convertPaths(ctx, root.paths, parameters, droppedSchemes);
    if (Object.keys(definitions).length > 0)
        out.definitions = definitions;
    if (Object.keys(parameters).length > 0)
        out.parameters = parameters;
    if (Object.keys(responses).length > 0)
        out.responses = responses;
    if (Object.keys(securityDefinitions).length > 0)
        out.securityDefinitions = securityDefinitions;
    const security = convertRequirements(root.security, droppedSchemes);
    if (security !== undefined)
        out.security = security;
    for (const key of ['webhooks', 'x-webhooks']) {
        if (root[key] !== undefined) {
            ctx.report('oas3-webhooks-dropped', 'warning', `/${key}`, 'Swagger 2.0 has no webhooks; they are dropped (a connector trigger needs an operation with `x-ms-trigger`).');
        }
    }
    const extensions = {};
    copyExtensions(ctx, root, extensions, '', ['x-webhooks']);
    Object.assign(out, extensions);
    return {
        swagger: out,
        findings: ctx.findings,
        sourceVersion: typeof root.openapi === 'number' ? root.openapi.toFixed(1) : String(root.openapi ?? ''),
    };
}
function entries(value) {
    return (0,definition_pointer/* isObject */.Gv)(value) ? Object.entries(value) : [];
}
function convertInfo(ctx, info) {
    if (!(0,definition_pointer/* isObject */.Gv)(info))
        return { title: '', version: '' };
    const out = {};
    for (const key of ['title', 'description', 'termsOfService', 'contact', 'version'])
        if (info[key] !== undefined)
            out[key] = info[key];
    // 3.1 `summary` is the short form of `description`: keep it when there is no description.
    if (out.description === undefined && typeof info.summary === 'string')
        out.description = info.summary;
    // 3.1 license `identifier` (SPDX) has no 2.0 field; name and url carry the licence.
    if ((0,definition_pointer/* isObject */.Gv)(info.license))
        out.license = Object.fromEntries(Object.entries(info.license).filter(([k]) => k !== 'identifier'));
    copyExtensions(ctx, info, out, '/info');
    return out;
}
/** The server URL with each `{variable}` that has a default substituted (others stay as written). */
function serverUrlOf(server) {
    const variables = (0,definition_pointer/* isObject */.Gv)(server.variables) ? server.variables : {};
    return String(server.url ?? '').replace(/\{([^}]+)\}/g, (whole, name) => {
        const variable = variables[name];
        return (0,definition_pointer/* isObject */.Gv)(variable) && variable.default !== undefined ? String(variable.default) : whole;
    });
}
/** `servers` -> host, basePath, schemes. Returns the chosen absolute URL (to resolve relative OAuth URLs). */
function convertServers(ctx, servers, choice, out) {
    const list = Array.isArray(servers) ? servers.map((s) => ((0,definition_pointer/* isObject */.Gv)(s) ? s : {})) : [];
    const urls = list.map(serverUrlOf);
    let index = 0;
    if (typeof choice === 'number' || (typeof choice === 'string' && /^\d+$/.test(choice.trim())))
        index = Number(choice);
    else if (typeof choice === 'string') {
        const wanted = choice.trim().replace(/\/+$/, '');
        index = list.findIndex((s, i) => [String(s.url), urls[i]].some((u) => u.replace(/\/+$/, '') === wanted));
    }
    if (choice !== undefined && (index < 0 || index >= list.length)) {
        ctx.report('oas3-server-not-found', 'error', list.length > 0 ? '/servers' : '', `Input \`server\` (${String(choice)}) names none of the ${list.length} servers; the first one is used.`);
        index = 0;
    }
    if (list.length === 0) {
        ctx.report('oas3-server-relative', 'warning', '', "The definition has no `servers`, so the host is unknown; set the action's `host` input (the API's host name).");
        out.basePath = '/';
        return undefined;
    }
    const pointer = (0,definition_pointer/* childPointer */.Y2)('/servers', index);
    const url = urls[index];
    const unresolved = /\{([^}]+)\}/.exec(url);
    if (unresolved) {
        ctx.report('oas3-server-variable', 'error', (0,definition_pointer/* childPointer */.Y2)(pointer, 'url'), `Server variable {${unresolved[1]}} has no default, so the host cannot be known; give it a default or set the action's \`host\` input.`);
    }
    const absolute = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(url) ?? /^()\/\/([^/?#]*)([^?#]*)/.exec(url);
    let schemes = [];
    let basePath;
    if (absolute) {
        out.host = absolute[2];
        basePath = absolute[3];
        if (absolute[1])
            schemes = [absolute[1].toLowerCase()];
    }
    else {
        basePath = new URL(url, 'http://relative.invalid/').pathname;
        ctx.report('oas3-server-relative', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'url'), `Server URL '${url}' is relative, so the host is unknown; it is kept as basePath. Set the action's \`host\` input (the API's host name).`);
    }
    basePath = basePath.replace(/\/+$/, '');
    out.basePath = basePath.startsWith('/') ? basePath : `/${basePath}`;
    // The same host and path under another scheme is one 2.0 server with two schemes; anything else is dropped.
    list.forEach((_, i) => {
        if (i === index)
            return;
        const other = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(urls[i]);
        const sameElsewhere = absolute && other && other[2].replace(/\/+$/, '') === `${String(out.host)}${basePath}`;
        if (sameElsewhere && !schemes.includes(other[1].toLowerCase()))
            schemes.push(other[1].toLowerCase());
        else if (!sameElsewhere) {
            ctx.report('oas3-server-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)('/servers', i), `Swagger 2.0 has one server; '${urls[i]}' is dropped (the \`server\` input chooses another).`);
        }
    });
    if (schemes.length > 0)
        out.schemes = schemes;
    return absolute?.[1] ? url : undefined;
}
function convertPaths(ctx, paths, parameters, droppedSchemes) {
    const out = {};
    for (const [path, raw] of entries(paths)) {
        const pathPointer = (0,definition_pointer/* childPointer */.Y2)('/paths', path);
        if (path.startsWith('x-')) {
            out[path] = rewriteExtension(ctx, raw, pathPointer);
            continue;
        }
        const { node: item, pointer: itemPointer } = ctx.resolve(raw, pathPointer);
        if (!(0,definition_pointer/* isObject */.Gv)(item))
            continue;
        const converted = {};
        const shared = convertParameterList(ctx, item.parameters, (0,definition_pointer/* childPointer */.Y2)(itemPointer, 'parameters'), parameters);
        if (shared.length > 0)
            converted.parameters = shared;
        for (const method of METHODS) {
            if (!(0,definition_pointer/* isObject */.Gv)(item[method]))
                continue;
            converted[method] = convertOperation(ctx, item[method], (0,definition_pointer/* childPointer */.Y2)(itemPointer, method), item, parameters, droppedSchemes);
        }
        if (item.trace !== undefined) {
            ctx.report('oas3-trace-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(itemPointer, 'trace'), 'Swagger 2.0 has no TRACE operations; this one is dropped.');
        }
        if (item.servers !== undefined) {
            ctx.report('oas3-path-servers-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(itemPointer, 'servers'), 'Swagger 2.0 has one server for the whole API; these path servers are dropped, so these operations call the main host.');
        }
        copyExtensions(ctx, item, converted, itemPointer);
        out[path] = converted;
    }
    return out;
}
const OPERATION_KEYS = new Set([
    'tags',
    'summary',
    'description',
    'externalDocs',
    'operationId',
    'parameters',
    'requestBody',
    'responses',
    'callbacks',
    'deprecated',
    'security',
    'servers',
]);
function convertOperation(ctx, op, pointer, item, parameters, droppedSchemes) {
    const out = {};
    for (const key of ['tags', 'summary', 'description', 'externalDocs', 'operationId'])
        if (op[key] !== undefined)
            out[key] = op[key];
    // 3.x path items may carry the summary/description their operations share.
    for (const key of ['summary', 'description'])
        if (out[key] === undefined && typeof item[key] === 'string')
            out[key] = item[key];
    const params = convertParameterList(ctx, op.parameters, (0,definition_pointer/* childPointer */.Y2)(pointer, 'parameters'), parameters);
    if (op.requestBody !== undefined) {
        const body = convertRequestBody(ctx, op.requestBody, (0,definition_pointer/* childPointer */.Y2)(pointer, 'requestBody'), op[OPERATION_BODY_NAME_KEY]);
        params.push(...body.parameters);
        if (body.consumes.length > 0)
            out.consumes = body.consumes;
    }
    const produces = [];
    const responses = {};
    for (const [code, response] of entries(op.responses)) {
        const at = (0,definition_pointer/* childPointer */.Y2)(pointer, 'responses', code);
        if (code.startsWith('x-')) {
            responses[code] = rewriteExtension(ctx, response, at);
            continue;
        }
        const key = responseCode(ctx, code, at, op.responses);
        if (key !== undefined)
            responses[key] = convertResponse(ctx, response, at, produces);
    }
    if (Object.keys(responses).length === 0) {
        ctx.report('oas3-responses-missing', 'warning', pointer, 'Swagger 2.0 requires responses; a `default` response without a schema is added.');
        responses.default = { description: 'Success' };
    }
    if (produces.length > 0)
        out.produces = produces;
    if (params.length > 0)
        out.parameters = params;
    out.responses = responses;
    if (op.deprecated === true)
        out.deprecated = true;
    const security = convertRequirements(op.security, droppedSchemes);
    if (security !== undefined)
        out.security = security;
    for (const [key, rule] of [
        ['callbacks', 'oas3-callbacks-dropped'],
        ['servers', 'oas3-operation-servers-dropped'],
    ]) {
        if (op[key] !== undefined) {
            ctx.report(rule, 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, key), `Swagger 2.0 has no operation ${key}; they are dropped.`);
        }
    }
    dropUnknown(ctx, op, pointer, OPERATION_KEYS);
    copyExtensions(ctx, op, out, pointer, [OPERATION_BODY_NAME_KEY]);
    return out;
}
/** 3.x range codes (`2XX`) -> the range's first code, when that code is not also listed. */
function responseCode(ctx, code, pointer, all) {
    const range = /^([1-5])XX$/i.exec(code);
    if (!range)
        return code;
    const exact = `${range[1]}00`;
    const kept = all[exact] === undefined;
    ctx.report('oas3-response-code-range', 'warning', pointer, `Swagger 2.0 has no response code ranges; ${code} ${kept ? `becomes ${exact}` : `is dropped (${exact} is already listed)`}.`);
    return kept ? exact : undefined;
}
function convertResponse(ctx, raw, pointer, produces) {
    const ref = (0,definition_pointer/* isObject */.Gv)(raw) && typeof raw.$ref === 'string' ? mapRef(raw.$ref) : undefined;
    const { node, pointer: at } = ctx.resolve(raw, pointer);
    const response = (0,definition_pointer/* isObject */.Gv)(node) ? node : {};
    const content = (0,definition_pointer/* isObject */.Gv)(response.content) ? response.content : {};
    for (const type of Object.keys(content))
        if (!produces.includes(type))
            produces.push(type);
    if (ref?.startsWith('#/responses/'))
        return { $ref: ref };
    const out = { description: typeof response.description === 'string' ? response.description : '' };
    const chosen = preferredMediaType(Object.keys(content));
    const schema = chosen === undefined ? undefined : mediaSchema(ctx, chosen, content[chosen], (0,definition_pointer/* childPointer */.Y2)(at, 'content', chosen));
    if (schema !== undefined) {
        out.schema = schema;
        warnOtherSchemas(ctx, content, chosen, (0,definition_pointer/* childPointer */.Y2)(at, 'content'), 'response');
    }
    const headers = convertHeaders(ctx, response.headers, (0,definition_pointer/* childPointer */.Y2)(at, 'headers'));
    if (headers !== undefined && Object.keys(headers).length > 0)
        out.headers = headers;
    const examples = responseExamples(ctx, content);
    if (Object.keys(examples).length > 0)
        out.examples = examples;
    if (response.links !== undefined) {
        ctx.report('oas3-links-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(at, 'links'), 'Swagger 2.0 has no response links; they are dropped.');
    }
    copyExtensions(ctx, response, out, at);
    return out;
}
/** `example` or the first of `examples` per media type -> 2.0 `examples` keyed by media type. */
function responseExamples(ctx, content) {
    const out = {};
    for (const [type, media] of Object.entries(content)) {
        if (!(0,definition_pointer/* isObject */.Gv)(media))
            continue;
        const example = firstExample(ctx, media);
        if (example !== undefined)
            out[type] = example;
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/definition/json-error.ts
class Stop {
    site;
    constructor(offset, hint) {
        this.site = { offset, hint };
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$-]*/y;
const ESCAPES = '"\\/bfnrt';
const TRUNCATED = 'The file ends in the middle of the document: it looks truncated; check how it was written or downloaded.';
function locateJsonError(text) {
    let pos = 0;
    const skipSpace = () => {
        while (pos < text.length && ' \t\r\n'.includes(text[pos]))
            pos++;
    };
    const expectMore = () => {
        if (pos >= text.length)
            throw new Stop(text.length, TRUNCATED);
    };
    const readString = () => {
        for (pos++;; pos++) {
            expectMore();
            const c = text.charCodeAt(pos);
            if (c === 34)
                break;
            if (c < 0x20) {
                const code = 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
                throw new Stop(pos, `A raw control character (${code}) is inside a string: write it escaped (\\n, \\t, \\u0000) or remove it.`);
            }
            if (c === 92) {
                pos++;
                expectMore();
                if (text[pos] === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 1, pos + 5)) : !ESCAPES.includes(text[pos])) {
                    throw new Stop(pos - 1, 'Invalid escape sequence: write a backslash as \\\\.');
                }
                if (text[pos] === 'u')
                    pos += 4;
            }
        }
        pos++;
    };
    const unexpected = (what) => {
        WORD.lastIndex = pos;
        if (WORD.test(text)) {
            return new Stop(pos, `Put ${what} in double quotes; JSON has no comments, single quotes, NaN or undefined.`);
        }
        if (text[pos] === '/')
            return new Stop(pos, 'JSON has no comments: remove them.');
        if (text[pos] === "'")
            return new Stop(pos, 'JSON strings and names use double quotes, not single quotes.');
        return new Stop(pos, `Unexpected character '${text[pos]}': expected ${what}.`);
    };
    const trailingComma = (comma, close) => new Stop(comma, `Remove the trailing comma before '${close}': JSON allows no comma after the last item.`);
    const readValue = () => {
        skipSpace();
        expectMore();
        const c = text[pos];
        if (c === '{')
            return readContainer('}');
        if (c === '[')
            return readContainer(']');
        if (c === '"')
            return readString();
        for (const literal of ['true', 'false', 'null']) {
            if (text.startsWith(literal, pos)) {
                pos += literal.length;
                return;
            }
        }
        NUMBER.lastIndex = pos;
        if (NUMBER.test(text)) {
            pos = NUMBER.lastIndex;
            return;
        }
        throw unexpected('a value');
    };
    const readContainer = (close) => {
        pos++;
        skipSpace();
        if (text[pos] === close) {
            pos++;
            return;
        }
        let comma = -1;
        for (;;) {
            skipSpace();
            expectMore();
            if (text[pos] === close && comma >= 0)
                throw trailingComma(comma, close);
            if (close === '}') {
                if (text[pos] !== '"')
                    throw unexpected('a property name');
                readString();
                skipSpace();
                expectMore();
                if (text[pos] !== ':')
                    throw new Stop(pos, "Expected ':' after the property name.");
                pos++;
            }
            readValue();
            skipSpace();
            expectMore();
            if (text[pos] === close) {
                pos++;
                return;
            }
            if (text[pos] !== ',')
                throw new Stop(pos, `Expected ',' or '${close}': a comma is probably missing before this.`);
            comma = pos++;
        }
    };
    try {
        readValue();
        skipSpace();
        if (pos < text.length) {
            throw new Stop(pos, "The document ended before this point: an extra '}' or ']' earlier closed it too soon, or text follows its end.");
        }
    }
    catch (e) {
        // A RangeError (absurd nesting) leaves the caller with JSON.parse's own position.
        return e instanceof Stop ? e.site : undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/definition/lines.ts
var lines = __webpack_require__(2198);
;// CONCATENATED MODULE: ./src/definition/parse.ts





/**
 * Loads a Swagger/OpenAPI definition from bytes or text. JSON when the first non-space character is `{` or `[`,
 * YAML 1.2 (core schema) otherwise. Throws DefinitionError with line and column when the text does not parse, or
 * when it is not an object.
 */
function parseDefinition(raw, source) {
    const decoded = typeof raw === 'string' ? raw : new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
    const bytes = typeof raw === 'string' ? Buffer.byteLength(raw, 'utf8') : raw.byteLength;
    const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    const first = /\S/.exec(text)?.[0];
    const loaded = first === '{' || first === '[' ? loadJson(text, source) : loadYaml(text, source);
    if (loaded.value === null || typeof loaded.value !== 'object' || Array.isArray(loaded.value)) {
        const found = loaded.value === null ? 'nothing' : Array.isArray(loaded.value) ? 'a list' : `a ${typeof loaded.value}`;
        throw new errors/* DefinitionError */.gk(source, `The definition must be an object with 'swagger' or 'openapi', found ${found}.`, {
            line: 1,
            column: 1,
            hint: 'Point the action at the Swagger 2.0 / OpenAPI file itself (JSON or YAML).',
        });
    }
    return { source, format: loaded.format, text, bytes, value: loaded.value, lineOf: loaded.lineOf };
}
function loadJson(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        const message = e.message;
        const site = locateJsonError(text);
        const offset = site?.offset ?? Number(/at position (\d+)/.exec(message)?.[1] ?? text.length);
        // Keep the parser's reason, without the position and the excerpt it quotes (we give line:column).
        const reason = message.replace(/ (?:in JSON )?at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
        throw new errors/* DefinitionError */.gk(source, `Invalid JSON: ${reason}.`, {
            ...(0,lines/* lineColumn */.rv)(text, offset),
            hint: site?.hint ?? 'Fix the JSON syntax at this position.',
        });
    }
    return { format: 'json', value, lineOf: (0,lines/* jsonLines */.i7)(text) };
}
function loadYaml(text, source) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        version: '1.2',
        schema: 'core',
        uniqueKeys: true,
        prettyErrors: false,
        lineCounter,
    });
    const fail = (message, offset, hint) => {
        const { line, col } = lineCounter.linePos(offset);
        throw new errors/* DefinitionError */.gk(source, message, { line, column: col, hint });
    };
    const [error] = doc.errors;
    if (error) {
        const hint = error.code === 'DUPLICATE_KEY'
            ? 'Remove or rename the repeated key: YAML maps need unique keys.'
            : 'Fix the YAML syntax at this position (indentation, quoting, a missing `:`?).';
        fail(`Invalid YAML: ${error.message}`, error.pos[0], hint);
    }
    const cycle = recursiveAlias(doc);
    if (cycle)
        fail('Invalid YAML: an alias refers to a node that contains it.', cycle, 'Replace the recursive alias by a $ref.');
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        fail(`Invalid YAML: ${e.message}`, 0, 'Use fewer aliases, or $ref instead.');
    }
    return { format: 'yaml', value, lineOf: (pointer) => yamlLine(doc, lineCounter, pointer) };
}
/** Offset of an alias to one of its own ancestors (would make a cyclic value that no walk could finish). */
function recursiveAlias(doc) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, alias, path) {
            const target = alias.resolve(doc);
            if (target && path.includes(target)) {
                found = alias.range?.[0] ?? 0;
                return dist/* visit */.YR.BREAK;
            }
        },
    });
    return found;
}
function yamlLine(doc, lineCounter, pointer) {
    const lineAt = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    let node = doc.contents;
    let line = lineAt(node);
    for (const token of (0,definition_pointer/* parsePointer */.vp)(pointer) ?? []) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc) ?? null;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => String((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === token);
            if (!pair)
                break;
            line = lineAt(pair.key) ?? line;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && /^\d+$/.test(token) && Number(token) < node.items.length) {
            node = node.items[Number(token)];
            line = lineAt(node) ?? line;
        }
        else
            break;
    }
    return line;
}

;// CONCATENATED MODULE: ./src/definition/prepare.ts



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
function prepareDefinition(raw, options = {}) {
    const parsed = parseDefinition(raw.bytes, raw.source);
    const version = (0,definition_pointer/* isObject */.Gv)(parsed.value)
        ? String(parsed.value.openapi ?? parsed.value.swagger ?? 'unknown')
        : 'unknown';
    if (!isOpenApi3(parsed.value))
        return { definition: parsed, sourceVersion: version, findings: [] };
    const converted = convertOpenApi3(parsed, { server: options.server });
    const text = `${JSON.stringify(converted.swagger, null, 2)}\n`;
    return {
        definition: {
            source: parsed.source,
            format: 'json',
            text,
            // The platform's size limit applies to what is uploaded: the converted JSON.
            bytes: Buffer.byteLength(text),
            value: converted.swagger,
            lineOf: (pointer) => parsed.lineOf(sourcePointer(pointer)),
        },
        sourceVersion: converted.sourceVersion,
        findings: converted.findings,
    };
}


/***/ }),

/***/ 27854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ readDefinitionFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _raw_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93556);



/** Reads a definition from the workspace. `display` is the workspace-relative path used in messages. */
async function readDefinitionFile(file, display) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        if (!info.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(display, 'is not a file.', { hint: 'Point the input at the definition file itself.' });
        size = info.size;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(display, 'file not found.', {
            hint: 'Check the path (relative to the repository root) and that the job runs actions/checkout before this step.',
        });
    }
    if (size > _raw_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEFINITION_BYTES */ .N) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(display, `is ${size} bytes, over the ${_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEFINITION_BYTES */ .N}-byte limit.`, {
            hint: 'Power Platform accepts definitions under 1 MB: split the API into several connectors.',
        });
    }
    return { bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file), source: display };
}


/***/ }),

/***/ 93556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ MAX_DEFINITION_BYTES)
/* harmony export */ });
/** Definitions larger than this are refused before parsing (the platform's own limit is 1 MB). */
const MAX_DEFINITION_BYTES = 10 * 1024 * 1024;


/***/ })

};
