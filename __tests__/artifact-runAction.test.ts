import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import {
  buildActionEnv,
  inputVariable,
  parseOutputFile,
  prepareActionFiles,
  RUNNER_DEFAULTS,
} from './support/runAction.ts';

describe('runAction: the environment a runner gives dist/index.js', () => {
  test('input names become INPUT_ variables as the runner spells them', () => {
    expect(inputVariable('artifact-name')).toBe('INPUT_ARTIFACT-NAME');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
    expect(inputVariable('retention-days')).toBe('INPUT_RETENTION-DAYS');
  });

  test('builds a clean environment: runner context, fresh files, inputs; nothing leaks from the parent', async () => {
    const files = await prepareActionFiles();
    try {
      const parent = {
        PATH: '/usr/bin',
        HOME: '/root',
        ACTIONS_RUNTIME_TOKEN: 'parent-token',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://example.invalid',
        GITHUB_TOKEN: 'ghp_parent',
        GITHUB_OUTPUT: '/parent/output',
        INPUT_STALE: 'x',
        RUNNER_DEBUG: '1',
        HTTPS_PROXY: 'http://proxy.invalid:3128',
        NODE_OPTIONS: '--inspect',
      };
      const env = buildActionEnv(
        {
          inputs: { definition: 'api/swagger.json', 'artifact-name': 'connector-pets' },
          env: { ACTIONS_RUNTIME_TOKEN: 'test-token', GITHUB_EVENT_NAME: 'pull_request', RUNNER_OS: undefined },
        },
        files,
        parent,
      );
      expect(env).toMatchObject({
        PATH: '/usr/bin',
        HOME: '/root',
        INPUT_DEFINITION: 'api/swagger.json',
        'INPUT_ARTIFACT-NAME': 'connector-pets',
        ACTIONS_RUNTIME_TOKEN: 'test-token',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: RUNNER_DEFAULTS.GITHUB_REPOSITORY,
        GITHUB_WORKSPACE: files.workspace,
        GITHUB_EVENT_PATH: files.eventPath,
        GITHUB_OUTPUT: files.outputPath,
        GITHUB_STEP_SUMMARY: files.summaryPath,
        RUNNER_TEMP: files.runnerTemp,
      });
      for (const leaked of ['ACTIONS_ID_TOKEN_REQUEST_URL', 'GITHUB_TOKEN', 'INPUT_STALE', 'RUNNER_DEBUG']) {
        expect(env).not.toHaveProperty(leaked);
      }
      expect(env).not.toHaveProperty('HTTPS_PROXY');
      expect(env).not.toHaveProperty('NODE_OPTIONS');
      expect(env).not.toHaveProperty('RUNNER_OS');
      expect(Object.values(env).every((v) => typeof v === 'string')).toBe(true);

      const custom = buildActionEnv({ inputs: {}, cwd: '/repo', eventPath: '/events/pr.json' }, files, parent);
      expect(custom).toMatchObject({ GITHUB_WORKSPACE: '/repo', GITHUB_EVENT_PATH: '/events/pr.json' });

      for (const file of [files.outputPath, files.summaryPath]) expect(await readFile(file, 'utf8')).toBe('');
      expect((await stat(files.runnerTemp)).isDirectory()).toBe(true);
      const event = JSON.parse(await readFile(files.eventPath, 'utf8'));
      expect(event.repository.default_branch).toBe('main');
      expect(path.dirname(files.outputPath)).toBe(files.tempDir);
    } finally {
      await rm(files.tempDir, { recursive: true, force: true });
    }
  });

  test('parses GITHUB_OUTPUT in both forms, as @actions/core writes it', () => {
    const text = [
      'valid=true',
      'empty=',
      'formula=a=b',
      'report<<ghadelimiter_5d0c2a6e',
      '## Findings',
      '',
      'x=1 <<not a delimiter',
      'ghadelimiter_5d0c2a6e',
      'artifact-id<<EOF',
      '1000',
      'EOF',
      '',
    ].join('\n');
    expect(parseOutputFile(text)).toEqual({
      valid: 'true',
      empty: '',
      formula: 'a=b',
      report: '## Findings\n\nx=1 <<not a delimiter',
      'artifact-id': '1000',
    });
    expect(parseOutputFile('a=1\r\nb=2\r\n')).toEqual({ a: '1', b: '2' });
    expect(() => parseOutputFile('open<<END\nvalue\n')).toThrow(/never closed/);
    expect(() => parseOutputFile('no separator')).toThrow(/neither/);
  });

  test('reads back what @actions/core setOutput writes', async () => {
    const files = await prepareActionFiles();
    const saved = process.env.GITHUB_OUTPUT;
    try {
      process.env.GITHUB_OUTPUT = files.outputPath;
      const core = await import('@actions/core');
      core.setOutput('summary', 'line 1\nname=value\n\nline 4');
      core.setOutput('breaking-count', 2);
      expect(parseOutputFile(await readFile(files.outputPath, 'utf8'))).toEqual({
        summary: 'line 1\nname=value\n\nline 4',
        'breaking-count': '2',
      });
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
      await rm(files.tempDir, { recursive: true, force: true });
    }
  });
});
