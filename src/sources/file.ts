import { readFileSync, statSync } from 'node:fs';
import { DefinitionError } from '../errors.ts';
import { MAX_DEFINITION_BYTES, type RawDefinition } from './raw.ts';

/** Reads a definition from the workspace. `display` is the workspace-relative path used in messages. */
export async function readDefinitionFile(file: string, display: string): Promise<RawDefinition> {
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile())
      throw new DefinitionError(display, 'is not a file.', { hint: 'Point the input at the definition file itself.' });
    size = info.size;
  } catch (error) {
    if (error instanceof DefinitionError) throw error;
    throw new DefinitionError(display, 'file not found.', {
      hint: 'Check the path (relative to the repository root) and that the job runs actions/checkout before this step.',
    });
  }
  if (size > MAX_DEFINITION_BYTES) {
    throw new DefinitionError(display, `is ${size} bytes, over the ${MAX_DEFINITION_BYTES}-byte limit.`, {
      hint: 'Power Platform accepts definitions under 1 MB: split the API into several connectors.',
    });
  }
  return { bytes: readFileSync(file), source: display };
}
