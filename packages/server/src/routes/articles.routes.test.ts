import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ingest, NO_EXTRACTION, recordClaims, type Fact } from '@shahrnet/core';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { ref, reported, seedWorld } from '@shahrnet/core/claims/claims-test-kit.js';
import { addUser, buildTestApp, tokenFor } from '../testing/test-app.js';

// Articles written for this test; one carries markup that must come back as inert text.
const RECORDS = [
  { url: 'https://alpha.example/karaj', title: 'دیدار شهردار كرج', published: '2023-04-02', text: 'شهردار كرج با هیئتی از شهر ایروان دیدار کرد.\nدو طرف درباره حمل‌ونقل گفت‌وگو کردند.' },
  { url: 'https://beta.example/rasht', title: 'بوستان رشت <script>alert(1)</script>', text: 'بوستان تازه‌ای در رشت گشایش یافت. <img src=x onerror="alert(2)">' },
];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shahrnet-articles-routes-'));
  writeFileSync(join(dir, 'a.jsonl'), RECORDS.map((r) => JSON.stringify(r)).join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Page {
  total: number;
  items: { id: string; url: string; published: { value: string } | null; snippet: { text: string; highlights: [number, number][] } | null }[];
  facets: { site: { value: string; count: number }[] } | null;
}

forEachDialect(
  'articles routes',
  (getDb) => {
    let app: FastifyInstance;
    let publicApp: FastifyInstance;
    let token = '';

    beforeAll(async () => {
      const { db } = getDb();
      const w = await seedWorld(db);
      await ingest(db, [dir], { extractor: NO_EXTRACTION });
      const karaj = await db.selectFrom('articles').select('id').where('url', '=', RECORDS[0]?.url ?? '').executeTakeFirstOrThrow();
      const fact = { kind: 'meeting', participants: [ref('city', 'تهران', 'Tehran', w.tehran), ref('city', 'ایروان', 'Yerevan')], ...reported('شهردار كرج با هیئتی از شهر ایروان دیدار کرد.') } as Fact;
      await recordClaims(db, karaj.id, [fact], { extractorVersion: 'test-1', now: '2025-03-01T00:00:00.000Z' });
      token = await tokenFor(db, await addUser(db, 'viewer'));
      app = await buildTestApp(db);
      publicApp = await buildTestApp(db, { SHAHRNET_PUBLIC_READ: 'true' });
    });
    afterAll(async () => {
      await app?.close();
      await publicApp?.close();
    });

    const get = async <T>(target: FastifyInstance, url: string, auth = true) => {
      const res = await target.inject({ method: 'GET', url, headers: auth ? { authorization: `Bearer ${token}` } : {} });
      return { status: res.statusCode, body: res.json() as T };
    };

    it('searches with Persian folding, highlighted snippets and facets', async () => {
      const { status, body } = await get<Page>(app, `/api/articles?q=${encodeURIComponent('شهردار کرج')}`);
      expect(status).toBe(200);
      expect(body.total).toBe(1);
      const snippet = body.items[0]?.snippet;
      expect(snippet?.highlights.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['شهردار', 'کرج']); // the cleaned text has the Persian kaf
      expect(body.facets?.site).toEqual([{ value: 'alpha.example', count: 1 }]);
      expect(body.items[0]?.published?.value).toBe('2023-04-02');
    });

    it('lists the latest articles without a query, dated first', async () => {
      const { body } = await get<Page>(app, '/api/articles?limit=5');
      expect(body.total).toBe(2);
      expect(body.items.map((i) => i.url)).toEqual(['https://alpha.example/karaj', 'https://beta.example/rasht']);
      expect(body.facets).toBeNull();
      expect((await get<Page>(app, '/api/articles?site=beta.example')).body.items).toHaveLength(1);
    });

    it('serves one article with raw text as data and its claims to signed-in users only', async () => {
      const list = (await get<Page>(app, '/api/articles')).body;
      const karaj = list.items.find((i) => i.url.includes('karaj'))?.id ?? '';
      const rasht = list.items.find((i) => i.url.includes('rasht'))?.id ?? '';
      const detail = (await get<{ claims: { kind: string; status: string }[]; text: string }>(app, `/api/articles/${karaj}`)).body;
      expect(detail.claims.map((c) => [c.kind, c.status])).toEqual([['meeting', 'proposed']]);
      expect(detail.text).toContain('ایروان');
      const anonymous = await get<{ claims: unknown[] }>(publicApp, `/api/articles/${karaj}`, false);
      expect(anonymous.status).toBe(200);
      expect(anonymous.body.claims).toEqual([]);
      expect((await get<unknown>(app, `/api/articles/${karaj}`, false)).status).toBe(401);
      const markup = (await get<{ title: string; raw: string }>(app, `/api/articles/${rasht}`)).body;
      expect(markup.title).toContain('<script>');
      expect(markup.raw).toContain('onerror');
      expect((await get<{ error: { code: string } }>(app, '/api/articles/no-such-article')).body.error.code).toBe('not_found');
    });
  },
  { reset: false },
);
