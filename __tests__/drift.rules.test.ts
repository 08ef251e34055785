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
  test('a very long array is walked without overflowing the stack (whole-document walks push item by item)', () => {
    const long = Array.from({ length: 300_000 }, (_, i) => i);
    const old = { ...fixture(), 'x-long': long };
    old.definitions.Unused = { type: 'string' }; // gone on one side only: the `$ref` targets are looked up
    const next = { ...fixture(), 'x-long': long };
    next.paths['/projects'].get.operationId = 'ListAllProjects'; // renamed: the dynamic references are looked up
    expect(rulesOf(diff(old, next))).toContain('operation-id-changed');
  });

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
    expect(new Set(rulesOf(renamedVar))).toEqual(
      new Set(['parameter-removed', 'required-parameter-added', 'definition-changed']),
    );
    // The path as written differs; no rule explains that part, so the catch-all names it.
    expect(renamedVar.map((c) => c.message)).toContain(
      "The action 'Get costs' differs from the last export where no drift rule looks: /paths/~1costs~1{project}/get (now /paths/~1costs~1{id}/get) changed.",
    );
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
    // The same URLs, but the exported copy differs: reported, as info.
    expect(changed((d) => (d.basePath = '/api/'))).toEqual([
      {
        rule: 'definition-changed',
        level: 'info',
        oldPointer: '/basePath',
        newPointer: '/basePath',
        line: undefined,
        message:
          "The definition differs from the last export where no drift rule looks: /basePath changed from '/api' to '/api/'.",
      },
    ]);
    // The basePath moved into the paths: every URL stays the same.
    const compensated = changed((d) => {
      d.basePath = '/';
      d.paths = Object.fromEntries(Object.entries(d.paths).map(([p, item]) => [`/api${p}`, item]));
    });
    expect(compensated.map((c) => `${c.rule} ${c.oldPointer}`)).toEqual(['definition-changed /basePath']);
  });

  test('a response that offers flows nothing can go with no rule firing (the catch-all still notes it)', () => {
    const empty = (d: any) => (d.paths['/projects'].get.responses['200'].schema = { type: 'object', properties: {} });
    const before = fixture();
    empty(before);
    const gone = fixture();
    delete gone.paths['/projects'].get.responses['200'];
    expect(rulesOf(diff(before, gone))).toEqual(['definition-changed']);
    expect(rulesOf(diff(fixture(), gone))).toEqual(['response-removed']);
    const noBody = fixture();
    delete noBody.paths['/projects'].get.responses['200'].schema;
    expect(rulesOf(diff(before, noBody))).toEqual(['definition-changed']);
    expect(rulesOf(diff(fixture(), noBody))).toEqual(['response-type-changed']);
    const list = fixture();
    list.paths['/projects'].get.responses['200'].schema = { type: 'array', items: { type: 'string' } };
    expect(notInfo(diff(before, list))).toEqual([]);
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

  test('header names are case-insensitive: a header written in another case is the same input (info only)', () => {
    const withHeader = (name: string) => (d: any) =>
      (d.paths['/projects'].get.parameters = [{ name, in: 'header', type: 'string', required: true }]);
    const before = fixture();
    withHeader('X-Tenant')(before);
    const after = fixture();
    withHeader('x-tenant')(after);
    expect(diff(before, after).map((c) => `${c.level} ${c.rule} ${c.newPointer}`)).toEqual([
      'info definition-changed /paths/~1projects/get/parameters/0/name',
    ]);
  });
});

describe('drift: the rules added for completeness, each level by direction', () => {
  const levelsOf = (changes: Change[]) => changes.map((c) => `${c.level} ${c.rule}`);

  test('types by direction: input widened and output narrowed are info, output widened warns, the rest breaks', () => {
    const limit = (type: string, format?: string) => (d: any) => Object.assign(d.parameters.Limit, { type, format });
    expect(levelsOf(changed(limit('number')))).toEqual(['info type-relaxed']);
    expect(levelsOf(changed(limit('string')))).toEqual(['info type-relaxed']);
    expect(levelsOf(changed(limit('boolean')))).toEqual(['breaking type-changed']);
    const amount = (type: string) => (d: any) => (d.definitions.Cost.properties.amount.type = type);
    // amount is both a request property (CreateCost) and a response property (CreateCost, GetCosts, the trigger).
    const narrowed = changed(amount('integer'));
    expect(new Set(levelsOf(narrowed))).toEqual(new Set(['breaking type-changed', 'info type-relaxed']));
    expect(narrowed.find((c) => c.level === 'breaking')?.message).toBe(
      "Flows that use the action 'Create cost' stop working: the type of the request property 'amount' changed from number to integer.",
    );
    const widened = changed(amount('string'));
    expect(new Set(levelsOf(widened))).toEqual(new Set(['warning output-type-widened', 'info type-relaxed']));
    expect(widened.find((c) => c.level === 'warning')?.message).toMatch(
      /may fail: the type of the response property 'amount' changed from number to string\.$/,
    );
    // int32 to int64 widens; int64 to int32 narrows an input: breaking.
    const fmt = (f: string) => (d: any) => Object.assign(d.parameters.Limit, { format: f });
    const before = fixture();
    before.parameters.Limit.format = 'int32';
    const wide = fixture();
    fmt('int64')(wide);
    expect(levelsOf(diff(before, wide))).toEqual(['info type-relaxed']);
    expect(levelsOf(diff(wide, before))).toEqual(['breaking type-changed']);
  });

  test('defaults: an internal input sends the new value from every flow (warning), a visible one only pre-fills (info)', () => {
    const withDefault = (visibility: string | undefined, value: string) => (d: any) =>
      (d.paths['/projects'].get.parameters = [
        { name: 'api-version', in: 'query', type: 'string', default: value, 'x-ms-visibility': visibility },
      ]);
    const before = fixture();
    withDefault('internal', '2023')(before);
    const after = fixture();
    withDefault('internal', '2024')(after);
    const changes = diff(before, after);
    expect(levelsOf(changes)).toEqual(['warning internal-default-changed']);
    expect(changes[0]).toMatchObject({
      newPointer: '/paths/~1projects/get/parameters/0/default',
      message:
        "Flows that use the action 'List projects' may fail: the default of the query parameter 'api-version' changed from '2023' to '2024'.",
    });
    const shown = fixture();
    withDefault(undefined, '2023')(shown);
    const shownAfter = fixture();
    withDefault(undefined, '2024')(shownAfter);
    expect(levelsOf(diff(shown, shownAfter))).toEqual(['info default-changed']);
  });

  test('the wire format of saved values: x-ms-url-encoding and collectionFormat', () => {
    expect(
      levelsOf(changed((d) => (d.paths['/costs/{project}'].parameters[0]['x-ms-url-encoding'] = 'double'))),
    ).toEqual(['warning encoding-changed', 'warning encoding-changed']);
    const tags = (format?: string) => (d: any) =>
      (d.paths['/projects'].get.parameters = [
        { name: 'tags', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: format },
      ]);
    const csv = fixture();
    tags(undefined)(csv);
    const explicitCsv = fixture();
    tags('csv')(explicitCsv);
    const multi = fixture();
    tags('multi')(multi);
    const changes = diff(csv, multi);
    expect(levelsOf(changes)).toEqual(['warning encoding-changed']);
    expect(changes[0].message).toContain('collectionFormat changed from csv to multi');
    // Writing out the platform's default sends the same request: the copy differs, nothing else.
    expect(levelsOf(diff(csv, explicitCsv))).toEqual(['info definition-changed']);
  });

  test('multipleOf and other constraints, both ways', () => {
    const step = (n?: number) => (d: any) => (d.parameters.Limit.multipleOf = n);
    const by10 = fixture();
    step(10)(by10);
    const by5 = fixture();
    step(5)(by5);
    const by3 = fixture();
    step(3)(by3);
    expect(levelsOf(diff(fixture(), by10))).toEqual(['warning constraint-tightened']);
    expect(levelsOf(diff(by5, by10))).toEqual(['warning constraint-tightened']);
    expect(levelsOf(diff(by10, by5))).toEqual(['info constraint-relaxed']);
    expect(levelsOf(diff(by10, by3))).toEqual(['warning constraint-tightened']);
    expect(levelsOf(diff(by10, fixture()))).toEqual(['info constraint-relaxed']);
    expect(levelsOf(changed((d) => (d.parameters.Limit.maximum = 5000)))).toEqual(['info constraint-relaxed']);
    expect(levelsOf(changed((d) => delete d.parameters.Limit.maximum))).toEqual(['info constraint-relaxed']);
  });

  test('relaxations and additions are info: enum value added, required to optional, a response body added', () => {
    const period = (d: any) => d.paths['/costs/{project}'].get.parameters[0];
    expect(levelsOf(changed((d) => period(d).enum.push('monthly')))).toEqual(['info enum-value-added']);
    expect(levelsOf(changed((d) => delete period(d).enum))).toEqual(['info constraint-relaxed']);
    expect(levelsOf(changed((d) => (d.paths['/costs/{project}'].parameters[0].required = false)))).toEqual([
      'info parameter-made-optional',
      'info parameter-made-optional',
    ]);
    // The request property 'amount' is no longer required; as an output it may now be missing.
    expect(new Set(levelsOf(changed((d) => (d.definitions.Cost.required = []))))).toEqual(
      new Set(['info parameter-made-optional', 'warning response-property-optional']),
    );
    const noBody = fixture();
    delete noBody.paths['/projects'].get.responses['200'].schema;
    const added = diff(noBody, fixture());
    expect(levelsOf(added)).toEqual(['info response-schema-added']);
    expect(added[0].message).toBe(
      "The action 'List projects' changed without breaking flows: its 200 response now has a body.",
    );
  });

  test('webhook trigger outputs (x-ms-notification-content) are compared like a response', () => {
    const notify = (d: any) =>
      (d.paths['/hooks/costs']['x-ms-notification-content'] = {
        description: 'A cost',
        schema: { type: 'object', properties: { id: { type: 'string' }, amount: { type: 'number' } } },
      });
    const before = fixture();
    notify(before);
    const lost = fixture();
    notify(lost);
    delete lost.paths['/hooks/costs']['x-ms-notification-content'].schema.properties.amount;
    const changes = diff(before, lost);
    expect(changes).toEqual([
      expect.objectContaining({
        rule: 'response-property-removed',
        level: 'breaking',
        oldPointer: '/paths/~1hooks~1costs/x-ms-notification-content/schema/properties/amount',
        message:
          "Flows that use the trigger 'When a cost is added' stop working: the trigger output 'amount' was removed.",
      }),
    ]);
    expect(levelsOf(diff(lost, before))).toEqual(['info response-property-added']);
    expect(levelsOf(diff(fixture(), before))).toEqual(['info response-schema-added']);
    expect(levelsOf(diff(before, fixture()))).toEqual(['breaking response-removed']);
  });

  test('OAuth scopes: existing connections keep their consent (warning); a renamed definition keeps its pointers', () => {
    const oauth =
      (scopes: Record<string, string>, name = 'oauth') =>
      (d: any) =>
        (d.securityDefinitions = {
          [name]: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes },
        });
    const before = fixture();
    oauth({ 'Costs.Read': 'read' })(before);
    const after = fixture();
    oauth({ 'Costs.Read': 'read', 'Costs.Write': 'write' }, 'renamed')(after);
    expect(diff(before, after)).toEqual([
      {
        rule: 'oauth-scopes-changed',
        level: 'warning',
        oldPointer: '/securityDefinitions/oauth/scopes',
        newPointer: '/securityDefinitions/renamed/scopes',
        message:
          'Existing connections keep their old consent: the OAuth scopes gained Costs.Write; sign each connection in again to grant them.',
      },
    ]);
    // The first definition renamed, with another key location: both pointers name it.
    const renamed = changed(
      (d) => (d.securityDefinitions = { apiKey: { type: 'apiKey', in: 'query', name: 'X-Api-Key' } }),
    );
    expect(renamed.map((c) => [c.rule, c.oldPointer, c.newPointer])).toEqual([
      ['security-changed', '/securityDefinitions/key', '/securityDefinitions/apiKey'],
    ]);
  });

  test('several body parameters (invalid, but seen) are matched by name; a lone body whatever its name', () => {
    const bodies =
      (...names: string[]) =>
      (d: any) =>
        (d.paths['/costs/{project}'].post.parameters = names.map((name) => ({
          name,
          in: 'body',
          schema: { type: 'object', properties: { [name]: { type: 'string' } } },
        })));
    const two = fixture();
    bodies('cost', 'note')(two);
    const swapped = fixture();
    bodies('note', 'cost')(swapped);
    expect(diff(two, swapped)).toEqual([]);
    const one = fixture();
    bodies('cost')(one);
    const changes = diff(two, one);
    expect(changes.map((c) => c.message)).toEqual([
      "Flows that use the action 'Create cost' stop working: the request body 'note' was removed.",
    ]);
    const renamed = fixture();
    bodies('payload')(renamed);
    renamed.paths['/costs/{project}'].post.parameters[0].schema =
      one.paths['/costs/{project}'].post.parameters[0].schema;
    expect(levelsOf(diff(one, renamed))).toEqual(['info definition-changed']);
  });

  test('complete by construction: what no rule knows is still reported, once per operation or section', () => {
    const version = changed((d) => (d.info.version = '1.1'));
    expect(version).toEqual([
      {
        rule: 'definition-changed',
        level: 'info',
        oldPointer: '/info/version',
        newPointer: '/info/version',
        message:
          "The definition differs from the last export where no drift rule looks: /info/version changed from '1.0' to '1.1'.",
      },
    ]);
    expect(driftVerdict(version, 'breaking')).toMatchObject({ drift: true, fail: false });
    const metadata = changed((d) => {
      d['x-ms-connector-metadata'] = [{ propertyName: 'Website', propertyValue: 'https://contoso.com' }];
      d.paths['/projects'].get['x-ms-no-generic-test'] = true;
      d.paths['/projects'].get.responses['200']['x-ms-a'] = 1;
      d.paths['/projects'].get.responses['200']['x-ms-b'] = 2;
      d.paths['/projects'].get.responses['200']['x-ms-c'] = 3;
    });
    expect(metadata.map((c) => c.message)).toEqual([
      'The definition differs from the last export where no drift rule looks: /x-ms-connector-metadata added.',
      "The action 'List projects' differs from the last export where no drift rule looks: /paths/~1projects/get/responses/200/x-ms-a added; /paths/~1projects/get/responses/200/x-ms-b added; /paths/~1projects/get/responses/200/x-ms-c added and 1 more.",
    ]);
    // A $ref repointed to another definition: the difference is where the two targets differ.
    const repointed = changed(
      (d) => (d.paths['/costs/{project}'].get.responses['200'].schema = { $ref: '#/definitions/Named' }),
    );
    expect(rulesOf(repointed)).toContain('response-property-removed');
    // An unused definition is content too.
    expect(levelsOf(changed((d) => (d.definitions.Unused = { type: 'string' })))).toEqual(['info definition-changed']);
  });

  test('equivalent $ref layout is no drift: a schema inlined, or moved to another name', () => {
    const inlined = fixture();
    inlined.paths['/costs/{project}'].get.responses['200'].schema = structuredClone(inlined.definitions.CostList);
    expect(diff(fixture(), inlined)).toEqual([]);
    expect(diff(inlined, fixture())).toEqual([]);
    const moved = fixture();
    moved.definitions.Costs = moved.definitions.CostList;
    delete moved.definitions.CostList;
    moved.paths['/costs/{project}'].get.responses['200'].schema.$ref = '#/definitions/Costs';
    expect(diff(fixture(), moved)).toEqual([]);
    // Parameters written on the path instead of the operation: the same inputs.
    const lifted = fixture();
    const get = lifted.paths['/costs/{project}'].get;
    lifted.paths['/costs/{project}'].parameters.push(...get.parameters);
    lifted.paths['/costs/{project}'].post.parameters.push(...get.parameters.map((p: any) => ({ ...p })));
    delete get.parameters;
    expect(rulesOf(diff(fixture(), lifted))).toEqual(['optional-parameter-added', 'optional-parameter-added']);
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
  'output-type-widened': (d) => {
    const hit = successSchema(d, true);
    const key = Object.keys(hit?.schema.properties ?? {}).find((k) => hit!.schema.properties[k].type === 'integer');
    return key ? Boolean((hit!.schema.properties[key].type = 'number')) : false;
  },
  'internal-default-changed': (d) => {
    for (const o of opsOf(d)) {
      const p = (o.op.parameters ?? []).find(
        (x: any) => x.in === 'query' && x['x-ms-visibility'] === 'internal' && typeof x.default === 'string',
      );
      if (p) return Boolean((p.default += '-changed'));
    }
    return false;
  },
  'oauth-scopes-changed': (d) => {
    const sec: any = Object.values(d.securityDefinitions ?? {})[0];
    if (sec?.type !== 'oauth2') return false;
    sec.scopes = { ...sec.scopes, 'Test.ReadWrite': 'Added by a test' };
    return true;
  },
  'encoding-changed': (d) => {
    const hit = inlineParams(d, (p) => p.in === 'path' && p['x-ms-url-encoding'] !== 'double');
    return hit ? Boolean((hit.param['x-ms-url-encoding'] = 'double')) : false;
  },
  'parameter-made-optional': (d) => {
    const hit = inlineParams(
      d,
      queryParam((p) => p.required === true),
    );
    return hit ? !(hit.param.required = false) : false;
  },
  'enum-value-added': (d) => {
    const hit = inlineParams(
      d,
      queryParam((p) => Array.isArray(p.enum)),
    );
    return hit ? Boolean(hit.param.enum.push('addedByTest')) : false;
  },
  'constraint-relaxed': (d) => {
    const hit = inlineParams(
      d,
      queryParam((p) => Array.isArray(p.enum)),
    );
    return hit ? delete hit.param.enum : false;
  },
  'type-relaxed': (d) => {
    const hit = inlineParams(
      d,
      queryParam((p) => p.type === 'integer' && !p.format),
    );
    return hit ? Boolean((hit.param.type = 'number')) : false;
  },
  'default-changed': (d) => {
    const hit = inlineParams(
      d,
      queryParam((p) => p.type === 'string' && p.default === undefined && !p.enum),
    );
    return hit ? Boolean((hit.param.default = 'byTest')) : false;
  },
  'response-schema-added': (d) => {
    const o = opsOf(d).find((x) => x.op.responses?.['200'] && !x.op.responses['200'].schema && !x.op['x-ms-trigger']);
    if (!o) return false;
    o.op.responses['200'].schema = { type: 'object', properties: { addedByTest: { type: 'string' } } };
    return true;
  },
  'definition-changed': (d) => (typeof d.info?.version === 'string' ? Boolean((d.info.version += '.1')) : false),
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
