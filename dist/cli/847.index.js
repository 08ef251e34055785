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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _sources_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78022);
/* harmony import */ var _sources_project_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88204);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29201);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45450);







/**
 * `diff <baseline> <definition>`: the action's drift stage against a file, a connector folder (its definition) or a
 * git revision; fails on `--fail-on`.
 */
async function diff(baseline, definition, c) {
    const fromGit = baseline.startsWith('git:');
    // git answers with the real path of the root: compare it with the real working directory.
    const cwd = fromGit ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(c.io.cwd) : c.io.cwd;
    // `git show <ref>:<path>` takes paths from the repository root: so do the reports then.
    const workspace = fromGit ? await repositoryRoot(cwd) : (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .workspaceFor */ .lA)(cwd, [baseline, definition]);
    const { runs, errors } = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .runPipeline */ .aI)({
        values: {
            definition: (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .asInput */ .lv)(definition, cwd, workspace),
            baseline: fromGit ? baseline : await baselineFile(baseline, cwd, workspace),
            'fail-on': c.options.failOn,
            'ignore-rules': c.options.ignoreRules ?? '',
            server: c.options.server ?? '',
            host: c.options.host ?? '',
            'base-path': c.options.basePath ?? '',
        },
        flags: DIFF_FLAGS,
    }, workspace, c, 'diff');
    return { command: 'diff', runs, errors, failed: runs.some((r) => r.drift?.verdict.fail ?? false) };
}
/** A baseline file as the `baseline` input takes it; a connector folder gives its definition file. */
async function baselineFile(baseline, cwd, workspace) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, baseline);
    // The action takes a missing baseline file for a first export; on the command line it is a typo.
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConnectorExportError */ .Gy(`<baseline>: ${baseline} does not exist.`, 'Check the path, or use git:<ref>.');
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isDirectory())
        return (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .asInput */ .lv)(baseline, cwd, workspace);
    const { raw } = await (0,_sources_project_js__WEBPACK_IMPORTED_MODULE_4__/* .readConnectorFolder */ .Yh)(full, (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .asInput */ .lv)(baseline, cwd, workspace));
    return raw.source;
}
async function repositoryRoot(cwd) {
    const root = await (0,_sources_git_js__WEBPACK_IMPORTED_MODULE_3__/* .gitTopLevel */ .o)(cwd);
    if (root === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConnectorExportError */ .Gy(`<baseline>: a git baseline needs a git repository, and ${cwd} is not in one.`, 'Run the command inside the clone, or give the baseline as a file.');
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
