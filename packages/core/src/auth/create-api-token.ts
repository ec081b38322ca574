import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AuthDb } from './auth-db.js';
import { apiTokensRepository } from './api-tokens.repository.js';
import type { ApiTokenRow } from './auth.table.js';
import { randomSecret, sha256Hex } from './secret-token.js';
import type { ApiToken, User } from './user.js';
import { parseInput } from './validate.js';

/** Every API token starts with this, so leaked tokens are easy to recognise (and to scan for). */
export const API_TOKEN_PREFIX = 'shn_';

/** Input of `createApiToken`: a name that reminds the owner what the token is for. */
export const createApiTokenInputSchema = z.object({ name: z.string().trim().min(1).max(100) });

/** Maps a row to what the owner sees. */
export function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/**
 * Creates an API token for `owner`. The secret (`shn_` + 256 random bits) is returned once and only its
 * SHA-256 is stored. A token acts with its owner's role at the time of each request.
 */
export async function createApiToken(
  db: AuthDb,
  owner: User,
  input: z.input<typeof createApiTokenInputSchema>,
  now = new Date(),
): Promise<{ token: string; apiToken: ApiToken }> {
  const data = parseInput(createApiTokenInputSchema, input, 'token');
  const token = API_TOKEN_PREFIX + randomSecret();
  const row: ApiTokenRow = {
    id: randomUUID(),
    user_id: owner.id,
    name: data.name,
    token_hash: sha256Hex(token),
    prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    created_at: now.toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await apiTokensRepository.insert(db, row);
  return { token, apiToken: toApiToken(row) };
}
