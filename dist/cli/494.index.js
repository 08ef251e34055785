export const id = 494;
export const ids = [494];
export const modules = {

/***/ 78311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readBaseline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27854);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78022);




/** Reads the baseline; undefined means drift is not checked in this run (`none`, or `auto` outside a pull request). */
async function readBaseline(location, context, providers) {
    switch (location.kind) {
        case 'none':
            return undefined;
        case 'auto':
            if (context.pullRequestBaseSha === undefined || context.definition.kind !== 'file')
                return undefined;
            return fromGit(context, context.pullRequestBaseSha);
        case 'git': {
            const ref = location.ref ?? context.pullRequestBaseSha;
            if (ref === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('baseline', "'git' without a ref only works on pull requests (it means the base commit).", 'Write git:<ref>, e.g. git:main.');
            }
            return fromGit(context, ref, location.path);
        }
        case 'file':
            // No committed copy yet: this is the first export.
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(location.path))
                return { label: location.display };
            return { label: location.display, raw: await (0,_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readDefinitionFile */ .Q)(location.path, location.display) };
        case 'artifact':
            if (!providers.artifact) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('baseline', "'artifact' needs the GitHub Actions runtime and a token.", "Run in a workflow with 'github-token' (actions: read), or use a path or git:<ref>.");
            }
            return { label: 'the newest export artifact on the default branch', raw: await providers.artifact() };
        case 'connector':
            if (!providers.connector) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('baseline', "'connector' reads the registered connector, which needs express mode.", "Set 'mode: express' with the sign-in inputs, or use a path or git:<ref>.");
            }
            return { label: 'the registered connector', raw: await providers.connector() };
    }
}
async function fromGit(context, ref, file = context.definition.kind === 'file' ? context.definition.display : undefined) {
    if (file === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('baseline', 'a git baseline needs a definition file in the repository.', 'Name the file in git:<ref>:<path>, or use a path to the committed copy, `artifact` or `connector`.');
    }
    const short = /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
    return { label: `${file}@${short}`, raw: await (0,_git_js__WEBPACK_IMPORTED_MODULE_3__/* .readAtGitRef */ .R)(context.workspace, ref, file) };
}


/***/ }),

/***/ 78022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readAtGitRef),
/* harmony export */   o: () => (/* binding */ gitTopLevel)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    const { stdout } = await run('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
}
async function hasCommit(cwd, ref) {
    try {
        await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The file as it is at a git ref, or undefined when the file did not exist there (a first export).
 * A shallow checkout (actions/checkout's default depth 1) lacks the base commit: fetch just that commit.
 */
async function readAtGitRef(workspace, ref, file) {
    const label = `${file}@${ref}`;
    if (!(await hasCommit(workspace, ref))) {
        try {
            await git(workspace, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DefinitionError */ .gk(label, `git ref '${ref}' is not in the checkout and could not be fetched: ${firstLine(error)}`, {
                hint: "Use actions/checkout with 'fetch-depth: 0', or give 'baseline' a ref that exists.",
            });
        }
        if (!(await hasCommit(workspace, ref)))
            ref = 'FETCH_HEAD';
    }
    try {
        return { bytes: await git(workspace, ['show', `${ref}:${file}`]), source: label };
    }
    catch (error) {
        if (/does not exist|exists on disk, but not in/.test(String(error.stderr ?? '')))
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DefinitionError */ .gk(label, `could not be read from git: ${firstLine(error)}`);
    }
}
function firstLine(error) {
    const stderr = error.stderr?.toString().trim();
    return (stderr || error.message).split('\n')[0];
}
/** The root of the git work tree that holds `dir`, or undefined outside one (or without git). */
async function gitTopLevel(dir) {
    try {
        return (await git(dir, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ compareWithBaseline),
  _: () => (/* binding */ registeredBreaking)
});

// EXTERNAL MODULE: ./src/connector/package.ts + 2 modules
var connector_package = __webpack_require__(18778);
// EXTERNAL MODULE: ./src/definition/prepare.ts + 7 modules
var prepare = __webpack_require__(72493);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var definition_pointer = __webpack_require__(57060);
// EXTERNAL MODULE: ./src/definition/json.ts
var json = __webpack_require__(54783);
;// CONCATENATED MODULE: ./src/drift/normalize.ts

/** `childPointer` for one token, without the regular expressions when nothing needs escaping (the hot path). */
function child(pointer, token) {
    const t = String(token);
    return t.includes('~') || t.includes('/') ? (0,definition_pointer/* childPointer */.Y2)(pointer, t) : `${pointer}/${t}`;
}
// A `$ref` to a `$ref` is legal; a chain this long is a loop.
const MAX_REF_HOPS = 16;
// Resolved `$ref`s per document: the same few definitions are referenced thousands of times. Parsed documents
// are never mutated after loading, so an entry stays true for the document's lifetime.
const targets = new WeakMap();
function target(root, ref) {
    if (root === null || typeof root !== 'object')
        return undefined;
    let cache = targets.get(root);
    if (!cache)
        targets.set(root, (cache = new Map()));
    if (cache.has(ref))
        return cache.get(ref);
    const tokens = ref.startsWith('#') ? (0,definition_pointer/* parsePointer */.vp)(ref) : undefined;
    const pointer = tokens && (0,definition_pointer/* toPointer */.rb)(tokens);
    const found = pointer === undefined ? undefined : { pointer, value: (0,definition_pointer/* getAt */.sM)(root, pointer) };
    cache.set(ref, found);
    return found;
}
/** Follows internal `$ref`s. External or dangling refs give an undefined value (the ref string is kept). */
function deref(root, value, pointer) {
    let ref;
    for (let hops = 0; hops < MAX_REF_HOPS && (0,definition_pointer/* isObject */.Gv)(value) && typeof value.$ref === 'string'; hops++) {
        ref = value.$ref;
        const found = target(root, ref);
        if (found === undefined)
            return { value: undefined, pointer, ref };
        ({ pointer, value } = found);
    }
    return { value, pointer, ref };
}
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
/** The name a maker knows an operation by: its summary, else its operationId, else method and path. */
function actionName(op) {
    const summary = op.value.summary;
    if (typeof summary === 'string' && summary.trim() !== '')
        return summary.trim();
    return op.operationId ?? `${op.method.toUpperCase()} ${op.path}`;
}
function isTrigger(op) {
    return typeof op.value['x-ms-trigger'] === 'string';
}
function parametersOf(root, list, pointer, into) {
    if (!Array.isArray(list))
        return;
    list.forEach((raw, i) => {
        const found = deref(root, raw, child(pointer, i));
        if (!(0,definition_pointer/* isObject */.Gv)(found.value))
            return;
        const value = found.value;
        const where = typeof value.in === 'string' ? value.in : '';
        const name = typeof value.name === 'string' ? value.name : String(i);
        // Header names are case-insensitive in HTTP: `X-Key` and `x-key` are one header.
        const key = where === 'body' ? 'body' : `${where}:${where === 'header' ? name.toLowerCase() : name}`;
        into.set(key, { key, name, in: where, value, pointer: found.pointer });
    });
}
/** Every operation of a Swagger 2.0 document, in document order. */
function operationsOf(root) {
    const paths = (0,definition_pointer/* isObject */.Gv)(root) ? root.paths : undefined;
    if (!(0,definition_pointer/* isObject */.Gv)(paths))
        return [];
    const out = [];
    const base = typeof root.basePath === 'string' ? root.basePath : '';
    const blank = (path) => path.replace(/\{[^}]*\}/g, '{}');
    for (const [path, rawItem] of Object.entries(paths)) {
        // A basePath moved into the paths (or out of them) leaves every URL where it was.
        const url = `/${base}/${path}`.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
        const item = deref(root, rawItem, child('/paths', path));
        if (!(0,definition_pointer/* isObject */.Gv)(item.value))
            continue;
        const itemValue = item.value;
        for (const method of METHODS) {
            const value = itemValue[method];
            if (!(0,definition_pointer/* isObject */.Gv)(value))
                continue;
            const pointer = child(item.pointer, method);
            const params = new Map();
            parametersOf(root, itemValue.parameters, child(item.pointer, 'parameters'), params);
            parametersOf(root, value.parameters, child(pointer, 'parameters'), params);
            const id = value.operationId;
            out.push({
                method,
                path,
                endpoint: `${method} ${blank(path)}`,
                route: `${method} ${blank(url)}`,
                url,
                operationId: typeof id === 'string' && id !== '' ? id : undefined,
                pointer,
                value,
                parameters: [...params.values()],
            });
        }
    }
    return out;
}
const MAX_ALLOF_DEPTH = 8;
function shapeOf(root, node, pointer) {
    const shape = { node, pointer, properties: new Map(), required: new Set() };
    merge(root, shape, node, pointer, 0, new Set());
    if (shape.type === undefined && shape.properties.size > 0)
        shape.type = 'object';
    return shape;
}
function merge(root, shape, node, pointer, depth, seen) {
    if (shape.type === undefined && node.type !== undefined)
        shape.type = typeText(node.type);
    if ((0,definition_pointer/* isObject */.Gv)(node.properties)) {
        const base = child(pointer, 'properties');
        for (const [name, value] of Object.entries(node.properties)) {
            if (!shape.properties.has(name))
                shape.properties.set(name, { value, pointer: child(base, name) });
        }
    }
    if (Array.isArray(node.required))
        for (const r of node.required)
            if (typeof r === 'string')
                shape.required.add(r);
    if (shape.items === undefined && node.items !== undefined) {
        shape.items = { value: node.items, pointer: child(pointer, 'items') };
    }
    if (!Array.isArray(node.allOf) || depth >= MAX_ALLOF_DEPTH)
        return;
    node.allOf.forEach((member, i) => {
        const found = deref(root, member, (0,definition_pointer/* childPointer */.Y2)(pointer, 'allOf', i));
        if (!(0,definition_pointer/* isObject */.Gv)(found.value) || seen.has(found.pointer))
            return;
        seen.add(found.pointer);
        merge(root, shape, found.value, found.pointer, depth + 1, seen);
    });
}
function typeText(type) {
    if (typeof type === 'string')
        return type;
    if (Array.isArray(type))
        return type.map(String).sort().join('|');
    return undefined;
}

;// CONCATENATED MODULE: ./src/drift/schema.ts



// Inline nesting below one `$ref` target, and `$ref`s open at once: deeper schemas are not compared.
const MAX_INLINE_DEPTH = 12;
const MAX_OPEN_REFS = 32;
const quote = (value) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));
function lower(value) {
    return typeof value === 'string' ? value.toLowerCase() : '';
}
/** A required input makers never see, filled from its default: adding one breaks nothing. */
function isFilledByConnector(node) {
    return lower(node['x-ms-visibility']) === 'internal' && node.default !== undefined;
}
function isHidden(node) {
    return (0,definition_pointer/* isObject */.Gv)(node) && lower(node['x-ms-visibility']) === 'internal';
}
const DOC_KEYS = ['summary', 'description', 'x-ms-summary', 'title', 'example', 'x-example'];
/** Records changed summaries, descriptions and examples; the operation folds them into one info change. */
function compareDocs(a, ap, b, bp, out, keys = DOC_KEYS) {
    for (const key of keys) {
        if (!(0,json/* sameJson */.V)(a[key], b[key])) {
            out.push({
                rule: 'documentation-changed',
                oldPointer: child(ap, key),
                newPointer: child(bp, key),
                field: [],
                say: () => key,
            });
        }
    }
}
const WORDING = {
    summary: ['summary', 'summaries'],
    description: ['description', 'descriptions'],
    'x-ms-summary': ['display name', 'display names'],
    title: ['title', 'titles'],
    example: ['example', 'examples'],
    'x-example': ['example', 'examples'],
};
/** Folds wording edits (the keys `compareDocs` reports) into one clause: "summary, 3 descriptions and title changed". */
function wordingText(keys) {
    const counts = new Map();
    for (const key of keys)
        counts.set(key, (counts.get(key) ?? 0) + 1);
    const byLabel = new Map();
    for (const [key, n] of counts) {
        const [one, many] = WORDING[key] ?? [key, key];
        byLabel.set(one, [(byLabel.get(one)?.[0] ?? 0) + n, many]);
    }
    const parts = [...byLabel].map(([one, [n, many]]) => (n === 1 ? one : `${n} ${many}`));
    const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
    return `${list} changed`;
}
function compareVisibility(a, ap, b, bp, field, out) {
    const va = lower(a['x-ms-visibility']);
    const vb = lower(b['x-ms-visibility']);
    if (va === vb)
        return;
    out.push({
        rule: vb === 'internal' ? 'visibility-internal' : 'visibility-changed',
        oldPointer: child(ap, 'x-ms-visibility'),
        newPointer: child(bp, 'x-ms-visibility'),
        field,
        say: (s) => vb === 'internal'
            ? `${s} is now internal (hidden from makers)`
            : `x-ms-visibility of ${s} changed from ${va || 'none'} to ${vb || 'none'}`,
    });
}
const DYNAMIC = [
    'x-ms-dynamic-values',
    'x-ms-dynamic-schema',
    'x-ms-dynamic-properties',
    'x-ms-dynamic-list',
    'x-ms-dynamic-tree',
];
function targetsOf(ext) {
    if (!(0,definition_pointer/* isObject */.Gv)(ext))
        return [];
    const ids = [
        ext.operationId,
        (0,definition_pointer/* isObject */.Gv)(ext.open) && ext.open.operationId,
        (0,definition_pointer/* isObject */.Gv)(ext.browse) && ext.browse.operationId,
    ];
    return ids.filter((x) => typeof x === 'string');
}
function compareDynamic(c, a, ap, b, bp, field, out) {
    for (const ext of DYNAMIC) {
        const before = targetsOf(a[ext]);
        if (before.length === 0)
            continue;
        const after = targetsOf(b[ext]);
        const oldPointer = child(ap, ext);
        if (after.length === 0) {
            out.push({ rule: 'dynamic-target-changed', oldPointer, field, say: (s) => `${s} lost its ${ext}` });
            continue;
        }
        before.forEach((target, i) => {
            // A target renamed together with the reference is fine; its rename is reported on its own operation.
            const expected = c.renamed.has(target) ? c.renamed.get(target) : target;
            const now = after[i];
            if (now === expected && expected !== undefined)
                return;
            const why = expected === undefined
                ? `its target ${target} was removed`
                : now === target
                    ? `its target ${target} was renamed to ${expected}`
                    : `it now calls ${now ?? 'nothing'} instead of ${target}`;
            out.push({
                rule: 'dynamic-target-changed',
                oldPointer,
                newPointer: child(bp, ext),
                field,
                say: (s) => `the ${ext} of ${s} is broken (${why})`,
            });
        });
    }
}
function tightened(a, ap, b, bp, field, out) {
    const push = (key, what) => out.push({
        rule: 'constraint-tightened',
        oldPointer: child(ap, key),
        newPointer: child(bp, key),
        field,
        say: (s) => `${s} ${what}`,
    });
    const was = (key) => (a[key] === undefined ? 'none' : JSON.stringify(a[key]));
    for (const key of ['maximum', 'maxLength', 'maxItems']) {
        const x = a[key];
        const y = b[key];
        if (typeof y === 'number' && (typeof x !== 'number' || y < x))
            push(key, `now has ${key} ${y} (was ${was(key)})`);
    }
    for (const key of ['minimum', 'minLength', 'minItems']) {
        const x = a[key];
        const y = b[key];
        if (typeof y === 'number' && y > 0 && (typeof x !== 'number' || y > x)) {
            push(key, `now has ${key} ${y} (was ${was(key)})`);
        }
    }
    if (typeof b.pattern === 'string' && b.pattern !== a.pattern)
        push('pattern', `must now match ${b.pattern}`);
    if (Array.isArray(b.enum) && !Array.isArray(a.enum))
        push('enum', `now only accepts ${b.enum.map(quote).join(', ')}`);
}
function enumRemoved(a, ap, b, bp, field, out) {
    if (!Array.isArray(a.enum) || !Array.isArray(b.enum))
        return;
    const kept = new Set(b.enum.map((v) => JSON.stringify(v)));
    const gone = a.enum.filter((v) => !kept.has(JSON.stringify(v)));
    if (gone.length === 0)
        return;
    const list = gone.slice(0, 5).map(quote).join(', ') + (gone.length > 5 ? ` and ${gone.length - 5} more` : '');
    out.push({
        rule: 'enum-value-removed',
        oldPointer: child(ap, 'enum'),
        newPointer: child(bp, 'enum'),
        field,
        say: (s) => `${s} no longer accepts ${list}`,
    });
}
/**
 * Compares what a parameter and a schema node have in common: type and format, enum and constraints (inputs
 * only), visibility, dynamic extensions, wording. Returns false when the type changed (nothing below compares).
 */
function compareNode(c, dir, a, ap, b, bp, field, out, types = { a: typeText(a.type), b: typeText(b.type) }) {
    const fa = typeof a.format === 'string' ? a.format : undefined;
    const fb = typeof b.format === 'string' ? b.format : undefined;
    if ((types.a && types.b && types.a !== types.b) || (fa && fb && fa !== fb)) {
        const from = [types.a, fa].filter(Boolean).join('/');
        const to = [types.b, fb].filter(Boolean).join('/');
        out.push({
            rule: 'type-changed',
            oldPointer: ap,
            newPointer: bp,
            field,
            say: (s) => `the type of ${s} changed from ${from} to ${to}`,
        });
        return false;
    }
    if (dir === 'request') {
        enumRemoved(a, ap, b, bp, field, out);
        tightened(a, ap, b, bp, field, out);
    }
    compareVisibility(a, ap, b, bp, field, out);
    compareDynamic(c, a, ap, b, bp, field, out);
    compareDocs(a, ap, b, bp, out);
    return true;
}
function prefixed(deltas, prefix, out) {
    for (const d of deltas)
        out.push(prefix.length === 0 ? d : { ...d, field: [...prefix, ...d.field] });
}
/** Compares two schemas (following `$ref`s, merging `allOf`), recursing into properties and array items. */
function compareSchema(c, dir, a, b, depth = 0) {
    const x = deref(c.oldRoot, a.value, a.pointer);
    const y = deref(c.newRoot, b.value, b.pointer);
    if (x.ref === undefined && y.ref === undefined) {
        return depth > MAX_INLINE_DEPTH ? [] : compareResolved(c, dir, x, y, depth);
    }
    const key = `${dir} ${x.pointer} ${y.pointer}`;
    const known = c.memo.get(key);
    if (known)
        return known;
    if (c.active.has(key) || c.active.size >= MAX_OPEN_REFS)
        return [];
    c.active.add(key);
    const deltas = compareResolved(c, dir, x, y, 0);
    c.active.delete(key);
    c.memo.set(key, deltas);
    return deltas;
}
function compareResolved(c, dir, x, y, depth) {
    if (!(0,definition_pointer/* isObject */.Gv)(x.value) || !(0,definition_pointer/* isObject */.Gv)(y.value))
        return [];
    const out = [];
    const A = shapeOf(c.oldRoot, x.value, x.pointer);
    const B = shapeOf(c.newRoot, y.value, y.pointer);
    if (!compareNode(c, dir, A.node, A.pointer, B.node, B.pointer, [], out, { a: A.type, b: B.type }))
        return out;
    for (const [name, pa] of A.properties) {
        const pb = B.properties.get(name);
        if (pb === undefined) {
            if (!isHidden(deref(c.oldRoot, pa.value, pa.pointer).value)) {
                out.push({
                    rule: dir === 'request' ? 'request-property-removed' : 'response-property-removed',
                    oldPointer: pa.pointer,
                    field: [name],
                    say: (s) => `${s} was removed`,
                });
            }
            continue;
        }
        prefixed(compareSchema(c, dir, pa, pb, depth + 1), [name], out);
        const was = A.required.has(name);
        const is = B.required.has(name);
        if (dir === 'request' && !was && is) {
            out.push({
                rule: 'parameter-made-required',
                oldPointer: pa.pointer,
                newPointer: pb.pointer,
                field: [name],
                say: (s) => `${s} is now required`,
            });
        }
        else if (dir === 'response' && was && !is) {
            out.push({
                rule: 'response-property-optional',
                oldPointer: pa.pointer,
                newPointer: pb.pointer,
                field: [name],
                say: (s) => `${s} is no longer required, so it may be missing`,
            });
        }
    }
    for (const [name, pb] of B.properties) {
        if (A.properties.has(name))
            continue;
        const node = deref(c.newRoot, pb.value, pb.pointer).value;
        const breaks = dir === 'request' && B.required.has(name) && !((0,definition_pointer/* isObject */.Gv)(node) && isFilledByConnector(node));
        out.push({
            rule: dir === 'response'
                ? 'response-property-added'
                : breaks
                    ? 'required-parameter-added'
                    : 'optional-parameter-added',
            newPointer: pb.pointer,
            field: [name],
            say: (s) => (breaks ? `it now requires ${s}` : `${s} was added`),
        });
    }
    if (A.items && B.items)
        prefixed(compareSchema(c, dir, A.items, B.items, depth + 1), ['[]'], out);
    return out;
}

;// CONCATENATED MODULE: ./src/drift/document.ts


const SECURITY_FIELDS = [
    ['type', 'the security type'],
    ['flow', 'the OAuth flow'],
    ['authorizationUrl', 'the authorization URL'],
    ['tokenUrl', 'the token URL'],
    ['in', 'the API key location'],
    ['name', 'the API key name'],
];
/** The security definition the platform uses: the first one (the others are ignored). */
function firstSecurity(root) {
    const defs = root.securityDefinitions;
    if (!(0,definition_pointer/* isObject */.Gv)(defs))
        return undefined;
    const first = Object.entries(defs).find(([, v]) => (0,definition_pointer/* isObject */.Gv)(v));
    return first;
}
function compareSecurity(a, b, out) {
    const sa = firstSecurity(a);
    const sb = firstSecurity(b);
    if (!sa && !sb)
        return;
    const oldPointer = sa && (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', sa[0]);
    const newPointer = sb && (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', sb[0]);
    let text;
    if (!sa || !sb) {
        text = sa
            ? `the ${String(sa[1].type)} security definition was removed`
            : `a ${String(sb?.[1].type)} security definition was added`;
    }
    else {
        const diffs = SECURITY_FIELDS.filter(([k]) => sa[1][k] !== sb[1][k]).map(([k, label]) => `${label} changed from ${String(sa[1][k] ?? 'none')} to ${String(sb[1][k] ?? 'none')}`);
        if (diffs.length > 0)
            text = diffs.join('; ');
    }
    if (text)
        out.push({ rule: 'security-changed', oldPointer, newPointer, text });
}
function basePath(root) {
    const p = typeof root.basePath === 'string' ? root.basePath.replace(/\/+$/, '') : '';
    return p === '' ? '/' : p;
}
function origin(root) {
    const scheme = Array.isArray(root.schemes) && typeof root.schemes[0] === 'string' ? root.schemes[0] : 'https';
    return `${scheme}://${typeof root.host === 'string' ? root.host : ''}`;
}
function compareBackend(a, b, routesMoved, out) {
    const [pa, pb, oa, ob] = [basePath(a), basePath(b), origin(a), origin(b)];
    if (pa !== pb && routesMoved) {
        out.push({
            rule: 'base-path-changed',
            oldPointer: '/basePath',
            newPointer: b.basePath === undefined ? undefined : '/basePath',
            text: `basePath changed from ${pa} to ${pb}${oa === ob ? '' : ` and ${oa} became ${ob}`}`,
        });
    }
    else if (oa.toLowerCase() !== ob.toLowerCase()) {
        out.push({
            rule: 'host-changed',
            oldPointer: a.host === undefined ? undefined : '/host',
            newPointer: b.host === undefined ? undefined : '/host',
            text: `${oa} became ${ob}`,
        });
    }
}
/**
 * Changes of the whole connector: backend URL, security, and the wording of `info`. `routesMoved` is false when
 * a basePath change is undone by the paths (every operation's URL stays the same).
 */
function compareDocument(oldRoot, newRoot, routesMoved, out) {
    const a = (0,definition_pointer/* isObject */.Gv)(oldRoot) ? oldRoot : {};
    const b = (0,definition_pointer/* isObject */.Gv)(newRoot) ? newRoot : {};
    compareSecurity(a, b, out);
    compareBackend(a, b, routesMoved, out);
    const docs = [];
    if ((0,definition_pointer/* isObject */.Gv)(a.info) && (0,definition_pointer/* isObject */.Gv)(b.info))
        compareDocs(a.info, '/info', b.info, '/info', docs, ['title', 'description']);
    if (docs.length > 0) {
        const text = wordingText(docs.map((d) => d.say('')));
        out.push({ rule: 'documentation-changed', oldPointer: docs[0].oldPointer, newPointer: docs[0].newPointer, text });
    }
}

;// CONCATENATED MODULE: ./src/drift/operations.ts



/**
 * Pairs operations: first by operationId (what flows call), then the rest by method and path (a new operationId
 * on the same endpoint is a rename, not a removal plus an addition).
 */
function matchOperations(oldRoot, newRoot) {
    const before = operationsOf(oldRoot);
    const after = operationsOf(newRoot);
    const byId = new Map();
    const byRoute = new Map();
    const byEndpoint = new Map();
    for (const op of after) {
        if (op.operationId !== undefined && !byId.has(op.operationId))
            byId.set(op.operationId, op);
        if (!byRoute.has(op.route))
            byRoute.set(op.route, op);
        if (!byEndpoint.has(op.endpoint))
            byEndpoint.set(op.endpoint, op);
    }
    const used = new Set();
    const partner = new Map();
    for (const op of before) {
        const hit = op.operationId === undefined ? undefined : byId.get(op.operationId);
        if (hit && !used.has(hit)) {
            used.add(hit);
            partner.set(op, { op: hit, byId: true });
        }
    }
    // Then by the URL the backend receives, then by the path as written (the basePath may have changed).
    for (const index of [(op) => byRoute.get(op.route), (op) => byEndpoint.get(op.endpoint)]) {
        for (const op of before) {
            const hit = partner.has(op) ? undefined : index(op);
            if (hit && !used.has(hit)) {
                used.add(hit);
                partner.set(op, { op: hit, byId: false });
            }
        }
    }
    const m = { pairs: [], removed: [], added: after.filter((op) => !used.has(op)), renamed: new Map() };
    for (const op of before) {
        const p = partner.get(op);
        if (p)
            m.pairs.push({ old: op, new: p.op, byId: p.byId });
        else
            m.removed.push(op);
        if (op.operationId !== undefined && !m.renamed.has(op.operationId))
            m.renamed.set(op.operationId, p?.op.operationId);
    }
    return m;
}
const WHERE = {
    query: 'query parameter',
    header: 'header',
    path: 'path parameter',
    formData: 'form field',
};
function fieldText(field) {
    return field.reduce((s, t) => (t === '[]' ? `${s}[]` : s === '' ? t : `${s}.${t}`), '');
}
function paramSubject(p) {
    if (p.in === 'body')
        return (f) => (f.length === 0 ? 'the request body' : `the request property '${fieldText(f)}'`);
    return (f) => `the ${WHERE[p.in] ?? `${p.in} parameter`} '${fieldText([p.name, ...f])}'`;
}
function responseSubject(code) {
    return (f) => (f.length === 0 ? `the ${code} response` : `the response property '${fieldText(f)}'`);
}
function isRequired(p) {
    return p.required === true && !isFilledByConnector(p);
}
const SUCCESS = /^(2\d\d|2xx|default)$/i;
/** Compares one matched pair of operations; pushes what it finds. */
function compareOperation(c, o, n, byId, out) {
    const found = (rule, oldPointer, newPointer, text) => out.push({ rule, old: o, new: n, oldPointer, newPointer, text });
    // A definition reached twice from one operation reports the same pointers twice: keep the first (shortest path).
    const seen = new Set();
    // Wording edits fold into one change per operation, counted by distinct pointer: they must not flood the report.
    const wording = new Map();
    const deltas = (list, subject, responseRoot = false) => {
        for (const d of list) {
            if (d.rule === 'documentation-changed') {
                const at = d.newPointer ?? d.oldPointer ?? '';
                if (!wording.has(at))
                    wording.set(at, d);
                continue;
            }
            const rule = responseRoot && d.rule === 'type-changed' && d.field.length === 0 ? 'response-type-changed' : d.rule;
            const key = `${rule} ${d.oldPointer} ${d.newPointer}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            found(rule, d.oldPointer, d.newPointer, d.say(subject(d.field)));
        }
    };
    const a = o.value;
    const b = n.value;
    if (!byId && o.operationId !== undefined && o.operationId !== n.operationId) {
        found('operation-id-changed', child(o.pointer, 'operationId'), child(n.pointer, 'operationId'), `its operationId changed from ${o.operationId} to ${n.operationId ?? 'none'}`);
    }
    // A route changed by the basePath alone is reported once, for the whole connector.
    if (byId && o.route !== n.route && o.endpoint !== n.endpoint) {
        found('operation-path-changed', o.pointer, n.pointer, `it now calls ${n.method.toUpperCase()} ${n.url} instead of ${o.method.toUpperCase()} ${o.url}`);
    }
    const ta = a['x-ms-trigger'];
    const tb = b['x-ms-trigger'];
    if (ta !== tb) {
        found('trigger-changed', child(o.pointer, 'x-ms-trigger'), child(n.pointer, 'x-ms-trigger'), tb === undefined
            ? `it is no longer a trigger (x-ms-trigger ${quote(ta)} removed)`
            : ta === undefined
                ? `it is now a trigger (x-ms-trigger ${quote(tb)})`
                : `x-ms-trigger changed from ${quote(ta)} to ${quote(tb)}`);
    }
    const visibility = [];
    compareVisibility(a, o.pointer, b, n.pointer, [], visibility);
    deltas(visibility, () => 'the operation');
    deprecation(o, n, found);
    for (const key of ['consumes', 'produces']) {
        const before = mediaTypes(c.oldRoot, a, key);
        const after = mediaTypes(c.newRoot, b, key);
        const gone = before.filter((t) => after.length > 0 && !after.includes(t));
        if (gone.length > 0) {
            found('media-type-narrowed', child(o.pointer, key), child(n.pointer, key), `it no longer ${key} ${gone.join(', ')}`);
        }
    }
    const docs = [];
    compareDocs(a, o.pointer, b, n.pointer, docs, ['summary', 'description']);
    deltas(docs, () => '');
    compareParameters(c, o, n, found, deltas);
    compareResponses(c, o, n, found, deltas);
    const [first] = wording.values();
    if (first) {
        found('documentation-changed', first.oldPointer, first.newPointer, wordingText([...wording.values()].map((d) => d.say(''))));
    }
}
function isDeprecated(op) {
    const note = (0,definition_pointer/* isObject */.Gv)(op['x-ms-api-annotation']) ? op['x-ms-api-annotation'] : {};
    const replacement = (0,definition_pointer/* isObject */.Gv)(note.replacement) ? note.replacement.operationId : undefined;
    const status = typeof note.status === 'string' ? note.status.toLowerCase() : '';
    return {
        yes: op.deprecated === true || status === 'deprecated' || (0,definition_pointer/* isObject */.Gv)(note.replacement),
        replacement: typeof replacement === 'string' ? replacement : undefined,
    };
}
function deprecation(o, n, found) {
    const was = isDeprecated(o.value);
    const is = isDeprecated(n.value);
    if (was.yes || !is.yes)
        return;
    const where = n.value.deprecated === true ? 'deprecated' : 'x-ms-api-annotation';
    found('operation-deprecated', undefined, child(n.pointer, where), `it is now deprecated${is.replacement ? ` in favour of ${is.replacement}` : ''}`);
}
function mediaTypes(root, op, key) {
    const list = Array.isArray(op[key]) ? op[key] : (0,definition_pointer/* isObject */.Gv)(root) && Array.isArray(root[key]) ? root[key] : [];
    return list.filter((t) => typeof t === 'string').map((t) => t.toLowerCase());
}
function compareParameters(c, o, n, found, deltas) {
    const after = new Map(n.parameters.map((p) => [p.key, p]));
    const moved = new Set();
    for (const pa of o.parameters) {
        const subject = paramSubject(pa);
        const pb = after.get(pa.key);
        if (pb === undefined) {
            const target = pa.in === 'body' ? undefined : n.parameters.find((p) => p.name === pa.name && p.in !== 'body');
            if (target && !o.parameters.some((p) => p.key === target.key)) {
                moved.add(target.key);
                found('parameter-location-changed', child(pa.pointer, 'in'), child(target.pointer, 'in'), `the parameter '${pa.name}' moved from ${pa.in} to ${target.in}`);
            }
            else if (!isHidden(pa.value)) {
                found('parameter-removed', pa.pointer, undefined, `${subject([])} was removed`);
            }
            continue;
        }
        if (pa.value.required !== true && isRequired(pb.value)) {
            found('parameter-made-required', child(pa.pointer, 'required'), child(pb.pointer, 'required'), `${subject([])} is now required`);
        }
        const list = [];
        if (pa.in === 'body') {
            compareDocs(pa.value, pa.pointer, pb.value, pb.pointer, list, ['description', 'x-ms-summary']);
            list.push(...compareSchema(c, 'request', located(pa, 'schema'), located(pb, 'schema')));
        }
        else if (compareNode(c, 'request', pa.value, pa.pointer, pb.value, pb.pointer, [], list)) {
            if (pa.value.items !== undefined && pb.value.items !== undefined) {
                for (const d of compareSchema(c, 'request', located(pa, 'items'), located(pb, 'items'))) {
                    list.push({ ...d, field: ['[]', ...d.field] });
                }
            }
        }
        deltas(list, subject);
    }
    const before = new Set(o.parameters.map((p) => p.key));
    for (const pb of n.parameters) {
        if (before.has(pb.key) || moved.has(pb.key))
            continue;
        const required = isRequired(pb.value);
        found(required ? 'required-parameter-added' : 'optional-parameter-added', undefined, pb.pointer, required ? `it now requires ${paramSubject(pb)([])}` : `${paramSubject(pb)([])} was added`);
    }
}
function located(p, key) {
    return { value: p.value[key], pointer: child(p.pointer, key) };
}
function successResponses(root, op) {
    const out = new Map();
    const responses = op.value.responses;
    if (!(0,definition_pointer/* isObject */.Gv)(responses))
        return out;
    for (const [code, raw] of Object.entries(responses)) {
        if (!SUCCESS.test(code))
            continue;
        const r = deref(root, raw, (0,definition_pointer/* childPointer */.Y2)(op.pointer, 'responses', code));
        if ((0,definition_pointer/* isObject */.Gv)(r.value))
            out.set(code, { value: r.value, pointer: r.pointer });
    }
    return out;
}
/** Whether flows get anything from a response: an empty schema (`{}`, an object without properties) gives nothing. */
function hasOutputs(root, schema, pointer) {
    const r = deref(root, schema, pointer);
    if (!(0,definition_pointer/* isObject */.Gv)(r.value))
        return r.ref !== undefined; // an external schema: assume it has outputs
    const shape = shapeOf(root, r.value, r.pointer);
    if (shape.properties.size > 0 || shape.items !== undefined)
        return true;
    if (shape.type !== undefined && shape.type !== 'object')
        return true;
    return Object.keys(r.value).some((k) => k.startsWith('x-ms-dynamic-') || k === 'additionalProperties');
}
function compareResponses(c, o, n, found, deltas) {
    const before = successResponses(c.oldRoot, o);
    const after = successResponses(c.newRoot, n);
    // A success response whose code changed (200 -> 201) is paired with the new code rather than called removed.
    const spare = [...after.keys()].filter((code) => !before.has(code));
    for (const [code, ra] of before) {
        const newCode = after.has(code) ? code : spare.shift();
        const rb = newCode === undefined ? undefined : after.get(newCode);
        const outputs = hasOutputs(c.oldRoot, ra.value.schema, child(ra.pointer, 'schema'));
        if (rb === undefined) {
            if (outputs)
                found('response-removed', ra.pointer, undefined, `its ${code} response was removed`);
            continue;
        }
        const list = [];
        compareDocs(ra.value, ra.pointer, rb.value, rb.pointer, list, ['description', 'x-ms-summary']);
        if (outputs && rb.value.schema === undefined) {
            found('response-type-changed', child(ra.pointer, 'schema'), rb.pointer, `its ${code} response no longer has a body`);
        }
        else if (ra.value.schema !== undefined) {
            const schema = (r) => ({
                value: r.value.schema,
                pointer: child(r.pointer, 'schema'),
            });
            // A body that offered nothing cannot break by changing type; what it gains is still worth reporting.
            const changes = compareSchema(c, 'response', schema(ra), schema(rb));
            list.push(...(outputs ? changes : changes.filter((d) => d.rule !== 'type-changed' || d.field.length > 0)));
        }
        deltas(list, responseSubject(code), true);
    }
}
function describeOperation(op) {
    return `${isTrigger(op) ? 'trigger' : 'action'} '${actionName(op)}'`;
}

// EXTERNAL MODULE: ./src/drift/rules.ts
var rules = __webpack_require__(60556);
;// CONCATENATED MODULE: ./src/drift/index.ts




const RANK = { breaking: 0, warning: 1, info: 2 };
// Changes of the whole connector, phrased for every connection rather than one action.
const DOCUMENT_LEADS = {
    'security-changed': 'Every connection of this connector must be created again',
    'base-path-changed': 'Every action now calls another backend URL',
    'host-changed': 'Every action now calls another host',
    'documentation-changed': 'The connector reads differently',
};
function message(f) {
    const op = f.old ?? f.new;
    if (op === undefined)
        return `${DOCUMENT_LEADS[f.rule]}: ${f.text}.`;
    const noun = describeOperation(op);
    switch (f.rule) {
        case 'operation-added':
            return `New ${noun}${op.operationId && op.value.summary ? ` (${op.operationId})` : ''}.`;
        case 'documentation-changed':
            return `The ${noun} reads differently: ${f.text}.`;
        case 'operation-deprecated':
            return `Makers should stop using the ${noun}: ${f.text}.`;
    }
    const level = (0,rules/* levelOf */.I)(f.rule);
    if (level === 'breaking')
        return `Flows that use the ${noun} stop working: ${f.text}.`;
    if (level === 'warning')
        return `Flows that use the ${noun} may fail: ${f.text}.`;
    return `The ${noun} changed without breaking flows: ${f.text}.`;
}
/**
 * Drift between the last exported definition and the new one, with Power Platform semantics: what breaks saved
 * flows and apps. Sorted by level (breaking, warning, info), then by operation.
 */
function diffDefinitions(oldDoc, newDoc, options = {}) {
    const m = matchOperations(oldDoc.value, newDoc.value);
    const c = {
        oldRoot: oldDoc.value,
        newRoot: newDoc.value,
        renamed: m.renamed,
        memo: new Map(),
        active: new Set(),
    };
    const found = [];
    const routesMoved = m.pairs.length === 0 || m.pairs.some((p) => p.old.route !== p.new.route);
    compareDocument(oldDoc.value, newDoc.value, routesMoved, found);
    for (const op of m.removed) {
        found.push({ rule: 'operation-removed', old: op, oldPointer: op.pointer, text: 'it was removed' });
    }
    for (const p of m.pairs)
        compareOperation(c, p.old, p.new, p.byId, found);
    for (const op of m.added)
        found.push({ rule: 'operation-added', new: op, newPointer: op.pointer, text: '' });
    const ignored = new Set(options.ignoreRules ?? []);
    const changes = found
        .filter((f) => !ignored.has(f.rule))
        .map((f) => {
        const op = f.new ?? f.old;
        const line = (f.newPointer === undefined ? undefined : newDoc.lineOf?.(f.newPointer)) ??
            (f.oldPointer === undefined ? undefined : oldDoc.lineOf?.(f.oldPointer));
        const change = { rule: f.rule, level: (0,rules/* levelOf */.I)(f.rule), message: message(f) };
        const operationId = f.old?.operationId ?? f.new?.operationId;
        if (operationId !== undefined)
            change.operationId = operationId;
        if (op)
            Object.assign(change, { method: op.method, path: op.path });
        if (f.oldPointer !== undefined)
            change.oldPointer = f.oldPointer;
        if (f.newPointer !== undefined)
            change.newPointer = f.newPointer;
        if (line !== undefined)
            change.line = line;
        return change;
    });
    const opKey = (ch) => (ch.path === undefined ? '' : (ch.operationId ?? `${ch.method} ${ch.path}`));
    return changes.sort((x, y) => RANK[x.level] - RANK[y.level] || (opKey(x) < opKey(y) ? -1 : opKey(x) > opKey(y) ? 1 : 0));
}
/** Counts changes by level and decides whether the run fails under `failOn`. */
function driftVerdict(changes, failOn) {
    const count = (level) => changes.filter((ch) => ch.level === level).length;
    const breaking = count('breaking');
    const warnings = count('warning');
    const infos = count('info');
    const fail = failOn === 'breaking'
        ? breaking > 0
        : failOn === 'warning'
            ? breaking + warnings > 0
            : failOn === 'any'
                ? changes.length > 0
                : false;
    return { drift: changes.length > 0, breaking, warnings, infos, fail };
}

;// CONCATENATED MODULE: ./src/stages/drift.ts



/** The definition as exported, with the host/base-path overrides: what the connector sees. */
function asExported(definition, settings) {
    return {
        value: (0,connector_package/* applyOverrides */.iu)(definition.value, settings.hostOverride, settings.basePathOverride),
        lineOf: definition.lineOf,
    };
}
/** Drift against the baseline; undefined when drift is not checked in this run. */
function compareWithBaseline(baseline, definition, settings, lineUrl) {
    if (!baseline)
        return undefined;
    const old = baseline.raw ? (0,prepare/* prepareDefinition */.D)(baseline.raw, { server: settings.server }).definition : undefined;
    // A git baseline is the source file at another commit and gets the overrides too; the other baselines are
    // exported copies already.
    const fromGit = settings.baseline.kind === 'auto' || settings.baseline.kind === 'git';
    const changes = old
        ? diffDefinitions(fromGit ? asExported(old, settings) : old, asExported(definition, settings), {
            ignoreRules: settings.ignoreRules,
        })
        : [];
    return {
        changes,
        verdict: driftVerdict(changes, settings.failOn),
        baselineLabel: old ? baseline.label : undefined,
        newSource: definition.source,
        lineUrl,
    };
}
/**
 * Breaking changes against what is registered now, for "would update: N breaking changes": the drift itself when
 * the baseline is the connector, else a diff against the registered definition.
 */
function registeredBreaking(express, definition, settings, drift) {
    if (settings.baseline.kind === 'connector')
        return drift?.verdict.breaking;
    if (!express?.registered)
        return undefined;
    const registered = (0,prepare/* prepareDefinition */.D)(express.registered).definition;
    const changes = diffDefinitions(registered, asExported(definition, settings), { ignoreRules: settings.ignoreRules });
    return driftVerdict(changes, 'never').breaking;
}


/***/ })

};
