/**
 * The shared vocabulary of connector-export (see DESIGN.md): one definition each, used by every stage.
 * Pure types: no stage imports another stage's internals, only these.
 */

/** A JSON pointer (RFC 6901) into a definition, e.g. `/paths/~1pets/get/responses/200`. `''` is the root. */
export type Pointer = string;

/** Validation and conversion findings. */
export type FindingLevel = 'error' | 'warning';

export interface Finding {
  /** Stable rule id, e.g. `info-title-length`; users pass ids to ignore lists, so never rename one. */
  rule: string;
  level: FindingLevel;
  /** One or two sentences: what is wrong and how to fix it. */
  message: string;
  /** Where in the definition; the nearest existing ancestor when the offending member is missing. */
  pointer: Pointer;
  /** 1-based line in the source file, when known. */
  line?: number;
  /** The file `pointer` and `line` are in, when it is not the definition (e.g. `connectors/x/apiProperties.json`). */
  file?: string;
}

/** Drift between the last exported definition (old) and the new one. */
export type ChangeLevel = 'breaking' | 'warning' | 'info';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch';

/** The operations a Swagger 2.0 path item may hold, in the specification's order. */
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

export interface Change {
  /** Stable rule id, e.g. `operation-removed`. */
  rule: string;
  level: ChangeLevel;
  operationId?: string;
  method?: HttpMethod;
  path?: string;
  oldPointer?: Pointer;
  newPointer?: Pointer;
  /** 1-based line in the new file (or the old file's line when the element is gone), when known. */
  line?: number;
  /** One sentence a maker understands, e.g. "Flows that use the action 'Get costs' stop working: ...". */
  message: string;
  /** The file `newPointer` and `line` are in, when it is not the definition (e.g. the folder's apiProperties.json). */
  file?: string;
}

/** What express mode will do (or did) to the registered connector. */
export interface ExportPlan {
  action: 'create' | 'update' | 'up-to-date';
  connectorId?: string;
  /** Drift between the registered connector and the new definition, when it was read back. */
  changes: Change[];
}
