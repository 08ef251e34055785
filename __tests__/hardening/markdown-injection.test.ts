/**
 * #14 item 5: definition text in the comment and the summary is text. `info.title` in the heading is escaped like
 * every cell (`Costs\n<!--` must not hide the report under GitHub's HTML-block rule; `-->` and `<img>` stay text),
 * `@mentions` and `#123` references from the definition notify and link nothing, and control characters in a
 * title are a validation finding.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { parseDefinition } from '../../src/definition/parse.ts';
import { renderCommentBody } from '../../src/report/comment.ts';
import { renderDriftMarkdown } from '../../src/report/drift.ts';
import { escapeMarkdown } from '../../src/report/markdown.ts';
import { renderSummary } from '../../src/report/run.ts';
import { validateDefinition } from '../../src/validation/index.ts';
import { runAction } from '../support/runAction.ts';
import { swagger, workspaceWith } from './localServices.ts';

const HOSTILE = 'Costs\n<!-- <img src=x onerror=alert(1)> --> @octocat #123 owner/repo#7';

/** What GitHub would read as HTML, a mention or a reference. */
function live(markdown: string): string[] {
  return [
    ...(markdown.match(/(?<!\\)<!--|(?<!\\)<img|(?<!\\)-->/g) ?? []),
    ...(markdown.match(/(?<![\w\u200b])@[A-Za-z0-9-]+/g) ?? []),
    ...(markdown.match(/#\d+/g) ?? []),
  ];
}

describe('headings and cells', () => {
  test('the summary heading escapes the title', () => {
    const summary = renderSummary(`connector-export: ${HOSTILE}`, ['### Validation']);
    expect(summary.split('\n')[0]).toMatch(/^## connector-export: Costs /);
    expect(live(summary)).toEqual([]);
    expect(summary).toContain('### Validation');
  });

  test('the comment heading escapes the title; the marker is the only HTML comment', () => {
    const body = renderCommentBody({ key: 'k', title: `connector-export: ${HOSTILE}`, sections: ['### Validation'] });
    const [marker, heading] = body.split('\n');
    expect(marker).toBe('<!-- connector-export:k -->');
    expect(heading).toMatch(/^## connector-export: Costs /);
    expect(live(body.slice(marker.length))).toEqual([]);
  });

  test('escapeMarkdown neutralises mentions and references but keeps them readable', () => {
    const text = escapeMarkdown('ask @octocat about #123 and GH@x; mail a@b.example');
    expect(live(text)).toEqual([]);
    expect(text.replace(/\u200b/g, '')).toBe('ask @octocat about #123 and GH@x; mail a@b.example');
  });

  test('an operation label inside <summary> is neither HTML nor a mention', () => {
    const markdown = renderDriftMarkdown({
      changes: [
        {
          rule: 'operation-removed',
          level: 'breaking',
          operationId: '@octocat<img src=x>#5',
          method: 'get',
          path: '/costs',
          message: 'Removed.',
        },
      ],
      verdict: { drift: true, fail: true, breaking: 1, warnings: 0, infos: 0 },
      baselineLabel: 'base',
      newSource: 'api.json',
    });
    expect(live(markdown)).toEqual([]);
  });
});

describe('validation', () => {
  const findingsFor = (title: string) =>
    validateDefinition(
      parseDefinition(JSON.stringify(swagger({ info: { title, description: 'd', version: '1' } })), 'a.json'),
    ).filter((f) => f.rule === 'info-title-characters');

  test.each([
    ['Costs\n<!--', 'U+000A'],
    ['Costs\rX', 'U+000D'],
    ['Cos\tts', 'U+0009'],
    ['Costs\u202e', 'U+202E'],
    ['Costs\u0085', 'U+0085'],
  ])('a title with control characters (%j) is an error naming them', (title, code) => {
    const [finding] = findingsFor(title);
    expect(finding).toMatchObject({ level: 'error', pointer: '/info/title' });
    expect(finding.message).toContain(code);
  });

  test('a plain title, even with accents and symbols, is fine', () => {
    expect(findingsFor('Coûts & Co (v2)')).toEqual([]);
  });
});

describe('end to end', () => {
  const temps: string[] = [];
  afterAll(async () => {
    for (const dir of temps) await rm(dir, { recursive: true, force: true });
  });

  test('a hostile title: the whole report stays visible in the summary', async () => {
    const workspace = await workspaceWith({
      'api/swagger.json': JSON.stringify(swagger({ info: { title: 'Costs\n<!--', description: 'd', version: '1' } })),
    });
    temps.push(workspace);
    const run = await runAction({
      cwd: workspace,
      inputs: { definition: 'api/swagger.json', 'fail-on-validation': 'never' },
    });
    temps.push(run.tempDir);
    expect(run.code).toBe(0);
    expect(run.summary.split('\n')[0]).toBe('## connector-export: Costs \\<!--');
    expect(live(run.summary)).toEqual([]);
    expect(run.summary).toContain('`info-title-characters`');
    expect(run.summary).toContain('### Export (manual)');
  });
});
