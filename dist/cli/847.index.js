export const id = 847;
export const ids = [847];
export const modules = {

/***/ 26847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diff: () => (/* binding */ diff)
/* harmony export */ });
/* unused harmony export DIFF_FLAGS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _sources_baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78311);
/* harmony import */ var _sources_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78022);
/* harmony import */ var _stages_drift_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4988);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49705);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45450);







/** `diff <baseline> <definition>`: the action's drift stage on a file or git baseline; fails on `--fail-on`. */
async function diff(baseline, definition, c) {
    const fromGit = baseline.startsWith('git:');
    // git answers with the real path of the root: compare it with the real working directory.
    const cwd = fromGit ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(c.io.cwd) : c.io.cwd;
    // `git show <ref>:<path>` takes paths from the repository root: so do the reports then.
    const workspace = fromGit ? await repositoryRoot(cwd) : (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .workspaceFor */ .lA)(cwd, [baseline, definition]);
    const settings = (0,_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .cliSettings */ .A7)({
        values: {
            definition: (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .asInput */ .lv)(definition, cwd, workspace),
            baseline: fromGit ? baseline : (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .asInput */ .lv)(baseline, cwd, workspace),
            'fail-on': c.options.failOn,
            'ignore-rules': c.options.ignoreRules ?? '',
            server: c.options.server ?? '',
            host: c.options.host ?? '',
            'base-path': c.options.basePath ?? '',
        },
        flags: DIFF_FLAGS,
    }, workspace, c.mask);
    const location = settings.baseline;
    if (location.kind !== 'file' && location.kind !== 'git') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectorExportError */ .Gy(`<baseline>: '${baseline}' is neither a file nor git:<ref>.`, 'Give the last exported copy, or git:<ref>[:<path>] for a committed one.');
    }
    // The action takes a missing baseline file for a first export; on the command line it is a typo.
    if (location.kind === 'file' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(location.path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectorExportError */ .Gy(`<baseline>: ${baseline} does not exist.`, 'Check the path, or use git:<ref>.');
    }
    const run = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .readAndValidate */ .Qf)(settings, c.warn);
    const found = await (0,_sources_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .readBaseline */ .m)(location, { workspace, definition: settings.definition }, {});
    run.drift = (0,_stages_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .compareWithBaseline */ .$)(found, run.definition, settings, undefined);
    return { command: 'diff', runs: [run], failed: run.drift?.verdict.fail ?? false };
}
async function repositoryRoot(cwd) {
    const root = await (0,_sources_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitTopLevel */ .o)(cwd);
    if (root === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectorExportError */ .Gy(`<baseline>: a git baseline needs a git repository, and ${cwd} is not in one.`, 'Run the command inside the clone, or give the baseline as a file.');
    }
    return root;
}
const DIFF_FLAGS = {
    definition: '<definition>',
    baseline: '<baseline>',
    'fail-on': '--fail-on',
    'ignore-rules': '--ignore-rules',
    server: '--server',
    host: '--host',
    'base-path': '--base-path',
};


/***/ })

};
