import { ConnectorExportError, DefinitionError } from '../errors.ts';
import type { Annotation } from '../report/annotations.ts';
import { escapeLogText } from '../report/logText.ts';
import { redactSecrets } from '../secrets.ts';
import { runner } from './workflowCommands.ts';

/** Where results go: the Actions runtime in the action, a recorder in tests. */
export interface Publisher {
  output(name: string, value: string | number | boolean): void;
  annotate(annotation: Annotation): void;
  /** Appends Markdown to the job summary. */
  summary(markdown: string): Promise<void>;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  /** Marks the step failed (exit code 1) with this message. */
  fail(message: string): void;
}

export const actionsPublisher: Publisher = {
  output: (name, value) => runner.setOutput(name, String(value)),
  annotate: (a) => {
    const props = { title: a.title, file: a.file, startLine: a.line };
    runner[a.level](a.message, props);
  },
  summary: async (markdown) => {
    // Outside a runner (the local example) there is no summary file: the report is printed to the log instead.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    runner.appendSummary(markdown);
  },
  info: (m) => runner.info(m),
  notice: (m) => runner.notice(m),
  warning: (m) => runner.warning(m),
  fail: (m) => runner.setFailed(m),
};

/** An annotation on the line of a connector's file (`files`) that did not parse, if that is what `error` says. */
export function errorAnnotation(error: unknown, files: readonly string[]): Annotation | undefined {
  if (!(error instanceof DefinitionError) || error.line === undefined || !files.includes(error.file)) return undefined;
  return {
    level: 'error',
    title: 'connector-export: definition',
    message: error.message,
    file: error.file,
    line: error.line,
  };
}

/**
 * The publisher a run writes to: every text it passes on has the registered secrets taken out (the runner masks
 * only its log), and log lines cannot become workflow commands. Annotations, notices, warnings and the failure
 * are single workflow commands whose data `issueCommand` escapes.
 */
export function guardedPublisher(inner: Publisher): Publisher {
  const clean = redactSecrets;
  return {
    output: (name, value) => inner.output(name, typeof value === 'string' ? clean(value) : value),
    annotate: (a) =>
      inner.annotate({
        ...a,
        title: clean(a.title),
        message: clean(a.message),
        file: a.file === undefined ? undefined : clean(a.file),
      }),
    summary: (markdown) => inner.summary(clean(markdown)),
    info: (m) => inner.info(escapeLogText(clean(m))),
    notice: (m) => inner.notice(clean(m)),
    warning: (m) => inner.warning(clean(m)),
    fail: (m) => inner.fail(clean(m)),
  };
}

/**
 * Reports an error that stopped the run: the message and its hint in the log, the summary and (for a file of the
 * connector that does not parse: `files`) as an annotation on the offending line.
 */
export async function publishError(error: unknown, out: Publisher, files: readonly string[] = []): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof ConnectorExportError ? error.hint : undefined;
  const annotation = errorAnnotation(error, files);
  if (annotation) out.annotate(annotation);
  if (!(error instanceof ConnectorExportError) && error instanceof Error && error.stack)
    runner.debug(redactSecrets(error.stack));
  try {
    await out.summary(`## connector-export failed\n\n❌ ${message}${hint ? `\n\n**What to do:** ${hint}` : ''}\n`);
  } catch (e) {
    // The summary may be what failed in the first place: the failure must still reach the log, not a stack trace.
    out.warning(`The job summary could not be written: ${e instanceof Error ? e.message : String(e)}`);
  }
  out.fail(hint ? `${message}\n${hint}` : message);
}
