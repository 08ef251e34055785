import { afterEach, describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceError } from '../../src/errors.ts';
import { upsertStickyComment } from '../../src/github/comment.ts';
import { createOctokit } from '../../src/github/octokit.ts';
import { PowerAppsClient } from '../../src/powerplatform/client.ts';
import { readAzureAppDefinitionUrl } from '../../src/sources/azureApp.ts';
import { startGitHubApi } from '../support/githubApi.ts';

/**
 * #14 item 13: an answer with a success status but the wrong shape (a proxy's HTML page, `value` not an array,
 * `null`) is a named ServiceError that says what was expected and points at what sits in between, never a raw
 * TypeError or a hint about something else.
 */

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** Answers every request with 200 and `text`. */
async function answering(text: string, contentType = 'application/json'): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': contentType });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const credential = { getToken: async () => ({ token: 'e30.e30.sig', expiresOnTimestamp: Date.now() + 3_600_000 }) };
const powerApps = async (text: string, contentType?: string) =>
  new PowerAppsClient({
    baseUrl: await answering(text, contentType),
    environment: 'Default-1',
    credential,
    retry: { maxRetries: 0, maxDelayMs: 0 },
  });

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

const PROXY_HINT = /Something other than the Power Apps API answered.*'powerapps-url'/;

describe('Power Apps', () => {
  test.each([
    ['an HTML page', '<html>Sign in to the proxy</html>', 'text/html', 'JSON'],
    ['null', 'null', undefined, 'a list of connectors'],
    ['`value` a string', '{"value":"none"}', undefined, 'a list of connectors'],
    ['no `value`', '{"items":[]}', undefined, 'a list of connectors'],
    ['an item without a name', '{"value":[{"properties":{}}]}', undefined, 'a connector'],
  ])('list connectors answering %s: a named error', async (_, text, type, expected) => {
    const error = await failure((await powerApps(text, type)).listCustomConnectors());
    expect(error.message).toBe(`Power Apps list connectors: the answer (HTTP 200) is not ${expected}.`);
    expect(error.hint).toMatch(PROXY_HINT);
  });

  test('get connector answering an array, create answering without an id: named errors, no status', async () => {
    const get = await failure((await powerApps('[]')).getConnector('shared_a'));
    expect(get.message).toBe('Power Apps get connector: the answer (HTTP 200) is not a connector.');
    const create = await failure((await powerApps('"ok"')).createConnector({ properties: {} }));
    expect(create.message).toBe('Power Apps create connector: the answer (HTTP 200) is not a connector.');
    // No status: the create's outcome is unknown, so applyExport looks the connector up by name.
    expect(create.status).toBeUndefined();
  });

  test('resource storage answering null: a named error', async () => {
    const error = await failure((await powerApps('null')).generateResourceStorage('oid'));
    expect(error.message).toBe('Power Apps generate resource storage: the answer (HTTP 200) is not an object.');
  });
});

describe('Azure Resource Manager', () => {
  test('an HTML page with 200 is not "no API definition URL": it says the answer is not JSON', async () => {
    const armUrl = await answering('<html>proxy</html>', 'text/html');
    const error = await failure(
      readAzureAppDefinitionUrl({ app: '00000000-0000-0000-0000-000000000000/rg/site', credential, armUrl }),
    );
    expect(error.message).toMatch(/the answer \(HTTP 200\) is not a JSON object\.$/);
    expect(error.hint).toMatch(/Something other than Azure Resource Manager answered/);
    expect(error.hint).not.toMatch(/API definition/);
  });
});

describe('GitHub', () => {
  const upsert = async (faults: Parameters<typeof startGitHubApi>[0]) => {
    const api = await startGitHubApi(faults);
    stops.push(() => api.stop());
    return upsertStickyComment({
      octokit: createOctokit('t', { baseUrl: api.url, retryAfterBaseValue: 1, throttle: false }),
      repo: { owner: 'o', repo: 'r' },
      issueNumber: 5,
      key: 'api.json',
      body: 'report',
      mode: 'always',
      hasFindings: true,
    });
  };

  test('a comment listing that is an HTML page: a named error pointing at GITHUB_API_URL and the proxy', async () => {
    const error = await failure(
      upsert({ faults: [{ method: 'GET', status: 200, raw: '<html>proxy login</html>', contentType: 'text/html' }] }),
    );
    expect(error.message).toBe(
      "GitHub: GET /repos/o/r/issues/5/comments: the answer is not a list of comments (not the REST API's JSON).",
    );
    expect(error.hint).toMatch(/GITHUB_API_URL.*proxy/);
  });

  test('a created comment without an id: a named error, not an undefined comment-id', async () => {
    const error = await failure(upsert({ faults: [{ method: 'POST', status: 201, raw: '{}' }] }));
    expect(error.message).toBe(
      "GitHub: POST /repos/o/r/issues/5/comments: the answer is not a comment (not the REST API's JSON).",
    );
  });
});
