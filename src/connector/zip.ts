/**
 * Zip files in memory, every entry dated the same fixed day, so that one set of files always gives the same bytes.
 * The format's few records (PKWARE APPNOTE 4.3: local headers, central directory, end record) are written here
 * rather than with archiver, whose streams and their dependencies (about 1 MB of bundled code) every manual run
 * would otherwise load and compile.
 *
 * Entries are stored unless the caller asks for deflate: node:zlib loads Node's stream modules, which with the
 * compression itself cost a manual run a tenth of its time, for a file the artifact upload compresses anyway.
 * Stored (method 0) is the zip format's other basic method; every reader, the platform's included, takes it.
 */
import { crc32 } from '../hashes.ts';

export interface ZipEntry {
  name: string;
  content: string | Uint8Array;
}

// 2020-01-01 00:00 in MS-DOS form: years since 1980 << 9 | month << 5 | day; the time is 0.
const FIXED_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
const FIXED_TIME = 0;
/** Bit 11: the names are UTF-8. */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATE = 8;
/** 2.0: deflate (and stored). */
const VERSION = 20;
/**
 * zlib's level 1: on the 1 MB Encodian definition, 102 KB in ~5 ms against level 6's 75 KB in ~11 ms (and level
 * 9's ~90 ms). Every manual run pays the time; a quarter more of a small file costs nothing.
 */
const LEVEL = 1;

/** The zip of `entries`; `deflate` compresses them (a request body, where size is time on the network). */
export async function zipEntries(entries: ZipEntry[], options: { deflate?: boolean } = {}): Promise<Buffer> {
  if (entries.length > 0xffff) throw new Error(`zip: ${entries.length} entries need ZIP64`);
  const deflateRawSync = options.deflate ? (await import('node:zlib')).deflateRawSync : undefined;
  const method = deflateRawSync ? DEFLATE : STORED;
  const parts: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
    const packed = deflateRawSync ? deflateRawSync(data, { level: LEVEL }) : data;
    const crc = crc32(data);
    if (data.length > 0xffffffff || offset > 0xffffffff) throw new Error(`zip: ${entry.name} needs ZIP64`);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(FIXED_TIME, 10);
    local.writeUInt16LE(FIXED_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    parts.push(local, name, packed);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION, 4); // made by: MS-DOS host, 2.0
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(FIXED_TIME, 12);
    header.writeUInt16LE(FIXED_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    // Extra field, comment, disk number, internal and external attributes: 0.
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in all
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
