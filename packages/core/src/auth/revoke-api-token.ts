import { notFound } from '../errors.js';
import type { AuthDb } from './auth-db.js';
import { apiTokensRepository } from './api-tokens.repository.js';
import type { User } from './user.js';

/**
 * Revokes token `id` of `owner`. A token of someone else is reported as not found (not forbidden) so
 * ids of other people's tokens cannot be probed. Revoking twice is harmless.
 */
export async function revokeApiToken(db: AuthDb, owner: User, id: string, now = new Date()): Promise<void> {
  const row = await apiTokensRepository.findById(db, id);
  if (!row || row.user_id !== owner.id) throw notFound('token', id);
  if (row.revoked_at === null) await apiTokensRepository.revoke(db, id, now.toISOString());
}
