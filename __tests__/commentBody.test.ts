import { describe, expect, test } from '@jest/globals';
import { COMMENT_MAX_CHARS, commentMarker, renderCommentBody, TRUNCATION_NOTE } from '../src/report/comment.ts';

const verdict = '**Drift: 2 breaking changes, 1 warning**\n\n| Level | Change |\n|---|---|\n| breaking | op removed |';
const validation = '### Validation\n- error: `info.title` is longer than 30 characters';
const footer = '[Workflow run](https://github.com/octo/api/actions/runs/9)';
const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `- ${tag} ${i} ${'y'.repeat(30)}`);

describe('commentMarker', () => {
  test('is a hidden HTML comment that a key cannot close or break', () => {
    expect(commentMarker('contoso-costs')).toBe('<!-- connector-export:contoso-costs -->');
    const hostile = commentMarker('a --> <b>\nc--d');
    expect(hostile).toBe('<!-- connector-export:a-b-c-d -->');
    expect(hostile.slice(4, -3)).not.toMatch(/--|>|\n/);
    expect(commentMarker('')).toBe('<!-- connector-export:default -->');
    expect(commentMarker('Costs')).not.toBe(commentMarker('costs-v2'));
  });
});

describe('renderCommentBody', () => {
  test('marker first, then title, sections in order, footer', () => {
    const body = renderCommentBody({
      key: 'costs',
      title: 'connector-export: Costs',
      sections: [verdict, '', validation],
      footer,
    });
    expect(body).toBe(
      [commentMarker('costs'), '## connector-export: Costs', '', verdict, '', validation, '', '---', footer].join('\n'),
    );
    expect(body).not.toContain(TRUNCATION_NOTE);
  });

  test('over the limit, cuts the last section at a line break and keeps marker, verdict and footer', () => {
    const big = ['### Plan', ...lines(3000, 'op')].join('\n');
    const body = renderCommentBody({
      key: 'costs',
      title: 'connector-export: Costs',
      sections: [verdict, big],
      footer,
    });
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body.length).toBeGreaterThan(COMMENT_MAX_CHARS - 100); // the room is used, not wasted
    expect(
      body.startsWith(`${commentMarker('costs')}\n## connector-export: Costs\n\n${verdict}\n\n### Plan\n- op 0`),
    ).toBe(true);
    expect(body).toMatch(/- op \d+ y{30}\n\n_… truncated: see the job summary_\n\n---\n\[Workflow run\]/);
    expect(body.endsWith(footer)).toBe(true);
  });

  test('drops the last sections whole before cutting an earlier one, and cuts the verdict section last', () => {
    const body = renderCommentBody({
      key: 'k',
      title: 'T',
      sections: [['**Verdict: drift**', ...lines(50, 'change')].join('\n'), lines(50, 'finding').join('\n')],
      footer,
      maxChars: 600,
    });
    expect(body.length).toBeLessThanOrEqual(600);
    expect(body).toContain('**Verdict: drift**\n- change 0');
    expect(body).not.toContain('finding');
    expect(body).toContain(TRUNCATION_NOTE);
    expect(body.endsWith(footer)).toBe(true);
  });

  test('a verdict line longer than the room is cut, never dropped', () => {
    const body = renderCommentBody({
      key: 'k',
      title: 'T',
      sections: [`**Verdict** ${'z'.repeat(500)}`],
      maxChars: 200,
    });
    expect(body.length).toBeLessThanOrEqual(200);
    expect(body).toContain('**Verdict** zzz');
    expect(body).toContain(TRUNCATION_NOTE);
  });

  test('closes a code fence and <details> left open by the cut', () => {
    const section = ['<details><summary>Diff</summary>', '', '~~~diff', ...lines(100, '+ line'), '~~~', '</details>'];
    const body = renderCommentBody({ key: 'k', title: 'T', sections: ['ok', section.join('\n')], maxChars: 800 });
    expect(body.length).toBeLessThanOrEqual(800);
    expect(body).toMatch(/- \+ line \d+ y+\n~~~\n<\/details>\n\n_… truncated/);
  });

  test('never exceeds the limit and always starts with the marker, for any limit', () => {
    const sections = [
      ['**Verdict**', ...lines(20, 'a')].join('\n'),
      '```\n' + lines(20, 'b').join('\n') + '\n```',
      'c',
    ];
    for (let max = 150; max <= 2500; max += 7) {
      const body = renderCommentBody({ key: 'k', title: 'Title', sections, footer, maxChars: max });
      expect(body.length).toBeLessThanOrEqual(max);
      expect(body.startsWith(commentMarker('k'))).toBe(true);
      expect(body).toContain('**Verdict**');
      expect((body.match(/```/g) ?? []).length % 2).toBe(0);
    }
  });
});
