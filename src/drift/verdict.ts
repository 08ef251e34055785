import type { Change, ChangeLevel } from '../model.ts';

export type FailOn = 'breaking' | 'warning' | 'any' | 'never';

export interface DriftVerdict {
  /** Any change at all, info included. */
  drift: boolean;
  breaking: number;
  warnings: number;
  infos: number;
  /** Whether the run should fail under `failOn`. */
  fail: boolean;
}

/** Counts changes by level and decides whether the run fails under `failOn`. */
export function driftVerdict(changes: readonly Change[], failOn: FailOn): DriftVerdict {
  const count = (level: ChangeLevel) => changes.filter((ch) => ch.level === level).length;
  const breaking = count('breaking');
  const warnings = count('warning');
  const infos = count('info');
  const fail =
    failOn === 'breaking'
      ? breaking > 0
      : failOn === 'warning'
        ? breaking + warnings > 0
        : failOn === 'any'
          ? changes.length > 0
          : false;
  return { drift: changes.length > 0, breaking, warnings, infos, fail };
}
