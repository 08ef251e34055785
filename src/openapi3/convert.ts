/**
 * OpenAPI 3.0/3.1 -> Swagger 2.0, the only version Power Platform accepts. Pure: every loss or adaptation is a
 * Finding that points into the SOURCE document, so users fix the file they own.
 */
import { HTTP_METHODS, type Finding, type Pointer } from '../model.ts';
import { childPointer, isObject } from '../definition/pointer.ts';
import { setMember } from '../definition/json.ts';
import {
  Context,
  type OpenApi3Source,
  copyExtensions,
  firstExample,
  mapRef,
  preferredMediaType,
  rewriteExtension,
} from './context.ts';
import { convertSchema, dropUnknown } from './schema.ts';
import {
  OPERATION_BODY_NAME_KEY,
  convertHeaders,
  convertParameter,
  convertParameterList,
  convertRequestBody,
  mediaSchema,
  warnOtherSchemas,
} from './parameters.ts';
import { convertRequirements, convertSecuritySchemes } from './security.ts';

export type { OpenApi3Source } from './context.ts';

type Obj = Record<string, unknown>;

export interface ConvertOptions {
  /**
   * Which `servers` entry becomes host/basePath/schemes: an index (a number or the `server` input's digits), or
   * the URL (as written or with variable defaults; a trailing `/` does not matter).
   */
  server?: number | string;
}

export interface ConvertResult {
  swagger: Obj;
  findings: Finding[];
  /** The source's `openapi` version, e.g. `3.0.3`. */
  sourceVersion: string;
}

export function convertOpenApi3(doc: OpenApi3Source, options: ConvertOptions = {}): ConvertResult {
  const ctx = new Context(doc);
  const root = ctx.root;
  const out: Obj = { swagger: '2.0', info: convertInfo(ctx, root.info) };
  const serverUrl = convertServers(ctx, root.servers, options.server, out);
  for (const key of ['tags', 'externalDocs'] as const) if (root[key] !== undefined) out[key] = root[key];

  const components = isObject(root.components) ? root.components : {};
  const definitions: Obj = {};
  const parameters: Obj = {};
  const responses: Obj = {};
  for (const [name, schema] of entries(components.schemas)) {
    setMember(definitions, name, convertSchema(ctx, schema, childPointer('/components/schemas', name)));
  }
  for (const [name, param] of entries(components.parameters)) {
    const { node, pointer } = ctx.resolve(param, childPointer('/components/parameters', name));
    const converted = convertParameter(ctx, node, pointer);
    if (converted) setMember(parameters, name, converted);
  }
  for (const [name, response] of entries(components.responses)) {
    setMember(responses, name, convertResponse(ctx, response, childPointer('/components/responses', name), []));
  }
  // Other component kinds (requestBodies, headers, examples, pathItems) are inlined where they are referenced;
  // callbacks and links are reported where an operation or response uses them.
  const securityDefinitions = convertSecuritySchemes(
    ctx,
    components.securitySchemes,
    '/components/securitySchemes',
    serverUrl,
  );
  const droppedSchemes = new Set(
    entries(components.securitySchemes)
      .map(([name]) => name)
      .filter((name) => !Object.hasOwn(securityDefinitions, name)),
  );
  out.paths = convertPaths(ctx, root.paths, parameters, droppedSchemes);
  if (Object.keys(definitions).length > 0) out.definitions = definitions;
  if (Object.keys(parameters).length > 0) out.parameters = parameters;
  if (Object.keys(responses).length > 0) out.responses = responses;
  if (Object.keys(securityDefinitions).length > 0) out.securityDefinitions = securityDefinitions;
  const security = convertRequirements(root.security, droppedSchemes);
  if (security !== undefined) out.security = security;

  for (const key of ['webhooks', 'x-webhooks']) {
    if (root[key] !== undefined) {
      ctx.report(
        'oas3-webhooks-dropped',
        'warning',
        `/${key}`,
        'Swagger 2.0 has no webhooks; they are dropped (a connector trigger needs an operation with `x-ms-trigger`).',
      );
    }
  }
  const extensions: Obj = {};
  copyExtensions(ctx, root, extensions, '', ['x-webhooks']);
  Object.assign(out, extensions);
  return {
    swagger: out,
    findings: ctx.findings,
    sourceVersion: typeof root.openapi === 'number' ? root.openapi.toFixed(1) : String(root.openapi ?? ''),
  };
}

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

function convertInfo(ctx: Context, info: unknown): Obj {
  if (!isObject(info)) return { title: '', version: '' };
  const out: Obj = {};
  for (const key of ['title', 'description', 'termsOfService', 'contact', 'version'])
    if (info[key] !== undefined) out[key] = info[key];
  // 3.1 `summary` is the short form of `description`: keep it when there is no description.
  if (out.description === undefined && typeof info.summary === 'string') out.description = info.summary;
  // 3.1 license `identifier` (SPDX) has no 2.0 field; name and url carry the licence.
  if (isObject(info.license))
    out.license = Object.fromEntries(Object.entries(info.license).filter(([k]) => k !== 'identifier'));
  copyExtensions(ctx, info, out, '/info');
  return out;
}

/** The server URL with each `{variable}` that has a default substituted (others stay as written). */
function serverUrlOf(server: Obj): string {
  const variables = isObject(server.variables) ? server.variables : {};
  return String(server.url ?? '').replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isObject(variable) && variable.default !== undefined ? String(variable.default) : whole;
  });
}

/** `servers` -> host, basePath, schemes. Returns the chosen absolute URL (to resolve relative OAuth URLs). */
function convertServers(
  ctx: Context,
  servers: unknown,
  choice: number | string | undefined,
  out: Obj,
): string | undefined {
  const list = Array.isArray(servers) ? servers.map((s) => (isObject(s) ? s : {})) : [];
  const urls = list.map(serverUrlOf);
  let index = 0;
  if (typeof choice === 'number' || (typeof choice === 'string' && /^\d+$/.test(choice.trim()))) index = Number(choice);
  else if (typeof choice === 'string') {
    const wanted = choice.trim().replace(/\/+$/, '');
    index = list.findIndex((s, i) => [String(s.url), urls[i]].some((u) => u.replace(/\/+$/, '') === wanted));
  }
  if (choice !== undefined && (index < 0 || index >= list.length)) {
    ctx.report(
      'oas3-server-not-found',
      'error',
      list.length > 0 ? '/servers' : '',
      `Input \`server\` (${String(choice)}) names none of the ${list.length} servers; the first one is used.`,
    );
    index = 0;
  }
  if (list.length === 0) {
    ctx.report(
      'oas3-server-relative',
      'warning',
      '',
      "The definition has no `servers`, so the host is unknown; set the action's `host` input (the API's host name).",
    );
    out.basePath = '/';
    return undefined;
  }
  const pointer = childPointer('/servers', index);
  const url = urls[index];
  const unresolved = /\{([^}]+)\}/.exec(url);
  if (unresolved) {
    ctx.report(
      'oas3-server-variable',
      'error',
      childPointer(pointer, 'url'),
      `Server variable {${unresolved[1]}} has no default, so the host cannot be known; give it a default or set the action's \`host\` input.`,
    );
  }
  const absolute = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(url) ?? /^()\/\/([^/?#]*)([^?#]*)/.exec(url);
  let schemes: string[] = [];
  let basePath: string;
  if (absolute) {
    out.host = absolute[2];
    basePath = absolute[3];
    if (absolute[1]) schemes = [absolute[1].toLowerCase()];
  } else {
    basePath = new URL(url, 'http://relative.invalid/').pathname;
    ctx.report(
      'oas3-server-relative',
      'warning',
      childPointer(pointer, 'url'),
      `Server URL '${url}' is relative, so the host is unknown; it is kept as basePath. Set the action's \`host\` input (the API's host name).`,
    );
  }
  basePath = basePath.replace(/\/+$/, '');
  out.basePath = basePath.startsWith('/') ? basePath : `/${basePath}`;
  // The same host and path under another scheme is one 2.0 server with two schemes; anything else is dropped.
  list.forEach((_, i) => {
    if (i === index) return;
    const other = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(urls[i]);
    const sameElsewhere = absolute && other && other[2].replace(/\/+$/, '') === `${String(out.host)}${basePath}`;
    if (sameElsewhere && !schemes.includes(other[1].toLowerCase())) schemes.push(other[1].toLowerCase());
    else if (!sameElsewhere) {
      ctx.report(
        'oas3-server-dropped',
        'warning',
        childPointer('/servers', i),
        `Swagger 2.0 has one server; '${urls[i]}' is dropped (the \`server\` input chooses another).`,
      );
    }
  });
  if (schemes.length > 0) out.schemes = schemes;
  return absolute?.[1] ? url : undefined;
}

function convertPaths(ctx: Context, paths: unknown, parameters: Obj, droppedSchemes: ReadonlySet<string>): Obj {
  const out: Obj = {};
  for (const [path, raw] of entries(paths)) {
    const pathPointer = childPointer('/paths', path);
    if (path.startsWith('x-')) {
      setMember(out, path, rewriteExtension(ctx, raw, pathPointer));
      continue;
    }
    const { node: item, pointer: itemPointer } = ctx.resolve(raw, pathPointer);
    if (!isObject(item)) continue;
    const converted: Obj = {};
    const shared = convertParameterList(ctx, item.parameters, childPointer(itemPointer, 'parameters'), parameters);
    if (shared.length > 0) converted.parameters = shared;
    for (const method of HTTP_METHODS) {
      if (!isObject(item[method])) continue;
      converted[method] = convertOperation(
        ctx,
        item[method],
        childPointer(itemPointer, method),
        item,
        parameters,
        droppedSchemes,
      );
    }
    if (item.trace !== undefined) {
      ctx.report(
        'oas3-trace-dropped',
        'warning',
        childPointer(itemPointer, 'trace'),
        'Swagger 2.0 has no TRACE operations; this one is dropped.',
      );
    }
    if (item.servers !== undefined) {
      ctx.report(
        'oas3-path-servers-dropped',
        'warning',
        childPointer(itemPointer, 'servers'),
        'Swagger 2.0 has one server for the whole API; these path servers are dropped, so these operations call the main host.',
      );
    }
    copyExtensions(ctx, item, converted, itemPointer);
    setMember(out, path, converted);
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

function convertOperation(
  ctx: Context,
  op: Obj,
  pointer: Pointer,
  item: Obj,
  parameters: Obj,
  droppedSchemes: ReadonlySet<string>,
): Obj {
  const out: Obj = {};
  for (const key of ['tags', 'summary', 'description', 'externalDocs', 'operationId'])
    if (op[key] !== undefined) out[key] = op[key];
  // 3.x path items may carry the summary/description their operations share.
  for (const key of ['summary', 'description'])
    if (out[key] === undefined && typeof item[key] === 'string') out[key] = item[key];
  const params = convertParameterList(ctx, op.parameters, childPointer(pointer, 'parameters'), parameters);
  if (op.requestBody !== undefined) {
    const body = convertRequestBody(
      ctx,
      op.requestBody,
      childPointer(pointer, 'requestBody'),
      op[OPERATION_BODY_NAME_KEY],
    );
    params.push(...body.parameters);
    if (body.consumes.length > 0) out.consumes = body.consumes;
  }
  const produces: string[] = [];
  const responses: Obj = {};
  for (const [code, response] of entries(op.responses)) {
    const at = childPointer(pointer, 'responses', code);
    if (code.startsWith('x-')) {
      responses[code] = rewriteExtension(ctx, response, at);
      continue;
    }
    const key = responseCode(ctx, code, at, op.responses as Obj);
    if (key !== undefined) setMember(responses, key, convertResponse(ctx, response, at, produces));
  }
  if (Object.keys(responses).length === 0) {
    ctx.report(
      'oas3-responses-missing',
      'warning',
      pointer,
      'Swagger 2.0 requires responses; a `default` response without a schema is added.',
    );
    responses.default = { description: 'Success' };
  }
  if (produces.length > 0) out.produces = produces;
  if (params.length > 0) out.parameters = params;
  out.responses = responses;
  if (op.deprecated === true) out.deprecated = true;
  const security = convertRequirements(op.security, droppedSchemes);
  if (security !== undefined) out.security = security;
  for (const [key, rule] of [
    ['callbacks', 'oas3-callbacks-dropped'],
    ['servers', 'oas3-operation-servers-dropped'],
  ]) {
    if (op[key] !== undefined) {
      ctx.report(rule, 'warning', childPointer(pointer, key), `Swagger 2.0 has no operation ${key}; they are dropped.`);
    }
  }
  dropUnknown(ctx, op, pointer, OPERATION_KEYS);
  copyExtensions(ctx, op, out, pointer, [OPERATION_BODY_NAME_KEY]);
  return out;
}

/** 3.x range codes (`2XX`) -> the range's first code, when that code is not also listed. */
function responseCode(ctx: Context, code: string, pointer: Pointer, all: Obj): string | undefined {
  const range = /^([1-5])XX$/i.exec(code);
  if (!range) return code;
  const exact = `${range[1]}00`;
  const kept = all[exact] === undefined;
  ctx.report(
    'oas3-response-code-range',
    'warning',
    pointer,
    `Swagger 2.0 has no response code ranges; ${code} ${kept ? `becomes ${exact}` : `is dropped (${exact} is already listed)`}.`,
  );
  return kept ? exact : undefined;
}

function convertResponse(ctx: Context, raw: unknown, pointer: Pointer, produces: string[]): Obj {
  const ref = isObject(raw) && typeof raw.$ref === 'string' ? mapRef(raw.$ref) : undefined;
  const { node, pointer: at } = ctx.resolve(raw, pointer);
  const response = isObject(node) ? node : {};
  const content = isObject(response.content) ? response.content : {};
  for (const type of Object.keys(content)) if (!produces.includes(type)) produces.push(type);
  if (ref?.startsWith('#/responses/')) return { $ref: ref };

  const out: Obj = { description: typeof response.description === 'string' ? response.description : '' };
  const chosen = preferredMediaType(Object.keys(content));
  const schema =
    chosen === undefined ? undefined : mediaSchema(ctx, chosen, content[chosen], childPointer(at, 'content', chosen));
  if (schema !== undefined) {
    out.schema = schema;
    warnOtherSchemas(ctx, content, chosen as string, childPointer(at, 'content'), 'response');
  }
  const headers = convertHeaders(ctx, response.headers, childPointer(at, 'headers'));
  if (headers !== undefined && Object.keys(headers).length > 0) out.headers = headers;
  const examples = responseExamples(ctx, content);
  if (Object.keys(examples).length > 0) out.examples = examples;
  if (response.links !== undefined) {
    ctx.report(
      'oas3-links-dropped',
      'warning',
      childPointer(at, 'links'),
      'Swagger 2.0 has no response links; they are dropped.',
    );
  }
  copyExtensions(ctx, response, out, at);
  return out;
}

/** `example` or the first of `examples` per media type -> 2.0 `examples` keyed by media type. */
function responseExamples(ctx: Context, content: Obj): Obj {
  const out: Obj = {};
  for (const [type, media] of Object.entries(content)) {
    if (!isObject(media)) continue;
    const example = firstExample(ctx, media);
    if (example !== undefined) setMember(out, type, example);
  }
  return out;
}
