/* eslint-disable @typescript-eslint/no-explicit-any -- the tests mutate parsed JSON freely */
import { afterAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { diffDefinitions, driftRules, driftVerdict } from '../src/drift/index.ts';
import type { Definition } from '../src/definition/document.ts';
import type { Change } from '../src/model.ts';
import { repoRoot, sharedPath } from './support/shared.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const diff = (a: unknown, b: unknown, ignoreRules?: string[]) =>
  diffDefinitions({ value: a }, { value: b }, { ignoreRules });
const rulesOf = (changes: Change[]) => changes.map((c) => c.rule);
const notInfo = (changes: Change[]) => changes.filter((c) => c.level !== 'info');

/** A small connector exercising shared definitions, a `$ref` cycle, `allOf`, path-level and dynamic parameters. */
function fixture(): any {
  return {
    swagger: '2.0',
    info: { title: 'Costs', description: 'Project costs', version: '1.0' },
    host: 'api.contoso.com',
    basePath: '/api',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
    paths: {
      '/costs/{project}': {
        parameters: [
          {
            name: 'project',
            in: 'path',
            required: true,
            type: 'string',
            'x-ms-dynamic-values': { operationId: 'ListProjects', 'value-path': 'id' },
          },
        ],
        get: {
          operationId: 'GetCosts',
          summary: 'Get costs',
          parameters: [
            { name: 'period', in: 'query', type: 'string', enum: ['daily', 'weekly'] },
            { $ref: '#/parameters/Limit' },
          ],
          responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/CostList' } } },
        },
        post: {
          operationId: 'CreateCost',
          summary: 'Create cost',
          parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Cost' } }],
          responses: { '201': { description: 'created', schema: { $ref: '#/definitions/Cost' } } },
        },
      },
      '/projects': {
        get: {
          operationId: 'ListProjects',
          summary: 'List projects',
          responses: {
            '200': { description: 'ok', schema: { type: 'array', items: { $ref: '#/definitions/Project' } } },
          },
        },
      },
      '/hooks/costs': {
        post: {
          operationId: 'OnCostAdded',
          summary: 'When a cost is added',
          'x-ms-trigger': 'single',
          responses: { '201': { description: 'created', schema: { $ref: '#/definitions/Cost' } } },
        },
      },
    },
    parameters: { Limit: { name: 'limit', in: 'query', type: 'integer', maximum: 1000 } },
    definitions: {
      Cost: {
        type: 'object',
        required: ['amount'],
        properties: {
          amount: { type: 'number' },
          note: { type: 'string' },
          project: { $ref: '#/definitions/Project' },
        },
      },
      CostList: {
        type: 'object',
        required: ['total'],
        properties: { total: { type: 'number' }, items: { type: 'array', items: { $ref: '#/definitions/Cost' } } },
      },
      // A cycle (parent) through allOf: must neither hang nor be reported twice.
      Project: {
        allOf: [
          { $ref: '#/definitions/Named' },
          { type: 'object', properties: { parent: { $ref: '#/definitions/Project' }, code: { type: 'string' } } },
        ],
      },
      Named: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
    },
  };
}

function changed(mutate: (doc: any) => void): Change[] {
  const next = fixture();
  mutate(next);
  return diff(fixture(), next);
}

describe('drift on a self-contained fixture', () => {
  test('a definition does not drift from itself, nor from a reordered copy', () => {
    expect(diff(fixture(), fixture())).toEqual([]);
    const reordered = JSON.parse(JSON.stringify(fixture(), Object.keys(fixture()).reverse()));
    expect(diff(fixture(), { ...reordered, ...fixture() })).toEqual([]);
  });

  test('a new operationId on the same method and path is a rename, not a removal plus an addition', () => {
    const changes = changed((d) => (d.paths['/costs/{project}'].get.operationId = 'CalculateCosts'));
    expect(changes).toEqual([
      {
        rule: 'operation-id-changed',
        level: 'breaking',
        operationId: 'GetCosts',
        method: 'get',
        path: '/costs/{project}',
        oldPointer: '/paths/~1costs~1{project}/get/operationId',
        newPointer: '/paths/~1costs~1{project}/get/operationId',
        message:
          "Flows that use the action 'Get costs' stop working: its operationId changed from GetCosts to CalculateCosts.",
      },
    ]);
  });

  test('the same operationId on another path is a path change; a renamed template variable is not', () => {
    const moved = changed((d) => {
      d.paths['/v2/projects'] = d.paths['/projects'];
      delete d.paths['/projects'];
    });
    expect(rulesOf(moved)).toEqual(['operation-path-changed']);
    expect(moved[0].message).toContain('now calls GET /api/v2/projects instead of GET /api/projects');
    // {project} -> {id}: same endpoint, but flows store path parameters by name.
    const renamedVar = changed((d) => {
      const item = d.paths['/costs/{project}'];
      item.parameters[0].name = 'id';
      d.paths['/costs/{id}'] = item;
      delete d.paths['/costs/{project}'];
    });
    expect(new Set(rulesOf(renamedVar))).toEqual(new Set(['parameter-removed', 'required-parameter-added']));
  });

  test('a loaded Definition is accepted as it is', () => {
    const definition = (value: unknown): Definition => ({
      source: 'api.json',
      format: 'json',
      text: '',
      bytes: 0,
      value,
      lineOf: (p) => (p.endsWith('/operationId') ? 12 : undefined),
    });
    const next = fixture();
    next.paths['/costs/{project}'].get.operationId = 'CalculateCosts';
    expect(diffDefinitions(definition(fixture()), definition(next))).toEqual([
      expect.objectContaining({ rule: 'operation-id-changed', line: 12 }),
    ]);
  });

  test('an operation that is gone is removed; its line is the old one', () => {
    const next = fixture();
    delete next.paths['/hooks/costs'];
    const changes = diffDefinitions(
      { value: fixture(), lineOf: (p) => (p === '/paths/~1hooks~1costs/post' ? 77 : undefined) },
      { value: next, lineOf: () => 1 },
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ rule: 'operation-removed', operationId: 'OnCostAdded', line: 77 });
    expect(changes[0]).not.toHaveProperty('newPointer');
    expect(changes[0].message).toBe("Flows that use the trigger 'When a cost is added' stop working: it was removed.");
  });

  test('a property removed from a shared, cyclic allOf definition is reported per operation at its real pointer', () => {
    const changes = changed((d) => delete d.definitions.Named.properties.name);
    const at = '/definitions/Named/properties/name';
    expect(changes.every((c) => c.oldPointer === at && c.newPointer === undefined)).toBe(true);
    expect(changes.map((c) => `${c.operationId} ${c.rule}`).sort()).toEqual([
      'CreateCost request-property-removed',
      'CreateCost response-property-removed',
      'GetCosts response-property-removed',
      'ListProjects response-property-removed',
      'OnCostAdded response-property-removed',
    ]);
    const list = changes.find((c) => c.operationId === 'ListProjects');
    expect(list?.message).toBe(
      "Flows that use the action 'List projects' stop working: the response property '[].name' was removed.",
    );
    expect(changes.find((c) => c.operationId === 'GetCosts')?.message).toContain("'items[].project.name'");
  });

  test('path-level parameters are merged into every operation of the path', () => {
    const changes = changed((d) => (d.paths['/costs/{project}'].parameters[0].type = 'integer'));
    expect(changes.map((c) => `${c.operationId} ${c.rule}`)).toEqual([
      'CreateCost type-changed',
      'GetCosts type-changed',
    ]);
    expect(changes[0].message).toContain("the type of the path parameter 'project' changed from string to integer");
  });

  test('a dynamic-values target renamed together with its reference only reports the rename', () => {
    const both = changed((d) => {
      d.paths['/projects'].get.operationId = 'ListAllProjects';
      d.paths['/costs/{project}'].parameters[0]['x-ms-dynamic-values'].operationId = 'ListAllProjects';
    });
    expect(rulesOf(both)).toEqual(['operation-id-changed']);
    const stale = changed((d) => (d.paths['/projects'].get.operationId = 'ListAllProjects'));
    expect(rulesOf(stale).sort()).toEqual(['dynamic-target-changed', 'dynamic-target-changed', 'operation-id-changed']);
    expect(stale.find((c) => c.rule === 'dynamic-target-changed')?.message).toContain(
      'its target ListProjects was renamed to ListAllProjects',
    );
  });

  test('inputs and outputs break in opposite directions', () => {
    const changes = changed((d) => {
      d.definitions.Cost.required = ['amount', 'note']; // request: made required; response: nothing lost
      d.definitions.CostList.required = []; // response: total may be missing
      d.parameters.Limit.maximum = 100; // input tightened
      d.paths['/costs/{project}'].get.parameters[0].enum = ['daily']; // input value removed
    });
    expect(changes.map((c) => `${c.level} ${c.operationId} ${c.rule}`)).toEqual([
      'breaking CreateCost parameter-made-required',
      'breaking GetCosts enum-value-removed',
      'warning GetCosts constraint-tightened',
      'warning GetCosts response-property-optional',
    ]);
  });

  test('a required input that makers never see (internal with a default) breaks nothing', () => {
    const changes = changed(
      (d) =>
        (d.paths['/projects'].get.parameters = [
          {
            name: 'api-version',
            in: 'query',
            required: true,
            type: 'string',
            default: '2024',
            'x-ms-visibility': 'internal',
          },
          { name: 'top', in: 'query', required: true, type: 'integer' },
        ]),
    );
    expect(changes.map((c) => `${c.level} ${c.rule}`)).toEqual([
      'breaking required-parameter-added',
      'info optional-parameter-added',
    ]);
  });

  test('connector-wide changes: security, basePath, host', () => {
    const changes = changed((d) => {
      d.securityDefinitions.key.in = 'query';
      d.basePath = '/api/v2';
      d.paths['/projects'].get.deprecated = true;
    });
    expect(changes.map((c) => `${c.level} ${c.rule}`)).toEqual([
      'breaking security-changed',
      'breaking base-path-changed',
      'warning operation-deprecated',
    ]);
    expect(changes[0].message).toBe(
      'Every connection of this connector must be created again: the API key location changed from header to query.',
    );
    expect(rulesOf(changed((d) => (d.host = 'api.fabrikam.com')))).toEqual(['host-changed']);
    expect(rulesOf(changed((d) => (d.basePath = '/api/')))).toEqual([]);
    // The basePath moved into the paths: every URL stays the same.
    const compensated = changed((d) => {
      d.basePath = '/';
      d.paths = Object.fromEntries(Object.entries(d.paths).map(([p, item]) => [`/api${p}`, item]));
    });
    expect(compensated).toEqual([]);
  });

  test('a response that offers flows nothing can go without a change', () => {
    const empty = (d: any) => (d.paths['/projects'].get.responses['200'].schema = { type: 'object', properties: {} });
    const before = fixture();
    empty(before);
    const gone = fixture();
    delete gone.paths['/projects'].get.responses['200'];
    expect(diff(before, gone)).toEqual([]);
    expect(rulesOf(diff(fixture(), gone))).toEqual(['response-removed']);
    const noBody = fixture();
    delete noBody.paths['/projects'].get.responses['200'].schema;
    expect(diff(before, noBody)).toEqual([]);
    expect(rulesOf(diff(fixture(), noBody))).toEqual(['response-type-changed']);
    const list = fixture();
    list.paths['/projects'].get.responses['200'].schema = { type: 'array', items: { type: 'string' } };
    expect(diff(before, list).map((c) => c.rule)).toEqual([]);
  });

  test('x-ms-trigger and x-ms-visibility', () => {
    expect(rulesOf(changed((d) => delete d.paths['/hooks/costs'].post['x-ms-trigger']))).toEqual(['trigger-changed']);
    expect(rulesOf(changed((d) => (d.paths['/projects'].get['x-ms-visibility'] = 'internal')))).toEqual([
      'visibility-internal',
    ]);
    expect(rulesOf(changed((d) => (d.paths['/projects'].get['x-ms-visibility'] = 'advanced')))).toEqual([
      'visibility-changed',
    ]);
  });

  test('wording changes fold into one info change per operation', () => {
    const changes = changed((d) => {
      const get = d.paths['/costs/{project}'].get;
      get.summary = 'Get the costs';
      get.description = 'New';
      get.parameters[0].description = 'Period';
      get.parameters[0]['x-ms-summary'] = 'Period';
      d.definitions.CostList.properties.total.description = 'Sum';
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ rule: 'documentation-changed', level: 'info', operationId: 'GetCosts' });
    expect(changes[0].message).toBe(
      "The action 'Get costs' reads differently: summary, 3 descriptions and display name changed.",
    );
  });

  test('changes are sorted by level then operation; ignoreRules drops rules', () => {
    const next = fixture();
    next.paths['/projects'].get['x-ms-visibility'] = 'advanced';
    next.paths['/costs/{project}'].get.operationId = 'CalculateCosts';
    next.paths['/new'] = { get: { operationId: 'AddedOne', responses: { '200': { description: 'ok' } } } };
    next.parameters.Limit.maximum = 10;
    const changes = diff(fixture(), next);
    expect(changes.map((c) => `${c.level} ${c.rule}`)).toEqual([
      'breaking operation-id-changed',
      'warning constraint-tightened',
      'info operation-added',
      'info visibility-changed',
    ]);
    const kept = diff(fixture(), next, ['operation-id-changed', 'operation-added']);
    expect(rulesOf(kept)).toEqual(['constraint-tightened', 'visibility-changed']);
  });

  test('driftVerdict counts levels and applies failOn', () => {
    const changes = changed((d) => {
      d.paths['/projects'].get['x-ms-visibility'] = 'advanced';
      d.parameters.Limit.maximum = 10;
    });
    expect(driftVerdict(changes, 'breaking')).toEqual({ drift: true, breaking: 0, warnings: 1, infos: 1, fail: false });
    expect(driftVerdict(changes, 'warning').fail).toBe(true);
    expect(driftVerdict(changes, 'any').fail).toBe(true);
    expect(driftVerdict(changes, 'never').fail).toBe(false);
    expect(driftVerdict([], 'any')).toEqual({ drift: false, breaking: 0, warnings: 0, infos: 0, fail: false });
  });

  test('malformed documents do not throw', () => {
    for (const bad of [
      null,
      42,
      'x',
      [],
      { paths: [] },
      { paths: { '/a': { get: { parameters: 'x', responses: 3 } } } },
    ]) {
      expect(() => diff(bad, fixture())).not.toThrow();
      expect(() => diff(fixture(), bad)).not.toThrow();
    }
    const loop = fixture();
    loop.definitions.A = { $ref: '#/definitions/B' };
    loop.definitions.B = { $ref: '#/definitions/A' };
    loop.paths['/projects'].get.responses['200'].schema = { $ref: '#/definitions/A' };
    expect(rulesOf(diff(fixture(), loop))).toEqual([]);
  });

  test('the catalogue lists every rule once, with an example, and docs/drift-rules.md tables each one', () => {
    const ids = driftRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Prettier pads table cells.
    const docs = readFileSync(path.join(repoRoot, 'docs', 'drift-rules.md'), 'utf8').replace(/ {2,}/g, ' ');
    for (const r of driftRules)
      expect(docs).toContain(`| \`${r.id}\` | ${r.description.replace(/\|/g, '\\|')} | ${r.example} |`);
  });

  test('header names are case-insensitive', () => {
    const withHeader = (name: string) => (d: any) =>
      (d.paths['/projects'].get.parameters = [{ name, in: 'header', type: 'string', required: true }]);
    const before = fixture();
    withHeader('X-Tenant')(before);
    const after = fixture();
    withHeader('x-tenant')(after);
    expect(diff(before, after)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Mutations of real connectors: each must produce its rule and nothing else that is breaking or a warning.

const corpus = sharedPath('corpus/connectors');

interface Op {
  path: string;
  method: string;
  op: any;
  item: any;
}

function opsOf(doc: any): Op[] {
  const out: Op[] = [];
  for (const [p, item] of Object.entries<any>(doc.paths ?? {})) {
    for (const method of METHODS)
      if (item?.[method] && typeof item[method] === 'object') out.push({ path: p, method, op: item[method], item });
  }
  return out;
}

function resolve(doc: any, node: any): any {
  for (let i = 0; i < 8 && node?.$ref?.startsWith('#/definitions/'); i++) node = doc.definitions?.[node.$ref.slice(14)];
  return node;
}

/** Operations whose operationId nothing else mentions (no dynamic extension points at them). */
function lonelyOps(doc: any): Op[] {
  const text = JSON.stringify(doc);
  return opsOf(doc).filter(
    (o) =>
      typeof o.op.operationId === 'string' && text.split(`"${o.op.operationId}"`).length === 2 && !o.op['x-ms-trigger'],
  );
}

function inlineParams(doc: any, pred: (p: any) => boolean): { op: Op; param: any; index: number } | undefined {
  for (const op of opsOf(doc)) {
    const list = op.op.parameters;
    if (!Array.isArray(list)) continue;
    const index = list.findIndex((p: any) => p && !p.$ref && p['x-ms-visibility'] !== 'internal' && pred(p));
    if (index >= 0) return { op, param: list[index], index };
  }
  return undefined;
}

function successSchema(doc: any, inline: boolean): { op: Op; schema: any } | undefined {
  for (const op of opsOf(doc)) {
    const codes = Object.keys(op.op.responses ?? {}).filter((c) => /^2\d\d$|^default$/.test(c));
    const schema = op.op.responses?.['200']?.schema;
    if (codes.length !== 1 || !schema || (inline && schema.$ref)) continue;
    return { op, schema };
  }
  return undefined;
}

/** A response schema flows can use something from (not `{}` nor an object without properties). */
function hasOutputs(doc: any, schema: any): boolean {
  const resolved = resolve(doc, schema);
  return Object.keys(resolved?.properties ?? {}).length > 0 || (resolved?.type && resolved.type !== 'object');
}

function firstVisibleKey(obj: any): string | undefined {
  return Object.keys(obj ?? {}).find((k) => obj[k]?.['x-ms-visibility'] !== 'internal' && !obj[k]?.$ref);
}

const queryParam = (extra: (p: any) => boolean) => (p: any) => p.in === 'query' && extra(p);

type Mutation = (doc: any) => boolean;

const mutations: Record<string, Mutation> = {
  'operation-removed': (d) => {
    const o = lonelyOps(d)[0];
    return o ? delete o.item[o.method] : false;
  },
  'operation-id-changed': (d) => {
    const o = lonelyOps(d)[0];
    return o ? Boolean((o.op.operationId += 'Renamed')) : false;
  },
  'operation-path-changed': (d) => {
    const o = lonelyOps(d).find(
      (x) => !x.item.parameters && Object.keys(x.item).filter((k) => METHODS.includes(k)).length === 1,
    );
    if (!o) return false;
    d.paths[`/moved${o.path}`] = o.item;
    return delete d.paths[o.path];
  },
  'required-parameter-added': (d) => {
    const o = opsOf(d)[0];
    (o.op.parameters ??= []).push({ name: 'addedByTest', in: 'query', required: true, type: 'string' });
    return true;
  },
  'parameter-made-required': (d) => {
    const hit = inlineParams(
      d,
      queryParam((p) => p.required !== true),
    );
    return hit ? (hit.param.required = true) : false;
  },
  'parameter-removed': (d) => {
    const hit = inlineParams(
      d,
      queryParam(() => true),
    );
    return hit ? Boolean(hit.op.op.parameters.splice(hit.index, 1)) : false;
  },
  'parameter-location-changed': (d) => {
    const hit = inlineParams(
      d,
      queryParam(() => true),
    );
    return hit ? Boolean((hit.param.in = 'header')) : false;
  },
  'type-changed': (d) => {
    const hit = inlineParams(
      d,
      queryParam((p) => p.type === 'string' && !p.format),
    );
    return hit ? Boolean((hit.param.type = 'integer')) : false;
  },
  'enum-value-removed': (d) => {
    const hit = inlineParams(
      d,
      queryParam((p) => Array.isArray(p.enum) && p.enum.length > 1),
    );
    return hit ? Boolean(hit.param.enum.pop() !== undefined) : false;
  },
  'request-property-removed': (d) => {
    const hit = inlineParams(
      d,
      (p) => p.in === 'body' && p.schema && !p.schema.$ref && firstVisibleKey(p.schema.properties),
    );
    return hit ? delete hit.param.schema.properties[firstVisibleKey(hit.param.schema.properties)!] : false;
  },
  'response-removed': (d) => {
    const hit = successSchema(d, false);
    return hit && hasOutputs(d, hit.schema) ? delete hit.op.op.responses['200'] : false;
  },
  'response-type-changed': (d) => {
    const hit = successSchema(d, false);
    if (!hit || resolve(d, hit.schema)?.type !== 'object' || !hasOutputs(d, hit.schema)) return false;
    hit.op.op.responses['200'].schema = { type: 'string' };
    return true;
  },
  'response-property-removed': (d) => {
    const hit = successSchema(d, true);
    const key = hit && firstVisibleKey(hit.schema.properties);
    return key ? delete hit.schema.properties[key] : false;
  },
  'visibility-internal': (d) => {
    const o = opsOf(d).find((x) => x.op['x-ms-visibility'] !== 'internal');
    return o ? Boolean((o.op['x-ms-visibility'] = 'internal')) : false;
  },
  'trigger-changed': (d) => {
    const o = opsOf(d).find((x) => typeof x.op['x-ms-trigger'] === 'string');
    return o ? delete o.op['x-ms-trigger'] : false;
  },
  'dynamic-target-changed': (d) => {
    const hit = inlineParams(d, (p) => typeof p['x-ms-dynamic-values']?.operationId === 'string');
    return hit ? Boolean((hit.param['x-ms-dynamic-values'].operationId = 'NoSuchOperation')) : false;
  },
  'security-changed': (d) => {
    const sec: any = Object.values(d.securityDefinitions ?? {})[0];
    if (sec?.type !== 'apiKey') return false;
    sec.in = sec.in === 'header' ? 'query' : 'header';
    return true;
  },
  'base-path-changed': (d) => (typeof d.basePath === 'string' ? Boolean((d.basePath += '/v2')) : false),
  'host-changed': (d) => (typeof d.host === 'string' ? Boolean((d.host = 'moved.example.com')) : false),
  'operation-deprecated': (d) => {
    const o = opsOf(d).find((x) => !x.op.deprecated && !x.op['x-ms-api-annotation']);
    return o ? (o.op.deprecated = true) : false;
  },
  'media-type-narrowed': (d) => {
    const o = opsOf(d).find((x) => (x.op.produces ?? d.produces)?.includes('application/json'));
    return o ? Boolean((o.op.produces = ['text/plain'])) : false;
  },
  'response-property-optional': (d) => {
    const hit = successSchema(d, true);
    const req = hit?.schema.required;
    if (!Array.isArray(req) || !req.some((r: string) => hit!.schema.properties?.[r])) return false;
    hit!.schema.required = req.filter((r: string) => !hit!.schema.properties?.[r]).concat(req.slice(1));
    return true;
  },
  'constraint-tightened': (d) => {
    const hit = inlineParams(
      d,
      queryParam((p) => p.type === 'string' && p.maxLength === undefined),
    );
    return hit ? Boolean((hit.param.maxLength = 5)) : false;
  },
  'operation-added': (d) => {
    d.paths['/added-by-test'] = {
      get: { operationId: 'AddedByTest', summary: 'Added', responses: { '200': { description: 'ok' } } },
    };
    return true;
  },
  'optional-parameter-added': (d) => {
    (opsOf(d)[0].op.parameters ??= []).push({ name: 'addedByTest', in: 'query', type: 'string' });
    return true;
  },
  'response-property-added': (d) => {
    const hit = successSchema(d, true);
    if (!hit?.schema.properties) return false;
    hit.schema.properties.addedByTest = { type: 'string' };
    return true;
  },
  'visibility-changed': (d) => {
    const hit = inlineParams(
      d,
      queryParam((p) => p['x-ms-visibility'] === undefined),
    );
    return hit ? Boolean((hit.param['x-ms-visibility'] = 'advanced')) : false;
  },
  'documentation-changed': (d) => {
    const o = opsOf(d).find((x) => typeof x.op.summary === 'string');
    if (!o) return false;
    o.op.summary += ' (edited)';
    o.op.description = 'Edited by a test';
    return true;
  },
};

const cache = new Map<string, unknown>();
function load(slug: string): unknown {
  if (!cache.has(slug)) {
    const file = path.join(corpus!, slug, 'apiDefinition.swagger.json');
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch {
      value = undefined; // the corpus holds invalid JSON on purpose
    }
    cache.set(slug, value);
  }
  return cache.get(slug);
}

let bySize: string[] | undefined;
function slugsBySize(): string[] {
  bySize ??= readdirSync(corpus!)
    .map((slug) => ({ slug, size: statSync(path.join(corpus!, slug, 'apiDefinition.swagger.json')).size }))
    .sort((a, b) => a.size - b.size || (a.slug < b.slug ? -1 : 1))
    .map((x) => x.slug);
  return bySize;
}

const used: string[] = [];
/** The smallest real connectors on which a mutation applies (smallest first: readable, and fast). */
function* cases(mutate: Mutation, count: number): Generator<{ slug: string; before: unknown; after: unknown }> {
  let found = 0;
  for (const slug of slugsBySize()) {
    const before = load(slug);
    if (before === undefined || diff(before, before).length > 0) continue;
    const after = structuredClone(before);
    if (!mutate(after)) continue;
    yield { slug, before, after };
    if (++found === count) return;
  }
}

(corpus ? describe : describe.skip)('each rule on mutations of real connectors', () => {
  afterAll(() => console.log(`Connectors mutated per rule:\n${used.join('\n')}`));

  test.each(driftRules.map((r) => [r.id, r.level] as const))('%s (%s)', (rule, level) => {
    const mutate = mutations[rule];
    expect(mutate).toBeDefined();
    let tried = 0;
    for (const { slug, before, after } of cases(mutate, 3)) {
      tried++;
      used.push(`${rule}: ${slug}`);
      const changes = diff(before, after);
      const label = `${rule} on ${slug}`;
      expect({ label, has: changes.some((c) => c.rule === rule && c.level === level) }).toEqual({ label, has: true });
      // Nothing else that breaks or warns: info noise (a wording fold, a new output) is allowed.
      const others = notInfo(changes).filter((c) => c.rule !== rule);
      expect({ label, others: others.map((c) => c.message) }).toEqual({ label, others: [] });
    }
    expect(tried).toBe(3);
  });

  test.each([
    [
      'OAuth authorization URL',
      (sec: any) => sec.type === 'oauth2' && Boolean((sec.authorizationUrl = 'https://login.example.com/a')),
    ],
    [
      'OAuth flow',
      (sec: any) => sec.type === 'oauth2' && Boolean((sec.flow = sec.flow === 'implicit' ? 'accessCode' : 'implicit')),
    ],
    ['security type', (sec: any) => sec.type === 'basic' && Boolean((sec.type = 'apiKey'))],
  ])('security-changed (%s)', (_label, mutate) => {
    let tried = 0;
    for (const { slug, before, after } of cases((d) => {
      const sec = Object.values<any>(d.securityDefinitions ?? {})[0];
      return sec !== undefined && mutate(sec);
    }, 2)) {
      tried++;
      expect({ slug, rules: rulesOf(diff(before, after)) }).toEqual({ slug, rules: ['security-changed'] });
    }
    expect(tried).toBe(2);
  });

  test('cosmetic edits of real connectors produce no breaking change and no warning', () => {
    const reorder = (v: any): any =>
      Array.isArray(v)
        ? v.map(reorder)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .reverse()
                .map((k) => [k, reorder(v[k])]),
            )
          : v;
    // The 15 largest and the 15 smallest connectors.
    let checked = 0;
    for (const slug of [...slugsBySize().slice(-15), ...slugsBySize().slice(0, 15)]) {
      const before = load(slug);
      if (before === undefined) continue;
      checked++;
      // Reordered keys and reformatted text: no change at all.
      expect(diff(before, reorder(before))).toEqual([]);
      expect(diff(before, JSON.parse(JSON.stringify(before, null, 1)))).toEqual([]);
      // Wording, a new optional parameter and a new operation: info only.
      const after: any = structuredClone(before);
      for (const o of opsOf(after)) {
        o.op.summary = `${o.op.summary ?? ''} (reworded)`;
        o.op.description = 'Reworded';
        for (const p of o.op.parameters ?? []) if (!p.$ref) p.description = 'Reworded';
      }
      mutations['optional-parameter-added'](after);
      mutations['operation-added'](after);
      const changes = diff(before, after);
      expect({ slug, notInfo: notInfo(changes).map((c) => c.message) }).toEqual({ slug, notInfo: [] });
      expect(changes.some((c) => c.rule === 'documentation-changed')).toBe(true);
    }
    expect(checked).toBeGreaterThan(20);
  });
});
