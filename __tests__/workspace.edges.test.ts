// Where the action may read and write (src/sources/workspace.ts), at its edges: symbolic links leaving the workspace
// or a connector folder, paths that do not exist yet, and the one writer of workspace files.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefinitionError, InputError } from '../src/errors.ts';
import type { Settings } from '../src/inputs.ts';
import { registerSecret } from '../src/secrets.ts';
import {
  checkInFolder,
  checkInWorkspace,
  checkWorkspaceFiles,
  isWithin,
  realPathOf,
  writeWorkspaceFile,
} from '../src/sources/workspace.ts';

async function rejection(promise: Promise<unknown>): Promise<Error & { hint?: string; input?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

// realpath: tmpdir() may itself be a link (macOS), and the checks compare real paths.
const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'ce-workspace-')));
const ws = path.join(root, 'ws');
const outside = path.join(root, 'outside');
beforeAll(() => {
  mkdirSync(path.join(ws, 'connector'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.json'), '{}');
  writeFileSync(path.join(ws, 'api.json'), '{}');
  writeFileSync(path.join(ws, 'connector', 'api.json'), '{}');
  symlinkSync(path.join(outside, 'secret.json'), path.join(ws, 'link.json'));
  symlinkSync(outside, path.join(ws, 'out'));
  symlinkSync(path.join(ws, 'api.json'), path.join(ws, 'connector', 'up.json'));
  symlinkSync(path.join(ws, 'connector'), path.join(ws, 'alias'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('realPathOf', () => {
  test('an existing path is its real path; a missing one keeps its missing tail, in order, under the real ancestor', async () => {
    expect(await realPathOf(path.join(ws, 'link.json'))).toBe(path.join(outside, 'secret.json'));
    expect(await realPathOf(path.join(ws, 'out', 'new', 'deeper', 'x.json'))).toBe(
      path.join(outside, 'new', 'deeper', 'x.json'),
    );
  });

  test('a path under a file (ENOTDIR) is an error, not climbed past', async () => {
    const error = (await rejection(realPathOf(path.join(ws, 'api.json', 'x')))) as NodeJS.ErrnoException;
    expect(error.code).toBe('ENOTDIR');
  });
});

describe('isWithin', () => {
  test('the root itself and what lies under it are within; siblings and parents are not', () => {
    expect(isWithin('/w', '/w')).toBe(true);
    expect(isWithin('/w/a/b.json', '/w')).toBe(true);
    expect(isWithin('/w/..hidden.json', '/w')).toBe(true);
    expect(isWithin('/other/a.json', '/w')).toBe(false);
    expect(isWithin('/', '/w')).toBe(false);
    expect(isWithin('/w2/a.json', '/w')).toBe(false);
  });
});

describe('checkInWorkspace and checkInFolder', () => {
  test('a file in the workspace, even through a link that stays inside, or one not written yet, passes', async () => {
    await expect(checkInWorkspace('definition', path.join(ws, 'api.json'), ws)).resolves.toBeUndefined();
    await expect(checkInWorkspace('definition', path.join(ws, 'alias', 'api.json'), ws)).resolves.toBeUndefined();
    await expect(checkInWorkspace('baseline', path.join(ws, 'new', 'api.json'), ws)).resolves.toBeUndefined();
  });

  test('a link out of the workspace, or a path under one, is refused by input name', async () => {
    const link = await rejection(checkInWorkspace('definition', path.join(ws, 'link.json'), ws));
    expect(link).toBeInstanceOf(InputError);
    expect(link.message).toBe(
      "Input 'definition': 'link.json' is a symbolic link (or lies under one) that leads outside the workspace.",
    );
    expect(link.hint).toBe('Point the input at a file in the repository itself, not at a link to a file elsewhere.');
    const under = await rejection(checkInWorkspace('baseline', path.join(ws, 'out', 'secret.json'), ws));
    expect(under.message).toBe(
      `Input 'baseline': '${path.join('out', 'secret.json')}' is a symbolic link (or lies under one) that leads outside the workspace.`,
    );
  });

  test("a connector folder's file must stay in the folder, though it may stay in the workspace", async () => {
    const folder = path.join(ws, 'connector');
    await expect(checkInFolder(path.join(folder, 'api.json'), folder, 'connector/api.json')).resolves.toBeUndefined();
    const error = await rejection(checkInFolder(path.join(folder, 'up.json'), folder, 'connector/up.json'));
    expect(error).toBeInstanceOf(DefinitionError);
    expect(error.message).toBe(
      'connector/up.json: is a symbolic link (or lies under one) that leads outside the connector folder.',
    );
    expect(error.hint).toBe("Keep the connector's files in its folder itself, not links to files elsewhere.");
  });
});

describe('checkWorkspaceFiles', () => {
  const file = (name: string) => ({ kind: 'file' as const, path: path.join(ws, name), display: name });
  const settings = (extra: Partial<Settings>): Settings =>
    ({ workspace: ws, baseline: { kind: 'none' }, ...extra }) as Settings;

  test('every workspace file a run reads is checked, each under its own input', async () => {
    const ok = settings({
      baseline: file('api.json'),
      iconPath: path.join(ws, 'api.json'),
      apiPropertiesPath: { path: path.join(ws, 'api.json'), display: 'api.json' },
    });
    await expect(checkWorkspaceFiles(ok, file('api.json'))).resolves.toBeUndefined();
    const cases: [string, Settings, ReturnType<typeof file>][] = [
      ['definition', settings({}), file('link.json')],
      ['baseline', settings({ baseline: file('link.json') }), file('api.json')],
      ['icon', settings({ iconPath: path.join(ws, 'link.json') }), file('api.json')],
      [
        'api-properties',
        settings({ apiPropertiesPath: { path: path.join(ws, 'link.json'), display: 'link.json' } }),
        file('api.json'),
      ],
    ];
    for (const [input, s, definition] of cases) {
      const error = await rejection(checkWorkspaceFiles(s, definition));
      expect(error).toBeInstanceOf(InputError);
      expect(error.input).toBe(input);
    }
  });

  test('a URL definition and a git baseline have no workspace path to check', async () => {
    const url = { kind: 'url' as const, url: 'https://x.example/a.json', display: 'https://x.example/a.json' };
    await expect(
      checkWorkspaceFiles(settings({ baseline: { kind: 'git', ref: 'main' } } as Partial<Settings>), url),
    ).resolves.toBeUndefined();
  });
});

describe('writeWorkspaceFile', () => {
  test('creates a file, then replaces its whole content, with registered secrets taken out', async () => {
    const target = path.join(ws, 'written.json');
    await writeWorkspaceFile('api-properties', target, 'a long first content', ws);
    expect(readFileSync(target, 'utf8')).toBe('a long first content');
    registerSecret('hunter2-workspace');
    await writeWorkspaceFile('api-properties', target, 'key=hunter2-workspace', ws);
    expect(readFileSync(target, 'utf8')).toBe('key=***');
  });

  test('a link at the path is refused, not written through', async () => {
    const error = await rejection(writeWorkspaceFile('baseline', path.join(ws, 'link.json'), 'x', ws));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      "Input 'baseline': 'link.json' is a symbolic link: connector-export does not write through links.",
    );
    expect(error.hint).toBe('Commit the file itself at that path, not a link to it.');
    expect(readFileSync(path.join(outside, 'secret.json'), 'utf8')).toBe('{}');
  });

  test('a file in a folder that links out of the workspace is refused', async () => {
    const error = await rejection(writeWorkspaceFile('baseline', path.join(ws, 'out', 'new.json'), 'x', ws));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input 'baseline': 'out' is a symbolic link \(or lies under one\)/);
  });
});
