import type { AuthDb } from './auth-db.js';
import { apiTokensRepository } from './api-tokens.repository.js';
import { toApiToken } from './create-api-token.js';
import type { ApiToken, User } from './user.js';

/** The API tokens of `owner`, newest first, revoked ones included (marked by `revokedAt`). */
export async function listApiTokens(db: AuthDb, owner: User): Promise<ApiToken[]> {
  return (await apiTokensRepository.listForUser(db, owner.id)).map(toApiToken);
}
