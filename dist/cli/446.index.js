export const id = 446;
export const ids = [446];
export const modules = {

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
