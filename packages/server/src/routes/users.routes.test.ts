import { it, expect, beforeAll, afterAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { addUser, asSession, buildTestApp, errorCode, signInThroughApi, type TestSession } from '../testing/test-app.js';

forEachDialect(
  'users routes',
  (getDb) => {
    let app: FastifyInstance;
    let admin: TestSession;
    beforeAll(async () => {
      app = await buildTestApp(getDb().db);
      admin = await signInThroughApi(app, await addUser(getDb().db, 'admin', 'root'));
    });
    afterAll(async () => {
      await app.close();
    });

    it('lets an admin create, list, demote and disable accounts', async () => {
      const created = await app.inject(
        asSession(admin, { method: 'POST', url: '/api/users', payload: { username: 'Neda', password: 'neda passphrase', role: 'editor', display_name: 'ندا' } }),
      );
      expect(created.statusCode).toBe(201);
      const neda = created.json();
      expect(neda).toEqual({ id: expect.any(String), username: 'neda', display_name: 'ندا', role: 'editor', disabled: false });
      expect(created.body).not.toContain('passphrase');

      const dup = await app.inject(asSession(admin, { method: 'POST', url: '/api/users', payload: { username: 'neda', password: 'other passphrase', role: 'viewer' } }));
      expect([dup.statusCode, errorCode(dup)]).toEqual([409, 'conflict']);

      const list = await app.inject(asSession(admin, { method: 'GET', url: '/api/users' }));
      expect(list.json().items.map((u: { username: string }) => u.username)).toEqual(['neda', 'root']);

      // Neda signs in, is demoted: her session ends and she must sign in again.
      const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'neda', password: 'neda passphrase' } });
      const cookie = signIn.cookies[0]!.value;
      const demoted = await app.inject(asSession(admin, { method: 'PATCH', url: `/api/users/${neda.id}`, payload: { role: 'viewer' } }));
      expect(demoted.json()).toMatchObject({ role: 'viewer' });
      const me = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { shahrnet_session: cookie } });
      expect(me.json().user).toBeNull();

      const disabled = await app.inject(asSession(admin, { method: 'PATCH', url: `/api/users/${neda.id}`, payload: { disabled: true } }));
      expect(disabled.json()).toMatchObject({ disabled: true });
      const again = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'neda', password: 'neda passphrase' } });
      expect(again.statusCode).toBe(401);
    });

    it('refuses to lock the installation out of its last admin, and rejects unknown fields', async () => {
      const self = await app.inject(asSession(admin, { method: 'PATCH', url: `/api/users/${admin.user.id}`, payload: { disabled: true } }));
      expect([self.statusCode, errorCode(self)]).toEqual([409, 'conflict']);
      const unknown = await app.inject(asSession(admin, { method: 'PATCH', url: `/api/users/${admin.user.id}`, payload: { password_hash: 'x' } }));
      expect([unknown.statusCode, errorCode(unknown)]).toEqual([400, 'validation_failed']);
    });
  },
  { reset: false },
);
