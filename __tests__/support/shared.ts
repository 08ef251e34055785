import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in __tests__/support). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * `../shared` beside the checkout: corpus, schemas and references. Absent on a fresh clone. CONNECTOR_EXPORT_SHARED
 * names it for a copy of the checkout elsewhere (Stryker's sandbox, see scripts/mutate.mjs).
 */
export const sharedDir = process.env.CONNECTOR_EXPORT_SHARED
  ? path.resolve(process.env.CONNECTOR_EXPORT_SHARED)
  : path.resolve(repoRoot, '..', 'shared');

/**
 * The path of a folder under ../shared, or undefined after printing why the tests that need it are skipped.
 * Use as: `const corpus = sharedPath('corpus/connectors'); (corpus ? describe : describe.skip)(...)`.
 */
export function sharedPath(relative: string): string | undefined {
  const full = path.join(sharedDir, relative);
  if (existsSync(full)) return full;
  console.warn(`Skipping tests that read ${full}: ../shared is not beside this checkout.`);
  return undefined;
}
