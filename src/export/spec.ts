import type { ConnectorOptions } from '../connector/apiProperties.ts';
import type { ConnectorContent } from '../connector/content.ts';

/** What is exported, the same in both modes: the resolved content and the maker's choices. */
export interface ConnectorSpec {
  /** Definition (overrides applied), apiProperties, script and icon, as connectorContent resolved them. */
  content: ConnectorContent;
  /** The inputs the workflow set (IMPORT.md and a built apiProperties.json read them). */
  options: ConnectorOptions;
  /** The icon's file name, for its blob's extension and content type. */
  iconFileName?: string;
  /** The Dataverse solution that carries the connector (manual: solution.zip; express through Dataverse). */
  solution: SolutionSettings;
}

export interface SolutionSettings {
  uniqueName: string;
  publisherPrefix: string;
  version: string;
}
