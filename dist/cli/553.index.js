export const id = 553;
export const ids = [553];
export const modules = {

/***/ 6553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffDefinitions: () => (/* binding */ diffDefinitions),
  driftRules: () => (/* reexport */ rules/* driftRules */.x),
  driftVerdict: () => (/* reexport */ verdict/* driftVerdict */.Z)
});

// EXTERNAL MODULE: ./src/definition/json.ts
var json = __webpack_require__(54783);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var definition_pointer = __webpack_require__(57060);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
;// CONCATENATED MODULE: ./src/drift/normalize.ts


/** `childPointer` for one token, without the list of tokens (the hot path). */
function child(pointer, token) {
    return `${pointer}/${(0,definition_pointer/* escapeToken */.tj)(token)}`;
}
/**
 * Calls `visit` on every object of a document (arrays walked through, not visited), without recursion. Items are
 * pushed one by one: spreading a long array into push would overflow the call stack.
 */
function forEachObject(root, visit) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (Array.isArray(node)) {
            for (const item of node)
                stack.push(item);
        }
        else if ((0,definition_pointer/* isObject */.Gv)(node)) {
            visit(node);
            for (const key in node)
                stack.push(node[key]);
        }
    }
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
    const known = cache.get(ref);
    if (known !== undefined || cache.has(ref))
        return known;
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
/** The entries of a parameter list that are no parameter at all (not an object, or a `$ref` to nothing). */
function strayParameters(root, list, pointer) {
    const strays = [];
    if (!Array.isArray(list))
        return strays;
    // Only a stray gets its pointer spelt: nearly every entry is a parameter.
    list.forEach((raw, i) => {
        if (!(0,definition_pointer/* isObject */.Gv)(deref(root, raw, pointer).value))
            strays.push({ value: raw, pointer: child(pointer, i) });
    });
    return strays;
}
function parametersOf(root, list, pointer, into) {
    if (!Array.isArray(list))
        return;
    list.forEach((raw, i) => {
        const entryPointer = child(pointer, i);
        const found = deref(root, raw, entryPointer);
        if (!(0,definition_pointer/* isObject */.Gv)(found.value))
            return;
        const value = found.value;
        const where = typeof value.in === 'string' ? value.in : '';
        const name = typeof value.name === 'string' ? value.name : String(i);
        // Header names are case-insensitive in HTTP: `X-Key` and `x-key` are one header.
        const key = `${where}:${where === 'header' ? name.toLowerCase() : name}`;
        into.set(key, { key, name, in: where, value, pointer: found.pointer, entry: raw, entryPointer });
    });
}
/** Every operation of a Swagger 2.0 document, in document order. */
function operationsOf(root) {
    const paths = (0,definition_pointer/* isObject */.Gv)(root) ? root.paths : undefined;
    if (!(0,definition_pointer/* isObject */.Gv)(paths))
        return [];
    const out = [];
    const base = typeof root.basePath === 'string' ? root.basePath : '';
    // The regular expressions run only where they have something to do: most paths need none.
    const blank = (path) => (path.includes('{') ? path.replace(/\{[^}]*\}/g, '{}') : path);
    for (const [path, rawItem] of Object.entries(paths)) {
        // A basePath moved into the paths (or out of them) leaves every URL where it was.
        let url = `/${base}/${path}`;
        if (url.includes('//'))
            url = url.replace(/\/{2,}/g, '/');
        if (url.endsWith('/'))
            url = url.replace(/(.)\/$/, '$1');
        const item = deref(root, rawItem, child('/paths', path));
        if (!(0,definition_pointer/* isObject */.Gv)(item.value))
            continue;
        const itemValue = item.value;
        for (const method of model/* HTTP_METHODS */.y) {
            const value = itemValue[method];
            if (!(0,definition_pointer/* isObject */.Gv)(value))
                continue;
            const pointer = child(item.pointer, method);
            const params = new Map();
            parametersOf(root, itemValue.parameters, child(item.pointer, 'parameters'), params);
            parametersOf(root, value.parameters, child(pointer, 'parameters'), params);
            const id = value.operationId;
            const parameters = [...params.values()];
            const bodies = parameters.filter((p) => p.in === 'body');
            if (bodies.length > 1)
                for (const p of bodies)
                    p.named = true;
            out.push({
                method,
                path,
                endpoint: `${method} ${blank(path)}`,
                route: `${method} ${blank(url)}`,
                url,
                operationId: typeof id === 'string' && id !== '' ? id : undefined,
                pointer,
                value,
                parameters,
                item: itemValue,
                itemPointer: item.pointer,
            });
        }
    }
    return out;
}
/**
 * Pairs the parameters of two matched operations by location and name. The body is the request body whatever its
 * name (makers never see it), so a lone body parameter on each side pairs with the other; several (invalid, but
 * seen) pair by name.
 */
function pairParameters(before, after) {
    const byKey = new Map(after.map((p) => [p.key, p]));
    const out = { pairs: [], removed: [], added: [] };
    const used = new Set();
    for (const pa of before) {
        const pb = byKey.get(pa.key);
        if (pb) {
            out.pairs.push([pa, pb]);
            used.add(pb);
        }
        else
            out.removed.push(pa);
    }
    const bodyA = before.filter((p) => p.in === 'body');
    const bodyB = after.filter((p) => p.in === 'body');
    if (bodyA.length === 1 && bodyB.length === 1 && !used.has(bodyB[0])) {
        out.pairs.push([bodyA[0], bodyB[0]]);
        used.add(bodyB[0]);
        out.removed.splice(out.removed.indexOf(bodyA[0]), 1);
    }
    out.added = after.filter((p) => !used.has(p));
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
/** A value short enough to quote in a one-line message (a scalar on one line), else undefined. */
function shown(value) {
    if (value === null || value === undefined || typeof value === 'object')
        return undefined;
    const text = quote(value);
    return text.length <= 40 && !/[\r\n]/.test(text) ? text : undefined;
}
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
        if (!(0,json/* sameJson */.Vk)(a[key], b[key])) {
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
const MAXIMA = ['maximum', 'maxLength', 'maxItems'];
const MINIMA = ['minimum', 'minLength', 'minItems'];
/** Whether every multiple of `x` is a multiple of `y` (so `multipleOf` going from x to y accepts at least as much). */
function divides(y, x) {
    const q = x / y;
    return Math.abs(q - Math.round(q)) < 1e-9;
}
/**
 * Input constraints, both ways: tighter ones may refuse what saved flows send (warning), looser ones and new enum
 * values accept more (info).
 */
function constraints(a, ap, b, bp, field, out) {
    const push = (rule, key, what) => out.push({ rule, oldPointer: child(ap, key), newPointer: child(bp, key), field, say: (s) => `${s} ${what}` });
    const was = (key) => (a[key] === undefined ? 'none' : JSON.stringify(a[key]));
    const tight = (key, what) => push('constraint-tightened', key, what);
    const loose = (key, what) => push('constraint-relaxed', key, what);
    const num = (v) => typeof v === 'number';
    for (const key of MAXIMA) {
        const [x, y] = [a[key], b[key]];
        if (num(y) && (!num(x) || y < x))
            tight(key, `now has ${key} ${y} (was ${was(key)})`);
        else if (num(x) && (!num(y) || y > x))
            loose(key, num(y) ? `now allows ${key} ${y} (was ${x})` : `has no ${key} any more (was ${x})`);
    }
    for (const key of MINIMA) {
        const [x, y] = [a[key], b[key]];
        // A length or count of at least 0 refuses nothing; a minimum of 0 refuses every negative number.
        const floor = key === 'minimum' ? -Infinity : 0;
        if (num(y) && y > floor && (!num(x) || y > x))
            tight(key, `now has ${key} ${y} (was ${was(key)})`);
        else if (num(x) && x > floor && (!num(y) || y < x))
            loose(key, num(y) ? `now allows ${key} ${y} (was ${x})` : `has no ${key} any more (was ${x})`);
    }
    const [ma, mb] = [a.multipleOf, b.multipleOf];
    if (num(mb) && mb > 0 && (!num(ma) || !divides(mb, ma)))
        tight('multipleOf', `must now be a multiple of ${mb} (was ${was('multipleOf')})`);
    else if (num(ma) && (!num(mb) || (mb !== ma && divides(mb, ma)))) {
        loose('multipleOf', num(mb) ? `now accepts multiples of ${mb} (was ${ma})` : `need not be a multiple of ${ma} any more`);
    }
    if (typeof b.pattern === 'string' && b.pattern !== a.pattern)
        tight('pattern', `must now match ${b.pattern}`);
    else if (typeof a.pattern === 'string' && b.pattern === undefined)
        loose('pattern', `need not match ${a.pattern} any more`);
    if (Array.isArray(b.enum) && !Array.isArray(a.enum))
        tight('enum', `now only accepts ${list(b.enum)}`);
    else if (Array.isArray(a.enum) && !Array.isArray(b.enum))
        loose('enum', 'accepts any value now (its enum was removed)');
    else if (Array.isArray(a.enum) && Array.isArray(b.enum)) {
        const known = new Set(a.enum.map((v) => JSON.stringify(v)));
        const added = b.enum.filter((v) => !known.has(JSON.stringify(v)));
        if (added.length > 0)
            push('enum-value-added', 'enum', `now also accepts ${list(added)}`);
    }
}
/** At most five values, quoted. */
function list(values) {
    return values.slice(0, 5).map(quote).join(', ') + (values.length > 5 ? ` and ${values.length - 5} more` : '');
}
function enumRemoved(a, ap, b, bp, field, out) {
    if (!Array.isArray(a.enum) || !Array.isArray(b.enum))
        return;
    const kept = new Set(b.enum.map((v) => JSON.stringify(v)));
    const gone = a.enum.filter((v) => !kept.has(JSON.stringify(v)));
    if (gone.length === 0)
        return;
    out.push({
        rule: 'enum-value-removed',
        oldPointer: child(ap, 'enum'),
        newPointer: child(bp, 'enum'),
        field,
        say: (s) => `${s} no longer accepts ${list(gone)}`,
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
        const way = typeWay(types.a, fa, types.b, fb);
        // An input that accepts more, or an output that gives less variety, breaks nothing; an output that may now hold
        // values flows never saw (a fraction where an integer was) may fail them; anything else breaks.
        const rule = way === undefined
            ? 'type-changed'
            : (dir === 'request') === (way === 'wider')
                ? 'type-relaxed'
                : dir === 'response'
                    ? 'output-type-widened'
                    : 'type-changed';
        out.push({
            rule,
            oldPointer: ap,
            newPointer: bp,
            field,
            say: (s) => `the type of ${s} changed from ${from} to ${to}`,
        });
        if (rule === 'type-changed')
            return false;
    }
    if (dir === 'request') {
        enumRemoved(a, ap, b, bp, field, out);
        constraints(a, ap, b, bp, field, out);
        inputWire(a, ap, b, bp, field, out);
    }
    compareVisibility(a, ap, b, bp, field, out);
    compareDynamic(c, a, ap, b, bp, field, out);
    compareDocs(a, ap, b, bp, out);
    return true;
}
// Scalar types from narrow to wide: every integer is a number, and any of them can be sent as a string. Maps: a
// definition's `type` or `format` may be any text, `constructor` included.
const WIDTH = new Map([
    ['integer', 1],
    ['number', 2],
    ['string', 3],
]);
const WIDER_FORMATS = new Map([
    ['int32', 'int64'],
    ['float', 'double'],
]);
/** Whether a type (and format) change accepts a superset of values (`wider`), a subset (`narrower`), or neither. */
function typeWay(ta, fa, tb, fb) {
    if (ta && tb && ta !== tb) {
        const [x, y] = [WIDTH.get(ta) ?? (ta === 'boolean' ? 0 : -1), WIDTH.get(tb) ?? (tb === 'boolean' ? 0 : -1)];
        // boolean only widens to string.
        if (x < 0 || y < 0 || ((x === 0 || y === 0) && Math.max(x, y) !== 3))
            return undefined;
        return y > x ? 'wider' : 'narrower';
    }
    if (fa && fb)
        return WIDER_FORMATS.get(fa) === fb ? 'wider' : WIDER_FORMATS.get(fb) === fa ? 'narrower' : undefined;
    return undefined;
}
const lowerOr = (value, fallback) => (typeof value === 'string' ? value.toLowerCase() : fallback);
/**
 * What a saved flow sends without anyone touching it: the default of an input (for an internal one, the value
 * every flow sends), and the wire format of its saved values (`x-ms-url-encoding`, `collectionFormat`).
 */
function inputWire(a, ap, b, bp, field, out) {
    if (!(0,json/* sameJson */.Vk)(a.default, b.default)) {
        const value = (v) => (v === undefined ? 'none' : (shown(v) ?? 'a longer value'));
        const [from, to] = [value(a.default), value(b.default)];
        out.push({
            rule: isHidden(b) ? 'internal-default-changed' : 'default-changed',
            oldPointer: child(ap, 'default'),
            newPointer: child(bp, 'default'),
            field,
            say: (s) => `the default of ${s} changed from ${from} to ${to}`,
        });
    }
    // The platform's defaults: single URL encoding, comma-separated arrays.
    for (const [key, fallback] of [
        ['x-ms-url-encoding', 'single'],
        ['collectionFormat', 'csv'],
    ]) {
        const [x, y] = [lowerOr(a[key], fallback), lowerOr(b[key], fallback)];
        if (x === y)
            continue;
        out.push({
            rule: 'encoding-changed',
            oldPointer: child(ap, key),
            newPointer: child(bp, key),
            field,
            say: (s) => `${s} is sent differently: ${key} changed from ${x} to ${y}`,
        });
    }
}
function prefixed(deltas, prefix, out) {
    for (const d of deltas)
        out.push(prefix.length === 0 ? d : { ...d, field: [...prefix, ...d.field] });
}
/** Compares two schemas (following `$ref`s, merging `allOf`), recursing into properties and array items. */
function compareSchema(c, dir, a, b, depth = 0) {
    const x = deref(c.oldRoot, a.value, a.pointer);
    const y = deref(c.newRoot, b.value, b.pointer);
    if (c.clean?.(x.pointer, y.pointer))
        return [];
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
    // A property that joined or left `required` changed that list too: its change explains both.
    const requiredOf = (name) => A.required.has(name) === B.required.has(name)
        ? undefined
        : [{ oldPointer: child(A.pointer, 'required'), newPointer: child(B.pointer, 'required') }];
    for (const [name, pa] of A.properties) {
        const pb = B.properties.get(name);
        if (pb === undefined) {
            if (!isHidden(deref(c.oldRoot, pa.value, pa.pointer).value)) {
                out.push({
                    rule: dir === 'request' ? 'request-property-removed' : 'response-property-removed',
                    oldPointer: pa.pointer,
                    field: [name],
                    also: requiredOf(name),
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
                also: requiredOf(name),
                say: (s) => `${s} is now required`,
            });
        }
        else if (dir === 'request' && was && !is) {
            out.push({
                rule: 'parameter-made-optional',
                oldPointer: pa.pointer,
                newPointer: pb.pointer,
                field: [name],
                also: requiredOf(name),
                say: (s) => `${s} is now optional`,
            });
        }
        else if (dir === 'response' && was && !is) {
            out.push({
                rule: 'response-property-optional',
                oldPointer: pa.pointer,
                newPointer: pb.pointer,
                field: [name],
                also: requiredOf(name),
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
            also: requiredOf(name),
            say: (s) => (breaks ? `it now requires ${s}` : `${s} was added`),
        });
    }
    if (A.items && B.items)
        prefixed(compareSchema(c, dir, A.items, B.items, depth + 1), ['[]'], out);
    return out;
}

;// CONCATENATED MODULE: ./src/drift/catchAll.ts


// Changes whose pointers locate a whole operation rather than explain what differs inside it.
const LOCATES_ONLY = new Set(['operation-path-changed']);
// Document sections whose members are reported one by one (one definition, one path item...).
const BY_MEMBER = new Set(['definitions', 'parameters', 'responses', 'securityDefinitions', 'paths']);
const LISTED = 3;
/** Whether the pointer was claimed exactly, or one of its ancestors was. */
function covered(pointer, claims, exact) {
    if (pointer === undefined)
        return false;
    if (exact.has(pointer))
        return true;
    for (let p = pointer;; p = p.slice(0, p.lastIndexOf('/'))) {
        if (claims.has(p))
            return true;
        if (p === '')
            return false;
    }
}
function valueAt(root, pointer) {
    let node = root;
    for (const token of pointer.split('/').slice(1)) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[(0,definition_pointer/* unescapeToken */.ko)(token)];
    }
    return node;
}
function describe(d, oldRoot, newRoot) {
    if (d.oldPointer === undefined)
        return `${d.newPointer} added`;
    if (d.newPointer === undefined)
        return `${d.oldPointer} removed`;
    const [from, to] = [shown(valueAt(oldRoot, d.oldPointer)), shown(valueAt(newRoot, d.newPointer))];
    const where = d.oldPointer === d.newPointer ? d.newPointer : `${d.oldPointer} (now ${d.newPointer})`;
    return from !== undefined && to !== undefined ? `${where} changed from ${from} to ${to}` : `${where} changed`;
}
/** The section a document-level difference belongs to: `/info`, `/definitions/Cost`, `/paths/~1hooks`... */
function section(pointer) {
    const [, first, second] = pointer.split('/');
    return BY_MEMBER.has(first) && second !== undefined ? `/${first}/${second}` : `/${first ?? ''}`;
}
/**
 * The differences no rule claimed (a change claims what lies at or below its pointers), as one `definition-changed`
 * per operation or document section, naming the members.
 */
function unclaimed(differences, found, m, oldRoot, newRoot) {
    const [oldClaims, newClaims, oldExact, newExact] = [
        new Set(),
        new Set(),
        new Set(),
        new Set(),
    ];
    const claim = (c, exact = false) => {
        if (c.oldPointer !== undefined)
            (exact ? oldExact : oldClaims).add(c.oldPointer);
        if (c.newPointer !== undefined)
            (exact ? newExact : newClaims).add(c.newPointer);
    };
    for (const f of found) {
        claim(f, LOCATES_ONLY.has(f.rule));
        f.also?.forEach((c) => claim(c));
    }
    // A reference to an operation renamed together with it: the rename's own change explains it.
    const renames = [...m.renamed].some(([from, to]) => to !== undefined && to !== from);
    const followsRename = (d) => {
        if (!renames || d.oldPointer === undefined || d.newPointer === undefined)
            return false;
        const [from, to] = [valueAt(oldRoot, d.oldPointer), valueAt(newRoot, d.newPointer)];
        return typeof from === 'string' && from !== to && m.renamed.get(from) === to;
    };
    const pairs = new Map();
    for (const p of m.pairs) {
        pairs.set(`old ${p.old.pointer}`, p);
        pairs.set(`new ${p.new.pointer}`, p);
    }
    // The operation a pointer lies in: `/paths/{path}/{method}` is its first three tokens.
    const pairOf = (side, pointer) => {
        if (pointer === undefined)
            return undefined;
        let end = 0;
        for (let slashes = 0; slashes < 3 && end !== -1; slashes++)
            end = pointer.indexOf('/', end + 1);
        return pairs.get(`${side} ${end === -1 ? pointer : pointer.slice(0, end)}`);
    };
    const groups = new Map();
    for (const d of differences) {
        if (covered(d.oldPointer, oldClaims, oldExact) || covered(d.newPointer, newClaims, newExact))
            continue;
        if (followsRename(d))
            continue;
        const pair = pairOf('new', d.newPointer) ?? pairOf('old', d.oldPointer);
        const key = pair ? `op ${pair.new.pointer}` : `doc ${section((d.newPointer ?? d.oldPointer))}`;
        const group = groups.get(key) ?? { pair, items: [] };
        group.items.push(d);
        groups.set(key, group);
    }
    return [...groups.values()].map(({ pair, items }) => {
        const listed = items.slice(0, LISTED).map((d) => describe(d, oldRoot, newRoot));
        const more = items.length > LISTED ? ` and ${items.length - LISTED} more` : '';
        return {
            rule: 'definition-changed',
            old: pair?.old,
            new: pair?.new,
            oldPointer: items[0].oldPointer,
            newPointer: items[0].newPointer,
            text: `${listed.join('; ')}${more}`,
        };
    });
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
    const either = sa ?? sb;
    if (!either)
        return;
    const oldPointer = sa && (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', sa[0]);
    const newPointer = sb && (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', sb[0]);
    if (!sa || !sb) {
        const type = String(either[1].type);
        const text = sa ? `the ${type} security definition was removed` : `a ${type} security definition was added`;
        out.push({ rule: 'security-changed', oldPointer, newPointer, text });
        return;
    }
    const diffs = SECURITY_FIELDS.filter(([k]) => sa[1][k] !== sb[1][k]).map(([k, label]) => `${label} changed from ${String(sa[1][k] ?? 'none')} to ${String(sb[1][k] ?? 'none')}`);
    if (diffs.length > 0)
        out.push({ rule: 'security-changed', oldPointer, newPointer, text: diffs.join('; ') });
    else if (sa[1].type === 'oauth2')
        compareScopes(sa, sb, out);
}
function scopesOf(def) {
    return (0,definition_pointer/* isObject */.Gv)(def.scopes) ? Object.keys(def.scopes).sort() : [];
}
function compareScopes([na, a], [nb, b], out) {
    const before = scopesOf(a);
    const after = scopesOf(b);
    const gained = after.filter((x) => !before.includes(x));
    const lost = before.filter((x) => !after.includes(x));
    if (gained.length + lost.length === 0)
        return;
    const parts = [
        gained.length > 0 ? `gained ${gained.join(', ')}` : '',
        lost.length > 0 ? `lost ${lost.join(', ')}` : '',
    ].filter(Boolean);
    out.push({
        rule: 'oauth-scopes-changed',
        oldPointer: (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', na, 'scopes'),
        newPointer: (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', nb, 'scopes'),
        text: `the OAuth scopes ${parts.join(' and ')}; sign each connection in again to grant them`,
    });
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
        const [first, ...rest] = docs;
        const also = rest.map(({ oldPointer, newPointer }) => ({ oldPointer, newPointer }));
        out.push({ rule: 'documentation-changed', oldPointer: first.oldPointer, newPointer: first.newPointer, text, also });
    }
}

;// CONCATENATED MODULE: ./src/drift/structure.ts



/** Where a pair of operations differs: bits of Structure.changed. */
const AREA = {
    /** The operation's own members (operationId, route, summary, x-ms-*), besides its parameters and responses. */
    operation: 1,
    parameters: 2,
    responses: 4,
    /** Its path item's members besides operations and parameters (e.g. `x-ms-notification-content`). */
    item: 8,
};
const EVERY_AREA = AREA.operation | AREA.parameters | AREA.responses | AREA.item;
// Reusable sections: compared where they are used (through `$ref`), then by name for what no use reached.
const SECTIONS = ['definitions', 'parameters', 'responses'];
const OPERATION_KEYS = new Set(model/* HTTP_METHODS */.y);
const step = (parent, key) => ({ parent, key });
function spell(p) {
    if (typeof p === 'string')
        return p;
    return (p.spelt ??= child(spell(p.parent), p.key));
}
const CLEAN = 0;
const DIFFERS = 1;
// Compared while a cycle through it was open: what it found is recorded, but whether an operation reaching it
// later differs is unknown, so it counts as differing (the rules then run and decide).
const UNSURE = 2;
/**
 * The structural difference of two definitions, normalised: member order and formatting never count, operations
 * are paired as the rules pair them, parameters by location and name whether they sit on the path or the operation,
 * and a `$ref` counts as the value it points to (inlining a schema, or moving it to another name, changes nothing).
 * Every other member added, removed or changed is one Difference, each `$ref` target pair compared once.
 */
function structuralDiff(oldRoot, newRoot, m) {
    const out = [];
    // Comparisons made, by pointer pair: of whole values, and of path items' own members.
    const memo = new Map();
    const itemMemo = new Map();
    let cycles = 0;
    const a = (0,definition_pointer/* isObject */.Gv)(oldRoot) ? oldRoot : {};
    const b = (0,definition_pointer/* isObject */.Gv)(newRoot) ? newRoot : {};
    /** Compares two values at their pointers; returns whether anything differs. */
    const compare = (x, xp, y, yp) => {
        if (x === y)
            return false;
        const xr = (0,definition_pointer/* isObject */.Gv)(x) && typeof x.$ref === 'string';
        const yr = (0,definition_pointer/* isObject */.Gv)(y) && typeof y.$ref === 'string';
        if (xr || yr)
            return compareRefs(x, xp, y, yp, xr, yr);
        if ((0,definition_pointer/* isObject */.Gv)(x) && (0,definition_pointer/* isObject */.Gv)(y))
            return compareMembers(x, xp, y, yp, () => true);
        if (Array.isArray(x) && Array.isArray(y)) {
            let differs = false;
            const shared = Math.min(x.length, y.length);
            for (let i = 0; i < shared; i++) {
                const xv = x[i];
                const yv = y[i];
                if (xv !== yv && compare(xv, step(xp, i), yv, step(yp, i)))
                    differs = true;
            }
            for (let i = shared; i < x.length; i++)
                out.push({ oldPointer: child(spell(xp), i) });
            for (let i = shared; i < y.length; i++)
                out.push({ newPointer: child(spell(yp), i) });
            return differs || x.length !== y.length;
        }
        if (x === undefined)
            out.push({ newPointer: spell(yp) });
        else if (y === undefined)
            out.push({ oldPointer: spell(xp) });
        else
            out.push({ oldPointer: spell(xp), newPointer: spell(yp) });
        return true;
    };
    /** Compares the members `include` accepts; `differed` hears each key that differs. */
    const compareMembers = (x, xp, y, yp, include, differed) => {
        let differs = false;
        for (const key in x) {
            if (!include(key))
                continue;
            // Each value loaded once: a member read by a variable key is a lookup each time. A value found is y's own
            // unless it may come from Object.prototype (a function, or `__proto__`); undefined may be a member's value.
            const yv = y[key];
            const maybeMissing = yv === undefined || typeof yv === 'function' || key === '__proto__';
            if (maybeMissing && !Object.prototype.hasOwnProperty.call(y, key)) {
                out.push({ oldPointer: child(spell(xp), key) });
                differs = true;
                differed?.(key);
                continue;
            }
            const xv = x[key];
            if (xv !== yv && compare(xv, step(xp, key), yv, step(yp, key))) {
                differs = true;
                differed?.(key);
            }
        }
        for (const key in y) {
            if (include(key) && !Object.prototype.hasOwnProperty.call(x, key)) {
                out.push({ newPointer: child(spell(yp), key) });
                differs = true;
                differed?.(key);
            }
        }
        return differs;
    };
    /**
     * Compares once per pair of locations: shared definitions and parameters are reached from many operations.
     * `extras` compares only the members of a path item besides its operations and parameters.
     */
    const compareOnce = (x, xp, y, yp, extras = false) => {
        // By old pointer, then new pointer: no key is built, and a pointer's hash is kept with the string.
        const byOld = extras ? itemMemo : memo;
        const xs = spell(xp);
        const ys = spell(yp);
        let byNew = byOld.get(xs);
        if (!byNew)
            byOld.set(xs, (byNew = new Map()));
        const known = byNew.get(ys);
        if (known === DIFFERS || known === UNSURE)
            return true;
        if (known !== undefined) {
            // Open: a cycle. Whatever differs is found by the comparison already under way.
            if (known < 0)
                cycles++;
            return false;
        }
        byNew.set(ys, -1);
        const before = cycles;
        const differs = extras ? compareMembers(x, xp, y, yp, isExtra) : compare(x, xp, y, yp);
        byNew.set(ys, differs ? DIFFERS : cycles > before ? UNSURE : CLEAN);
        return differs;
    };
    /** Members beside a `$ref` (Swagger ignores them, the export keeps them). */
    const besideRefs = (x, xp, y, yp) => {
        const isRef = (v) => (0,definition_pointer/* isObject */.Gv)(v) && typeof v.$ref === 'string';
        const beside = (k) => k !== '$ref';
        if (isRef(x) && isRef(y))
            return compareMembers(x, xp, y, yp, beside);
        if (isRef(x))
            return compareMembers(x, xp, {}, yp, beside);
        if (isRef(y))
            return compareMembers({}, xp, y, yp, beside);
        return false;
    };
    const compareRefs = (x, xp, y, yp, xr, yr) => {
        // Where a side is no `$ref`, its value is where it is; a `$ref` that resolves is compared at its target.
        const resolve = (root, v, p, r) => r ? deref(root, v, '') : { value: v, pointer: p };
        const tx = resolve(oldRoot, x, xp, xr);
        const ty = resolve(newRoot, y, yp, yr);
        let differs = besideRefs(x, xp, y, yp);
        if (tx.value === undefined || ty.value === undefined) {
            // A `$ref` that resolves to nothing here (external, dangling): the reference text itself is the content.
            if (xr && yr && x.$ref === y.$ref && tx.value === ty.value)
                return differs;
            // Where each side's value really is: a definition gone (or back) is named, not only the reference to it.
            const at = (t, r, p) => t.value !== undefined ? spell(t.pointer) : r ? child(spell(p), '$ref') : spell(p);
            out.push({ oldPointer: at(tx, xr, xp), newPointer: at(ty, yr, yp) });
            return true;
        }
        if (compareOnce(tx.value, tx.pointer, ty.value, ty.pointer))
            differs = true;
        return differs;
    };
    // The document, outside the paths, the reusable sections and the security definitions.
    const apart = new Set(['paths', 'securityDefinitions', ...SECTIONS]);
    compareMembers(a, '', b, '', (k) => !apart.has(k));
    compareSecurity(a.securityDefinitions, b.securityDefinitions);
    /** The platform uses the first security definition, whatever its name: the first ones pair, the rest by name. */
    function compareSecurity(x, y) {
        const base = '/securityDefinitions';
        const first = (defs) => Object.keys(defs).find((k) => (0,definition_pointer/* isObject */.Gv)(defs[k]));
        if (!(0,definition_pointer/* isObject */.Gv)(x) || !(0,definition_pointer/* isObject */.Gv)(y)) {
            compare(x, base, y, base);
            return;
        }
        const [fx, fy] = [first(x), first(y)];
        if (fx === undefined || fy === undefined || fx === fy) {
            compareMembers(x, base, y, base, () => true);
            return;
        }
        compare(x[fx], child(base, fx), y[fy], child(base, fy));
        compareMembers(x, base, y, base, (k) => k !== fx && k !== fy);
    }
    /** Parameter entries that are no parameter (a string, a dangling `$ref`): the same ones, or a difference each. */
    function compareStrays(o, n) {
        const strays = (root, op) => [
            ...strayParameters(root, op.item.parameters, child(op.itemPointer, 'parameters')),
            ...strayParameters(root, op.value.parameters, child(op.pointer, 'parameters')),
        ];
        const [sa, sb] = [strays(oldRoot, o), strays(newRoot, n)];
        if (sa.length + sb.length === 0)
            return false;
        const text = (s) => JSON.stringify(s.value);
        const [ta, tb] = [new Set(sa.map(text)), new Set(sb.map(text))];
        const gone = sa.filter((s) => !tb.has(text(s)));
        const added = sb.filter((s) => !ta.has(text(s)));
        for (const s of gone)
            out.push({ oldPointer: s.pointer });
        for (const s of added)
            out.push({ newPointer: s.pointer });
        return gone.length + added.length > 0;
    }
    // Operations, as the rules pair them; path-level parameters merged into each.
    const changed = m.pairs.map(({ old: o, new: n }) => {
        let areas = o.operationId !== n.operationId || o.url !== n.url ? AREA.operation : 0;
        // Moved to another path or method: the operation itself is where it differs (unless the basePath moved the
        // other way, leaving the URL as it was: the basePath's own difference tells that).
        if (o.method !== n.method || (o.path !== n.path && o.url !== n.url)) {
            out.push({ oldPointer: o.pointer, newPointer: n.pointer });
            areas |= AREA.operation;
        }
        const member = (key) => (areas |= key === 'responses' ? AREA.responses : AREA.operation);
        compareMembers(o.value, o.pointer, n.value, n.pointer, (k) => k !== 'parameters', member);
        const p = pairParameters(o.parameters, n.parameters);
        for (const pa of p.removed)
            out.push({ oldPointer: pa.pointer });
        for (const pb of p.added)
            out.push({ newPointer: pb.pointer });
        let parameters = p.removed.length + p.added.length > 0;
        for (const [pa, pb] of p.pairs) {
            if (compareOnce(pa.value, pa.pointer, pb.value, pb.pointer))
                parameters = true;
            if (besideRefs(pa.entry, pa.entryPointer, pb.entry, pb.entryPointer))
                parameters = true;
        }
        if (compareStrays(o, n))
            parameters = true;
        // Lists that give no parameter on either side (`[]`, or absent) still differ as written.
        const given = (v) => Array.isArray(v) && v.length > 0;
        for (const [x, xp, y, yp] of [
            [o.value.parameters, o.pointer, n.value.parameters, n.pointer],
            [o.item.parameters, o.itemPointer, n.item.parameters, n.itemPointer],
        ]) {
            if (!given(x) && !given(y) && compareOnce(x, child(xp, 'parameters'), y, child(yp, 'parameters'))) {
                parameters = true;
            }
        }
        if (parameters)
            areas |= AREA.parameters;
        if (compareOnce(o.item, o.itemPointer, n.item, n.itemPointer, true))
            areas |= AREA.item;
        return areas;
    });
    for (const op of m.removed)
        out.push({ oldPointer: op.pointer });
    // A path member that is no path item at all (not an object): compared by path.
    const paths = (root) => ((0,definition_pointer/* isObject */.Gv)(root.paths) ? root.paths : {});
    const [pathsA, pathsB] = [paths(a), paths(b)];
    for (const key of new Set([...Object.keys(pathsA), ...Object.keys(pathsB)])) {
        const [x, y] = [pathsA[key], pathsB[key]];
        if ((0,definition_pointer/* isObject */.Gv)(x) && (0,definition_pointer/* isObject */.Gv)(y))
            continue;
        if (!(0,definition_pointer/* isObject */.Gv)(x) && !(0,definition_pointer/* isObject */.Gv)(y))
            compare(x, child('/paths', key), y, child('/paths', key));
        else if (!(0,definition_pointer/* isObject */.Gv)(x) && x !== undefined)
            out.push({ oldPointer: child('/paths', key) });
        else if (!(0,definition_pointer/* isObject */.Gv)(y) && y !== undefined)
            out.push({ newPointer: child('/paths', key) });
    }
    for (const op of m.added)
        out.push({ newPointer: op.pointer });
    comparePathItems(a, b, m, out, compareOnce);
    // What no `$ref` reached: reusable members by name. One referenced on its side only was renamed or dropped
    // together with its uses, which were compared where they are.
    for (const section of SECTIONS) {
        const sa = a[section];
        const sb = b[section];
        const base = `/${section}`;
        if (!(0,definition_pointer/* isObject */.Gv)(sa) || !(0,definition_pointer/* isObject */.Gv)(sb)) {
            if (sa !== undefined || sb !== undefined)
                compare(sa, base, sb, base);
            continue;
        }
        for (const name in sa) {
            const pointer = (0,definition_pointer/* childPointer */.Y2)(base, name);
            if (Object.prototype.hasOwnProperty.call(sb, name))
                compareOnce(sa[name], pointer, sb[name], pointer);
            else if (!referenced(oldRoot).has(pointer))
                out.push({ oldPointer: pointer });
        }
        for (const name in sb) {
            const pointer = (0,definition_pointer/* childPointer */.Y2)(base, name);
            if (!Object.prototype.hasOwnProperty.call(sa, name) && !referenced(newRoot).has(pointer)) {
                out.push({ newPointer: pointer });
            }
        }
    }
    return { differences: out, changed, clean: (x, y) => memo.get(x)?.get(y) === CLEAN };
}
/** A path item's own members: neither one of its operations nor the parameters merged into them. */
const isExtra = (key) => !OPERATION_KEYS.has(key) && key !== 'parameters';
/**
 * Path items hold members besides their operations (`x-ms-notification-content`, `summary`...): compared between
 * the items whose operations were paired (so a renamed path is no change), else by path.
 */
function comparePathItems(a, b, m, out, compareOnce) {
    const extras = (item) => Object.keys(item).filter(isExtra);
    const paired = new Map();
    const used = new Set();
    for (const { old: o, new: n } of m.pairs) {
        if (!paired.has(o.itemPointer) && !used.has(n.itemPointer)) {
            paired.set(o.itemPointer, n);
            used.add(n.itemPointer);
        }
    }
    const items = (root) => {
        const found = new Map();
        if (!(0,definition_pointer/* isObject */.Gv)(root.paths))
            return found;
        for (const [path, raw] of Object.entries(root.paths)) {
            const item = deref(root, raw, child('/paths', path));
            if ((0,definition_pointer/* isObject */.Gv)(item.value))
                found.set(item.pointer, item.value);
        }
        return found;
    };
    const before = items(a);
    const after = items(b);
    for (const [pointer, item] of before) {
        const partner = paired.get(pointer);
        const other = partner ? partner.itemPointer : after.has(pointer) && !used.has(pointer) ? pointer : undefined;
        if (other === undefined) {
            for (const key of extras(item))
                out.push({ oldPointer: child(pointer, key) });
            continue;
        }
        used.add(other);
        // Already compared when an operation pair reached it.
        compareOnce(item, pointer, after.get(other), other, true);
    }
    for (const [pointer, item] of after) {
        if (!used.has(pointer))
            for (const key of extras(item))
                out.push({ newPointer: child(pointer, key) });
    }
}
// Every internal `$ref` target of a document, found once per document.
const structure_targets = new WeakMap();
function referenced(root) {
    if (!(0,definition_pointer/* isObject */.Gv)(root))
        return new Set();
    const known = structure_targets.get(root);
    if (known)
        return known;
    const found = new Set();
    forEachObject(root, (node) => {
        if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
            const tokens = (0,definition_pointer/* parsePointer */.vp)(node.$ref);
            if (tokens)
                found.add((0,definition_pointer/* toPointer */.rb)(tokens));
        }
    });
    structure_targets.set(root, found);
    return found;
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
// A Map: `in` may be any text of the definition, `constructor` included.
const WHERE = new Map([
    ['query', 'query parameter'],
    ['header', 'header'],
    ['path', 'path parameter'],
    ['formData', 'form field'],
]);
function fieldText(field) {
    return field.reduce((s, t) => (t === '[]' ? `${s}[]` : s === '' ? t : `${s}.${t}`), '');
}
function paramSubject(p) {
    if (p.in === 'body' && p.named) {
        return (f) => f.length === 0 ? `the request body '${p.name}'` : `the request property '${fieldText(f)}' of body '${p.name}'`;
    }
    if (p.in === 'body')
        return (f) => (f.length === 0 ? 'the request body' : `the request property '${fieldText(f)}'`);
    return (f) => `the ${WHERE.get(p.in) ?? `${p.in} parameter`} '${fieldText([p.name, ...f])}'`;
}
function isRequired(p) {
    return p.required === true && !isFilledByConnector(p);
}
const SUCCESS = /^(2\d\d|2xx|default)$/i;
/**
 * Compares one matched pair of operations; pushes what it finds. `areas` (bits of AREA) says where the structural
 * diff found them to differ: the rules on parameters, responses and trigger outputs run only there, since equal
 * content gives them nothing to report (what they read elsewhere, a renamed dynamic target or the document's media
 * types, makes the caller pass every area). The operation's own members are always compared, which is cheap.
 */
function compareOperation(c, o, n, byId, out, areas) {
    const found = (rule, oldPointer, newPointer, text, also) => out.push({ rule, old: o, new: n, oldPointer, newPointer, text, ...(also && { also }) });
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
            out.push({
                rule,
                old: o,
                new: n,
                oldPointer: d.oldPointer,
                newPointer: d.newPointer,
                text: d.say(subject(d.field)),
                also: d.also,
            });
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
            // The list the operation inherits from the document is where the types went.
            const where = (op, pointer) => (Array.isArray(op[key]) ? child(pointer, key) : `/${key}`);
            found('media-type-narrowed', where(a, o.pointer), where(b, n.pointer), `it no longer ${key} ${gone.join(', ')}`);
        }
    }
    const docs = [];
    compareDocs(a, o.pointer, b, n.pointer, docs, ['summary', 'description']);
    deltas(docs, () => '');
    if ((areas & AREA.parameters) !== 0)
        compareParameters(c, o, n, found, deltas);
    if ((areas & AREA.responses) !== 0)
        compareResponses(c, o, n, found, deltas);
    if ((areas & AREA.item) !== 0 && isTrigger(o) && isTrigger(n))
        compareNotification(c, o, n, found, deltas);
    const [first, ...rest] = wording.values();
    if (first) {
        out.push({
            rule: 'documentation-changed',
            old: o,
            new: n,
            oldPointer: first.oldPointer,
            newPointer: first.newPointer,
            text: wordingText([first, ...rest].map((d) => d.say(''))),
            also: rest.map(({ oldPointer, newPointer }) => ({ oldPointer, newPointer })),
        });
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
    const p = pairParameters(o.parameters, n.parameters);
    const moved = new Set();
    // A moved parameter is still compared with itself: what else changed in it is reported by its own rule.
    const pairs = [...p.pairs];
    for (const pa of p.removed) {
        const target = pa.in === 'body' ? undefined : p.added.find((q) => q.name === pa.name && q.in !== 'body' && !moved.has(q));
        if (target) {
            moved.add(target);
            pairs.push([pa, target]);
            // The structural diff sees one parameter removed and another added: the move explains both.
            found('parameter-location-changed', child(pa.pointer, 'in'), child(target.pointer, 'in'), `the parameter '${pa.name}' moved from ${pa.in} to ${target.in}`, [{ oldPointer: pa.pointer, newPointer: target.pointer }]);
        }
        else if (!isHidden(pa.value)) {
            found('parameter-removed', pa.pointer, undefined, `${paramSubject(pa)([])} was removed`);
        }
    }
    for (const [pa, pb] of pairs) {
        if (c.clean?.(pa.pointer, pb.pointer))
            continue;
        const subject = paramSubject(pb);
        if (pa.value.required !== true && isRequired(pb.value)) {
            found('parameter-made-required', child(pa.pointer, 'required'), child(pb.pointer, 'required'), `${subject([])} is now required`);
        }
        else if (pa.value.required === true && pb.value.required !== true) {
            found('parameter-made-optional', child(pa.pointer, 'required'), child(pb.pointer, 'required'), `${subject([])} is now optional`);
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
    for (const pb of p.added) {
        if (moved.has(pb))
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
        compareResponse(c, { name: `${code} response`, property: 'response property' }, ra, rb, found, deltas);
    }
}
const NOTIFICATION = 'x-ms-notification-content';
/**
 * A webhook trigger's outputs are the notification its backend posts, described by `x-ms-notification-content` on
 * the trigger's path item: flows use them as dynamic content exactly like a response's.
 */
function compareNotification(c, o, n, found, deltas) {
    const at = (op) => {
        const r = deref(op === o ? c.oldRoot : c.newRoot, op.item[NOTIFICATION], child(op.itemPointer, NOTIFICATION));
        return (0,definition_pointer/* isObject */.Gv)(r.value) ? { value: r.value, pointer: r.pointer } : undefined;
    };
    const [ra, rb] = [at(o), at(n)];
    const naming = { name: `notification content (${NOTIFICATION})`, property: 'trigger output' };
    if (ra)
        compareResponse(c, naming, ra, rb, found, deltas);
    else if (rb && hasOutputs(c.newRoot, rb.value.schema, child(rb.pointer, 'schema'))) {
        found('response-schema-added', undefined, rb.pointer, `its ${naming.name} was added: new trigger outputs`);
    }
}
function compareResponse(c, naming, ra, rb, found, deltas) {
    const outputs = hasOutputs(c.oldRoot, ra.value.schema, child(ra.pointer, 'schema'));
    if (rb === undefined) {
        if (outputs)
            found('response-removed', ra.pointer, undefined, `its ${naming.name} was removed`);
        return;
    }
    const list = [];
    compareDocs(ra.value, ra.pointer, rb.value, rb.pointer, list, ['description', 'x-ms-summary']);
    const schema = (r) => ({ value: r.value.schema, pointer: child(r.pointer, 'schema') });
    if (outputs && rb.value.schema === undefined) {
        found('response-type-changed', child(ra.pointer, 'schema'), rb.pointer, `its ${naming.name} no longer has a body`);
    }
    else if (ra.value.schema !== undefined) {
        // A body that offered nothing cannot break by changing type; what it gains is still worth reporting.
        const changes = compareSchema(c, 'response', schema(ra), schema(rb));
        list.push(...(outputs ? changes : changes.filter((d) => d.rule !== 'type-changed' || d.field.length > 0)));
    }
    else if (hasOutputs(c.newRoot, rb.value.schema, child(rb.pointer, 'schema'))) {
        found('response-schema-added', undefined, child(rb.pointer, 'schema'), `its ${naming.name} now has a body`);
    }
    const subject = (f) => (f.length === 0 ? `the ${naming.name}` : `the ${naming.property} '${fieldText(f)}'`);
    deltas(list, subject, true);
}
function describeOperation(op) {
    return `${isTrigger(op) ? 'trigger' : 'action'} '${actionName(op)}'`;
}

// EXTERNAL MODULE: ./src/drift/rules.ts
var rules = __webpack_require__(60556);
// EXTERNAL MODULE: ./src/drift/verdict.ts
var verdict = __webpack_require__(20754);
;// CONCATENATED MODULE: ./src/drift/index.ts











const RANK = { breaking: 0, warning: 1, info: 2 };
// Changes of the whole connector, phrased for every connection rather than one action.
const DOCUMENT_LEADS = {
    'security-changed': 'Every connection of this connector must be created again',
    'base-path-changed': 'Every action now calls another backend URL',
    'host-changed': 'Every action now calls another host',
    'documentation-changed': 'The connector reads differently',
    'oauth-scopes-changed': 'Existing connections keep their old consent',
    'definition-changed': 'The definition differs from the last export where no drift rule looks',
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
        case 'definition-changed':
            return `The ${noun} differs from the last export where no drift rule looks: ${f.text}.`;
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
 *
 * Complete by construction: the structural difference of the two documents comes first; the rules then explain
 * what they understand, and every difference no rule claimed is still reported (`definition-changed`). So there is
 * a change exactly when the exported copy would differ in content.
 */
function diffDefinitions(oldDoc, newDoc, options = {}) {
    const m = matchOperations(oldDoc.value, newDoc.value);
    const structure = structuralDiff(oldDoc.value, newDoc.value, m);
    if (structure.differences.length === 0)
        return [];
    // The rules look only where something differs; a renamed or removed operation may break a dynamic reference in
    // any other operation (when one names it), and the media types the document declares apply to every operation.
    const media = (root) => ((0,definition_pointer/* isObject */.Gv)(root) ? [root.consumes, root.produces] : []);
    const gone = [...m.renamed].filter(([id, to]) => id !== to).map(([id]) => id);
    const called = gone.length > 0 ? dynamicTargets(oldDoc.value) : undefined;
    const everywhere = (called !== undefined && gone.some((id) => called.has(id))) || !(0,json/* sameJson */.Vk)(media(oldDoc.value), media(newDoc.value));
    const c = {
        oldRoot: oldDoc.value,
        newRoot: newDoc.value,
        renamed: m.renamed,
        memo: new Map(),
        active: new Set(),
        ...(everywhere ? {} : { clean: structure.clean }),
    };
    const found = [];
    const routesMoved = m.pairs.length === 0 || m.pairs.some((p) => p.old.route !== p.new.route);
    compareDocument(oldDoc.value, newDoc.value, routesMoved, found);
    for (const op of m.removed) {
        found.push({ rule: 'operation-removed', old: op, oldPointer: op.pointer, text: 'it was removed' });
    }
    m.pairs.forEach((p, i) => {
        const areas = everywhere ? EVERY_AREA : structure.changed[i];
        if (areas !== 0)
            compareOperation(c, p.old, p.new, p.byId, found, areas);
    });
    for (const op of m.added)
        found.push({ rule: 'operation-added', new: op, newPointer: op.pointer, text: '' });
    found.push(...unclaimed(structure.differences, found, m, oldDoc.value, newDoc.value));
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
/** Every operationId an `x-ms-dynamic-*` extension anywhere in the document calls. */
function dynamicTargets(root) {
    const found = new Set();
    forEachObject(root, (node) => {
        for (const ext of DYNAMIC)
            for (const id of targetsOf(node[ext]))
                found.add(id);
    });
    return found;
}


/***/ })

};
