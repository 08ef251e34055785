export const id = 132;
export const ids = [132,107];
export const modules = {

/***/ 23132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyExpress: () => (/* binding */ applyExpress),
  planExpress: () => (/* binding */ planExpress)
});

// EXTERNAL MODULE: ./src/connector/apiProperties.ts
var apiProperties = __webpack_require__(83670);
// EXTERNAL MODULE: ./src/powerplatform/client.ts
var client = __webpack_require__(18107);
// EXTERNAL MODULE: ./src/powerplatform/credential.ts
var credential = __webpack_require__(28077);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/definition/json.ts
var json = __webpack_require__(54783);
// EXTERNAL MODULE: ./src/drift/apiProperties.ts
var drift_apiProperties = __webpack_require__(50330);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var pointer = __webpack_require__(57060);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/powerplatform/redirectUrl.ts
var powerplatform_redirectUrl = __webpack_require__(51527);
// EXTERNAL MODULE: ./src/powerplatform/secrets.ts
var secrets = __webpack_require__(74115);
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
        ? (0,secrets/* withClientSecret */.eJ)(input.apiProperties, input.clientSecret)
        : structuredClone(input.apiProperties);
    const info = (0,pointer/* isObject */.Gv)(swagger.info) ? swagger.info : {};
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
            const key = (0,pointer/* isObject */.Gv)(tag) ? tag.name : tag;
            if (seen.has(key))
                return false;
            seen.add(key);
            return true;
        });
    }
    if ((0,pointer/* isObject */.Gv)(copy.paths)) {
        for (const item of Object.values(copy.paths)) {
            if (!(0,pointer/* isObject */.Gv)(item))
                continue;
            for (const operation of Object.values(item)) {
                if ((0,pointer/* isObject */.Gv)(operation) && Array.isArray(operation.tags))
                    operation.tags = [...new Set(operation.tags)];
            }
        }
    }
    return copy;
}
// Body members compared separately (definition, icon) or not comparable (environment comes back as an id,
// the display name cannot change).
const NOT_COMPARED = new Set(['openApiDefinition', 'iconUri', 'scriptDefinitionUrl', 'environment', 'displayName']);
/**
 * Members of a connector's properties the source may leave undefined; the registered value is then carried over
 * (the body replaces the whole connector). Each group goes together: parameters and parameter sets are
 * alternatives, so a source that defines one defines the connector's sign-in.
 */
const CARRIED_GROUPS = [
    ['connectionParameters', 'connectionParameterSets'],
    ['policyTemplateInstances'],
    ['scriptOperations'],
    ['capabilities'],
    ['publisher'],
    ['stackOwner'],
];
/** The custom code's name in the plan and report. */
const SCRIPT_MEMBER = 'custom code (script.csx)';
async function planExport(input) {
    const { api, body, icon } = input;
    const log = input.log ?? (() => { });
    const connector = await findConnector(api, input.connectorId, input.displayName);
    const script = input.script;
    if (!connector) {
        log(`No custom connector named '${input.displayName}' in environment '${api.environment}': it will be created.`);
        return { action: 'create', reasons: [], body, icon, script, kept: [], propertyChanges: [] };
    }
    const registeredSwagger = await registeredDefinition(api, connector, log);
    const reasons = [];
    if (registeredSwagger === undefined ||
        !(0,json/* sameJson */.Vk)(withoutDuplicateTags(asJson(registeredSwagger)), withoutDuplicateTags(input.swagger))) {
        reasons.push('definition');
    }
    const registered = connector.properties;
    const kept = carryOver(body, registered, script !== undefined || input.dropScript === true);
    // The GET returns what was stored plus members the service adds (e.g. redirectUrl) and never secrets:
    // each member we send must be found in it, with the same values, and extra members are ignored.
    const sent = (0,secrets/* withoutClientSecret */.ug)(body).properties;
    for (const [key, value] of Object.entries(sent)) {
        if (!NOT_COMPARED.has(key) && !(0,json/* containsJson */.SB)(connector.properties[key], value))
            reasons.push(key);
    }
    if (icon && !(await sameIcon(api, connector, icon)))
        reasons.push('icon');
    const registeredScript = scriptOf(registered, script);
    if (script ? registeredScript !== script : input.dropScript && registeredScript !== undefined)
        reasons.push('script');
    const propertyChanges = (0,drift_apiProperties/* diffApiProperties */.Z)({ properties: registered, script: registeredScript }, { properties: sent, script: script ?? (kept.includes(SCRIPT_MEMBER) ? registeredScript : undefined) });
    const action = reasons.length > 0 || input.force ? 'update' : 'up-to-date';
    log(action === 'update'
        ? `Connector ${connector.name} will be updated (${reasons.join(', ') || 'forced'}).`
        : `Connector ${connector.name} is up to date.`);
    if (kept.length > 0)
        log(`Kept as registered (the source does not define them): ${kept.join(', ')}.`);
    for (const change of propertyChanges)
        log(`${action === 'update' ? 'The update' : 'An update'}: ${change.message}`);
    return {
        action,
        connectorId: connector.name,
        connector,
        registeredSwagger,
        reasons,
        body,
        icon,
        script,
        kept,
        propertyChanges: action === 'update' ? propertyChanges : [],
    };
}
/**
 * Copies into `body` each registered member the source leaves undefined, and the registered custom code when the
 * source has none and does not drop it on purpose; returns what was kept.
 */
function carryOver(body, registered, scriptDefined) {
    const kept = [];
    for (const group of CARRIED_GROUPS) {
        if (group.some((member) => body.properties[member] !== undefined))
            continue;
        for (const member of group) {
            if (registered[member] === undefined)
                continue;
            body.properties[member] = structuredClone(registered[member]);
            kept.push(member);
        }
    }
    if (!scriptDefined && typeof registered.scriptDefinitionUrl === 'string') {
        body.properties.scriptDefinitionUrl = registered.scriptDefinitionUrl;
        kept.push(SCRIPT_MEMBER);
    }
    return kept;
}
/**
 * The registered custom code as the diff sees it: our bytes when the registered URL is our blob for them
 * (content-addressed), `unknown` when there is code we cannot compare, undefined when there is none.
 */
function scriptOf(registered, ours) {
    const url = registered.scriptDefinitionUrl;
    if (typeof url !== 'string' || url === '')
        return undefined;
    return ours && safePathname(url).endsWith(`/${scriptBlobName(ours)}`) ? ours : 'unknown';
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
    const missingSecret = (0,secrets/* usesOAuth */.I$)(body) && !(0,secrets/* hasClientSecret */.MB)(body);
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
    // Custom code travels as paconn sends it: a blob in the environment's storage, then its URL in the body.
    if (plan.script && (plan.action === 'create' || plan.reasons.includes('script'))) {
        body.properties.scriptDefinitionUrl = await uploadScript(api, plan.script);
        log('Custom code uploaded.');
    }
    else if (plan.script && typeof plan.connector?.properties.scriptDefinitionUrl === 'string') {
        body.properties.scriptDefinitionUrl = plan.connector.properties.scriptDefinitionUrl;
    }
    let connectorId;
    if (plan.action === 'create') {
        connectorId = (await createOnce(api, body, log)).name;
        log(`Connector ${connectorId} created.`);
        const twin = await concurrentTwin(api, connectorId, body);
        if (twin)
            warnings.push(twin);
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
/**
 * Two runs that plan at the same time both find no connector and both create one. After a create the name is
 * looked up again; a second connector of that name is reported with what to do (deleting one is for a person:
 * either may already be in use). Undefined when ours is the only one, or the look fails.
 */
async function concurrentTwin(api, ours, body) {
    const displayName = body.properties.displayName;
    if (typeof displayName !== 'string')
        return undefined;
    const named = await findByName(api, displayName).catch(() => []);
    const others = named.filter((c) => c.name !== ours).map((c) => c.name);
    if (others.length === 0)
        return undefined;
    return (`Another run created a connector named '${displayName}' at the same time: environment '${api.environment}' ` +
        `now has ${others.length + 1} (${ours}, created by this run; ${others.join(', ')}). Delete the extra one in ` +
        "the maker portal (Custom connectors), set 'connector-id' to the one to keep, and give the workflow a " +
        '`concurrency` group keyed by environment and connector so that runs wait for each other (see the README).');
}
async function uploadIcon(api, icon) {
    const name = iconBlobName(icon);
    return uploadResource(api, name, icon.bytes, CONTENT_TYPES[name.slice(name.lastIndexOf('.'))]);
}
async function uploadScript(api, script) {
    return uploadResource(api, scriptBlobName(script), script, 'text/plain');
}
async function uploadResource(api, name, bytes, type) {
    const sasUrl = await api.generateResourceStorage(await api.callerObjectId());
    return api.uploadBlob(sasUrl, name, bytes, type);
}
/** The script's blob name: content-addressed like the icon's, so the registered URL tells whether it changed. */
function scriptBlobName(script) {
    return `script-${sha256(script).slice(0, 32)}.csx`;
}
function result(plan, connector, options, warnings) {
    const environment = connector.properties.environment?.name ?? options.api.environment;
    const portal = (options.portalUrl ?? 'https://make.powerapps.com').replace(/\/+$/, '');
    const redirectUrl = (0,powerplatform_redirectUrl/* oauthRedirectUrl */.j)(connector);
    return {
        action: plan.action,
        connectorId: plan.connectorId ?? connector.name,
        connectorUrl: `${portal}/environments/${encodeURIComponent(environment)}/customconnectors`,
        ...(redirectUrl ? { redirectUrl } : {}),
        connector,
        warnings,
    };
}
function asJson(value) {
    return (0,pointer/* isObject */.Gv)(value) ? value : {};
}

// EXTERNAL MODULE: ./src/sources/raw.ts
var raw = __webpack_require__(93556);
;// CONCATENATED MODULE: ./src/export/express.ts





/** Signs in, validates remotely when asked, finds the connector and decides: create, update or up to date. */
async function planExpress(input) {
    const api = new client.PowerAppsClient({
        environment: input.environment,
        credential: (0,credential/* createCredential */.GO)(input.auth, { getIdToken: input.getIdToken }),
        baseUrl: input.powerAppsUrl,
        apiVersion: input.apiVersion,
        log: input.log,
    });
    const { content } = input;
    const swagger = content.definition;
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
        // The connector's own apiProperties.json is sent whole. A built one asks for a per-connector redirect URL
        // (the portal's recommendation), which the API accepts and only paconn's files cannot.
        apiProperties: content.ownApiProperties ? content.apiProperties : builtProperties(content, input),
        environment: input.environment,
        displayName: content.connectorName,
        clientSecret: input.oauthClientSecret,
    });
    const icon = content.icon === undefined ? undefined : { fileName: input.iconFileName ?? 'icon.png', bytes: content.icon };
    const plan = await planExport({
        api,
        connectorId: input.connectorId,
        displayName: content.connectorName,
        swagger,
        body,
        icon,
        script: content.script,
        dropScript: content.script === undefined &&
            content.ownApiProperties &&
            content.apiProperties.properties.scriptOperations !== undefined,
        force: input.force,
        log: input.log,
    });
    const registered = (0,raw/* registeredDefinition */.O)(plan.registeredSwagger, plan.connectorId ?? content.connectorName);
    return { route: 'powerapps', plan, api, remoteFindings, registered };
}
/**
 * apiProperties built from the definition's security, for a source without its own file. The API accepts a
 * per-connector redirect URL (the portal's recommendation), which only paconn's files cannot. The builder's empty
 * `capabilities` is not something the source defines: left out, a registered value is carried over.
 */
function builtProperties(content, input) {
    const built = (0,apiProperties/* buildApiProperties */.Ir)(content.security, { ...input.options, redirectMode: 'GlobalPerConnector' });
    const { capabilities, ...properties } = built.properties;
    return { properties: capabilities.length > 0 ? built.properties : properties };
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
        kept: plan.kept,
        propertyChanges: plan.propertyChanges.map((c) => ({ rule: c.rule, level: c.level, message: c.message })),
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


/***/ }),

/***/ 18107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PowerAppsClient: () => (/* binding */ PowerAppsClient)
/* harmony export */ });
/* unused harmony export serviceError */
/* harmony import */ var _definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57060);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _credential_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28077);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52688);





const API = '/providers/Microsoft.PowerApps';
const MAX_PAGES = 1000;
class PowerAppsClient {
    environment;
    #baseUrl;
    #apiVersion;
    #credential;
    #scope;
    #headers;
    #http;
    constructor(options) {
        this.environment = options.environment;
        this.#baseUrl = (options.baseUrl ?? 'https://api.powerapps.com').replace(/\/+$/, '');
        this.#apiVersion = options.apiVersion ?? '2016-11-01';
        this.#credential = options.credential;
        this.#scope = options.scope ?? _credential_js__WEBPACK_IMPORTED_MODULE_2__/* .POWER_APPS_SCOPE */ .wv;
        this.#headers = {
            'user-agent': options.userAgent ?? 'connector-export',
            'x-ms-origin': options.origin ?? 'connector-export',
        };
        this.#http = {
            retry: { ..._http_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RETRY */ .vI, ...options.retry },
            timeoutMs: options.timeoutMs ?? 120_000,
            readTimeoutMs: options.readTimeoutMs ?? 30_000,
            totalTimeoutMs: options.totalTimeoutMs ?? 180_000,
            log: options.log ?? (() => { }),
            sleep: options.sleep ?? _http_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultSleep */ .JG,
            failure: (request, status, answer) => {
                const text = withheldIfQuoting(answer, request.body);
                return serviceError(request.call, status, errorOf((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOrText */ .Gb)(text)), text, this.environment);
            },
            noAnswer: (request, cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`Power Apps ${request.call}`, cause, {
                hint: "Check the network and the 'powerapps-url' input, then rerun.",
            }),
        };
    }
    async listCustomConnectors() {
        const call = 'list connectors';
        const found = [];
        let url = this.#url('/apis', true);
        for (let page = 1; url; page++) {
            // A partial list could hide the connector and lead to a second one being created: fail instead.
            if (page > MAX_PAGES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`Power Apps ${call}`, `more than ${MAX_PAGES} pages of connectors.`);
            const response = await this.#send({ call, method: 'GET', url, auth: true, idempotent: true });
            const answer = await readJson(response, call);
            // A list without its `value` array could hide the connector, and lead to a second one: an error too.
            if (!(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(answer) || !Array.isArray(answer.value))
                throw malformed(call, response.status, 'a list of connectors');
            const connectors = answer.value.map((c) => asConnector(c, call, response.status));
            found.push(...connectors.filter((c) => c.properties.isCustomApi === true));
            const next = typeof answer['@odata.nextLink'] === 'string' ? answer['@odata.nextLink'] : undefined;
            url = next ? new URL(next, this.#baseUrl).toString() : undefined;
            // The bearer token goes to the API host only.
            if (url && new URL(url).origin !== new URL(this.#baseUrl).origin) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`Power Apps ${call}`, `the next page is on another host (${new URL(url).origin}).`, {
                    hint: "Check the 'powerapps-url' input: it must be the API host that answers for this environment.",
                });
            }
        }
        return found;
    }
    async getConnector(connectorId) {
        const url = this.#url(`/apis/${encodeURIComponent(connectorId)}`, true);
        const response = await this.#send({ call: 'get connector', method: 'GET', url, auth: true, idempotent: true }, [404]);
        if (response.status === 404)
            return undefined;
        return asConnector(await readJson(response, 'get connector'), 'get connector', response.status);
    }
    async createConnector(body) {
        const url = this.#url('/apis', true);
        const call = 'create connector';
        const response = await this.#send({ call, method: 'POST', url, body, auth: true, idempotent: false });
        const answer = await readJson(response, call);
        // Only the id is read from it (the connector is read back); without one the outcome is unknown.
        if (!(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(answer) || typeof answer.name !== 'string')
            throw malformed(call, response.status, 'a connector');
        return answer;
    }
    async updateConnector(connectorId, body) {
        const url = this.#url(`/apis/${encodeURIComponent(connectorId)}`, true);
        // The same whole body sent twice leaves the same connector: safe to retry.
        await this.#send({ call: 'update connector', method: 'PATCH', url, body, auth: true, idempotent: true });
    }
    async callerObjectId() {
        return (0,_credential_js__WEBPACK_IMPORTED_MODULE_2__/* .oidFromToken */ .SW)(await this.#token());
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
        const response = await this.#send({ call, method: 'POST', url, body, auth: true, idempotent: true });
        const answer = await readJson(response, call);
        if (!(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(answer))
            throw malformed(call, response.status, 'an object');
        if (typeof answer.sharedAccessSignature !== 'string' || !answer.sharedAccessSignature) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`Power Apps ${call}`, 'the answer has no sharedAccessSignature.');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`Power Apps ${request.call}`, `the registered definition is not JSON: ${String(error)}`);
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
    async #token(abortSignal) {
        const token = await this.#credential.getToken(this.#scope, { abortSignal });
        if (!token)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('Microsoft Entra ID', `no token for ${this.#scope}.`);
        return token.token;
    }
    #send(request, accepted = []) {
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .sendWithRetry */ .lx)({
            call: request.call,
            method: request.method,
            url: request.url,
            body: request.body,
            headers: { ...this.#headers, ...request.headers },
            token: request.auth ? (signal) => this.#token(signal) : undefined,
            idempotent: request.idempotent,
        }, this.#http, accepted);
    }
}
async function readJson(response, call) {
    const text = await response.text();
    try {
        return text ? JSON.parse(text) : {};
    }
    catch {
        throw malformed(call, response.status, 'JSON');
    }
}
/**
 * An error answer as it may be reported. Some answers quote the request (400 InvalidRequestContent does): when
 * the request carried a secret (the OAuth client secret of a create or update) and the answer names or holds it,
 * only the error code is kept; the message would publish the secret.
 */
function withheldIfQuoting(text, body) {
    const carried = secretValues(body);
    if (carried.length === 0)
        return text;
    const quotes = /clientSecret/i.test(text) ||
        carried.some((v) => text.includes(v) || text.includes(JSON.stringify(v).slice(1, -1)));
    if (!quotes)
        return text;
    const { code } = errorOf((0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOrText */ .Gb)(text));
    return JSON.stringify({
        error: {
            code,
            message: 'the answer quotes the request, which carries the OAuth client secret, so it is not shown. Check the definition and the connector settings the request was built from.',
        },
    });
}
/** The string values of every `clientSecret` member in a request body. */
function secretValues(value) {
    if (Array.isArray(value))
        return value.flatMap(secretValues);
    if (typeof value !== 'object' || value === null || value instanceof Uint8Array)
        return [];
    return Object.entries(value).flatMap(([key, v]) => /^clientSecret$/i.test(key) && typeof v === 'string' && v !== '' ? [v] : secretValues(v));
}
function asConnector(value, call, status) {
    if (!(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value) || typeof value.name !== 'string' || !(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value.properties)) {
        throw malformed(call, status, 'a connector');
    }
    return value;
}
/**
 * A success status with an answer of the wrong shape: something other than the API answered. No `status` on
 * the error: the outcome of a write is unknown (a create is then looked up by name, not taken as refused).
 */
function malformed(call, status, expected) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`Power Apps ${call}`, `the answer (HTTP ${status}) is not ${expected}.`, {
        hint: "Something other than the Power Apps API answered (a proxy, a captive portal, a wrong 'powerapps-url'): check 'powerapps-url' and the runner's network, then rerun.",
    });
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`Power Apps ${call}`, message, {
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


/***/ }),

/***/ 52688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ parseOrText),
/* harmony export */   JG: () => (/* binding */ defaultSleep),
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   lx: () => (/* binding */ sendWithRetry),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony exports retryAfterMs, redactUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * One HTTP call with a per-request timeout and bounded retries (429 with Retry-After for every call; network
 * errors and 5xx only for calls that may be repeated), over global fetch. Logs method, URL without query, status;
 * never bodies, headers or query strings.
 */

const DEFAULT_RETRY = { maxRetries: 4, maxDelayMs: 60_000, baseDelayMs: 1000 };
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * One call with retries; answers with a status in `accepted` are returned, other failures thrown. Each attempt
 * (token included) is bounded, and so is the whole call: a service that never answers fails it in
 * `totalTimeoutMs`, not after every retry has waited its full timeout.
 */
async function sendWithRetry(request, options, accepted = []) {
    const { maxRetries, maxDelayMs, baseDelayMs } = options.retry;
    const where = redactUrl(request.url);
    const total = options.totalTimeoutMs ?? Number.POSITIVE_INFINITY;
    const deadline = Date.now() + total;
    const perAttempt = request.method === 'GET' ? (options.readTimeoutMs ?? options.timeoutMs) : options.timeoutMs;
    let waited = 0;
    for (let attempt = 0;; attempt++) {
        const limit = Math.min(perAttempt, deadline - Date.now());
        const signal = AbortSignal.timeout(Math.max(limit, 1));
        let response;
        let failure;
        let fetching = false;
        try {
            const headers = { ...request.headers };
            if (request.token)
                headers.authorization = `Bearer ${await request.token(signal)}`;
            let body;
            if (request.body instanceof Uint8Array)
                body = request.body;
            else if (request.body !== undefined) {
                body = JSON.stringify(request.body);
                headers['content-type'] = 'application/json';
            }
            fetching = true;
            response = await fetch(request.url, { method: request.method, headers, body, signal });
        }
        catch (error) {
            if (!fetching && !signal.aborted)
                throw error; // the credential's own, already explained
            const why = signal.aborted
                ? `no answer within ${seconds(limit)}${limit < perAttempt ? ` (the ${seconds(total)} a call may take are used up)` : ''}`
                : causeOf(error);
            failure = options.noAnswer(request, `no answer from ${where}: ${why}.`);
        }
        const retryAfter = response ? retryAfterMs(response.headers.get('retry-after')) : undefined;
        if (response) {
            options.log(`${request.method} ${where} -> ${response.status}`);
            if (response.ok || accepted.includes(response.status))
                return response;
            failure = options.failure(request, response.status, await response.text(), retryAfter);
        }
        else {
            options.log(`${request.method} ${where} -> no answer`);
        }
        const status = response?.status;
        const transient = status === 429 || (request.idempotent && (status === undefined || isTransient(status)));
        const delay = retryAfter ?? Math.round(baseDelayMs * 2 ** attempt * (0.5 + Math.random() / 2));
        const late = waited + delay > maxDelayMs || Date.now() + delay >= deadline;
        if (!transient || attempt >= maxRetries || late)
            throw failure;
        options.log(`retrying ${request.call} in ${delay} ms (${attempt + 1}/${maxRetries})`);
        await options.sleep(delay);
        waited += delay;
    }
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
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
function redactUrl(url) {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
}
function causeOf(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
/** The answer's JSON; a body that is not JSON is a ServiceError naming the call. */
async function readJson(response, service) {
    const text = await response.text();
    try {
        return text ? JSON.parse(text) : {};
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(service, `the answer is not JSON (HTTP ${response.status}).`);
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


/***/ }),

/***/ 51527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readRedirectUrl),
/* harmony export */   j: () => (/* binding */ oauthRedirectUrl)
/* harmony export */ });
/* harmony import */ var _definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57060);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * The OAuth redirect URL of a connector imported through Dataverse. Dataverse does not hold it: the Power Apps
 * resource provider shows it once it has synchronised the imported connector. Best effort and bounded: a service
 * principal is often refused there (401/403), and the import has succeeded all the same, so every failure becomes
 * a reason to report, never an error. The reason names status and service code only: the services' own texts
 * are not repeated.
 */


async function readRedirectUrl(input) {
    let environment;
    try {
        environment = await input.environmentId();
    }
    catch (error) {
        return { unreadable: `the environment id could not be read from Dataverse (${failure(error)})` };
    }
    let connectors;
    try {
        connectors = await input.connectors(environment);
    }
    catch (error) {
        return { unreadable: failure(error) };
    }
    for (let attempt = 1;; attempt++) {
        let connector;
        try {
            connector = await connectors.getConnector(input.connectorInternalId);
        }
        catch (error) {
            return { unreadable: failure(error) };
        }
        if (connector)
            return redirectOf(connector);
        if (attempt >= input.attempts) {
            return {
                unreadable: `the Power Apps API does not show connector ${input.connectorInternalId} in environment ${environment} yet (HTTP 404; it appears once the platform has synchronised the import)`,
            };
        }
        input.log(`Connector ${input.connectorInternalId} is not in the Power Apps API yet; looking again.`);
        await input.sleep(input.intervalMs);
    }
}
/** The redirect URL the connector's OAuth setting shows, if any. */
function oauthRedirectUrl(connector) {
    const token = connector.properties.connectionParameters?.token;
    const settings = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(token) ? token.oAuthSettings : undefined;
    return (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(settings) && typeof settings.redirectUrl === 'string' ? settings.redirectUrl : undefined;
}
function redirectOf(connector) {
    const url = oauthRedirectUrl(connector);
    if (url === undefined)
        return { unreadable: "the Power Apps API's connector has no OAuth redirect URL" };
    // The URL goes into Markdown and the log as it is: only a plain https URL is taken.
    if (!/^https:\/\/[^\s`<>"'|\\]+$/.test(url) || url.length > 500) {
        return { unreadable: "the Power Apps API's redirect URL is not a plain https URL" };
    }
    return { url };
}
/** Why a call failed, as it may be published: who answered, with status and code, or that no answer came. */
function failure(error) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7))
        return `an unexpected ${error instanceof Error ? error.name : 'error'}`;
    if (error.service === 'Microsoft Entra ID') {
        return `no token for the Power Apps API${error.code ? ` (${error.code})` : ''}`;
    }
    if (error.status === undefined)
        return `no usable answer from ${error.service} (network error or timeout)`;
    return `${error.service} answered HTTP ${error.status}${error.code ? ` ${error.code}` : ''}`;
}


/***/ }),

/***/ 74115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ usesOAuth),
/* harmony export */   MB: () => (/* binding */ hasClientSecret),
/* harmony export */   eJ: () => (/* binding */ withClientSecret),
/* harmony export */   ug: () => (/* binding */ withoutClientSecret)
/* harmony export */ });
/* harmony import */ var _definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57060);
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
    return tokens.map((token) => getPath(token, ['oAuthSettings'])).filter(_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv);
}
function getPath(value, keys) {
    let at = value;
    for (const key of keys)
        at = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(at) && Object.hasOwn(at, key) ? at[key] : undefined;
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


/***/ })

};
