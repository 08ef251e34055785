export const id = 162;
export const ids = [162];
export const modules = {

/***/ 81162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readYaml: () => (/* binding */ readYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _json_syntax_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5399);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74970);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57060);





/**
 * YAML 1.2 (core schema) definitions, for parseDefinition: unique keys, line numbers for every pointer, no
 * recursive aliases, bounded nesting. Loaded only when a definition is not JSON (see loadDefinition). The YAML
 * library recurses per nesting level: absurd nesting exhausts the stack before it can say where.
 */
function readYaml(text, source) {
    try {
        return loadYaml(text, source);
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(source, `Invalid YAML: ${_json_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_DEEP */ .gZ[0]}.`, { hint: _json_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_DEEP */ .gZ[1] });
        throw e;
    }
}
function loadYaml(text, source) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const fail = (message, offset, hint) => {
        const { line, col } = lineCounter.linePos(offset);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DefinitionError */ .gk(source, message, { line, column: col, hint });
    };
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        version: '1.2',
        schema: 'core',
        uniqueKeys: true,
        prettyErrors: false,
        lineCounter,
    });
    const [error] = doc.errors;
    // The YAML library catches its own stack overflow on absurd nesting and reports it as a parse error.
    if (error && /call stack/i.test(error.message))
        fail(`Invalid YAML: ${_json_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_DEEP */ .gZ[0]}.`, error.pos[0], _json_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_DEEP */ .gZ[1]);
    if (error) {
        const hint = error.code === 'DUPLICATE_KEY'
            ? 'Remove or rename the repeated key: YAML maps need unique keys.'
            : 'Fix the YAML syntax at this position (indentation, quoting, a missing `:`?).';
        fail(`Invalid YAML: ${error.message}`, error.pos[0], hint);
    }
    const cycle = recursiveAlias(doc);
    if (cycle)
        fail('Invalid YAML: an alias refers to a node that contains it.', cycle, 'Replace the recursive alias by a $ref.');
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        if (e instanceof RangeError)
            throw e;
        fail(`Invalid YAML: ${e.message}`, 0, 'Use fewer aliases, or $ref instead.');
    }
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .measure */ .xP)(value).tooDeep)
        fail(`Invalid YAML: ${_json_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_DEEP */ .gZ[0]}.`, 0, _json_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_DEEP */ .gZ[1]);
    return { format: 'yaml', value, lineOf: (pointer) => yamlLine(doc, lineCounter, pointer), syntax: [] };
}
/** Offset of an alias to one of its own ancestors (would make a cyclic value that no walk could finish). */
function recursiveAlias(doc) {
    let found;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Alias(_key, alias, path) {
            const target = alias.resolve(doc);
            if (target && path.includes(target)) {
                found = alias.range?.[0] ?? 0;
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            }
        },
    });
    return found;
}
function yamlLine(doc, lineCounter, pointer) {
    const lineAt = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    let node = doc.contents;
    let line = lineAt(node);
    for (const token of (0,_pointer_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePointer */ .vp)(pointer) ?? []) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            node = node.resolve(doc) ?? null;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => String((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? p.key.value : p.key) === token);
            if (!pair)
                break;
            line = lineAt(pair.key) ?? line;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && /^\d+$/.test(token) && Number(token) < node.items.length) {
            node = node.items[Number(token)];
            line = lineAt(node) ?? line;
        }
        else
            break;
    }
    return line;
}


/***/ })

};
