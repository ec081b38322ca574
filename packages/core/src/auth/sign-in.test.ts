import { it, expect } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { createUser } from './create-user.js';
import { getSession } from './get-session.js';
import { sha256Hex } from './secret-token.js';
import { SESSION_TTL_MS, signIn } from './sign-in.js';
import { signOut } from './sign-out.js';
import { updateUser } from './update-user.js';

forEachDialect('signIn / getSession / signOut', (getDb) => {
  it('opens a session stored only by hash, found again by its id', async () => {
    const { db } = getDb();
    await createUser(db, { username: 'ali', password: 'correct horse', role: 'editor' });
    const { sessionId, session } = await signIn(db, { username: 'ALI', password: 'correct horse', ip: '127.0.0.1' });
    expect(session.user.username).toBe('ali');
    expect(session.csrfToken.length).toBeGreaterThanOrEqual(40);
    const stored = await db.selectFrom('sessions').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id_hash).toBe(sha256Hex(sessionId));
    expect(stored[0]?.id_hash).not.toBe(sessionId);
    const again = await getSession(db, sessionId);
    expect(again?.user.id).toBe(session.user.id);
    expect(again?.csrfToken).toBe(session.csrfToken);
  });

  it('gives the same error for a wrong password, an unknown user and a disabled user', async () => {
    const { db } = getDb();
    const admin = await createUser(db, { username: 'admin', password: 'admin passphrase', role: 'admin' });
    const ali = await createUser(db, { username: 'ali', password: 'correct horse', role: 'editor' });
    await updateUser(db, ali.id, { disabled: true });
    const attempts = [
      { username: 'admin', password: 'wrong passphrase' },
      { username: 'nobody', password: 'correct horse' },
      { username: 'ali', password: 'correct horse' },
    ];
    for (const attempt of attempts) {
      await expect(signIn(db, attempt)).rejects.toMatchObject({
        code: 'unauthenticated',
        message: 'invalid username or password',
      });
    }
    expect(admin.role).toBe('admin');
  });

  it('forgets expired sessions and signed-out sessions', async () => {
    const { db } = getDb();
    await createUser(db, { username: 'ali', password: 'correct horse', role: 'editor' });
    const start = new Date('2024-03-01T10:00:00.000Z');
    const { sessionId } = await signIn(db, { username: 'ali', password: 'correct horse' }, start);
    expect(await getSession(db, sessionId, new Date(start.getTime() + SESSION_TTL_MS - 1000))).not.toBeNull();
    expect(await getSession(db, sessionId, new Date(start.getTime() + SESSION_TTL_MS + 1000))).toBeNull();
    expect(await db.selectFrom('sessions').selectAll().execute()).toHaveLength(0);

    const second = await signIn(db, { username: 'ali', password: 'correct horse' });
    await signOut(db, second.sessionId);
    expect(await getSession(db, second.sessionId)).toBeNull();
    expect(await getSession(db, 'made-up')).toBeNull();
  });
});
