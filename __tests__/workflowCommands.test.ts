import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { issueCommand, runner } from '../src/github/workflowCommands.ts';
import { parseOutputFile } from './support/runAction.ts';
import { stdout as log } from '../src/stdio.ts';

// The runner's protocol as @actions/core 3 writes it: what the runner parses must not change with our own writer.
describe('workflowCommands', () => {
  let dir: string;
  let stdout: string[];
  const saved = { ...process.env };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ce-commands-'));
    stdout = [];
    jest.spyOn(log, 'write').mockImplementation((text: string) => {
      stdout.push(text);
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    process.env = { ...saved };
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  test('a command escapes %, CR and LF in its message, and : and , in its properties too', () => {
    issueCommand('warning', { title: 'a:b,c', file: 'x%y\nz', line: 3, col: undefined }, '50%\r\n::stop-commands::x');
    expect(stdout.join('')).toBe('::warning title=a%3Ab%2Cc,file=x%25y%0Az,line=3::50%25%0D%0A::stop-commands::x\n');
  });

  test('annotations carry title, file and line; setFailed sets exit code 1 and logs an error', () => {
    runner.error('bad', { title: 'T', file: 'api.json', startLine: 7 });
    runner.notice('fyi');
    runner.setFailed('stopped');
    expect(stdout.join('')).toBe('::error title=T,file=api.json,line=7::bad\n::notice::fyi\n::error::stopped\n');
    expect(process.exitCode).toBe(1);
  });

  test('inputs come from INPUT_<NAME> with spaces as _, trimmed, empty when unset', () => {
    process.env['INPUT_FAIL-ON'] = '  breaking \n';
    process.env.INPUT_MY_INPUT = 'x';
    expect(runner.getInput('fail-on')).toBe('breaking');
    expect(runner.getInput('my input')).toBe('x');
    expect(runner.getInput('absent')).toBe('');
  });

  test('outputs go to GITHUB_OUTPUT as heredocs the runner reads back exactly, multi-line values included', () => {
    const file = path.join(dir, 'output');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    runner.setOutput('drift', 'true');
    runner.setOutput('report', 'line 1\nname=forged\nline 3');
    expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({
      drift: 'true',
      report: 'line 1\nname=forged\nline 3',
    });
    const delimiters = readFileSync(file, 'utf8').match(/ghadelimiter_\w+/g) ?? [];
    expect(new Set(delimiters).size).toBe(2); // one fresh delimiter per output
  });

  test('without GITHUB_OUTPUT an output is the set-output command; a missing file is an error', () => {
    delete process.env.GITHUB_OUTPUT;
    runner.setOutput('drift', 'a\nb');
    expect(stdout.join('')).toBe('\n::set-output name=drift::a%0Ab\n');
    process.env.GITHUB_OUTPUT = path.join(dir, 'missing');
    expect(() => runner.setOutput('drift', 'x')).toThrow(/GITHUB_OUTPUT names .*missing, which does not exist/);
  });

  test('the summary is appended to GITHUB_STEP_SUMMARY, a line at a time', () => {
    const file = path.join(dir, 'summary.md');
    writeFileSync(file, '# before\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    runner.appendSummary('## one');
    runner.appendSummary('two');
    expect(readFileSync(file, 'utf8')).toBe('# before\n## one\ntwo\n');
  });

  test('setSecret is the add-mask command; debug and info lines', () => {
    runner.setSecret('s3cr%t');
    runner.debug('d\ne');
    runner.info('plain ::text');
    expect(stdout.join('')).toBe('::add-mask::s3cr%25t\n::debug::d%0Ae\nplain ::text\n');
  });
});
