export const id = 598;
export const ids = [598,446];
export const modules = {

/***/ 55598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ connectorInputs),
/* harmony export */   gH: () => (/* binding */ CONNECTOR_FLAGS),
/* harmony export */   packageCommand: () => (/* binding */ packageCommand)
/* harmony export */ });
/* unused harmony exports CONNECTOR_INPUTS, camel */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _connector_name_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42988);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _stages_export_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69483);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49705);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45450);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84446);








/** The connector options of `package` and `export`, by their action input names. */
const CONNECTOR_INPUTS = [
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
];
/** Commander's name of an option: `--base-path` -> `basePath`. */
const camel = (input) => input.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
/** The connector options as action inputs. */
function connectorInputs(options, cwd, workspace) {
    const values = {};
    for (const input of CONNECTOR_INPUTS) {
        const value = options[camel(input)] ?? '';
        values[input] = input === 'icon' ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .asInput */ .lv)(value, cwd, workspace) : value;
    }
    return values;
}
const CONNECTOR_FLAGS = Object.fromEntries(CONNECTOR_INPUTS.map((i) => [i, `--${i}`]));
/**
 * `package <definition...> --out DIR`: validation, then the action's manual export (same package builder), written
 * to DIR (several definitions: a subfolder each, named after the connector). Nothing is written for a definition
 * that fails `--fail-on`.
 */
async function packageCommand(definitions, c) {
    const { cwd } = c.io;
    const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, c.options.out);
    const workspace = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .workspaceFor */ .lA)(cwd, [...definitions, c.options.icon]);
    await checkOut(out, Boolean(c.options.force), [...definitions, c.options.icon]
        .filter((d) => d !== undefined && !(0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isUrl */ .gU)(d))
        .map((d) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, d)));
    const runs = [];
    const used = new Set();
    for (const definition of definitions) {
        const settings = (0,_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .cliSettings */ .A7)({
            values: {
                ...(0,_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .validationInputs */ .R)(definition, c.options, cwd, workspace),
                ...connectorInputs(c.options, cwd, workspace),
            },
            flags: { ..._validate_js__WEBPACK_IMPORTED_MODULE_6__/* .VALIDATE_FLAGS */ .f, ...CONNECTOR_FLAGS },
        }, workspace, c.mask);
        const run = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .readAndValidate */ .Qf)(settings, c.warn);
        const slug = (0,_connector_name_js__WEBPACK_IMPORTED_MODULE_7__/* .slugOf */ .t)(run.connectorName);
        let folder = slug;
        for (let n = 2; used.has(folder); n++)
            folder = `${slug}-${n}`;
        used.add(folder);
        const { exported, failure } = await (0,_stages_export_js__WEBPACK_IMPORTED_MODULE_3__/* .runExport */ .Md)({
            settings,
            definition: run.definition,
            connectorName: run.connectorName,
            sourceVersion: run.sourceVersion,
            packagePath: definitions.length === 1 ? out : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, folder),
            artifactName: `connector-${slug}`,
            env: {},
            getIdToken: () => Promise.reject(new Error('no ID token outside a workflow')),
            log: c.log,
        }, undefined, (0,_stages_export_js__WEBPACK_IMPORTED_MODULE_3__/* .exportBlocker */ .lP)(settings, run.counts, run.validationFails, undefined));
        // The action's note that nothing was uploaded says nothing on the command line, which never uploads.
        if (exported.mode === 'manual' && exported.exported)
            delete exported.note;
        runs.push({ ...run, exported, exportFailure: failure });
    }
    return { command: 'package', runs, failed: runs.some((r) => r.validationFails || r.exportFailure !== undefined) };
}
/** The package replaces the folder's contents: only a new or empty folder, or with --force one that holds no input. */
async function checkOut(out, force, inputs) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(out).catch(() => undefined);
    if (info === undefined)
        return;
    if (!info.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConnectorExportError */ .Gy(`--out: ${out} is a file.`, 'Give a folder (new, or empty).');
    }
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(out)).length === 0)
        return;
    if (!force) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConnectorExportError */ .Gy(`--out: ${out} is not empty, and the package replaces what the folder holds.`, 'Give a new or empty folder, or add --force to replace an earlier package there.');
    }
    const inside = inputs.find((file) => !node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(out, file).startsWith('..'));
    if (inside !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConnectorExportError */ .Gy(`--out: ${out} holds ${inside}, which writing the package there would delete.`, 'Write the package to another folder.');
    }
}


/***/ }),

/***/ 84446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ validationInputs),
/* harmony export */   f: () => (/* binding */ VALIDATE_FLAGS),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49705);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45450);


/** `validate <definition...>`: read and validate each definition; fails when any fails `--fail-on`. */
async function validate(definitions, c) {
    const { cwd } = c.io;
    const workspace = (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceFor */ .lA)(cwd, definitions);
    const runs = [];
    for (const definition of definitions) {
        const settings = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .cliSettings */ .A7)({ values: validationInputs(definition, c.options, cwd, workspace), flags: VALIDATE_FLAGS }, workspace, c.mask);
        runs.push(await (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .readAndValidate */ .Qf)(settings, c.warn));
    }
    return { command: 'validate', runs, failed: runs.some((r) => r.validationFails) };
}
/** Where each action input comes from on the command line, for messages. */
const VALIDATE_FLAGS = {
    definition: '<definition>',
    'fail-on-validation': '--fail-on',
    'ignore-rules': '--ignore-rules',
    server: '--server',
};
/** The inputs of reading and validation, as `validate` and `package` take them. */
function validationInputs(definition, options, cwd, workspace) {
    return {
        definition: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .asInput */ .lv)(definition, cwd, workspace),
        'fail-on-validation': options.failOn,
        'ignore-rules': options.ignoreRules ?? '',
        server: options.server ?? '',
    };
}


/***/ }),

/***/ 69483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lP: () => (/* binding */ exportBlocker),
  Uf: () => (/* binding */ planExpressExport),
  Md: () => (/* binding */ runExport)
});

// UNUSED EXPORTS: authSettings

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/connector/apiProperties.ts
var apiProperties = __webpack_require__(83670);
// EXTERNAL MODULE: ./src/connector/package.ts + 2 modules
var connector_package = __webpack_require__(18778);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 155 modules
var esm = __webpack_require__(23952);
;// CONCATENATED MODULE: ./src/powerplatform/credential.ts
/**
 * Sign-in for express mode: one TokenCredential per auth kind, with errors turned into InputError/ServiceError
 * that say what to fix. The Actions runtime is injected (`getIdToken`), so this module never imports @actions/*.
 */


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
            // The closure keeps the typed error: @azure/identity rewraps whatever getAssertion throws, hint lost.
            let assertionError;
            const inner = new esm/* ClientAssertionCredential */.XI(required(auth.tenantId, 'tenant-id', auth.kind), required(auth.clientId, 'client-id', auth.kind), 
            // A fresh ID token per Entra request: a cached one can expire between calls (AADSTS700024).
            async () => {
                try {
                    return await deps.getIdToken(ID_TOKEN_AUDIENCE);
                }
                catch (error) {
                    assertionError = idTokenError(error);
                    throw assertionError;
                }
            }, options);
            return reused(explained(inner, () => {
                const e = assertionError;
                assertionError = undefined;
                return e;
            }));
        }
        case 'client-secret':
            return explained(new esm/* ClientSecretCredential */.HC(required(auth.tenantId, 'tenant-id', auth.kind), required(auth.clientId, 'client-id', auth.kind), required(auth.clientSecret, 'client-secret', auth.kind), options));
        case 'azure-cli':
            return reused(explained(new esm/* AzureCliCredential */.nG(auth.tenantId ? { tenantId: auth.tenantId } : {})));
        case 'token':
            return staticToken(required(auth.token, 'token', auth.kind));
    }
}
function required(value, input, kind) {
    if (!value)
        throw new errors/* InputError */.dz(input, `is required to sign in with '${kind}'.`, `Set the '${input}' input.`);
    return value;
}
function idTokenError(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message)) {
        return new errors/* InputError */.dz('auth', 'the job cannot request a GitHub ID token for OIDC sign-in.', OIDC_PERMISSIONS_HINT);
    }
    return new errors/* ServiceError */._7('GitHub ID token', message, { hint: 'Rerun the job; if it persists, check the OIDC setup.' });
}
/** Wraps a credential so its failures carry a hint; `pending` yields an error raised inside the credential. */
function explained(inner, pending = () => undefined) {
    return {
        async getToken(scopes, options) {
            pending(); // drop an error left by an earlier call
            try {
                return await inner.getToken(scopes, options);
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
                throw new errors/* ServiceError */._7('Microsoft Entra ID', message, { code, hint });
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
                throw new errors/* InputError */.dz('token', `the access token expired at ${new Date(expiresOnTimestamp).toISOString()}.`, 'Get a fresh token for https://service.powerapps.com/ (tokens last about an hour), or use OIDC sign-in.');
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
        throw new errors/* ServiceError */._7('Microsoft Entra ID', 'the access token has no oid claim.', {
            hint: 'Sign in with an Entra ID identity (user or service principal); an opaque token cannot be used here.',
        });
    }
    return oid;
}

;// CONCATENATED MODULE: ./src/powerplatform/client.ts


const API = '/providers/Microsoft.PowerApps';
const MAX_PAGES = 1000;
class PowerAppsClient {
    environment;
    #baseUrl;
    #apiVersion;
    #credential;
    #scope;
    #headers;
    #retry;
    #log;
    #sleep;
    #timeoutMs;
    constructor(options) {
        this.environment = options.environment;
        this.#baseUrl = (options.baseUrl ?? 'https://api.powerapps.com').replace(/\/+$/, '');
        this.#apiVersion = options.apiVersion ?? '2016-11-01';
        this.#credential = options.credential;
        this.#scope = options.scope ?? POWER_APPS_SCOPE;
        this.#headers = {
            'user-agent': options.userAgent ?? 'connector-export',
            'x-ms-origin': options.origin ?? 'connector-export',
        };
        this.#retry = { maxRetries: 4, maxDelayMs: 60_000, baseDelayMs: 1000, ...options.retry };
        this.#log = options.log ?? (() => { });
        this.#timeoutMs = options.timeoutMs ?? 120_000;
        this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    async listCustomConnectors() {
        const call = 'list connectors';
        const found = [];
        let url = this.#url('/apis', true);
        for (let page = 1; url; page++) {
            // A partial list could hide the connector and lead to a second one being created: fail instead.
            if (page > MAX_PAGES)
                throw new errors/* ServiceError */._7(`Power Apps ${call}`, `more than ${MAX_PAGES} pages of connectors.`);
            const answer = (await this.#json({ call, method: 'GET', url, auth: true, idempotent: true }));
            found.push(...(answer.value ?? []).filter((c) => c.properties?.isCustomApi === true));
            const next = answer['@odata.nextLink'];
            url = next ? new URL(next, this.#baseUrl).toString() : undefined;
            // The bearer token goes to the API host only.
            if (url && new URL(url).origin !== new URL(this.#baseUrl).origin) {
                throw new errors/* ServiceError */._7(`Power Apps ${call}`, `the next page is on another host (${new URL(url).origin}).`, {
                    hint: 'Check the power-apps-url input: it must be the API host that answers for this environment.',
                });
            }
        }
        return found;
    }
    async getConnector(connectorId) {
        const url = this.#url(`/apis/${encodeURIComponent(connectorId)}`, true);
        const response = await this.#send({ call: 'get connector', method: 'GET', url, auth: true, idempotent: true }, [404]);
        return response.status === 404 ? undefined : (await readJson(response, 'get connector'));
    }
    async createConnector(body) {
        const url = this.#url('/apis', true);
        return (await this.#json({
            call: 'create connector',
            method: 'POST',
            url,
            body,
            auth: true,
            idempotent: false,
        }));
    }
    async updateConnector(connectorId, body) {
        const url = this.#url(`/apis/${encodeURIComponent(connectorId)}`, true);
        // The same whole body sent twice leaves the same connector: safe to retry.
        return (await this.#json({
            call: 'update connector',
            method: 'PATCH',
            url,
            body,
            auth: true,
            idempotent: true,
        }));
    }
    async callerObjectId() {
        return oidFromToken(await this.#token());
    }
    async validateSwagger(oid, swagger, options = {}) {
        let url = this.#url(`/objectIds/${encodeURIComponent(oid)}/validateApiSwagger`, false);
        if (options.certificationRules)
            url += '&enableConnectorCertificationRules=true';
        const request = {
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
        let answer = text;
        try {
            answer = text ? JSON.parse(text) : '';
        }
        catch {
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
    async generateResourceStorage(oid) {
        const url = this.#url(`/objectIds/${encodeURIComponent(oid)}/generateResourceStorage`, false);
        const body = { environment: { name: this.environment } };
        const call = 'generate resource storage';
        const answer = (await this.#json({ call, method: 'POST', url, body, auth: true, idempotent: true }));
        if (!answer.sharedAccessSignature) {
            throw new errors/* ServiceError */._7(`Power Apps ${call}`, 'the answer has no sharedAccessSignature.');
        }
        return answer.sharedAccessSignature;
    }
    async uploadBlob(sasUrl, fileName, bytes, contentType = 'application/octet-stream') {
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
    async downloadOriginalSwagger(connector) {
        const url = connector.properties.apiDefinitions?.originalSwaggerUrl;
        if (!url)
            return undefined;
        // A SAS URL: anonymous, never the bearer token.
        const request = { call: 'download definition', method: 'GET', url, auth: false, idempotent: true };
        const response = await this.#send(request, [404]);
        if (response.status === 404)
            return undefined;
        const text = (await response.text()).replace(/^\uFEFF/, '');
        try {
            return JSON.parse(text);
        }
        catch (error) {
            throw new errors/* ServiceError */._7(`Power Apps ${request.call}`, `the registered definition is not JSON: ${String(error)}`);
        }
    }
    async downloadIcon(connector) {
        const url = connector.properties.iconUri;
        if (!url || !/^https:/i.test(url))
            return undefined;
        try {
            const response = await this.#send({ call: 'download icon', method: 'GET', url, auth: false, idempotent: true });
            return new Uint8Array(await response.arrayBuffer());
        }
        catch {
            return undefined; // an icon we cannot read counts as changed
        }
    }
    #url(path, environmentFilter) {
        let url = `${this.#baseUrl}${API}${path}?api-version=${encodeURIComponent(this.#apiVersion)}`;
        if (environmentFilter)
            url += `&$filter=${encodeURIComponent(`environment eq '${this.environment}'`)}`;
        return url;
    }
    async #token() {
        const token = await this.#credential.getToken(this.#scope);
        if (!token)
            throw new errors/* ServiceError */._7('Microsoft Entra ID', `no token for ${this.#scope}.`);
        return token.token;
    }
    async #json(request) {
        return readJson(await this.#send(request), request.call);
    }
    /** One call with retries; answers with a status in `accepted` are returned, other failures thrown. */
    async #send(request, accepted = []) {
        const { maxRetries, maxDelayMs, baseDelayMs } = this.#retry;
        const where = redact(request.url);
        let waited = 0;
        for (let attempt = 0;; attempt++) {
            const headers = { ...this.#headers, ...request.headers };
            if (request.auth)
                headers.authorization = `Bearer ${await this.#token()}`;
            let body;
            if (request.body instanceof Uint8Array)
                body = request.body;
            else if (request.body !== undefined) {
                body = JSON.stringify(request.body);
                headers['content-type'] = 'application/json';
            }
            let response;
            let failure;
            try {
                response = await fetch(request.url, {
                    method: request.method,
                    headers,
                    body,
                    signal: AbortSignal.timeout(this.#timeoutMs),
                });
            }
            catch (error) {
                failure = new errors/* ServiceError */._7(`Power Apps ${request.call}`, `no answer from ${where}: ${causeOf(error)}`, {
                    hint: 'Check the network and the power-apps-url input, then rerun.',
                });
            }
            if (response) {
                this.#log(`${request.method} ${where} -> ${response.status}`);
                if (response.ok || accepted.includes(response.status))
                    return response;
                const text = await response.text();
                failure = serviceError(request.call, response.status, errorOf(parseOrText(text)), text, this.environment);
            }
            else {
                this.#log(`${request.method} ${where} -> no answer`);
            }
            const status = response?.status;
            const transient = status === 429 || (request.idempotent && (status === undefined || isTransient(status)));
            const retryAfter = response ? retryAfterMs(response.headers.get('retry-after')) : undefined;
            const delay = retryAfter ?? Math.round(baseDelayMs * 2 ** attempt * (0.5 + Math.random() / 2));
            if (!transient || attempt >= maxRetries || waited + delay > maxDelayMs)
                throw failure;
            this.#log(`retrying ${request.call} in ${delay} ms (${attempt + 1}/${maxRetries})`);
            await this.#sleep(delay);
            waited += delay;
        }
    }
}
const isTransient = (status) => status === 408 || (status >= 500 && status !== 501 && status !== 505);
/** `Retry-After` in seconds or as an HTTP date, in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** A URL as it may be logged: without its query (SAS signatures, filters). */
function redact(url) {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
}
function causeOf(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
async function readJson(response, call) {
    const text = await response.text();
    try {
        return text ? JSON.parse(text) : {};
    }
    catch {
        throw new errors/* ServiceError */._7(`Power Apps ${call}`, `the answer is not JSON (HTTP ${response.status}).`);
    }
}
function parseOrText(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/** `{"error":{"code","message"}}` (Power Apps) or `<Error><Code/><Message/></Error>` (blob storage). */
function errorOf(answer) {
    if (typeof answer === 'string') {
        const code = /<Code>([^<]*)<\/Code>/.exec(answer)?.[1];
        const message = /<Message>([^<]*)<\/Message>/.exec(answer)?.[1];
        return code || message ? { code, message } : {};
    }
    const error = answer?.error;
    if (typeof error !== 'object' || error === null)
        return {};
    const { code, message } = error;
    return {
        code: typeof code === 'string' ? code : undefined,
        message: typeof message === 'string' ? message : undefined,
    };
}
/** The ServiceError for a failed answer, with the hint for what users can do about it. */
function serviceError(call, status, error, text, environment) {
    const message = error.message ?? (text.trim().slice(0, 500) || `HTTP ${status}`);
    return new errors/* ServiceError */._7(`Power Apps ${call}`, message, {
        status,
        code: error.code,
        hint: hintFor(status, error, environment),
    });
}
function hintFor(status, error, environment) {
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
        return (`The signed-in identity may not manage custom connectors in environment '${environment}': it needs the ` +
            'Environment Maker (or System Administrator) role there and a Power Apps licence. Service principals are not ' +
            'officially supported on this API: add the app as an application user of the environment, or sign in as a user.');
    }
    if (status === 429)
        return 'Power Apps throttled the calls: rerun later.';
    if (status >= 500)
        return 'Power Apps failed: rerun later; if it persists, check the Power Platform service health.';
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/definition/json.ts
var json = __webpack_require__(54783);
;// CONCATENATED MODULE: ./src/powerplatform/secrets.ts
/**
 * The OAuth client secret lives only in the request body sent to Power Apps: files, plans, logs and the
 * comparison with the registered connector all use copies without it.
 */

/**
 * Every `oAuthSettings` object of a properties object: `connectionParameters.token` and each
 * `connectionParameterSets.values[].parameters.token` (multi-auth connectors).
 */
function oauthSettingsOf(properties) {
    const tokens = [getPath(properties, ['connectionParameters', 'token'])];
    const sets = getPath(properties, ['connectionParameterSets', 'values']);
    if (Array.isArray(sets))
        for (const set of sets)
            tokens.push(getPath(set, ['parameters', 'token']));
    return tokens.map((token) => getPath(token, ['oAuthSettings'])).filter(definition_pointer/* isObject */.Gv);
}
function getPath(value, keys) {
    let at = value;
    for (const key of keys)
        at = (0,definition_pointer/* isObject */.Gv)(at) && Object.hasOwn(at, key) ? at[key] : undefined;
    return at;
}
/** A deep copy of apiProperties with the secret in every OAuth setting. */
function withClientSecret(apiProperties, secret) {
    const copy = structuredClone(apiProperties);
    for (const settings of oauthSettingsOf(copy.properties))
        settings.clientSecret = secret;
    return copy;
}
/** A deep copy without any client secret (for comparisons and anything that may be printed). */
function withoutClientSecret(apiProperties) {
    const copy = structuredClone(apiProperties);
    for (const settings of oauthSettingsOf(copy.properties))
        delete settings.clientSecret;
    return copy;
}
/** Whether the connector signs in with OAuth, so that creating it needs the client secret. */
function usesOAuth(apiProperties) {
    return oauthSettingsOf(apiProperties.properties).length > 0;
}
/** Whether every OAuth setting carries a non-empty secret. */
function hasClientSecret(apiProperties) {
    const all = oauthSettingsOf(apiProperties.properties);
    return all.length > 0 && all.every((settings) => typeof settings.clientSecret === 'string' && settings.clientSecret);
}

;// CONCATENATED MODULE: ./src/powerplatform/register.ts
/**
 * Express mode: build the create/update body, decide what to do (plan), then do it with at most one write.
 *
 * Guarantees: a rerun with nothing changed writes nothing; a create is never sent twice; a failed update
 * leaves the connector as it was, because the only write is one PATCH and the icon upload (a new blob that
 * nothing references yet) happens before it.
 */





function buildConnectorBody(input) {
    const { swagger } = input;
    const apiProperties = input.clientSecret
        ? withClientSecret(input.apiProperties, input.clientSecret)
        : structuredClone(input.apiProperties);
    const info = (0,definition_pointer/* isObject */.Gv)(swagger.info) ? swagger.info : {};
    const properties = {
        ...apiProperties.properties,
        openApiDefinition: withoutDuplicateTags(swagger),
        backendService: { serviceUrl: backendUrl(swagger) },
        environment: { name: input.environment },
    };
    if (typeof info.description === 'string')
        properties.description = info.description;
    if (input.displayName)
        properties.displayName = input.displayName;
    if (input.iconUri)
        properties.iconUri = input.iconUri;
    return { properties };
}
/** `<schemes[0]>://<host><basePath>`, as paconn builds it; Swagger's default scheme is the definition's own. */
function backendUrl(swagger) {
    if (typeof swagger.host !== 'string' || !swagger.host) {
        throw new errors/* DefinitionError */.gk('API definition', 'has no `host`, so the connector has no backend URL.', {
            hint: 'Add `host` (e.g. `myapi.azurewebsites.net`) and `basePath` to the definition.',
        });
    }
    const scheme = Array.isArray(swagger.schemes) && typeof swagger.schemes[0] === 'string' ? swagger.schemes[0] : 'https';
    const basePath = typeof swagger.basePath === 'string' ? swagger.basePath : '';
    return `${scheme}://${swagger.host}${basePath}`;
}
/**
 * A copy without repeated tags (top-level by name, per operation by value): the platform adds tags of its own
 * and refuses a definition whose `tags` repeat an item ("Non-unique array item").
 */
function withoutDuplicateTags(swagger) {
    const copy = structuredClone(swagger);
    if (Array.isArray(copy.tags)) {
        const seen = new Set();
        copy.tags = copy.tags.filter((tag) => {
            const key = (0,definition_pointer/* isObject */.Gv)(tag) ? tag.name : tag;
            if (seen.has(key))
                return false;
            seen.add(key);
            return true;
        });
    }
    if ((0,definition_pointer/* isObject */.Gv)(copy.paths)) {
        for (const item of Object.values(copy.paths)) {
            if (!(0,definition_pointer/* isObject */.Gv)(item))
                continue;
            for (const operation of Object.values(item)) {
                if ((0,definition_pointer/* isObject */.Gv)(operation) && Array.isArray(operation.tags))
                    operation.tags = [...new Set(operation.tags)];
            }
        }
    }
    return copy;
}
// Body members compared separately (definition, icon) or not comparable (environment comes back as an id,
// the display name cannot change).
const NOT_COMPARED = new Set(['openApiDefinition', 'iconUri', 'environment', 'displayName']);
async function planExport(input) {
    const { api, body, icon } = input;
    const log = input.log ?? (() => { });
    const connector = await findConnector(api, input.connectorId, input.displayName);
    if (!connector) {
        log(`No custom connector named '${input.displayName}' in environment '${api.environment}': it will be created.`);
        return { action: 'create', reasons: [], body, icon };
    }
    const registeredSwagger = await registeredDefinition(api, connector, log);
    const reasons = [];
    if (registeredSwagger === undefined ||
        !(0,json/* sameJson */.V)(withoutDuplicateTags(asJson(registeredSwagger)), withoutDuplicateTags(input.swagger))) {
        reasons.push('definition');
    }
    // The GET returns what was stored plus members the service adds (e.g. redirectUrl) and never secrets:
    // each member we send must be found in it, with the same values, and extra members are ignored.
    const sent = withoutClientSecret(body).properties;
    for (const [key, value] of Object.entries(sent)) {
        if (!NOT_COMPARED.has(key) && !contains(connector.properties[key], value))
            reasons.push(key);
    }
    if (icon && !(await sameIcon(api, connector, icon)))
        reasons.push('icon');
    const action = reasons.length > 0 || input.force ? 'update' : 'up-to-date';
    log(action === 'update'
        ? `Connector ${connector.name} will be updated (${reasons.join(', ') || 'forced'}).`
        : `Connector ${connector.name} is up to date.`);
    return { action, connectorId: connector.name, connector, registeredSwagger, reasons, body, icon };
}
/** The registered definition, or undefined when it cannot be read: then the update is sent anyway (harmless). */
async function registeredDefinition(api, connector, log) {
    try {
        return await api.downloadOriginalSwagger(connector);
    }
    catch (error) {
        if (!(error instanceof errors/* ServiceError */._7))
            throw error;
        log(`Cannot read the registered definition (${error.message}); the connector will be updated.`);
        return undefined;
    }
}
async function findConnector(api, connectorId, displayName) {
    if (connectorId) {
        const connector = await api.getConnector(connectorId);
        if (!connector || connector.properties.isCustomApi === false) {
            throw new errors/* InputError */.dz('connector-id', `no custom connector '${connectorId}' in environment '${api.environment}'.`, 'Check connector-id and environment, or remove connector-id to find or create the connector by name.');
        }
        return connector;
    }
    const named = await findByName(api, displayName);
    if (named.length > 1) {
        throw new errors/* InputError */.dz('connector-id', `${named.length} custom connectors are named '${displayName}' in environment '${api.environment}': ${named.map((c) => c.name).join(', ')}.`, 'Set connector-id to the one to update.');
    }
    return named[0];
}
async function findByName(api, displayName) {
    return (await api.listCustomConnectors()).filter((c) => c.properties.displayName === displayName);
}
/** The icon is unchanged when the registered one is our blob (named by content hash) or has the same bytes. */
async function sameIcon(api, connector, icon) {
    const uri = connector.properties.iconUri;
    if (!uri)
        return false;
    if (safePathname(uri).endsWith(`/${iconBlobName(icon)}`))
        return true;
    const registered = await api.downloadIcon(connector);
    return registered !== undefined && sha256(registered) === sha256(icon.bytes);
}
function safePathname(uri) {
    try {
        return new URL(uri).pathname;
    }
    catch {
        return '';
    }
}
const sha256 = (bytes) => (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
/** The blob name: content-addressed, so the registered iconUri tells whether the icon changed. */
function iconBlobName(icon) {
    const extension = /\.[a-z0-9]+$/i.exec(icon.fileName)?.[0].toLowerCase() ?? '.png';
    return `icon-${sha256(icon.bytes).slice(0, 32)}${extension}`;
}
const CONTENT_TYPES = {
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.svg': 'image/svg+xml',
};
async function applyExport(plan, options) {
    const { api } = options;
    const log = options.log ?? (() => { });
    const warnings = [];
    if (plan.action === 'up-to-date')
        return result(plan, plan.connector, options, warnings);
    const body = structuredClone(plan.body);
    const missingSecret = usesOAuth(body) && !hasClientSecret(body);
    if (plan.action === 'create' && missingSecret) {
        throw new errors/* InputError */.dz('oauth-client-secret', 'is required to create a connector that signs in with OAuth.', "Store the connector app registration's client secret as a repository secret and pass it as oauth-client-secret.");
    }
    if (plan.action === 'update' && missingSecret) {
        // As paconn does, the PATCH then carries no secret. Whether the service keeps the stored one is
        // unconfirmed (some users saw it wiped), so say so.
        warnings.push('The connector was updated without oauth-client-secret: Power Apps should keep the stored client secret, but ' +
            'if sign-ins start failing, rerun with oauth-client-secret.');
    }
    // Everything that can fail without touching the connector runs before the one write.
    if (plan.icon && (plan.action === 'create' || plan.reasons.includes('icon'))) {
        body.properties.iconUri = await uploadIcon(api, plan.icon);
        log('Icon uploaded.');
    }
    else if (plan.connector?.properties.iconUri) {
        body.properties.iconUri = plan.connector.properties.iconUri; // the body replaces the whole connector
    }
    let connectorId;
    if (plan.action === 'create') {
        connectorId = (await createOnce(api, body, log)).name;
        log(`Connector ${connectorId} created.`);
    }
    else {
        connectorId = plan.connectorId;
        delete body.properties.displayName;
        await api.updateConnector(connectorId, body);
        log(`Connector ${connectorId} updated.`);
    }
    const connector = await api.getConnector(connectorId);
    if (!connector) {
        throw new errors/* ServiceError */._7('Power Apps get connector', `connector ${connectorId} is not found right after it was written.`, {
            hint: 'Rerun the job: it finds the connector by name and updates it.',
        });
    }
    return result({ ...plan, connectorId }, connector, options, warnings);
}
/**
 * POST once. When the answer is lost or a server error (the create may have happened), look for the
 * connector by name instead of posting again: planExport found none, so one now is ours.
 */
async function createOnce(api, body, log) {
    try {
        return await api.createConnector(body);
    }
    catch (error) {
        const status = error instanceof errors/* ServiceError */._7 ? error.status : 0;
        const displayName = body.properties.displayName;
        if (!(error instanceof errors/* ServiceError */._7) || (status !== undefined && status < 500) || typeof displayName !== 'string') {
            throw error;
        }
        log(`Create failed (${error.message}); checking whether the connector was created anyway.`);
        const named = await findByName(api, displayName).catch(() => []);
        if (named.length !== 1)
            throw error; // the create's own error says more than the check's
        return named[0];
    }
}
async function uploadIcon(api, icon) {
    const sasUrl = await api.generateResourceStorage(await api.callerObjectId());
    const name = iconBlobName(icon);
    return api.uploadBlob(sasUrl, name, icon.bytes, CONTENT_TYPES[name.slice(name.lastIndexOf('.'))]);
}
function result(plan, connector, options, warnings) {
    const environment = connector.properties.environment?.name ?? options.api.environment;
    const portal = (options.portalUrl ?? 'https://make.powerapps.com').replace(/\/+$/, '');
    const redirectUrl = getOAuthRedirect(connector);
    return {
        action: plan.action,
        connectorId: plan.connectorId ?? connector.name,
        connectorUrl: `${portal}/environments/${encodeURIComponent(environment)}/customconnectors`,
        ...(redirectUrl ? { redirectUrl } : {}),
        connector,
        warnings,
    };
}
function getOAuthRedirect(connector) {
    const token = connector.properties.connectionParameters?.token;
    const settings = (0,definition_pointer/* isObject */.Gv)(token) ? token.oAuthSettings : undefined;
    return (0,definition_pointer/* isObject */.Gv)(settings) && typeof settings.redirectUrl === 'string' ? settings.redirectUrl : undefined;
}
function asJson(value) {
    return (0,definition_pointer/* isObject */.Gv)(value) ? value : {};
}
/**
 * Whether `registered` holds everything in `wanted`: objects may have extra members, arrays match item by
 * item, and an empty object or array matches a missing one (the service may drop empty members).
 */
function contains(registered, wanted) {
    if (wanted === undefined)
        return true;
    if (Array.isArray(wanted)) {
        const have = registered ?? [];
        return Array.isArray(have) && have.length === wanted.length && wanted.every((w, i) => contains(have[i], w));
    }
    if ((0,definition_pointer/* isObject */.Gv)(wanted)) {
        const have = registered ?? {};
        return (0,definition_pointer/* isObject */.Gv)(have) && Object.entries(wanted).every(([key, w]) => contains(have[key], w));
    }
    return registered === wanted;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/sources/icon.ts


/** Reads the `icon` input's file; its format is checked by whoever uses it. */
async function readIcon(iconPath) {
    try {
        return await (0,promises_.readFile)(iconPath);
    }
    catch {
        throw new errors/* InputError */.dz('icon', `'${iconPath}' cannot be read.`, 'Give the path of a PNG file in the repository.');
    }
}

;// CONCATENATED MODULE: ./src/export/express.ts







/** Signs in, validates remotely when asked, finds the connector and decides: create, update or up to date. */
async function planExpress(input) {
    const api = new PowerAppsClient({
        environment: input.environment,
        credential: createCredential(input.auth, { getIdToken: input.getIdToken }),
        baseUrl: input.powerAppsUrl,
        apiVersion: input.apiVersion,
        log: input.log,
    });
    const swagger = (0,connector_package/* applyOverrides */.iu)(input.definition, input.hostOverride, input.basePathOverride);
    const remoteFindings = [];
    if (input.validateRemotely) {
        const messages = await api.validateSwagger(await api.callerObjectId(), swagger);
        for (const message of messages) {
            remoteFindings.push({
                rule: 'remote-validation',
                level: 'error',
                message: `Power Apps: ${message}`,
                pointer: '',
            });
        }
    }
    const body = buildConnectorBody({
        swagger,
        // The API accepts a per-connector redirect URL (the portal's recommendation); only paconn's files cannot.
        apiProperties: (0,apiProperties/* buildApiProperties */.Ir)(input.security, { ...input.options, redirectMode: 'GlobalPerConnector' }),
        environment: input.environment,
        displayName: input.connectorName,
        clientSecret: input.oauthClientSecret,
    });
    const icon = input.iconPath === undefined
        ? undefined
        : { fileName: external_node_path_default().basename(input.iconPath), bytes: await readIcon(input.iconPath) };
    const plan = await planExport({
        api,
        connectorId: input.connectorId,
        displayName: input.connectorName,
        swagger,
        body,
        icon,
        force: input.force,
        log: input.log,
    });
    const registered = plan.registeredSwagger === undefined
        ? undefined
        : {
            bytes: Buffer.from(JSON.stringify(plan.registeredSwagger)),
            source: `registered connector ${plan.connectorId ?? input.connectorName}`,
        };
    return { plan, api, remoteFindings, registered };
}
/** Carries the plan out (unless it is a dry run) and reports what happened or would happen. */
async function applyExpress(planned, input) {
    const { plan } = planned;
    const report = {
        mode: 'express',
        exported: false,
        dryRun: input.dryRun,
        action: plan.action,
        connectorName: input.connectorName,
        environment: input.environment,
        connectorId: plan.connectorId,
        reasons: plan.reasons,
        warnings: [],
    };
    if (input.dryRun || plan.action === 'up-to-date') {
        if (plan.action === 'up-to-date')
            report.exported = true;
        return report;
    }
    const result = await applyExport(plan, { api: planned.api, log: input.log });
    return {
        ...report,
        exported: true,
        connectorId: result.connectorId,
        connectorUrl: result.connectorUrl,
        redirectUrl: result.redirectUrl,
        warnings: result.warnings,
    };
}

;// CONCATENATED MODULE: ./src/export/manual.ts




/** Writes the package, replacing an earlier run's folder so the artifact holds exactly this package. */
async function writePackage(dir, files) {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const file of files)
        await (0,promises_.writeFile)(external_node_path_default().join(dir, file.name), file.content);
    return files.map((f) => external_node_path_default().join(dir, f.name));
}
/** Manual mode: build the import package, write it to `packagePath` and upload it as a workflow artifact. */
async function exportManual(input) {
    const files = (0,connector_package/* buildPackage */.PN)({
        definition: input.definition,
        security: input.security,
        options: input.options,
        connectorName: input.connectorName,
        hostOverride: input.hostOverride,
        basePathOverride: input.basePathOverride,
        icon: input.iconPath === undefined ? undefined : await readIcon(input.iconPath),
        source: input.source,
    });
    const written = await writePackage(input.packagePath, files);
    const report = {
        mode: 'manual',
        exported: true,
        connectorName: input.connectorName,
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 179 modules
var artifact = __webpack_require__(10172);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
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
/** The real store: the runner's artifact service through @actions/artifact, the REST API to find baselines. */
class GitHubArtifactStore {
    env;
    client;
    constructor(env = process.env, client = new artifact/* DefaultArtifactClient */.t9()) {
        this.env = env;
        this.client = client;
    }
    async upload(name, rootDir, files, retentionDays) {
        const root = external_node_path_default().resolve(rootDir);
        let result;
        try {
            result = await this.client.uploadArtifact(name, files.map((file) => external_node_path_default().resolve(root, file)), root, { retentionDays });
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
            core/* info */.pq(`No artifact '${query.name}' from the default branch yet: nothing to diff against.`);
            return undefined;
        }
        core/* info */.pq(`Baseline: artifact '${found.name}' (id ${found.id}) of run ${found.runId}.`);
        try {
            await this.client.downloadArtifact(found.id, {
                path: query.destination,
                findBy: {
                    token: query.token,
                    workflowRunId: found.runId,
                    repositoryOwner: owner,
                    repositoryName: repo,
                },
            });
        }
        catch (error) {
            throw artifactError(error, `downloading the baseline artifact '${found.name}' (id ${found.id}) failed`);
        }
        const definition = findDefinition(query.destination);
        if (!definition)
            core/* warning */.$e(`Artifact '${found.name}' (id ${found.id}) holds no ${DEFINITION_FILE}.`);
        return definition;
    }
    async findLatest(query, owner, repo) {
        const octokit = (0,github/* getOctokit */.Q)(query.token, { baseUrl: this.env.GITHUB_API_URL || 'https://api.github.com' });
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
    if (error instanceof artifact/* GHESNotSupportedError */.jK) {
        return fail('ghes-not-supported', "GitHub Enterprise Server has no artifact service for @actions/artifact 2+: upload 'package-path' with actions/upload-artifact@v3 instead, and set 'baseline' to a committed file or git:<ref>.");
    }
    if (/artifact name is not valid|artifact name input during validation is empty/i.test(message)) {
        return fail('invalid-name', "Choose an 'artifact-name' without \" : < > | * ? \\ / or line breaks (for example connector-petstore).");
    }
    if (status === 409 || /already exists/i.test(message)) {
        return fail('name-conflict', "Artifact names are unique within a workflow run: give each export its own 'artifact-name' (e.g. add the matrix value), or re-run the whole workflow instead of one job.");
    }
    // The twirp client rewraps its errors as plain Errors: match the messages of UsageError and NetworkError too.
    if (error instanceof artifact/* UsageError */.eb || /storage quota has been hit/i.test(message)) {
        return fail('quota', "The account's artifact storage quota is used up: delete old artifacts or lower 'retention-days', then re-run.");
    }
    if (error instanceof artifact/* FilesNotFoundError */.B9 || /^(File .* does not exist|The provided rootDirectory)/.test(message)) {
        return fail('no-files', "The package files were missing when uploaded: check that no earlier step removed 'package-path'.");
    }
    if (error instanceof artifact/* NetworkError */.Dr || /Unable to make request: [A-Z]+/.test(message)) {
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
        definition: c.definition.value,
        security: readSecurity(c.definition.value, c.definition),
        options: c.settings.connector,
        connectorName: c.connectorName,
        hostOverride: c.settings.hostOverride,
        basePathOverride: c.settings.basePathOverride,
        iconPath: c.settings.iconPath,
    };
}
/** Express mode's plan (sign-in, the service's validation when asked, create/update/up to date). */
function planExpressExport(c) {
    const e = c.settings.express;
    const input = {
        ...connectorSpec(c),
        environment: e.environment ?? '',
        connectorId: e.connectorId,
        powerAppsUrl: e.powerAppsUrl,
        apiVersion: e.apiVersion,
        auth: authSettings(c.settings),
        oauthClientSecret: e.oauthClientSecret,
        validateRemotely: e.validateRemotely,
        force: e.forceUpdate,
        getIdToken: c.getIdToken,
        log: c.log,
    };
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
        ? { mode, exported: false, connectorName: c.connectorName, packagePath: '', files: [], note }
        : {
            mode,
            exported: false,
            dryRun: false,
            action: 'create',
            connectorName: c.connectorName,
            environment: c.settings.express.environment ?? '',
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
                    location: c.definition.source,
                    version: c.event?.pullRequest?.headSha ?? c.event?.sha,
                    format: c.sourceVersion,
                },
                packagePath: c.packagePath,
                artifactName: c.artifactName,
                retentionDays: c.settings.retentionDays,
                store: isArtifactRuntimeAvailable(c.env) ? new GitHubArtifactStore(c.env) : undefined,
            });
            return { exported };
        }
        if (!express)
            return { exported: notExported(c, undefined) };
        const exported = await applyExpress(express, {
            dryRun: isDryRun(c.settings, c.event),
            connectorName: c.connectorName,
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


/***/ })

};
