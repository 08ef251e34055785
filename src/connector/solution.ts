/**
 * The connector as an unmanaged Dataverse solution, in the layout the platform itself exports (see
 * ../shared/reference/solutions.md): `[Content_Types].xml`, `solution.xml`, `customizations.xml` and one
 * `Connector/<schema name>_<column>` file per file column. Pure: the zip's entries as data, no zip, no clock.
 */
import { jsonFile } from '../definition/json.ts';
import { isObject } from '../definition/pointer.ts';
import { sha1 } from '../hashes.ts';
import { PACKAGE_FILES } from './settings.ts';

/** The `connector` table's solution component type. */
export const CONNECTOR_COMPONENT_TYPE = 372;
export const SOLUTION_FILE = 'solution.zip';

export interface SolutionEntry {
  name: string;
  content: string | Uint8Array;
}

/** What the solution holds: the same data as the manual package (its apiProperties.json, definition, icon, script). */
export interface SolutionConnector {
  displayName: string;
  /** The definition as exported (overrides applied). */
  definition: unknown;
  /**
   * The same definition as the package's JSON file (text, or its UTF-8 bytes), when there is one: written as it is,
   * so a large definition is not serialised or encoded a second time.
   */
  definitionFile?: string | Uint8Array;
  /** apiProperties.json's `properties`: connectionParameters, policyTemplateInstances, connectionParameterSets, ... */
  properties: Record<string, unknown>;
  /** PNG bytes. */
  icon?: Uint8Array;
  /** Custom code (script.csx). */
  script?: string;
}

/** Checked by readSettings (inputs.ts): the inputs `solution`, `publisher-prefix`, `solution-version`. */
export interface SolutionOptions {
  /** The solution's unique name. */
  uniqueName: string;
  publisherPrefix: string;
  /** Four numbers, e.g. `1.0.7.1`. */
  version: string;
  /** The connector row's id (GUID, no braces): the platform matches the connector by it on every import. */
  connectorId: string;
}

/**
 * The connector's schema (logical) name as the platform writes it: `<prefix>_<display name>`, lower case, every
 * character outside [a-z0-9] as `-XX` (lower-case hex of its UTF-16 code unit): "Custom Connector" under `new`
 * is `new_custom-20connector`.
 */
export function connectorSchemaName(publisherPrefix: string, displayName: string): string {
  const encoded = [...displayName.toLowerCase()].map((c) => (/[a-z0-9]/.test(c) ? c : encodeChar(c))).join('');
  return `${publisherPrefix}_${encoded}`;
}

function encodeChar(c: string): string {
  let out = '';
  for (let i = 0; i < c.length; i++) out += `-${c.charCodeAt(i).toString(16).padStart(2, '0')}`;
  return out;
}

/** A solution unique name from the connector name: letters, digits and `_`, starting with a letter. */
export function defaultSolutionName(connectorName: string): string {
  const words = connectorName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1));
  const name = words.join('') || 'Connector';
  return /^[A-Za-z]/.test(name) ? name : `Connector${name}`;
}

// A fixed namespace, so that one schema name always gives one connector id (name-based UUID, RFC 9562 v5).
const CONNECTOR_ID_NAMESPACE = Buffer.from('6f0c4a3e9b2d4f1a8e7c5d3b1a09f8e7', 'hex');

/**
 * The connector id for a schema name that no environment has yet: the same every time, so that reimporting a
 * manual export (or rerunning express mode before the first import finished) updates the same connector.
 */
export function defaultConnectorId(schemaName: string): string {
  const hash = Buffer.from(sha1(Buffer.concat([CONNECTOR_ID_NAMESPACE, Buffer.from(schemaName, 'utf8')])));
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A version as Dataverse stores it: four whole numbers, each at most 2147483647. */
export function parseSolutionVersion(value: string): number[] | undefined {
  if (!/^\d+(\.\d+){1,3}$/.test(value)) return undefined;
  const parts = value.split('.').map(Number);
  if (parts.some((p) => p > 2147483647)) return undefined;
  while (parts.length < 4) parts.push(0);
  return parts;
}

/** Compares two versions part by part: negative when `a` is older. */
export function compareVersions(a: string, b: string): number {
  const pa = parseSolutionVersion(a) ?? [];
  const pb = parseSolutionVersion(b) ?? [];
  for (let i = 0; i < 4; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * The solution's connector from the manual package's files (definition, apiProperties.json, icon, script):
 * whatever the package carries, the solution carries too. `definition` is the package definition's value when the
 * caller holds it, so that a large definition is not parsed again.
 */
export function solutionConnectorOf(
  files: SolutionEntry[],
  displayName: string,
  definition?: unknown,
): SolutionConnector {
  const find = (name: string) => files.find((f) => f.name === name)?.content;
  const text = (name: string) => {
    const content = find(name);
    return content === undefined || typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  };
  const apiProperties: unknown = JSON.parse(text(PACKAGE_FILES.apiProperties) ?? '{}');
  const icon = find(PACKAGE_FILES.icon);
  return {
    displayName,
    definition: definition ?? JSON.parse(text(PACKAGE_FILES.apiDefinition) ?? '{}'),
    definitionFile: find(PACKAGE_FILES.apiDefinition),
    properties: isObject(apiProperties) && isObject(apiProperties.properties) ? apiProperties.properties : {},
    icon: typeof icon === 'string' ? Buffer.from(icon) : icon,
    script: text(PACKAGE_FILES.script),
  };
}

/** The file columns, in the order the platform writes them, and the extension of each file. */
const FILE_COLUMNS = [
  { column: 'openapidefinition', extension: 'json' },
  { column: 'connectionparameters', extension: 'json' },
  { column: 'policytemplateinstances', extension: 'json' },
  { column: 'connectionparametersets', extension: 'json' },
  { column: 'scriptoperations', extension: 'json' },
  // (unconfirmed) capabilities as a file like the other JSON columns; written only when the connector has any.
  { column: 'capabilities', extension: 'json' },
  { column: 'customcodeblobcontent', extension: 'csx' },
  { column: 'iconblob', extension: 'Png' },
] as const;

export type ConnectorColumn = (typeof FILE_COLUMNS)[number]['column'];

/**
 * The connector row's file columns as the platform stores them (text for JSON and code, bytes for the icon);
 * a column the connector does not use is absent. Express mode compares these with the registered row.
 */
export function connectorColumns(connector: SolutionConnector): Partial<Record<ConnectorColumn, string | Uint8Array>> {
  const p = connector.properties;
  const columns: Partial<Record<ConnectorColumn, string | Uint8Array>> = {
    openapidefinition: connector.definitionFile ?? jsonFile(connector.definition),
    connectionparameters: jsonFile(p.connectionParameters ?? {}),
    policytemplateinstances: jsonFile(p.policyTemplateInstances ?? null),
  };
  if (p.connectionParameterSets !== undefined) columns.connectionparametersets = jsonFile(p.connectionParameterSets);
  if (p.scriptOperations !== undefined) columns.scriptoperations = jsonFile(p.scriptOperations);
  if (Array.isArray(p.capabilities) && p.capabilities.length > 0) columns.capabilities = jsonFile(p.capabilities);
  if (connector.script !== undefined) columns.customcodeblobcontent = connector.script;
  if (connector.icon !== undefined) columns.iconblob = connector.icon;
  return columns;
}

/** The connector's description: the definition's `info.description`. */
export function connectorDescription(definition: unknown): string {
  const info = isObject(definition) && isObject(definition.info) ? definition.info : {};
  return typeof info.description === 'string' ? info.description : '';
}

/** The zip's entries, in the platform's order. */
export function buildSolution(connector: SolutionConnector, options: SolutionOptions): SolutionEntry[] {
  const schemaName = connectorSchemaName(options.publisherPrefix, connector.displayName);
  const columns = connectorColumns(connector);
  const files = FILE_COLUMNS.filter(({ column }) => columns[column] !== undefined).map(({ column, extension }) => ({
    column,
    path: `Connector/${schemaName}_${column}.${extension}`,
    content: columns[column]!,
  }));
  const extensions = ['xml', ...new Set(files.map((f) => f.path.slice(f.path.lastIndexOf('.') + 1)))];
  return [
    { name: '[Content_Types].xml', content: `\uFEFF${contentTypes(extensions)}` },
    { name: 'solution.xml', content: solutionXml(connector, options, schemaName) },
    { name: 'customizations.xml', content: customizationsXml(connector, options, schemaName, files) },
    ...files.map((f) => ({ name: f.path, content: f.content })),
  ];
}

const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

function contentTypes(extensions: string[]): string {
  return [
    XML_DECLARATION,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    ...extensions.map((e) => `  <Default Extension="${e}" ContentType="application/octet-stream" />`),
    '</Types>',
    '',
  ].join('\n');
}

function solutionXml(connector: SolutionConnector, options: SolutionOptions, schemaName: string): string {
  const prefix = options.publisherPrefix;
  return [
    XML_DECLARATION,
    `<ImportExportXml version="9.2" SolutionPackageVersion="9.2" languagecode="1033" generatedBy="CrmLive" ${XSI}>`,
    '  <SolutionManifest>',
    `    <UniqueName>${xml(options.uniqueName)}</UniqueName>`,
    '    <LocalizedNames>',
    `      <LocalizedName description="${xml(connector.displayName)}" languagecode="1033" />`,
    '    </LocalizedNames>',
    '    <Descriptions />',
    `    <Version>${options.version}</Version>`,
    '    <Managed>0</Managed>',
    '    <Publisher>',
    `      <UniqueName>${publisherUniqueName(prefix)}</UniqueName>`,
    '      <LocalizedNames>',
    `        <LocalizedName description="connector-export (${prefix})" languagecode="1033" />`,
    '      </LocalizedNames>',
    '      <Descriptions />',
    '      <EMailAddress xsi:nil="true"></EMailAddress>',
    '      <SupportingWebsiteUrl xsi:nil="true"></SupportingWebsiteUrl>',
    `      <CustomizationPrefix>${prefix}</CustomizationPrefix>`,
    `      <CustomizationOptionValuePrefix>${optionValuePrefix(prefix)}</CustomizationOptionValuePrefix>`,
    '      <Addresses />',
    '    </Publisher>',
    '    <RootComponents>',
    `      <RootComponent type="${CONNECTOR_COMPONENT_TYPE}" id="{${options.connectorId}}" schemaName="${schemaName}" behavior="0" />`,
    '    </RootComponents>',
    '    <MissingDependencies />',
    '  </SolutionManifest>',
    '</ImportExportXml>',
    '',
  ].join('\n');
}

/** The publisher: one per prefix, so that a solution never moves a prefix to another publisher. */
export function publisherUniqueName(prefix: string): string {
  return `connectorexport${prefix}`;
}

/** 10000-99999, derived from the prefix so that every export of one publisher carries the same value. */
function optionValuePrefix(prefix: string): number {
  return 10000 + (Buffer.from(sha1(prefix)).readUInt32BE(0) % 90000);
}

const EMPTY_SECTIONS = [
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
];

function customizationsXml(
  connector: SolutionConnector,
  options: SolutionOptions,
  schemaName: string,
  files: { column: string; path: string }[],
): string {
  const color = typeof connector.properties.iconBrandColor === 'string' ? connector.properties.iconBrandColor : '';
  return [
    XML_DECLARATION,
    `<ImportExportXml ${XSI}>`,
    ...EMPTY_SECTIONS.map((s) => `  <${s} />`),
    '  <Connectors>',
    '    <Connector>',
    `      <connectorid>${options.connectorId}</connectorid>`,
    `      <description>${xml(connectorDescription(connector.definition))}</description>`,
    `      <displayname>${xml(connector.displayName)}</displayname>`,
    `      <iconbrandcolor>${xml(color)}</iconbrandcolor>`,
    `      <name>${schemaName}</name>`,
    '      <connectortype>1</connectortype>',
    ...files.map((f) => `      <${f.column}>/${f.path}</${f.column}>`),
    '    </Connector>',
    '  </Connectors>',
    '  <Languages>',
    '    <Language>1033</Language>',
    '  </Languages>',
    '</ImportExportXml>',
    '',
  ].join('\n');
}

function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 has no control characters but tab, CR and LF.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}
