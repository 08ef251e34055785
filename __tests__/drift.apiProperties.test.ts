import { describe, expect, test } from '@jest/globals';
import { apiPropertiesDriftRules, diffApiProperties } from '../src/drift/apiProperties.ts';
import { driftRules } from '../src/drift/rules.ts';

const token = (scopes: string[]) => ({
  type: 'oauthSetting',
  oAuthSettings: { identityProvider: 'aad', clientId: 'app', scopes, redirectUrl: 'https://x/redirect/1' },
});
const policy = (templateId: string, title: string, value = 'a') => ({
  templateId,
  title,
  parameters: { 'x-ms-apimTemplateParameter.urlTemplate': value },
});
const OLD = {
  iconBrandColor: '#007ee5',
  publisher: 'Contoso',
  connectionParameters: { token: token(['read']), region: { type: 'string' } },
  policyTemplateInstances: [policy('dynamichosturl', 'Region host'), policy('setheader', 'Tenant', 'x')],
  scriptOperations: ['ListThings'],
};
const SCRIPT = new TextEncoder().encode('class Script {}');

describe('drift of apiProperties.json and the custom code', () => {
  test('nothing changed, nothing reported; members the service adds (redirectUrl) are not changes', () => {
    const registered = structuredClone(OLD);
    delete (registered.connectionParameters.token.oAuthSettings as { redirectUrl?: string }).redirectUrl;
    expect(diffApiProperties({ properties: OLD, script: SCRIPT }, { properties: registered, script: SCRIPT })).toEqual(
      [],
    );
  });

  test('each kind of change, with its rule and level, breaking first', () => {
    const now = {
      iconBrandColor: '#007ee5',
      publisher: 'Contoso Ltd',
      connectionParameters: { token: token(['read', 'write']), tenant: { type: 'string' } },
      policyTemplateInstances: [policy('setheader', 'Tenant', 'y'), policy('routerequesttoendpoint', 'v2')],
      scriptOperations: ['ListThings', 'GetThing'],
    };
    const lines: Record<string, number> = { '/properties/connectionParameters/tenant': 7 };
    const changes = diffApiProperties(
      { properties: OLD, script: SCRIPT },
      { properties: now, file: 'c/apiProperties.json', lineOf: (p) => lines[p] },
    );
    expect(changes.map((c) => [c.level, c.rule, c.message])).toEqual([
      ['breaking', 'policy-template-removed', "Policy template 'dynamichosturl' ('Region host') is removed."],
      [
        'breaking',
        'connection-parameter-removed',
        "Connection parameter 'region' is removed: existing connections must be created again.",
      ],
      ['breaking', 'script-removed', 'The custom code (script.csx) is removed.'],
      ['warning', 'policy-template-changed', "Policy template 'setheader' ('Tenant') changes: its parameters differ."],
      [
        'warning',
        'connection-parameter-changed',
        "Connection parameter 'token' changes (oAuthSettings.scopes): connections may need to be signed in again.",
      ],
      [
        'warning',
        'connection-parameter-added',
        "Connection parameter 'tenant' is added: existing connections have no value for it.",
      ],
      [
        'warning',
        'script-changed',
        'The custom code runs for other operations: scriptOperations ["ListThings"] -> ["ListThings","GetThing"].',
      ],
      ['info', 'policy-template-added', "Policy template 'routerequesttoendpoint' ('v2') is added."],
      ['info', 'connector-property-changed', "'publisher' changes from 'Contoso' to 'Contoso Ltd'."],
    ]);
    expect(changes.find((c) => c.rule === 'connection-parameter-added')).toMatchObject({
      file: 'c/apiProperties.json',
      newPointer: '/properties/connectionParameters/tenant',
      line: 7,
    });
  });

  test('code added, changed, or not comparable (registered elsewhere); parameter sets by set name', () => {
    const other = new TextEncoder().encode('class Script { int x; }');
    const p = { properties: {} };
    expect(diffApiProperties(p, { ...p, script: SCRIPT }).map((c) => c.rule)).toEqual(['script-added']);
    expect(diffApiProperties({ ...p, script: SCRIPT }, { ...p, script: other }).map((c) => c.rule)).toEqual([
      'script-changed',
    ]);
    expect(diffApiProperties({ ...p, script: 'unknown' }, { ...p, script: SCRIPT }).map((c) => c.rule)).toEqual([
      'script-changed',
    ]);
    expect(diffApiProperties({ ...p, script: 'unknown' }, { ...p, script: 'unknown' })).toEqual([]);
    const sets = (names: string[]) => ({
      connectionParameterSets: {
        values: names.map((name) => ({ name, parameters: { key: { type: 'securestring' } } })),
      },
    });
    expect(
      diffApiProperties({ properties: sets(['user', 'app']) }, { properties: sets(['user']) }).map((c) => c.message),
    ).toEqual(["Connection parameter 'app/key' is removed: existing connections must be created again."]);
    expect(
      diffApiProperties(
        { properties: OLD },
        { properties: {} },
        { ignoreRules: ['policy-template-removed', 'connection-parameter-removed'] },
      ).map((c) => c.rule),
    ).toEqual(['script-changed']);
  });

  test('every rule is exercised above, with ids of their own', () => {
    const ids = apiPropertiesDriftRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => driftRules.some((r) => r.id === id))).toEqual([]);
  });
});
