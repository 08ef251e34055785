import type { Finding } from '../model.ts';
import { escapeLogLine } from './logText.ts';
import { escapeMarkdown, location, table } from './markdown.ts';

export interface FindingsReportInput {
  findings: Finding[];
  /** The definition as shown to users (workspace path or URL). */
  source: string;
  lineUrl?: (line: number) => string;
  /** Annotations not shown because of the runner's per-step cap, by level. */
  omittedAnnotations?: { error: number; warning: number };
}

const ICON = { error: '❌', warning: '⚠️' } as const;

export function countFindings(findings: Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.level === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

/** The validation section of the job summary and the PR comment. */
export function renderFindingsMarkdown(input: FindingsReportInput): string {
  const { errors, warnings } = countFindings(input.findings);
  const headline =
    errors > 0
      ? `${ICON.error} **${errors} validation error${errors === 1 ? '' : 's'}**, ${warnings} warning${warnings === 1 ? '' : 's'}: Power Platform will reject this definition.`
      : warnings > 0
        ? `${ICON.warning} **${warnings} validation warning${warnings === 1 ? '' : 's'}**: Power Platform accepts this definition.`
        : '✅ **Valid**: the definition meets the connector rules.';
  const parts = [`### Validation`, headline];
  if (input.findings.length > 0) {
    const rows = input.findings.map((f) => [
      ICON[f.level],
      `\`${f.rule}\``,
      f.file === undefined ? location(input.source, f.line, input.lineUrl) : location(f.file, f.line),
      escapeMarkdown(f.message),
    ]);
    parts.push(table(['', 'Rule', 'Where', 'Finding'], rows));
  }
  const omitted = input.omittedAnnotations;
  if (omitted && omitted.error + omitted.warning > 0) {
    parts.push(
      `_The runner shows 10 annotations per level: ${omitted.error} error and ${omitted.warning} warning annotations are listed only here._`,
    );
  }
  return parts.join('\n\n');
}

/** One line per finding, for the console log: `file:line[:column]: level [rule] message` (line breaks escaped). */
export function renderFindingsText(findings: Finding[], source: string, columnOf?: (line: number) => number): string {
  if (findings.length === 0) return `${source}: valid, no findings.`;
  return findings
    .map((f) =>
      escapeLogLine(
        `${findingLocation(f.file ?? source, f.line, f.file ? undefined : columnOf)}: ${f.level} [${f.rule}] ${f.message}`,
      ),
    )
    .join('\n');
}

function findingLocation(source: string, line: number | undefined, columnOf?: (line: number) => number): string {
  if (line === undefined) return source;
  return columnOf ? `${source}:${line}:${columnOf(line)}` : `${source}:${line}`;
}

/** Whether the findings fail the step under `fail-on-validation`. */
export function failsValidation(
  counts: { errors: number; warnings: number },
  failOn: 'error' | 'warning' | 'never',
): boolean {
  if (failOn === 'never') return false;
  return counts.errors > 0 || (failOn === 'warning' && counts.warnings > 0);
}
