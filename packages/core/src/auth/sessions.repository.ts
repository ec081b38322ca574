import type { AuthDb } from './auth-db.js';
import type { SessionRow, UserRow } from './auth.table.js';

/** Repository of browser sessions (stored by the SHA-256 of their id). */
export const sessionsRepository = {
  /** Stores a new session. */
  async insert(db: AuthDb, row: SessionRow): Promise<void> {
    await db.insertInto('sessions').values(row).execute();
  },

  /** The session with this id hash and its user, or undefined. Expiry is checked by the caller. */
  async findWithUser(db: AuthDb, idHash: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    const session = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
    if (!session) return undefined;
    const user = await db.selectFrom('users').selectAll().where('id', '=', session.user_id).executeTakeFirst();
    return user ? { session, user } : undefined;
  },

  /** Removes one session (sign-out, or found expired). */
  async delete(db: AuthDb, idHash: string): Promise<void> {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  },

  /** Removes every session of a user (disabled, or role changed). */
  async deleteForUser(db: AuthDb, userId: string): Promise<void> {
    await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  },

  /** Removes sessions that expired before `now` (ISO). Sessions are not history: they may be deleted. */
  async deleteExpired(db: AuthDb, now: string): Promise<void> {
    await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  },
};
