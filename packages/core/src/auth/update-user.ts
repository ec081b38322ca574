import { z } from 'zod';
import { AppError, notFound } from '../errors.js';
import type { AuthDb } from './auth-db.js';
import type { UserRowUpdate } from './auth.table.js';
import { sessionsRepository } from './sessions.repository.js';
import { toUser, usersRepository } from './users.repository.js';
import { userRoleSchema, type User } from './user.js';
import { parseInput } from './validate.js';

/** Changes an admin may make to an account. */
export const updateUserInputSchema = z
  .object({
    role: userRoleSchema.optional(),
    disabled: z.boolean().optional(),
    displayName: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

/** Input type of `updateUser`. */
export type UpdateUserInput = z.input<typeof updateUserInputSchema>;

/**
 * Changes the role, disabled flag or display name of user `id`. Disabling or changing the role ends the
 * user's sessions, so a demoted user must sign in again and gets the new rights. Refuses (`conflict`) to
 * leave the installation without an enabled admin: nobody could manage accounts any more.
 */
export async function updateUser(db: AuthDb, id: string, input: UpdateUserInput, now = new Date()): Promise<User> {
  const data = parseInput(updateUserInputSchema, input, 'user change');
  return db.transaction().execute(async (trx) => {
    const row = await usersRepository.findById(trx, id);
    if (!row) throw notFound('user', id);
    const before = toUser(row);
    const losesAdmin =
      before.role === 'admin' &&
      !before.disabled &&
      ((data.role !== undefined && data.role !== 'admin') || data.disabled === true);
    if (losesAdmin && (await usersRepository.count(trx, { enabledRole: 'admin' })) <= 1) {
      throw new AppError('conflict', 'cannot disable or demote the last enabled admin');
    }
    const changes: UserRowUpdate = { updated_at: now.toISOString() };
    if (data.role !== undefined) changes.role = data.role;
    if (data.disabled !== undefined) changes.disabled = data.disabled ? 1 : 0;
    if (data.displayName !== undefined) changes.display_name = data.displayName;
    await usersRepository.update(trx, id, changes);
    if ((data.role !== undefined && data.role !== before.role) || data.disabled === true) {
      await sessionsRepository.deleteForUser(trx, id);
    }
    const after = await usersRepository.findById(trx, id);
    if (!after) throw notFound('user', id);
    return toUser(after);
  });
}
