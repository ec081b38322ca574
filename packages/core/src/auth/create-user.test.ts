import { describe, it, expect } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { createUser } from './create-user.js';
import { hasAnyUser, listUsers } from './list-users.js';
import { usersRepository } from './users.repository.js';

forEachDialect('createUser', (getDb) => {
  it('stores an argon2id hash, never the password, and lists the user', async () => {
    const { db } = getDb();
    expect(await hasAnyUser(db)).toBe(false);
    const user = await createUser(db, { username: 'Maryam', password: 'a long passphrase', role: 'editor' });
    expect(user).toMatchObject({ username: 'maryam', displayName: 'maryam', role: 'editor', disabled: false });
    const row = await usersRepository.findById(db, user.id);
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(row?.password_hash).not.toContain('a long passphrase');
    expect(await hasAnyUser(db)).toBe(true);
    expect((await listUsers(db)).map((u) => u.username)).toEqual(['maryam']);
  });

  it('refuses a taken username whatever its case', async () => {
    const { db } = getDb();
    await createUser(db, { username: 'reza', password: 'password one', role: 'viewer' });
    await expect(createUser(db, { username: 'REZA', password: 'password two', role: 'admin' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('reports every invalid field with its path', async () => {
    const { db } = getDb();
    const error = await createUser(db, { username: 'x', password: 'short', role: 'boss' as 'admin' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'validation_failed' });
    expect(error.details.map((d: { path: string[] }) => d.path[0]).sort()).toEqual(['password', 'role', 'username']);
  });
});

describe('createUser display name', () => {
  it('accepts a Persian display name while the username stays ASCII', async () => {
    const { openTestDb } = await import('../testing/dialects.js');
    const handle = await openTestDb('sqlite');
    try {
      const user = await createUser(handle.db, {
        username: 'sara',
        password: 'another passphrase',
        role: 'reviewer',
        displayName: 'سارا',
      });
      expect(user.displayName).toBe('سارا');
    } finally {
      await handle.close();
    }
  });
});
