import { describe, expect, test } from '@jest/globals';
import { diffDefinitions, driftVerdict } from '../src/drift/index.ts';
import type { Change } from '../src/model.ts';
import { driftHeadline, driftReportJson, renderDriftMarkdown, renderDriftText } from '../src/report/drift.ts';

const op = (id: string, summary: string, extra: Record<string, unknown> = {}) => ({
  operationId: id,
  summary,
  responses: { '200': { description: 'ok', schema: { type: 'object', properties: { total: { type: 'number' } } } } },
  ...extra,
});
const before = {
  swagger: '2.0',
  host: 'api.contoso.com',
  basePath: '/',
  paths: {
    '/a': { get: op('GetA', 'Get A') },
    '/b': { get: op('GetB', 'Get <b>|') },
    '/c': { get: op('GetC', 'Get C') },
  },
};
const after = {
  ...before,
  paths: {
    '/a': { get: op('GetAll', 'Get A') },
    '/b': { get: op('GetB', 'Get B', { description: 'now documented' }) },
    '/d': { get: op('GetD', 'Get D') },
  },
};
// A fake line map: line numbers grow with the pointer's length, enough to tell files apart.
const changes = diffDefinitions(
  { value: before, lineOf: (p) => 1000 + p.length },
  { value: after, lineOf: (p) => p.length },
);
const verdict = driftVerdict(changes, 'breaking');
const input = {
  changes,
  verdict,
  baselineLabel: 'api.swagger.json@v1',
  newSource: 'api.swagger.json',
  lineUrl: (line: number) => `https://github.com/o/r/blob/sha/api.swagger.json#L${line}`,
};

describe('drift reports', () => {
  test('the headline says what the drift means', () => {
    const v = (breaking: number, warnings: number, infos: number) => ({
      drift: breaking + warnings + infos > 0,
      breaking,
      warnings,
      infos,
      fail: false,
    });
    expect(driftHeadline({ verdict: v(3, 1, 0), baselineLabel: 'x' })).toBe(
      '❌ 3 breaking changes: flows that use this connector will break',
    );
    expect(driftHeadline({ verdict: v(0, 1, 2), baselineLabel: 'x' })).toBe(
      '⚠️ 1 warning: flows that use this connector may fail',
    );
    expect(driftHeadline({ verdict: v(0, 0, 2), baselineLabel: 'x' })).toBe(
      '✅ No breaking change: 2 compatible changes',
    );
    expect(driftHeadline({ verdict: v(0, 0, 0), baselineLabel: 'x' })).toBe('✅ No drift');
    expect(driftHeadline({ verdict: v(0, 0, 0), baselineLabel: undefined })).toMatch(/^🆕 First export/);
  });

  test('Markdown: headline, counts, breaking first, grouped by operation, collapsed, linked lines', () => {
    const md = renderDriftMarkdown(input);
    expect(md.split('\n')[0]).toBe('### ❌ 2 breaking changes: flows that use this connector will break');
    expect(md).toContain('| ❌ Breaking | 2 |');
    expect(md).toContain('| ℹ️ Info | 2 |');
    expect(md.indexOf('#### ❌ Breaking')).toBeLessThan(md.indexOf('#### ℹ️ Info'));
    expect(md).toContain('<details><summary><b>GetA (GET /a)</b>: 1 change</summary>');
    // The rename points into the new file; the removed operation only has a line in the baseline.
    const rename = changes.find((c) => c.rule === 'operation-id-changed')!;
    expect(md).toContain(`([line ${rename.line}](https://github.com/o/r/blob/sha/api.swagger.json#L${rename.line}))`);
    const removed = changes.find((c) => c.rule === 'operation-removed')!;
    expect(removed.line).toBe(1000 + '/paths/~1c/get'.length);
    expect(md).toContain(`(was line ${removed.line} of the baseline)`);
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
    // Markdown and HTML in messages are escaped.
    expect(md).not.toContain('<b>|');
    expect(md).toContain("The action 'Get \\<b\\>\\|' reads differently");
  });

  test('Markdown first export and no drift', () => {
    const first = renderDriftMarkdown({
      ...input,
      changes: [],
      verdict: driftVerdict([], 'breaking'),
      baselineLabel: undefined,
    });
    expect(first).toMatch(/^### 🆕 First export/);
    expect(first).not.toContain('| Level |');
    const none = renderDriftMarkdown({ ...input, changes: [], verdict: driftVerdict([], 'breaking') });
    expect(none).toMatch(/^### ✅ No drift\n/);
  });

  test('Markdown over maxChars cuts whole items and says how many', () => {
    const many: Change[] = Array.from({ length: 600 }, (_, i) => ({
      rule: i < 100 ? 'response-property-removed' : 'response-property-added',
      level: i < 100 ? 'breaking' : 'info',
      operationId: `Op${Math.floor(i / 7)}`,
      method: 'get',
      path: `/op/${Math.floor(i / 7)}`,
      newPointer: `/paths/~1op/get/x${i}`,
      line: i + 1,
      message: `Flows that use the action 'Op ${i}' stop working: the response property 'p${i}' was removed.`,
    }));
    const md = renderDriftMarkdown({
      ...input,
      changes: many,
      verdict: driftVerdict(many, 'breaking'),
      maxChars: 8000,
    });
    expect(md.length).toBeLessThanOrEqual(8000);
    const shown = md.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(shown).toBeGreaterThan(10);
    expect(md).toContain(`✂️ ${600 - shown} more changes omitted to stay under 8000 characters`);
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
    // Every item shown is whole.
    for (const line of md.split('\n').filter((l) => l.startsWith('- ')))
      expect(line).toMatch(/\(\[line \d+\]\(.*\)\)$/);
    const few = many.slice(0, 60);
    const whole = renderDriftMarkdown({ ...input, changes: few, verdict: driftVerdict(few, 'breaking') });
    expect(whole).not.toContain('omitted');
  });

  test('text: a summary line, then one line per change with file:line', () => {
    const lines = renderDriftText(input).split('\n');
    expect(lines[0]).toBe(
      '❌ 2 breaking changes: flows that use this connector will break (2 breaking, 0 warning, 2 info; baseline api.swagger.json@v1)',
    );
    expect(lines).toHaveLength(changes.length + 1);
    const rename = changes.find((c) => c.rule === 'operation-id-changed')!;
    expect(lines).toContain(`BREAKING api.swagger.json:${rename.line} [operation-id-changed] ${rename.message}`);
    expect(lines.some((l) => l.startsWith(`BREAKING api.swagger.json@v1:`) && l.includes('[operation-removed]'))).toBe(
      true,
    );
  });

  test('JSON: version, verdict, baseline, source, changes', () => {
    expect(driftReportJson(input)).toEqual({
      version: 1,
      verdict,
      baseline: 'api.swagger.json@v1',
      source: 'api.swagger.json',
      changes,
    });
    expect(driftReportJson({ ...input, baselineLabel: undefined }).baseline).toBeNull();
  });
});
