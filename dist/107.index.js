export const id = 107;
export const ids = [107];
export const modules = {

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


/***/ })

};
