// Reading connectors (src/sources/project.ts) at its edges: which files a pattern takes, a folder's optional and named
// files, `api-properties` beside a definition file, size limits, and a folder's files at a git ref.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { TokenCredential } from '@azure/identity';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefinitionError, InputError } from '../src/errors.ts';
import type { DefinitionLocation } from '../src/inputs.ts';
import {
  readConnectorFolder,
  readConnectorSource,
  readProjectAtGitRef,
  resolveConnectors,
} from '../src/sources/project.ts';
import { MAX_DEFINITION_BYTES } from '../src/sources/raw.ts';

async function rejection(promise: Promise<unknown>): Promise<Error & { hint?: string; input?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString();
const root = mkdtempSync(path.join(tmpdir(), 'ce-projects-edges-'));
const at = (...parts: string[]) => path.join(root, ...parts);
function write(rel: string, content: string | Buffer): void {
  mkdirSync(path.dirname(at(rel)), { recursive: true });
  writeFileSync(at(rel), content);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resolveConnectors', () => {
  test('a pattern takes folders and .json/.yaml/.yml files only, sorted; other entries pass through once', async () => {
    for (const name of ['d.yml', 'b.YAML', 'c.json', 'a.json.bak', 'notes.txt', 'e.json']) write(`p/${name}`, '{}');
    mkdirSync(at('p', 'a-folder'), { recursive: true });
    const url = { kind: 'url' as const, url: 'https://x.example/a.json', display: 'https://x.example/a.json' };
    const file = { kind: 'file' as const, path: at('p', 'c.json'), display: 'p/c.json' };
    const found = await resolveConnectors(
      [
        url,
        file,
        { kind: 'glob', pattern: 'p/*', display: 'p/*' },
        url,
        { kind: 'glob', pattern: 'p/c*', display: 'p/c*' },
      ],
      root,
    );
    expect(found.map((l) => l.display)).toEqual([
      'https://x.example/a.json',
      'p/c.json',
      'p/a-folder',
      'p/b.YAML',
      'p/d.yml',
      'p/e.json',
    ]);
    expect(found[0]).toBe(url);
  });
});

describe('readConnectorFolder', () => {
  const swagger = '{"swagger":"2.0"}';

  test('paconn default names; absent optional files are simply not there', async () => {
    write('plain/apiDefinition.swagger.json', swagger);
    const { raw, project } = await readConnectorFolder(at('plain'), 'connectors/plain');
    expect(raw).toEqual({ bytes: Buffer.from(swagger), source: 'connectors/plain/apiDefinition.swagger.json' });
    expect(project).toStrictEqual({ folder: 'connectors/plain' });
  });

  test("the folder itself ('' or '.') names its files without a prefix", async () => {
    write('self/apiDefinition.swagger.json', swagger);
    write('self/script.csx', 'class Script {}');
    for (const display of ['', '.']) {
      const { raw, project } = await readConnectorFolder(at('self'), display);
      expect(raw.source).toBe('apiDefinition.swagger.json');
      expect(project?.script?.source).toBe('script.csx');
    }
  });

  test('settings.json names files in subfolders; each is read and shown with forward slashes', async () => {
    write('named/settings.json', '{"apiDefinition":"def/api.json","icon":"img/logo.png","apiProperties":"p.json"}');
    write('named/def/api.json', swagger);
    write('named/img/logo.png', 'PNG');
    write('named/p.json', '{"properties":{}}');
    write('named/script.csx', 'class Script {}');
    const { raw, project } = await readConnectorFolder(at('named'), 'c');
    expect(raw.source).toBe('c/def/api.json');
    expect(project?.settings?.source).toBe('c/settings.json');
    expect(project?.icon).toEqual({ bytes: Buffer.from('PNG'), source: 'c/img/logo.png' });
    expect(text(project?.apiProperties?.bytes)).toBe('{"properties":{}}');
    expect(project?.script?.source).toBe('c/script.csx');
    expect(project?.missing).toBeUndefined();
  });

  test('an icon or script settings.json names but lacks is listed as missing; a missing apiProperties is fatal', async () => {
    write('lacking/settings.json', '{"icon":"logo.png","script":"code.csx"}');
    write('lacking/apiDefinition.swagger.json', swagger);
    const { project } = await readConnectorFolder(at('lacking'), 'c');
    expect(project?.missing).toEqual([
      { member: 'script', file: 'c/code.csx' },
      { member: 'icon', file: 'c/logo.png' },
    ]);
    expect(project).not.toHaveProperty('icon');

    write('lacking/settings.json', '{"apiProperties":"props.json"}');
    const error = await rejection(readConnectorFolder(at('lacking'), 'c'));
    expect(error).toBeInstanceOf(DefinitionError);
    expect(error.message).toBe("c/settings.json: 'apiProperties' names 'c/props.json', which does not exist.");
    expect(error.hint).toBe("Add the file, or remove 'apiProperties' from settings.json.");
  });

  test('a name outside the folder is refused, with a hint naming the folder (or "its folder")', async () => {
    write('escape/settings.json', '{"script":"../other.csx"}');
    write('escape/apiDefinition.swagger.json', swagger);
    const named = await rejection(readConnectorFolder(at('escape'), 'connectors/escape'));
    expect(named.hint).toBe("Keep the connector's files in connectors/escape and name them relative to it.");
    const self = await rejection(readConnectorFolder(at('escape'), ''));
    expect(self.message).toBe("settings.json: 'script' names '../other.csx', outside the folder.");
    expect(self.hint).toBe("Keep the connector's files in its folder and name them relative to it.");
  });

  test('a file of exactly the size limit is read; one byte more is refused', async () => {
    write('big/apiDefinition.swagger.json', swagger);
    write('big/script.csx', Buffer.alloc(MAX_DEFINITION_BYTES, 32));
    expect((await readConnectorFolder(at('big'), 'c')).project?.script?.bytes.byteLength).toBe(MAX_DEFINITION_BYTES);
    write('big/script.csx', Buffer.alloc(MAX_DEFINITION_BYTES + 1, 32));
    const error = await rejection(readConnectorFolder(at('big'), 'c'));
    expect(error).toBeInstanceOf(DefinitionError);
    expect(error.message).toBe(
      `c/script.csx: is ${MAX_DEFINITION_BYTES + 1} bytes, over the ${MAX_DEFINITION_BYTES}-byte limit.`,
    );
    expect(error.hint).toBe('A connector file this large is not one the platform accepts: check the path.');
  });
});

describe('readConnectorSource', () => {
  const options = { headers: {}, timeoutMs: 1000, azureCredential: () => ({}) as TokenCredential };
  const file = (rel: string): DefinitionLocation => ({ kind: 'file', path: at(rel), display: rel });
  beforeAll(() => {
    write('src/api.json', '{"swagger":"2.0"}');
    write('src/apiProperties.json', '{"properties":{}}');
    write('src/folder/apiDefinition.swagger.json', '{"swagger":"2.0"}');
  });

  test('a definition file alone, or with api-properties', async () => {
    expect(await readConnectorSource(file('src/api.json'), options)).toStrictEqual({
      raw: { bytes: Buffer.from('{"swagger":"2.0"}'), source: 'src/api.json' },
    });
    const apiProperties = { path: at('src/apiProperties.json'), display: 'src/apiProperties.json' };
    expect(await readConnectorSource(file('src/api.json'), { ...options, apiProperties })).toStrictEqual({
      raw: { bytes: Buffer.from('{"swagger":"2.0"}'), source: 'src/api.json' },
      project: { apiProperties: { bytes: Buffer.from('{"properties":{}}'), source: 'src/apiProperties.json' } },
    });
  });

  test('api-properties that is not a file is an input error', async () => {
    const apiProperties = { path: at('src/none.json'), display: 'src/none.json' };
    const error = await rejection(readConnectorSource(file('src/api.json'), { ...options, apiProperties }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe("Input 'api-properties': 'src/none.json' is not a file in the workspace.");
    expect(error.hint).toBe('Give the path of an apiProperties.json (relative to the repository root).');
  });

  test('a folder is read as a connector folder, and refuses api-properties beside it', async () => {
    const folder = await readConnectorSource(file('src/folder'), options);
    expect(folder.raw.source).toBe('src/folder/apiDefinition.swagger.json');
    expect(folder.project).toStrictEqual({ folder: 'src/folder' });
    const apiProperties = { path: at('src/apiProperties.json'), display: 'src/apiProperties.json' };
    const error = await rejection(readConnectorSource(file('src/folder'), { ...options, apiProperties }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      "Input 'api-properties': 'definition' is the folder src/folder, which has its own apiProperties.json.",
    );
    expect(error.hint).toBe("Remove 'api-properties', or point 'definition' at the definition file.");
  });

  test('a missing definition file is reported as the definition, not as a folder', async () => {
    const error = await rejection(readConnectorSource(file('src/none.json'), options));
    expect(error.message).toBe('src/none.json: file not found.');
  });
});

describe('readProjectAtGitRef', () => {
  const repo = at('repo');
  beforeAll(() => {
    mkdirSync(repo);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    git('init', '-q', '-b', 'main');
    writeFileSync(path.join(repo, 'apiProperties.json'), '{"properties":{}}');
    writeFileSync(path.join(repo, 'script.csx'), 'class Script {}');
    git('add', '.');
    git('commit', '-qm', 'one');
  });

  test('each named file as it is at the ref; unnamed or absent ones are left out', async () => {
    const both = await readProjectAtGitRef(repo, 'HEAD', { apiProperties: 'apiProperties.json', script: 'script.csx' });
    expect(text(both.apiProperties?.bytes)).toBe('{"properties":{}}');
    expect(both.apiProperties?.source).toBe('apiProperties.json@HEAD');
    expect(text(both.script?.bytes)).toBe('class Script {}');
    expect(await readProjectAtGitRef(repo, 'HEAD', { script: 'other.csx' })).toStrictEqual({});
    expect(await readProjectAtGitRef(repo, 'HEAD', {})).toStrictEqual({});
  });
});
