import { afterAll, afterEach, beforeAll } from '@jest/globals';
import nock from 'nock';

/**
 * Registers nock for the calling test file: network off, interceptors cleared after each test, and nock removed
 * from the global fetch at the end. Jest runs several files in one worker, each with its own nock instance; a file
 * that leaves its instance patched in breaks the next file's interceptors, so every file must use this.
 */
export function useNock(): void {
  beforeAll(() => {
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
  });
  afterAll(() => {
    nock.enableNetConnect();
    nock.restore();
  });
}
