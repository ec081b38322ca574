import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The `info` block of the OpenAPI document. */
export const OPENAPI_INFO = {
  title: 'Shahrnet API',
  description:
    'The system of record for city diplomacy. Errors share one shape ({ error: { code, message, details } }). ' +
    'Authenticate with the session cookie from /api/auth/sign-in (send X-CSRF-Token on writes) or with ' +
    '"Authorization: Bearer shn_..." API tokens.',
  version: '1.0.0',
};

/**
 * Registers OpenAPI generation from the zod route schemas (@fastify/swagger) and the interactive docs at
 * /api/docs (@fastify/swagger-ui). Must be registered before the routes. The document itself is
 * served at /api/openapi.json by `registerOpenApiRoute`.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: OPENAPI_INFO,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'shahrnet_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
}

/** `GET /api/openapi.json`: the generated document (public; it describes the API, not the data). */
export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
