/**
 * #14 item 4: credentials in a URL (`https://user:pass@host/...`) are refused with a message that does not repeat
 * them, masked, and never reach the summary or a report through a library's error text. The same holds for the
 * other URL inputs and for a redirect to a URL with credentials.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InputError, ServiceError } from '../../src/errors.ts';
import { readSettings } from '../../src/inputs.ts';
import { readDefinitionUrl } from '../../src/sources/url.ts';
import { runAction } from '../support/runAction.ts';
import { leaks, publishedTexts, workspaceWith } from './localServices.ts';

const password = () => `pw-${randomBytes(8).toString('hex')}`;

function settingsError(values: Record<string, string>, masked: string[]): InputError {
  try {
    readSettings({ get: (name) => values[name] ?? '' }, { GITHUB_WORKSPACE: '/work/repo' }, (v) => masked.push(v));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('no error');
}

describe('URL inputs with credentials', () => {
  test.each(['definition', 'powerapps-url', 'authority-host', 'aad-login-url'])(
    "'%s': refused, named, the password masked and not repeated",
    (input) => {
      const pw = password();
      const masked: string[] = [];
      const values: Record<string, string> = {
        definition: 'api/swagger.json',
        [input]: `https://alice:${pw}@host.example/x`,
      };
      const error = settingsError(values, masked);
      expect(error.input).toBe(input);
      expect(error.message).toContain('user name or password');
      expect(`${error.message} ${error.hint}`).not.toContain(pw);
      expect(`${error.message} ${error.hint}`).not.toContain('alice');
      expect(masked).toContain(pw);
    },
  );

  test('a URL that does not parse is not repeated either (it may hold a password)', () => {
    const pw = password();
    const error = settingsError({ definition: 'a.json', 'powerapps-url': `https://alice:${pw}@[bad` }, []);
    expect(error.input).toBe('powerapps-url');
    expect(error.message).not.toContain(pw);
  });
});

describe('readDefinitionUrl', () => {
  let server: Server;
  let origin: string;
  let redirectTo = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(302, { location: redirectTo });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('a redirect to a URL with credentials is refused without repeating them', async () => {
    const pw = password();
    redirectTo = `https://bob:${pw}@elsewhere.example/swagger.json`;
    const error = await readDefinitionUrl(`${origin}/api/swagger.json`, { headers: {}, timeoutMs: 5000 }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toContain('carries a user name or password');
    expect((error as Error).message).not.toContain(pw);
  });

  test("a failed request says what failed by its code, not by the library's text (which quotes the URL)", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const closed = `http://127.0.0.1:${port}/api/swagger.json?code=${password()}`;
    const error = await readDefinitionUrl(closed, { headers: {}, timeoutMs: 5000 }).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      `Definition URL: http://127.0.0.1:${port}/api/swagger.json: the request failed (ECONNREFUSED).`,
    );
  });
});

describe('end to end', () => {
  const temps: string[] = [];
  afterAll(async () => {
    for (const dir of temps) await rm(dir, { recursive: true, force: true });
  });

  test('a definition URL with a password fails naming the input; the password is in no published text', async () => {
    const pw = password();
    const workspace = await workspaceWith({ 'README.md': '# x\n' });
    temps.push(workspace);
    const run = await runAction({
      cwd: workspace,
      inputs: { definition: `http://alice:${pw}@127.0.0.1:9/swagger.json` },
    });
    temps.push(run.tempDir);
    expect(run.code).toBe(1);
    expect(run.summary).toContain("Input 'definition': the URL carries a user name or password");
    expect(run.stdout).toContain(`::add-mask::${pw}`);
    expect(leaks(await publishedTexts(run, [run.tempDir, workspace]), pw)).toEqual([]);
  });
});
