/**
 * The hashes of short texts the action needs on every run (slugs, the solution's connector id, SARIF
 * fingerprints), from @noble/hashes: plain JavaScript, so a run does not load node:crypto, which alone costs about a
 * tenth of a small run's start-up. Large contents are compared byte for byte or by crc32 (zip entries, package
 * files), written here for the same reason: node:zlib's crc32 loads Node's stream modules.
 */
import { sha1 as nobleSha1 } from '@noble/hashes/legacy.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';

const bytesOf = (data: string | Uint8Array) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

export const sha1 = (data: string | Uint8Array): Uint8Array => nobleSha1(bytesOf(data));

export const sha256Hex = (data: string | Uint8Array): string => Buffer.from(nobleSha256(bytesOf(data))).toString('hex');

let CRC_TABLES: Int32Array | undefined;
/** Contents already summed (they are never changed once made): a definition is a package file and a zip entry. */
const sums = new WeakMap<Uint8Array, number>();

/**
 * The CRC-32 of zip and PNG (IEEE 802.3, reflected, polynomial 0xEDB88320), as zlib's crc32 gives it: four bytes a
 * step with four tables ("slicing by 4"), remembered per content.
 */
export function crc32(data: Uint8Array): number {
  const known = sums.get(data);
  if (known !== undefined) return known;
  const t = (CRC_TABLES ??= crcTables());
  let crc = -1;
  let i = 0;
  for (const end = data.length - (data.length % 4); i < end; i += 4) {
    crc ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    crc = t[768 + (crc & 0xff)] ^ t[512 + ((crc >>> 8) & 0xff)] ^ t[256 + ((crc >>> 16) & 0xff)] ^ t[crc >>> 24];
  }
  for (; i < data.length; i++) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  const sum = (crc ^ -1) >>> 0;
  sums.set(data, sum);
  return sum;
}

/** Table k (at k * 256) advances the CRC of a byte by k more zero bytes. */
function crcTables(): Int32Array {
  const t = new Int32Array(4 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let k = 1; k < 4; k++) {
    for (let n = 0; n < 256; n++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
  }
  return t;
}
