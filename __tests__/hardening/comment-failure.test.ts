import { afterEach, describe, expect, test } from '@jest/globals';
import { readSettings } from '../../src/inputs.ts';
import { startGitHubApi, type GitHubApi } from '../support/githubApi.ts';
import { PR_REPOSITORY, runOnPullRequest } from '../support/pullRequestRun.ts';

/**
 * #14 item 14: the comment is a courtesy. When it cannot be written and nothing else failed, the step passes
 * with a warning that says why; `comment-failure: fail` makes it a failure for workflows that rely on it.
 */

const servers: GitHubApi[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

async function start(status: number, message: string): Promise<GitHubApi> {
  const api = await startGitHubApi({
    faults: [{ method: 'POST', path: `/repos/${PR_REPOSITORY}/issues/31/comments`, status, message }],
  });
  servers.push(api);
  return api;
}

describe('a comment that cannot be written, on a run that otherwise passes', () => {
  test('default (warn): the step passes; a warning names the call, the status and the fix', async () => {
    const api = await start(500, 'Server Error');
    const run = await runOnPullRequest({ api, number: 31, inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('::error::');
    expect(run.stdout).toMatch(
      /::warning::The pull request comment was not written: GitHub \(500\): POST \/repos\/contoso\/costs-api\/issues\/31\/comments: Server Error.*githubstatus.*comment-failure: fail/,
    );
    // The rest of the report is published all the same.
    expect(run.summary).toContain('### Validation');
    expect(run.outputs['report-path']).toBeDefined();
    expect(run.outputs['comment-id']).toBeUndefined();
  });

  test('comment-failure: fail: the step fails, naming the comment as what failed', async () => {
    const api = await start(500, 'Server Error');
    const run = await runOnPullRequest({ api, number: 31, inputs: { 'comment-failure': 'fail' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::connector-export failed on comment: GitHub \(500\)/);
    expect(run.summary).toContain('### Validation');
  });

  test('a read-only token (403) is the fork warning by default, and a failure with comment-failure: fail', async () => {
    const warned = await runOnPullRequest({
      api: await start(403, 'Resource not accessible by integration'),
      number: 31,
    });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/::warning::connector-export could not write its pull request comment/);

    const failed = await runOnPullRequest({
      api: await start(403, 'Resource not accessible by integration'),
      number: 31,
      inputs: { 'comment-failure': 'fail' },
    });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/::error::connector-export failed on comment: .*not accessible/);
  });
});

describe('the comment-failure input', () => {
  const settings = (value: string) =>
    readSettings(
      { get: (name) => ({ definition: 'api.json', 'comment-failure': value })[name] ?? '' },
      { GITHUB_WORKSPACE: '/tmp/ws' },
      () => {},
    );

  test('warn by default; warn and fail in any case; anything else names the input and its values', () => {
    expect(settings('').commentFailure).toBe('warn');
    expect(settings('FAIL').commentFailure).toBe('fail');
    expect(() => settings('error')).toThrow("Input 'comment-failure': 'error' is not one of warn, fail.");
  });
});
