import type { AuthDb } from './auth-db.js';
import type { ApiTokenRow, UserRow } from './auth.table.js';

/** Repository of API tokens (stored by the SHA-256 of the token). */
export const apiTokensRepository = {
  /** Stores a new token. */
  async insert(db: AuthDb, row: ApiTokenRow): Promise<void> {
    await db.insertInto('api_tokens').values(row).execute();
  },

  /** The tokens of a user, newest first, revoked ones included. */
  async listForUser(db: AuthDb, userId: string): Promise<ApiTokenRow[]> {
    return db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
  },

  /** One token by id, or undefined. */
  async findById(db: AuthDb, id: string): Promise<ApiTokenRow | undefined> {
    return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** The token with this hash and its user, or undefined (revocation is checked by the caller). */
  async findWithUserByHash(db: AuthDb, tokenHash: string): Promise<{ token: ApiTokenRow; user: UserRow } | undefined> {
    const token = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    if (!token) return undefined;
    const user = await db.selectFrom('users').selectAll().where('id', '=', token.user_id).executeTakeFirst();
    return user ? { token, user } : undefined;
  },

  /** Marks a token revoked at `at` (kept, never accepted again). */
  async revoke(db: AuthDb, id: string, at: string): Promise<void> {
    await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
  },

  /** Records the last use, at most once a minute per token to avoid a write per request. */
  async touch(db: AuthDb, id: string, at: string): Promise<void> {
    const aMinuteAgo = new Date(Date.parse(at) - 60_000).toISOString();
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: at })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', aMinuteAgo)]))
      .execute();
  },
};
