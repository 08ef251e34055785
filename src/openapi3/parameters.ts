import type { Pointer } from '../model.ts';
import { childPointer, isObject, parsePointer } from '../definition/pointer.ts';
import { setMember } from '../definition/json.ts';
import { type Context, copyExtensions, firstExample, isJsonMediaType, mapRef, preferredMediaType } from './context.ts';
import { convertSchema, dropUnknown, primitiveFields } from './schema.ts';

type Obj = Record<string, unknown>;

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
function collectionFormat(ctx: Context, param: Obj, location: string, pointer: Pointer): string {
  const style =
    typeof param.style === 'string' ? param.style : location === 'query' || location === 'formData' ? 'form' : 'simple';
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
      ctx.report(
        'oas3-parameter-style',
        'warning',
        childPointer(pointer, 'style'),
        `Swagger 2.0 has no \`style: ${style}\`; the array is sent comma-separated.`,
      );
      return 'csv';
  }
}

/** Type fields of a parameter/header/form field, from its schema (or its first `content` entry). */
function typedFields(ctx: Context, param: Obj, location: string, pointer: Pointer): Obj {
  if (param.schema === undefined && isObject(param.content)) {
    const [mediaType] = Object.keys(param.content);
    ctx.report(
      'oas3-parameter-content',
      'warning',
      childPointer(pointer, 'content'),
      `Swagger 2.0 cannot describe a ${mediaType} value here; it is sent as a string the caller serialises.`,
    );
    return { type: 'string' };
  }
  const fields = primitiveFields(ctx, param.schema, childPointer(pointer, 'schema'));
  if (fields.type === 'array') fields.collectionFormat = collectionFormat(ctx, param, location, pointer);
  // 2.0 parameters have no example; `x-example` keeps it for readers.
  const example = firstExample(ctx, param);
  if (example !== undefined) fields['x-example'] = example;
  return fields;
}

/**
 * One 3.x parameter (not a reference) -> a 2.0 parameter, or undefined when 2.0 cannot carry it (cookies).
 */
export function convertParameter(ctx: Context, param: unknown, pointer: Pointer): Obj | undefined {
  if (!isObject(param)) return undefined;
  if (param.in === 'cookie') {
    ctx.report(
      'oas3-cookie-parameter-dropped',
      'warning',
      pointer,
      `Swagger 2.0 has no cookie parameters; '${String(param.name)}' is dropped, so calls go without it.`,
    );
    return undefined;
  }
  const location = String(param.in);
  const out: Obj = { name: param.name, in: location };
  const description = param.description ?? (isObject(param.schema) ? param.schema.description : undefined);
  if (description !== undefined) out.description = description;
  if (param.required === true || location === 'path') out.required = true;
  if (param.allowEmptyValue === true && location === 'query') out.allowEmptyValue = true;
  Object.assign(out, typedFields(ctx, param, location, pointer));
  dropUnknown(ctx, param, pointer, PARAMETER_KEYS);
  copyExtensions(ctx, param, out, pointer);
  return out;
}

/**
 * A parameter list: references to parameter components stay references (unless the component was dropped),
 * other references are inlined.
 */
export function convertParameterList(ctx: Context, list: unknown, pointer: Pointer, components: Obj): Obj[] {
  if (!Array.isArray(list)) return [];
  const out: Obj[] = [];
  list.forEach((item, i) => {
    const at = childPointer(pointer, i);
    const ref = isObject(item) && typeof item.$ref === 'string' ? item.$ref : undefined;
    const mapped = ref === undefined ? undefined : mapRef(ref);
    if (mapped?.startsWith('#/parameters/')) {
      const name = parsePointer(mapped)?.[1];
      if (name !== undefined && components[name] !== undefined) out.push({ $ref: mapped });
      return;
    }
    const { node, pointer: target } = ctx.resolve(item, at);
    const converted = convertParameter(ctx, node, target);
    if (converted) out.push(converted);
  });
  return out;
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/** The body parameter's name: `x-bodyName`/`x-ms-body-name` on the body, or swagger2openapi's operation hint. */
const BODY_NAME_KEYS = ['x-bodyName', 'x-ms-body-name'];
export const OPERATION_BODY_NAME_KEY = 'x-codegen-request-body-name';

/**
 * A requestBody -> a `body` parameter or `formData` parameters, plus the operation's `consumes`.
 */
export function convertRequestBody(
  ctx: Context,
  body: unknown,
  pointer: Pointer,
  bodyName: unknown,
): { parameters: Obj[]; consumes: string[] } {
  const { node, pointer: at } = ctx.resolve(body, pointer);
  if (!isObject(node) || !isObject(node.content)) return { parameters: [], consumes: [] };
  const content = node.content;
  const consumes = Object.keys(content);
  const chosen = preferredMediaType(consumes.filter((t) => !FORM_TYPES.test(t))) ?? consumes[0];
  if (chosen === undefined) return { parameters: [], consumes };
  const mediaPointer = childPointer(at, 'content', chosen);
  const media = isObject(content[chosen]) ? content[chosen] : {};
  warnOtherSchemas(ctx, content, chosen, childPointer(at, 'content'), 'request');
  dropUnknown(ctx, node, at, new Set(['content', 'description', 'required', ...BODY_NAME_KEYS]));

  if (FORM_TYPES.test(chosen)) {
    const fields = formParameters(ctx, media, mediaPointer);
    if (fields !== undefined) {
      for (const key of Object.keys(node).filter((k) => k.startsWith('x-') && !BODY_NAME_KEYS.includes(k))) {
        ctx.report(
          'oas3-keyword-dropped',
          'warning',
          childPointer(at, key),
          `A form body becomes one formData parameter per field, so \`${key}\` on the body has nowhere to go; set it on the fields instead.`,
        );
      }
      return { parameters: fields, consumes };
    }
  }
  const schema = mediaSchema(ctx, chosen, media, mediaPointer) ?? {};
  const name =
    BODY_NAME_KEYS.map((k) => node[k]).find((v) => typeof v === 'string') ??
    (typeof bodyName === 'string' ? bodyName : 'body');
  const param: Obj = { name, in: 'body' };
  if (node.description !== undefined) param.description = node.description;
  if (node.required === true) param.required = true;
  param.schema = schema;
  copyExtensions(ctx, node, param, at, BODY_NAME_KEYS);
  return { parameters: [param], consumes };
}

/** Form bodies become one formData parameter per property; binary properties become files. */
function formParameters(ctx: Context, media: Obj, pointer: Pointer): Obj[] | undefined {
  const { node: schema, pointer: at } = ctx.resolve(media.schema, childPointer(pointer, 'schema'));
  const properties: Obj = {};
  const required = new Set<string>();
  const places = new Map<string, Pointer>();
  // allOf parts of a form schema are flattened into one property list.
  const collect = (s: unknown, p: Pointer): void => {
    const { node, pointer: sp } = ctx.resolve(s, p);
    if (!isObject(node)) return;
    if (Array.isArray(node.required)) for (const r of node.required) required.add(String(r));
    if (isObject(node.properties)) {
      for (const [k, v] of Object.entries(node.properties)) {
        setMember(properties, k, v);
        places.set(k, childPointer(sp, 'properties', k));
      }
    }
    if (Array.isArray(node.allOf)) node.allOf.forEach((part, i) => collect(part, childPointer(sp, 'allOf', i)));
  };
  collect(schema, at);
  if (Object.keys(properties).length === 0) {
    // Without known fields the form stays one body parameter, as hand-written 2.0 connectors do.
    ctx.report(
      'oas3-form-body-without-properties',
      'warning',
      at,
      'This form body declares no properties, so it cannot become Swagger 2.0 formData parameters; it stays a single body parameter the caller fills in.',
    );
    return undefined;
  }
  const encoding = isObject(media.encoding) ? media.encoding : {};
  return Object.entries(properties).map(([name, prop]) => {
    const place = places.get(name) as Pointer;
    const { node: resolved } = ctx.resolve(prop, place);
    const out: Obj = { name, in: 'formData' };
    if (isObject(resolved) && resolved.description !== undefined) out.description = resolved.description;
    if (required.has(name)) out.required = true;
    if (
      isObject(resolved) &&
      resolved.type === 'string' &&
      (resolved.format === 'binary' || resolved.format === 'base64' || resolved.contentMediaType !== undefined)
    ) {
      out.type = 'file';
    } else {
      const fields = primitiveFields(ctx, prop, place);
      if (fields.type === 'array')
        fields.collectionFormat = collectionFormat(
          ctx,
          isObject(encoding[name]) ? encoding[name] : {},
          'formData',
          place,
        );
      Object.assign(out, fields);
    }
    return out;
  });
}

/**
 * The schema of one media type entry. Without a schema, a non-JSON body is text or binary (so makers get a
 * file or text field rather than an empty object); a JSON one stays undefined.
 */
export function mediaSchema(ctx: Context, mediaType: string, media: unknown, pointer: Pointer): Obj | undefined {
  if (isObject(media) && media.schema !== undefined)
    return convertSchema(ctx, media.schema, childPointer(pointer, 'schema'));
  if (isJsonMediaType(mediaType)) return undefined;
  return /^text\//i.test(mediaType) ? { type: 'string' } : { type: 'string', format: 'binary' };
}

/** Only one schema per body survives; say so when the other media types described different ones. */
export function warnOtherSchemas(ctx: Context, content: Obj, chosen: string, pointer: Pointer, what: string): void {
  const chosenSchema = JSON.stringify(isObject(content[chosen]) ? content[chosen].schema : undefined);
  const differing = Object.keys(content).filter(
    (t) => t !== chosen && JSON.stringify(isObject(content[t]) ? content[t].schema : undefined) !== chosenSchema,
  );
  if (differing.length > 0) {
    ctx.report(
      'oas3-media-type-schemas',
      'warning',
      pointer,
      `Swagger 2.0 has one ${what} schema for all media types; the ${chosen} schema is used, the ones of ${differing.join(', ')} are dropped.`,
    );
  }
}

/** Response headers (references to header components are inlined: 2.0 has no such components). */
export function convertHeaders(ctx: Context, headers: unknown, pointer: Pointer): Obj | undefined {
  if (!isObject(headers)) return undefined;
  const out: Obj = {};
  for (const [name, header] of Object.entries(headers)) {
    const { node, pointer: at } = ctx.resolve(header, childPointer(pointer, name));
    if (!isObject(node)) continue;
    const converted: Obj = {};
    if (node.description !== undefined) converted.description = node.description;
    Object.assign(converted, typedFields(ctx, node, 'header', at));
    dropUnknown(ctx, node, at, PARAMETER_KEYS);
    copyExtensions(ctx, node, converted, at);
    out[name] = converted;
  }
  return out;
}
