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
