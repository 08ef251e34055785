import type { ErrorObject } from 'ajv';
import { escapeToken, getAt, isObject, parsePointer } from '../definition/pointer.ts';
// Ajv's standalone code for the Swagger 2.0 schema, generated at build time (scripts/generate.ts): no schema is
// compiled at start-up.
import { HTTP_METHODS } from '../model.ts';
import * as swagger2 from './generated/swagger2.js';
import { SIMPLE_TYPES } from './quickValid.ts';
import type { Issue } from './rule.ts';

/** A schema definition that a `oneOf`/`anyOf` branch is validated against on its own. */
type Branch = Exclude<keyof typeof swagger2, 'swagger'>;

/**
 * Members that connector rules check with a better message (host, basePath, schemes, swagger, info.title):
 * the schema's own complaint about them would only repeat it.
 */
const COVERED = /^\/(?:host|basePath|swagger|schemes(?:\/\d+)?|info\/title)$/;

/** Swagger 2.0 schema findings, one per real problem rather than one per failed `oneOf` branch. */
export function schemaIssues(doc: unknown): Issue[] {
  const validate = swagger2.swagger;
  const errors = [...(validate(doc) ? [] : reduce(validate.errors ?? [], doc, '')), ...parameterErrors(doc)];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const member = error.keyword === 'required' ? `${error.instancePath}/${String(error.params.missingProperty)}` : '';
    if (COVERED.test(member || error.instancePath)) continue;
    const issue = describe(error, doc);
    const key = issue.pointer + '\n' + issue.message;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

type AjvError = ErrorObject<string, Record<string, unknown>>;

/**
 * Ajv reports every branch of a failed `oneOf`/`anyOf` (a query parameter "lacks `schema`" because it is not a body
 * parameter). For each outermost one, drop those errors, pick the branch the data means (by `in`, `type`, `flow`,
 * `$ref`) and validate against it alone; recurse into the branch's own alternatives.
 */
function reduce(errors: AjvError[], root: unknown, prefix: string): AjvError[] {
  const located = errors.map((e) => ({ ...e, instancePath: prefix + e.instancePath }));
  const choices = located.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const outermost = choices.filter(
    (c) => !choices.some((o) => o !== c && c.instancePath.startsWith(o.instancePath + '/')),
  );
  // A choice at `prefix` itself was already made by the caller: never choose there again (no endless recursion).
  const points = [...new Map(outermost.map((c) => [c.instancePath, c])).values()].filter(
    (c) => prefix === '' || c.instancePath !== prefix,
  );
  const under = (e: AjvError, at: string): boolean => e.instancePath === at || e.instancePath.startsWith(at + '/');
  const result = located.filter((e) => !points.some((p) => under(e, p.instancePath)));
  for (const point of points) {
    const data = getAt(root, point.instancePath);
    const branch = chooseBranch(point, data);
    if (typeof branch !== 'string') {
      result.push(branch);
      continue;
    }
    const fn = swagger2[branch];
    if (!fn(data)) result.push(...reduce(fn.errors ?? [], root, point.instancePath));
  }
  return result;
}

/**
 * The errors of every parameter (the generated `swagger` validator accepts anything there): each is validated
 * against the branch its `in` names, or the `$ref` form, as `reduce` would choose after a failed `oneOf`.
 */
function parameterErrors(doc: unknown): AjvError[] {
  const errors: AjvError[] = [];
  const check = (data: unknown, at: string): void => {
    const problem = (member: string, message: string): AjvError => ({
      instancePath: at + member,
      schemaPath: '#/oneOf',
      keyword: 'branch',
      params: {},
      message,
    });
    if (!isObject(data)) {
      errors.push(problem('', 'must be an object'));
      return;
    }
    const branch = '$ref' in data ? 'jsonReference' : PARAMETER_BRANCHES.get(String(data.in));
    if (branch === undefined) {
      errors.push(problem('/in', 'must be one of body, header, formData, query, path'));
      return;
    }
    const fn = swagger2[branch];
    if (!fn(data)) errors.push(...reduce(fn.errors ?? [], doc, at));
    // Non-body parameters share `required: [name, in, type]` outside their branches.
    if (NON_BODY_BRANCHES.has(branch)) {
      for (const member of ['name', 'type']) {
        if (member in data) continue;
        errors.push({
          instancePath: at,
          schemaPath: '#/required',
          keyword: 'required',
          params: { missingProperty: member },
        });
      }
    }
  };
  const list = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => check(item, `${at}/${i}`));
  };
  if (!isObject(doc)) return errors;
  if (isObject(doc.parameters)) {
    for (const [name, value] of Object.entries(doc.parameters)) check(value, `/parameters/${escapeToken(name)}`);
  }
  if (!isObject(doc.paths)) return errors;
  // Where the schema has parameter lists: on path items (members starting with `/`) and their operations.
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith('/') || !isObject(item)) continue;
    const at = `/paths/${escapeToken(path)}`;
    list(item.parameters, `${at}/parameters`);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) list(operation.parameters, `${at}/${method}/parameters`);
    }
  }
  return errors;
}

// Maps, not object literals: a definition's `in` or `flow` may be any text, `constructor` included.
const NON_BODY = new Map<string, Branch>([
  ['header', 'headerParameterSubSchema'],
  ['formData', 'formDataParameterSubSchema'],
  ['query', 'queryParameterSubSchema'],
  ['path', 'pathParameterSubSchema'],
]);
const NON_BODY_BRANCHES = new Set<Branch>(NON_BODY.values());
const PARAMETER_BRANCHES = new Map<string, Branch>([['body', 'bodyParameter'], ...NON_BODY]);
const OAUTH_BRANCHES = new Map<string, Branch>([
  ['implicit', 'oauth2ImplicitSecurity'],
  ['password', 'oauth2PasswordSecurity'],
  ['application', 'oauth2ApplicationSecurity'],
  ['accessCode', 'oauth2AccessCodeSecurity'],
]);

/** The schema definition a value at a `oneOf`/`anyOf` means to follow, or an error when nothing tells. */
function chooseBranch(point: AjvError, data: unknown): Branch | AjvError {
  const at = point.instancePath;
  const problem = (member: string, message: string): AjvError => ({
    ...point,
    instancePath: at + member,
    keyword: 'branch',
    message,
  });
  if (at.endsWith('/type') && !isObject(data)) {
    return problem('', `must be one of ${[...SIMPLE_TYPES].join(', ')}, or a list of them`);
  }
  if (!isObject(data)) return problem('', `must be an object`);
  if (point.schemaPath.endsWith('/anyOf')) return 'schema'; // `items` or `additionalProperties` holding a schema
  if (point.schemaPath === '#/properties/schema/oneOf') return data.type === 'file' ? 'fileSchema' : 'schema';
  if ('$ref' in data) return 'jsonReference'; // a response given by reference
  if (point.schemaPath === '#/additionalProperties/oneOf') {
    if (data.type === 'basic') return 'basicAuthenticationSecurity';
    if (data.type === 'apiKey') return 'apiKeySecurity';
    if (data.type !== 'oauth2') return problem('/type', 'must be one of basic, apiKey, oauth2');
    return (
      OAUTH_BRANCHES.get(String(data.flow)) ??
      problem('/flow', 'must be one of implicit, password, application, accessCode')
    );
  }
  // The last choice the generated validator leaves: a response (parameters are chosen in parameterErrors).
  return 'response';
}

/** One user-facing issue from one Ajv error: what is wrong and how to fix it. */
function describe(error: AjvError, doc: unknown): Issue {
  const at = error.instancePath;
  const name = `'${parsePointer(at)?.at(-1) ?? ''}'`;
  const params = error.params;
  switch (error.keyword) {
    case 'required':
      return { pointer: at, message: `Required property '${String(params.missingProperty)}' is missing: add it.` };
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const pointer = `${at}/${escapeToken(extra)}`;
      if (at === '/paths') return { pointer, message: `Path '${extra}' must start with '/': add the leading slash.` };
      if (at.endsWith('/responses')) {
        return {
          pointer,
          message: `Response '${extra}' must be a status code such as "200", or "default": rename it.`,
        };
      }
      return {
        pointer,
        message: `Property '${extra}' is not allowed here in Swagger 2.0: remove it, or prefix it with 'x-' to keep it as an extension.`,
      };
    }
    case 'enum':
      return {
        pointer: at,
        message: `${name} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}: change the value.`,
      };
    case 'type':
      return { pointer: at, message: `${name} must be of type ${String(params.type)}: change the value.` };
    case 'uniqueItems': {
      const list = parsePointer(at)?.at(-1);
      const items = getAt(doc, at) as unknown[];
      const duplicate = JSON.stringify(items[Number(params.i)]);
      // The platform lists connectors with repeated enum values: a degradation (a repeated choice), not a rejection.
      return {
        pointer: at,
        level: list === 'enum' ? 'warning' : 'error',
        message: `${name} lists ${duplicate} more than once (items ${String(params.j)} and ${String(params.i)}): remove the repeat.`,
      };
    }
    case 'not':
    case 'minProperties':
      if (!at.endsWith('/responses')) break;
      // `responses` must hold a status code. Webhook trigger operations published with an empty `responses` (or
      // only `x-ms-*` extensions) are accepted by the platform, hence a warning; `not` and `minProperties` say the
      // same thing, and the caller drops the repeat.
      return {
        pointer: at,
        level: 'warning',
        message: `'responses' declares no response: add at least one (e.g. "200" or "default") with a description.`,
      };
    case 'branch':
      return { pointer: at, message: `${name} ${error.message ?? ''}: change the value.` };
  }
  return { pointer: at, message: `${name} ${error.message ?? 'is invalid'}: fix it to follow Swagger 2.0.` };
}
