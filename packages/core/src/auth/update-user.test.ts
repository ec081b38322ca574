import { it, expect } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { createUser } from './create-user.js';
import { disableUser } from './disable-user.js';
import { getSession } from './get-session.js';
import { signIn } from './sign-in.js';
import { updateUser } from './update-user.js';

forEachDialect('updateUser / disableUser', (getDb) => {
  it('changes the role and ends the sessions of the changed user', async () => {
    const { db } = getDb();
    await createUser(db, { username: 'root', password: 'root passphrase', role: 'admin' });
    const ali = await createUser(db, { username: 'ali', password: 'correct horse', role: 'editor' });
    const { sessionId } = await signIn(db, { username: 'ali', password: 'correct horse' });
    const changed = await updateUser(db, ali.id, { role: 'viewer', displayName: 'علی' });
    expect(changed).toMatchObject({ role: 'viewer', displayName: 'علی', disabled: false });
    expect(await getSession(db, sessionId)).toBeNull();
  });

  it('refuses to disable or demote the last enabled admin', async () => {
    const { db } = getDb();
    const root = await createUser(db, { username: 'root', password: 'root passphrase', role: 'admin' });
    await expect(updateUser(db, root.id, { role: 'editor' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(disableUser(db, 'root')).rejects.toMatchObject({ code: 'conflict' });
    const second = await createUser(db, { username: 'second', password: 'second passphrase', role: 'admin' });
    expect((await disableUser(db, 'root')).disabled).toBe(true);
    await expect(updateUser(db, second.id, { disabled: true })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reports unknown users and unknown fields', async () => {
    const { db } = getDb();
    await expect(disableUser(db, 'ghost')).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateUser(db, 'no-such-id', { disabled: true })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateUser(db, 'x', { password: 'x' } as never)).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
