import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { connectionParametersOf } from '../src/connector/connectionParameters.ts';
import { connectorContent } from '../src/connector/content.ts';
import { packageFiles } from '../src/connector/package.ts';
import type { ConnectorProject } from '../src/connector/project.ts';
import { readSecurity } from '../src/connector/security.ts';
import { parseDefinition } from '../src/definition/parse.ts';
import { packageCorpusFolder } from './support/corpusPackage.ts';
import { sharedPath } from './support/shared.ts';

/**
 * IMPORT.md lists what a connection asks for when the connector's own apiProperties.json defines connection
 * parameters (or several ways to connect): name, type and what to enter, never a value that could be a secret.
 */

const SWAGGER = {
  swagger: '2.0',
  info: { title: 'Contoso', version: '1.0', description: 'x' },
  host: 'contoso.example',
  securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'x-key' } },
  paths: { '/things': { get: { operationId: 'ListThings', responses: { 200: { description: 'ok' } } } } },
};
const SECRET_DEFAULT = 'secure-default-never-shown';
const OAUTH_SECRET = 'oauth-client-secret-never-shown';

function guide(properties: Record<string, unknown>): string {
  const project: ConnectorProject = {
    folder: 'c',
    apiProperties: parseDefinition(JSON.stringify({ properties }, null, 2), 'c/apiProperties.json'),
  };
  const content = connectorContent({
    definition: SWAGGER,
    security: readSecurity(SWAGGER),
    options: {},
    connectorName: 'Contoso',
    project,
  });
  return String(packageFiles(content, { options: {} }).find((f) => f.name === 'IMPORT.md')!.content);
}

const ui = (displayName: string, description: string, constraints: Record<string, unknown> = {}) => ({
  uiDefinition: { displayName, description, tooltip: 'tip', constraints },
});

describe('IMPORT.md: the connection parameters of apiProperties.json', () => {
  test('each parameter with its type and what to enter; no secure default, no client secret', () => {
    const text = guide({
      iconBrandColor: '#007ee5',
      connectionParameters: {
        api_key: {
          type: 'securestring',
          defaultValue: SECRET_DEFAULT,
          ...ui('API key', 'The key of your account', { required: 'true' }),
        },
        region: {
          type: 'string',
          defaultValue: 'eu',
          ...ui('Region', 'Where | your data lives', {
            allowedValues: [
              { text: 'Europe', value: 'eu' },
              { text: 'United States', value: 'us' },
            ],
          }),
        },
        tenantHint: { type: 'string', ...ui('Tenant', 'Set by the connector', { hidden: 'true', required: 'true' }) },
        token: {
          type: 'oauthSetting',
          oAuthSettings: { identityProvider: 'aad', clientId: 'c1', clientSecret: OAUTH_SECRET },
        },
      },
    });
    expect(text).toContain('### What a connection asks for (`apiProperties.json`)');
    const table = text.slice(text.indexOf('| Parameter | Type | What to enter |'));
    expect(table.split('\n').slice(0, 6)).toEqual([
      '| Parameter | Type | What to enter |',
      '|---|---|---|',
      '| `api_key` | secure string | API key: The key of your account; a secret: each user enters their own when creating a connection; never write it down here; required |',
      '| `region` | string | Region: Where \\| your data lives; allowed values: Europe, United States; default value: eu |',
      '| `tenantHint` | string | Tenant: Set by the connector; hidden: the connector sets it |',
      "| `token` | OAuth 2.0 (aad) | each user signs in when creating a connection; the connector's client ID and secret are set on its Security tab |",
    ]);
    expect(text).not.toContain(SECRET_DEFAULT);
    expect(text).not.toContain(OAUTH_SECRET);
    // The Security-tab table of the definition's own security stays.
    expect(text).toContain('| Parameter name | `x-key` |');
  });

  test('several ways to connect: one table each, under the choice the user makes', () => {
    const text = guide({
      iconBrandColor: '#007ee5',
      connectionParameterSets: {
        uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
        values: [
          {
            name: 'oauth',
            uiDefinition: { displayName: 'Sign in with Contoso' },
            parameters: {
              token: {
                type: 'oauthSetting',
                oAuthSettings: { identityProvider: 'oauth2', clientSecret: OAUTH_SECRET },
              },
            },
          },
          {
            name: 'key',
            uiDefinition: { displayName: 'API key' },
            parameters: { api_key: { type: 'securestring', ...ui('Key', 'Your key') } },
          },
        ],
      },
    });
    expect(text).toContain('It offers 2 ways to connect (Authentication type); the user picks one.');
    expect(text).toContain('#### Sign in with Contoso (`oauth`)');
    expect(text).toContain('#### API key (`key`)');
    expect(text).toContain('| `token` | OAuth 2.0 (oauth2) |');
    expect(text).toContain('| `api_key` | secure string | Key: Your key; a secret:');
    expect(text).not.toContain(OAUTH_SECRET);
  });

  test('no connection parameters, or apiProperties.json built from the definition: no such section', () => {
    expect(guide({ iconBrandColor: '#007ee5', connectionParameters: {} })).not.toContain('What a connection asks for');
    const content = connectorContent({
      definition: SWAGGER,
      security: readSecurity(SWAGGER),
      options: {},
      connectorName: 'Contoso',
    });
    const built = String(packageFiles(content, { options: {} }).find((f) => f.name === 'IMPORT.md')!.content);
    expect(built).not.toContain('What a connection asks for');
  });
});

const corpus = sharedPath('corpus/connectors');

/** IMPORT.md of a corpus folder packaged as a connector project. */
async function corpusGuide(dir: string): Promise<string> {
  return String((await packageCorpusFolder(corpus!, dir)).get('IMPORT.md'));
}

(corpus ? describe : describe.skip)('IMPORT.md of real connector folders', () => {
  test('ActiveCampaign: its API key (secure) and host name (string), with the labels its users see', async () => {
    const text = await corpusGuide('certified--ActiveCampaign');
    expect(text).toContain(
      '| `apiKey` | secure string | KEY: The KEY for this API; a secret: each user enters their own when creating a connection; never write it down here; required |',
    );
    expect(text).toContain(
      '| `hostName` | string | ActiveCampaign REST Endpoint Hostname: ActiveCampaign Hostname (Example: yourAccountName.api-us1.com).; required |',
    );
  });

  test('3E Events: one table per way to connect, and none of its client secrets', async () => {
    const text = await corpusGuide('certified--3E-Events');
    expect(text).toMatch(/It offers \d+ ways to connect \(Environment\); the user picks one\./);
    expect(text).toContain('#### Production (`aadProd`)');
    expect(text).toContain('| `token:3eInstanceId` | string | 3E Instance ID: ID of the 3E instance.; required |');
    expect(text).not.toContain('[[DUMMY]]');
  });

  test('every folder: each connection parameter is listed, and no client secret or secure default is', async () => {
    let listed = 0;
    for (const dir of readdirSync(corpus!).sort()) {
      let own: { properties?: Record<string, unknown> };
      try {
        own = JSON.parse(readFileSync(path.join(corpus!, dir, 'apiProperties.json'), 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        continue; // no apiProperties.json, or one that does not parse (projects.corpus covers those)
      }
      const parameters = connectionParametersOf(own.properties ?? {});
      if (!parameters) continue;
      let text: string;
      try {
        text = await corpusGuide(dir);
      } catch {
        continue; // a definition that does not parse: no package
      }
      for (const row of parameters.groups.flatMap((g) => g.rows)) {
        expect({ dir, listed: text.includes(`| \`${row.name}\` |`) }).toEqual({ dir, listed: true });
        listed++;
      }
      for (const secret of secretValues(own)) {
        expect({ dir, leaked: text.includes(secret) }).toEqual({ dir, leaked: false });
      }
    }
    expect(listed).toBeGreaterThan(900);
  });
});

/** Client secrets and secure strings' defaults (8 characters or more: shorter ones are words, not secrets). */
function secretValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(secretValues);
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  const own = [o.clientSecret, o.type === 'securestring' ? o.defaultValue : undefined];
  const found = own.filter((v): v is string => typeof v === 'string' && v.length >= 8);
  return [...found, ...Object.values(o).flatMap(secretValues)];
}
