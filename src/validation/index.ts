import type { Definition } from '../definition/document.ts';
import type { Finding, FindingLevel } from '../model.ts';
import { buildContext } from './context.ts';
import { projectRules } from './project.ts';
import { rules } from './rules/index.ts';

export type { Rule, RuleContext } from './rule.ts';

export { validateProject } from './project.ts';

/**
 * The rules a definition (and a connector folder's own files) are checked against, for documentation and for
 * checking ignore lists.
 */
export const validationRules: readonly { id: string; level: FindingLevel; description: string }[] = [
  ...rules.map(({ id, level, description }) => ({ id, level, description })),
  ...projectRules,
];

export interface ValidateOptions {
  /** Rule ids whose findings are dropped (the rules do not run). */
  ignoreRules?: readonly string[];
}

/** Checks a definition as Power Platform will for a custom connector. Findings are sorted by line. */
export function validateDefinition(def: Definition, options: ValidateOptions = {}): Finding[] {
  const ignored = new Set(options.ignoreRules ?? []);
  const ctx = buildContext(def);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (ignored.has(rule.id)) continue;
    const before = findings.length;
    for (const issue of rule.check(ctx)) {
      findings.push({
        rule: rule.id,
        level: issue.level ?? rule.level,
        message: issue.message,
        pointer: issue.pointer,
        line: issue.line,
      });
    }
    if (rule.gate && findings.slice(before).some((f) => f.level === 'error')) break;
  }
  for (const finding of findings) finding.line ??= def.lineOf(finding.pointer);
  // Stable: findings on one line keep the rules' order.
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
