import type { DriftVerdict } from '../drift/verdict.ts';
import type { Change, ChangeLevel } from '../model.ts';
import { escapeLogLine } from './logText.ts';
import { escapeHtml, escapeMarkdown } from './markdown.ts';

export interface DriftReportInput {
  changes: readonly Change[];
  verdict: DriftVerdict;
  /** What the new definition was compared with (e.g. `connector.swagger.json@main`); undefined on a first export. */
  baselineLabel: string | undefined;
  /** The new definition as shown to users (workspace path or URL). */
  newSource: string;
  /** A link to a line of the new definition (e.g. a blob URL with `#L42`). */
  lineUrl?: (line: number) => string;
  /** The Markdown is cut to this many characters (GitHub comments hold 65536). */
  maxChars?: number;
}

/** The machine-readable report: written as a file and as an action output. */
export interface DriftReportJson {
  version: 1;
  verdict: DriftVerdict;
  /** Null on a first export (nothing to compare with). */
  baseline: string | null;
  source: string;
  changes: Change[];
}

const LEVELS: { level: ChangeLevel; icon: string; title: string }[] = [
  { level: 'breaking', icon: '❌', title: 'Breaking' },
  { level: 'warning', icon: '⚠️', title: 'Warning' },
  { level: 'info', icon: 'ℹ️', title: 'Info' },
];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line that says what the drift means for makers. */
export function driftHeadline(input: Pick<DriftReportInput, 'verdict' | 'baselineLabel'>): string {
  const v = input.verdict;
  if (input.baselineLabel === undefined) return '🆕 First export: no earlier definition to compare with';
  if (v.breaking > 0) return `❌ ${plural(v.breaking, 'breaking change')}: flows that use this connector will break`;
  if (v.warnings > 0) return `⚠️ ${plural(v.warnings, 'warning')}: flows that use this connector may fail`;
  if (v.infos > 0) return `✅ No breaking change: ${plural(v.infos, 'compatible change')}`;
  return '✅ No drift';
}

function operationLabel(change: Change): string {
  if (change.path === undefined) return 'Whole connector';
  const endpoint = `${change.method?.toUpperCase() ?? ''} ${change.path}`.trim();
  return change.operationId === undefined ? endpoint : `${change.operationId} (${endpoint})`;
}

function groups(changes: readonly Change[]): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  for (const change of changes) {
    const key = operationLabel(change);
    const list = out.get(key);
    if (list) list.push(change);
    else out.set(key, [change]);
  }
  return out;
}

// Room kept for the note that says what was cut.
const CUT_NOTE_RESERVE = 300;

/**
 * The PR comment and job summary: headline, counts, then changes by level and by operation, collapsed. Whole
 * items are cut to stay under `maxChars`, with a closing note that says how many.
 */
export function renderDriftMarkdown(input: DriftReportInput): string {
  const maxChars = input.maxChars ?? 65536;
  const v = input.verdict;
  const head = [`### ${driftHeadline(input)}`, ''];
  if (input.baselineLabel !== undefined) {
    head.push(`Compared \`${input.newSource}\` with \`${input.baselineLabel}\`.`, '');
    if (input.changes.length > 0) {
      head.push('| Level | Changes |', '|---|---:|');
      head.push(`| ❌ Breaking | ${v.breaking} |`, `| ⚠️ Warning | ${v.warnings} |`, `| ℹ️ Info | ${v.infos} |`, '');
    }
  }
  let text = head.join('\n');
  const budget = maxChars - CUT_NOTE_RESERVE;
  let shown = 0;
  outer: for (const { level, icon, title } of LEVELS) {
    const ofLevel = input.changes.filter((c) => c.level === level);
    if (ofLevel.length === 0) continue;
    const section = `\n#### ${icon} ${title}\n`;
    if (text.length + section.length > budget) break;
    text += section;
    for (const [label, list] of groups(ofLevel)) {
      const open = `\n<details><summary><b>${escapeHtml(label)}</b>: ${plural(list.length, 'change')}</summary>\n\n`;
      const close = '\n</details>\n';
      let group = '';
      let items = 0;
      for (const change of list) {
        const where =
          change.line === undefined
            ? ''
            : change.newPointer === undefined
              ? ` (was line ${change.line} of the baseline)`
              : input.lineUrl
                ? ` ([line ${change.line}](${input.lineUrl(change.line)}))`
                : ` (line ${change.line})`;
        const item = `- ${escapeMarkdown(change.message)} \`${change.rule}\`${where}\n`;
        if (text.length + open.length + group.length + item.length + close.length > budget) {
          if (items > 0) text += open + group + close;
          shown += items;
          break outer;
        }
        group += item;
        items++;
      }
      text += open + group + close;
      shown += items;
    }
  }
  const omitted = input.changes.length - shown;
  if (omitted > 0) {
    text += `\n> ✂️ ${plural(omitted, 'more change')} omitted to stay under ${maxChars} characters: see the JSON report or the job log for all ${input.changes.length}.\n`;
  }
  return text;
}

/** Console output: a summary line, then one compact line per change with file:line (line breaks escaped). */
export function renderDriftText(input: DriftReportInput): string {
  const v = input.verdict;
  const against = input.baselineLabel === undefined ? 'no baseline' : `baseline ${input.baselineLabel}`;
  const lines = [
    `${driftHeadline(input)} (${v.breaking} breaking, ${v.warnings} warning, ${v.infos} info; ${against})`,
  ];
  for (const change of input.changes) {
    // A change whose element is gone carries the baseline's line.
    const file = change.newPointer === undefined ? (input.baselineLabel ?? input.newSource) : input.newSource;
    const at = change.line === undefined ? file : `${file}:${change.line}`;
    lines.push(escapeLogLine(`${change.level.toUpperCase().padEnd(8)} ${at} [${change.rule}] ${change.message}`));
  }
  return lines.join('\n');
}

export function driftReportJson(input: DriftReportInput): DriftReportJson {
  return {
    version: 1,
    verdict: input.verdict,
    baseline: input.baselineLabel ?? null,
    source: input.newSource,
    changes: [...input.changes],
  };
}
