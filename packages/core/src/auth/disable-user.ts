import { notFound } from '../errors.js';
import type { AuthDb } from './auth-db.js';
import { updateUser } from './update-user.js';
import { usersRepository } from './users.repository.js';
import { usernameSchema, type User } from './user.js';
import { parseInput } from './validate.js';

/**
 * Disables the account `username` (the CLI's `user disable`): it can no longer sign in, and its sessions
 * and API tokens stop working. Nothing is deleted, so history keeps naming the person.
 */
export async function disableUser(db: AuthDb, username: string, now = new Date()): Promise<User> {
  const name = parseInput(usernameSchema, username, 'username');
  const row = await usersRepository.findByUsername(db, name);
  if (!row) throw notFound('user', name);
  return updateUser(db, row.id, { disabled: true }, now);
}
