import {
  AppError,
  authenticateApiToken,
  constantTimeEqual,
  getSession,
  type AuthDb,
} from '@shahrnet/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_LEVELS, ANONYMOUS, decideAccess, type Access, type RequestAuth } from './access.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking; set for every request before its handler runs. */
    auth: RequestAuth;
  }
  interface FastifyContextConfig {
    /** Required on every /api route: who may call it (see `Access`). */
    access?: Access;
    /**
     * Skip the CSRF check for cookie-authenticated calls. Only for sign-in: it must work even when the
     * browser still holds an old session, and it replaces that session rather than acting with it.
     */
    csrfExempt?: boolean;
  }
}

/** Name of the session cookie. Its value is the signed random session id. */
export const SESSION_COOKIE = 'shahrnet_session';

/** Header carrying the CSRF token on cookie-authenticated writes. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Dependencies of the authentication hooks. */
export interface AuthenticationDeps {
  db: AuthDb;
  publicRead: boolean;
  now: () => Date;
}

/**
 * Adds request authentication and authorization to `app` (root level, so every route gets it):
 * 1. every route under /api must declare `config.access` — registering one without it throws at
 *    start-up, so a forgotten declaration cannot silently expose a route; the API docs are public;
 * 2. `onRequest` (before the body is read) identifies the caller: `Authorization: Bearer shn_...` when
 *    present (an invalid token is 401, never a fallback to the cookie), else the signed session cookie;
 * 3. it enforces the route's access level, and on cookie-authenticated writes requires the session's
 *    CSRF token in `X-CSRF-Token` (constant-time compare). Token requests need no CSRF: a browser never
 *    sends the Authorization header on its own.
 */
export function registerAuthentication(app: FastifyInstance, deps: AuthenticationDeps): void {
  app.decorateRequest('auth', null as unknown as RequestAuth);

  app.addHook('onRoute', (route) => {
    route.config ??= {};
    if (route.config.access !== undefined) {
      if (!(ACCESS_LEVELS as readonly string[]).includes(route.config.access)) {
        throw new Error(`route ${String(route.method)} ${route.url} declares an unknown access level ${route.config.access}`);
      }
      return;
    }
    const url = route.url ?? route.path ?? '';
    if (url === '/api/openapi.json' || url.startsWith('/api/docs')) {
      route.config.access = 'public';
    } else if (url.startsWith('/api')) {
      throw new Error(`route ${String(route.method)} ${url} must declare config.access`);
    } else {
      route.config.access = 'public';
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.auth = await identify(request, reply, deps);
    const access = request.routeOptions.config.access;
    // Unknown URLs have no route options; the not-found handler answers them.
    if (access === undefined) return;
    const decision = decideAccess(access, request.auth.user, deps.publicRead);
    if (decision === 'unauthenticated') throw new AppError('unauthenticated', 'sign in or send an API token');
    if (decision === 'forbidden') throw new AppError('forbidden', `your role (${request.auth.user?.role}) does not allow this`);
    if (request.auth.via === 'session' && !SAFE_METHODS.has(request.method) && !request.routeOptions.config.csrfExempt) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !request.auth.csrfToken || !constantTimeEqual(sent, request.auth.csrfToken)) {
        throw new AppError('csrf_failed', 'missing or wrong X-CSRF-Token header (get it from /api/auth/me)');
      }
    }
  });
}

async function identify(request: FastifyRequest, reply: FastifyReply, deps: AuthenticationDeps): Promise<RequestAuth> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const user = match?.[1] ? await authenticateApiToken(deps.db, match[1], deps.now()) : null;
    if (!user) throw new AppError('unauthenticated', 'invalid, revoked or malformed API token');
    return { user, via: 'token', csrfToken: null, sessionId: null };
  }
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return ANONYMOUS;
  const unsigned = request.unsignCookie(raw);
  const session = unsigned.valid && unsigned.value ? await getSession(deps.db, unsigned.value, deps.now()) : null;
  if (!session || !unsigned.value) {
    // A stale or forged cookie: forget it so the browser stops sending it, and carry on anonymously.
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return ANONYMOUS;
  }
  return { user: session.user, via: 'session', csrfToken: session.csrfToken, sessionId: unsigned.value };
}
