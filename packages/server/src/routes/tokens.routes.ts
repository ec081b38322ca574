import { AppError, createApiToken, listApiTokens, revokeApiToken, type User } from '@shahrnet/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParamsSchema } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import { apiTokenSchema, createTokenBodySchema, createTokenResponseSchema, tokenListSchema } from './tokens.schemas.js';

function signedInUser(request: FastifyRequest): User {
  if (!request.auth.user) throw new AppError('unauthenticated', 'sign in first');
  return request.auth.user;
}

/** The caller's own API tokens: create (secret shown once), list, revoke. */
export function registerTokensRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/tokens',
    {
      config: { access: 'user' },
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token for scripts',
        body: createTokenBodySchema,
        response: { 201: createTokenResponseSchema, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const { token, apiToken } = await createApiToken(deps.db, signedInUser(request), request.body, deps.now());
      return reply.status(201).send({ id: apiToken.id, token });
    },
  );

  r.get(
    '/api/tokens',
    {
      config: { access: 'user' },
      schema: { tags: ['tokens'], summary: 'List my API tokens', response: { 200: tokenListSchema, ...errorResponses(401) } },
    },
    async (request) => ({
      items: (await listApiTokens(deps.db, signedInUser(request))).map(
        (t): z.output<typeof apiTokenSchema> => ({
          id: t.id,
          name: t.name,
          prefix: t.prefix,
          created_at: t.createdAt,
          last_used_at: t.lastUsedAt,
          revoked_at: t.revokedAt,
        }),
      ),
    }),
  );

  r.delete(
    '/api/tokens/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke one of my API tokens',
        params: idParamsSchema,
        response: { 204: z.undefined(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeApiToken(deps.db, signedInUser(request), request.params.id, deps.now());
      return reply.status(204).send();
    },
  );
}
