import type { AuthDb } from './auth-db.js';
import { toUser, usersRepository } from './users.repository.js';
import type { User } from './user.js';

/** Every account, ordered by username (for admins; the list of a small team fits one page). */
export async function listUsers(db: AuthDb): Promise<User[]> {
  return (await usersRepository.list(db)).map(toUser);
}

/** True when at least one account exists; the server and CLI use it to explain how to create the first admin. */
export async function hasAnyUser(db: AuthDb): Promise<boolean> {
  return (await usersRepository.count(db)) > 0;
}
