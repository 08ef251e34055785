import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32, murmur128Hex, sha1, sha256Hex } from '../src/hashes.ts';

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

  test('murmur128Hex is MurmurHash3 x86_128 (seed 0) of the UTF-8 bytes, in the reference byte order', () => {
    // From the reference implementation (Python's mmh3: hash_bytes(data, 0, x64arch=False)), for every prefix of the
    // text: every tail length (0 to 15 bytes) in the first and second block, and a two-byte character at the end.
    const text = 'abcdefghijklmnopqrstuvwxyz012345\u00e9';
    const expected = [
      '00000000000000000000000000000000',
      '3c9394a71bb056551bb056551bb05655',
      'df5184151030be251030be251030be25',
      'd1c6cd75a506b0a2a506b0a2a506b0a2',
      'aaccb6962ec6af452ec6af452ec6af45',
      'fb2e40c5bcc5245d7701725a7701725a',
      '0ab97ce12127afa1f9dfbea9f9dfbea9',
      'd941b590de3a86092869774a2869774a',
      '3611f4ae8714b1ad92806cfa92806cfa',
      '1c8c05ad6f590622107dd2147c4194dd',
      'a72ed9f50e90379a2aaa92c77ff12f69',
      'ddc9c8a01e111fca2df1fe8257975ebd',
      'fe038573c02482f4addfd42753e58cd2',
      '15a23ac1eca1aedb66351cf470de2cd9',
      '8e11ec75d71f5d60f4456f944d89d4f1',
      '691d6deeaed51a4a5714ce84a861a7ad',
      '2776d29f5612b990218bcee445ba93d1',
      'd3a445046f5c51642adc6dd99d07111d',
      'aa5493a0da291d966a9e7128585841d9',
      '281b6a4f9c45b9bfc3b77850930f2c20',
      '19342546a8216db62873b49e545dcb1f',
      'a6c0f30d6c738620e7b9590d2e088d99',
      'a7d421d9095cdcea393cbba908342384',
      'c3a93d572b014949317bad7ee809158f',
      '802381d77956833791f87149326e4801',
      '0ac619a5302315755a80d74adefaa842',
      '1306343e662f6f666e56f6172c3de344',
      '52da2a44d6b5f8550b054853caeb2566',
      '00c33128f66e4fe78dc0fad4039bfca3',
      '62bfc4c80a9a03631df251a678b78449',
      '378a1860eb0779dc4a940c81382b41b7',
      '534e35101b0fd7451bf7c6132a2630b1',
      '5230abdbdfe574d0eaad2e7f427f40c5',
      '1e04288ebba10b545e26e12d808f807d',
    ];
    expect([...Array(text.length + 1).keys()].map((n) => murmur128Hex(text.slice(0, n)))).toEqual(expected);
    expect(murmur128Hex('The quick brown fox jumps over the lazy dog')).toBe('c383152f672ceeec6cf67b5d2c1de9e5');
    expect(murmur128Hex('\u00fcn\u00efc\u00f8d\u00e9 \u2603 x')).toBe('e95e0c8eb0fe81794a422d1e583f4fe5');
  });
});
