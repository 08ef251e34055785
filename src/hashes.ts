/**
 * The hashes of short texts the action needs on every run (slugs, the solution's connector id, SARIF
 * fingerprints), from @noble/hashes: plain JavaScript, so a run does not load node:crypto, which alone costs about a
 * tenth of a small run's start-up. Large contents are compared byte for byte or by crc32 instead (see packageFolder).
 */
import { sha1 as nobleSha1 } from '@noble/hashes/legacy.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';

const bytesOf = (data: string | Uint8Array) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

export const sha1 = (data: string | Uint8Array): Uint8Array => nobleSha1(bytesOf(data));

export const sha256Hex = (data: string | Uint8Array): string => Buffer.from(nobleSha256(bytesOf(data))).toString('hex');
