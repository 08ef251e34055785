/**
 * Text for the runner's log, where a line starting with `::` (after spaces) is a workflow command and `##[` starts a
 * legacy one anywhere in a line. Definition text (operationIds, titles, messages) must never become one: a
 * `\n::add-mask::` in an operationId would otherwise mask what it likes, `::stop-commands::` silence our own.
 */

/** One line: CR and LF shown as `\r` and `\n`, a leading `::` and any `##[` percent-escaped as the runner does. */
export function escapeLogLine(line: string): string {
  return line
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/^(\s*)::/, '$1%3A:')
    .replace(/##\[/g, '#%23[');
}

/** Several lines (a report printed to the log): each line escaped, the line breaks kept. */
export function escapeLogText(text: string): string {
  return text.split(/\r?\n/).map(escapeLogLine).join('\n');
}
