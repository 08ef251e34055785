import { jsonFile } from '../definition/json.ts';
import { isObject } from '../definition/pointer.ts';
import { DefinitionError, InputError } from '../errors.ts';
import { connectorContent, type ConnectorContent, type ContentInput } from './content.ts';
import { connectionParametersOf } from './connectionParameters.ts';
import { renderImportGuide, type SolutionGuide } from './importGuide.ts';
import { applyOverrides } from './overrides.ts';
import { buildSettings, PACKAGE_FILES, type SettingsOptions } from './settings.ts';

export { applyOverrides };

export interface PackageFile {
  name: string;
  content: string | Uint8Array;
  /**
   * A text content's UTF-8 bytes, when they are at hand (the definition as read): encoding a large text again cost
   * more than the rest of writing the package. Dropped when the text is changed (see redactedFiles).
   */
  utf8?: Uint8Array;
}

export interface PackageInput extends ContentInput {
  source?: { location: string; version?: string; format?: string };
  settings?: SettingsOptions;
  /** When the package holds solution.zip (added by the caller: zipping is asynchronous). */
  solution?: SolutionGuide;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The portal refuses icons of 1 MB or more. */
const MAX_ICON_BYTES = 1024 * 1024;

/**
 * The manual-export package in paconn's layout, files in a fixed order. Same input, same bytes: nothing here
 * reads the clock or the environment.
 */
export function buildPackage(input: PackageInput): PackageFile[] {
  return packageFiles(connectorContent(input), input);
}

/** The package's files for content already resolved (see connectorContent). */
export function packageFiles(
  content: ConnectorContent,
  input: Pick<PackageInput, 'source' | 'settings' | 'options' | 'project' | 'solution'> = { options: {} },
): PackageFile[] {
  if (content.icon !== undefined) checkIcon(content.icon, input.project?.icon?.source);
  const { definition } = content;
  const info = isObject(definition) && isObject(definition.info) ? definition.info : {};
  const text = (key: string) =>
    isObject(definition) && typeof definition[key] === 'string' ? definition[key] : undefined;
  const hasIcon = content.icon !== undefined;
  const hasScript = content.script !== undefined;
  const settings: SettingsOptions = {
    connectorId: content.connectorId,
    environment: content.environment,
    ...input.settings,
  };
  const files: PackageFile[] = [
    {
      name: PACKAGE_FILES.apiDefinition,
      content: definitionFileText(content),
      ...(content.definitionText !== undefined && content.definitionUtf8 ? { utf8: content.definitionUtf8 } : {}),
    },
    { name: PACKAGE_FILES.apiProperties, content: jsonFile(content.apiProperties) },
    { name: PACKAGE_FILES.settings, content: jsonFile(buildSettings(settings, hasIcon, hasScript)) },
  ];
  if (content.icon !== undefined) files.push({ name: PACKAGE_FILES.icon, content: content.icon });
  if (content.script !== undefined) files.push({ name: PACKAGE_FILES.script, content: content.script });
  files.push({
    name: PACKAGE_FILES.guide,
    content: renderImportGuide({
      connectorName: content.connectorName,
      security: content.security,
      options: input.options,
      source: input.source,
      definitionVersion: typeof info.version === 'string' ? info.version : undefined,
      host: text('host'),
      basePath: text('basePath'),
      hasIcon,
      hasScript,
      ownApiProperties: content.ownApiProperties,
      connectionParameters: content.ownApiProperties
        ? connectionParametersOf(content.apiProperties.properties)
        : undefined,
      solution: input.solution,
    }),
  });
  return files;
}

/** The exported definition file's text (apiDefinition.swagger.json): the definition with its overrides, as JSON. */
export function definitionFileText(content: Pick<ConnectorContent, 'definition' | 'definitionText'>): string {
  return content.definitionText ?? jsonFile(content.definition);
}

/** `file` is the folder's icon.png when the icon came from there (else the `icon` input). */
function checkIcon(icon: Uint8Array, file?: string): void {
  const fail = (message: string, hint: string): never => {
    throw file === undefined ? new InputError('icon', message, hint) : new DefinitionError(file, message, { hint });
  };
  if (icon.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((byte, i) => icon[i] !== byte)) {
    fail('is not a PNG file.', 'Give a PNG image (paconn and the portal expect icon.png).');
  }
  if (icon.length >= MAX_ICON_BYTES) {
    fail(`is ${icon.length} bytes; the portal accepts less than 1 MB.`, 'Use a smaller PNG.');
  }
}
