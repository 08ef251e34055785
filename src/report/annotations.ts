import type { Change, Finding } from '../model.ts';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  /** Workspace-relative file; annotations on a URL definition have none. */
  file?: string;
  line?: number;
}

/**
 * The runner shows at most 10 annotations of each level per step; the rest would be lost silently, so keep the first
 * `perLevel` of each level and count the others for the summary.
 */
export function capAnnotations(
  annotations: Annotation[],
  perLevel = 10,
): { shown: Annotation[]; omitted: Record<AnnotationLevel, number> } {
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const a of annotations) {
    if (used[a.level] < perLevel) {
      used[a.level]++;
      shown.push(a);
    } else {
      omitted[a.level]++;
    }
  }
  return { shown, omitted };
}

const CHANGE_LEVEL: Record<Change['level'], AnnotationLevel> = {
  breaking: 'error',
  warning: 'warning',
  info: 'notice',
};

/**
 * A validation finding as an annotation on its file: the definition (`file`, undefined for a URL definition), or
 * the connector file the finding names (apiProperties.json, script.csx).
 */
export function findingAnnotation(f: Finding, file: string | undefined): Annotation {
  return {
    level: f.level,
    title: `connector-export: ${f.rule}`,
    message: f.message,
    file: f.file ?? file,
    line: f.line,
  };
}

/**
 * A drift change as an annotation on the new definition: breaking changes are errors, information is a notice.
 * A change whose element is gone carries the baseline's line; it is placed on the nearest line of the new file that
 * still exists (`lineInNew` of its old pointer), never on an unrelated line of the same number.
 */
export function changeAnnotation(
  c: Change,
  file: string | undefined,
  lineInNew: (pointer: string) => number | undefined,
): Annotation {
  // A change in another file (apiProperties.json) carries its own line there, or none.
  const line = c.file !== undefined || c.newPointer !== undefined ? c.line : lineInNew(c.oldPointer ?? '');
  return {
    level: CHANGE_LEVEL[c.level],
    title: `connector-export drift: ${c.rule}`,
    message: c.message,
    file: c.file ?? file,
    line,
  };
}
