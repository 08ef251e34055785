import { beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { buildApiProperties } from '../src/connector/apiProperties.ts';
import { readSecurity, type SecurityScheme } from '../src/connector/security.ts';
import { buildSettings } from '../src/connector/settings.ts';
import { parseDefinition } from '../src/definition/parse.ts';
import { validateProject } from '../src/validation/project.ts';
import { FULL_OPTIONS, SECURITY_FIXTURES } from './support/connector-fixtures.ts';
import { sharedPath } from './support/shared.ts';

const schemas = sharedPath('schemas');
const corpus = sharedPath('corpus/connectors');

/**
 * Microsoft's schemas are JSONC with a draft-04 `id` under a draft-07 `$schema`: strip comments, drop both, and
 * drop an empty root `required` (a no-op that draft-04's meta-schema forbids).
 */
function loadSchema(file: string, patch?: (schema: Record<string, unknown>) => void): ValidateFunction {
  const text = readFileSync(path.join(schemas!, file), 'utf8');
  const schema = JSON.parse(stripComments(text)) as Record<string, unknown>;
  delete schema.id;
  delete schema.$schema;
  if (Array.isArray(schema.required) && schema.required.length === 0) delete schema.required;
  patch?.(schema);
  // CommonJS packages: under NodeNext their class and function sit on `default`.
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true });
  ajvFormats.default(ajv);
  return ajv.compile(schema);
}

/** Removes `//` and block comments outside strings. */
function stripComments(text: string): string {
  return text.replace(
    /("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    (_match, str: string | undefined) => str ?? '',
  );
}

/**
 * The published schema (paconn 0.0.21) predates `redirectMode: "GlobalPerConnector"`, which the portal now
 * writes and 18 certified connectors in the corpus carry. The only change: that value joins the enum.
 */
function allowPerConnectorRedirect(schema: Record<string, unknown>): void {
  const definitions = schema.definitions as Record<string, { properties: Record<string, { enum: string[] }> }>;
  definitions.oAuthSettings.properties.redirectMode.enum.push('GlobalPerConnector');
}

const errorsOf = (validate: ValidateFunction) =>
  (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');

describe('redirect modes (our code, no ../shared needed)', () => {
  test('a package defaults to Global with the global redirect URL; GlobalPerConnector has no URL yet', () => {
    const oauth = readSecurity(SECURITY_FIXTURES['oauth2 generic']);
    const settingsOf = (file: ReturnType<typeof buildApiProperties>) =>
      (file.properties.connectionParameters.token as { oAuthSettings: Record<string, unknown> }).oAuthSettings;
    // Manual packages: paconn's files and the portal's import know only the global redirect URL.
    expect(settingsOf(buildApiProperties(oauth, {}))).toMatchObject({
      redirectMode: 'Global',
      redirectUrl: 'https://global.consent.azure-apim.net/redirect',
    });
    // Express mode asks for it; the service assigns the per-connector URL on creation.
    const perConnector = settingsOf(buildApiProperties(oauth, { redirectMode: 'GlobalPerConnector' }));
    expect(perConnector.redirectMode).toBe('GlobalPerConnector');
    expect(perConnector).not.toHaveProperty('redirectUrl');
  });
});

(schemas ? describe : describe.skip)("Microsoft's paconn schemas", () => {
  const apiProperties = schemas ? loadSchema('paconn-apiProperties.schema.json') : undefined;
  const apiPropertiesNow = schemas
    ? loadSchema('paconn-apiProperties.schema.json', allowPerConnectorRedirect)
    : undefined;
  const settings = schemas ? loadSchema('paconn-settings.schema.json') : undefined;

  describe.each(Object.entries(SECURITY_FIXTURES))('%s', (_name, swagger) => {
    const security = readSecurity(swagger);
    test.each([
      ['no options', {}],
      ['every option', FULL_OPTIONS],
    ])('apiProperties.json with %s (default: the shared redirect URL) validates as published', (_label, options) => {
      const file = buildApiProperties(security, options);
      expect(apiProperties!(file) ? '' : errorsOf(apiProperties!)).toBe('');
    });
    test('apiProperties.json with the per-connector redirect URL (express mode) validates once the enum knows it', () => {
      const file = buildApiProperties(security, { ...FULL_OPTIONS, redirectMode: 'GlobalPerConnector' });
      expect(apiPropertiesNow!(file) ? '' : errorsOf(apiPropertiesNow!)).toBe('');
      // Only OAuth has a redirect mode: the published schema must reject exactly those.
      expect(apiProperties!(file)).toBe(security.kind !== 'oauth2');
    });
  });

  test('validation is live: a boolean `required` (instead of the string "true") is rejected', () => {
    const file = buildApiProperties(readSecurity(SECURITY_FIXTURES['apiKey header']), {});
    const parameter = file.properties.connectionParameters.api_key as { uiDefinition: { constraints: object } };
    parameter.uiDefinition.constraints = { required: true };
    expect(apiProperties!(file)).toBe(false);
  });

  test('the patch is needed: the published schema rejects GlobalPerConnector', () => {
    const file = buildApiProperties(readSecurity(SECURITY_FIXTURES['oauth2 generic']), {
      redirectMode: 'GlobalPerConnector',
    });
    expect(apiProperties!(file)).toBe(false);
    expect(errorsOf(apiProperties!)).toContain('/properties/connectionParameters/token/oAuthSettings/redirectMode');
  });

  test.each([
    ['no options', {}, false],
    [
      'every option and an icon',
      {
        connectorId: 'shared_contoso-20api-5f1234567890abcdef',
        environment: 'b1f6d7c3-0a2e-4f3b-9e77-5d0a8c2b4e11',
        powerAppsUrl: 'https://api.powerapps.com',
        powerAppsApiVersion: '2016-11-01',
      },
      true,
    ],
  ])('settings.json with %s validates', (_label, options, hasIcon) => {
    const file = buildSettings(options, hasIcon);
    expect(settings!(file) ? '' : errorsOf(settings!)).toBe('');
  });
});

(schemas && corpus ? describe : describe.skip)('every corpus connector', () => {
  interface Result {
    slug: string;
    kind: string;
    errors: string;
    published?: unknown;
  }
  const results: Result[] = [];
  let unparsable = 0;
  beforeAll(() => {
    const validate = loadSchema('paconn-apiProperties.schema.json', allowPerConnectorRedirect);
    for (const slug of readdirSync(corpus!).sort()) {
      const swagger = readJson(path.join(corpus!, slug, 'apiDefinition.swagger.json'));
      if (swagger === undefined) {
        unparsable++;
        continue;
      }
      const security = readSecurity(swagger, { source: slug });
      const errors = validate(buildApiProperties(security, {})) ? '' : errorsOf(validate);
      const published = readJson(path.join(corpus!, slug, 'apiProperties.json'));
      results.push({ slug, kind: kindOf(security), errors, published });
    }
    const kinds: Record<string, number> = { unparsable };
    for (const r of results) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    console.log(`corpus security kinds: ${JSON.stringify(kinds)}`);
  });

  test('every definition that parses yields an apiProperties.json the schema accepts', () => {
    expect(results.length + unparsable).toBe(readdirSync(corpus!).length);
    expect(results.filter((r) => r.errors !== '').map((r) => `${r.slug}: ${r.errors}`)).toEqual([]);
    for (const kind of ['none', 'apiKey', 'basic', 'oauth2-aad', 'oauth2-oauth2']) {
      expect(results.filter((r) => r.kind === kind).length).toBeGreaterThan(0);
    }
  });

  test('the security type matches what the publisher configured for most connectors', () => {
    const compared = results.filter((r) => r.published !== undefined);
    const same = compared.filter((r) => publishedKind(r.published) === r.kind);
    console.log(`same security as published: ${same.length} of ${compared.length}`);
    // Publishers add parameters the definition does not declare (hosts, regions, tenants): those differ.
    expect(same.length / compared.length).toBeGreaterThan(0.85);
  });

  test('OAuth connectors get the identity provider their publisher chose', () => {
    // aadcertificate is first-party only and oauth2generic/facebook are provider-specific choices a custom
    // connector exporter cannot infer; the rest must agree except two publishers who chose the generic provider
    // on a v1 Entra ID endpoint.
    const chosen = (kind: string) => kind.replace('aadcertificate', 'aad').replace(/oauth2generic|facebook/, 'oauth2');
    const mismatched = results
      .filter((r) => r.kind.startsWith('oauth2-') && r.published !== undefined)
      .filter((r) => publishedKind(r.published).startsWith('oauth2-'))
      .filter((r) => chosen(publishedKind(r.published)) !== r.kind)
      .map((r) => r.slug);
    expect(mismatched).toEqual(['certified--InEight', 'certified--N-able-Cloud-Commander']);
  });
});

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

function kindOf(security: SecurityScheme): string {
  return security.kind === 'oauth2' ? `oauth2-${security.identityProvider}` : security.kind;
}

/** The security a published apiProperties.json configures, named like `kindOf`. */
function publishedKind(file: unknown): string {
  const parameters = ((file as { properties?: { connectionParameters?: Record<string, Record<string, unknown>> } })
    .properties?.connectionParameters ?? {}) as Record<string, Record<string, unknown>>;
  const oauth = parameters.token?.oAuthSettings as { identityProvider?: string } | undefined;
  if (oauth) return `oauth2-${oauth.identityProvider}`;
  if (parameters.api_key) return 'apiKey';
  if (parameters.username && parameters.password) return 'basic';
  return Object.keys(parameters).length === 0 ? 'none' : 'other';
}

/** Our apiProperties rule as a yes/no, for comparison with Microsoft's schema. */
function oursAccepts(published: unknown): boolean {
  const doc = parseDefinition(JSON.stringify(published), 'apiProperties.json');
  const definition = parseDefinition('{"swagger":"2.0","paths":{}}', 'apiDefinition.swagger.json');
  return validateProject({ apiProperties: doc }, definition).every((f) => f.rule !== 'api-properties-schema');
}

(schemas && corpus ? describe : describe.skip)("our apiProperties schema against Microsoft's", () => {
  test('accepts every published apiProperties.json that Microsoft accepts, and multi-auth and scripts besides', () => {
    const microsoft = loadSchema('paconn-apiProperties.schema.json', allowPerConnectorRedirect);
    let both = 0;
    const extension: string[] = [];
    for (const slug of readdirSync(corpus!).sort()) {
      const published = readJson(path.join(corpus!, slug, 'apiProperties.json'));
      if (published === undefined) continue;
      const ours = oursAccepts(published);
      if (microsoft(published)) {
        expect(`${slug}: ${ours}`).toBe(`${slug}: true`);
        both++;
      } else if (ours) {
        extension.push(slug);
      }
    }
    // Microsoft's schema has neither connectionParameterSets nor scriptOperations, which the service accepts.
    const sets = extension.filter((slug) =>
      JSON.stringify(readJson(path.join(corpus!, slug, 'apiProperties.json'))).includes('"connectionParameterSets"'),
    );
    console.log(
      `apiProperties.json accepted by both schemas: ${both}; by ours only: ${extension.length} (${sets.length} multi-auth)`,
    );
    expect(both).toBeGreaterThan(400);
    expect(sets.length).toBeGreaterThan(0);
  });

  test('rejects what the platform needs and is not there', () => {
    expect(oursAccepts({ properties: { capabilities: [] } })).toBe(false); // no iconBrandColor
    expect(
      oursAccepts({
        properties: { iconBrandColor: '#007ee5', connectionParameters: { token: { type: 'oauthSetting' } } },
      }),
    ).toBe(false);
    expect(oursAccepts({ properties: { iconBrandColor: '#007ee5', scriptOperations: 'GetThing' } })).toBe(false);
    expect(oursAccepts({ properties: { iconBrandColor: '#007ee5', scriptOperations: ['GetThing'] } })).toBe(true);
  });
});
