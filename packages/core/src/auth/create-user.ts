import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { AuthDb } from './auth-db.js';
import { hashPassword } from './password.js';
import { toUser, usersRepository } from './users.repository.js';
import { passwordSchema, userRoleSchema, usernameSchema, type User } from './user.js';
import { parseInput } from './validate.js';

/** Input of `createUser`. `displayName` defaults to the username. */
export const createUserInputSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  role: userRoleSchema,
  displayName: z.string().trim().min(1).max(200).optional(),
});

/** Input type of `createUser` (before defaults). */
export type CreateUserInput = z.input<typeof createUserInputSchema>;

/**
 * Creates an account with an argon2id password hash. Throws `validation_failed` for a bad username,
 * password or role and `conflict` when the username is taken (usernames are case-insensitive).
 */
export async function createUser(db: AuthDb, input: CreateUserInput, now = new Date()): Promise<User> {
  const data = parseInput(createUserInputSchema, input, 'user');
  if (await usersRepository.findByUsername(db, data.username)) {
    throw new AppError('conflict', `username ${data.username} is already taken`, [
      { path: ['username'], message: 'already taken' },
    ]);
  }
  const at = now.toISOString();
  const row = {
    id: randomUUID(),
    username: data.username,
    display_name: data.displayName ?? data.username,
    role: data.role,
    password_hash: await hashPassword(data.password),
    disabled: 0,
    created_at: at,
    updated_at: at,
  };
  await usersRepository.insert(db, row);
  return toUser(row);
}
