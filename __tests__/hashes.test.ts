import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32, sha1, sha256Hex } from '../src/hashes.ts';

/** Deterministic bytes (a linear congruential generator): the same cases on every run. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const cases: Uint8Array[] = [
  new Uint8Array(0),
  new TextEncoder().encode('a'),
  new TextEncoder().encode('The quick brown fox jumps over the lazy dog'),
  Uint8Array.from({ length: 256 }, (_, i) => i),
  new Uint8Array(1000).fill(0xff),
  ...[1, 7, 64, 4095, 65_537].map((n, i) => bytes(n, i + 1)),
];

describe('hashes without node:crypto or node:zlib', () => {
  test("crc32 is zlib's, on edge and random contents (and a view into a larger buffer)", () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926); // the CRC-32 check value
    for (const data of cases) expect(crc32(data)).toBe(zlibCrc32(data));
    const big = bytes(10_000, 99);
    const view = big.subarray(123, 4567);
    expect(crc32(view)).toBe(zlibCrc32(Buffer.from(view)));
  });

  test('sha1 and sha256Hex are the standard digests, for text and bytes', () => {
    for (const data of [...cases, 'text \u00e9\u{1F600}', '']) {
      const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      expect(Buffer.from(sha1(data)).toString('hex')).toBe(createHash('sha1').update(buffer).digest('hex'));
      expect(sha256Hex(data)).toBe(createHash('sha256').update(buffer).digest('hex'));
    }
  });
});
