/** Small Markdown helpers shared by the renderers. */

/** Escapes text for a Markdown table cell or inline text (pipes, angle brackets, backticks, line breaks). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[|`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
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

/** Text inside HTML (e.g. `<summary>`, where GitHub renders HTML, not Markdown): entities rather than backslashes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
