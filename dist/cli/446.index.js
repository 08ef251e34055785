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
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49705);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45450);


/** `validate <definition...>`: read and validate each definition; fails when any fails `--fail-on`. */
async function validate(definitions, c) {
    const { cwd } = c.io;
    const workspace = (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceFor */ .lA)(cwd, definitions);
    const runs = [];
    for (const definition of definitions) {
        const settings = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .cliSettings */ .A7)({ values: validationInputs(definition, c.options, cwd, workspace), flags: VALIDATE_FLAGS }, workspace, c.mask);
        runs.push(await (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .readAndValidate */ .Qf)(settings, c.warn));
    }
    return { command: 'validate', runs, failed: runs.some((r) => r.validationFails) };
}
/** Where each action input comes from on the command line, for messages. */
const VALIDATE_FLAGS = {
    definition: '<definition>',
    'fail-on-validation': '--fail-on',
    'ignore-rules': '--ignore-rules',
    server: '--server',
};
/** The inputs of reading and validation, as `validate` and `package` take them. */
function validationInputs(definition, options, cwd, workspace) {
    return {
        definition: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .asInput */ .lv)(definition, cwd, workspace),
        'fail-on-validation': options.failOn,
        'ignore-rules': options.ignoreRules ?? '',
        server: options.server ?? '',
    };
}


/***/ })

};
