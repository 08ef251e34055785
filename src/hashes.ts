/**
 * The hashes of short texts the action needs on every run (slugs, the solution's connector id), from @noble/hashes:
 * plain JavaScript, so a run does not load node:crypto, which alone costs about a tenth of a small run's start-up.
 * Large contents are compared byte for byte or by crc32 (zip entries, package files), and SARIF fingerprints (one per
 * finding, hundreds a run) use MurmurHash3: both written here, crc32 because node:zlib's loads Node's stream
 * modules, MurmurHash3 because a fingerprint needs no cryptographic strength and SHA-256 of a few hundred short
 * texts, run cold, cost several milliseconds.
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

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

/** One 32-bit block's contribution to a lane: multiply, rotate, multiply. */
const scramble = (k: number, a: number, r: number, b: number) => Math.imul(rotl(Math.imul(k, a), r), b);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The lanes added into each other, as the reference does before and after the final mix. */
function combine([h1, h2, h3, h4]: number[]): number[] {
  h1 = (h1 + h2 + h3 + h4) | 0;
  return [h1, (h2 + h1) | 0, (h3 + h1) | 0, (h4 + h1) | 0];
}

/**
 * MurmurHash3 x86_128 (seed 0) of the UTF-8 bytes of `text`, as 32 hex digits in the reference implementation's byte
 * order (h1 to h4, each little-endian): a stable identity for short texts, not a cryptographic digest.
 */
export function murmur128Hex(text: string): string {
  const data = bytesOf(text);
  const len = data.length;
  const word = (i: number) => data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
  let [h1, h2, h3, h4] = [0, 0, 0, 0];
  const blocks = len - (len % 16);
  for (let i = 0; i < blocks; i += 16) {
    h1 ^= scramble(word(i), C1, 15, C2);
    h1 = (Math.imul((rotl(h1, 19) + h2) | 0, 5) + 0x561ccd1b) | 0;
    h2 ^= scramble(word(i + 4), C2, 16, C3);
    h2 = (Math.imul((rotl(h2, 17) + h3) | 0, 5) + 0x0bcaa747) | 0;
    h3 ^= scramble(word(i + 8), C3, 17, C4);
    h3 = (Math.imul((rotl(h3, 15) + h4) | 0, 5) + 0x96cd1c35) | 0;
    h4 ^= scramble(word(i + 12), C4, 18, C1);
    h4 = (Math.imul((rotl(h4, 13) + h1) | 0, 5) + 0x32ac3b17) | 0;
  }
  // The last 0 to 15 bytes, as the reference's switch falls through: lanes k4 down to k1.
  const k = [0, 0, 0, 0];
  for (let i = len - 1; i >= blocks; i--) k[(i - blocks) >> 2] |= data[i] << (8 * ((i - blocks) & 3));
  if (len - blocks > 12) h4 ^= scramble(k[3], C4, 18, C1);
  if (len - blocks > 8) h3 ^= scramble(k[2], C3, 17, C4);
  if (len - blocks > 4) h2 ^= scramble(k[1], C2, 16, C3);
  if (len - blocks > 0) h1 ^= scramble(k[0], C1, 15, C2);
  const lanes = combine(combine([h1 ^ len, h2 ^ len, h3 ^ len, h4 ^ len]).map(fmix));
  // Each word's bytes in memory order: byte-swapped, then as hex.
  const le = (h: number) => (((h & 0xff) << 24) | ((h & 0xff00) << 8) | ((h >>> 8) & 0xff00) | (h >>> 24)) >>> 0;
  return lanes.map((h) => le(h).toString(16).padStart(8, '0')).join('');
}
