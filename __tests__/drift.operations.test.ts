/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit parsed JSON freely */
/**
 * The per-operation rules (src/drift/operations.ts) one at a time, on a one-operation connector: how operations are
 * paired, and for each rule its level, both pointers and the sentence a maker reads. Whole-report tests
 * (drift.rules.test.ts) show the rules together; these pin each branch down.
 */
import { describe, expect, test } from '@jest/globals';
import { diffDefinitions } from '../src/drift/index.ts';
import { matchOperations } from '../src/drift/operations.ts';

const ok = { '200': { description: 'ok' } };

function connector(op: any = {}, item: any = {}, extra: any = {}): any {
  return {
    swagger: '2.0',
    info: { title: 'T', version: '1' },
    host: 'h',
    paths: { '/a': { ...item, post: { operationId: 'Act', summary: 'Do it', responses: ok, ...op } } },
    ...extra,
  };
}

/** Each change as one line: level, rule, old and new pointer, message. */
function lines(before: any, after: any): string[] {
  return diffDefinitions({ value: before }, { value: after }).map(
    (c) => `${c.level} ${c.rule} ${c.oldPointer ?? '-'} ${c.newPointer ?? '-'}: ${c.message}`,
  );
}

const at = '/paths/~1a/post';

describe('pairing operations', () => {
  const two = (a: any, b: any) => ({
    swagger: '2.0',
    info: { title: 'T', version: '1' },
    paths: { '/a': { get: { responses: ok, ...a } }, '/b': { get: { responses: ok, ...b } } },
  });
  const pairs = (x: any, y: any) =>
    matchOperations(x, y).pairs.map((p) => `${p.old.pointer} -> ${p.new.pointer}${p.byId ? ' (id)' : ''}`);

  test('by operationId first, the first new one of an id taken; then by route, then by endpoint', () => {
    expect(
      pairs(two({ operationId: 'A' }, { operationId: 'B' }), two({ operationId: 'B' }, { operationId: 'A' })),
    ).toEqual(['/paths/~1a/get -> /paths/~1b/get (id)', '/paths/~1b/get -> /paths/~1a/get (id)']);
    // Without ids, each operation keeps its route.
    expect(pairs(two({}, {}), two({}, {}))).toEqual([
      '/paths/~1a/get -> /paths/~1a/get',
      '/paths/~1b/get -> /paths/~1b/get',
    ]);
    // A duplicated id on the new side: the first holder is the partner, the other is matched by route.
    expect(pairs(two({ operationId: 'A' }, {}), two({ operationId: 'A' }, { operationId: 'A' }))).toEqual([
      '/paths/~1a/get -> /paths/~1a/get (id)',
      '/paths/~1b/get -> /paths/~1b/get',
    ]);
    const m = matchOperations(two({ operationId: 'A' }, {}), two({ operationId: 'C' }, {}));
    expect([...m.renamed]).toEqual([['A', 'C']]);
    expect(m.added).toEqual([]);
    expect(m.removed).toEqual([]);
  });

  test('the basePath moved into the paths: the operations still pair, by the URL the backend receives', () => {
    const before = { ...two({}, {}), basePath: '/v1' };
    const after = {
      swagger: '2.0',
      info: { title: 'T', version: '1' },
      paths: { '/v1/b': { get: { responses: ok } }, '/v1/a': { get: { responses: ok } } },
    };
    expect(pairs(before, after)).toEqual([
      '/paths/~1a/get -> /paths/~1v1~1a/get',
      '/paths/~1b/get -> /paths/~1v1~1b/get',
    ]);
    // The path as written, when the basePath changed instead: /a stays /a.
    const moved = { ...two({}, {}), basePath: '/v2' };
    expect(pairs(before, moved)).toEqual(['/paths/~1a/get -> /paths/~1a/get', '/paths/~1b/get -> /paths/~1b/get']);
  });
});

describe('operation', () => {
  test('operationId renamed on the same endpoint', () => {
    expect(lines(connector(), connector({ operationId: 'Act2' }))).toEqual([
      `breaking operation-id-changed ${at}/operationId ${at}/operationId: Flows that use the action 'Do it' stop working: its operationId changed from Act to Act2.`,
    ]);
  });

  test('x-ms-trigger added, removed and changed', () => {
    const single = { 'x-ms-trigger': 'single' };
    expect(lines(connector(), connector(single))).toEqual([
      `breaking trigger-changed ${at}/x-ms-trigger ${at}/x-ms-trigger: Flows that use the action 'Do it' stop working: it is now a trigger (x-ms-trigger 'single').`,
    ]);
    expect(lines(connector(single), connector())).toEqual([
      `breaking trigger-changed ${at}/x-ms-trigger ${at}/x-ms-trigger: Flows that use the trigger 'Do it' stop working: it is no longer a trigger (x-ms-trigger 'single' removed).`,
    ]);
    expect(lines(connector(single), connector({ 'x-ms-trigger': 'batch' }))).toEqual([
      `breaking trigger-changed ${at}/x-ms-trigger ${at}/x-ms-trigger: Flows that use the trigger 'Do it' stop working: x-ms-trigger changed from 'single' to 'batch'.`,
    ]);
  });

  test('deprecated through `deprecated`, or x-ms-api-annotation with its status (any case) or a replacement', () => {
    expect(lines(connector(), connector({ deprecated: true }))).toEqual([
      `warning operation-deprecated - ${at}/deprecated: Makers should stop using the action 'Do it': it is now deprecated.`,
    ]);
    expect(lines(connector(), connector({ 'x-ms-api-annotation': { status: 'Deprecated' } }))).toEqual([
      `warning operation-deprecated - ${at}/x-ms-api-annotation: Makers should stop using the action 'Do it': it is now deprecated.`,
    ]);
    expect(lines(connector(), connector({ 'x-ms-api-annotation': { replacement: { operationId: 'ActV2' } } }))).toEqual(
      [
        `warning operation-deprecated - ${at}/x-ms-api-annotation: Makers should stop using the action 'Do it': it is now deprecated in favour of ActV2.`,
      ],
    );
    // A replacement without an operationId still deprecates, without naming one; another status does not.
    expect(lines(connector(), connector({ 'x-ms-api-annotation': { replacement: { api: 'x' } } }))[0]).toMatch(
      /is now deprecated\.$/,
    );
    expect(
      lines(connector(), connector({ 'x-ms-api-annotation': { status: 'Preview' } })).map((l) => l.split(' ')[1]),
    ).toEqual(['definition-changed']);
    expect(lines(connector(), connector({ 'x-ms-api-annotation': { status: 7 } })).map((l) => l.split(' ')[1])).toEqual(
      ['definition-changed'],
    );
    // Already deprecated: no news.
    expect(
      lines(connector({ deprecated: true }), connector({ 'x-ms-api-annotation': { status: 'deprecated' } })).map(
        (l) => l.split(' ')[1],
      ),
    ).toEqual(['definition-changed']);
  });

  test('media types: a type no longer listed, operation or document level, any case', () => {
    expect(
      lines(connector({ consumes: ['application/json', 'text/xml'] }), connector({ consumes: ['APPLICATION/JSON'] })),
    ).toEqual([
      `warning media-type-narrowed ${at}/consumes ${at}/consumes: Flows that use the action 'Do it' may fail: it no longer consumes text/xml.`,
    ]);
    expect(
      lines(
        connector({}, {}, { produces: ['application/json', 'text/csv', 'text/xml'] }),
        connector({}, {}, { produces: ['application/json'] }),
      ),
    ).toEqual([
      `warning media-type-narrowed /produces /produces: Flows that use the action 'Do it' may fail: it no longer produces text/csv, text/xml.`,
    ]);
    // No list left at all means the platform's default, not a narrowing; non-strings are ignored.
    expect(
      lines(connector({ consumes: ['text/xml', 5] }), connector({ consumes: [7] })).map((l) => l.split(' ')[1]),
    ).toEqual(['definition-changed']);
  });
});

describe('parameters', () => {
  const param = (p: any) => connector({ parameters: [p] });
  const q = (extra: any = {}) => ({ name: 'top', in: 'query', type: 'integer', ...extra });
  const p0 = `${at}/parameters/0`;

  test('moved to another location, by name, and still compared; a body never moves', () => {
    expect(lines(param(q()), param(q({ in: 'header', type: 'string' })))).toEqual([
      `breaking parameter-location-changed ${p0}/in ${p0}/in: Flows that use the action 'Do it' stop working: the parameter 'top' moved from query to header.`,
      `info type-relaxed ${p0} ${p0}: The action 'Do it' changed without breaking flows: the type of the header 'top' changed from integer to string.`,
    ]);
    expect(lines(param(q()), param(q({ in: 'header' })))).toEqual([
      `breaking parameter-location-changed ${p0}/in ${p0}/in: Flows that use the action 'Do it' stop working: the parameter 'top' moved from query to header.`,
    ]);
    expect(
      lines(param({ name: 'x', in: 'body', schema: {} }), param({ name: 'x', in: 'query', type: 'string' })),
    ).toEqual([
      `breaking parameter-removed ${p0} -: Flows that use the action 'Do it' stop working: the request body was removed.`,
      `info optional-parameter-added - ${p0}: The action 'Do it' changed without breaking flows: the query parameter 'x' was added.`,
    ]);
  });

  test('made required, made optional; an internal parameter with a default is filled by the connector', () => {
    expect(lines(param(q()), param(q({ required: true })))).toEqual([
      `breaking parameter-made-required ${p0}/required ${p0}/required: Flows that use the action 'Do it' stop working: the query parameter 'top' is now required.`,
    ]);
    expect(lines(param(q({ required: true })), param(q()))).toEqual([
      `info parameter-made-optional ${p0}/required ${p0}/required: The action 'Do it' changed without breaking flows: the query parameter 'top' is now optional.`,
    ]);
    const hidden = q({ required: true, default: 5, 'x-ms-visibility': 'internal' });
    expect(lines(param(q()), param(hidden)).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      'breaking visibility-internal',
      'warning internal-default-changed',
      // Required, but the connector fills it: no rule of its own, so the catch-all names it.
      'info definition-changed',
    ]);
  });

  test("each location named in the sentence; a removed internal parameter is nobody's input", () => {
    const removed = (p: any) => lines(param(p), connector({ parameters: [] }))[0];
    expect(removed(q({ in: 'header', name: 'X-Key' }))).toContain("the header 'X-Key' was removed");
    expect(removed(q({ in: 'path', name: 'id' }))).toContain("the path parameter 'id' was removed");
    expect(removed(q({ in: 'formData', name: 'f' }))).toContain("the form field 'f' was removed");
    expect(removed(q({ in: 'cookie', name: 'c' }))).toContain("the cookie parameter 'c' was removed");
    expect(
      lines(param(q({ 'x-ms-visibility': 'internal' })), connector({ parameters: [] })).map((l) => l.split(' ')[1]),
    ).toEqual(['definition-changed']);
  });

  test('added: required is breaking, optional is info', () => {
    expect(lines(connector({ parameters: [] }), param(q({ required: true })))).toEqual([
      `breaking required-parameter-added - ${p0}: Flows that use the action 'Do it' stop working: it now requires the query parameter 'top'.`,
    ]);
    expect(lines(connector(), param(q()))).toEqual([
      `info optional-parameter-added - ${p0}: The action 'Do it' changed without breaking flows: the query parameter 'top' was added.`,
    ]);
  });

  test('array items of a non-body parameter compared like a schema, under []', () => {
    const arr = (items: any) => param({ name: 'ids', in: 'query', type: 'array', items });
    expect(lines(arr({ type: 'string' }), arr({ type: 'boolean' }))).toEqual([
      `breaking type-changed ${p0}/items ${p0}/items: Flows that use the action 'Do it' stop working: the type of the query parameter 'ids[]' changed from string to boolean.`,
    ]);
    // Items added where there were none: the parameter itself changed.
    expect(
      lines(param({ name: 'ids', in: 'query', type: 'array' }), arr({ type: 'string' })).map((l) => l.split(' ')[1]),
    ).toEqual(['definition-changed']);
  });

  test('a body: its wording, its schema, and named bodies in the sentence', () => {
    const body = (schema: any, extra: any = {}) => param({ name: 'payload', in: 'body', schema, ...extra });
    const obj = (props: any) => ({ type: 'object', properties: props });
    expect(lines(body(obj({ a: { type: 'string' } })), body(obj({ a: { type: 'integer' } })))).toEqual([
      `breaking type-changed ${p0}/schema/properties/a ${p0}/schema/properties/a: Flows that use the action 'Do it' stop working: the type of the request property 'a' changed from string to integer.`,
    ]);
    expect(lines(body(obj({})), body(obj({}), { description: 'new words' }))).toEqual([
      `info documentation-changed ${p0}/description ${p0}/description: The action 'Do it' reads differently: description changed.`,
    ]);
  });
});

describe('responses', () => {
  const withResponses = (responses: any) => connector({ responses });
  const obj = { type: 'object', properties: { id: { type: 'string' } } };
  const r200 = `${at}/responses/200`;

  test('only success codes count: 2xx, 2XX, default; not 4xx, nor codes that merely contain 2xx', () => {
    for (const code of ['201', '2XX', 'default', 'DEFAULT']) {
      expect(lines(withResponses({ [code]: { description: 'ok', schema: obj } }), withResponses({}))[0]).toMatch(
        new RegExp(`^breaking response-removed ${at}/responses/${code} -: .*its ${code} response was removed\\.$`),
      );
    }
    for (const code of ['400', '1200', '2001', 'x200']) {
      expect(
        lines(withResponses({ [code]: { description: 'ok', schema: obj } }), withResponses({})).map(
          (l) => l.split(' ')[1],
        ),
      ).toEqual(['definition-changed']);
    }
  });

  test('a changed success code pairs with the new one; a response without outputs can go', () => {
    expect(
      lines(
        withResponses({ '200': { description: 'ok', schema: obj } }),
        withResponses({ '201': { description: 'ok', schema: obj } }),
      ).map((l) => l.split(' ')[1]),
    ).toEqual(['definition-changed']);
    expect(
      lines(withResponses({ '200': { description: 'ok', schema: { type: 'object' } } }), withResponses({})).map(
        (l) => l.split(' ')[1],
      ),
    ).toEqual(['definition-changed']);
  });

  test('what counts as outputs: properties, items, a scalar type, dynamic schemas, additionalProperties, an external $ref', () => {
    const gone = (schema: any) => lines(withResponses({ '200': { description: 'ok', schema } }), withResponses({}))[0];
    for (const schema of [
      { type: 'array', items: { type: 'string' } },
      { type: 'string' },
      { 'x-ms-dynamic-schema': { operationId: 'S' } },
      { type: 'object', additionalProperties: { type: 'string' } },
      { $ref: 'other.json#/X' },
      // A target that cannot be found: assumed to have outputs, like an external one.
      { $ref: '#/definitions/Missing' },
    ]) {
      expect(gone(schema)).toMatch(/^breaking response-removed /);
    }
    for (const schema of [{}, { type: 'object' }, { type: 'object', 'x-ms-summary': 'S' }]) {
      expect(gone(schema)).toMatch(/^info definition-changed /);
    }
  });

  test('a body gone, a body added, and the response type as a whole', () => {
    expect(
      lines(
        withResponses({ '200': { description: 'ok', schema: obj } }),
        withResponses({ '200': { description: 'ok' } }),
      ),
    ).toEqual([
      `breaking response-type-changed ${r200}/schema ${r200}: Flows that use the action 'Do it' stop working: its 200 response no longer has a body.`,
    ]);
    expect(
      lines(
        withResponses({ '200': { description: 'ok' } }),
        withResponses({ '200': { description: 'ok', schema: obj } }),
      ),
    ).toEqual([
      `info response-schema-added - ${r200}/schema: The action 'Do it' changed without breaking flows: its 200 response now has a body.`,
    ]);
    expect(
      lines(
        withResponses({ '200': { description: 'ok', schema: obj } }),
        withResponses({ '200': { description: 'ok', schema: { type: 'array', items: obj } } }),
      ),
    ).toEqual([
      `breaking response-type-changed ${r200}/schema ${r200}/schema: Flows that use the action 'Do it' stop working: the type of the 200 response changed from object to array.`,
    ]);
    // An empty body changing type breaks nothing; its new property is still news.
    const empty = { type: 'object' };
    expect(
      lines(
        withResponses({ '200': { description: 'ok', schema: empty } }),
        withResponses({ '200': { description: 'ok', schema: { type: 'array', items: obj } } }),
      ).map((l) => l.split(' ')[1]),
    ).not.toContain('response-type-changed');
  });
});

describe('webhook trigger outputs (x-ms-notification-content)', () => {
  const trigger = (content: any) =>
    connector({ 'x-ms-trigger': 'single' }, content === undefined ? {} : { 'x-ms-notification-content': content });
  const schema = (props: any) => ({ description: 'n', schema: { type: 'object', properties: props } });
  const nc = '/paths/~1a/x-ms-notification-content';

  test('added, removed and changed like a response', () => {
    expect(lines(trigger(undefined), trigger(schema({ id: { type: 'string' } })))).toEqual([
      `info response-schema-added - ${nc}: The trigger 'Do it' changed without breaking flows: its notification content (x-ms-notification-content) was added: new trigger outputs.`,
    ]);
    expect(lines(trigger(schema({ id: { type: 'string' } })), trigger(undefined))).toEqual([
      `breaking response-removed ${nc} -: Flows that use the trigger 'Do it' stop working: its notification content (x-ms-notification-content) was removed.`,
    ]);
    expect(lines(trigger(schema({ id: { type: 'string' } })), trigger(schema({})))).toEqual([
      `breaking response-property-removed ${nc}/schema/properties/id -: Flows that use the trigger 'Do it' stop working: the trigger output 'id' was removed.`,
    ]);
    // Content without outputs added: only the catch-all.
    expect(
      lines(trigger(undefined), trigger({ description: 'n', schema: { type: 'object' } })).map((l) => l.split(' ')[1]),
    ).toEqual(['definition-changed']);
  });

  test('only between two triggers', () => {
    const action = (content: any) => connector({}, { 'x-ms-notification-content': content });
    expect(lines(action(schema({ id: { type: 'string' } })), action(schema({}))).map((l) => l.split(' ')[1])).toEqual([
      'definition-changed',
    ]);
  });
});
