import type { Pointer } from '../model.ts';
import { childPointer, isObject } from '../definition/pointer.ts';
import { setMember } from '../definition/json.ts';
import { type Context, copyExtensions } from './context.ts';

type Obj = Record<string, unknown>;

/** 3.x flow name -> 2.0 flow, in order of preference (the platform supports only the first). */
const FLOWS: [string, string][] = [
  ['authorizationCode', 'accessCode'],
  ['implicit', 'implicit'],
  ['clientCredentials', 'application'],
  ['password', 'password'],
];

/** Relative OAuth URLs are relative to the server URL in 3.x; 2.0 needs absolute ones. */
function absolute(url: unknown, base: string | undefined): unknown {
  if (typeof url !== 'string' || base === undefined || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function oauth2(
  ctx: Context,
  name: string,
  scheme: Obj,
  pointer: Pointer,
  serverUrl: string | undefined,
): Obj | undefined {
  const flows = isObject(scheme.flows) ? scheme.flows : {};
  const present = FLOWS.filter(([flow]) => isObject(flows[flow]));
  if (present.length === 0) {
    ctx.report(
      'oas3-security-unsupported',
      'error',
      pointer,
      `OAuth 2.0 scheme '${name}' has no flow Swagger 2.0 knows; it is dropped.`,
    );
    return undefined;
  }
  const [[flow, flow2]] = present;
  const source = flows[flow] as Obj;
  const flowPointer = childPointer(pointer, 'flows', flow);
  const out: Obj = { type: 'oauth2', flow: flow2 };
  if (flow2 === 'accessCode' || flow2 === 'implicit')
    out.authorizationUrl = absolute(source.authorizationUrl, serverUrl);
  if (flow2 !== 'implicit') out.tokenUrl = absolute(source.tokenUrl, serverUrl);
  out.scopes = isObject(source.scopes) ? source.scopes : {};
  if (flow2 !== 'accessCode') {
    ctx.report(
      'oas3-security-oauth2-flow',
      'warning',
      flowPointer,
      `Power Platform custom connectors support only the authorization code flow; '${name}' uses ${flow} (2.0 \`${flow2}\`), which the platform rejects or turns into authorization code.`,
    );
  }
  for (const [other] of present.slice(1)) {
    ctx.report(
      'oas3-security-oauth2-flow-dropped',
      'warning',
      childPointer(pointer, 'flows', other),
      `Swagger 2.0 allows one flow per scheme; the ${other} flow of '${name}' is dropped (${flow} is kept).`,
    );
  }
  if (source.refreshUrl !== undefined) {
    ctx.report(
      'oas3-keyword-dropped',
      'warning',
      childPointer(flowPointer, 'refreshUrl'),
      'Swagger 2.0 has no `refreshUrl`; set the refresh URL when you configure the connector security.',
    );
  }
  return out;
}

/** One security scheme -> a 2.0 security definition, or undefined (with the finding that says what to do). */
function convertScheme(
  ctx: Context,
  name: string,
  scheme: Obj,
  pointer: Pointer,
  serverUrl: string | undefined,
): Obj | undefined {
  let out: Obj | undefined;
  const http = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : '';
  if (scheme.type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query')) {
    out = { type: 'apiKey', name: scheme.name, in: scheme.in };
  } else if (scheme.type === 'apiKey') {
    ctx.report(
      'oas3-security-apikey-cookie',
      'warning',
      childPointer(pointer, 'in'),
      `Swagger 2.0 has no cookie API keys; '${name}' is dropped. Accept the key in a header, or send the Cookie header from a policy.`,
    );
  } else if (scheme.type === 'http' && http === 'basic') {
    out = { type: 'basic' };
  } else if (scheme.type === 'http' && http === 'bearer') {
    ctx.report(
      'oas3-security-bearer',
      'warning',
      pointer,
      `Swagger 2.0 has no bearer scheme; '${name}' is dropped. Model it as an API key in the \`Authorization\` header (users type "Bearer <token>"), or as OAuth 2.0 with your identity provider's authorization and token URLs.`,
    );
  } else if (scheme.type === 'openIdConnect') {
    ctx.report(
      'oas3-security-openidconnect',
      'warning',
      pointer,
      `Swagger 2.0 has no OpenID Connect scheme; '${name}' is dropped. Add an OAuth 2.0 (authorization code) scheme with the authorization_endpoint and token_endpoint from ${String(scheme.openIdConnectUrl ?? 'the discovery document')}.`,
    );
  } else if (scheme.type === 'oauth2') {
    out = oauth2(ctx, name, scheme, pointer, serverUrl);
  } else {
    ctx.report(
      'oas3-security-unsupported',
      'error',
      pointer,
      `Security scheme '${name}' (${String(scheme.type)} ${http}) has no Swagger 2.0 equivalent; it is dropped, so calls go unauthenticated.`,
    );
  }
  if (out) {
    if (scheme.description !== undefined) out.description = scheme.description;
    copyExtensions(ctx, scheme, out, pointer);
  }
  return out;
}

export function convertSecuritySchemes(
  ctx: Context,
  schemes: unknown,
  pointer: Pointer,
  serverUrl: string | undefined,
): Obj {
  const out: Obj = {};
  if (!isObject(schemes)) return out;
  for (const [name, raw] of Object.entries(schemes)) {
    const { node, pointer: at } = ctx.resolve(raw, childPointer(pointer, name));
    if (!isObject(node)) continue;
    const converted = convertScheme(ctx, name, node, at, serverUrl);
    if (converted) setMember(out, name, converted);
  }
  return out;
}

/**
 * Security requirements without the schemes the conversion dropped (names of undefined schemes stay, for the
 * validator to report). A requirement left empty by the drop is removed (an empty one written in the source still
 * means "no authentication"); undefined when nothing is left to say.
 */
export function convertRequirements(requirements: unknown, dropped: ReadonlySet<string>): Obj[] | undefined {
  if (!Array.isArray(requirements)) return undefined;
  const out: Obj[] = [];
  for (const requirement of requirements) {
    if (!isObject(requirement)) continue;
    const names = Object.keys(requirement);
    const kept = names.filter((n) => !dropped.has(n));
    if (names.length > 0 && kept.length === 0) continue;
    out.push(Object.fromEntries(kept.map((n) => [n, Array.isArray(requirement[n]) ? requirement[n] : []])));
  }
  return out.length === 0 && requirements.length > 0 ? undefined : out;
}
