import { readFileSync } from 'node:fs';
import { InputError } from '../errors.ts';

/** Reads the `icon` input's file; its format is checked by whoever uses it. */
export async function readIcon(iconPath: string): Promise<Uint8Array> {
  try {
    return readFileSync(iconPath);
  } catch {
    throw new InputError('icon', `'${iconPath}' cannot be read.`, 'Give the path of a PNG file in the repository.');
  }
}
