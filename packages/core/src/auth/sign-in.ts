import { z } from 'zod';
import { AppError } from '../errors.js';
import type { AuthDb } from './auth-db.js';
import { verifyAgainstDummy, verifyPassword } from './password.js';
import { randomSecret, sha256Hex } from './secret-token.js';
import { sessionsRepository } from './sessions.repository.js';
import { toUser, usersRepository } from './users.repository.js';
import type { Session } from './user.js';
import { parseInput } from './validate.js';

/** How long a session lasts after sign-in. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/** Credentials and client facts for `signIn`. */
export const signInInputSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(1024),
  ip: z.string().max(100).nullable().optional(),
  userAgent: z.string().max(500).nullable().optional(),
});

/** Input type of `signIn`. */
export type SignInInput = z.input<typeof signInInputSchema>;

/** A new session: `sessionId` goes into the (signed) cookie and is never stored in clear. */
export interface SignInResult {
  sessionId: string;
  session: Session;
}

/**
 * Checks a username and password and opens a session. Unknown user, wrong password and disabled
 * account all give the same `unauthenticated` error (and take the same time), so the answer does not
 * reveal which usernames exist. Throttling of repeated attempts is the caller's job (it knows the IP).
 */
export async function signIn(db: AuthDb, input: SignInInput, now = new Date()): Promise<SignInResult> {
  const data = parseInput(signInInputSchema, input, 'sign-in');
  const row = await usersRepository.findByUsername(db, data.username);
  const ok = row ? await verifyPassword(row.password_hash, data.password) : (await verifyAgainstDummy(data.password), false);
  if (!row || !ok || Number(row.disabled) === 1) {
    throw new AppError('unauthenticated', 'invalid username or password');
  }
  const sessionId = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  await sessionsRepository.deleteExpired(db, now.toISOString());
  await sessionsRepository.insert(db, {
    id_hash: sha256Hex(sessionId),
    user_id: row.id,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    ip: data.ip ?? null,
    user_agent: data.userAgent ?? null,
  });
  return { sessionId, session: { user: toUser(row), csrfToken, expiresAt } };
}
