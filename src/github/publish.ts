import * as core from '@actions/core';
import type { Annotation } from '../report/annotations.ts';

/** Where results go: the Actions runtime in the action, a recorder in tests. */
export interface Publisher {
  output(name: string, value: string | number | boolean): void;
  annotate(annotation: Annotation): void;
  /** Appends Markdown to the job summary. */
  summary(markdown: string): Promise<void>;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

export const actionsPublisher: Publisher = {
  output: (name, value) => core.setOutput(name, String(value)),
  annotate: (a) => {
    const props = { title: a.title, file: a.file, startLine: a.line };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  },
  summary: async (markdown) => {
    // Outside a runner (the local example) there is no summary file: the report is printed to the log instead.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
};
