/**
 * Every secret this run was given, and the one function that takes them out of text before it leaves the process.
 * The runner masks only its log (`::add-mask::`); the job summary, the pull-request comment, annotations, outputs,
 * report files and package files are ours to scrub. Process-wide, like the runner's own list of masks.
 */
import { escapeMarkdown } from './report/markdown.ts';

const REDACTED = '***';

/** Each secret in the forms it can take in what we publish, longest first so no form is cut by a shorter one. */
let forms: string[] = [];
const secrets = new Set<string>();

/** Remembers a secret (and each line of a multi-line one) for redactSecrets. Blank values are ignored. */
export function registerSecret(value: string): void {
  const values = [value, ...value.split(/\r?\n/)].map((v) => v.trim()).filter((v) => v !== '');
  for (const v of values) secrets.add(v);
  const all = new Set<string>();
  for (const s of secrets) {
    all.add(s);
    all.add(JSON.stringify(s).slice(1, -1)); // inside a JSON string (report.json, an echoed request body)
    all.add(encodeURIComponent(s)); // in a URL or a form body
    all.add(escapeMarkdown(s)); // in a Markdown cell
  }
  forms = [...all].sort((a, b) => b.length - a.length);
}

/** The text with every registered secret, in any of its forms, replaced by `***`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}
