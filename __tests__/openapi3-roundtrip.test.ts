/* eslint-disable @typescript-eslint/no-explicit-any -- corpus documents have any shape */
/**
 * Round trip over the connector corpus: Swagger 2.0 -> OpenAPI 3.0 (swagger2openapi) -> Swagger 2.0 (ours).
 *
 * Eligible (the 2.0 -> 3.0 step is lossless for what we compare): the file parses as JSON, swagger2openapi
 * converts it without an `x-s2o-warning`, keeps every definition name (it renames ones with characters 3.0
 * component names forbid), keeps the OAuth URLs (it strips their query strings), and no operation
 * sends a `body` parameter while consuming only form media types (3.0 cannot tell that apart from formData
 * fields, so converting back gives fields).
 *
 * Compared: operations (method + path + operationId); per operation the effective parameters (path-level and
 * operation-level, references resolved) as name, in, required, type, the effective security requirements and the
 * `x-` extensions (but `x-ms-examples`, which swagger2openapi turns into 3.0 examples); security definitions and
 * definitions by name, deep-equal after normalising differences that are harmless or made by the 2.0 -> 3.0 step:
 * - siblings of a schema `$ref` are ignored (2.0 ignores them; swagger2openapi drops them);
 * - `x-nullable: false` equals no `x-nullable` (swagger2openapi drops `nullable: false`);
 * - `type: "null"` equals `x-nullable: true` without a type (our reading of a null type);
 * - `required` arrays compare as sets;
 * - an OAuth definition without `scopes` equals one with `scopes: {}`; no securityDefinitions equals `{}`;
 * - security scheme names compare after swagger2openapi's renaming (runs of characters outside `[A-Za-z0-9._-]`
 *   become `_`), in definitions and requirements alike;
 * - a formData `string`/`binary` parameter equals a `file` one (both are the same 3.0 binary property).
 * swagger2openapi runs with `rbname` so the body parameter's name survives in `x-codegen-request-body-name`.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { sharedPath } from './support/shared.ts';
import { convertOpenApi3 } from '../src/openapi3/convert.ts';

const require = createRequire(import.meta.url);
const swagger2openapi = require('swagger2openapi') as {
  convertObj(obj: unknown, options: Record<string, unknown>): Promise<{ openapi: any }>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)/;

/** Per operation: its parameters, security and extensions, as comparable strings. */
function operations(doc: any): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [p, item] of Object.entries<any>(doc.paths ?? {})) {
    if (!item || typeof item !== 'object') continue;
    for (const method of METHODS.filter((m) => item[m] && typeof item[m] === 'object')) {
      const op = item[method];
      const params = new Map<string, string>();
      for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const param = raw?.$ref ? doc.parameters?.[raw.$ref.split('/').pop()] : raw;
        if (!param) continue;
        const binary = param.in === 'formData' && param.type === 'string' && param.format === 'binary';
        const type = param.in === 'body' ? '' : binary ? 'file' : param.type;
        params.set(`${param.in} ${param.name}`, `${param.in} ${param.name} ${param.required === true} ${type}`);
      }
      const extensions = Object.entries(op).filter(([k]) => k.startsWith('x-') && k !== 'x-ms-examples');
      out.set(`${method} ${p} ${op.operationId}`, [
        ...[...params.values()].sort(),
        `security ${JSON.stringify((op.security ?? doc.security)?.map(schemeNames))}`,
        `extensions ${JSON.stringify(normalise(Object.fromEntries(extensions)))}`,
      ]);
    }
  }
  return out;
}

/** Keys renamed as swagger2openapi renames security schemes. */
function schemeNames(value: any): any {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/[^A-Za-z0-9._-]+/g, '_'), v]));
}

function normalise(value: any): any {
  if (Array.isArray(value)) return value.map(normalise);
  if (!value || typeof value !== 'object') return value;
  if (typeof value.$ref === 'string') return { $ref: value.$ref };
  const v = { ...value };
  if (v['x-nullable'] === false) delete v['x-nullable'];
  if (v.type === 'oauth2' && v.flow !== undefined && v.scopes === undefined) v.scopes = {};
  if (v.type === 'null') {
    delete v.type;
    v['x-nullable'] = true;
  }
  const out: any = {};
  for (const key of Object.keys(v).sort()) {
    if (key.startsWith('x-s2o')) continue;
    out[key] = key === 'required' && Array.isArray(v[key]) ? [...v[key]].sort() : normalise(v[key]);
  }
  return out;
}

/** The kinds of difference between the original and the round-tripped document (empty when equal). */
function differences(original: any, back: any): string[] {
  const found = new Set<string>();
  const a = operations(original);
  const b = operations(back);
  if ([...a.keys()].some((k) => !b.has(k)) || [...b.keys()].some((k) => !a.has(k))) found.add('operations');
  for (const [k, params] of a) {
    if (b.has(k) && JSON.stringify(params) !== JSON.stringify(b.get(k))) found.add('operation details');
  }
  const definitions = (doc: any) => JSON.stringify(normalise(schemeNames(doc.securityDefinitions ?? {})));
  if (definitions(original) !== definitions(back)) found.add('security definitions');
  const defsA = original.definitions ?? {};
  const defsB = back.definitions ?? {};
  for (const name of new Set([...Object.keys(defsA), ...Object.keys(defsB)])) {
    if (JSON.stringify(normalise(defsA[name])) !== JSON.stringify(normalise(defsB[name]))) found.add('definitions');
  }
  return [...found];
}

/** Why the 2.0 -> 3.0 step is not lossless for this document, or undefined when it is. */
function ineligible(original: any, oas: any): string | undefined {
  if (JSON.stringify(oas).includes('x-s2o-warning')) return 'swagger2openapi warned';
  if (
    JSON.stringify(Object.keys(original.definitions ?? {})) !==
    JSON.stringify(Object.keys(oas.components?.schemas ?? {}))
  ) {
    return 'swagger2openapi renamed definitions';
  }
  const schemes = Object.values<any>(original.securityDefinitions ?? {});
  const text = JSON.stringify(oas);
  if (
    schemes.some((d) =>
      [d?.authorizationUrl, d?.tokenUrl].some((u) => typeof u === 'string' && !text.includes(JSON.stringify(u))),
    )
  ) {
    return 'swagger2openapi changed OAuth URLs';
  }
  const formBody = Object.values<any>(original.paths ?? {}).some(
    (item) =>
      item &&
      METHODS.some((m) => {
        const consumes: string[] = item[m]?.consumes ?? original.consumes ?? [];
        return (
          item[m]?.parameters?.some((p: any) => p?.in === 'body') &&
          consumes.length > 0 &&
          consumes.every((c) => FORM.test(c))
        );
      }),
  );
  return formBody ? 'body parameter with only form media types' : undefined;
}

const corpus = sharedPath('corpus/connectors');

(corpus ? describe : describe.skip)('round trip 2.0 -> 3.0 (swagger2openapi) -> 2.0 over the connector corpus', () => {
  test('eligible connectors keep operations, parameters and definitions; sampled results validate', async () => {
    const counts = { json: 0, eligible: 0, equal: 0, validated: 0 };
    const skipped: Record<string, number> = {};
    const different: Record<string, string[]> = {};
    const invalid: string[] = [];
    for (const slug of readdirSync(corpus as string).sort()) {
      let original: any;
      try {
        const text = readFileSync(path.join(corpus as string, slug, 'apiDefinition.swagger.json'), 'utf8');
        original = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        continue;
      }
      counts.json++;
      let oas: any;
      try {
        oas = (
          await swagger2openapi.convertObj(structuredClone(original), {
            patch: true,
            warnOnly: true,
            rbname: 'x-codegen-request-body-name',
          })
        ).openapi;
      } catch {
        skipped['swagger2openapi failed'] = (skipped['swagger2openapi failed'] ?? 0) + 1;
        continue;
      }
      const why = ineligible(original, oas);
      if (why) {
        skipped[why] = (skipped[why] ?? 0) + 1;
        continue;
      }
      counts.eligible++;
      const back = convertOpenApi3({ value: oas }).swagger;
      const kinds = differences(original, back);
      if (kinds.length === 0) counts.equal++;
      else different[slug] = kinds;
      // Validating all takes over a minute; every 25th keeps the test fast and still covers the corpus' variety.
      if (counts.eligible % 25 === 0) {
        const valid = await SwaggerParser.validate(structuredClone(original)).then(
          () => true,
          () => false,
        );
        if (valid) {
          counts.validated++;
          await SwaggerParser.validate(structuredClone(back) as never).catch((e: Error) =>
            invalid.push(`${slug}: ${e.message}`),
          );
        }
      }
    }
    console.log(
      `Round trip: ${counts.json} JSON connectors, ${counts.eligible} eligible, ${counts.equal} equal, ` +
        `${Object.keys(different).length} different ${JSON.stringify(different)}; not eligible: ${JSON.stringify(skipped)}; ` +
        `${counts.validated} sampled results validated, ${invalid.length} invalid`,
    );
    expect(counts.eligible).toBeGreaterThan(600);
    expect(different).toEqual({});
    expect(invalid).toEqual([]);
  });
});
