import type { AuthDb } from './auth-db.js';
import { sha256Hex } from './secret-token.js';
import { sessionsRepository } from './sessions.repository.js';
import { toUser } from './users.repository.js';
import type { Session } from './user.js';

/**
 * The live session for a cookie's session id, or null when it is unknown, expired (then removed) or its
 * user is disabled. Called on every cookie-authenticated request.
 */
export async function getSession(db: AuthDb, sessionId: string, now = new Date()): Promise<Session | null> {
  if (!sessionId) return null;
  const idHash = sha256Hex(sessionId);
  const found = await sessionsRepository.findWithUser(db, idHash);
  if (!found) return null;
  if (found.session.expires_at <= now.toISOString()) {
    await sessionsRepository.delete(db, idHash);
    return null;
  }
  const user = toUser(found.user);
  if (user.disabled) return null;
  return { user, csrfToken: found.session.csrf_token, expiresAt: found.session.expires_at };
}
