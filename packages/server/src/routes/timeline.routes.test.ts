import { it, expect, beforeAll, afterAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { addUser, asSession, buildTestApp, errorCode, signInThroughApi, type TestSession } from '../testing/test-app.js';
import { entityDetailSchema } from './entities.schemas.js';
import { timelineSchema } from './queries.routes.js';

forEachDialect(
  'timeline and coordinates routes',
  (getDb) => {
    let app: FastifyInstance;
    let editor: TestSession;
    let viewer: TestSession;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      const { db } = getDb();
      app = await buildTestApp(db);
      editor = await signInThroughApi(app, await addUser(db, 'editor', 'maryam'));
      viewer = await signInThroughApi(app, await addUser(db, 'viewer', 'reza'));
      const create = async (payload: object) => (await app.inject(asSession(editor, { method: 'POST', url: '/api/entities', payload: { reason: 'test', ...payload } }))).json().id as string;
      ids.shiraz = await create({ type: 'city', names: [{ lang: 'fa', text: 'شیراز' }, { lang: 'en', text: 'Shiraz' }], attributes: { coordinates: { lat: 29.61, lon: 52.53 } } });
      ids.karaj = await create({ type: 'city', names: [{ lang: 'en', text: 'Karaj' }] });
      ids.net = await create({ type: 'organization', names: [{ lang: 'en', text: 'Metropolis' }] });
      ids.congress = await create({ type: 'event', names: [{ lang: 'en', text: 'World Congress' }], attributes: { start: '2017-10', event_type: 'congress', ordinal: 12 } });
      for (const [start, url] of [['2009', 'a'], ['2020-05-01', 'b']] as const) {
        const res = await app.inject(asSession(editor, { method: 'POST', url: '/api/statements', payload: { kind: 'membership', subject: ids.shiraz, object: ids.net, role: 'member', start, references: [{ url: `https://example.org/t/${url}` }] } }));
        expect(res.statusCode).toBe(201);
      }
    });
    afterAll(async () => {
      await app.close();
    });

    it('gives the global timeline newest first with events, keyset pages and kind/date filters', async () => {
      const first = await app.inject(asSession(viewer, { method: 'GET', url: '/api/timeline?limit=2' }));
      expect(first.statusCode, first.body).toBe(200);
      const page = first.json();
      expect(page.items.map((i: { type: string; date: { value: string } }) => [i.type, i.date.value])).toEqual([['statement', '2020-05-01'], ['event', '2017-10']]);
      expect(page.items[0].statement.subject).toMatchObject({ id: ids.shiraz, labels: { en: 'Shiraz' } });
      expect(page.items[1]).toMatchObject({ event: { id: ids.congress }, event_type: 'congress', ordinal: 12 });
      const second = (await app.inject(asSession(viewer, { method: 'GET', url: `/api/timeline?limit=2&cursor=${page.next_cursor}` }))).json();
      expect(second.items.map((i: { date: { value: string } }) => i.date.value)).toEqual(['2009']);
      expect(second.next_cursor).toBeNull();
      const events = (await app.inject(asSession(viewer, { method: 'GET', url: '/api/timeline?kinds=event' }))).json();
      expect(events.items).toHaveLength(1);
      const ranged = (await app.inject(asSession(viewer, { method: 'GET', url: '/api/timeline?from=2010&to=2019&order=asc' }))).json();
      expect(ranged.items.map((i: { type: string }) => i.type)).toEqual(['event']);
      const bad = await app.inject(asSession(viewer, { method: 'GET', url: '/api/timeline?kinds=gossip' }));
      expect([bad.statusCode, errorCode(bad)]).toEqual([400, 'validation_failed']);
    });

    it('writes the entity page and the entity timeline (plain JSON.stringify, no zod pass) exactly in the shape of their schemas', async () => {
      // A statement with a post, on-behalf-of and two references, so every nested shape is in the bodies.
      const mayor = (await app.inject(asSession(editor, { method: 'POST', url: '/api/entities', payload: { type: 'person', names: [{ lang: 'fa', text: 'شهردار' }], reason: 'test' } }))).json().id as string;
      const post = (await app.inject(asSession(editor, { method: 'POST', url: '/api/entities', payload: { type: 'post', names: [{ lang: 'en', text: 'Mayor of Shiraz' }], reason: 'test' } }))).json().id as string;
      const res = await app.inject(asSession(editor, {
        method: 'POST',
        url: '/api/statements',
        payload: {
          kind: 'membership', subject: mayor, object: ids.net, post, role: 'co_president', on_behalf_of: ids.shiraz, end: 'jalali:1401',
          references: [{ url: 'https://example.org/t/c', title: 'گزارش', publisher: 'ایرنا', published: '2021-02-03', quote: 'جمله' }, { url: 'https://example.org/t/d' }],
        },
      }));
      expect(res.statusCode, res.body).toBe(201);
      for (const [url, schema] of [[`/api/entities/${ids.shiraz}`, entityDetailSchema], [`/api/entities/${ids.shiraz}/timeline`, timelineSchema], [`/api/entities/${ids.net}`, entityDetailSchema], [`/api/entities/${ids.net}/timeline`, timelineSchema]] as const) {
        const read = await app.inject(asSession(viewer, { method: 'GET', url }));
        expect(read.statusCode, read.body).toBe(200);
        const body = read.json();
        // Parsing strips unknown keys and checks every type: equal means nothing more and nothing else.
        expect(schema.parse(body), url).toEqual(body);
        expect(JSON.stringify(body)).toContain('co_president');
      }
    });

    it('gives coordinates of many cities in one call, leaving out those without', async () => {
      const res = await app.inject(asSession(viewer, { method: 'GET', url: `/api/cities/coordinates?ids=${ids.shiraz},${ids.karaj},${ids.net},nope` }));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ items: [{ city: { id: ids.shiraz, type: 'city', labels: { fa: 'شیراز', en: 'Shiraz' } }, lat: 29.61, lon: 52.53 }] });
      const empty = await app.inject(asSession(viewer, { method: 'GET', url: '/api/cities/coordinates?ids=' }));
      expect(empty.statusCode).toBe(400);
    });
  },
  { reset: false },
);
