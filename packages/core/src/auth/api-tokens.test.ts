import { it, expect } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { authenticateApiToken } from './authenticate-api-token.js';
import { createApiToken } from './create-api-token.js';
import { createUser } from './create-user.js';
import { listApiTokens } from './list-api-tokens.js';
import { revokeApiToken } from './revoke-api-token.js';
import { sha256Hex } from './secret-token.js';
import { updateUser } from './update-user.js';

forEachDialect('API tokens', (getDb) => {
  it('creates a token shown once, stores its hash, authenticates and revokes it', async () => {
    const { db } = getDb();
    const ali = await createUser(db, { username: 'ali', password: 'correct horse', role: 'editor' });
    const { token, apiToken } = await createApiToken(db, ali, { name: 'import script' });
    expect(token).toMatch(/^shn_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const rows = await db.selectFrom('api_tokens').selectAll().execute();
    expect(rows[0]?.token_hash).toBe(sha256Hex(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    expect((await authenticateApiToken(db, token))?.id).toBe(ali.id);
    expect((await listApiTokens(db, ali))[0]?.lastUsedAt).not.toBeNull();
    expect(await authenticateApiToken(db, token.slice(0, -1) + 'x')).toBeNull();
    expect(await authenticateApiToken(db, 'not-a-token')).toBeNull();

    await revokeApiToken(db, ali, apiToken.id);
    expect(await authenticateApiToken(db, token)).toBeNull();
    const listed = await listApiTokens(db, ali);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.revokedAt).not.toBeNull();
  });

  it("hides other users' tokens and stops tokens of disabled users", async () => {
    const { db } = getDb();
    await createUser(db, { username: 'root', password: 'root passphrase', role: 'admin' });
    const ali = await createUser(db, { username: 'ali', password: 'correct horse', role: 'editor' });
    const sara = await createUser(db, { username: 'sara', password: 'sara passphrase', role: 'viewer' });
    const { token, apiToken } = await createApiToken(db, ali, { name: 'mine' });
    await expect(revokeApiToken(db, sara, apiToken.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await listApiTokens(db, sara)).toEqual([]);
    await updateUser(db, ali.id, { disabled: true });
    expect(await authenticateApiToken(db, token)).toBeNull();
  });
});
