import { z } from 'zod';
import { userSchema } from './users.schemas.js';

/** `POST /api/auth/sign-in` body. */
export const signInBodySchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

/** `POST /api/auth/sign-in` response: the user and the CSRF token to send on writes. */
export const signInResponseSchema = z.object({ user: userSchema, csrf_token: z.string() });

/** `GET /api/auth/me` response: who is signed in (or null), their CSRF token, and whether anonymous reading is on. */
export const meResponseSchema = z
  .object({
    user: userSchema.nullable(),
    csrf_token: z.string().nullable(),
    public_read: z.boolean(),
  })
  .meta({ id: 'Me' });
