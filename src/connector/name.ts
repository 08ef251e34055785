import { isObject } from '../definition/pointer.ts';

/** The connector's display name: the one set on purpose, else the definition's `info.title`, else `connector`. */
export function connectorNameOf(given: string | undefined, definition: unknown): string {
  const info = isObject(definition) ? definition.info : undefined;
  const title = isObject(info) && typeof info.title === 'string' ? info.title.trim() : '';
  return given ?? (title || 'connector');
}

/** A name for files and artifacts: lower case, ASCII letters and digits, dashes. */
export function slugOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // accents off: Ünïcödé -> unicode
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'connector'
  );
}
