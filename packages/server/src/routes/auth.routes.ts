import { AppError, SESSION_TTL_MS, signIn, signOut } from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../http/authentication.js';
import { errorResponses } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import { signInKey } from '../http/sign-in-limiter.js';
import { meResponseSchema, signInBodySchema, signInResponseSchema } from './auth.schemas.js';
import { userToJson } from './users.schemas.js';

/**
 * Browser sign-in with a server-side session in a signed, HttpOnly, SameSite=Lax cookie (Secure when
 * configured); sign-out; and `me`, which the web app calls at start to learn who is signed in and the
 * CSRF token for its writes.
 */
export function registerAuthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public', csrfExempt: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a username and password',
        body: signInBodySchema,
        response: { 200: signInResponseSchema, ...errorResponses(401, 429) },
      },
    },
    async (request, reply) => {
      const key = signInKey(request.body.username, request.ip);
      const wait = deps.signInLimiter.retryAfter(key, deps.now().getTime());
      if (wait > 0) {
        reply.header('retry-after', String(Math.ceil(wait / 1000)));
        throw new AppError('rate_limited', `too many failed sign-ins; try again in ${Math.ceil(wait / 60_000)} minute(s)`);
      }
      let result;
      try {
        result = await signIn(
          deps.db,
          { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
          deps.now(),
        );
      } catch (error) {
        deps.signInLimiter.fail(key, deps.now().getTime());
        throw error;
      }
      deps.signInLimiter.succeed(key);
      // Signing in replaces a session this browser may already have.
      if (request.auth.via === 'session' && request.auth.sessionId) await signOut(deps.db, request.auth.sessionId);
      reply.setCookie(SESSION_COOKIE, result.sessionId, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.SHAHRNET_SECURE_COOKIES,
        signed: true,
        maxAge: Math.floor(SESSION_TTL_MS / 1000),
      });
      return { user: userToJson(result.session.user), csrf_token: result.session.csrfToken };
    },
  );

  r.post(
    '/api/auth/sign-out',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'End the current session (no-op when not signed in)',
        response: { 204: z.undefined(), ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      if (request.auth.sessionId) await signOut(deps.db, request.auth.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/auth/me',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Who is signed in', response: { 200: meResponseSchema } },
    },
    async (request) => ({
      user: request.auth.user ? userToJson(request.auth.user) : null,
      csrf_token: request.auth.csrfToken,
      public_read: deps.config.SHAHRNET_PUBLIC_READ,
    }),
  );
}
