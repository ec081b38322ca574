import fastifyCookie from '@fastify/cookie';
import { AppError, type AuthDb, type Config } from '@shahrnet/core';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Access } from './http/access.js';
import { registerAuthentication } from './http/authentication.js';
import { toErrorResponse } from './http/error-response.js';
import type { RouteDeps } from './http/route-deps.js';
import { SignInLimiter } from './http/sign-in-limiter.js';
import { registerOpenApi, registerOpenApiRoute } from './openapi/openapi.js';
import { registerApiRoutes } from './routes/index.js';
import { DEFAULT_WEB_DIST, registerWeb } from './web/web.plugin.js';

/** What `buildApp` needs. Everything has a production default except the configuration and database. */
export interface AppDeps {
  config: Config;
  /** The migrated database; routes hand it to use cases. */
  db: AuthDb;
  /** Signs session cookies; see `resolveSessionSecret` in core. */
  sessionSecret: string;
  /** Folder of the built web app (default: packages/web/dist). */
  webDist?: string;
  /** Clock (tests move it). */
  now?: () => Date;
  /** A logger instance; default: Fastify's pino at `SHAHRNET_LOG_LEVEL`. */
  logger?: FastifyBaseLogger;
}

/** A registered route as listed by `listRoutes` (HEAD twins of GET routes are left out). */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
}

const routeTables = new WeakMap<FastifyInstance, RouteEntry[]>();

/**
 * Every route of an app built by `buildApp`, with its access level. The authorization test walks this
 * list, so a new route without an entry in its table fails that test.
 */
export function listRoutes(app: FastifyInstance): readonly RouteEntry[] {
  return routeTables.get(app) ?? [];
}

/**
 * Builds the HTTP application without listening (tests use `app.inject`, `startServer` listens):
 * zod validation and serialization, one error handler, cookie sessions / API tokens with CSRF,
 * OpenAPI at /api/openapi.json and /api/docs, the API routes, and the web app at `/`.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    bodyLimit: config.SHAHRNET_BODY_LIMIT,
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: { level: config.SHAHRNET_LOG_LEVEL } }),
    // Keep the route table and docs free of accidental duplicates such as /api/health/.
    routerOptions: { ignoreTrailingSlash: false },
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routes: RouteEntry[] = [];
  routeTables.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url ?? '', access: route.config?.access ?? 'public' });
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const response = toErrorResponse(error);
    if (response.log) request.log.error({ err: error }, 'request failed');
    return reply.status(response.status).send(response.body);
  });

  await app.register(fastifyCookie, { secret: deps.sessionSecret, hook: 'onRequest' });
  const now = deps.now ?? (() => new Date());
  registerAuthentication(app, { db: deps.db, publicRead: config.SHAHRNET_PUBLIC_READ, now });
  await registerOpenApi(app);

  const routeDeps: RouteDeps = { config, db: deps.db, now, signInLimiter: new SignInLimiter() };
  registerOpenApiRoute(app);
  registerApiRoutes(app, routeDeps);

  const serveWeb = await registerWeb(app, deps.webDist ?? DEFAULT_WEB_DIST);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/') || (request.method !== 'GET' && request.method !== 'HEAD')) {
      const { status, body } = toErrorResponse(new AppError('not_found', `no route ${request.method} ${path}`));
      return reply.status(status).send(body);
    }
    return serveWeb(request, reply);
  });

  await app.ready();
  return app;
}
