import { createUser, listUsers, updateUser } from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, idParamsSchema } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import { createUserBodySchema, updateUserBodySchema, userListSchema, userSchema, userToJson } from './users.schemas.js';

/** Account administration (admins only): list, create, change role / disable. */
export function registerUsersRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/users',
    {
      config: { access: 'admin' },
      schema: { tags: ['users'], summary: 'List accounts', response: { 200: userListSchema, ...errorResponses(401, 403) } },
    },
    async () => ({ items: (await listUsers(deps.db)).map(userToJson) }),
  );

  r.post(
    '/api/users',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Create an account',
        body: createUserBodySchema,
        response: { 201: userSchema, ...errorResponses(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { display_name, ...rest } = request.body;
      const user = await createUser(deps.db, { ...rest, displayName: display_name }, deps.now());
      return reply.status(201).send(userToJson(user));
    },
  );

  r.patch(
    '/api/users/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Change the role, display name or disabled flag of an account',
        params: idParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { display_name, ...rest } = request.body;
      const user = await updateUser(deps.db, request.params.id, { ...rest, displayName: display_name }, deps.now());
      return userToJson(user);
    },
  );
}
