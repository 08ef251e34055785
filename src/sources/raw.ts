/** The bytes of a definition as read, before parsing, and where they came from (as shown to users). */
export interface RawDefinition {
  bytes: Uint8Array;
  source: string;
}

/** Definitions larger than this are refused before parsing (the platform's own limit is 1 MB). */
export const MAX_DEFINITION_BYTES = 10 * 1024 * 1024;

/** A registered connector's definition as a baseline to read like any other (the `connector` baseline). */
export function registeredDefinition(value: unknown, name: string): RawDefinition | undefined {
  return value === undefined
    ? undefined
    : { bytes: Buffer.from(JSON.stringify(value)), source: `registered connector ${name}` };
}
