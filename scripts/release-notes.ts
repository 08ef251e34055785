// Prints the CHANGELOG.md section of one version (`## [1.2.0] - 2026-12-01` up to the next `## `): the release
// workflow's notes. Exits 1 when the changelog has no such section, so a release never goes out undocumented.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function releaseNotes(changelog: string, version: string): string | undefined {
  const lines = changelog.split('\n');
  const heading = new RegExp(`^## \\[?v?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const body = lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
  return body === '' ? undefined : `${body}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2] ?? '';
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const notes = releaseNotes(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (notes === undefined) {
    console.error(`CHANGELOG.md has no section '## [${version}]': add the release's notes there first.`);
    process.exit(1);
  }
  process.stdout.write(notes);
}
