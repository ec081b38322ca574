import type { AuthDb } from './auth-db.js';
import { apiTokensRepository } from './api-tokens.repository.js';
import { API_TOKEN_PREFIX } from './create-api-token.js';
import { sha256Hex } from './secret-token.js';
import { toUser } from './users.repository.js';
import type { User } from './user.js';

/**
 * The user a bearer token acts for, or null when the token is malformed, unknown, revoked or its owner
 * is disabled. Lookup is by SHA-256, so the comparison never touches the secret itself.
 */
export async function authenticateApiToken(db: AuthDb, token: string, now = new Date()): Promise<User | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const found = await apiTokensRepository.findWithUserByHash(db, sha256Hex(token));
  if (!found || found.token.revoked_at !== null) return null;
  const user = toUser(found.user);
  if (user.disabled) return null;
  await apiTokensRepository.touch(db, found.token.id, now.toISOString());
  return user;
}
