export const id = 38;
export const ids = [38];
export const modules = {

/***/ 54038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportCommand: () => (/* binding */ exportCommand)
/* harmony export */ });
/* unused harmony export SECRET_VARIABLES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19334);
/* harmony import */ var _sources_baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78311);
/* harmony import */ var _sources_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78022);
/* harmony import */ var _stages_drift_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4988);
/* harmony import */ var _stages_export_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69483);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49705);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55598);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45450);









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
    ..._package_js__WEBPACK_IMPORTED_MODULE_7__/* .CONNECTOR_FLAGS */ .gH,
};
/**
 * `export <definition>`: express mode, as the action runs it: validate, sign in and plan, diff against the
 * registered connector (or --baseline), then register unless validation or drift blocks it. `--dry-run` stops
 * after the plan. Sign-in defaults to the Azure CLI on a laptop.
 */
async function exportCommand(definition, c) {
    try {
        return await exportDefinition(definition, c);
    }
    catch (error) {
        // The sign-in checks its inputs late (on the first token): name the argument there too.
        throw (0,_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .asArgumentError */ .gt)(error, EXPORT_FLAGS);
    }
}
async function exportDefinition(definition, c) {
    const o = c.options;
    const { env } = c.io;
    const fromGit = o.baseline.startsWith('git:');
    const root = fromGit ? await (0,_sources_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitTopLevel */ .o)(c.io.cwd) : undefined;
    const cwd = root === undefined ? c.io.cwd : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(c.io.cwd);
    const baselineFile = ['connector', 'none'].includes(o.baseline) || fromGit || (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .isUrl */ .gU)(o.baseline) ? undefined : o.baseline;
    const workspace = root ?? (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .workspaceFor */ .lA)(cwd, [definition, o.icon, baselineFile]);
    const secret = (input) => env[SECRET_VARIABLES[input]] ?? '';
    const auth = o.auth ?? (secret('token') ? 'token' : secret('client-secret') ? 'client-secret' : 'azure-cli');
    const settings = (0,_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .cliSettings */ .A7)({
        values: {
            definition: (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .asInput */ .lv)(definition, cwd, workspace),
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
            baseline: baselineFile === undefined ? o.baseline : (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .asInput */ .lv)(baselineFile, cwd, workspace),
            'fail-on': o.failOn,
            'fail-on-validation': o.failOnValidation,
            'ignore-rules': o.ignoreRules ?? '',
            server: o.server ?? '',
            ...(0,_package_js__WEBPACK_IMPORTED_MODULE_7__/* .connectorInputs */ .Hf)(o, cwd, workspace),
        },
        flags: EXPORT_FLAGS,
    }, workspace, c.mask);
    const run = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .readAndValidate */ .Qf)(settings, c.warn);
    const context = {
        settings,
        definition: run.definition,
        connectorName: run.connectorName,
        sourceVersion: run.sourceVersion,
        packagePath: '',
        artifactName: '',
        env: {},
        getIdToken: () => Promise.reject(new Error('OIDC sign-in needs a GitHub Actions runner; use --auth azure-cli.')),
        log: c.log,
    };
    const express = run.validationFails ? undefined : await (0,_stages_export_js__WEBPACK_IMPORTED_MODULE_5__/* .planExpressExport */ .Uf)(context);
    if (express) {
        run.findings.push(...express.remoteFindings);
        run.counts = (0,_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(run.findings);
        run.validationFails = (0,_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .failsValidation */ .rh)(run.counts, settings.failOnValidation);
    }
    const baseline = await (0,_sources_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .readBaseline */ .m)(settings.baseline, { workspace, definition: settings.definition }, { connector: express ? async () => express.registered : undefined });
    run.drift = (0,_stages_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .compareWithBaseline */ .$)(baseline, run.definition, settings, undefined);
    const { exported, failure } = await (0,_stages_export_js__WEBPACK_IMPORTED_MODULE_5__/* .runExport */ .Md)(context, express, (0,_stages_export_js__WEBPACK_IMPORTED_MODULE_5__/* .exportBlocker */ .lP)(settings, run.counts, run.validationFails, run.drift));
    run.exported = exported;
    run.exportFailure = failure;
    run.registeredBreaking = (0,_stages_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .registeredBreaking */ ._)(express, run.definition, settings, run.drift);
    return {
        command: 'export',
        runs: [run],
        failed: run.validationFails || failure !== undefined || (run.drift?.verdict.fail ?? false),
    };
}


/***/ })

};
