export const id = 38;
export const ids = [38,446,598];
export const modules = {

/***/ 54038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportCommand: () => (/* binding */ exportCommand)
/* harmony export */ });
/* unused harmony export SECRET_VARIABLES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sources_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78022);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29201);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55598);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45450);





/** Secrets come from the environment only: arguments are visible to every user of the machine (`ps`). */
const SECRET_VARIABLES = {
    'client-secret': 'CONNECTOR_EXPORT_CLIENT_SECRET',
    token: 'CONNECTOR_EXPORT_TOKEN',
    'oauth-client-secret': 'CONNECTOR_EXPORT_OAUTH_CLIENT_SECRET',
};
const EXPORT_FLAGS = {
    definition: '<definition>',
    baseline: '--baseline',
    'fail-on': '--fail-on',
    'fail-on-validation': '--fail-on-validation',
    'ignore-rules': '--ignore-rules',
    server: '--server',
    environment: '--environment',
    'connector-id': '--connector-id',
    auth: '--auth',
    'tenant-id': '--tenant-id',
    'client-id': '--client-id',
    'authority-host': '--authority-host',
    'powerapps-url': '--powerapps-url',
    ...SECRET_VARIABLES,
    ..._package_js__WEBPACK_IMPORTED_MODULE_3__/* .CONNECTOR_FLAGS */ .gH,
};
/**
 * `export <definition>`: express mode, as the action runs it: validate, sign in and plan, diff against the
 * registered connector (or --baseline), then register unless validation or drift blocks it. `--dry-run` stops
 * after the plan. Sign-in defaults to the Azure CLI on a laptop.
 */
async function exportCommand(definition, c) {
    const o = c.options;
    const { env } = c.io;
    const fromGit = o.baseline.startsWith('git:');
    const root = fromGit ? await (0,_sources_git_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTopLevel */ .o)(c.io.cwd) : undefined;
    const cwd = root === undefined ? c.io.cwd : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(c.io.cwd);
    const baselineFile = ['connector', 'none'].includes(o.baseline) || fromGit ? undefined : o.baseline;
    const workspace = root ?? (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceFor */ .lA)(cwd, [definition, o.icon, baselineFile]);
    const secret = (input) => env[SECRET_VARIABLES[input]] ?? '';
    const auth = o.auth ?? (secret('token') ? 'token' : secret('client-secret') ? 'client-secret' : 'azure-cli');
    const { runs, errors } = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runPipeline */ .aI)({
        values: {
            definition: (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .asInput */ .lv)(definition, cwd, workspace),
            mode: 'express',
            environment: o.environment,
            'connector-id': o.connectorId ?? '',
            auth,
            'tenant-id': o.tenantId ?? '',
            'client-id': o.clientId ?? '',
            'client-secret': secret('client-secret'),
            token: secret('token'),
            'oauth-client-secret': secret('oauth-client-secret'),
            'authority-host': o.authorityHost ?? '',
            'powerapps-url': o.powerappsUrl ?? '',
            'dry-run': o.dryRun ? 'true' : 'false',
            'validate-remotely': o.validateRemotely ? 'true' : 'false',
            'force-update': o.forceUpdate ? 'true' : 'false',
            baseline: baselineFile === undefined ? o.baseline : (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .asInput */ .lv)(baselineFile, cwd, workspace),
            'fail-on': o.failOn,
            'fail-on-validation': o.failOnValidation,
            'ignore-rules': o.ignoreRules ?? '',
            server: o.server ?? '',
            ...(0,_package_js__WEBPACK_IMPORTED_MODULE_3__/* .connectorInputs */ .Hf)(o, cwd, workspace),
        },
        flags: EXPORT_FLAGS,
    }, workspace, c);
    return {
        command: 'export',
        runs,
        errors,
        failed: runs.some((r) => r.validationFails || r.exportFailure !== undefined || (r.drift?.verdict.fail ?? false)),
    };
}


/***/ }),

/***/ 55598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ connectorInputs),
/* harmony export */   gH: () => (/* binding */ CONNECTOR_FLAGS),
/* harmony export */   packageCommand: () => (/* binding */ packageCommand)
/* harmony export */ });
/* unused harmony exports CONNECTOR_INPUTS, camel */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _sources_workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87899);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29201);
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
 * `package <definition...> --out DIR`: validation, then the action's manual export (the same package builder),
 * written to DIR (several connectors: a subfolder each, as the action's `package-path`). Nothing is written for a
 * connector that fails `--fail-on`.
 */
async function packageCommand(definitions, c) {
    const { cwd } = c.io;
    const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, c.options.out);
    const inputs = [...definitions, c.options.icon].filter((d) => d !== undefined && !(0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isUrl */ .gU)(d));
    const workspace = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .workspaceFor */ .lA)(cwd, inputs);
    await checkOut(out, Boolean(c.options.force), inputs.map((d) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, d)));
    const { runs, errors } = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .runPipeline */ .aI)({
        values: {
            ...(0,_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .validationInputs */ .R)(definitions, c.options, cwd, workspace),
            ...connectorInputs(c.options, cwd, workspace),
            'package-path': out,
        },
        flags: { ..._validate_js__WEBPACK_IMPORTED_MODULE_6__/* .VALIDATE_FLAGS */ .f, ...CONNECTOR_FLAGS, 'package-path': '--out' },
    }, workspace, c);
    for (const { exported } of runs) {
        // The action's note that nothing was uploaded says nothing on the command line, which never uploads.
        if (exported?.mode === 'manual' && exported.exported)
            delete exported.note;
    }
    return {
        command: 'package',
        runs,
        errors,
        failed: runs.some((r) => r.validationFails || r.exportFailure !== undefined),
    };
}
/** The package replaces the folder's contents: only a new or empty folder, or with --force one that holds no input. */
async function checkOut(out, force, inputs) {
    const info = (0,_sources_workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .statOrUndefined */ .md)(out);
    if (info === undefined)
        return;
    if (!info.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConnectorExportError */ .Gy(`--out: ${out} is a file.`, 'Give a folder (new, or empty).');
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(out).length === 0)
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
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29201);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45450);


/** `validate <definition...>`: read and validate each connector (file, folder or URL); fails on `--fail-on`. */
async function validate(definitions, c) {
    const { cwd } = c.io;
    const workspace = (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceFor */ .lA)(cwd, definitions);
    const { runs, errors } = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .runPipeline */ .aI)({ values: validationInputs(definitions, c.options, cwd, workspace), flags: VALIDATE_FLAGS }, workspace, c, 'validate');
    return { command: 'validate', runs, errors, failed: runs.some((r) => r.validationFails) };
}
/** Where each action input comes from on the command line, for messages. */
const VALIDATE_FLAGS = {
    definition: '<definition>',
    'fail-on-validation': '--fail-on',
    'ignore-rules': '--ignore-rules',
    server: '--server',
};
/** The inputs of reading and validation, as `validate` and `package` take them. */
function validationInputs(definitions, options, cwd, workspace) {
    return {
        // One entry per line, as the action's `definition` input takes several connectors.
        definition: definitions.map((d) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .asInput */ .lv)(d, cwd, workspace)).join('\n'),
        'fail-on-validation': options.failOn,
        'ignore-rules': options.ignoreRules ?? '',
        server: options.server ?? '',
    };
}


/***/ })

};
