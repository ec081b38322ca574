/**
 * @shahrnet/server: the Fastify HTTP API (with its OpenAPI document) and the web app's static host.
 * `buildApp` makes the app without listening (tests use `app.inject`); `startServer` listens.
 */
export { buildApp, listRoutes, type AppDeps, type RouteEntry } from './app.js';
export { startServer, FIRST_ADMIN_HINT, type RunningServer } from './server.js';
export { ACCESS_LEVELS, type Access } from './http/access.js';
export { SESSION_COOKIE, CSRF_HEADER } from './http/authentication.js';
export { generateOpenApiDocument, OPENAPI_FILE } from './openapi/openapi-document.js';
