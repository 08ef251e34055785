import { readFileSync } from 'node:fs';
import { DefinitionError } from '../errors.ts';
import { MAX_DEFINITION_BYTES, type RawDefinition } from './raw.ts';
import { statOrUndefined } from './workspace.ts';

/** Reads a definition from the workspace. `display` is the workspace-relative path used in messages. */
export async function readDefinitionFile(file: string, display: string): Promise<RawDefinition> {
  const info = statOrUndefined(file);
  if (!info) {
    throw new DefinitionError(display, 'file not found.', {
      hint: 'Check the path (relative to the repository root) and that the job runs actions/checkout before this step.',
    });
  }
  if (!info.isFile()) {
    throw new DefinitionError(display, 'is not a file.', { hint: 'Point the input at the definition file itself.' });
  }
  if (info.size > MAX_DEFINITION_BYTES) {
    throw new DefinitionError(display, `is ${info.size} bytes, over the ${MAX_DEFINITION_BYTES}-byte limit.`, {
      hint: 'Power Platform accepts definitions under 1 MB: split the API into several connectors.',
    });
  }
  return { bytes: readFileSync(file), source: display };
}
