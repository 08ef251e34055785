// The rules for a connector's own files (src/validation/project.ts) at their edges: each message as users read it,
// the limits, and the shapes the rules skip.
import { describe, expect, test } from '@jest/globals';
import type { ConnectorProject } from '../src/connector/project.ts';
import { parseDefinition } from '../src/definition/parse.ts';
import { MAX_SCRIPT_BYTES, validateProject } from '../src/validation/project.ts';

const OAUTH = {
  oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://l/a', tokenUrl: 'https://l/t' },
};
function swagger(securityDefinitions: unknown = OAUTH, paths: unknown = undefined) {
  const doc = {
    swagger: '2.0',
    info: { title: 'Contoso', version: '1.0', description: 'x' },
    securityDefinitions,
    paths: paths ?? {
      '/a': { get: { operationId: 'ListThings' }, post: { operationId: 'AddThing' }, parameters: [] },
      '/b': 'not a path item',
      '/c': null,
      '/d': { get: null, put: { operationId: 5 } },
    },
  };
  return parseDefinition(JSON.stringify(doc, null, 2), 'c/api.json');
}
const TOKEN = {
  token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad', clientId: 'x', scopes: [] } },
};

function project(properties: unknown, extra: Partial<ConnectorProject> = {}): ConnectorProject {
  return {
    folder: 'c',
    apiProperties: parseDefinition(
      JSON.stringify({ properties: { iconBrandColor: '#007ee5', ...(properties as object) } }, null, 2),
      'c/apiProperties.json',
    ),
    ...extra,
  };
}
const findings = (p: ConnectorProject, def = swagger(), ignoreRules?: string[]) =>
  validateProject(p, def, { ignoreRules });
const messages = (p: ConnectorProject, def = swagger()) => findings(p, def).map((f) => [f.rule, f.message]);
/** Findings other than the schema's (the shapes below are off on purpose: the rules must still cope). */
const besidesSchema = (p: ConnectorProject, def = swagger()) =>
  findings(p, def).filter((f) => f.rule !== 'api-properties-schema');

describe('api-properties-schema', () => {
  test('a missing member names itself; another error names its place, or the file; each once', () => {
    const text = '{"properties":{"iconBrandColor":"#007ee5","connectionParameters":[]}}';
    const p = { folder: 'c', apiProperties: parseDefinition(text, 'c/p.json') };
    const all = findings(p, swagger({}));
    expect(all.map((f) => [f.pointer, f.message, f.line, f.file])).toEqual([
      [
        '/properties/connectionParameters',
        '/properties/connectionParameters must be object. The platform refuses apiProperties.json in this shape.',
        1,
        'c/p.json',
      ],
    ]);
    const extra = '{"properties":{"iconBrandColor":"#007ee5"},"extra":1}';
    const root = { folder: 'c', apiProperties: parseDefinition(extra, 'c/p.json') };
    expect(findings(root, swagger({})).map((f) => [f.pointer, f.message])).toEqual([
      ['', 'the file must NOT have additional properties. The platform refuses apiProperties.json in this shape.'],
    ]);
    const bare = { folder: 'c', apiProperties: parseDefinition('{}', 'c/p.json') };
    expect(findings(bare, swagger({})).map((f) => [f.pointer, f.message])).toEqual([
      ['/properties', "'properties' is missing. The platform refuses apiProperties.json in this shape."],
    ]);
  });

  test('an oauthSetting parameter without oAuthSettings: the missing member once, not the `if` that asked for it', () => {
    const p = project({ connectionParameters: { token: { type: 'oauthSetting' } } });
    expect(findings(p, swagger({})).map((f) => [f.rule, f.pointer, f.message])).toEqual([
      [
        'api-properties-schema',
        '/properties/connectionParameters/token/oAuthSettings',
        "'oAuthSettings' is missing. The platform refuses apiProperties.json in this shape.",
      ],
    ]);
  });
});

describe('api-properties-unknown-member', () => {
  test('names the member and the fix; known members pass', () => {
    expect(messages(project({ connectionParameters: TOKEN, iconBrandColor: '#007ee5', Publisher: 'x' }))).toEqual([
      [
        'api-properties-unknown-member',
        "'Publisher' is not an apiProperties member the platform knows: it is not registered. Check its spelling (members are case-sensitive).",
      ],
    ]);
  });
});

describe('oauth-connection-parameter', () => {
  test('the message names the security definition and the member to fix', () => {
    expect(messages(project({ connectionParameters: {} }))).toEqual([
      [
        'oauth-connection-parameter',
        "The definition signs in with OAuth 2.0 (/securityDefinitions/oauth), but apiProperties.json has no connection parameter of type 'oauthSetting' in connectionParameters: connections cannot sign in. Add the 'token' parameter with its oAuthSettings.",
      ],
    ]);
    const sets = besidesSchema(project({ connectionParameterSets: { values: [] } }));
    expect(sets.map((f) => [f.rule, f.pointer])).toEqual([
      ['oauth-connection-parameter', '/properties/connectionParameterSets'],
    ]);
    expect(sets[0].message).toContain('in connectionParameterSets:');
  });

  test('not for an API key or no security, nor without apiProperties.json', () => {
    const key = { key: { type: 'apiKey', name: 'k', in: 'header' } };
    expect(findings(project({ connectionParameters: {} }), swagger(key))).toEqual([]);
    expect(findings(project({ connectionParameters: {} }), swagger({}))).toEqual([]);
    expect(findings({ folder: 'c' })).toEqual([]);
  });
});

describe('policy-template-parameters', () => {
  const policies = (...list: unknown[]) => project({ connectionParameters: TOKEN, policyTemplateInstances: list });

  test('lists every missing parameter, with the title when there is one, at the parameters or the instance', () => {
    const all = findings(
      policies(
        { templateId: 'setheader', title: 'Tenant', parameters: {} },
        { templateId: 'StringReplace' },
        { templateId: 'setheader', parameters: { 'x-ms-apimTemplateParameter.name': 'a' } },
      ),
    );
    expect(all.map((f) => [f.pointer, f.message])).toEqual([
      [
        '/properties/policyTemplateInstances/0/parameters',
        "Policy template 'setheader' ('Tenant') lacks 'x-ms-apimTemplateParameter.name', 'x-ms-apimTemplateParameter.value': the platform refuses it.",
      ],
      [
        '/properties/policyTemplateInstances/1',
        "Policy template 'StringReplace' lacks 'x-ms-apimTemplateParameter.propertyParentPath', 'x-ms-apimTemplateParameter.sourceString', 'x-ms-apimTemplateParameter.replacementString', 'x-ms-apimTemplateParameter.newPropertyPath': the platform refuses it.",
      ],
      [
        '/properties/policyTemplateInstances/2/parameters',
        "Policy template 'setheader' lacks 'x-ms-apimTemplateParameter.value': the platform refuses it.",
      ],
    ]);
  });

  test('complete, unknown or unnamed templates and entries that are not objects pass', () => {
    const complete = { 'x-ms-apimTemplateParameter.name': 'a', 'x-ms-apimTemplateParameter.value': 'b' };
    expect(
      besidesSchema(
        policies(
          { templateId: 'setheader', parameters: complete },
          { templateId: 'somethingnew' },
          { templateId: 7 },
          'not an instance',
          null,
        ),
      ),
    ).toEqual([]);
    expect(
      besidesSchema(project({ connectionParameters: TOKEN, policyTemplateInstances: { templateId: 'x' } })),
    ).toEqual([]);
  });
});

describe('policy-template-operation and script-operation-missing', () => {
  test('each unknown operation is named at its place; known ones and non-strings pass', () => {
    const p = project({
      connectionParameters: TOKEN,
      policyTemplateInstances: [
        {
          templateId: 'routerequesttoendpoint',
          parameters: {
            'x-ms-apimTemplateParameter.newPath': '/v2',
            'x-ms-apimTemplate-operationName': ['ListThings', 'Gone', 3],
          },
        },
        'not an instance',
        { templateId: 'routerequesttoendpoint', parameters: 'none' },
      ],
      scriptOperations: ['AddThing', 'Missing'],
    });
    expect(besidesSchema(p).map((f) => [f.rule, f.level, f.pointer, f.message])).toEqual([
      [
        'policy-template-parameters',
        'error',
        '/properties/policyTemplateInstances/2',
        "Policy template 'routerequesttoendpoint' lacks 'x-ms-apimTemplateParameter.newPath': the platform refuses it.",
      ],
      [
        'policy-template-operation',
        'warning',
        '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/1',
        "Policy template 'routerequesttoendpoint' applies to operation 'Gone', which the definition does not have: it never applies. Rename it here too, or remove it.",
      ],
      [
        'script-operation-missing',
        'error',
        '/properties/scriptOperations/1',
        "scriptOperations names 'Missing', which is not an operationId of the definition: the custom code would not run for it. Rename it here too, or remove it.",
      ],
    ]);
  });

  test('a definition without paths has no operationIds', () => {
    const def = parseDefinition('{"swagger":"2.0"}', 'c/api.json');
    expect(findings(project({ scriptOperations: ['A'] }), def).map((f) => f.rule)).toEqual([
      'script-operation-missing',
    ]);
  });
});

describe('script-size', () => {
  const withScript = (size: number) =>
    project({ connectionParameters: TOKEN }, { script: { bytes: new Uint8Array(size), text: '', source: 'c/s.csx' } });

  test('one byte under 1 MB passes; exactly 1 MB is refused, in the script file, without a line', () => {
    expect(findings(withScript(MAX_SCRIPT_BYTES - 1))).toEqual([]);
    expect(findings(withScript(MAX_SCRIPT_BYTES))).toEqual([
      {
        rule: 'script-size',
        level: 'error',
        pointer: '',
        file: 'c/s.csx',
        message: `The custom code is ${MAX_SCRIPT_BYTES} bytes; the platform accepts less than 1 MB (${MAX_SCRIPT_BYTES} bytes). Move logic to the API, or shorten it.`,
      },
    ]);
  });
});

describe('project-file-missing', () => {
  test('names the file and the member, in settings.json', () => {
    const p = project(
      { connectionParameters: TOKEN },
      {
        settings: { value: {}, source: 'c/settings.json' },
        missing: [{ member: 'script', file: 'c/code.csx' }],
      },
    );
    expect(findings(p)).toEqual([
      {
        rule: 'project-file-missing',
        level: 'warning',
        pointer: '/script',
        file: 'c/settings.json',
        message:
          "settings.json names 'c/code.csx' as 'script', which does not exist: the connector is exported without it. Add the file or remove 'script'.",
      },
    ]);
  });

  test('a finding in another file than apiProperties.json carries that file, without apiProperties.json too', () => {
    const script = { bytes: new Uint8Array(MAX_SCRIPT_BYTES), text: '', source: 'c/s.csx' };
    expect(findings({ folder: 'c', script }).map((f) => [f.rule, f.file, f.line])).toEqual([
      ['script-size', 'c/s.csx', undefined],
    ]);
  });

  test('without apiProperties.json or settings.json a finding has no file', () => {
    const [finding] = findings({ folder: 'c', missing: [{ member: 'icon', file: 'c/icon.png' }] });
    expect(finding).not.toHaveProperty('file');
    expect(finding).not.toHaveProperty('line');
  });
});

describe('ignoreRules', () => {
  test('drops the named rules only', () => {
    const p = project({ connectionParameters: {}, Unknown: 1 });
    expect(findings(p, swagger(), ['oauth-connection-parameter']).map((f) => f.rule)).toEqual([
      'api-properties-unknown-member',
    ]);
    expect(findings(p, swagger(), []).map((f) => f.rule)).toEqual([
      'api-properties-unknown-member',
      'oauth-connection-parameter',
    ]);
  });
});
