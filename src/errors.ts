/**
 * Errors a user can meet. Each says what happened, where, and what to do: `hint` is printed in the job summary
 * next to the message, so keep it an instruction ("Add `id-token: write` to the job's permissions.").
 */
export class ConnectorExportError extends Error {
  readonly hint?: string;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.hint = hint;
  }
}

/** An action input is missing, malformed or contradicts another one. */
export class InputError extends ConnectorExportError {
  readonly input: string;
  constructor(input: string, message: string, hint?: string) {
    super(`Input '${input}': ${message}`, hint);
    this.input = input;
  }
}

/** The definition (or a baseline) cannot be read or parsed. `file`/`line`/`column` point at the cause. */
export class DefinitionError extends ConnectorExportError {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  constructor(file: string, message: string, where: { line?: number; column?: number; hint?: string } = {}) {
    const at =
      where.line === undefined ? file : `${file}:${where.line}${where.column === undefined ? '' : `:${where.column}`}`;
    super(`${at}: ${message}`, where.hint);
    this.file = file;
    this.line = where.line;
    this.column = where.column;
  }
}

/** A remote service (Power Apps, GitHub, Azure, a definition URL) answered with an error. */
export class ServiceError extends ConnectorExportError {
  readonly service: string;
  readonly status?: number;
  readonly code?: string;
  constructor(service: string, message: string, details: { status?: number; code?: string; hint?: string } = {}) {
    const tag = [details.status, details.code].filter((x) => x !== undefined && x !== '').join(' ');
    super(`${service}${tag ? ` (${tag})` : ''}: ${message}`, details.hint);
    this.service = service;
    this.status = details.status;
    this.code = details.code;
  }
}
