/**
 * The runner's side of a run: inputs from `INPUT_*`, log lines and workflow commands on stdout, outputs and the job
 * summary through the files the runner names (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`). This is what @actions/core
 * does for these calls, written here because its entry module also loads its OIDC client (@actions/http-client and
 * undici, about 1 MB) and its platform probe (@actions/exec) on every run: half of a small run's start-up. The
 * format follows @actions/core 3 and the runner's documentation; @actions/core itself is still what fetches the
 * OIDC token (`getIdToken`), imported only when a run signs in that way.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { stdout } from '../stdio.ts';

const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/** Where an annotation points, in @actions/core's vocabulary. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

/** `%`, CR and LF are escaped in a command's message; in a property, `:` and `,` too (they delimit properties). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,...::message` on stdout; properties without a value are left out. */
export function issueCommand(name: string, properties: Record<string, string | number | undefined>, message: string) {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function annotation(level: 'error' | 'warning' | 'notice', message: string, p: AnnotationProperties = {}): void {
  issueCommand(level, { title: p.title, file: p.file, line: p.startLine }, message);
}

/** Appends to the file a file command's variable names; the runner creates it, so a missing one is an error. */
function appendToCommandFile(variable: string, text: string): void {
  const file = process.env[variable];
  if (!file) throw new Error(`${variable} is not set: this is not a GitHub Actions runner step.`);
  if (!existsSync(file)) throw new Error(`${variable} names ${file}, which does not exist.`);
  appendFileSync(file, text, 'utf8');
}

export const runner = {
  /** An input as `core.getInput` reads it: `INPUT_<NAME>` (spaces as `_`), trimmed, '' when unset. */
  getInput(name: string): string {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  },
  setSecret(secret: string): void {
    issueCommand('add-mask', {}, secret);
  },
  setOutput(name: string, value: string): void {
    if (!process.env.GITHUB_OUTPUT) {
      // Outside a runner (or an old one): the deprecated command is the only channel, as @actions/core falls back.
      stdout.write(EOL);
      issueCommand('set-output', { name }, value);
      return;
    }
    // A heredoc with a random delimiter, so that no value can end it early and set another output. A value that
    // holds the delimiter is refused below, so it need not be unguessable: Math.random spares loading node:crypto.
    const delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
    if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Output ${name} contains ${delimiter}.`);
    appendToCommandFile('GITHUB_OUTPUT', `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
  },
  /** Appends Markdown to the job summary (as `core.summary.addRaw(markdown, true).write()`). */
  appendSummary(markdown: string): void {
    appendToCommandFile('GITHUB_STEP_SUMMARY', markdown + EOL);
  },
  info(message: string): void {
    stdout.write(message + EOL);
  },
  debug(message: string): void {
    issueCommand('debug', {}, message);
  },
  notice: (message: string, properties?: AnnotationProperties) => annotation('notice', message, properties),
  warning: (message: string, properties?: AnnotationProperties) => annotation('warning', message, properties),
  error: (message: string, properties?: AnnotationProperties) => annotation('error', message, properties),
  /** Marks the step failed: exit code 1 and the message as an error. */
  setFailed(message: string): void {
    process.exitCode = 1;
    annotation('error', message);
  },
  async getIdToken(audience: string): Promise<string> {
    const core = await import('@actions/core');
    return core.getIDToken(audience);
  },
};
