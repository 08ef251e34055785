import type { Finding, Pointer } from '../model.ts';
import type { Definition } from '../definition/document.ts';
import { loadDefinition, type LoadOptions } from '../definition/parse.ts';
import { isObject } from '../definition/pointer.ts';
import { jsonFile } from '../definition/json.ts';

/** A definition ready for validation, diff and export: always Swagger 2.0 (converted when the source was OpenAPI 3). */
export interface PreparedDefinition {
  definition: Definition;
  /** The source document's own version: `2.0`, `3.0.3`, `3.1.0`, ... */
  sourceVersion: string;
  /** What the conversion lost or adapted, on the source document's lines. */
  findings: Finding[];
}

// Where a Swagger 2.0 member came from in an OpenAPI 3 document, so findings on the converted definition still
// point at a line the user can open.
const SOURCE_PREFIXES: [string, string][] = [
  ['/definitions/', '/components/schemas/'],
  ['/parameters/', '/components/parameters/'],
  ['/responses/', '/components/responses/'],
  ['/securityDefinitions/', '/components/securitySchemes/'],
];

function sourcePointer(pointer: Pointer): Pointer {
  for (const [to, from] of SOURCE_PREFIXES) if (pointer.startsWith(to)) return from + pointer.slice(to.length);
  return pointer;
}

export function isOpenApi3(value: unknown): boolean {
  if (!isObject(value)) return false;
  // YAML reads `openapi: 3.0` as the number 3: take it for what its author meant.
  const v = value.openapi;
  return (typeof v === 'string' && /^3\./.test(v)) || (typeof v === 'number' && v >= 3 && v < 4);
}

/**
 * Reads a definition (JSON or YAML) and converts it to Swagger 2.0 when it is OpenAPI 3. The converter is loaded
 * only for an OpenAPI 3 source.
 */
export async function prepareDefinition(
  raw: { bytes: Uint8Array | string; source: string },
  options: { server?: number | string } & LoadOptions = {},
): Promise<PreparedDefinition> {
  const parsed = await loadDefinition(raw.bytes, raw.source, options);
  const version = isObject(parsed.value)
    ? String(parsed.value.openapi ?? parsed.value.swagger ?? 'unknown')
    : 'unknown';
  if (!isOpenApi3(parsed.value)) return { definition: parsed, sourceVersion: version, findings: [] };
  const { convertOpenApi3 } = await import('./convert.ts');
  const converted = convertOpenApi3(parsed, { server: options.server });
  const text = jsonFile(converted.swagger);
  return {
    definition: {
      source: parsed.source,
      format: 'json',
      text,
      // The platform's size limit applies to what is uploaded: the converted JSON.
      bytes: Buffer.byteLength(text),
      value: converted.swagger,
      lineOf: (pointer) => parsed.lineOf(sourcePointer(pointer)),
      // On the source's lines: what the reader forgave is in the file the user edits.
      ...(parsed.syntax ? { syntax: parsed.syntax } : {}),
    },
    sourceVersion: converted.sourceVersion,
    findings: converted.findings,
  };
}
