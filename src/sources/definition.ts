import type { TokenCredential } from '@azure/identity';
import type { DefinitionLocation } from '../inputs.ts';
import { readAzureAppDefinitionUrl } from './azureApp.ts';
import { readDefinitionFile } from './file.ts';
import type { RawDefinition } from './raw.ts';
import { readDefinitionUrl } from './url.ts';

export interface DefinitionSourceOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  /** For `azure-app`: the Azure sign-in (same as express mode), created only when needed. */
  azureCredential: () => TokenCredential;
}

/** Reads the definition's bytes from the workspace, a URL, or the URL an Azure app's API definition setting names. */
export async function readDefinition(
  location: DefinitionLocation,
  options: DefinitionSourceOptions,
): Promise<RawDefinition> {
  switch (location.kind) {
    case 'file':
      return readDefinitionFile(location.path, location.display);
    case 'url':
      return readDefinitionUrl(location.url, options);
    case 'azure-app': {
      const url = await readAzureAppDefinitionUrl({ app: location.app, credential: options.azureCredential() });
      return readDefinitionUrl(url, options);
    }
  }
}
