export const id = 126;
export const ids = [126];
export const modules = {

/***/ 6126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyDataverse: () => (/* binding */ applyDataverse),
  planDataverse: () => (/* binding */ planDataverse)
});

// EXTERNAL MODULE: ./src/connector/package.ts + 2 modules
var connector_package = __webpack_require__(1493);
// EXTERNAL MODULE: ./src/connector/solution.ts
var connector_solution = __webpack_require__(71348);
// EXTERNAL MODULE: ./src/powerplatform/credential.ts
var powerplatform_credential = __webpack_require__(28077);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/powerplatform/http.ts
var http = __webpack_require__(52688);
;// CONCATENATED MODULE: ./src/powerplatform/dataverse.ts


const CONNECTOR_COLUMNS = [
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
];
const API = '/api/data/v9.2';
const SERVICE = 'Dataverse';
class DataverseClient {
    url;
    #credential;
    #http;
    #scope;
    constructor(options) {
        this.url = options.url.replace(/\/+$/, '');
        this.#credential = options.credential;
        this.#scope = `${this.url}/.default`;
        this.#http = {
            retry: { ...http/* DEFAULT_RETRY */.vI, ...options.retry },
            timeoutMs: options.timeoutMs ?? 120_000,
            log: options.log ?? (() => { }),
            sleep: options.sleep ?? http/* defaultSleep */.JG,
            failure: (request, status, text, retryAfter) => dataverseError(request.call, status, text, { url: this.url, clientId: options.clientId, retryAfter }),
            noAnswer: (request, cause) => new src_errors/* ServiceError */._7(`${SERVICE} ${request.call}`, cause, {
                hint: `Check environment-url (${this.url}): it must be the environment's Dataverse URL from the Power Platform ` +
                    'admin center (Environments -> the environment -> Environment URL). An environment without Dataverse has ' +
                    "none: use 'environment' (the environment id) instead, which registers through the Power Apps API.",
            }),
        };
    }
    async findConnector(schemaName) {
        const query = `$select=${CONNECTOR_COLUMNS.join(',')}&$filter=${encodeURIComponent(`name eq '${odata(schemaName)}'`)}`;
        const rows = await this.#rows('read connector', `${API}/connectors?${query}`);
        return rows[0];
    }
    async connectorIcon(connectorId) {
        const call = 'read connector icon';
        const response = await this.#send({
            call,
            method: 'GET',
            url: `${this.url}${API}/connectors(${guid(connectorId)})?$select=iconblob`,
            idempotent: true,
        }, [404]);
        if (response.status === 404)
            return undefined;
        const row = (await (0,http/* readJson */.Vh)(response, `${SERVICE} ${call}`));
        return row.iconblob ?? undefined;
    }
    async findSolution(uniqueName) {
        const query = `$select=solutionid,uniquename,version,ismanaged&$filter=${encodeURIComponent(`uniquename eq '${odata(uniqueName)}'`)}`;
        return (await this.#rows('read solution', `${API}/solutions?${query}`))[0];
    }
    async environmentVariableType(schemaName) {
        const query = `$select=schemaname,type&$filter=${encodeURIComponent(`schemaname eq '${odata(schemaName)}'`)}`;
        const rows = await this.#rows('read environment variable', `${API}/environmentvariabledefinitions?${query}`);
        return rows[0]?.type;
    }
    async stageSolution(zip) {
        const answer = (await this.#json({
            call: 'stage solution',
            method: 'POST',
            url: `${this.url}${API}/StageSolution`,
            body: { CustomizationFile: Buffer.from(zip).toString('base64') },
            // Staging writes nothing the import does not ask for: sending it again is harmless.
            idempotent: true,
        }));
        if (!answer.StageSolutionResults) {
            throw new src_errors/* ServiceError */._7(`${SERVICE} stage solution`, 'the answer has no StageSolutionResults.');
        }
        return answer.StageSolutionResults;
    }
    async importSolutionAsync(uploadId) {
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
        }));
        if (!answer.AsyncOperationId || !answer.ImportJobKey) {
            throw new src_errors/* ServiceError */._7(`${SERVICE} import solution`, 'the answer has no AsyncOperationId or ImportJobKey.');
        }
        return { asyncOperationId: answer.AsyncOperationId, importJobKey: answer.ImportJobKey };
    }
    async asyncOperation(id) {
        const select = '$select=statecode,statuscode,message,friendlymessage,completedon';
        return (await this.#json({
            call: 'read import operation',
            method: 'GET',
            url: `${this.url}${API}/asyncoperations(${guid(id)})?${select}`,
            idempotent: true,
        }));
    }
    async importProgress(importJobKey) {
        const call = 'read import job';
        const url = `${this.url}${API}/importjobs(${guid(importJobKey)})?$select=progress`;
        try {
            const response = await this.#send({ call, method: 'GET', url, idempotent: true }, [404]);
            if (response.status === 404)
                return undefined;
            const progress = (await (0,http/* readJson */.Vh)(response, `${SERVICE} ${call}`)).progress;
            return typeof progress === 'number' ? progress : undefined;
        }
        catch {
            return undefined; // progress is for the log only
        }
    }
    async importResult(importJobKey) {
        const answer = (await this.#json({
            call: 'read import result',
            method: 'GET',
            url: `${this.url}/api/data/v9.0/RetrieveSolutionImportResult(ImportJobId=${guid(importJobKey)})`,
            idempotent: true,
        }));
        return answer.SolutionOperationResult ?? {};
    }
    async environmentId() {
        const call = 'read organization';
        const access = encodeURIComponent("Microsoft.Dynamics.CRM.EndpointAccessType'Default'");
        const answer = (await this.#json({
            call,
            method: 'GET',
            url: `${this.url}${API}/RetrieveCurrentOrganization(AccessType=@p1)?@p1=${access}`,
            idempotent: true,
        }));
        const id = answer.Detail?.EnvironmentId;
        if (typeof id !== 'string' || !/^[\w.-]+$/.test(id)) {
            throw new src_errors/* ServiceError */._7(`${SERVICE} ${call}`, 'the answer has no environment id.');
        }
        return id;
    }
    async #rows(call, pathAndQuery) {
        const answer = (await this.#json({ call, method: 'GET', url: `${this.url}${pathAndQuery}`, idempotent: true }));
        if (!Array.isArray(answer.value))
            throw new src_errors/* ServiceError */._7(`${SERVICE} ${call}`, 'the answer has no value list.');
        return answer.value;
    }
    async #json(request) {
        return (0,http/* readJson */.Vh)(await this.#send(request), `${SERVICE} ${request.call}`);
    }
    #send(request, accepted = []) {
        return (0,http/* sendWithRetry */.lx)({
            ...request,
            headers: { accept: 'application/json', 'odata-version': '4.0', 'odata-maxversion': '4.0' },
            token: () => this.#token(),
        }, this.#http, accepted);
    }
    async #token() {
        const token = await this.#credential.getToken(this.#scope);
        if (!token)
            throw new src_errors/* ServiceError */._7('Microsoft Entra ID', `no token for ${this.#scope}.`);
        return token.token;
    }
}
/** A string inside an OData literal: quotes doubled. */
function odata(value) {
    return value.replace(/'/g, "''");
}
/** A GUID for a URL key; anything else would change the path. */
function guid(value) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
        throw new src_errors/* ServiceError */._7(SERVICE, `'${value}' is not a GUID.`);
    }
    return value;
}
/** Dataverse error codes users meet, from the platform's error reference. */
const NOT_A_MEMBER = '0x80072560'; // the caller is no user of the organization
const MISSING_PRIVILEGE = '0x80040220';
/** What to do when the application user is missing or lacks a role: the admin center's steps. */
function applicationUserHint(url, clientId) {
    const app = clientId ? `the app registration (client id ${clientId})` : 'the app registration that signs in';
    return (`Make ${app} an application user of ${url} with a role that may import solutions: Power Platform admin center ` +
        '(https://admin.powerplatform.microsoft.com) -> Environments -> the environment -> Settings -> Users + permissions ' +
        '-> Application users -> + New app user -> choose the app, its business unit and the security role System ' +
        'Customizer (or System Administrator) -> Create. Then rerun the job.');
}
function dataverseError(call, status, text, context) {
    const answer = (0,http/* parseOrText */.Gb)(text);
    const error = answer?.error;
    const code = typeof error?.code === 'string' ? error.code : undefined;
    const message = typeof error?.message === 'string'
        ? error.message
        : typeof answer === 'string' && answer.trim()
            ? answer.trim().slice(0, 500)
            : `HTTP ${status}`;
    return new src_errors/* ServiceError */._7(`${SERVICE} ${call}`, message, {
        status,
        code,
        hint: hintFor(status, code, message, context),
    });
}
function hintFor(status, code, message, context) {
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
        const after = context.retryAfter === undefined ? '' : ` (it asked to wait ${Math.ceil(context.retryAfter / 1000)} s)`;
        return `Dataverse throttled the calls${after}, longer than this run waits: rerun later.`;
    }
    if (status >= 500)
        return 'Dataverse failed: rerun later; if it persists, check the Power Platform service health.';
    return undefined;
}

// EXTERNAL MODULE: ./src/powerplatform/redirectUrl.ts
var redirectUrl = __webpack_require__(51527);
// EXTERNAL MODULE: ./src/powerplatform/secrets.ts
var secrets = __webpack_require__(74115);
// EXTERNAL MODULE: ./src/definition/json.ts
var json = __webpack_require__(54783);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var pointer = __webpack_require__(57060);
// EXTERNAL MODULE: ./src/connector/zip.ts
var connector_zip = __webpack_require__(69116);
;// CONCATENATED MODULE: ./src/powerplatform/solutionImport.ts
/**
 * Express mode through Dataverse: plan (find the connector by schema name, compare, pick the connector id and a
 * version that upgrades the installed one), then apply (stage, import, wait for the import with a bounded wait,
 * read the result and the connector back).
 *
 * Guarantees: a rerun with nothing changed imports nothing; a rerun keeps the connector id the environment
 * gave the connector; every wait is bounded.
 */







/** `environmentvariabledefinition.type` of a secret (Azure Key Vault) variable. */
const SECRET_VARIABLE_TYPE = 100000005;
async function planSolutionImport(input) {
    const { dataverse, solution, log } = input;
    const connector = input.secretVariable ? await withSecretVariable(input, input.secretVariable) : input.connector;
    const schemaName = (0,connector_solution/* connectorSchemaName */.Ed)(solution.publisherPrefix, connector.displayName);
    const registered = await dataverse.findConnector(schemaName);
    const installed = await dataverse.findSolution(solution.uniqueName);
    if (installed?.ismanaged) {
        throw new src_errors/* InputError */.dz('solution', `'${solution.uniqueName}' is installed as a managed solution in ${dataverse.url}; an unmanaged import cannot update it.`, "Set 'solution' to another unique name, or remove the managed solution from the environment first.");
    }
    let version = solution.version;
    if (installed && (0,connector_solution/* compareVersions */.Zy)(version, installed.version) <= 0) {
        const parts = (0,connector_solution/* parseSolutionVersion */.nl)(installed.version) ?? [1, 0, 0, 0];
        parts[3] += 1;
        version = parts.join('.');
        log(`Solution ${solution.uniqueName} is at ${installed.version} in the environment: importing it as ${version}.`);
    }
    const connectorId = registered?.connectorid ?? (0,connector_solution/* defaultConnectorId */.aA)(schemaName);
    const entries = (0,connector_solution/* buildSolution */.Qp)(connector, { ...solution, version, connectorId });
    const base = { schemaName, connectorId, uniqueName: solution.uniqueName, version, entries };
    if (!registered) {
        log(`No connector ${schemaName} in ${dataverse.url}: the solution import will create it.`);
        return { ...base, action: 'create', reasons: [] };
    }
    const reasons = await differences(dataverse, connector, registered);
    const action = reasons.length > 0 || input.force ? 'update' : 'up-to-date';
    log(action === 'update'
        ? `Connector ${schemaName} will be updated (${reasons.join(', ') || 'forced'}).`
        : `Connector ${schemaName} is up to date.`);
    return { ...base, action, reasons, registered, registeredDefinition: parseColumn(registered.openapidefinition) };
}
/** The connector with `@environmentVariables("<name>")` as its OAuth client secret, once the variable is checked. */
async function withSecretVariable(input, name) {
    const { connector, dataverse } = input;
    const apiProperties = { properties: connector.properties };
    if (!(0,secrets/* usesOAuth */.I$)(apiProperties)) {
        throw new src_errors/* InputError */.dz('oauth-client-secret-variable', 'is set, but the connector does not sign in with OAuth: it has no client secret to refer to it.', "Remove 'oauth-client-secret-variable'.");
    }
    const type = await dataverse.environmentVariableType(name);
    if (type !== SECRET_VARIABLE_TYPE) {
        throw new src_errors/* InputError */.dz('oauth-client-secret-variable', type === undefined
            ? `no environment variable '${name}' in ${dataverse.url}.`
            : `'${name}' in ${dataverse.url} is not a secret environment variable (type ${type}).`, 'Create it once in the environment: Solutions -> a solution -> New -> More -> Environment variable, data type ' +
            "Secret, stored in Azure Key Vault, holding the connector's client secret; give its schema name here.");
    }
    return { ...connector, properties: (0,secrets/* withClientSecret */.eJ)(apiProperties, `@environmentVariables("${name}")`).properties };
}
/** What differs between our connector and the registered row, by column. */
async function differences(dataverse, connector, row) {
    const ours = (0,connector_solution/* connectorColumns */.Rr)(connector);
    const reasons = [];
    if (!(0,json/* sameJson */.Vk)(parseColumn(row.openapidefinition), connector.definition))
        reasons.push('definition');
    // Dataverse empties a client secret: compare without it. The platform may add members (a redirect URL).
    const parameters = (value) => (0,secrets/* withoutClientSecret */.ug)({ properties: { connectionParameters: value } }).properties.connectionParameters;
    if (!(0,json/* containsJson */.SB)(parameters(parseColumn(row.connectionparameters) ?? {}), parameters(connector.properties.connectionParameters ?? {}))) {
        reasons.push('connectionparameters');
    }
    for (const column of [
        'policytemplateinstances',
        'connectionparametersets',
        'scriptoperations',
        'capabilities',
    ]) {
        const want = typeof ours[column] === 'string' ? JSON.parse(ours[column]) : undefined;
        if (!(0,json/* sameJson */.Vk)(orNothing(parseColumn(row[column])), orNothing(want)))
            reasons.push(column);
    }
    if ((row.description ?? '') !== (0,connector_solution/* connectorDescription */.Yc)(connector.definition))
        reasons.push('description');
    if ((row.iconbrandcolor ?? '').toLowerCase() !== String(connector.properties.iconBrandColor ?? '').toLowerCase()) {
        reasons.push('iconbrandcolor');
    }
    if (connector.icon) {
        const icon = await dataverse.connectorIcon(row.connectorid);
        if (icon !== Buffer.from(connector.icon).toString('base64'))
            reasons.push('icon');
    }
    // The code column is a file the connectors table does not return as text: custom code is always sent.
    if (connector.script !== undefined)
        reasons.push('custom code');
    return reasons;
}
/** `null`, an empty list or object and absence are the same: nothing. */
function orNothing(value) {
    if (value === null || value === undefined)
        return undefined;
    if (Array.isArray(value) && value.length === 0)
        return undefined;
    if ((0,pointer/* isObject */.Gv)(value) && Object.keys(value).length === 0)
        return undefined;
    return value;
}
function parseColumn(text) {
    if (text === null || text === undefined || text === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return text; // a column that is not JSON differs from ours
    }
}
const SUCCEEDED = 30;
const STATUS_NAMES = {
    0: 'waiting for resources',
    10: 'waiting',
    20: 'in progress',
    21: 'pausing',
    22: 'canceling',
    30: 'succeeded',
    31: 'failed',
    32: 'canceled',
};
async function applySolutionImport(plan, options) {
    const { dataverse, log } = options;
    const zip = await (0,connector_zip/* zipEntries */.u)(plan.entries, { deflate: true });
    log(`Staging solution ${plan.uniqueName} ${plan.version} (${zip.length} bytes) in ${dataverse.url}.`);
    const staged = await dataverse.stageSolution(zip);
    checkStaged(staged, plan);
    const { asyncOperationId, importJobKey } = await dataverse.importSolutionAsync(staged.StageSolutionUploadId);
    log(`Import started (async operation ${asyncOperationId}, import job ${importJobKey}).`);
    const operation = await waitForImport(asyncOperationId, importJobKey, options);
    const result = await dataverse.importResult(importJobKey).catch((error) => {
        if (operation.statuscode === SUCCEEDED)
            throw error;
        return {}; // the failed operation's own message is reported below
    });
    const errors = result.ErrorMessages ?? [];
    if (operation.statuscode !== SUCCEEDED || errors.length > 0 || /fail/i.test(result.Status ?? '')) {
        const messages = [operation.friendlymessage ?? operation.message, ...errors].filter((m) => typeof m === 'string' && m.trim() !== '');
        throw new src_errors/* ServiceError */._7('Dataverse import solution', `the import of ${plan.uniqueName} ${plan.version} ${STATUS_NAMES[operation.statuscode ?? 31] ?? 'failed'}: ${messages.join(' ') || 'no message'}`, {
            code: result.Status,
            hint: 'The environment keeps the connector as it was. Read the import history (Solutions -> See history) for ' +
                'details, fix the cause named above, then rerun.',
        });
    }
    const row = await dataverse.findConnector(plan.schemaName);
    if (!row) {
        throw new src_errors/* ServiceError */._7('Dataverse read connector', `connector ${plan.schemaName} is not found after the import.`, {
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
function checkStaged(staged, plan) {
    const missing = staged.MissingDependencies ?? [];
    if (missing.length > 0) {
        const names = missing.map((d) => `${d.RequiredComponentDisplayName ?? d.RequiredComponentSchemaName ?? '?'} (type ${d.RequiredComponentType ?? '?'})`);
        throw new src_errors/* ServiceError */._7('Dataverse stage solution', `the solution ${plan.uniqueName} needs components the environment lacks: ${names.join(', ')}.`, {
            code: 'MissingDependencies',
            hint: 'Create or import those components in the environment first (an environment variable the connector refers to, for example), then rerun.',
        });
    }
    const errors = (staged.SolutionValidationResults ?? []).filter((r) => !/warning|info/i.test(r.SolutionValidationResultType ?? ''));
    if (staged.StageSolutionStatus !== 'Passed' || errors.length > 0 || !staged.StageSolutionUploadId) {
        const messages = errors.map((r) => `${r.Message ?? 'no message'}${r.ErrorCode === undefined ? '' : ` (${r.ErrorCode})`}`);
        throw new src_errors/* ServiceError */._7('Dataverse stage solution', `the solution ${plan.uniqueName} was refused: ${messages.join(' ') || staged.StageSolutionStatus || 'no upload id'}`, {
            code: staged.StageSolutionStatus,
            hint: 'Fix what the validation names (often the connector definition or a name), then rerun.',
        });
    }
}
/** Polls the async operation until it completes or the bounded wait ends, with progress in the log. */
async function waitForImport(id, importJobKey, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? http/* defaultSleep */.JG;
    const deadline = now() + options.timeoutMs;
    let interval = 1000;
    let last = '';
    for (;;) {
        const operation = await options.dataverse.asyncOperation(id);
        if (operation.completedon || operation.statecode === 3)
            return operation;
        const progress = await options.dataverse.importProgress(importJobKey);
        const line = `Import ${STATUS_NAMES[operation.statuscode ?? 0] ?? `status ${operation.statuscode}`}${progress === undefined ? '' : `, ${Math.round(progress)}%`}`;
        if (line !== last)
            options.log(`${line}.`);
        last = line;
        const left = deadline - now();
        if (left <= 0) {
            throw new src_errors/* ServiceError */._7('Dataverse import solution', `the import did not finish within ${Math.round(options.timeoutMs / 1000)} s (async operation ${id}: ${STATUS_NAMES[operation.statuscode ?? 0] ?? operation.statuscode}).`, {
                hint: 'The import goes on in the environment. Check Solutions -> See history; rerun when it has finished (the rerun ' +
                    "compares and imports only what differs), or raise 'import-timeout'.",
            });
        }
        await sleep(Math.min(interval, left));
        interval = Math.min(interval * 2, 10_000);
    }
}

// EXTERNAL MODULE: ./src/sources/raw.ts
var raw = __webpack_require__(93556);
;// CONCATENATED MODULE: ./src/export/dataverse.ts
/**
 * Express mode through Dataverse (`environment-url`): the manual package's connector, imported as a solution by
 * the signed-in identity (a service principal registered as an application user). Loaded only on this route.
 */









/** Right after a first import the Power Apps API may not show the connector yet: look this often, this far apart. */
const SYNC_ATTEMPTS = 4;
const SYNC_INTERVAL_MS = 10_000;
/** Signs in to the environment, finds the connector by schema name and decides: create, update or up to date. */
async function planDataverse(input) {
    const credential = (0,powerplatform_credential/* createCredential */.GO)(input.auth, { getIdToken: input.getIdToken });
    const api = input.api ??
        new DataverseClient({ url: input.environmentUrl, credential, clientId: input.auth.clientId, log: input.log });
    // The same files as a manual export, so whatever the package carries (policies, custom code) is imported too.
    const files = (0,connector_package/* packageFiles */.i9)(input.content, { options: input.options });
    const connector = (0,connector_solution/* solutionConnectorOf */.i2)(files, input.content.connectorName, input.content.definition);
    const plan = await planSolutionImport({
        dataverse: api,
        connector,
        solution: input.solution,
        secretVariable: input.secretVariable,
        force: input.force,
        log: input.log,
    });
    const registered = (0,raw/* registeredDefinition */.O)(plan.registeredDefinition, plan.schemaName);
    const oauth = (0,secrets/* usesOAuth */.I$)({ properties: connector.properties });
    const readRedirect = async (connectorInternalId, justImported) => (0,redirectUrl/* readRedirectUrl */.e)({
        connectorInternalId,
        environmentId: () => api.environmentId(),
        // A read only, bounded: it must not hold up a run whose import is done.
        connectors: async (environment) => {
            // Loaded on first use: most runs of this route never read the Power Apps API.
            const { PowerAppsClient } = await __webpack_require__.e(/* import() */ 107).then(__webpack_require__.bind(__webpack_require__, 18107));
            return new PowerAppsClient({
                environment,
                credential,
                baseUrl: input.powerAppsUrl,
                apiVersion: input.apiVersion,
                retry: { maxRetries: 1, maxDelayMs: 5_000 },
                readTimeoutMs: 15_000,
                totalTimeoutMs: 30_000,
                log: input.log,
            });
        },
        attempts: justImported ? SYNC_ATTEMPTS : 1,
        intervalMs: SYNC_INTERVAL_MS,
        sleep: http/* defaultSleep */.JG,
        log: input.log,
    });
    return {
        route: 'dataverse',
        plan,
        api,
        importTimeoutMs: input.importTimeoutMs,
        secret: oauth ? (input.secretVariable ? 'variable' : 'portal') : undefined,
        remoteFindings: [],
        registered,
        // A given token is for the environment: it is not sent to another service.
        readRedirect: oauth && input.auth.kind !== 'token' ? readRedirect : undefined,
    };
}
/** Imports the solution (unless it is a dry run or up to date) and reports what happened or would happen. */
async function applyDataverse(planned, input) {
    const { plan, api } = planned;
    const report = {
        mode: 'express',
        exported: plan.action === 'up-to-date',
        dryRun: input.dryRun,
        action: plan.action,
        connectorName: input.connectorName,
        environment: api.url,
        connectorId: plan.registered?.connectorid,
        connectorInternalId: plan.registered?.connectorinternalid ?? undefined,
        solution: { uniqueName: plan.uniqueName, version: plan.version, schemaName: plan.schemaName },
        reasons: plan.reasons,
        warnings: [],
        secretNote: secretNote(planned, input.connectorName),
    };
    if (input.dryRun || plan.action === 'up-to-date')
        return withRedirect(report, planned, false, input);
    const result = await applySolutionImport(plan, {
        dataverse: api,
        timeoutMs: planned.importTimeoutMs,
        log: input.log,
    });
    const imported = {
        ...report,
        exported: true,
        connectorId: result.connectorId,
        connectorInternalId: result.connectorInternalId,
        warnings: result.warnings,
    };
    return withRedirect(imported, planned, plan.action === 'create', input);
}
/**
 * The report with the OAuth redirect URL to register with the identity provider, or why it could not be read and
 * where to find it. Only for a connector that exists (imported now or before).
 */
async function withRedirect(report, planned, justImported, input) {
    if (!planned.readRedirect || !report.connectorInternalId)
        return report;
    input.log(`Reading the OAuth redirect URL of ${report.connectorInternalId} from the Power Apps API.`);
    const read = await planned.readRedirect(report.connectorInternalId, justImported);
    if ('url' in read) {
        input.log(`OAuth redirect URL: ${read.url}`);
        return { ...report, redirectUrl: read.url };
    }
    const note = `The connector's OAuth redirect URL could not be read: ${read.unreadable}. Find it in the portal ` +
        `(make.powerapps.com -> Custom connectors -> ${input.connectorName} -> Edit -> Security -> Redirect URL) and ` +
        "register it with the identity provider (the connector's app registration).";
    input.log(note);
    return { ...report, redirectNote: note };
}
/** Where the OAuth client secret goes on this route: Dataverse stores none. */
function secretNote(planned, name) {
    if (planned.secret === 'variable') {
        return "The connector's OAuth client secret refers to the secret environment variable named in 'oauth-client-secret-variable' (Azure Key Vault): nothing to enter by hand.";
    }
    if (planned.secret !== 'portal')
        return undefined;
    const where = `make.powerapps.com -> Custom connectors -> ${name} -> Edit -> Security -> Client secret -> Update connector`;
    return planned.plan.action === 'create'
        ? `Dataverse stores no connector secret: after this first import, enter the OAuth client secret once in the portal (${where}), then share the connector.`
        : `Dataverse stores no connector secret: if sign-ins fail after this import, enter the OAuth client secret again in the portal (${where}).`;
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
