import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { exportICalendar, exportPopolo, exportQuickStatements } from '@shahrnet/core';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { addUser, asSession, buildTestApp, errorCode, signInThroughApi, type TestSession } from '../testing/test-app.js';

forEachDialect(
  'export routes',
  (getDb) => {
    let app: FastifyInstance;
    let publicApp: FastifyInstance;
    let viewer: TestSession;
    beforeAll(async () => {
      const { db } = getDb();
      app = await buildTestApp(db);
      publicApp = await buildTestApp(db, { SHAHRNET_PUBLIC_READ: 'true' });
      const editor = await signInThroughApi(app, await addUser(db, 'editor', 'sara'));
      viewer = await signInThroughApi(app, await addUser(db, 'viewer', 'nima'));
      const create = async (payload: object) => {
        const res = await app.inject(asSession(editor, { method: 'POST', url: '/api/entities', payload: { reason: 'test', ...payload } }));
        expect(res.statusCode, res.body).toBe(201);
        return res.json().id as string;
      };
      const state = async (payload: object) => {
        const res = await app.inject(asSession(editor, { method: 'POST', url: '/api/statements', payload: { reason: 'test', ...payload } }));
        expect(res.statusCode, res.body).toBe(201);
      };
      const city = await create({ type: 'city', names: [{ lang: 'fa', text: 'شهر نمونه' }, { lang: 'en', text: 'Sample City' }], identifiers: { wikidata: 'Q501' } });
      const net = await create({ type: 'organization', names: [{ lang: 'en', text: 'Sample Network' }], identifiers: { wikidata: 'Q502' } });
      const forum = await create({ type: 'event', names: [{ lang: 'fa', text: 'همایش نمونه' }, { lang: 'en', text: 'Sample Forum' }], attributes: { start: '2025-04-02', event_type: 'forum' } });
      await state({ kind: 'membership', subject: city, object: net, role: 'member', start: '2020', references: [{ url: 'https://news.example.org/join' }] });
      await state({ kind: 'host', subject: forum, object: city, references: [{ url: 'https://news.example.org/forum' }] });
      await state({ kind: 'organizer', subject: forum, object: net, references: [{ url: 'https://news.example.org/forum' }] });
    });
    afterAll(async () => {
      await app.close();
      await publicApp.close();
    });

    it('serves the Popolo document, the CSVs and the QuickStatements batch as files, equal to the CLI exports', async () => {
      const { db } = getDb();
      const popolo = await app.inject(asSession(viewer, { method: 'GET', url: '/api/exports/popolo' }));
      expect(popolo.statusCode, popolo.body).toBe(200);
      expect(popolo.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(popolo.headers['content-disposition']).toBe('attachment; filename="shahrnet-popolo.json"');
      expect(popolo.json()).toEqual(JSON.parse(JSON.stringify(await exportPopolo(db))));

      const csv = await app.inject(asSession(viewer, { method: 'GET', url: '/api/exports/csv/memberships' }));
      expect(csv.statusCode, csv.body).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body.startsWith('\uFEFFid,kind,')).toBe(true);
      expect(csv.body).toContain('Sample City');
      const badKind = await app.inject(asSession(viewer, { method: 'GET', url: '/api/exports/csv/gossip' }));
      expect([badKind.statusCode, errorCode(badKind)]).toEqual([400, 'validation_failed']);

      const qs = await app.inject(asSession(viewer, { method: 'GET', url: '/api/exports/quickstatements' }));
      expect(qs.statusCode, qs.body).toBe(200);
      expect(qs.headers['content-type']).toBe('text/plain; charset=utf-8');
      const batch = await exportQuickStatements(db);
      expect(qs.body).toBe(batch.text);
      expect(qs.body.split('\t').slice(0, 5)).toEqual(['Q501', 'P463', 'Q502', 'P580', '+2020-00-00T00:00:00Z/9']);
      expect(qs.headers['x-shahrnet-statements']).toBe('1');
      expect(qs.headers['x-shahrnet-skipped']).toContain('no_wikidata_id=2');
    });

    it('serves the events as a calendar feed, readable without a session when the server is public', async () => {
      const { db } = getDb();
      const closed = await app.inject({ method: 'GET', url: '/api/exports/events.ics' });
      expect([closed.statusCode, errorCode(closed)]).toEqual([401, 'unauthenticated']);
      const feed = await publicApp.inject({ method: 'GET', url: '/api/exports/events.ics?lang=en', headers: { host: 'shahrnet.example.org' } });
      expect(feed.statusCode, feed.body).toBe(200);
      expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(feed.body).toBe(await exportICalendar(db, { lang: 'en', baseUrl: 'http://shahrnet.example.org' }));
      expect(feed.body).toContain('SUMMARY:Sample Forum');
      expect(feed.body).toContain('DTSTART;VALUE=DATE:20250402');
      const unknown = await publicApp.inject({ method: 'GET', url: '/api/exports/events.ics?organization=no-such-org' });
      expect([unknown.statusCode, errorCode(unknown)]).toEqual([404, 'not_found']);
      const badLang = await publicApp.inject({ method: 'GET', url: '/api/exports/events.ics?lang=de' });
      expect([badLang.statusCode, errorCode(badLang)]).toEqual([400, 'validation_failed']);
    });
  },
  { reset: false },
);
