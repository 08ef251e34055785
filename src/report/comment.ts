import { escapeMarkdown } from './markdown.ts';

/** GitHub refuses issue comments longer than this many characters. */
export const COMMENT_MAX_CHARS = 65536;

export const TRUNCATION_NOTE = '… truncated: see the job summary';

/**
 * The hidden marker that makes a comment sticky: one per connector key, so two connectors in one repository keep
 * two comments. The key is reduced to characters that cannot end an HTML comment (`--`, `>`) or break the line.
 */
export function commentMarker(key: string): string {
  const safe = key
    .replace(/[^A-Za-z0-9._/@:-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return `<!-- connector-export:${safe || 'default'} -->`;
}

export interface CommentBodyInput {
  /** Connector key for the marker (see commentMarker). */
  key: string;
  /** Heading text (escaped here: it holds the connector's name), e.g. `connector-export: Contoso Costs`. */
  title: string;
  /** Markdown sections in order; the first one opens with the verdict and is the last to be cut. */
  sections: string[];
  /** Kept whole below the sections, e.g. a link to the run. */
  footer?: string;
  maxChars?: number;
}

/**
 * The sticky comment's Markdown: marker, title, sections, footer. Over `maxChars` the last sections are cut from
 * their tails (a section is cut at a line break and dropped once nothing of it fits), ending with TRUNCATION_NOTE;
 * the marker, the title, the verdict line and the footer always stay.
 */
export function renderCommentBody(input: CommentBodyInput): string {
  const max = input.maxChars ?? COMMENT_MAX_CHARS;
  const head = `${commentMarker(input.key)}\n## ${escapeMarkdown(input.title)}`;
  const footer = input.footer ? `---\n${input.footer}` : '';
  const sections = input.sections.filter((s) => s.trim() !== '');
  const join = (parts: string[]) => [head, ...parts, footer].filter((p) => p !== '').join('\n\n');
  const full = join(sections);
  if (full.length <= max) return full;

  const note = `_${TRUNCATION_NOTE}_`;
  for (let last = sections.length - 1; last >= 0; last--) {
    const kept = sections.slice(0, last);
    // A part joins with a blank line: the cut section costs its length plus 2.
    const cut = cutSection(sections[last], max - join([...kept, note]).length - 2, last === 0);
    if (cut !== undefined) return join([...kept, cut, note]);
  }
  // Not even the verdict line fits next to the footer: keep head and note, then cut hard.
  return join([note]).slice(0, max);
}

/**
 * The longest head of `section` that fits in `room` characters, cut after a whole line, with open code fences and
 * `<details>` closed so the rest of the comment still renders; undefined when nothing fits. The first section
 * keeps at least the start of its first line (the verdict).
 */
function cutSection(section: string, room: number, isVerdict: boolean): string | undefined {
  if (room <= 0) return undefined;
  const lines = section.split('\n');
  let best: { lines: number; closer: string } | undefined;
  let length = -1; // no newline before the first line
  let fence: string | undefined;
  let details = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    length += line.length + 1;
    const opener = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (opener && !fence) fence = opener;
    else if (opener && opener[0] === fence?.[0] && opener.length >= fence.length) fence = undefined;
    details += (line.match(/<details\b/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
    const closer = (fence ? `\n${fence}` : '') + '\n</details>'.repeat(Math.max(details, 0));
    if (length + closer.length > room) break;
    best = { lines: n + 1, closer };
  }
  if (best) return lines.slice(0, best.lines).join('\n') + best.closer;
  return isVerdict ? lines[0].slice(0, room) : undefined;
}
