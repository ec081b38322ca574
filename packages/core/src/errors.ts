/**
 * The one error type of Shahrnet. Use cases, repositories, importers and the CLI throw `AppError`
 * with a code from the closed list below; the HTTP layer maps codes to statuses in one place and the
 * CLI prints `error[code]: message`. Anything that is not an AppError is an internal error whose
 * message is never shown to HTTP clients.
 */

/** The closed list of error codes, with the HTTP status each maps to. Adding a code is an API change. */
export const ERROR_CODES = {
  /** Input failed validation (body, query, CLI argument, import row). `details` says where. */
  validation_failed: 400,
  /** The request needs a signed-in user or an API token. */
  unauthenticated: 401,
  /** Signed in, but the role does not allow this. */
  forbidden: 403,
  /** A cookie-authenticated write without a valid CSRF token. */
  csrf_failed: 403,
  /** No such entity, statement, claim, user, article or route. */
  not_found: 404,
  /** The write conflicts with stored state (duplicate, merge of an entity into itself, contradiction). */
  conflict: 409,
  /** `If-Match` did not match the current ETag: someone else changed the resource first. */
  precondition_failed: 412,
  /** A write that must carry `If-Match` did not. */
  precondition_required: 428,
  /** Request body or upload over the configured limit. */
  payload_too_large: 413,
  /** Content type the endpoint does not accept. */
  unsupported_media_type: 415,
  /** Too many attempts (sign-in throttling). */
  rate_limited: 429,
  /** A dependency (database, job queue) is not reachable. */
  unavailable: 503,
  /** A bug or an unexpected failure. The message is logged, never shown to HTTP clients. */
  internal: 500,
} as const;

/** One of the closed list of error codes. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** A place in an input where something is wrong: a file and line, a JSON path, a CLI option. */
export interface ErrorLocation {
  /** File path, URL path or option name. */
  source?: string;
  /** 1-based line number in `source`, for line-oriented files. */
  line?: number;
  /** Path inside a structured value, e.g. `["names", 0, "text"]`. */
  path?: (string | number)[];
}

/** Machine-readable details: where and why. */
export interface ErrorDetail extends ErrorLocation {
  message: string;
}

/** The single error class. `details` lists every problem found, not only the first. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  /** The HTTP status this error maps to. */
  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** True for an AppError (also across module copies, by duck typing on the code). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (value instanceof Error && value.name === 'AppError' && 'code' in value);
}

/** Shorthand for the most common throw. */
export function notFound(what: string, id: string): AppError {
  return new AppError('not_found', `${what} ${id} not found`);
}

/**
 * The error of an optimistic-lock mismatch (HTTP 412): someone else changed `what` `id` after the
 * caller read version `expected`; the current version is in the details so a client can reload.
 */
export function versionConflict(what: string, id: string, current: number, expected: number): AppError {
  return new AppError('precondition_failed', `${what} ${id} was changed by someone else (version ${current}, expected ${expected})`, [
    { path: ['version'], message: `current version is ${current}` },
  ]);
}
