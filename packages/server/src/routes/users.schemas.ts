import type { User } from '@shahrnet/core';
import { passwordSchema, userRoleSchema, usernameSchema } from '@shahrnet/core';
import { z } from 'zod';

/** An account as the API shows it (snake_case like the rest of the API; never the password hash). */
export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    display_name: z.string(),
    role: userRoleSchema,
    disabled: z.boolean(),
  })
  .meta({ id: 'User' });

/** The API form of a domain user. */
export function userToJson(user: User): z.output<typeof userSchema> {
  return { id: user.id, username: user.username, display_name: user.displayName, role: user.role, disabled: user.disabled };
}

/** `GET /api/users` response. */
export const userListSchema = z.object({ items: z.array(userSchema) });

/** `POST /api/users` body. */
export const createUserBodySchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  role: userRoleSchema,
  display_name: z.string().trim().min(1).max(200).optional(),
});

/** `PATCH /api/users/:id` body. */
export const updateUserBodySchema = z
  .object({
    role: userRoleSchema.optional(),
    disabled: z.boolean().optional(),
    display_name: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
