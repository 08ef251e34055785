/**
 * #14 item 3: definition text that reaches the log (operationIds, titles, finding and drift lines) cannot become a
 * workflow command. The runner reads a line whose text starts with `::` (after spaces; CR also ends a line) as a
 * command, and `##[` as a legacy one anywhere in a line.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { escapeLogLine, escapeLogText } from '../../src/report/logText.ts';
import { runAction } from '../support/runAction.ts';
import { swagger, workspaceWith } from './localServices.ts';

/**
 * Lines the runner would take as a command we did not mean to give. Our own annotations are commands whose data
 * `@actions/core` escapes; a line read as a `::` command is never read again as a legacy `##[` one.
 */
const injected = (stdout: string) =>
  stdout
    .split(/\r\n|\r|\n/)
    .filter(
      (line) =>
        /^\s*::(add-mask|stop-commands|warning file=INJECTED|endgroup|group)/.test(line) ||
        (line.includes('##[') && !/^::(error|warning|notice)[ :]/.test(line)),
    );

describe('escapeLogLine / escapeLogText', () => {
  test.each([
    ['a\n::add-mask::x', 'a\\n::add-mask::x'],
    ['a\r::warning::x', 'a\\r::warning::x'],
    ['::stop-commands::tok', '%3A:stop-commands::tok'],
    ['   ::group::x', '   %3A:group::x'],
    ['text ##[add-mask]x', 'text #%23[add-mask]x'],
    ['a: b :: c', 'a: b :: c'],
  ])('%j -> %j', (line, escaped) => expect(escapeLogLine(line)).toBe(escaped));

  test('several lines keep their breaks; each line is escaped', () => {
    expect(escapeLogText('one\n::add-mask::x\r\n  ::error::y\rz')).toBe('one\n%3A:add-mask::x\n  %3A:error::y\\rz');
  });
});

describe('end to end: a definition full of workflow commands', () => {
  const temps: string[] = [];
  afterAll(async () => {
    for (const dir of temps) await rm(dir, { recursive: true, force: true });
  });

  test('operationIds, summaries and the title reach the log escaped: no command is given', async () => {
    const payloads = [
      'GetCosts\n::add-mask::Contoso',
      'GetCosts\r::warning file=INJECTED.json::pwned',
      'GetCosts\n::stop-commands::INJECTED',
      'GetCosts ##[add-mask]Costs',
    ];
    const operation = (operationId: string) => ({
      get: {
        operationId,
        summary: `Get costs\n::add-mask::summary`,
        description: 'Gets the costs.',
        responses: { '200': { description: 'The costs' } },
      },
    });
    const paths = Object.fromEntries(payloads.map((p, i) => [`/costs/${i}`, operation(p)]));
    const old = Object.fromEntries(payloads.map((_, i) => [`/costs/${i}`, operation(`Old${i}`)]));
    const workspace = await workspaceWith({
      'api/swagger.json': JSON.stringify(
        swagger({ info: { title: 'Costs\n::add-mask::title', description: 'x', version: '1' }, paths }),
      ),
      'api/baseline.json': JSON.stringify(swagger({ paths: old })),
    });
    temps.push(workspace);
    const run = await runAction({
      cwd: workspace,
      inputs: {
        definition: 'api/swagger.json',
        baseline: 'api/baseline.json',
        'fail-on': 'never',
        'fail-on-validation': 'never',
      },
    });
    temps.push(run.tempDir);
    expect(run.stderr).toBe('');
    // The drift lines were logged (with the payloads, escaped), and nothing became a command.
    expect(run.stdout).toContain('GetCosts\\n::add-mask::Contoso');
    expect(injected(run.stdout)).toEqual([]);
  });
});
