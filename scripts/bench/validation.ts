/**
 * Loading + validation against JSON.parse (the floor) and SwaggerParser.validate (the usual tool), over every
 * corpus connector that is valid JSON, all in one run. Medians of several rounds after a warm-up.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDefinition } from '../../src/definition/parse.ts';
import { validateDefinition } from '../../src/validation/index.ts';

const ROUNDS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(body: () => void): number {
  const start = performance.now();
  body();
  return performance.now() - start;
}

const jsonOf = (raw: Buffer): unknown => JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, ''));

export async function run(sharedDir: string): Promise<void> {
  const dir = path.join(sharedDir, 'corpus', 'connectors');
  const files: { name: string; raw: Buffer }[] = [];
  for (const slug of readdirSync(dir)) {
    const raw = readFileSync(path.join(dir, slug, 'apiDefinition.swagger.json'));
    try {
      jsonOf(raw);
      files.push({ name: slug, raw });
    } catch {
      // Not JSON: neither JSON.parse nor SwaggerParser can take it; only the loader's error path would be timed.
    }
  }
  const bytes = files.reduce((sum, f) => sum + f.raw.byteLength, 0);

  const parseAll = (): void => {
    for (const f of files) jsonOf(f.raw);
  };
  let findings = 0;
  const oursAll = (): void => {
    findings = 0;
    for (const f of files) findings += validateDefinition(parseDefinition(f.raw, f.name)).length;
  };
  const parsed = files.map((f) => jsonOf(f.raw));
  let rejected = 0;
  // SwaggerParser takes ~50x longer than the rest: warm it up on a sample and time it once.
  const swaggerParserAll = async (sample = parsed): Promise<number> => {
    // It dereferences in place: clone before the clock starts.
    const copies = sample.map((v) => structuredClone(v));
    rejected = 0;
    const start = performance.now();
    for (const api of copies) {
      try {
        await SwaggerParser.validate(api as never, { resolve: { external: false } });
      } catch {
        rejected++;
      }
    }
    return performance.now() - start;
  };

  parseAll(); // warm-up
  oursAll();
  await swaggerParserAll(parsed.slice(0, 50));
  const jsonTimes: number[] = [];
  const ourTimes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    jsonTimes.push(time(parseAll));
    ourTimes.push(time(oursAll));
  }
  const parser = await swaggerParserAll();

  const [json, ours] = [median(jsonTimes), median(ourTimes)];
  const ms = (x: number): string => `${x.toFixed(0)} ms`;
  console.log(`files: ${files.length} valid JSON connectors, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  console.log(`(a) JSON.parse:                            ${ms(json)}  (median of ${ROUNDS})`);
  console.log(`(b) parseDefinition + validateDefinition:  ${ms(ours)}  (median of ${ROUNDS}; ${findings} findings)`);
  console.log(`(c) SwaggerParser.validate:                ${ms(parser)}  (one round; ${rejected} files rejected)`);
  console.log(`ours / JSON.parse:         ${(ours / json).toFixed(2)}x  (target <= 6x)`);
  console.log(`SwaggerParser / ours:      ${(parser / ours).toFixed(2)}x  (target >= 5x)`);
}
