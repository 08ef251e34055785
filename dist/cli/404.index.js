export const id = 404;
export const ids = [404];
export const modules = {

/***/ 83670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ buildApiProperties),
/* harmony export */   J2: () => (/* binding */ BASIC_LABELS),
/* harmony export */   Tp: () => (/* binding */ GLOBAL_REDIRECT_URL),
/* harmony export */   cD: () => (/* binding */ DEFAULT_ICON_BRAND_COLOR),
/* harmony export */   gu: () => (/* binding */ oauthValues),
/* harmony export */   oT: () => (/* binding */ apiKeyLabel)
/* harmony export */ });
/* unused harmony exports DEFAULT_AAD_LOGIN_URL, DEFAULT_AAD_TENANT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const DEFAULT_ICON_BRAND_COLOR = '#007ee5';
const DEFAULT_AAD_LOGIN_URL = 'https://login.microsoftonline.com';
const DEFAULT_AAD_TENANT = 'common';
/** The shared redirect URL; with `GlobalPerConnector` the platform assigns `<this>/<connector-internal-name>`. */
const GLOBAL_REDIRECT_URL = 'https://global.consent.azure-apim.net/redirect';
/**
 * Resolves what apiProperties.json and IMPORT.md say for an OAuth scheme. Unknown values stay empty strings:
 * the importer fills them in (IMPORT.md lists them), and an empty client id fails loudly at creation instead of
 * registering a connector against a made-up one.
 */
function oauthValues(security, options) {
    const tokenUrl = security.tokenUrl ?? '';
    return {
        clientId: options.oauthClientId ?? '',
        scopes: options.oauthScopes ?? security.scopes,
        redirectMode: options.redirectMode ?? 'Global',
        loginUri: options.aadLoginUrl ?? security.loginUri ?? DEFAULT_AAD_LOGIN_URL,
        tenantId: options.aadTenantId ?? security.tenantId ?? DEFAULT_AAD_TENANT,
        resourceUri: options.aadResourceUrl ?? '',
        authorizationUrl: security.authorizationUrl ?? '',
        tokenUrl,
        refreshUrl: options.oauthRefreshUrl ?? tokenUrl,
    };
}
/** The default label of the API key parameter, naming where the key goes. */
function apiKeyLabel(security, options) {
    return options.apiKeyLabel ?? `API key (${security.in} '${security.name}')`;
}
/** Basic authentication: the labels users see when they create a connection. */
const BASIC_LABELS = { username: 'Username', password: 'Password' };
/** apiProperties.json for a security scheme, following what the portal and paconn write. */
function buildApiProperties(security, options = {}) {
    const iconBrandColor = options.iconBrandColor ?? DEFAULT_ICON_BRAND_COLOR;
    if (!/^#[0-9a-fA-F]{6}$/.test(iconBrandColor)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('icon-brand-color', `'${iconBrandColor}' is not a colour like #007ee5.`, 'Give six hex digits after #.');
    }
    return {
        properties: {
            iconBrandColor,
            capabilities: [],
            connectionParameters: connectionParameters(security, options),
            ...(options.publisher === undefined ? {} : { publisher: options.publisher }),
            ...(options.stackOwner === undefined ? {} : { stackOwner: options.stackOwner }),
        },
    };
}
function connectionParameters(security, options) {
    switch (security.kind) {
        case 'none':
            return {};
        case 'apiKey': {
            const where = security.in === 'header' ? `'${security.name}' header` : `'${security.name}' query parameter`;
            return {
                api_key: secureString(apiKeyLabel(security, options), `The API key, sent in the ${where}.`, 2, false),
            };
        }
        case 'basic':
            return {
                username: secureString(BASIC_LABELS.username, 'The user name for the API.', 2, true),
                password: secureString(BASIC_LABELS.password, 'The password for the API.', 3, false),
            };
        case 'oauth2':
            return oauthParameters(security, options);
    }
}
function secureString(displayName, description, tabIndex, clearText) {
    return {
        type: 'securestring',
        uiDefinition: {
            displayName,
            description,
            tooltip: `Provide the ${displayName}`,
            constraints: { tabIndex, clearText, required: 'true' },
        },
    };
}
/** The `token` parameter (and, for Entra ID, the tenant claim), members in the order the portal writes them. */
function oauthParameters(security, options) {
    const v = oauthValues(security, options);
    const aad = security.identityProvider === 'aad';
    const token = {
        type: 'oauthSetting',
        oAuthSettings: {
            identityProvider: security.identityProvider,
            clientId: v.clientId,
            scopes: v.scopes,
            redirectMode: v.redirectMode,
            // Per-connector URLs are assigned at creation; the portal omits the member until then.
            ...(v.redirectMode === 'Global' ? { redirectUrl: GLOBAL_REDIRECT_URL } : {}),
            properties: aad
                ? { IsFirstParty: 'False', AzureActiveDirectoryResourceId: v.resourceUri }
                : { IsFirstParty: 'False' },
            customParameters: aad
                ? { loginUri: { value: v.loginUri }, tenantId: { value: v.tenantId }, resourceUri: { value: v.resourceUri } }
                : {
                    authorizationUrl: { value: v.authorizationUrl },
                    tokenUrl: { value: v.tokenUrl },
                    refreshUrl: { value: v.refreshUrl },
                },
        },
    };
    if (!aad)
        return { token };
    return {
        token,
        // The portal adds this hidden claim parameter to every Entra ID connector: it carries the signed-in tenant.
        'token:TenantId': {
            type: 'string',
            metadata: { sourceType: 'AzureActiveDirectoryTenant' },
            uiDefinition: { constraints: { required: 'false', hidden: 'true' } },
        },
    };
}


/***/ }),

/***/ 18778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iu: () => (/* binding */ applyOverrides),
  PN: () => (/* binding */ buildPackage)
});

// UNUSED EXPORTS: exportedDefinitionText

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var pointer = __webpack_require__(57060);
// EXTERNAL MODULE: ./src/connector/apiProperties.ts
var apiProperties = __webpack_require__(83670);
;// CONCATENATED MODULE: ./src/connector/settings.ts
/** The file names of a paconn package; settings.json points at them. */
const PACKAGE_FILES = {
    apiDefinition: 'apiDefinition.swagger.json',
    apiProperties: 'apiProperties.json',
    settings: 'settings.json',
    icon: 'icon.png',
    guide: 'IMPORT.md',
};
const DEFAULT_POWERAPPS_URL = 'https://api.powerapps.com';
const DEFAULT_POWERAPPS_API_VERSION = '2016-11-01';
function buildSettings(options = {}, hasIcon = false) {
    return {
        ...(options.connectorId === undefined ? {} : { connectorId: options.connectorId }),
        ...(options.environment === undefined ? {} : { environment: options.environment }),
        apiProperties: PACKAGE_FILES.apiProperties,
        apiDefinition: PACKAGE_FILES.apiDefinition,
        ...(hasIcon ? { icon: PACKAGE_FILES.icon } : {}),
        powerAppsUrl: options.powerAppsUrl ?? DEFAULT_POWERAPPS_URL,
        powerAppsApiVersion: options.powerAppsApiVersion ?? DEFAULT_POWERAPPS_API_VERSION,
    };
}

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
    out.push(`- \`${PACKAGE_FILES.apiDefinition}\`: the OpenAPI 2.0 definition to import.`);
    out.push(`- \`${PACKAGE_FILES.apiProperties}\`: connection parameters (security) for paconn.`);
    out.push(`- \`${PACKAGE_FILES.settings}\`: paconn settings.`);
    if (input.hasIcon)
        out.push(`- \`${PACKAGE_FILES.icon}\`: the connector icon.`);
    out.push('');
    out.push('## Values to collect before you start', '');
    out.push('| Security tab field | Value |', '|---|---|');
    for (const v of values) {
        const cell = v.value !== undefined ? (v.value === '' ? '(empty)' : code(v.value)) : `**To collect:** ${v.collect}`;
        out.push(`| ${v.field} | ${escapeCell(cell)} |`);
    }
    out.push('');
    out.push(...securityNotes(security));
    out.push('## Import in the Power Apps or Power Automate portal', '');
    const brand = options.iconBrandColor ?? apiProperties/* DEFAULT_ICON_BRAND_COLOR */.cD;
    out.push('1. Sign in to https://make.powerapps.com (or https://make.powerautomate.com) and select the target environment.', '2. Open **Custom connectors** (Power Apps: *More* > *Discover all* > *Custom connectors*; Power Automate: *Data* > *Custom connectors*).', `3. Select **New custom connector** > **Import an OpenAPI file**, name it ${code(input.connectorName)}, choose \`${PACKAGE_FILES.apiDefinition}\` and select **Continue**.`, `4. **General**: check the host and base URL${input.hasIcon ? `, upload \`${PACKAGE_FILES.icon}\`` : ''}, set the icon background colour to ${code(brand)}.`, '5. **Security**: enter the values from the table above.', '6. **Definition**: review the actions, then select **Create connector**.');
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
        out.push(`First fill in the values left empty in \`${PACKAGE_FILES.apiProperties}\` (under \`connectionParameters.token.oAuthSettings\`):`, '', ...empty.map((v) => `- ${v.field}: ${(v.members ?? []).map((m) => `\`${m}\``).join(' and ')}`), '');
    }
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

;// CONCATENATED MODULE: ./src/connector/package.ts





const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The portal refuses icons of 1 MB or more. */
const MAX_ICON_BYTES = 1024 * 1024;
/**
 * The manual-export package in paconn's layout, files in a fixed order. Same input, same bytes: nothing here
 * reads the clock or the environment.
 */
function buildPackage(input) {
    if (input.icon !== undefined)
        checkIcon(input.icon);
    const definition = applyOverrides(input.definition, input.hostOverride, input.basePathOverride);
    const info = (0,pointer/* isObject */.Gv)(definition) && (0,pointer/* isObject */.Gv)(definition.info) ? definition.info : {};
    const text = (key) => (0,pointer/* isObject */.Gv)(definition) && typeof definition[key] === 'string' ? definition[key] : undefined;
    const files = [
        { name: PACKAGE_FILES.apiDefinition, content: json(definition) },
        { name: PACKAGE_FILES.apiProperties, content: json((0,apiProperties/* buildApiProperties */.Ir)(input.security, input.options)) },
        { name: PACKAGE_FILES.settings, content: json(buildSettings(input.settings, input.icon !== undefined)) },
    ];
    if (input.icon !== undefined)
        files.push({ name: PACKAGE_FILES.icon, content: input.icon });
    files.push({
        name: PACKAGE_FILES.guide,
        content: renderImportGuide({
            connectorName: input.connectorName,
            security: input.security,
            options: input.options,
            source: input.source,
            definitionVersion: typeof info.version === 'string' ? info.version : undefined,
            host: text('host'),
            basePath: text('basePath'),
            hasIcon: input.icon !== undefined,
        }),
    });
    return files;
}
/** The exported definition file's text (apiDefinition.swagger.json): the definition with its overrides, as JSON. */
function exportedDefinitionText(definition, host, basePath) {
    return json(applyOverrides(definition, host, basePath));
}
/** A copy of the definition with `host`/`basePath` replaced (in place in the key order, else appended). */
function applyOverrides(definition, host, basePath) {
    if (host === undefined && basePath === undefined)
        return definition;
    if (!(0,pointer/* isObject */.Gv)(definition))
        return definition;
    return {
        ...definition,
        ...(host === undefined ? {} : { host }),
        ...(basePath === undefined ? {} : { basePath }),
    };
}
function checkIcon(icon) {
    if (icon.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((byte, i) => icon[i] !== byte)) {
        throw new errors/* InputError */.dz('icon', 'is not a PNG file.', 'Give a PNG image (paconn and the portal expect icon.png).');
    }
    if (icon.length >= MAX_ICON_BYTES) {
        throw new errors/* InputError */.dz('icon', `is ${icon.length} bytes; the portal accepts less than 1 MB.`, 'Use a smaller PNG.');
    }
}
function json(value) {
    return JSON.stringify(value, null, 2) + '\n';
}


/***/ }),

/***/ 54783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ sameJson)
/* harmony export */ });
/**
 * Deep equality of JSON values with object key order ignored (formatting and key order are never a change).
 * Past `depth` 64 values count as different, which keeps a pathological document from exhausting the stack.
 */
function sameJson(a, b, depth = 0) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 64)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i], depth + 1));
    }
    const ka = Object.keys(a);
    const ob = b;
    if (ka.length !== Object.keys(ob).length)
        return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && sameJson(a[k], ob[k], depth + 1));
}


/***/ })

};
