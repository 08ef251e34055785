import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConnectorExportError } from '../src/errors.ts';
import { readEventContext } from '../src/github/context.ts';
import { stdout } from '../src/stdio.ts';

const events = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'events');
let scratch = '';

function runnerEnv(eventName: string, eventFile?: string): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile && path.join(events, eventFile),
    GITHUB_REPOSITORY: 'contoso/costs-api',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '11838912345',
    GITHUB_SHA: 'c0ffee0000000000000000000000000000000001',
  };
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'event-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readEventContext', () => {
  test('pull_request from a branch of the same repository', () => {
    expect(readEventContext(runnerEnv('pull_request', 'pull_request.json'))).toEqual({
      eventName: 'pull_request',
      repo: { owner: 'contoso', repo: 'costs-api' },
      pullRequest: {
        number: 12,
        baseSha: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
        headSha: '9f2c1e7a5b3d4c6e8f0a1b2c3d4e5f60718293a4',
        baseRef: 'main',
        headRepoFullName: 'contoso/costs-api',
        isFork: false,
      },
      defaultBranch: 'main',
      runUrl: 'https://github.com/contoso/costs-api/actions/runs/11838912345',
      serverUrl: 'https://github.com',
      sha: 'c0ffee0000000000000000000000000000000001',
    });
  });

  test('pull_request_target from a fork', () => {
    const context = readEventContext(runnerEnv('pull_request_target', 'pull_request_target.fork.json'));
    expect(context.pullRequest).toMatchObject({ number: 13, headRepoFullName: 'jdoe/costs-api', isFork: true });
  });

  test('a fork is told by repository id, so a renamed base repository is not a fork', () => {
    const payload = JSON.parse(readFileSync(path.join(events, 'pull_request.json'), 'utf8'));
    payload.pull_request.base.repo.full_name = 'contoso/costs-api-renamed';
    const file = path.join(scratch, 'renamed.json');
    writeFileSync(file, JSON.stringify(payload));
    const context = readEventContext({ ...runnerEnv('pull_request'), GITHUB_EVENT_PATH: file });
    expect(context.pullRequest?.isFork).toBe(false);
  });

  test('a pull request whose fork was deleted is a fork without a head repository', () => {
    const payload = JSON.parse(readFileSync(path.join(events, 'pull_request_target.fork.json'), 'utf8'));
    payload.pull_request.head.repo = null;
    const file = path.join(scratch, 'deleted-fork.json');
    writeFileSync(file, JSON.stringify(payload));
    const context = readEventContext({ ...runnerEnv('pull_request_target'), GITHUB_EVENT_PATH: file });
    expect(context.pullRequest).toMatchObject({ number: 13, isFork: true });
    expect(context.pullRequest?.headRepoFullName).toBeUndefined();
  });

  test.each([
    ['push', 'push.json', 'main'],
    ['schedule', 'schedule.json', undefined],
    ['workflow_dispatch', 'workflow_dispatch.json', 'main'],
    ['workflow_run', 'workflow_run.json', 'main'],
  ])('%s has no pull request', (eventName, file, defaultBranch) => {
    const context = readEventContext(runnerEnv(eventName, file));
    expect(context.eventName).toBe(eventName);
    expect(context.pullRequest).toBeUndefined();
    expect(context.defaultBranch).toBe(defaultBranch);
    expect(context.repo).toEqual({ owner: 'contoso', repo: 'costs-api' });
  });

  test('a missing or unreadable event file is a warning and no pull request, not a failure', () => {
    const write = jest.spyOn(stdout, 'write').mockImplementation(() => true);
    try {
      const bad = path.join(scratch, 'bad.json');
      writeFileSync(bad, '{"pull_request": ');
      for (const file of [path.join(scratch, 'absent.json'), bad]) {
        const context = readEventContext({ ...runnerEnv('pull_request'), GITHUB_EVENT_PATH: file });
        expect(context.pullRequest).toBeUndefined();
        expect(context.repo.repo).toBe('costs-api');
      }
      const warnings = write.mock.calls.map(([text]) => String(text)).filter((t) => t.startsWith('::warning::'));
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toContain('absent.json');
    } finally {
      write.mockRestore();
    }
    expect(readEventContext(runnerEnv('pull_request')).pullRequest).toBeUndefined(); // no GITHUB_EVENT_PATH at all
  });

  test('GitHub Enterprise Server URL, trailing slash and a repository taken from the payload', () => {
    const context = readEventContext({
      ...runnerEnv('push', 'push.json'),
      GITHUB_REPOSITORY: undefined,
      GITHUB_SERVER_URL: 'https://ghes.contoso.com/',
    });
    expect(context.repo).toEqual({ owner: 'contoso', repo: 'costs-api' });
    expect(context.runUrl).toBe('https://ghes.contoso.com/contoso/costs-api/actions/runs/11838912345');
  });

  test('outside Actions without a repository: an error that says what to set', () => {
    expect(() => readEventContext({})).toThrow(ConnectorExportError);
    expect(() => readEventContext({})).toThrow(/GITHUB_REPOSITORY/);
  });
});
