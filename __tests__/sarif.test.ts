import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDefinition } from '../src/definition/parse.ts';
import { diffDefinitions } from '../src/drift/index.ts';
import type { Change, Finding } from '../src/model.ts';
import { renderSarif, type SarifConnector } from '../src/report/sarif.ts';
import { validateDefinition } from '../src/validation/index.ts';
import { sarifErrors, uploadSarifProblems } from './support/sarifSchema.ts';
import { sharedPath } from './support/shared.ts';

interface Log {
  runs: {
    tool: {
      driver: { name: string; version: string; rules: { id: string; defaultConfiguration: { level: string } }[] };
    };
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number } };
        logicalLocations?: { fullyQualifiedName: string }[];
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

const render = (connectors: SarifConnector[]) => renderSarif(connectors, { version: '9.9.9' }) as Log;

describe('SARIF 2.1.0', () => {
  const finding: Finding = {
    rule: 'info-title-length',
    level: 'error',
    message: 'The title is too long.',
    pointer: '/info/title',
    line: 3,
  };
  const removed: Change = {
    rule: 'operation-removed',
    level: 'breaking',
    operationId: 'ListPets',
    method: 'get',
    path: '/pets',
    oldPointer: '/paths/~1pets/get',
    line: 40,
    message: "Flows that use the action 'List pets' stop working: it was removed.",
  };
  const added: Change = {
    rule: 'operation-added',
    level: 'info',
    newPointer: '/paths/~1cats/get',
    line: 12,
    message: 'New action.',
  };

  test('findings and changes become results with rule, level, file and line', () => {
    const log = render([
      {
        source: 'connectors/pet store/apiDefinition.swagger.json',
        findings: [finding, { ...finding, rule: 'oas3-callbacks', level: 'warning', line: undefined }],
        drift: {
          changes: [removed, added],
          baselineLabel: 'apiDefinition.swagger.json@main',
          // The removed operation's nearest existing ancestor in the new file.
          lineOf: (pointer) => (pointer === '/paths/~1pets/get' ? 7 : undefined),
        },
      },
    ]);
    expect(sarifErrors(log)).toEqual([]);
    expect(uploadSarifProblems(log)).toEqual([]);
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: 'connector-export', version: '9.9.9' });
    const results = run.results.map((r) => ({
      rule: r.ruleId,
      level: r.level,
      uri: r.locations[0].physicalLocation.artifactLocation.uri,
      line: r.locations[0].physicalLocation.region?.startLine,
      pointer: r.locations[0].logicalLocations?.[0].fullyQualifiedName,
    }));
    const uri = 'connectors/pet%20store/apiDefinition.swagger.json';
    expect(results).toEqual([
      { rule: 'info-title-length', level: 'error', uri, line: 3, pointer: '/info/title' },
      // No line known: no region, never a made-up one.
      { rule: 'oas3-callbacks', level: 'warning', uri, line: undefined, pointer: '/info/title' },
      // Gone from the new file: placed on the new file's nearest line, not on the baseline's line 40.
      { rule: 'operation-removed', level: 'error', uri, line: 7, pointer: '/paths/~1pets/get' },
      { rule: 'operation-added', level: 'note', uri, line: 12, pointer: '/paths/~1cats/get' },
    ]);
    expect(run.results[2].message.text).toContain('(compared with apiDefinition.swagger.json@main)');
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    // A rule outside the catalogues still gets a descriptor.
    expect(run.tool.driver.rules.find((r) => r.id === 'oas3-callbacks')?.defaultConfiguration.level).toBe('warning');
    expect(run.tool.driver.rules.find((r) => r.id === 'operation-removed')?.defaultConfiguration.level).toBe('error');
  });

  test('fingerprints follow the rule and the pointer, not the line', () => {
    const a = render([{ source: 'a.json', findings: [finding] }]);
    const b = render([{ source: 'a.json', findings: [{ ...finding, line: 90 }] }]);
    const c = render([{ source: 'a.json', findings: [{ ...finding, pointer: '/info/description' }] }]);
    const print = (log: Log) => log.runs[0].results[0].partialFingerprints;
    expect(print(a)).toEqual(print(b));
    expect(print(a)).not.toEqual(print(c));
  });

  test('a URL definition is an absolute URI; an empty run still has its results array', () => {
    const log = render([{ source: 'https://example.com/api/swagger.json', findings: [finding] }]);
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'https://example.com/api/swagger.json',
    });
    const empty = render([]);
    expect(sarifErrors(empty)).toEqual([]);
    expect(uploadSarifProblems(empty)).toEqual([]);
  });

  test('the schema check is real: a log without a version or with a bad level is refused', () => {
    const log = render([{ source: 'a.json', findings: [finding] }]) as unknown as Record<string, unknown>;
    expect(sarifErrors({ ...log, version: '2.0.0' })).not.toEqual([]);
    const bad = JSON.parse(JSON.stringify(log)) as Log;
    bad.runs[0].results[0].level = 'fatal';
    expect(sarifErrors(bad)).not.toEqual([]);
  });

  const connectors = sharedPath('corpus/connectors');
  const pairs = sharedPath('corpus/drift');
  (connectors && pairs ? test : test.skip)('real connectors and revision pairs give schema-valid SARIF', () => {
    const read = (file: string) => {
      try {
        return parseDefinition(readFileSync(file), path.relative(path.dirname(connectors!), file));
      } catch {
        return undefined; // not parseable: the CLI reports those as input errors, not as SARIF
      }
    };
    const logs: SarifConnector[] = [];
    for (const slug of readdirSync(connectors!).slice(0, 150)) {
      const def = read(path.join(connectors!, slug, 'apiDefinition.swagger.json'));
      if (def) logs.push({ source: def.source, findings: validateDefinition(def) });
    }
    for (const slug of readdirSync(pairs!).slice(0, 80)) {
      const [before, after] = ['old', 'new'].map((side) => read(path.join(pairs!, slug, '0', `${side}.swagger.json`)));
      if (!before || !after) continue;
      const changes = diffDefinitions(before, after);
      logs.push({ source: after.source, findings: [], drift: { changes, lineOf: after.lineOf } });
    }
    const log = render(logs);
    expect(log.runs[0].results.length).toBeGreaterThan(100);
    expect(sarifErrors(log).slice(0, 5)).toEqual([]);
    expect(uploadSarifProblems(log)).toEqual([]);
  });
});
