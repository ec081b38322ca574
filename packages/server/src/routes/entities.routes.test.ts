import { it, expect, beforeAll, afterAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { addUser, asSession, asToken, buildTestApp, errorCode, signInThroughApi, tokenFor, type TestSession } from '../testing/test-app.js';

const tehran = {
  type: 'city',
  names: [
    { lang: 'fa', text: 'تهران', kind: 'official' },
    { lang: 'en', text: 'Tehran', kind: 'official' },
  ],
  identifiers: { wikidata: 'Q3616' },
  attributes: { country: 'IR', population: 8693706 },
  reason: 'seed for the API test',
};

forEachDialect(
  'entities routes',
  (getDb) => {
    let app: FastifyInstance;
    let editor: TestSession;
    let viewer: TestSession;
    let editorToken: string;
    beforeAll(async () => {
      const { db } = getDb();
      app = await buildTestApp(db);
      editor = await signInThroughApi(app, await addUser(db, 'editor', 'maryam'));
      viewer = await signInThroughApi(app, await addUser(db, 'viewer', 'reza'));
      editorToken = await tokenFor(db, editor.user);
    });
    afterAll(async () => {
      await app.close();
    });

    it('creates, reads with an ETag, and finds an entity by a Persian spelling variant', async () => {
      const created = await app.inject(asSession(editor, { method: 'POST', url: '/api/entities', payload: tehran }));
      expect(created.statusCode).toBe(201);
      const body = created.json();
      expect(body).toMatchObject({ type: 'city', labels: { fa: 'تهران', en: 'Tehran' }, identifiers: { wikidata: 'Q3616' }, version: 1 });
      expect(created.headers.etag).toBe('"1"');

      const read = await app.inject(asSession(viewer, { method: 'GET', url: `/api/entities/${body.id}` }));
      expect(read.statusCode).toBe(200);
      expect(read.headers.etag).toBe('"1"');
      expect(read.json()).toMatchObject({ id: body.id, all_ids: [body.id], attributes: { country: 'IR' }, statements: [] });

      const found = await app.inject(asSession(viewer, { method: 'GET', url: `/api/entities?q=${encodeURIComponent('تهران')}&type=city` }));
      expect(found.statusCode).toBe(200);
      expect(found.json().items[0]).toMatchObject({ id: body.id, type: 'city', labels: { fa: 'تهران' }, match_kind: 'exact' });
      const none = await app.inject(asSession(viewer, { method: 'GET', url: '/api/entities?q=tehran&type=person' }));
      expect(none.json()).toEqual({ items: [], next_cursor: null });
    });

    it('pages search results with an opaque cursor', async () => {
      for (const name of ['Shiraz', 'Isfahan', 'Tabriz']) {
        const res = await app.inject(
          asToken(editorToken, {
            method: 'POST',
            url: '/api/entities',
            payload: { type: 'city', names: [{ lang: 'en', text: name }], reason: 'paging test' },
          }),
        );
        expect(res.statusCode).toBe(201);
      }
      const first = await app.inject(asSession(viewer, { method: 'GET', url: '/api/entities?type=city&limit=2' }));
      const page1 = first.json();
      expect(page1.items).toHaveLength(2);
      expect(page1.next_cursor).toEqual(expect.any(String));
      const second = await app.inject(asSession(viewer, { method: 'GET', url: `/api/entities?type=city&limit=2&cursor=${page1.next_cursor}` }));
      const ids = [...page1.items, ...second.json().items].map((i: { id: string }) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(4);
      const bad = await app.inject(asSession(viewer, { method: 'GET', url: '/api/entities?limit=500' }));
      expect(bad.json().error.details[0].path).toEqual(['querystring', 'limit']);
    });

    it('requires If-Match to update: 428 without, 412 when stale, 200 with the new ETag', async () => {
      const created = (await app.inject(asSession(editor, { method: 'POST', url: '/api/entities', payload: { ...tehran, identifiers: {}, names: [{ lang: 'en', text: 'Karaj' }] } }))).json();
      const url = `/api/entities/${created.id}`;
      const patch = { names: [{ lang: 'en', text: 'Karaj' }, { lang: 'fa', text: 'کرج' }], reason: 'add the Persian name' };
      const missing = await app.inject(asSession(editor, { method: 'PATCH', url, payload: patch }));
      expect([missing.statusCode, errorCode(missing)]).toEqual([428, 'precondition_required']);
      const stale = await app.inject(asSession(editor, { method: 'PATCH', url, payload: patch, headers: { 'if-match': '"7"' } }));
      expect([stale.statusCode, errorCode(stale)]).toEqual([412, 'precondition_failed']);
      const ok = await app.inject(asSession(editor, { method: 'PATCH', url, payload: patch, headers: { 'if-match': '"1"' } }));
      expect(ok.statusCode).toBe(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.json().labels).toEqual({ en: 'Karaj', fa: 'کرج' });
      // Typed with the Arabic kaf (ك), the search still finds it.
      const found = await app.inject(asSession(viewer, { method: 'GET', url: `/api/entities?q=${encodeURIComponent('كرج')}` }));
      expect(found.json().items.map((i: { id: string }) => i.id)).toContain(created.id);
      const noReason = await app.inject(asSession(editor, { method: 'PATCH', url, payload: { names: patch.names }, headers: { 'if-match': '"2"' } }));
      expect(noReason.json().error).toMatchObject({ code: 'validation_failed', details: [{ path: ['body', 'reason'] }] });
    });

    it('merges: the old id redirects to the survivor, and the history names who did it and why', async () => {
      const a = (await app.inject(asSession(editor, { method: 'POST', url: '/api/entities', payload: { type: 'city', names: [{ lang: 'fa', text: 'بوگوتا' }], reason: 'first copy' } }))).json();
      const b = (await app.inject(asToken(editorToken, { method: 'POST', url: '/api/entities', payload: { type: 'city', names: [{ lang: 'en', text: 'Bogota' }], reason: 'second copy' } }))).json();
      const merged = await app.inject(asSession(editor, { method: 'POST', url: `/api/entities/${a.id}/merge`, payload: { into: b.id, reason: 'same city' } }));
      expect(merged.statusCode).toBe(200);
      expect(merged.json()).toMatchObject({ id: b.id, labels: { fa: 'بوگوتا', en: 'Bogota' } });
      expect(merged.json().all_ids.sort()).toEqual([a.id, b.id].sort());

      const old = await app.inject(asSession(viewer, { method: 'GET', url: `/api/entities/${a.id}` }));
      expect(old.json()).toMatchObject({ id: b.id, redirected_from: a.id });

      const self = await app.inject(asSession(editor, { method: 'POST', url: `/api/entities/${b.id}/merge`, payload: { into: b.id, reason: 'oops' } }));
      expect(errorCode(self)).toBe('conflict');

      const history = await app.inject(asSession(viewer, { method: 'GET', url: `/api/entities/${b.id}/history` }));
      expect(history.statusCode).toBe(200);
      const items = history.json().items;
      expect(items[0]).toMatchObject({ action: expect.stringContaining('merge'), actor: { kind: 'user', name: 'maryam' }, reason: 'same city' });
      expect(items.some((h: { actor: { kind: string } }) => h.actor.kind === 'token')).toBe(true);
    });

    it('answers unknown entities with not_found', async () => {
      const res = await app.inject(asSession(viewer, { method: 'GET', url: '/api/entities/no-such-city' }));
      expect([res.statusCode, errorCode(res)]).toEqual([404, 'not_found']);
    });
  },
  { reset: false },
);
