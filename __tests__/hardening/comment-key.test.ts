import { afterEach, describe, expect, test } from '@jest/globals';
import { startGitHubApi, type GitHubApi } from '../support/githubApi.ts';
import { exampleDefinition, runOnPullRequest } from '../support/pullRequestRun.ts';

/**
 * #14 item 16: the sticky comment is keyed by the definition's path (or `comment-key`), not by `info.title`,
 * which the pull request itself can change: a definition renamed to another connector's title must not take
 * over that connector's comment.
 */

const servers: GitHubApi[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

async function start(): Promise<GitHubApi> {
  const api = await startGitHubApi();
  servers.push(api);
  return api;
}

const titled = async (title: string) => {
  const definition = JSON.parse(await exampleDefinition());
  definition.info.title = title;
  return JSON.stringify(definition, null, 2);
};

describe('sticky comment key', () => {
  test('two definitions with the same title keep two comments, each marked with its path', async () => {
    const api = await start();
    const files = {
      'api/swagger.json': await titled('Contoso Costs'),
      'api/other.json': await titled('Contoso Costs'),
    };
    const first = await runOnPullRequest({ api, number: 41, files });
    const second = await runOnPullRequest({ api, number: 41, files, inputs: { definition: 'api/other.json' } });
    expect([first.code, second.code]).toEqual([0, 0]);
    const comments = api.comments.get(41) ?? [];
    expect(comments).toHaveLength(2);
    expect(comments[0].body.startsWith('<!-- connector-export:api/swagger.json -->\n')).toBe(true);
    expect(comments[1].body.startsWith('<!-- connector-export:api/other.json -->\n')).toBe(true);
    expect(second.outputs['comment-id']).toBe(String(comments[1].id));
  });

  test('a renamed title updates the comment of its own path', async () => {
    const api = await start();
    await runOnPullRequest({ api, number: 42 });
    const renamed = await runOnPullRequest({
      api,
      number: 42,
      files: { 'api/swagger.json': await titled('Fabrikam') },
    });
    const comments = api.comments.get(42) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('## connector-export: Fabrikam');
    expect(renamed.outputs['comment-id']).toBe(String(comments[0].id));
  });

  test('comment-key, when set, is the key', async () => {
    const api = await start();
    const run = await runOnPullRequest({ api, number: 43, inputs: { 'comment-key': 'costs' } });
    expect(run.code).toBe(0);
    expect(api.comments.get(43)?.[0].body.startsWith('<!-- connector-export:costs -->\n')).toBe(true);
  });
});
