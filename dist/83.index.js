export const id = 83;
export const ids = [83];
export const modules = {

/***/ 25083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  convertOpenApi3: () => (/* binding */ convertOpenApi3)
});

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/definition/pointer.ts
var definition_pointer = __webpack_require__(57060);
// EXTERNAL MODULE: ./src/definition/json.ts
var json = __webpack_require__(54783);
;// CONCATENATED MODULE: ./src/openapi3/context.ts


/** State shared by every step of one conversion. Pointers in findings always name the SOURCE document. */
class Context {
    root;
    findings = [];
    lineOf;
    /** A shared component is converted once per use; report each problem once. */
    reported = new Set();
    constructor(source) {
        this.lineOf = source.lineOf;
        this.root = (0,definition_pointer/* isObject */.Gv)(source.value) ? this.acyclic(source.value, [], new Set()) : {};
    }
    /**
     * A copy without object cycles (YAML aliases can point at an ancestor), so every later walk terminates:
     * the looping alias becomes an empty object, with an error finding.
     */
    acyclic(value, path, ancestors) {
        if (value === null || typeof value !== 'object')
            return value;
        if (ancestors.has(value)) {
            this.report('oas3-cyclic-alias', 'error', (0,definition_pointer/* toPointer */.rb)(path), 'This YAML alias contains itself, which JSON cannot express; it is replaced by an empty object.');
            return {};
        }
        ancestors.add(value);
        let out;
        // The path is built only when a cycle is reported: this walk visits every node of large documents.
        const step = (k, v) => {
            path.push(k);
            const copied = this.acyclic(v, path, ancestors);
            path.pop();
            return copied;
        };
        if (Array.isArray(value))
            out = value.map((v, i) => step(i, v));
        else
            out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, step(k, v)]));
        ancestors.delete(value);
        return out;
    }
    report(rule, level, pointer, message) {
        const key = `${rule} ${pointer}`;
        if (this.reported.has(key))
            return;
        this.reported.add(key);
        const line = this.lineOf?.(pointer);
        this.findings.push(line === undefined ? { rule, level, message, pointer } : { rule, level, message, pointer, line });
    }
    /**
     * Follows internal `$ref`s until a non-reference (or an unresolvable one). Returns the target and its pointer;
     * a loop or a dangling reference returns the last reference object itself.
     */
    resolve(node, pointer) {
        const seen = new Set();
        while ((0,definition_pointer/* isObject */.Gv)(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#') && !seen.has(node.$ref)) {
            seen.add(node.$ref);
            const target = (0,definition_pointer/* getAt */.sM)(this.root, node.$ref);
            if (target === undefined)
                break;
            pointer = refPointer(node.$ref);
            node = target;
        }
        return { node, pointer };
    }
}
/** The pointer an internal `$ref` names, in the canonical form findings use (`%7B` decoded, `~1` kept). */
function refPointer(ref) {
    return (0,definition_pointer/* toPointer */.rb)((0,definition_pointer/* parsePointer */.vp)(ref) ?? []);
}
/** The component kinds whose references keep a 2.0 equivalent. */
const REF_MAP = {
    '#/components/schemas/': '#/definitions/',
    '#/components/parameters/': '#/parameters/',
    '#/components/responses/': '#/responses/',
};
/**
 * The 2.0 reference for a 3.x one to a whole schema/parameter/response component, or undefined when the target
 * has no 2.0 home (deeper pointers, other component kinds, paths) and must be inlined instead.
 */
function mapRef(ref) {
    for (const [from, to] of Object.entries(REF_MAP)) {
        if (ref.startsWith(from) && !ref.slice(from.length).includes('/'))
            return to + ref.slice(from.length);
    }
    return undefined;
}
/**
 * A copy of an `x-` extension value with component references rewritten, so the 2.0 document has no dangling
 * `#/components/...` pointer (tools resolve `$ref`s inside extensions too).
 */
function rewriteExtension(ctx, value, pointer) {
    if (Array.isArray(value))
        return value.map((v, i) => rewriteExtension(ctx, v, (0,definition_pointer/* childPointer */.Y2)(pointer, i)));
    if (!(0,definition_pointer/* isObject */.Gv)(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) {
            const mapped = mapRef(v);
            if (mapped === undefined) {
                ctx.report('oas3-ref-unsupported', 'warning', pointer, `Extension reference '${v}' has no Swagger 2.0 equivalent and is kept as is; it will not resolve.`);
            }
            (0,json/* setMember */.Nk)(out, k, mapped ?? v);
        }
        else {
            (0,json/* setMember */.Nk)(out, k, rewriteExtension(ctx, v, (0,definition_pointer/* childPointer */.Y2)(pointer, k)));
        }
    }
    return out;
}
/** Copies `x-` extensions (except those named in `consumed`) from a 3.x object onto its 2.0 counterpart. */
function copyExtensions(ctx, from, to, pointer, consumed = []) {
    for (const [k, v] of Object.entries(from)) {
        if (k.startsWith('x-') && !consumed.includes(k))
            to[k] = rewriteExtension(ctx, v, (0,definition_pointer/* childPointer */.Y2)(pointer, k));
    }
}
/** True for media types whose body is JSON (the form the platform handles best). */
function isJsonMediaType(mediaType) {
    return /^(application|text)\/([^;]+\+)?json\b/i.test(mediaType) || mediaType.startsWith('*/*');
}
/** The media type to take a schema from: JSON first, else the first listed. */
function preferredMediaType(types) {
    return types.find(isJsonMediaType) ?? types[0];
}
/**
 * An example value with every internal `$ref` inside it replaced by its target (an Example component by its
 * `value`): some generators reference examples from within example data, and 2.0 has nowhere for them to point.
 * External and looping references are left out: tools would try to load them, and example data is only a sample.
 */
function exampleValue(ctx, value, inlining = []) {
    if (Array.isArray(value))
        return value.map((v) => exampleValue(ctx, v, inlining));
    if (!(0,definition_pointer/* isObject */.Gv)(value))
        return value;
    const ref = value.$ref;
    if (typeof ref === 'string') {
        if (!ref.startsWith('#') || inlining.includes(ref))
            return undefined;
        const target = (0,definition_pointer/* getAt */.sM)(ctx.root, ref);
        const inner = ref.startsWith('#/components/examples/') && (0,definition_pointer/* isObject */.Gv)(target) ? target.value : target;
        return exampleValue(ctx, inner, [...inlining, ref]);
    }
    return Object.fromEntries(Object.entries(value)
        .map(([k, v]) => [k, exampleValue(ctx, v, inlining)])
        .filter(([, v]) => v !== undefined));
}
/** The `example` of a parameter or media type, else the value of the first of its `examples`. */
function firstExample(ctx, holder) {
    if (holder.example !== undefined)
        return exampleValue(ctx, holder.example);
    if (!(0,definition_pointer/* isObject */.Gv)(holder.examples))
        return undefined;
    const { node } = ctx.resolve(Object.values(holder.examples)[0], '');
    return (0,definition_pointer/* isObject */.Gv)(node) ? exampleValue(ctx, node.value) : undefined;
}

;// CONCATENATED MODULE: ./src/openapi3/schema.ts



/** Validation keywords with the same meaning in 3.x schemas and 2.0 schemas, parameters and headers. */
const CONSTRAINTS = [
    'format',
    'default',
    'multipleOf',
    'maximum',
    'minimum',
    'maxLength',
    'minLength',
    'pattern',
    'maxItems',
    'minItems',
    'uniqueItems',
    'enum',
];
/** Keywords whose meaning and shape are the same in a 2.0 schema. */
const SAME = [
    'title',
    'description',
    ...CONSTRAINTS,
    'maxProperties',
    'minProperties',
    'readOnly',
    'xml',
    'externalDocs',
];
/** Handled below, or metadata with no effect on the data. */
const HANDLED = new Set([
    ...SAME,
    'example',
    '$ref',
    'type',
    'nullable',
    'required',
    'items',
    'properties',
    'additionalProperties',
    'allOf',
    'oneOf',
    'anyOf',
    'not',
    'writeOnly',
    'discriminator',
    'const',
    'examples',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'contentEncoding',
    'contentMediaType',
    '$schema',
    '$id',
    '$comment',
    '$anchor',
]);
const STRUCTURAL = ['$ref', 'type', 'properties', 'items', 'allOf', 'additionalProperties', 'enum'];
const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean']);
/**
 * Converts a 3.0/3.1 schema to a 2.0 one. References to schema components become `#/definitions/...` (so
 * recursive schemas stay references and conversion never loops); other internal references are inlined.
 * `inlining` holds the references being inlined, to stop on a reference cycle.
 */
function convertSchema(ctx, schema, pointer, inlining = []) {
    if (schema === true || schema === undefined)
        return {};
    if (!(0,definition_pointer/* isObject */.Gv)(schema)) {
        ctx.report('oas3-schema-invalid', 'warning', pointer, 'This schema is not an object; it is converted to an empty (any-value) schema.');
        return {};
    }
    const out = {};
    if (typeof schema.$ref === 'string') {
        const inlined = convertRef(ctx, schema.$ref, pointer, inlining, out);
        if (inlined)
            return Object.assign(inlined, annotations(ctx, schema, pointer));
    }
    for (const key of SAME)
        if (schema[key] !== undefined)
            out[key] = schema[key];
    if (schema.example !== undefined)
        out.example = exampleValue(ctx, schema.example);
    convertType(ctx, schema, pointer, out);
    if (schema.nullable === true)
        out['x-nullable'] = true;
    // 2.0 (draft 4) wants a non-empty list of unique names; an empty one (valid in 3.1) says nothing anyway.
    if (Array.isArray(schema.required) && schema.required.length > 0)
        out.required = [...new Set(schema.required)];
    if (schema.items !== undefined) {
        out.items = Array.isArray(schema.items)
            ? convertSchema(ctx, schema.items[0], (0,definition_pointer/* childPointer */.Y2)(pointer, 'items', 0), inlining)
            : convertSchema(ctx, schema.items, (0,definition_pointer/* childPointer */.Y2)(pointer, 'items'), inlining);
    }
    else if (out.type === 'array') {
        ctx.report('oas3-array-items-missing', 'warning', pointer, 'An array schema without `items` is given `items: {}` (any value), as Swagger 2.0 requires `items`.');
        out.items = {};
    }
    if ((0,definition_pointer/* isObject */.Gv)(schema.properties)) {
        const props = {};
        for (const [name, prop] of Object.entries(schema.properties)) {
            (0,json/* setMember */.Nk)(props, name, convertSchema(ctx, prop, (0,definition_pointer/* childPointer */.Y2)(pointer, 'properties', name), inlining));
        }
        out.properties = props;
    }
    if (typeof schema.additionalProperties === 'boolean')
        out.additionalProperties = schema.additionalProperties;
    else if (schema.additionalProperties !== undefined) {
        out.additionalProperties = convertSchema(ctx, schema.additionalProperties, (0,definition_pointer/* childPointer */.Y2)(pointer, 'additionalProperties'), inlining);
    }
    if (Array.isArray(schema.allOf)) {
        out.allOf = schema.allOf.map((s, i) => convertSchema(ctx, s, (0,definition_pointer/* childPointer */.Y2)(pointer, 'allOf', i), inlining));
    }
    convertBounds(schema, out);
    if (schema.const !== undefined)
        out.enum = [schema.const];
    if (Array.isArray(schema.examples) && schema.examples.length > 0 && out.example === undefined)
        out.example = schema.examples[0];
    if (out.type === 'string' && out.format === undefined) {
        if (schema.contentEncoding === 'base64')
            out.format = 'byte';
        else if (typeof schema.contentMediaType === 'string' && schema.contentEncoding === undefined)
            out.format = 'binary';
    }
    if (schema.not !== undefined) {
        ctx.report('oas3-schema-not-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'not'), 'Swagger 2.0 has no `not`; the restriction is dropped, so the platform accepts values the API may reject.');
    }
    if (schema.writeOnly === true) {
        ctx.report('oas3-schema-writeonly-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'writeOnly'), 'Swagger 2.0 has no `writeOnly`; the property also appears in responses (as dynamic content that stays empty).');
    }
    for (const key of ['oneOf', 'anyOf']) {
        if (Array.isArray(schema[key]))
            alternatives(ctx, schema[key], key, (0,definition_pointer/* childPointer */.Y2)(pointer, key), out, inlining);
    }
    if (schema.discriminator !== undefined)
        discriminator(ctx, schema.discriminator, (0,definition_pointer/* childPointer */.Y2)(pointer, 'discriminator'), out);
    dropUnknown(ctx, schema, pointer, HANDLED);
    copyExtensions(ctx, schema, out, pointer);
    return out;
}
/** Reports each keyword with no 2.0 equivalent (other than `x-` extensions and the `handled` ones). */
function dropUnknown(ctx, from, pointer, handled) {
    for (const [key, value] of Object.entries(from)) {
        if (handled.has(key) || key.startsWith('x-'))
            continue;
        if (key === 'deprecated' && value !== true)
            continue;
        ctx.report('oas3-keyword-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, key), `Swagger 2.0 has no \`${key}\` here; it is dropped.`);
    }
}
/** Annotations kept beside a `$ref` (2.0 tools ignore them but they document the use site). */
function annotations(ctx, schema, pointer) {
    const out = {};
    for (const key of ['description', 'title', 'readOnly', 'example', 'default'])
        if (schema[key] !== undefined)
            out[key] = schema[key];
    if (schema.nullable === true)
        out['x-nullable'] = true;
    copyExtensions(ctx, schema, out, pointer);
    return out;
}
/**
 * Sets `out.$ref` for a mappable reference and returns undefined; returns the converted target for one that must be
 * inlined (an empty schema, with a finding, when it cannot be).
 */
function convertRef(ctx, ref, pointer, inlining, out) {
    const mapped = ref.startsWith('#/components/schemas/') ? mapRef(ref) : undefined;
    if (mapped !== undefined) {
        out.$ref = mapped;
        return undefined;
    }
    if (!ref.startsWith('#')) {
        ctx.report('oas3-ref-external', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, '$ref'), `External reference '${ref}' is kept as is; the platform only accepts references inside the document, so bundle it first.`);
        out.$ref = ref;
        return undefined;
    }
    const target = (0,definition_pointer/* getAt */.sM)(ctx.root, ref);
    if (target === undefined || inlining.includes(ref)) {
        const why = target === undefined ? 'does not resolve' : 'refers to itself through inlined schemas';
        ctx.report('oas3-ref-unsupported', 'error', (0,definition_pointer/* childPointer */.Y2)(pointer, '$ref'), `Reference '${ref}' ${why}; it is replaced by an any-value schema.`);
        return {};
    }
    return convertSchema(ctx, target, refPointer(ref), [...inlining, ref]);
}
/** 3.1 type lists: `[x, "null"]` -> `x` + `x-nullable`; other lists lose their precision with a finding. */
function convertType(ctx, schema, pointer, out) {
    const types = Array.isArray(schema.type)
        ? schema.type.filter((t) => typeof t === 'string')
        : typeof schema.type === 'string'
            ? [schema.type]
            : [];
    const nonNull = types.filter((t) => t !== 'null');
    if (nonNull.length < types.length)
        out['x-nullable'] = true;
    if (nonNull.length === 1)
        out.type = nonNull[0];
    else if (nonNull.length > 1) {
        const numeric = nonNull.every((t) => t === 'number' || t === 'integer');
        if (numeric)
            out.type = 'number';
        ctx.report('oas3-schema-type-list', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'type'), `Swagger 2.0 allows one type; [${nonNull.join(', ')}] becomes ${numeric ? '`number`' : 'an any-value schema (no type)'}.`);
    }
}
/** 3.1 numeric `exclusiveMinimum`/`exclusiveMaximum` -> the 2.0 boolean form beside `minimum`/`maximum`. */
function convertBounds(schema, out) {
    for (const [exclusive, bound] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum'],
    ]) {
        const value = schema[exclusive];
        if (typeof value === 'number') {
            out[bound] = value;
            out[exclusive] = true;
        }
        else if (value === true && out[bound] !== undefined)
            out[exclusive] = true;
    }
}
function isNullSchema(s) {
    return (0,definition_pointer/* isObject */.Gv)(s) && (s.type === 'null' || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null));
}
/**
 * `oneOf`/`anyOf` -> the closest 2.0 form: null branches become `x-nullable`; a single remaining branch is merged in;
 * branches of one primitive type become that type; objects keep the first branch; mixed types become any-value.
 */
function alternatives(ctx, branches, key, pointer, out, inlining) {
    const kept = branches.map((b, i) => ({ b, i })).filter(({ b }) => !isNullSchema(b));
    if (kept.length < branches.length)
        out['x-nullable'] = true;
    if (kept.length === 0)
        return;
    if (kept.length === 1) {
        merge(out, convertSchema(ctx, kept[0].b, (0,definition_pointer/* childPointer */.Y2)(pointer, kept[0].i), inlining));
        return;
    }
    const resolved = kept.map(({ b, i }) => ctx.resolve(b, (0,definition_pointer/* childPointer */.Y2)(pointer, i)).node);
    const types = new Set(resolved.map((r) => ((0,definition_pointer/* isObject */.Gv)(r) ? (r.type ?? (r.properties ? 'object' : undefined)) : undefined)));
    const [only] = types;
    let outcome;
    if (types.size === 1 && typeof only === 'string' && PRIMITIVE_TYPES.has(only)) {
        const enums = resolved.map((r) => r.enum);
        merge(out, { type: only, ...(enums.every(Array.isArray) ? { enum: [...new Set(enums.flat())] } : {}) });
        outcome = `a single \`${only}\` schema`;
    }
    else if (types.size === 1 && only === 'object') {
        merge(out, convertSchema(ctx, kept[0].b, (0,definition_pointer/* childPointer */.Y2)(pointer, kept[0].i), inlining));
        outcome = 'its first branch';
    }
    else {
        outcome = 'an any-value schema';
    }
    ctx.report('oas3-schema-alternatives', 'warning', pointer, `Swagger 2.0 has no \`${key}\`; the ${kept.length} alternatives become ${outcome}.`);
}
/** Merges a converted branch into its parent: a lone reference stays a reference, otherwise the parent wins. */
function merge(out, branch) {
    if (typeof branch.$ref === 'string' && STRUCTURAL.some((k) => out[k] !== undefined)) {
        out.allOf = [...(out.allOf ?? []), branch];
        return;
    }
    for (const [k, v] of Object.entries(branch)) {
        if (k === 'properties' && (0,definition_pointer/* isObject */.Gv)(out.properties) && (0,definition_pointer/* isObject */.Gv)(v))
            out.properties = { ...v, ...out.properties };
        else if (k === 'required' && Array.isArray(out.required) && Array.isArray(v))
            out.required = [...new Set([...out.required, ...v])];
        else if (out[k] === undefined)
            out[k] = v;
    }
}
/** 3.x discriminator object -> 2.0 property name, which 2.0 requires to be a required property. */
function discriminator(ctx, value, pointer, out) {
    const name = (0,definition_pointer/* isObject */.Gv)(value) ? value.propertyName : value;
    if (typeof name !== 'string' || !(0,definition_pointer/* isObject */.Gv)(out.properties) || out.properties[name] === undefined) {
        ctx.report('oas3-discriminator-dropped', 'warning', pointer, 'The discriminator property is not declared in this schema, which Swagger 2.0 requires; the discriminator is dropped.');
        return;
    }
    out.discriminator = name;
    const required = Array.isArray(out.required) ? out.required : [];
    if (!required.includes(name))
        out.required = [...required, name];
    if ((0,definition_pointer/* isObject */.Gv)(value) && value.mapping !== undefined) {
        ctx.report('oas3-discriminator-mapping-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'mapping'), 'Swagger 2.0 has no discriminator `mapping`: the values must equal the definition names of the subtypes.');
    }
}
/** Keywords a 2.0 non-body parameter, header or items object accepts. */
const PRIMITIVE_KEYS = ['type', ...CONSTRAINTS, 'exclusiveMaximum', 'exclusiveMinimum'];
/**
 * Flattens a schema into the fields of a 2.0 parameter, header or `items` (which cannot hold a schema):
 * references are resolved, and anything but primitives and arrays of them becomes a string with a finding.
 */
function primitiveFields(ctx, schema, pointer, depth = 0) {
    const { node, pointer: at } = ctx.resolve(schema, pointer);
    let converted = convertSchema(ctx, node, at);
    // A lone allOf/oneOf branch or a `$ref` left by convertSchema names the real shape.
    for (let hops = 0; hops < 5 && converted.type === undefined; hops++) {
        const inner = Array.isArray(converted.allOf) && converted.allOf.length === 1 ? converted.allOf[0] : converted;
        const ref = (0,definition_pointer/* isObject */.Gv)(inner) && typeof inner.$ref === 'string'
            ? inner.$ref.replace('#/definitions/', '#/components/schemas/')
            : undefined;
        if (ref === undefined || !(0,definition_pointer/* isObject */.Gv)((0,definition_pointer/* getAt */.sM)(ctx.root, ref)))
            break;
        converted = {
            ...convertSchema(ctx, (0,definition_pointer/* getAt */.sM)(ctx.root, ref), refPointer(ref)),
            ...(converted['x-nullable'] ? { 'x-nullable': true } : {}),
        };
    }
    const out = {};
    for (const key of PRIMITIVE_KEYS)
        if (converted[key] !== undefined)
            out[key] = converted[key];
    copyExtensions(ctx, converted, out, at);
    if (out.type === 'array' && depth < 3) {
        out.items = primitiveFields(ctx, (0,definition_pointer/* isObject */.Gv)(node) ? node.items : undefined, (0,definition_pointer/* childPointer */.Y2)(at, 'items'), depth + 1);
    }
    else if (typeof out.type !== 'string' || !PRIMITIVE_TYPES.has(out.type)) {
        if (out.type !== undefined || Object.keys(converted).some((k) => STRUCTURAL.includes(k))) {
            ctx.report('oas3-parameter-complex-schema', 'warning', at, 'Swagger 2.0 parameters and headers hold only primitives and arrays of them; this value is sent as a string (serialise it yourself).');
        }
        for (const key of Object.keys(out))
            if (!key.startsWith('x-'))
                delete out[key];
        out.type = 'string';
    }
    return out;
}

;// CONCATENATED MODULE: ./src/openapi3/parameters.ts




const PARAMETER_KEYS = new Set([
    'name',
    'in',
    'description',
    'required',
    'schema',
    'content',
    'style',
    'explode',
    'example',
    'examples',
    'allowEmptyValue',
]);
/** `style`/`explode` -> 2.0 `collectionFormat` for an array parameter. */
function collectionFormat(ctx, param, location, pointer) {
    const style = typeof param.style === 'string' ? param.style : location === 'query' || location === 'formData' ? 'form' : 'simple';
    const explode = typeof param.explode === 'boolean' ? param.explode : style === 'form';
    switch (style) {
        case 'form':
            return explode ? 'multi' : 'csv';
        case 'spaceDelimited':
            return 'ssv';
        case 'pipeDelimited':
            return 'pipes';
        case 'simple':
            return 'csv';
        default:
            ctx.report('oas3-parameter-style', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'style'), `Swagger 2.0 has no \`style: ${style}\`; the array is sent comma-separated.`);
            return 'csv';
    }
}
/** Type fields of a parameter/header/form field, from its schema (or its first `content` entry). */
function typedFields(ctx, param, location, pointer) {
    if (param.schema === undefined && (0,definition_pointer/* isObject */.Gv)(param.content)) {
        const [mediaType] = Object.keys(param.content);
        ctx.report('oas3-parameter-content', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'content'), `Swagger 2.0 cannot describe a ${mediaType} value here; it is sent as a string the caller serialises.`);
        return { type: 'string' };
    }
    const fields = primitiveFields(ctx, param.schema, (0,definition_pointer/* childPointer */.Y2)(pointer, 'schema'));
    if (fields.type === 'array')
        fields.collectionFormat = collectionFormat(ctx, param, location, pointer);
    // 2.0 parameters have no example; `x-example` keeps it for readers.
    const example = firstExample(ctx, param);
    if (example !== undefined)
        fields['x-example'] = example;
    return fields;
}
/**
 * One 3.x parameter (not a reference) -> a 2.0 parameter, or undefined when 2.0 cannot carry it (cookies).
 */
function convertParameter(ctx, param, pointer) {
    if (!(0,definition_pointer/* isObject */.Gv)(param))
        return undefined;
    if (param.in === 'cookie') {
        ctx.report('oas3-cookie-parameter-dropped', 'warning', pointer, `Swagger 2.0 has no cookie parameters; '${String(param.name)}' is dropped, so calls go without it.`);
        return undefined;
    }
    const location = String(param.in);
    const out = { name: param.name, in: location };
    const description = param.description ?? ((0,definition_pointer/* isObject */.Gv)(param.schema) ? param.schema.description : undefined);
    if (description !== undefined)
        out.description = description;
    if (param.required === true || location === 'path')
        out.required = true;
    if (param.allowEmptyValue === true && location === 'query')
        out.allowEmptyValue = true;
    Object.assign(out, typedFields(ctx, param, location, pointer));
    dropUnknown(ctx, param, pointer, PARAMETER_KEYS);
    copyExtensions(ctx, param, out, pointer);
    return out;
}
/**
 * A parameter list: references to parameter components stay references (unless the component was dropped),
 * other references are inlined.
 */
function convertParameterList(ctx, list, pointer, components) {
    if (!Array.isArray(list))
        return [];
    const out = [];
    list.forEach((item, i) => {
        const at = (0,definition_pointer/* childPointer */.Y2)(pointer, i);
        const ref = (0,definition_pointer/* isObject */.Gv)(item) && typeof item.$ref === 'string' ? item.$ref : undefined;
        const mapped = ref === undefined ? undefined : mapRef(ref);
        if (mapped?.startsWith('#/parameters/')) {
            const name = (0,definition_pointer/* parsePointer */.vp)(mapped)?.[1];
            if (name !== undefined && components[name] !== undefined)
                out.push({ $ref: mapped });
            return;
        }
        const { node, pointer: target } = ctx.resolve(item, at);
        const converted = convertParameter(ctx, node, target);
        if (converted)
            out.push(converted);
    });
    return out;
}
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;
/** The body parameter's name: `x-bodyName`/`x-ms-body-name` on the body, or swagger2openapi's operation hint. */
const BODY_NAME_KEYS = ['x-bodyName', 'x-ms-body-name'];
const OPERATION_BODY_NAME_KEY = 'x-codegen-request-body-name';
/**
 * A requestBody -> a `body` parameter or `formData` parameters, plus the operation's `consumes`.
 */
function convertRequestBody(ctx, body, pointer, bodyName) {
    const { node, pointer: at } = ctx.resolve(body, pointer);
    if (!(0,definition_pointer/* isObject */.Gv)(node) || !(0,definition_pointer/* isObject */.Gv)(node.content))
        return { parameters: [], consumes: [] };
    const content = node.content;
    const consumes = Object.keys(content);
    const chosen = preferredMediaType(consumes.filter((t) => !FORM_TYPES.test(t))) ?? consumes[0];
    if (chosen === undefined)
        return { parameters: [], consumes };
    const mediaPointer = (0,definition_pointer/* childPointer */.Y2)(at, 'content', chosen);
    const media = (0,definition_pointer/* isObject */.Gv)(content[chosen]) ? content[chosen] : {};
    warnOtherSchemas(ctx, content, chosen, (0,definition_pointer/* childPointer */.Y2)(at, 'content'), 'request');
    dropUnknown(ctx, node, at, new Set(['content', 'description', 'required', ...BODY_NAME_KEYS]));
    if (FORM_TYPES.test(chosen)) {
        const fields = formParameters(ctx, media, mediaPointer);
        if (fields !== undefined) {
            for (const key of Object.keys(node).filter((k) => k.startsWith('x-') && !BODY_NAME_KEYS.includes(k))) {
                ctx.report('oas3-keyword-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(at, key), `A form body becomes one formData parameter per field, so \`${key}\` on the body has nowhere to go; set it on the fields instead.`);
            }
            return { parameters: fields, consumes };
        }
    }
    const schema = mediaSchema(ctx, chosen, media, mediaPointer) ?? {};
    const name = BODY_NAME_KEYS.map((k) => node[k]).find((v) => typeof v === 'string') ??
        (typeof bodyName === 'string' ? bodyName : 'body');
    const param = { name, in: 'body' };
    if (node.description !== undefined)
        param.description = node.description;
    if (node.required === true)
        param.required = true;
    param.schema = schema;
    copyExtensions(ctx, node, param, at, BODY_NAME_KEYS);
    return { parameters: [param], consumes };
}
/** Form bodies become one formData parameter per property; binary properties become files. */
function formParameters(ctx, media, pointer) {
    const { node: schema, pointer: at } = ctx.resolve(media.schema, (0,definition_pointer/* childPointer */.Y2)(pointer, 'schema'));
    const properties = {};
    const required = new Set();
    const places = new Map();
    // allOf parts of a form schema are flattened into one property list.
    const collect = (s, p) => {
        const { node, pointer: sp } = ctx.resolve(s, p);
        if (!(0,definition_pointer/* isObject */.Gv)(node))
            return;
        if (Array.isArray(node.required))
            for (const r of node.required)
                required.add(String(r));
        if ((0,definition_pointer/* isObject */.Gv)(node.properties)) {
            for (const [k, v] of Object.entries(node.properties)) {
                (0,json/* setMember */.Nk)(properties, k, v);
                places.set(k, (0,definition_pointer/* childPointer */.Y2)(sp, 'properties', k));
            }
        }
        if (Array.isArray(node.allOf))
            node.allOf.forEach((part, i) => collect(part, (0,definition_pointer/* childPointer */.Y2)(sp, 'allOf', i)));
    };
    collect(schema, at);
    if (Object.keys(properties).length === 0) {
        // Without known fields the form stays one body parameter, as hand-written 2.0 connectors do.
        ctx.report('oas3-form-body-without-properties', 'warning', at, 'This form body declares no properties, so it cannot become Swagger 2.0 formData parameters; it stays a single body parameter the caller fills in.');
        return undefined;
    }
    const encoding = (0,definition_pointer/* isObject */.Gv)(media.encoding) ? media.encoding : {};
    return Object.entries(properties).map(([name, prop]) => {
        const place = places.get(name);
        const { node: resolved } = ctx.resolve(prop, place);
        const out = { name, in: 'formData' };
        if ((0,definition_pointer/* isObject */.Gv)(resolved) && resolved.description !== undefined)
            out.description = resolved.description;
        if (required.has(name))
            out.required = true;
        if ((0,definition_pointer/* isObject */.Gv)(resolved) &&
            resolved.type === 'string' &&
            (resolved.format === 'binary' || resolved.format === 'base64' || resolved.contentMediaType !== undefined)) {
            out.type = 'file';
        }
        else {
            const fields = primitiveFields(ctx, prop, place);
            if (fields.type === 'array')
                fields.collectionFormat = collectionFormat(ctx, (0,definition_pointer/* isObject */.Gv)(encoding[name]) ? encoding[name] : {}, 'formData', place);
            Object.assign(out, fields);
        }
        return out;
    });
}
/**
 * The schema of one media type entry. Without a schema, a non-JSON body is text or binary (so makers get a
 * file or text field rather than an empty object); a JSON one stays undefined.
 */
function mediaSchema(ctx, mediaType, media, pointer) {
    if ((0,definition_pointer/* isObject */.Gv)(media) && media.schema !== undefined)
        return convertSchema(ctx, media.schema, (0,definition_pointer/* childPointer */.Y2)(pointer, 'schema'));
    if (isJsonMediaType(mediaType))
        return undefined;
    return /^text\//i.test(mediaType) ? { type: 'string' } : { type: 'string', format: 'binary' };
}
/** Only one schema per body survives; say so when the other media types described different ones. */
function warnOtherSchemas(ctx, content, chosen, pointer, what) {
    const chosenSchema = JSON.stringify((0,definition_pointer/* isObject */.Gv)(content[chosen]) ? content[chosen].schema : undefined);
    const differing = Object.keys(content).filter((t) => t !== chosen && JSON.stringify((0,definition_pointer/* isObject */.Gv)(content[t]) ? content[t].schema : undefined) !== chosenSchema);
    if (differing.length > 0) {
        ctx.report('oas3-media-type-schemas', 'warning', pointer, `Swagger 2.0 has one ${what} schema for all media types; the ${chosen} schema is used, the ones of ${differing.join(', ')} are dropped.`);
    }
}
/** Response headers (references to header components are inlined: 2.0 has no such components). */
function convertHeaders(ctx, headers, pointer) {
    if (!(0,definition_pointer/* isObject */.Gv)(headers))
        return undefined;
    const out = {};
    for (const [name, header] of Object.entries(headers)) {
        const { node, pointer: at } = ctx.resolve(header, (0,definition_pointer/* childPointer */.Y2)(pointer, name));
        if (!(0,definition_pointer/* isObject */.Gv)(node))
            continue;
        const converted = {};
        if (node.description !== undefined)
            converted.description = node.description;
        Object.assign(converted, typedFields(ctx, node, 'header', at));
        dropUnknown(ctx, node, at, PARAMETER_KEYS);
        copyExtensions(ctx, node, converted, at);
        out[name] = converted;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/openapi3/security.ts



/** 3.x flow name -> 2.0 flow, in order of preference (the platform supports only the first). */
const FLOWS = [
    ['authorizationCode', 'accessCode'],
    ['implicit', 'implicit'],
    ['clientCredentials', 'application'],
    ['password', 'password'],
];
/** Relative OAuth URLs are relative to the server URL in 3.x; 2.0 needs absolute ones. */
function absolute(url, base) {
    if (typeof url !== 'string' || base === undefined || /^[a-z][a-z0-9+.-]*:/i.test(url))
        return url;
    try {
        return new URL(url, base).href;
    }
    catch {
        return url;
    }
}
function oauth2(ctx, name, scheme, pointer, serverUrl) {
    const flows = (0,definition_pointer/* isObject */.Gv)(scheme.flows) ? scheme.flows : {};
    const present = FLOWS.filter(([flow]) => (0,definition_pointer/* isObject */.Gv)(flows[flow]));
    if (present.length === 0) {
        ctx.report('oas3-security-unsupported', 'error', pointer, `OAuth 2.0 scheme '${name}' has no flow Swagger 2.0 knows; it is dropped.`);
        return undefined;
    }
    const [[flow, flow2]] = present;
    const source = flows[flow];
    const flowPointer = (0,definition_pointer/* childPointer */.Y2)(pointer, 'flows', flow);
    const out = { type: 'oauth2', flow: flow2 };
    if (flow2 === 'accessCode' || flow2 === 'implicit')
        out.authorizationUrl = absolute(source.authorizationUrl, serverUrl);
    if (flow2 !== 'implicit')
        out.tokenUrl = absolute(source.tokenUrl, serverUrl);
    out.scopes = (0,definition_pointer/* isObject */.Gv)(source.scopes) ? source.scopes : {};
    if (flow2 !== 'accessCode') {
        ctx.report('oas3-security-oauth2-flow', 'warning', flowPointer, `Power Platform custom connectors support only the authorization code flow; '${name}' uses ${flow} (2.0 \`${flow2}\`), which the platform rejects or turns into authorization code.`);
    }
    for (const [other] of present.slice(1)) {
        ctx.report('oas3-security-oauth2-flow-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'flows', other), `Swagger 2.0 allows one flow per scheme; the ${other} flow of '${name}' is dropped (${flow} is kept).`);
    }
    if (source.refreshUrl !== undefined) {
        ctx.report('oas3-keyword-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(flowPointer, 'refreshUrl'), 'Swagger 2.0 has no `refreshUrl`; set the refresh URL when you configure the connector security.');
    }
    return out;
}
/** One security scheme -> a 2.0 security definition, or undefined (with the finding that says what to do). */
function convertScheme(ctx, name, scheme, pointer, serverUrl) {
    let out;
    const http = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : '';
    if (scheme.type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query')) {
        out = { type: 'apiKey', name: scheme.name, in: scheme.in };
    }
    else if (scheme.type === 'apiKey') {
        ctx.report('oas3-security-apikey-cookie', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'in'), `Swagger 2.0 has no cookie API keys; '${name}' is dropped. Accept the key in a header, or send the Cookie header from a policy.`);
    }
    else if (scheme.type === 'http' && http === 'basic') {
        out = { type: 'basic' };
    }
    else if (scheme.type === 'http' && http === 'bearer') {
        ctx.report('oas3-security-bearer', 'warning', pointer, `Swagger 2.0 has no bearer scheme; '${name}' is dropped. Model it as an API key in the \`Authorization\` header (users type "Bearer <token>"), or as OAuth 2.0 with your identity provider's authorization and token URLs.`);
    }
    else if (scheme.type === 'openIdConnect') {
        ctx.report('oas3-security-openidconnect', 'warning', pointer, `Swagger 2.0 has no OpenID Connect scheme; '${name}' is dropped. Add an OAuth 2.0 (authorization code) scheme with the authorization_endpoint and token_endpoint from ${String(scheme.openIdConnectUrl ?? 'the discovery document')}.`);
    }
    else if (scheme.type === 'oauth2') {
        out = oauth2(ctx, name, scheme, pointer, serverUrl);
    }
    else {
        ctx.report('oas3-security-unsupported', 'error', pointer, `Security scheme '${name}' (${String(scheme.type)} ${http}) has no Swagger 2.0 equivalent; it is dropped, so calls go unauthenticated.`);
    }
    if (out) {
        if (scheme.description !== undefined)
            out.description = scheme.description;
        copyExtensions(ctx, scheme, out, pointer);
    }
    return out;
}
function convertSecuritySchemes(ctx, schemes, pointer, serverUrl) {
    const out = {};
    if (!(0,definition_pointer/* isObject */.Gv)(schemes))
        return out;
    for (const [name, raw] of Object.entries(schemes)) {
        const { node, pointer: at } = ctx.resolve(raw, (0,definition_pointer/* childPointer */.Y2)(pointer, name));
        if (!(0,definition_pointer/* isObject */.Gv)(node))
            continue;
        const converted = convertScheme(ctx, name, node, at, serverUrl);
        if (converted)
            (0,json/* setMember */.Nk)(out, name, converted);
    }
    return out;
}
/**
 * Security requirements without the schemes the conversion dropped (names of undefined schemes stay, for the
 * validator to report). A requirement left empty by the drop is removed (an empty one written in the source still
 * means "no authentication"); undefined when nothing is left to say.
 */
function convertRequirements(requirements, dropped) {
    if (!Array.isArray(requirements))
        return undefined;
    const out = [];
    for (const requirement of requirements) {
        if (!(0,definition_pointer/* isObject */.Gv)(requirement))
            continue;
        const names = Object.keys(requirement);
        const kept = names.filter((n) => !dropped.has(n));
        if (names.length > 0 && kept.length === 0)
            continue;
        out.push(Object.fromEntries(kept.map((n) => [n, Array.isArray(requirement[n]) ? requirement[n] : []])));
    }
    return out.length === 0 && requirements.length > 0 ? undefined : out;
}

;// CONCATENATED MODULE: ./src/openapi3/convert.ts
/**
 * OpenAPI 3.0/3.1 -> Swagger 2.0, the only version Power Platform accepts. Pure: every loss or adaptation is a
 * Finding that points into the SOURCE document, so users fix the file they own.
 */







function convertOpenApi3(doc, options = {}) {
    const ctx = new Context(doc);
    const root = ctx.root;
    const out = { swagger: '2.0', info: convertInfo(ctx, root.info) };
    const serverUrl = convertServers(ctx, root.servers, options.server, out);
    for (const key of ['tags', 'externalDocs'])
        if (root[key] !== undefined)
            out[key] = root[key];
    const components = (0,definition_pointer/* isObject */.Gv)(root.components) ? root.components : {};
    const definitions = {};
    const parameters = {};
    const responses = {};
    for (const [name, schema] of entries(components.schemas)) {
        (0,json/* setMember */.Nk)(definitions, name, convertSchema(ctx, schema, (0,definition_pointer/* childPointer */.Y2)('/components/schemas', name)));
    }
    for (const [name, param] of entries(components.parameters)) {
        const { node, pointer } = ctx.resolve(param, (0,definition_pointer/* childPointer */.Y2)('/components/parameters', name));
        const converted = convertParameter(ctx, node, pointer);
        if (converted)
            (0,json/* setMember */.Nk)(parameters, name, converted);
    }
    for (const [name, response] of entries(components.responses)) {
        (0,json/* setMember */.Nk)(responses, name, convertResponse(ctx, response, (0,definition_pointer/* childPointer */.Y2)('/components/responses', name), []));
    }
    // Other component kinds (requestBodies, headers, examples, pathItems) are inlined where they are referenced;
    // callbacks and links are reported where an operation or response uses them.
    const securityDefinitions = convertSecuritySchemes(ctx, components.securitySchemes, '/components/securitySchemes', serverUrl);
    const droppedSchemes = new Set(entries(components.securitySchemes)
        .map(([name]) => name)
        .filter((name) => !Object.hasOwn(securityDefinitions, name)));
    out.paths = convertPaths(ctx, root.paths, parameters, droppedSchemes);
    if (Object.keys(definitions).length > 0)
        out.definitions = definitions;
    if (Object.keys(parameters).length > 0)
        out.parameters = parameters;
    if (Object.keys(responses).length > 0)
        out.responses = responses;
    if (Object.keys(securityDefinitions).length > 0)
        out.securityDefinitions = securityDefinitions;
    const security = convertRequirements(root.security, droppedSchemes);
    if (security !== undefined)
        out.security = security;
    for (const key of ['webhooks', 'x-webhooks']) {
        if (root[key] !== undefined) {
            ctx.report('oas3-webhooks-dropped', 'warning', `/${key}`, 'Swagger 2.0 has no webhooks; they are dropped (a connector trigger needs an operation with `x-ms-trigger`).');
        }
    }
    const extensions = {};
    copyExtensions(ctx, root, extensions, '', ['x-webhooks']);
    Object.assign(out, extensions);
    return {
        swagger: out,
        findings: ctx.findings,
        sourceVersion: typeof root.openapi === 'number' ? root.openapi.toFixed(1) : String(root.openapi ?? ''),
    };
}
function entries(value) {
    return (0,definition_pointer/* isObject */.Gv)(value) ? Object.entries(value) : [];
}
function convertInfo(ctx, info) {
    if (!(0,definition_pointer/* isObject */.Gv)(info))
        return { title: '', version: '' };
    const out = {};
    for (const key of ['title', 'description', 'termsOfService', 'contact', 'version'])
        if (info[key] !== undefined)
            out[key] = info[key];
    // 3.1 `summary` is the short form of `description`: keep it when there is no description.
    if (out.description === undefined && typeof info.summary === 'string')
        out.description = info.summary;
    // 3.1 license `identifier` (SPDX) has no 2.0 field; name and url carry the licence.
    if ((0,definition_pointer/* isObject */.Gv)(info.license))
        out.license = Object.fromEntries(Object.entries(info.license).filter(([k]) => k !== 'identifier'));
    copyExtensions(ctx, info, out, '/info');
    return out;
}
/** The server URL with each `{variable}` that has a default substituted (others stay as written). */
function serverUrlOf(server) {
    const variables = (0,definition_pointer/* isObject */.Gv)(server.variables) ? server.variables : {};
    return String(server.url ?? '').replace(/\{([^}]+)\}/g, (whole, name) => {
        const variable = variables[name];
        return (0,definition_pointer/* isObject */.Gv)(variable) && variable.default !== undefined ? String(variable.default) : whole;
    });
}
/** `servers` -> host, basePath, schemes. Returns the chosen absolute URL (to resolve relative OAuth URLs). */
function convertServers(ctx, servers, choice, out) {
    const list = Array.isArray(servers) ? servers.map((s) => ((0,definition_pointer/* isObject */.Gv)(s) ? s : {})) : [];
    const urls = list.map(serverUrlOf);
    let index = 0;
    if (typeof choice === 'number' || (typeof choice === 'string' && /^\d+$/.test(choice.trim())))
        index = Number(choice);
    else if (typeof choice === 'string') {
        const wanted = choice.trim().replace(/\/+$/, '');
        index = list.findIndex((s, i) => [String(s.url), urls[i]].some((u) => u.replace(/\/+$/, '') === wanted));
    }
    if (choice !== undefined && (index < 0 || index >= list.length)) {
        ctx.report('oas3-server-not-found', 'error', list.length > 0 ? '/servers' : '', `Input \`server\` (${String(choice)}) names none of the ${list.length} servers; the first one is used.`);
        index = 0;
    }
    if (list.length === 0) {
        ctx.report('oas3-server-relative', 'warning', '', "The definition has no `servers`, so the host is unknown; set the action's `host` input (the API's host name).");
        out.basePath = '/';
        return undefined;
    }
    const pointer = (0,definition_pointer/* childPointer */.Y2)('/servers', index);
    const url = urls[index];
    const unresolved = /\{([^}]+)\}/.exec(url);
    if (unresolved) {
        ctx.report('oas3-server-variable', 'error', (0,definition_pointer/* childPointer */.Y2)(pointer, 'url'), `Server variable {${unresolved[1]}} has no default, so the host cannot be known; give it a default or set the action's \`host\` input.`);
    }
    const absolute = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(url) ?? /^()\/\/([^/?#]*)([^?#]*)/.exec(url);
    let schemes = [];
    let basePath;
    if (absolute) {
        out.host = absolute[2];
        basePath = absolute[3];
        if (absolute[1])
            schemes = [absolute[1].toLowerCase()];
    }
    else {
        basePath = new URL(url, 'http://relative.invalid/').pathname;
        ctx.report('oas3-server-relative', 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, 'url'), `Server URL '${url}' is relative, so the host is unknown; it is kept as basePath. Set the action's \`host\` input (the API's host name).`);
    }
    basePath = basePath.replace(/\/+$/, '');
    out.basePath = basePath.startsWith('/') ? basePath : `/${basePath}`;
    // The same host and path under another scheme is one 2.0 server with two schemes; anything else is dropped.
    list.forEach((_, i) => {
        if (i === index)
            return;
        const other = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(urls[i]);
        const sameElsewhere = absolute && other && other[2].replace(/\/+$/, '') === `${String(out.host)}${basePath}`;
        if (sameElsewhere && !schemes.includes(other[1].toLowerCase()))
            schemes.push(other[1].toLowerCase());
        else if (!sameElsewhere) {
            ctx.report('oas3-server-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)('/servers', i), `Swagger 2.0 has one server; '${urls[i]}' is dropped (the \`server\` input chooses another).`);
        }
    });
    if (schemes.length > 0)
        out.schemes = schemes;
    return absolute?.[1] ? url : undefined;
}
function convertPaths(ctx, paths, parameters, droppedSchemes) {
    const out = {};
    for (const [path, raw] of entries(paths)) {
        const pathPointer = (0,definition_pointer/* childPointer */.Y2)('/paths', path);
        if (path.startsWith('x-')) {
            (0,json/* setMember */.Nk)(out, path, rewriteExtension(ctx, raw, pathPointer));
            continue;
        }
        const { node: item, pointer: itemPointer } = ctx.resolve(raw, pathPointer);
        if (!(0,definition_pointer/* isObject */.Gv)(item))
            continue;
        const converted = {};
        const shared = convertParameterList(ctx, item.parameters, (0,definition_pointer/* childPointer */.Y2)(itemPointer, 'parameters'), parameters);
        if (shared.length > 0)
            converted.parameters = shared;
        for (const method of model/* HTTP_METHODS */.y) {
            if (!(0,definition_pointer/* isObject */.Gv)(item[method]))
                continue;
            converted[method] = convertOperation(ctx, item[method], (0,definition_pointer/* childPointer */.Y2)(itemPointer, method), item, parameters, droppedSchemes);
        }
        if (item.trace !== undefined) {
            ctx.report('oas3-trace-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(itemPointer, 'trace'), 'Swagger 2.0 has no TRACE operations; this one is dropped.');
        }
        if (item.servers !== undefined) {
            ctx.report('oas3-path-servers-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(itemPointer, 'servers'), 'Swagger 2.0 has one server for the whole API; these path servers are dropped, so these operations call the main host.');
        }
        copyExtensions(ctx, item, converted, itemPointer);
        (0,json/* setMember */.Nk)(out, path, converted);
    }
    return out;
}
const OPERATION_KEYS = new Set([
    'tags',
    'summary',
    'description',
    'externalDocs',
    'operationId',
    'parameters',
    'requestBody',
    'responses',
    'callbacks',
    'deprecated',
    'security',
    'servers',
]);
function convertOperation(ctx, op, pointer, item, parameters, droppedSchemes) {
    const out = {};
    for (const key of ['tags', 'summary', 'description', 'externalDocs', 'operationId'])
        if (op[key] !== undefined)
            out[key] = op[key];
    // 3.x path items may carry the summary/description their operations share.
    for (const key of ['summary', 'description'])
        if (out[key] === undefined && typeof item[key] === 'string')
            out[key] = item[key];
    const params = convertParameterList(ctx, op.parameters, (0,definition_pointer/* childPointer */.Y2)(pointer, 'parameters'), parameters);
    if (op.requestBody !== undefined) {
        const body = convertRequestBody(ctx, op.requestBody, (0,definition_pointer/* childPointer */.Y2)(pointer, 'requestBody'), op[OPERATION_BODY_NAME_KEY]);
        params.push(...body.parameters);
        if (body.consumes.length > 0)
            out.consumes = body.consumes;
    }
    const produces = [];
    const responses = {};
    for (const [code, response] of entries(op.responses)) {
        const at = (0,definition_pointer/* childPointer */.Y2)(pointer, 'responses', code);
        if (code.startsWith('x-')) {
            responses[code] = rewriteExtension(ctx, response, at);
            continue;
        }
        const key = responseCode(ctx, code, at, op.responses);
        if (key !== undefined)
            (0,json/* setMember */.Nk)(responses, key, convertResponse(ctx, response, at, produces));
    }
    if (Object.keys(responses).length === 0) {
        ctx.report('oas3-responses-missing', 'warning', pointer, 'Swagger 2.0 requires responses; a `default` response without a schema is added.');
        responses.default = { description: 'Success' };
    }
    if (produces.length > 0)
        out.produces = produces;
    if (params.length > 0)
        out.parameters = params;
    out.responses = responses;
    if (op.deprecated === true)
        out.deprecated = true;
    const security = convertRequirements(op.security, droppedSchemes);
    if (security !== undefined)
        out.security = security;
    for (const [key, rule] of [
        ['callbacks', 'oas3-callbacks-dropped'],
        ['servers', 'oas3-operation-servers-dropped'],
    ]) {
        if (op[key] !== undefined) {
            ctx.report(rule, 'warning', (0,definition_pointer/* childPointer */.Y2)(pointer, key), `Swagger 2.0 has no operation ${key}; they are dropped.`);
        }
    }
    dropUnknown(ctx, op, pointer, OPERATION_KEYS);
    copyExtensions(ctx, op, out, pointer, [OPERATION_BODY_NAME_KEY]);
    return out;
}
/** 3.x range codes (`2XX`) -> the range's first code, when that code is not also listed. */
function responseCode(ctx, code, pointer, all) {
    const range = /^([1-5])XX$/i.exec(code);
    if (!range)
        return code;
    const exact = `${range[1]}00`;
    const kept = all[exact] === undefined;
    ctx.report('oas3-response-code-range', 'warning', pointer, `Swagger 2.0 has no response code ranges; ${code} ${kept ? `becomes ${exact}` : `is dropped (${exact} is already listed)`}.`);
    return kept ? exact : undefined;
}
function convertResponse(ctx, raw, pointer, produces) {
    const ref = (0,definition_pointer/* isObject */.Gv)(raw) && typeof raw.$ref === 'string' ? mapRef(raw.$ref) : undefined;
    const { node, pointer: at } = ctx.resolve(raw, pointer);
    const response = (0,definition_pointer/* isObject */.Gv)(node) ? node : {};
    const content = (0,definition_pointer/* isObject */.Gv)(response.content) ? response.content : {};
    for (const type of Object.keys(content))
        if (!produces.includes(type))
            produces.push(type);
    if (ref?.startsWith('#/responses/'))
        return { $ref: ref };
    const out = { description: typeof response.description === 'string' ? response.description : '' };
    const chosen = preferredMediaType(Object.keys(content));
    const schema = chosen === undefined ? undefined : mediaSchema(ctx, chosen, content[chosen], (0,definition_pointer/* childPointer */.Y2)(at, 'content', chosen));
    if (schema !== undefined) {
        out.schema = schema;
        warnOtherSchemas(ctx, content, chosen, (0,definition_pointer/* childPointer */.Y2)(at, 'content'), 'response');
    }
    const headers = convertHeaders(ctx, response.headers, (0,definition_pointer/* childPointer */.Y2)(at, 'headers'));
    if (headers !== undefined && Object.keys(headers).length > 0)
        out.headers = headers;
    const examples = responseExamples(ctx, content);
    if (Object.keys(examples).length > 0)
        out.examples = examples;
    if (response.links !== undefined) {
        ctx.report('oas3-links-dropped', 'warning', (0,definition_pointer/* childPointer */.Y2)(at, 'links'), 'Swagger 2.0 has no response links; they are dropped.');
    }
    copyExtensions(ctx, response, out, at);
    return out;
}
/** `example` or the first of `examples` per media type -> 2.0 `examples` keyed by media type. */
function responseExamples(ctx, content) {
    const out = {};
    for (const [type, media] of Object.entries(content)) {
        if (!(0,definition_pointer/* isObject */.Gv)(media))
            continue;
        const example = firstExample(ctx, media);
        if (example !== undefined)
            (0,json/* setMember */.Nk)(out, type, example);
    }
    return out;
}


/***/ })

};
