import type { ConnectorOptions } from '../connector/apiProperties.ts';
import type { SecurityScheme } from '../connector/security.ts';

/** What is exported, the same in both modes: the definition, its security and the maker's choices. */
export interface ConnectorSpec {
  /** The Swagger 2.0 definition (converted when the source was OpenAPI 3); never modified. */
  definition: Record<string, unknown>;
  security: SecurityScheme;
  options: ConnectorOptions;
  connectorName: string;
  hostOverride?: string;
  basePathOverride?: string;
  iconPath?: string;
  /** The Dataverse solution that carries the connector (manual: solution.zip; express through Dataverse). */
  solution: SolutionSettings;
}

export interface SolutionSettings {
  uniqueName: string;
  publisherPrefix: string;
  version: string;
}
