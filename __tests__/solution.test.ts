import { describe, expect, test } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import { buildApiProperties } from '../src/connector/apiProperties.ts';
import { buildPackage } from '../src/connector/package.ts';
import { readSecurity } from '../src/connector/security.ts';
import {
  buildSolution,
  compareVersions,
  connectorColumns,
  connectorSchemaName,
  defaultConnectorId,
  defaultSolutionName,
  parseSolutionVersion,
  solutionConnectorOf,
  type SolutionConnector,
  type SolutionOptions,
} from '../src/connector/solution.ts';
import { zipEntries } from '../src/connector/zip.ts';
import { FULL_OPTIONS, SECURITY_FIXTURES } from './support/connector-fixtures.ts';
import { unzip } from './support/unzip.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const CONNECTOR_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

const definition = {
  swagger: '2.0',
  info: { title: 'Custom Connector', description: 'Orders & <invoices> of "Contoso"', version: '1.0' },
  host: 'orders.contoso.example',
  basePath: '/api',
  paths: {},
};

const connector = (extra: Partial<SolutionConnector> = {}): SolutionConnector => ({
  displayName: 'Custom Connector',
  definition,
  properties: buildApiProperties(readSecurity(SECURITY_FIXTURES['apiKey header']), FULL_OPTIONS).properties,
  icon: PNG,
  ...extra,
});
const options: SolutionOptions = {
  uniqueName: 'CustomConnector',
  publisherPrefix: 'new',
  version: '1.0.7.1',
  connectorId: CONNECTOR_ID,
};

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false });
const text = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : Buffer.from(content).toString();
const entry = (entries: { name: string; content: string | Uint8Array }[], name: string) =>
  entries.find((e) => e.name === name)!.content;
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: true });
type Ordered = Record<string, unknown>[];
/** The names of an element's children, in document order; `path` leads from the root to the element. */
const childNames = (source: string, path: string[]) => {
  let nodes = ordered.parse(source) as Ordered;
  for (const name of path) nodes = nodes.find((n) => name in n)![name] as Ordered;
  return nodes.map((n) => Object.keys(n)[0]);
};

describe('names as the platform writes them', () => {
  test('the schema name: prefix, lower case, every other character as -XX', () => {
    expect(connectorSchemaName('new', 'Custom Connector')).toBe('new_custom-20connector');
    expect(connectorSchemaName('contoso', 'My_API v2.1')).toBe('contoso_my-5fapi-20v2-2e1');
    expect(connectorSchemaName('new', 'Ünï')).toBe('new_-fcn-ef');
  });

  test('the default solution name and connector id', () => {
    expect(defaultSolutionName('Contoso Tasks')).toBe('ContosoTasks');
    expect(defaultSolutionName('3D printer-api')).toBe('Connector3DPrinterApi');
    expect(defaultSolutionName('???')).toBe('Connector');
    const id = defaultConnectorId('new_custom-20connector');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(defaultConnectorId('new_custom-20connector')).toBe(id);
    expect(defaultConnectorId('new_other')).not.toBe(id);
  });

  test('versions: two to four numbers, padded, compared part by part', () => {
    expect(parseSolutionVersion('1.2')).toEqual([1, 2, 0, 0]);
    expect(parseSolutionVersion('1.2.3.4.5')).toBeUndefined();
    expect(parseSolutionVersion('1.2147483648')).toBeUndefined();
    expect(compareVersions('1.0.10.1', '1.0.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.7', '1.0.7.0')).toBe(0);
  });
});

describe('buildSolution: the reference layout, file by file', () => {
  const entries = buildSolution(connector(), options);

  test('exactly the files of a platform export, in its order', () => {
    expect(entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      'solution.xml',
      'customizations.xml',
      'Connector/new_custom-20connector_openapidefinition.json',
      'Connector/new_custom-20connector_connectionparameters.json',
      'Connector/new_custom-20connector_policytemplateinstances.json',
      'Connector/new_custom-20connector_iconblob.Png',
    ]);
  });

  test('[Content_Types].xml: a BOM and one Default per extension', () => {
    const content = text(entry(entries, '[Content_Types].xml'));
    expect(content.startsWith('\uFEFF<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const types = xml.parse(content.slice(1)).Types;
    expect(types['@xmlns']).toBe('http://schemas.openxmlformats.org/package/2006/content-types');
    expect(types.Default).toEqual(
      ['xml', 'json', 'Png'].map((e) => ({ '@Extension': e, '@ContentType': 'application/octet-stream' })),
    );
  });

  test('solution.xml: the manifest, the publisher and the connector as root component 372', () => {
    const content = text(entry(entries, 'solution.xml'));
    const root = xml.parse(content).ImportExportXml;
    expect(root['@SolutionPackageVersion']).toBe('9.2');
    expect(root['@languagecode']).toBe('1033');
    expect(childNames(content, ['ImportExportXml', 'SolutionManifest'])).toEqual([
      'UniqueName',
      'LocalizedNames',
      'Descriptions',
      'Version',
      'Managed',
      'Publisher',
      'RootComponents',
      'MissingDependencies',
    ]);
    const manifest = root.SolutionManifest;
    expect(manifest.UniqueName).toBe('CustomConnector');
    expect(manifest.LocalizedNames.LocalizedName).toEqual({
      '@description': 'Custom Connector',
      '@languagecode': '1033',
    });
    expect(manifest.Version).toBe('1.0.7.1');
    expect(manifest.Managed).toBe(0);
    expect(childNames(content, ['ImportExportXml', 'SolutionManifest', 'Publisher'])).toEqual([
      'UniqueName',
      'LocalizedNames',
      'Descriptions',
      'EMailAddress',
      'SupportingWebsiteUrl',
      'CustomizationPrefix',
      'CustomizationOptionValuePrefix',
      'Addresses',
    ]);
    expect(manifest.Publisher.CustomizationPrefix).toBe('new');
    expect(manifest.Publisher.CustomizationOptionValuePrefix).toBeGreaterThanOrEqual(10000);
    expect(manifest.Publisher.CustomizationOptionValuePrefix).toBeLessThanOrEqual(99999);
    expect(manifest.RootComponents.RootComponent).toEqual({
      '@type': '372',
      '@id': `{${CONNECTOR_ID}}`,
      '@schemaName': 'new_custom-20connector',
      '@behavior': '0',
    });
  });

  test('customizations.xml: empty sections, the connector row, and each file column pointing at its file', () => {
    const content = text(entry(entries, 'customizations.xml'));
    expect(childNames(content, ['ImportExportXml'])).toEqual([
      'Entities',
      'Roles',
      'Workflows',
      'FieldSecurityProfiles',
      'Templates',
      'EntityMaps',
      'EntityRelationships',
      'OrganizationSettings',
      'optionsets',
      'CustomControls',
      'EntityDataProviders',
      'Connectors',
      'Languages',
    ]);
    const root = xml.parse(content).ImportExportXml;
    expect(root.Languages.Language).toBe(1033);
    expect(root.Connectors.Connector).toEqual({
      connectorid: CONNECTOR_ID,
      description: 'Orders & <invoices> of "Contoso"',
      displayname: 'Custom Connector',
      iconbrandcolor: '#107C10',
      name: 'new_custom-20connector',
      connectortype: 1,
      openapidefinition: '/Connector/new_custom-20connector_openapidefinition.json',
      connectionparameters: '/Connector/new_custom-20connector_connectionparameters.json',
      policytemplateinstances: '/Connector/new_custom-20connector_policytemplateinstances.json',
      iconblob: '/Connector/new_custom-20connector_iconblob.Png',
    });
    // Escaped in the file, as XML must be.
    expect(content).toContain('<description>Orders &amp; &lt;invoices&gt; of &quot;Contoso&quot;</description>');
  });

  test('the column files: the definition, the connection parameters, no policies as null, the icon bytes', () => {
    const file = (column: string) => entry(entries, `Connector/new_custom-20connector_${column}`);
    expect(JSON.parse(text(file('openapidefinition.json')))).toEqual(definition);
    expect(JSON.parse(text(file('connectionparameters.json')))).toEqual(connector().properties.connectionParameters);
    expect(text(file('policytemplateinstances.json'))).toBe('null\n');
    expect(file('iconblob.Png')).toBe(PNG);
  });

  test('policies, parameter sets, script operations and custom code become their columns', () => {
    const policies = [
      { templateId: 'setheader', title: 'Set header', parameters: { 'x-ms-apimTemplate-policySection': 'Request' } },
    ];
    const sets = { uiDefinition: { displayName: 'Auth' }, values: [{ name: 'key', parameters: {} }] };
    const full = buildSolution(
      connector({
        icon: undefined,
        script: 'public class Script : ScriptBase {}\n',
        properties: {
          ...connector().properties,
          policyTemplateInstances: policies,
          connectionParameterSets: sets,
          scriptOperations: ['ListOrders'],
          capabilities: ['actions'],
        },
      }),
      options,
    );
    const files = full.filter((e) => e.name.startsWith('Connector/')).map((e) => e.name.replace(/^.*_/, ''));
    expect(files).toEqual([
      'openapidefinition.json',
      'connectionparameters.json',
      'policytemplateinstances.json',
      'connectionparametersets.json',
      'scriptoperations.json',
      'capabilities.json',
      'customcodeblobcontent.csx',
    ]);
    const named = (suffix: string) => text(entry(full, `Connector/new_custom-20connector_${suffix}`));
    expect(JSON.parse(named('policytemplateinstances.json'))).toEqual(policies);
    expect(JSON.parse(named('connectionparametersets.json'))).toEqual(sets);
    expect(named('customcodeblobcontent.csx')).toBe('public class Script : ScriptBase {}\n');
    const customizations = xml.parse(text(entry(full, 'customizations.xml'))).ImportExportXml;
    expect(customizations.Connectors.Connector.customcodeblobcontent).toBe(
      '/Connector/new_custom-20connector_customcodeblobcontent.csx',
    );
    expect(customizations.Connectors.Connector).not.toHaveProperty('iconblob');
    const types = xml.parse(text(entry(full, '[Content_Types].xml')).slice(1)).Types.Default;
    expect(types.map((d: Record<string, string>) => d['@Extension'])).toEqual(['xml', 'json', 'csx']);
  });
});

describe('solution.zip', () => {
  test.each([
    ['stored', {}, 0],
    ['deflated', { deflate: true }, 8],
  ] as const)('re-read by an independent reader (yauzl): the same files, %s, byte for byte', async (_, how, method) => {
    const entries = buildSolution(connector(), options);
    const zip = await zipEntries(entries, how);
    const read = await unzip(zip);
    expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    for (const [i, e] of read.entries()) {
      expect(e.compressionMethod).toBe(method);
      expect(e.content.equals(Buffer.from(entries[i].content))).toBe(true);
    }
  });

  test('the same files give the same bytes', async () => {
    const entries = buildSolution(connector(), options);
    expect((await zipEntries(entries)).equals(await zipEntries(buildSolution(connector(), options)))).toBe(true);
  });

  test('built from the manual package: whatever the package carries, the solution carries', () => {
    const files = buildPackage({
      definition,
      security: readSecurity(SECURITY_FIXTURES['oauth2 aad']),
      options: FULL_OPTIONS,
      connectorName: 'Custom Connector',
      icon: PNG,
    });
    files.push({ name: 'script.csx', content: '// code\n' });
    const from = solutionConnectorOf(files, 'Custom Connector');
    expect(from.definition).toEqual(definition);
    // The package's definition text goes into the solution as it is (a large definition is not serialised twice).
    const packaged = files.find((f) => f.name === 'apiDefinition.swagger.json')?.content;
    expect(connectorColumns(from).openapidefinition).toBe(packaged);
    expect(connectorColumns({ ...from, definitionFile: undefined }).openapidefinition).toBe(packaged);
    expect(from.properties).toEqual(
      buildApiProperties(readSecurity(SECURITY_FIXTURES['oauth2 aad']), FULL_OPTIONS).properties,
    );
    expect(Buffer.from(from.icon!).equals(Buffer.from(PNG))).toBe(true);
    expect(from.script).toBe('// code\n');
  });
});
