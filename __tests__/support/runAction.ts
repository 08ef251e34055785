import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './shared.ts';

/**
 * Runs the bundled action (dist/index.js) the way a runner does: inputs as INPUT_* variables, the GITHUB_* and
 * RUNNER_* context, fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and nothing else from this process's
 * environment (no ACTIONS_*, GITHUB_* or proxy variables leak in).
 */

export interface RunActionOptions {
  /** Action inputs by their action.yml names, e.g. `{ 'definition': 'api.json', 'artifact-name': 'x' }`. */
  inputs: Record<string, string>;
  /** Added to (or, with undefined, removed from) the runner environment, e.g. ACTIONS_RUNTIME_TOKEN. */
  env?: Record<string, string | undefined>;
  /** GITHUB_WORKSPACE and the working directory. Default: an empty `workspace` folder in `tempDir`. */
  cwd?: string;
  /** GITHUB_EVENT_PATH. Default: `event` (or a push to the default branch) written to `tempDir/event.json`. */
  eventPath?: string;
  /** The event payload to write when `eventPath` is not given. */
  event?: object;
  timeoutMs?: number;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT parsed, both `name=value` and `name<<DELIMITER` forms. */
  outputs: Record<string, string>;
  /** What the action wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Holds the files below (and the default workspace and RUNNER_TEMP): remove it when done. */
  tempDir: string;
}

/** The files and folders a run gets, all under `tempDir`. */
export interface ActionFiles {
  tempDir: string;
  workspace: string;
  runnerTemp: string;
  eventPath: string;
  outputPath: string;
  summaryPath: string;
  envPath: string;
  statePath: string;
}

/** Context defaults; GITHUB_API_URL points at a closed loopback port so a stray API call fails fast, offline. */
export const RUNNER_DEFAULTS = {
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_REPOSITORY_OWNER: 'octo-org',
  GITHUB_RUN_ID: '424242',
  GITHUB_RUN_NUMBER: '7',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'http://127.0.0.1:9',
  GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_WORKFLOW: 'Export connector',
  GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/export.yml@refs/heads/main',
  GITHUB_JOB: 'export',
  GITHUB_ACTION: 'connector-export',
  GITHUB_ACTOR: 'octocat',
  GITHUB_ACTIONS: 'true',
  CI: 'true',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUNNER_NAME: 'local-test-runner',
} as const;

/** Variables of the machine itself that a child process needs; everything else is left out. */
const PASSED_THROUGH = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'SYSTEMROOT'];

/** The variable the runner sets for an input: spaces become `_`, letters upper case, dashes stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The complete environment of one run. */
export function buildActionEnv(
  options: Pick<RunActionOptions, 'inputs' | 'env' | 'cwd' | 'eventPath'>,
  files: ActionFiles,
  parentEnv: Record<string, string | undefined> = process.env,
): Record<string, string> {
  const env: Record<string, string | undefined> = {};
  for (const name of PASSED_THROUGH) env[name] = parentEnv[name];
  Object.assign(env, RUNNER_DEFAULTS, {
    GITHUB_WORKSPACE: options.cwd ?? files.workspace,
    GITHUB_EVENT_PATH: options.eventPath ?? files.eventPath,
    GITHUB_OUTPUT: files.outputPath,
    GITHUB_STEP_SUMMARY: files.summaryPath,
    GITHUB_ENV: files.envPath,
    GITHUB_STATE: files.statePath,
    RUNNER_TEMP: files.runnerTemp,
  });
  for (const [name, value] of Object.entries(options.inputs)) env[inputVariable(name)] = value;
  Object.assign(env, options.env);
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Parses a GITHUB_OUTPUT file as the runner does: `name=value` lines and `name<<DELIMITER` ... `DELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc < 0) throw new Error(`GITHUB_OUTPUT line ${i + 1} is neither name=value nor name<<DELIMITER: ${line}`);
    const delimiter = line.slice(heredoc + 2);
    const end = lines.indexOf(delimiter, i + 1);
    if (end < 0) throw new Error(`GITHUB_OUTPUT line ${i + 1}: delimiter ${delimiter} is never closed`);
    outputs[line.slice(0, heredoc)] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/** Creates the per-run files and folders (empty) in a new temporary folder. */
export async function prepareActionFiles(event?: object): Promise<ActionFiles> {
  const tempDir = await mkdtemp(path.join(tmpdir(), 'connector-export-run-'));
  const files: ActionFiles = {
    tempDir,
    workspace: path.join(tempDir, 'workspace'),
    runnerTemp: path.join(tempDir, 'runner-temp'),
    eventPath: path.join(tempDir, 'event.json'),
    outputPath: path.join(tempDir, 'github-output'),
    summaryPath: path.join(tempDir, 'step-summary.md'),
    envPath: path.join(tempDir, 'github-env'),
    statePath: path.join(tempDir, 'github-state'),
  };
  await mkdir(files.workspace);
  await mkdir(files.runnerTemp);
  for (const file of [files.outputPath, files.summaryPath, files.envPath, files.statePath]) await writeFile(file, '');
  const [owner, name] = RUNNER_DEFAULTS.GITHUB_REPOSITORY.split('/');
  const push = {
    ref: RUNNER_DEFAULTS.GITHUB_REF,
    after: RUNNER_DEFAULTS.GITHUB_SHA,
    repository: { name, full_name: RUNNER_DEFAULTS.GITHUB_REPOSITORY, owner: { login: owner }, default_branch: 'main' },
  };
  await writeFile(files.eventPath, JSON.stringify(event ?? push, null, 2));
  return files;
}

/** Runs `node dist/index.js` (Node 24 from node_modules) and collects what it reported. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const files = await prepareActionFiles(options.event);
  const env = buildActionEnv(options, files);
  const node = path.join(repoRoot, 'node_modules', '.bin', 'node');
  const child = spawn(node, [path.join(repoRoot, 'dist', 'index.js')], {
    cwd: env.GITHUB_WORKSPACE,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timeoutMs = options.timeoutMs ?? 30000;
  const code = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dist/index.js ran over ${timeoutMs} ms.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve(exitCode ?? (signal ? 128 : 1));
    });
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(files.outputPath, 'utf8')),
    summary: await readFile(files.summaryPath, 'utf8'),
    tempDir: files.tempDir,
  };
}
