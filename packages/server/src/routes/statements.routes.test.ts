import { it, expect, beforeAll, afterAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { addUser, asSession, asToken, buildTestApp, errorCode, signInThroughApi, tokenFor, type TestSession } from '../testing/test-app.js';

forEachDialect(
  'statements routes',
  (getDb) => {
    let app: FastifyInstance;
    let editor: TestSession;
    let reviewer: TestSession;
    let editorToken: string;
    let city: string;
    let network: string;
    beforeAll(async () => {
      const { db } = getDb();
      app = await buildTestApp(db);
      editor = await signInThroughApi(app, await addUser(db, 'editor', 'maryam'));
      reviewer = await signInThroughApi(app, await addUser(db, 'reviewer', 'sara'));
      editorToken = await tokenFor(db, editor.user);
      const create = async (payload: object) =>
        (await app.inject(asSession(editor, { method: 'POST', url: '/api/entities', payload }))).json().id as string;
      city = await create({ type: 'city', names: [{ lang: 'fa', text: 'مشهد' }, { lang: 'en', text: 'Mashhad' }], reason: 'test' });
      network = await create({ type: 'organization', names: [{ lang: 'en', text: 'Metropolis' }], reason: 'test' });
    });
    afterAll(async () => {
      await app.close();
    });

    const membership = () => ({
      kind: 'membership',
      subject: city,
      object: network,
      role: 'member',
      start: 'jalali:1390',
      how: 'joined',
      references: [{ url: 'https://example.org/news/1', title: 'یک خبر ساختگی', published: '2011-05-02', quote: 'عضویت شهر' }],
    });

    it('creates a statement with its source, Jalali start converted, and linked entities as summaries', async () => {
      const res = await app.inject(asSession(editor, { method: 'POST', url: '/api/statements', payload: membership() }));
      expect(res.statusCode).toBe(201);
      const s = res.json();
      expect(s).toMatchObject({
        kind: 'membership',
        subject: { id: city, type: 'city', labels: { fa: 'مشهد', en: 'Mashhad' } },
        object: { id: network, type: 'organization' },
        post: null,
        start: { value: '2011-03-21', precision: 'year', calendar: 'jalali' },
        end: null,
        rank: 'normal',
        status: 'accepted',
        version: 1,
        references: [{ url: 'https://example.org/news/1', title: 'یک خبر ساختگی', published: { value: '2011-05-02', precision: 'day' }, quote: 'عضویت شهر' }],
      });
      expect(res.headers.etag).toBe('"1"');
      const read = await app.inject(asSession(editor, { method: 'GET', url: `/api/statements/${s.id}` }));
      expect(read.json()).toEqual(s);
      const page = await app.inject(asSession(editor, { method: 'GET', url: `/api/entities/${network}` }));
      expect(page.json().statements.map((x: { id: string }) => x.id)).toContain(s.id);
    });

    it('refuses a statement without a reference, with the path of the problem', async () => {
      const res = await app.inject(asSession(editor, { method: 'POST', url: '/api/statements', payload: { ...membership(), references: [] } }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].path).toEqual(['body', 'references']);
      const wrongType = await app.inject(asSession(editor, { method: 'POST', url: '/api/statements', payload: { ...membership(), kind: 'participation', role: undefined } }));
      // A participation links an event, not an organization.
      expect([wrongType.statusCode, errorCode(wrongType)]).toEqual([400, 'validation_failed']);
    });

    it('edits one statement with If-Match (428 without, 412 stale), a reason and a source that joins its references', async () => {
      const created = (await app.inject(asSession(editor, { method: 'POST', url: '/api/statements', payload: membership() }))).json();
      const body = { ordinal: 12, start: 'jalali:1390-02-10', reason: 'the secretariat list gives the ordinal', reference: { url: 'https://example.org/news/edit', title: 'فهرست اعضا', quote: 'عضو دوازدهم' } };
      const url = `/api/statements/${created.id}`;
      const noMatch = await app.inject(asSession(editor, { method: 'PATCH', url, payload: body }));
      expect([noMatch.statusCode, errorCode(noMatch)]).toEqual([428, 'precondition_required']);
      const stale = await app.inject(asSession(editor, { method: 'PATCH', url, payload: body, headers: { 'if-match': '"7"' } }));
      expect([stale.statusCode, errorCode(stale)]).toEqual([412, 'precondition_failed']);
      const noSource = await app.inject(asSession(editor, { method: 'PATCH', url, payload: { ...body, reference: undefined }, headers: { 'if-match': '"1"' } }));
      expect(noSource.statusCode).toBe(400);
      const noReason = await app.inject(asSession(editor, { method: 'PATCH', url, payload: { ...body, reason: ' ' }, headers: { 'if-match': '"1"' } }));
      expect(noReason.statusCode).toBe(400);
      const ok = await app.inject(asSession(editor, { method: 'PATCH', url, payload: body, headers: { 'if-match': '"1"' } }));
      expect(ok.statusCode).toBe(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.json()).toMatchObject({ ordinal: 12, start: { value: '2011-04-30', precision: 'day', calendar: 'jalali' }, version: 2 });
      expect(ok.json().references.map((r: { url: string }) => r.url)).toEqual(['https://example.org/news/1', 'https://example.org/news/edit']);
      const history = (await app.inject(asSession(editor, { method: 'GET', url: `/api/entities/${city}/history` }))).json();
      expect(history.items[0]).toMatchObject({ action: 'statement.update', reason: 'the secretariat list gives the ordinal', after: { ordinal: 12 } });
      const cleared = await app.inject(asToken(editorToken, { method: 'PATCH', url, payload: { ordinal: null, reason: 'misread', reference: { url: 'https://example.org/news/edit2' } }, headers: { 'if-match': '"2"' } }));
      expect(cleared.json()).toMatchObject({ ordinal: null, version: 3 });
    });

    it('ends, deprecates and (as reviewer) rejects, keeping every statement', async () => {
      const id = (await app.inject(asToken(editorToken, { method: 'POST', url: '/api/statements', payload: membership() }))).json().id;
      const ended = await app.inject(asSession(editor, { method: 'POST', url: `/api/statements/${id}/end`, payload: { end: '2020-01', reason: 'left the network' }, headers: { 'if-match': '"1"' } }));
      expect(ended.statusCode).toBe(200);
      expect(ended.json()).toMatchObject({ end: { value: '2020-01', precision: 'month' }, version: 2 });
      expect(ended.headers.etag).toBe('"2"');
      const again = await app.inject(asSession(editor, { method: 'POST', url: `/api/statements/${id}/end`, payload: { end: '2021', reason: 'twice' } }));
      expect(errorCode(again)).toBe('conflict');
      const stale = await app.inject(asSession(editor, { method: 'POST', url: `/api/statements/${id}/deprecate`, payload: { reason: 'x' }, headers: { 'if-match': '"1"' } }));
      expect(errorCode(stale)).toBe('precondition_failed');

      const deprecated = await app.inject(asSession(editor, { method: 'POST', url: `/api/statements/${id}/deprecate`, payload: { reason: 'superseded' } }));
      expect(deprecated.json()).toMatchObject({ rank: 'deprecated' });

      const editorReject = await app.inject(asSession(editor, { method: 'POST', url: `/api/statements/${id}/reject`, payload: { reason: 'wrong' } }));
      expect(errorCode(editorReject)).toBe('forbidden');
      const rejected = await app.inject(asSession(reviewer, { method: 'POST', url: `/api/statements/${id}/reject`, payload: { reason: 'the source says otherwise' } }));
      expect(rejected.statusCode).toBe(200);
      expect(rejected.json()).toMatchObject({ status: 'rejected' });
      const still = await app.inject(asSession(editor, { method: 'GET', url: `/api/statements/${id}` }));
      expect(still.statusCode).toBe(200);

      const history = (await app.inject(asSession(editor, { method: 'GET', url: `/api/entities/${city}/history` }))).json().items;
      const actions = history.map((h: { action: string }) => h.action);
      expect(actions).toEqual(expect.arrayContaining(['statement.end', 'statement.deprecate']));
      expect(history.find((h: { action: string }) => h.action === 'statement.end')).toMatchObject({ reason: 'left the network', target: { type: 'statement', id } });
    });

    it('answers an unknown statement with not_found', async () => {
      const res = await app.inject(asSession(editor, { method: 'POST', url: '/api/statements/nope/deprecate', payload: { reason: 'x' } }));
      expect([res.statusCode, errorCode(res)]).toEqual([404, 'not_found']);
    });
  },
  { reset: false },
);
