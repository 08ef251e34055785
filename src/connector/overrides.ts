import { isObject } from '../definition/pointer.ts';

/** A copy of the definition with `host`/`basePath` replaced (in place in the key order, else appended). */
export function applyOverrides(definition: unknown, host?: string, basePath?: string): unknown {
  if (host === undefined && basePath === undefined) return definition;
  if (!isObject(definition)) return definition;
  return {
    ...definition,
    ...(host === undefined ? {} : { host }),
    ...(basePath === undefined ? {} : { basePath }),
  };
}
