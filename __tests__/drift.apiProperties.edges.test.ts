// Drift of apiProperties.json and the custom code (src/drift/apiProperties.ts) at its edges: how instances and
// parameters are matched, what does not count as a change, and where each change points.
import { describe, expect, test } from '@jest/globals';
import { diffApiProperties, type PropertiesSide } from '../src/drift/apiProperties.ts';

const side = (properties: Record<string, unknown>, more: Partial<PropertiesSide> = {}): PropertiesSide => ({
  properties,
  ...more,
});
const rules = (a: PropertiesSide, b: PropertiesSide) => diffApiProperties(a, b).map((c) => c.rule);
const messages = (a: PropertiesSide, b: PropertiesSide) => diffApiProperties(a, b).map((c) => c.message);
const SCRIPT = new TextEncoder().encode('class Script {}');

describe('policy templates', () => {
  const instances = (...list: unknown[]) => side({ policyTemplateInstances: list });

  test('matched by template id (any case) and title; an empty title or odd id is named as it can be', () => {
    const a = { templateId: 'SetHeader', title: 'T', parameters: { n: 1 } };
    expect(rules(instances(a), instances({ ...a, templateId: 'setheader' }))).toEqual(['policy-template-changed']);
    expect(messages(instances({ templateId: 'setheader', title: '' }), instances())).toEqual([
      "Policy template 'setheader' is removed.",
    ]);
    expect(messages(instances(), instances({ templateId: 3, title: 'x' }))).toEqual([
      "Policy template '?' ('x') is added.",
    ]);
    expect(messages(instances(), instances({ templateId: 'setheader', title: 5 }))).toEqual([
      "Policy template 'setheader' is added.",
    ]);
  });

  test('entries that are not objects, and a list that is not a list, hold no instance', () => {
    expect(diffApiProperties(instances('x', null), instances())).toEqual([]);
    expect(diffApiProperties(side({ policyTemplateInstances: { templateId: 'a' } }), instances())).toEqual([]);
  });

  test('each change points at its instance on each side', () => {
    const a = { templateId: 'setheader', title: 'T', parameters: { n: 1 } };
    const b = { templateId: 'routerequesttoendpoint', title: 'R' };
    const [removed, changed, added] = diffApiProperties(
      instances(b, a),
      instances({ ...a, parameters: {} }, { ...b, title: 'S' }),
    );
    expect(removed).toMatchObject({
      rule: 'policy-template-removed',
      oldPointer: '/properties/policyTemplateInstances/0',
    });
    expect(removed).not.toHaveProperty('newPointer');
    expect(changed).toMatchObject({
      oldPointer: '/properties/policyTemplateInstances/1',
      newPointer: '/properties/policyTemplateInstances/0',
    });
    expect(added).toMatchObject({ rule: 'policy-template-added', newPointer: '/properties/policyTemplateInstances/1' });
    expect(added).not.toHaveProperty('oldPointer');
  });
});

describe('connection parameters', () => {
  const token = (settings: Record<string, unknown>) => ({
    connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: settings } },
  });

  test('what the service adds or hides (redirect URL, client secret, a member missing on one side) is no change', () => {
    const a = token({ clientId: 'a', scopes: ['x'], redirectUrl: 'https://r/1', clientSecret: 's' });
    const b = token({ clientId: 'a', scopes: ['x'], redirectUrl: 'https://r/2', identityProvider: 'aad' });
    expect(diffApiProperties(side(a), side(b))).toEqual([]);
    // Both files may hold a client secret (each its own placeholder); a member may be left out on the new side.
    expect(
      diffApiProperties(side(token({ clientId: 'a', clientSecret: 's1' })), side(token({ clientSecret: 's2' }))),
    ).toEqual([]);
    expect(
      diffApiProperties(
        side({ connectionParameters: { k: { type: 'string' } } }),
        side({ connectionParameters: { k: { type: 'string', uiDefinition: {} } } }),
      ),
    ).toEqual([]);
  });

  test('each differing member is named, oAuthSettings members one by one', () => {
    const a = {
      connectionParameters: {
        token: { type: 'oauthSetting', oAuthSettings: { clientId: 'a', scopes: ['x'] }, uiDefinition: { a: 1 } },
      },
    };
    const b = {
      connectionParameters: {
        token: { type: 'oauthSetting', oAuthSettings: { clientId: 'b', scopes: ['y'] }, uiDefinition: { a: 2 } },
      },
    };
    expect(messages(side(a), side(b))).toEqual([
      "Connection parameter 'token' changes (oAuthSettings.clientId, oAuthSettings.scopes, uiDefinition): connections may need to be signed in again.",
    ]);
    // oAuthSettings that is not an object is compared whole; uiDefinition, absent on the new side, is no change.
    const whole = { connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: 'opaque' } } };
    expect(messages(side(a), side(whole))).toEqual([
      "Connection parameter 'token' changes (oAuthSettings): connections may need to be signed in again.",
    ]);
  });

  test('parameters that are not objects, sets without a name and set lists that are not lists hold none', () => {
    const odd = {
      connectionParameters: { a: 'x', b: null },
      connectionParameterSets: { values: [{ parameters: { k: {} } }, 'x', { name: 's', parameters: 'none' }] },
    };
    expect(diffApiProperties(side(odd), side({}))).toEqual([]);
    expect(diffApiProperties(side({ connectionParameterSets: { values: { name: 's' } } }), side({}))).toEqual([]);
    expect(diffApiProperties(side({ connectionParameters: 'x', connectionParameterSets: 'y' }), side({}))).toEqual([]);
  });

  test('a removed or changed parameter points at it on each side', () => {
    const a = { connectionParameters: { gone: { type: 'string' }, kept: { type: 'string' } } };
    const b = { connectionParameters: { kept: { type: 'securestring' } } };
    const [removed, changed] = diffApiProperties(side(a), side(b));
    expect(removed).toMatchObject({
      rule: 'connection-parameter-removed',
      oldPointer: '/properties/connectionParameters/gone',
    });
    expect(changed).toMatchObject({
      rule: 'connection-parameter-changed',
      oldPointer: '/properties/connectionParameters/kept',
      newPointer: '/properties/connectionParameters/kept',
    });
  });

  test('a parameter in a set points into its set', () => {
    const sets = {
      connectionParameterSets: {
        values: [
          { name: 'x', parameters: {} },
          { name: 'key', parameters: { k: { type: 'string' } } },
        ],
      },
    };
    expect(diffApiProperties(side({}), side(sets))).toEqual([
      expect.objectContaining({
        rule: 'connection-parameter-added',
        newPointer: '/properties/connectionParameterSets/values/1/parameters/k',
        message: "Connection parameter 'key/k' is added: existing connections have no value for it.",
      }),
    ]);
  });
});

describe('custom code', () => {
  test('removed, added and changed, each in its file; the same bytes are no change', () => {
    const files = { file: 'c/apiProperties.json', scriptFile: 'c/script.csx' };
    expect(diffApiProperties(side({}, { script: SCRIPT }), side({}, files))).toStrictEqual([
      {
        rule: 'script-removed',
        level: 'breaking',
        message: 'The custom code (script.csx) is removed.',
        file: 'c/apiProperties.json',
      },
    ]);
    expect(diffApiProperties(side({}), side({}, { ...files, script: SCRIPT }))).toStrictEqual([
      { rule: 'script-added', level: 'info', message: 'Custom code (script.csx) is added.', file: 'c/script.csx' },
    ]);
    const other = new TextEncoder().encode('class Script { }');
    expect(diffApiProperties(side({}, { script: SCRIPT }), side({}, { ...files, script: other }))).toStrictEqual([
      {
        rule: 'script-changed',
        level: 'warning',
        message: 'The custom code (script.csx) changes.',
        file: 'c/script.csx',
      },
    ]);
    expect(
      diffApiProperties(
        side({}, { script: SCRIPT }),
        side({}, { script: new TextEncoder().encode('class Script {}') }),
      ),
    ).toEqual([]);
    expect(rules(side({}, { script: SCRIPT }), side({}, { script: 'unknown' }))).toEqual(['script-changed']);
    // Code that reads "unknown" is still code, not the marker for code that cannot be compared.
    const text = new TextEncoder().encode('unknown');
    expect(rules(side({}, { script: text }), side({}, { script: 'unknown' }))).toEqual(['script-changed']);
    expect(rules(side({}, { script: 'unknown' }), side({}, { script: text }))).toEqual(['script-changed']);
  });

  test('scriptOperations added or removed: "(none)" on the missing side, a pointer only where it exists', () => {
    const [added] = diffApiProperties(side({}), side({ scriptOperations: ['A'] }, { lineOf: () => 4 }));
    expect(added).toStrictEqual({
      rule: 'script-changed',
      level: 'warning',
      message: 'The custom code runs for other operations: scriptOperations (none) -> ["A"].',
      newPointer: '/properties/scriptOperations',
      line: 4,
    });
    const [removed] = diffApiProperties(side({ scriptOperations: ['A'] }), side({}, { lineOf: () => 4 }));
    expect(removed).toStrictEqual({
      rule: 'script-changed',
      level: 'warning',
      message: 'The custom code runs for other operations: scriptOperations ["A"] -> (none).',
      oldPointer: '/properties/scriptOperations',
    });
    expect(diffApiProperties(side({ scriptOperations: [] }), side({}))).toEqual([]);
  });
});

describe('simple members', () => {
  test('a change is reported with both values; a member added or removed is not', () => {
    expect(messages(side({ capabilities: ['actions'] }), side({ capabilities: ['actions', 'triggers'] }))).toEqual([
      `'capabilities' changes from ["actions"] to ["actions","triggers"].`,
    ]);
    expect(diffApiProperties(side({ stackOwner: 'A' }), side({ stackOwner: 'B' }))[0]).toMatchObject({
      oldPointer: '/properties/stackOwner',
      newPointer: '/properties/stackOwner',
    });
    expect(diffApiProperties(side({ publisher: 'A' }), side({}))).toEqual([]);
    expect(diffApiProperties(side({}), side({ iconBrandColor: '#000000' }))).toEqual([]);
  });
});

describe('order and ignoring', () => {
  test('breaking, then warning, then info; ignored rules are dropped', () => {
    const a = side({ publisher: 'A', connectionParameters: { k: { type: 'string' } } });
    const b = side({ publisher: 'B', connectionParameters: { n: { type: 'string' } } });
    expect(rules(a, b)).toEqual([
      'connection-parameter-removed',
      'connection-parameter-added',
      'connector-property-changed',
    ]);
    expect(diffApiProperties(a, b, { ignoreRules: ['connection-parameter-added'] }).map((c) => c.rule)).toEqual([
      'connection-parameter-removed',
      'connector-property-changed',
    ]);
  });
});
