import type { Finding } from '../model.ts';
import type { ConnectorOptions } from './apiProperties.ts';
import { applyOverrides } from './overrides.ts';
import type { ConnectorProject } from './project.ts';
import { resolveApiProperties, type ApiProperties } from './projectProperties.ts';
import type { SecurityScheme } from './security.ts';

export interface ContentInput {
  /** The Swagger 2.0 definition to export; never modified. */
  definition: unknown;
  /** The definition's own text, when it is strict JSON that parses to `definition` (no comment, no repeated key). */
  definitionText?: string;
  /** definitionText's UTF-8 bytes as read, when they are at hand. */
  definitionUtf8?: Uint8Array;
  security: SecurityScheme;
  /** Only what the workflow set (see resolveApiProperties). */
  options: ConnectorOptions;
  connectorName: string;
  hostOverride?: string;
  basePathOverride?: string;
  /** The connector's own files (its folder), when it has them. */
  project?: ConnectorProject;
  /** The `icon` input's PNG bytes: it wins over the folder's icon.png. */
  icon?: Uint8Array;
}

/**
 * What is exported, whatever the target: the manual package, express registration and a solution all carry
 * exactly this. Plain data: nothing here reads a file or the clock.
 */
export interface ConnectorContent {
  connectorName: string;
  /** apiDefinition.swagger.json: the definition with its host/base-path overrides. */
  definition: unknown;
  /**
   * apiDefinition.swagger.json as the source wrote it, when no override changes it and it is strict JSON: a large
   * definition is not serialised again, and its formatting is kept.
   */
  definitionText?: string;
  /** definitionText's UTF-8 bytes as read, when they are at hand: written as they are (see PackageFile). */
  definitionUtf8?: Uint8Array;
  /** apiProperties.json: the folder's own (policy templates, connection parameter sets, script operations...). */
  apiProperties: ApiProperties;
  /** Whether apiProperties came from the connector's own file (else it was built from the security definition). */
  ownApiProperties: boolean;
  /** script.csx bytes (custom code), unchanged. */
  script?: Uint8Array;
  /** icon.png bytes. */
  icon?: Uint8Array;
  security: SecurityScheme;
  /** paconn's settings.json from the folder: the connector id and environment it was last deployed to. */
  connectorId?: string;
  environment?: string;
  /** Inputs that replaced a value of the folder's apiProperties.json. */
  findings: Finding[];
}

export function connectorContent(input: ContentInput): ConnectorContent {
  const { project } = input;
  const resolved = resolveApiProperties(project, input.security, input.options);
  const settings = project?.settings?.value;
  return {
    connectorName: input.connectorName,
    definition: applyOverrides(input.definition, input.hostOverride, input.basePathOverride),
    ...(input.definitionText !== undefined && input.hostOverride === undefined && input.basePathOverride === undefined
      ? {
          definitionText: input.definitionText,
          ...(input.definitionUtf8 ? { definitionUtf8: input.definitionUtf8 } : {}),
        }
      : {}),
    apiProperties: resolved.apiProperties,
    ownApiProperties: project?.apiProperties !== undefined,
    ...(project?.script ? { script: project.script.bytes } : {}),
    ...((input.icon ?? project?.icon) ? { icon: input.icon ?? project?.icon?.bytes } : {}),
    security: input.security,
    ...(settings?.connectorId === undefined ? {} : { connectorId: settings.connectorId }),
    ...(settings?.environment === undefined ? {} : { environment: settings.environment }),
    findings: resolved.findings,
  };
}
