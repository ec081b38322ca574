import { AppError, ERROR_CODES, type ErrorCode, type ErrorDetail } from '@shahrnet/core/errors.ts';

export { AppError, isAppError, type ErrorCode, type ErrorDetail } from '@shahrnet/core/errors.ts';

/** What a request may carry besides method and path. */
export interface RequestOptions {
  /** Query parameters; undefined and empty values are left out. */
  query?: Record<string, string | number | undefined | null>;
  /** A JSON body. */
  body?: unknown;
  /** Extra headers (e.g. If-Match). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** A successful response: the parsed body and the headers the caller may need (ETag). */
export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

/** The low-level client: one fetch wrapper for every endpoint. */
export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** Remembers the CSRF token from /api/auth/me or sign-in; null after sign-out. */
  setCsrfToken(token: string | null): void;
  csrfToken(): string | null;
}

/** How to build a client: the origin (empty = same origin) and a fetch to use (tests pass their own). */
export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}

function parseDetails(value: unknown): ErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((d): ErrorDetail[] => {
    if (typeof d !== 'object' || d === null || typeof (d as { message?: unknown }).message !== 'string') return [];
    const raw = d as Record<string, unknown>;
    const detail: ErrorDetail = { message: raw.message as string };
    if (typeof raw.source === 'string') detail.source = raw.source;
    if (typeof raw.line === 'number') detail.line = raw.line;
    if (Array.isArray(raw.path)) detail.path = raw.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
    return [detail];
  });
}

/** The code to use when a response is not in the error shape (a proxy's HTML page, an empty body). */
function codeForStatus(status: number): ErrorCode {
  const match = (Object.entries(ERROR_CODES) as [ErrorCode, number][]).find(([, s]) => s === status);
  if (match) return match[0];
  if (status === 502 || status === 504) return 'unavailable';
  return status >= 500 ? 'internal' : 'validation_failed';
}

/**
 * Turns a failed response into the one `AppError` shape the server sends:
 * `{ error: { code, message, details } }`. Anything else (HTML from a proxy, an unknown code) still
 * becomes an AppError, with a code chosen from the HTTP status, so callers handle one type only.
 */
export async function errorFromResponse(response: Response): Promise<AppError> {
  let body: unknown = null;
  const text = await response.text().catch(() => '');
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null) {
    const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
    if (isErrorCode(code)) {
      return new AppError(code, typeof message === 'string' ? message : code, parseDetails(details));
    }
  }
  return new AppError(codeForStatus(response.status), `HTTP ${response.status} ${response.statusText}`.trim());
}

/**
 * Creates the API client. Requests are same-origin with cookies (`credentials: 'same-origin'`);
 * writes carry `X-CSRF-Token` when a token is known, as the server requires for cookie sessions.
 * Every failure rejects with an `AppError`: server errors keep their code and details, a network
 * failure is `unavailable`, a non-JSON success is `internal`.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  let csrf: string | null = null;

  async function request<T>(method: string, path: string, req: RequestOptions = {}): Promise<ApiResponse<T>> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(req.query ?? {})) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
    }
    const query = params.toString();
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    if (WRITE_METHODS.has(method.toUpperCase()) && csrf) headers['x-csrf-token'] = csrf;
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}${query ? `?${query}` : ''}`, {
        method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        credentials: 'same-origin',
        signal: req.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new AppError('unavailable', 'the server cannot be reached', [], { cause });
    }
    if (!response.ok) throw await errorFromResponse(response);
    if (response.status === 204) return { data: undefined as T, status: response.status, headers: response.headers };
    const text = await response.text();
    try {
      return { data: (text ? JSON.parse(text) : undefined) as T, status: response.status, headers: response.headers };
    } catch (cause) {
      throw new AppError('internal', 'the server sent a response that is not JSON', [], { cause });
    }
  }

  return {
    request,
    setCsrfToken(token) {
      csrf = token;
    },
    csrfToken: () => csrf,
  };
}
