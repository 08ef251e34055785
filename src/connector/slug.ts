import { sha256Hex } from '../hashes.ts';

/** Longest slug: it names a folder and an artifact, and a 300-character title once hit ENAMETOOLONG. */
export const MAX_SLUG = 64;

/**
 * A name for files and artifacts: lower case, ASCII letters and digits, dashes, at most MAX_SLUG characters. A
 * longer one keeps its head and ends with a short hash of the whole name, so two long titles stay apart.
 */
export function slugOf(name: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // accents off: Ünïcödé -> unicode
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'connector';
  if (slug.length <= MAX_SLUG) return slug;
  const hash = sha256Hex(name).slice(0, 8);
  return `${slug.slice(0, MAX_SLUG - hash.length - 1).replace(/-$/, '')}-${hash}`;
}
