import { InputError } from '../errors.ts';
import { isObject } from '../definition/pointer.ts';
import { buildApiProperties, type ConnectorOptions } from './apiProperties.ts';
import { renderImportGuide, type SolutionGuide } from './importGuide.ts';
import type { SecurityScheme } from './security.ts';
import { buildSettings, PACKAGE_FILES, type SettingsOptions } from './settings.ts';

export interface PackageFile {
  name: string;
  content: string | Uint8Array;
}

export interface PackageInput {
  /** The Swagger 2.0 definition to export; never modified. */
  definition: unknown;
  security: SecurityScheme;
  options: ConnectorOptions;
  connectorName: string;
  hostOverride?: string;
  basePathOverride?: string;
  /** PNG bytes. */
  icon?: Uint8Array;
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
  if (input.icon !== undefined) checkIcon(input.icon);
  const definition = applyOverrides(input.definition, input.hostOverride, input.basePathOverride);
  const info = isObject(definition) && isObject(definition.info) ? definition.info : {};
  const text = (key: string) =>
    isObject(definition) && typeof definition[key] === 'string' ? definition[key] : undefined;
  const files: PackageFile[] = [
    { name: PACKAGE_FILES.apiDefinition, content: json(definition) },
    { name: PACKAGE_FILES.apiProperties, content: json(buildApiProperties(input.security, input.options)) },
    { name: PACKAGE_FILES.settings, content: json(buildSettings(input.settings, input.icon !== undefined)) },
  ];
  if (input.icon !== undefined) files.push({ name: PACKAGE_FILES.icon, content: input.icon });
  files.push({
    name: PACKAGE_FILES.guide,
    content: renderImportGuide({
      connectorName: input.connectorName,
      security: input.security,
      options: input.options,
      source: input.source,
      definitionVersion: typeof info.version === 'string' ? info.version : undefined,
      host: text('host'),
      basePath: text('basePath'),
      hasIcon: input.icon !== undefined,
      solution: input.solution,
    }),
  });
  return files;
}

/** The exported definition file's text (apiDefinition.swagger.json): the definition with its overrides, as JSON. */
export function exportedDefinitionText(definition: unknown, host?: string, basePath?: string): string {
  return json(applyOverrides(definition, host, basePath));
}

/** A copy of the definition with `host`/`basePath` replaced (in place in the key order, else appended). */
export function applyOverrides(definition: unknown, host?: string, basePath?: string): unknown {
  if (host === undefined && basePath === undefined) return definition;
  if (!isObject(definition)) return definition;
  return {
    ...definition,
    ...(host === undefined ? {} : { host }),
    ...(basePath === undefined ? {} : { basePath }),
  };
}

function checkIcon(icon: Uint8Array): void {
  if (icon.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((byte, i) => icon[i] !== byte)) {
    throw new InputError('icon', 'is not a PNG file.', 'Give a PNG image (paconn and the portal expect icon.png).');
  }
  if (icon.length >= MAX_ICON_BYTES) {
    throw new InputError('icon', `is ${icon.length} bytes; the portal accepts less than 1 MB.`, 'Use a smaller PNG.');
  }
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
