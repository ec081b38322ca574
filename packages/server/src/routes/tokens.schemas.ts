import { z } from 'zod';

/** An API token as listed to its owner (the secret is never shown again). */
export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the token, to tell tokens apart'),
    created_at: z.string(),
    last_used_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

/** `POST /api/tokens` body. */
export const createTokenBodySchema = z.object({ name: z.string().trim().min(1).max(100) });

/** `POST /api/tokens` response: the secret, shown once. */
export const createTokenResponseSchema = z.object({
  id: z.string(),
  token: z.string().describe('Send as "Authorization: Bearer <token>". Shown only once.'),
});

/** `GET /api/tokens` response. */
export const tokenListSchema = z.object({ items: z.array(apiTokenSchema) });
