/**
 * Zip files in memory with archiver (already in the bundle through @actions/artifact): deflate, every entry dated
 * the same fixed day, so that one set of files always gives the same bytes.
 */
import archiver from 'archiver';

export interface ZipEntry {
  name: string;
  content: string | Uint8Array;
}

const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

export async function zipEntries(entries: ZipEntry[]): Promise<Buffer> {
  const archive = archiver('zip', { zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
    archive.on('warning', reject);
  });
  for (const entry of entries) {
    const content = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : Buffer.from(entry.content);
    archive.append(content, { name: entry.name, date: FIXED_DATE });
  }
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}
