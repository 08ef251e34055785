/**
 * The command line end to end: dist/cli/index.js (the package's `bin`) as a child process, on the bundled example
 * and on real connectors and revision pairs from ../shared/corpus. Every command, every format, every exit code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters, styleText } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runCli as runInProcess } from '../src/cli/program.ts';
import { runAction } from './support/runAction.ts';
import { runCli } from './support/runCli.ts';
import { sarifErrors, uploadSarifProblems } from './support/sarifSchema.ts';
import { repoRoot, sharedPath } from './support/shared.ts';

const EXAMPLE = path.join(repoRoot, 'examples', 'function-app', 'swagger.json');
const connectors = sharedPath('corpus/connectors');
const pairs = sharedPath('corpus/drift');
const corpus = connectors && pairs ? describe : describe.skip;
const connector = (slug: string) => path.join(connectors!, slug, 'apiDefinition.swagger.json');
const pair = (slug: string) => ['old', 'new'].map((side) => path.join(pairs!, slug, '0', `${side}.swagger.json`));

// Chosen from the corpus for what they hold: an error (over the size limit), warnings only, nothing.
const WITH_ERROR = 'certified--Encodian';
const WITH_WARNINGS = 'certified--Actsoft';
// Revision pairs: breaking changes; warnings and no breaking change; compatible changes only.
const BREAKING_PAIR = 'certified--Alkymi';
const WARNING_PAIR = 'certified--Azure-Communication-Services-Email';
const INFO_PAIR = 'certified--App-Power-Forms';

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'connector-export-cli-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

const json = (stdout: string) =>
  JSON.parse(stdout) as {
    command: string;
    ok: boolean;
    connectors: {
      connector: string;
      source: string;
      validation: { errors: number; warnings: number; findings: { rule: string }[] };
      drift: { verdict: { breaking: number; warnings: number; infos: number; fail: boolean } } | null;
      export: Record<string, unknown> | null;
    }[];
    errors: { source: string; message: string }[];
  };

describe('help, version and usage errors', () => {
  test('--version prints the package version', async () => {
    const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  test('--help lists the commands; each command has its own help with examples', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['validate', 'diff', 'package', 'export']) {
      expect(top.stdout).toContain(command);
      const r = await runCli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: connector-export ${command}`);
      expect(r.stdout).toMatch(new RegExp(`Examples:\\n( {2}\\$ .*\\n)* {2}\\$ connector-export ${command} `));
    }
  });

  test.each([
    [['validate'], /missing required argument 'definition'/],
    [
      ['validate', EXAMPLE, '--format', 'xml'],
      /--format <format>' argument 'xml' is invalid.*text, json, markdown, sarif/s,
    ],
    [['validate', EXAMPLE, '--fail-on', 'sometimes'], /--fail-on <level>' argument 'sometimes' is invalid/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['package', EXAMPLE], /required option '--out <dir>' not specified/],
    [['validate', EXAMPLE, '--colour'], /unknown option '--colour'/],
  ])('%j exits 2 and says what is wrong', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('--help');
    expect(r.stdout).toBe('');
  });

  test('an input error names the argument and the fix', async () => {
    const missing = await runCli(['validate', 'nowhere/api.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: nowhere\/api\.json: file not found\.\n.*Check the path/);

    await writeFile(path.join(temp, 'broken.json'), '{\n  "swagger": "2.0",\n  "info": {\n    "title": "x"\n  ]\n}\n');
    const broken = await runCli(['validate', 'broken.json'], { cwd: temp });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^error: broken\.json:5:3: /);

    const colour = await runCli(['package', EXAMPLE, '--out', path.join(temp, 'x'), '--icon-brand-color', 'red']);
    expect(colour.code).toBe(2);
    expect(colour.stderr).toContain("error: --icon-brand-color: 'red' is not a colour like #007ee5.");
    expect(existsSync(path.join(temp, 'x'))).toBe(false);

    // Several connectors: one that cannot be read never hides the others' results.
    await copyFile(EXAMPLE, path.join(temp, 'example.json'));
    const several = await runCli(['validate', 'example.json', 'broken.json', '--format', 'json'], { cwd: temp });
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(/^error: broken\.json:5:3: /);
    expect(json(several.stdout)).toMatchObject({
      ok: true,
      connectors: [{ connector: 'Contoso Costs' }],
      errors: [{ source: 'broken.json', message: expect.stringMatching(/^broken\.json:5:3: /) }],
    });

    const server = await runCli(['validate', EXAMPLE, '--ignore-rules', 'no-such-rule']);
    expect(server.stderr).toContain("warning: --ignore-rules: no rule has the id 'no-such-rule'");
  });
});

describe('validate', () => {
  test('the bundled example is valid: exit 0', async () => {
    const r = await runCli(['validate', 'examples/function-app/swagger.json']);
    expect(r).toMatchObject({
      code: 0,
      stdout: 'examples/function-app/swagger.json: valid, no findings.\n',
      stderr: '',
    });
  });

  corpus('real connectors', () => {
    test('an error: exit 1, each finding at file:line:column', async () => {
      const r = await runCli(['validate', connector(WITH_ERROR)], { cwd: connectors });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        new RegExp(`^${WITH_ERROR}/apiDefinition\\.swagger\\.json:\\d+:\\d+: error \\[definition-size\\] `, 'm'),
      );
      expect((await runCli(['validate', connector(WITH_ERROR), '--fail-on', 'never'])).code).toBe(0);
    });

    test('a connector folder (paconn layout) is read as the action reads it', async () => {
      const folder = path.dirname(connector(WITH_WARNINGS));
      const r = await runCli(['validate', path.basename(folder), '--format', 'json'], { cwd: connectors });
      expect(r.code).toBe(0);
      expect(json(r.stdout).connectors[0].source).toBe(`${WITH_WARNINGS}/apiDefinition.swagger.json`);
    });

    test('warnings fail only with --fail-on warning', async () => {
      expect((await runCli(['validate', connector(WITH_WARNINGS)])).code).toBe(0);
      const r = await runCli(['validate', connector(WITH_WARNINGS), '--fail-on', 'warning']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/:\d+:\d+: warning \[/);
    });

    test('several definitions: one report each, exit 1 when any fails', async () => {
      const r = await runCli([
        'validate',
        EXAMPLE,
        connector(WITH_WARNINGS),
        connector(WITH_ERROR),
        '--format',
        'json',
      ]);
      expect(r.code).toBe(1);
      const report = json(r.stdout);
      expect(report).toMatchObject({ command: 'validate', ok: false });
      expect(report.connectors.map((c) => [c.validation.errors > 0, c.validation.warnings > 0])).toEqual([
        [false, false],
        [false, true],
        [true, false],
      ]);
    });

    test('every format; --output writes the report instead of printing it', async () => {
      const args = ['validate', connector(WITH_WARNINGS)];
      const asJson = json((await runCli([...args, '--format', 'json'])).stdout);
      expect(asJson.connectors[0].validation.warnings).toBeGreaterThan(0);
      expect(asJson.connectors[0].drift).toBeNull();
      const markdown = await runCli([...args, '--format', 'markdown']);
      expect(markdown.stdout).toMatch(/^## connector-export: .*\n\n### Validation\n\n⚠️ \*\*\d+ validation warning/);
      const sarif = JSON.parse((await runCli([...args, '--format', 'sarif'])).stdout) as {
        runs: { results: unknown[] }[];
      };
      expect(sarifErrors(sarif)).toEqual([]);
      expect(uploadSarifProblems(sarif)).toEqual([]);
      expect(sarif.runs[0].results.length).toBe(asJson.connectors[0].validation.warnings);

      const file = path.join(temp, 'report.sarif');
      const written = await runCli([...args, '--format', 'sarif', '--output', file]);
      expect(written).toMatchObject({ code: 0, stdout: '' });
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(sarif);
    });

    test('--quiet prints nothing when the check passes, the findings when it fails', async () => {
      expect(await runCli(['validate', connector(WITH_WARNINGS), '--quiet'])).toMatchObject({ code: 0, stdout: '' });
      const failed = await runCli(['validate', connector(WITH_ERROR), '--quiet']);
      expect(failed.code).toBe(1);
      expect(failed.stdout).toContain('[definition-size]');
    });
  });
});

corpus('diff', () => {
  test.each([
    [BREAKING_PAIR, [], 1],
    [BREAKING_PAIR, ['--fail-on', 'never'], 0],
    [WARNING_PAIR, [], 0],
    [WARNING_PAIR, ['--fail-on', 'warning'], 1],
    [INFO_PAIR, ['--fail-on', 'warning'], 0],
    [INFO_PAIR, ['--fail-on', 'any'], 1],
  ])('%s %j: exit %d', async (slug, extra, code) => {
    const [before, after] = pair(slug);
    const r = await runCli(['diff', before, after, ...extra]);
    expect(r.code).toBe(code);
    expect(r.stdout).toMatch(/^(❌|⚠️|✅) .*\((\d+) breaking, (\d+) warning, (\d+) info; baseline /);
  });

  test("the JSON verdict and changes equal the action's report on the same pair", async () => {
    const workspace = path.join(temp, 'same-pair');
    await mkdir(workspace);
    const [before, after] = pair(BREAKING_PAIR);
    await copyFile(before, path.join(workspace, 'exported.swagger.json'));
    await copyFile(after, path.join(workspace, 'apiDefinition.swagger.json'));
    const action = await runAction({
      cwd: workspace,
      inputs: { definition: 'apiDefinition.swagger.json', baseline: 'exported.swagger.json' },
    });
    const report = JSON.parse(await readFile(action.outputs['report-path'], 'utf8')) as { drift: unknown };
    const cli = await runCli(['diff', 'exported.swagger.json', 'apiDefinition.swagger.json', '--format', 'json'], {
      cwd: workspace,
    });
    expect(cli.code).toBe(1);
    expect(action.code).toBe(1);
    const drift = json(cli.stdout).connectors[0].drift;
    expect(drift?.verdict.breaking).toBeGreaterThan(0);
    expect(drift).toEqual(report.drift);
    // The action's SARIF (sarif-path) is the command's, byte for byte.
    const sarif = await runCli(['diff', 'exported.swagger.json', 'apiDefinition.swagger.json', '--format', 'sarif'], {
      cwd: workspace,
    });
    expect(await readFile(action.outputs['sarif-path'], 'utf8')).toBe(sarif.stdout);
    expect(sarifErrors(JSON.parse(sarif.stdout))).toEqual([]);
    await rm(action.tempDir, { recursive: true, force: true });
  });

  test("connector folders on both sides: the folders' definitions are compared", async () => {
    const [before, after] = pair(BREAKING_PAIR);
    for (const [name, file] of [
      ['v1', before],
      ['v2', after],
    ]) {
      await mkdir(path.join(temp, 'folders', name), { recursive: true });
      await copyFile(file, path.join(temp, 'folders', name, 'apiDefinition.swagger.json'));
    }
    const r = await runCli(['diff', 'v1', 'v2', '--format', 'json'], { cwd: path.join(temp, 'folders') });
    expect(r.code).toBe(1);
    expect(json(r.stdout).connectors[0].drift).toMatchObject({ baseline: 'v1/apiDefinition.swagger.json' });
  });

  test('markdown is the action summary; SARIF carries the changes', async () => {
    const [before, after] = pair(BREAKING_PAIR);
    const md = await runCli(['diff', before, after, '--format', 'markdown']);
    expect(md.stdout).toMatch(/### ❌ \d+ breaking change/);
    const sarif = JSON.parse((await runCli(['diff', before, after, '--format', 'sarif'])).stdout) as {
      runs: { results: { level: string }[] }[];
    };
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.some((r) => r.level === 'error')).toBe(true);
  });

  test('git baselines: git:<ref> (the same file) and git:<ref>:<path> (any file, from the repository root)', async () => {
    const repo = path.join(temp, 'repo');
    await mkdir(path.join(repo, 'connector'), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    const [before, after] = pair(BREAKING_PAIR);
    git('init', '-q', '-b', 'main');
    await copyFile(before, path.join(repo, 'connector', 'apiDefinition.swagger.json'));
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    await copyFile(after, path.join(repo, 'connector', 'apiDefinition.swagger.json'));

    const sameFile = await runCli(['diff', 'git:main', 'connector/apiDefinition.swagger.json', '--format', 'json'], {
      cwd: repo,
    });
    expect(sameFile.code).toBe(1);
    const first = json(sameFile.stdout).connectors[0];
    expect(first.drift).toMatchObject({ baseline: 'connector/apiDefinition.swagger.json@main' });

    // From a subfolder: the definition relative to it, the baseline path from the root (git's own rev:path).
    const fromSub = await runCli(
      ['diff', 'git:HEAD:connector/apiDefinition.swagger.json', 'apiDefinition.swagger.json', '--format', 'json'],
      { cwd: path.join(repo, 'connector') },
    );
    expect(fromSub.code).toBe(1);
    const second = json(fromSub.stdout).connectors[0];
    expect(second.source).toBe('connector/apiDefinition.swagger.json');
    expect(second.drift?.verdict).toEqual(first.drift?.verdict);

    const noRef = await runCli(['diff', 'git:no-such-branch', 'connector/apiDefinition.swagger.json'], { cwd: repo });
    expect(noRef.code).toBe(2);
    expect(noRef.stderr).toContain("git ref 'no-such-branch'");
  });

  test('a baseline that does not exist, or git outside a repository: exit 2 naming <baseline>', async () => {
    const missing = await runCli(['diff', 'nowhere.json', EXAMPLE]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error: <baseline>: nowhere.json does not exist.');
    const outside = await runCli(['diff', 'git:main', 'x.json'], { cwd: tmpdir() });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('<baseline>: a git baseline needs a git repository');
  });
});

describe('package', () => {
  test('writes the import package into a new folder, and refuses to replace a folder without --force', async () => {
    const out = path.join(temp, 'package');
    const r = await runCli(['package', EXAMPLE, '--out', out, '--connector-name', 'Example Functions']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Package written to ${out}`);
    expect((await readdir(out)).sort()).toEqual(
      expect.arrayContaining(['IMPORT.md', 'apiDefinition.swagger.json', 'apiProperties.json']),
    );
    const again = await runCli(['package', EXAMPLE, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`error: --out: ${out} is not empty`);
    expect((await runCli(['package', EXAMPLE, '--out', out, '--force', '--format', 'json'])).code).toBe(0);

    // --force never deletes the definition being packaged.
    const source = path.join(temp, 'source');
    await mkdir(source);
    await copyFile(EXAMPLE, path.join(source, 'swagger.json'));
    const own = await runCli(['package', 'swagger.json', '--out', '.', '--force'], { cwd: source });
    expect(own.code).toBe(2);
    expect(existsSync(path.join(source, 'swagger.json'))).toBe(true);
  });

  corpus('real connectors', () => {
    test('several definitions get a folder each; a failing one writes nothing and exits 1', async () => {
      const out = path.join(temp, 'packages');
      const r = await runCli(['package', EXAMPLE, connector(WITH_WARNINGS), connector(WITH_ERROR), '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Not exported: the definition has 1 validation error(s)');
      const report = json(
        (await runCli(['package', EXAMPLE, connector(WITH_WARNINGS), '--out', out, '--force', '--format', 'json']))
          .stdout,
      );
      expect(report.connectors.map((c) => c.export?.exported)).toEqual([true, true]);
      expect((await readdir(out)).length).toBe(2);
    });
  });
});

describe('export (express mode, against a local Power Apps API)', () => {
  const TOKEN = `token-${Math.random().toString(36).slice(2)}`;
  let server: Server;
  let origin: string;
  const seen: { method?: string; url?: string; auth?: string }[] = [];
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization });
      res.setHeader('content-type', 'application/json');
      // No connector registered yet: the plan is to create it.
      if (req.method === 'GET' && req.url?.startsWith('/providers/Microsoft.PowerApps/apis?')) {
        res.end(JSON.stringify({ value: [] }));
      } else {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: { code: 'NotFound', message: 'not here' } }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('--dry-run signs in, plans and changes nothing; the token never appears in any output', async () => {
    const args = ['export', EXAMPLE, '--environment', 'Default-1', '--powerapps-url', origin, '--dry-run'];
    const env = { CONNECTOR_EXPORT_TOKEN: TOKEN };
    const text = await runCli(args, { env });
    expect(text.code).toBe(0);
    // Progress on standard error, the report on standard output.
    expect(text.stderr).toContain("No custom connector named 'Contoso Costs' in environment 'Default-1'");
    expect(text.stdout).toBe(
      [
        'examples/function-app/swagger.json: valid, no findings.',
        '🆕 First export: no earlier definition to compare with (0 breaking, 0 warning, 0 info; no baseline)',
        "Dry run: would create 'Contoso Costs' in Default-1.",
        '',
      ].join('\n'),
    );
    expect((await runCli([...args, '--quiet'], { env })).stderr).toBe('');
    const asJson = await runCli([...args, '--format', 'json'], { env });
    expect(json(asJson.stdout).connectors[0].export).toMatchObject({ mode: 'express', dryRun: true, action: 'create' });
    expect(seen.every((s) => s.method === 'GET' && s.auth === `Bearer ${TOKEN}`)).toBe(true);
    for (const r of [text, asJson]) expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  test('a missing environment or sign-in value: exit 2 naming the option or variable', async () => {
    const noEnv = await runCli(['export', EXAMPLE]);
    expect(noEnv.code).toBe(2);
    expect(noEnv.stderr).toContain("required option '--environment <id>' not specified");
    const noClient = await runCli(['export', EXAMPLE, '--environment', 'e', '--auth', 'client-secret'], {
      env: { CONNECTOR_EXPORT_CLIENT_SECRET: 'not-a-real-secret' },
    });
    expect(noClient.code).toBe(2);
    expect(noClient.stderr).toMatch(/error: --(tenant|client)-id: is required to sign in with 'client-secret'/);
    expect(noClient.stderr).not.toContain('not-a-real-secret');
  });

  test('the service failing is a failed run (exit 1) with its status', async () => {
    const r = await runCli(['export', EXAMPLE, '--environment', 'e', '--powerapps-url', `${origin}/down`], {
      env: { CONNECTOR_EXPORT_TOKEN: TOKEN },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: Power Apps list connectors \(404 NotFound\): not here$/m);
    expect(r.stderr).not.toContain(TOKEN);
  });
});

describe('colour', () => {
  // In process, to give standard output a terminal: a child process's pipe never is one.
  async function output(isTTY: boolean, env: NodeJS.ProcessEnv, extra: string[] = []): Promise<string> {
    let text = '';
    const stream = { isTTY, write: (s: string) => (text += s) };
    await runInProcess(
      ['validate', EXAMPLE, '--ignore-rules', 'no-such-rule', ...extra],
      {
        cwd: repoRoot,
        env,
        stdout: stream,
        stderr: { write: () => true },
      },
      '0.0.0',
    );
    return text;
  }
  const findings = (text: string) => stripVTControlCharacters(text);

  corpus('on a warning', () => {
    test('only on a terminal, never with NO_COLOR, never in a file or another format', async () => {
      const args = [connector(WITH_WARNINGS)];
      const tty = await output(true, {}, args);
      const warning = findings(tty)
        .split('\n')
        .find((line) => line.includes(': warning ['));
      expect(tty).toContain(styleText('yellow', warning!, { validateStream: false }));
      expect(await output(false, {}, args)).toBe(findings(tty));
      expect(await output(true, { NO_COLOR: '1' }, args)).toBe(findings(tty));
      expect(await output(true, {}, [...args, '--format', 'json'])).not.toContain('\u001b[');
    });
  });
});
