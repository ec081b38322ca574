import { ERROR_CODES, isAppError, type ErrorCode, type ErrorDetail } from '@shahrnet/core';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** The one JSON error body of the API (see API.md): `{ error: { code, message, details } }`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: ErrorDetail[] };
}

/** A status and body for an error; `log` says whether the error is a server fault worth logging. */
export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  log: boolean;
}

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  validationContext?: unknown;
  validation?: unknown;
}

const body = (code: ErrorCode, message: string, details: ErrorDetail[] = []): ErrorBody => ({
  error: { code, message, details },
});

/**
 * Maps anything thrown while handling a request to the API's error shape:
 * - `AppError` -> its code and the status from `ERROR_CODES` (5xx messages are still hidden);
 * - zod route-schema failures -> `validation_failed`, one detail per issue with its path
 *   (first element: `body`, `querystring`, `params` or `headers`);
 * - Fastify's own client errors (body too large, wrong content type, malformed JSON) -> the matching code;
 * - everything else -> 500 `internal` with the message "internal error"; the caller logs the real error.
 */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (isAppError(error)) {
    const status = ERROR_CODES[error.code];
    if (status >= 500) return { status, body: body(error.code, error.code === 'internal' ? 'internal error' : error.message), log: true };
    return { status, body: body(error.code, error.message, error.details), log: false };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = typeof error.validationContext === 'string' ? error.validationContext : 'body';
    const details = error.validation.map((v) => ({
      path: [where, ...v.instancePath.split('/').filter((p) => p !== '')].map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      message: v.message ?? 'invalid',
    }));
    const summary = details.map((d) => `${d.path.join('.')}: ${d.message}`).join('; ');
    return { status: 400, body: body('validation_failed', `invalid request: ${summary}`, details), log: false };
  }
  if (error instanceof Error && isResponseSerializationError(error as never)) {
    return { status: 500, body: body('internal', 'internal error'), log: true };
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as FastifyLikeError;
  const message = typeof e.message === 'string' ? e.message : 'invalid request';
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: body('payload_too_large', 'request body is larger than the configured limit'), log: false };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, body: body('unsupported_media_type', 'send the body as application/json'), log: false };
    case 'FST_ERR_NOT_FOUND':
      return { status: 404, body: body('not_found', message), log: false };
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status === 413) return { status, body: body('payload_too_large', message), log: false };
  if (status === 415) return { status, body: body('unsupported_media_type', message), log: false };
  if (status === 404) return { status, body: body('not_found', 'not found'), log: false };
  if (status === 403) return { status, body: body('forbidden', 'forbidden'), log: false };
  // Fastify's remaining 4xx errors are about the request's form (malformed JSON, empty JSON body, bad
  // header): all are the client's to fix, and their messages contain nothing secret.
  if (status >= 400 && status < 500) return { status: 400, body: body('validation_failed', message), log: false };
  return { status: 500, body: body('internal', 'internal error'), log: true };
}
