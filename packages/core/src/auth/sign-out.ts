import type { AuthDb } from './auth-db.js';
import { sha256Hex } from './secret-token.js';
import { sessionsRepository } from './sessions.repository.js';

/** Ends the session with this id (from the cookie). Unknown ids are ignored: signing out is idempotent. */
export async function signOut(db: AuthDb, sessionId: string): Promise<void> {
  if (sessionId) await sessionsRepository.delete(db, sha256Hex(sessionId));
}
