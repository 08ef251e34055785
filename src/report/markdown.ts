/** Small Markdown helpers shared by the renderers. */

/**
 * Escapes text for a Markdown table cell or inline text (pipes, angle brackets, backticks, line breaks), so that
 * no HTML (`<!--` would hide the rest of a comment) and no reference comes through.
 */
export function escapeMarkdown(text: string): string {
  return neutralizeReferences(
    text
      .replace(/\\/g, '\\\\')
      .replace(/[|`*_[\]<>]/g, (c) => `\\${c}`)
      .replace(/[\r\n]+/g, ' '),
  );
}

/**
 * Definition text must not notify people or link issues: a zero-width space after `@` and `#` keeps `@team` and
 * `#123` readable but no longer a mention or a reference.
 */
export function neutralizeReferences(text: string): string {
  return text.replace(/([@#])(?=[\p{L}\p{N}_-])/gu, '$1\u200b');
}

/** A GitHub-flavoured Markdown table. Cells are escaped. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** `file:line` as a Markdown link when a URL builder is given. */
export function location(file: string, line: number | undefined, lineUrl?: (line: number) => string): string {
  const text = line === undefined ? file : `${file}:${line}`;
  return line !== undefined && lineUrl ? `[${escapeMarkdown(text)}](${lineUrl(line)})` : escapeMarkdown(text);
}

/**
 * Text inside HTML (e.g. `<summary>`, where GitHub renders HTML, not Markdown): entities rather than backslashes,
 * one line, and no mention or reference.
 */
export const escapeHtml = (text: string): string =>
  neutralizeReferences(text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\r\n]+/g, ' '));
