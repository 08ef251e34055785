import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './support/shared.ts';

// The Swagger 2.0 validator is generated at build time (Ajv standalone code): the committed module must be what
// the schema and the installed Ajv generate today.
describe('src/validation/generated/', () => {
  test('is what scripts/generate.ts generates (run `npm run generate` and commit it when this fails)', async () => {
    const { generate, generatedDir } = (await import(path.join(repoRoot, 'scripts', 'generate.ts'))) as {
      generate: (out: string) => Promise<void>;
      generatedDir: string;
    };
    const out = mkdtempSync(path.join(tmpdir(), 'ce-generated-'));
    await generate(out);
    expect(readdirSync(generatedDir).sort()).toEqual(readdirSync(out).sort());
    for (const file of readdirSync(out)) {
      const same = readFileSync(path.join(out, file)).equals(readFileSync(path.join(generatedDir, file)));
      expect({ file, same }).toEqual({ file, same: true });
    }
  });
});
