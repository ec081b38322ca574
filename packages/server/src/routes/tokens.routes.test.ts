import { it, expect, beforeAll, afterAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { addUser, asSession, asToken, buildTestApp, errorCode, signInThroughApi, type TestSession } from '../testing/test-app.js';

forEachDialect(
  'tokens routes',
  (getDb) => {
    let app: FastifyInstance;
    let editor: TestSession;
    let viewer: TestSession;
    beforeAll(async () => {
      app = await buildTestApp(getDb().db);
      editor = await signInThroughApi(app, await addUser(getDb().db, 'editor', 'maryam'));
      viewer = await signInThroughApi(app, await addUser(getDb().db, 'viewer', 'reza'));
    });
    afterAll(async () => {
      await app.close();
    });

    it('creates a token shown once that works as Bearer without CSRF, lists it without the secret, revokes it', async () => {
      const created = await app.inject(asSession(editor, { method: 'POST', url: '/api/tokens', payload: { name: 'nightly import' } }));
      expect(created.statusCode).toBe(201);
      const { id, token } = created.json();
      expect(token).toMatch(/^shn_/);

      const write = await app.inject(
        asToken(token, { method: 'POST', url: '/api/entities', payload: { type: 'person', names: [{ lang: 'en', text: 'Test Person' }], reason: 'token write' } }),
      );
      expect(write.statusCode).toBe(201);

      const list = await app.inject(asSession(editor, { method: 'GET', url: '/api/tokens' }));
      expect(list.json().items).toEqual([
        { id, name: 'nightly import', prefix: token.slice(0, 10), created_at: expect.any(String), last_used_at: expect.any(String), revoked_at: null },
      ]);
      expect(list.body).not.toContain(token);

      // Someone else's token id is not found for them.
      const foreign = await app.inject(asSession(viewer, { method: 'DELETE', url: `/api/tokens/${id}` }));
      expect([foreign.statusCode, errorCode(foreign)]).toEqual([404, 'not_found']);

      const revoked = await app.inject(asSession(editor, { method: 'DELETE', url: `/api/tokens/${id}` }));
      expect(revoked.statusCode).toBe(204);
      const after = await app.inject(asToken(token, { method: 'GET', url: '/api/entities' }));
      expect([after.statusCode, errorCode(after)]).toEqual([401, 'unauthenticated']);
    });

    it('a token carries its owner role: a viewer token cannot write', async () => {
      const { token } = (await app.inject(asSession(viewer, { method: 'POST', url: '/api/tokens', payload: { name: 'read only' } }))).json();
      const res = await app.inject(asToken(token, { method: 'POST', url: '/api/entities', payload: {} }));
      expect([res.statusCode, errorCode(res)]).toEqual([403, 'forbidden']);
    });
  },
  { reset: false },
);
