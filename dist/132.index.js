export const id = 132;
export const ids = [132];
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
        !(0,json/* sameJson */.V)(withoutDuplicateTags(asJson(registeredSwagger)), withoutDuplicateTags(input.swagger))) {
        reasons.push('definition');
    }
    const registered = connector.properties;
    const kept = carryOver(body, registered, script !== undefined || input.dropScript === true);
    // The GET returns what was stored plus members the service adds (e.g. redirectUrl) and never secrets:
    // each member we send must be found in it, with the same values, and extra members are ignored.
    const sent = (0,secrets/* withoutClientSecret */.ug)(body).properties;
    for (const [key, value] of Object.entries(sent)) {
        if (!NOT_COMPARED.has(key) && !(0,json/* containsJson */.S)(connector.properties[key], value))
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
    const api = new client/* PowerAppsClient */.lq({
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


/***/ })

};
