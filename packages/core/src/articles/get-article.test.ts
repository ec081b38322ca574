import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { IMPORT_ACTOR } from '../domain/actor.js';
import { defaultDataDir } from '../data-format/read-shipped-data.js';
import { importShippedData } from '../import-export/import-shipped-data.js';
import { createExtractor } from '../ingest/extractor.js';
import { ingest } from '../ingest/ingest.js';
import type { Extractor } from '../ingest/ingest-record.js';
import { forEachDialect } from '../testing/dialects.js';
import { getArticle } from './get-article.js';
import { listArticles } from './list-articles.js';

// Sentences written for this test.
const STORY = [
  'به گزارش خبرنگار ما، شورای مجمع شهرداران کلانشهرهای ایران روز دوشنبه با عضویت شهر زنجان موافقت کرد و زنجان بیستمین عضو این مجمع شد.',
  'شهردار زنجان از این تصمیم استقبال کرد.',
].join('\n');
const OTHER = 'بوستان تازه‌ای در شمال رشت گشایش یافت و شهروندان از آن استقبال کردند.';

let dir = '';
let extractor: Extractor;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shahrnet-get-article-'));
  writeFileSync(
    join(dir, 'a.jsonl'),
    [
      { url: 'https://one.example/zanjan', title: 'زنجان عضو مجمع شد', published: '2022-02-01', text: STORY },
      { url: 'https://two.example/zanjan-copy', title: 'پیوستن زنجان', published: '2022-02-02', text: `به نقل از خبرگزاری،\n${STORY}\nپایان` },
      { url: 'https://two.example/rasht', title: 'بوستان رشت', text: OTHER },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  extractor = await createExtractor();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

forEachDialect('getArticle / listArticles', (getDb) => {
  beforeAll(async () => {
    await importShippedData(getDb().db, defaultDataDir(), IMPORT_ACTOR);
    await ingest(getDb().db, [dir], { extractor });
  });

  it('lists the latest articles first, undated last, filtered by a mentioned entity', async () => {
    const { db } = getDb();
    const all = await listArticles(db);
    expect(all.total).toBe(3);
    expect(all.items.map((a) => a.url)).toEqual(['https://two.example/zanjan-copy', 'https://one.example/zanjan', 'https://two.example/rasht']);
    const zanjan = await listArticles(db, { entity: 'zanjan' });
    expect(zanjan.items.map((a) => a.url).sort()).toEqual(['https://one.example/zanjan', 'https://two.example/zanjan-copy']);
    expect((await listArticles(db, { site: 'two.example', limit: 1 })).items).toHaveLength(1);
    await expect(listArticles(db, { limit: 0 })).rejects.toThrow(/limit/);
  });

  it('returns raw and cleaned text, the near-duplicate family and the claims read from it', async () => {
    const { db } = getDb();
    const copy = (await listArticles(db, { site: 'two.example' })).items.find((a) => a.url?.endsWith('zanjan-copy'));
    expect(copy?.duplicateOf).toBeTruthy();
    const detail = await getArticle(db, copy?.id ?? '');
    expect(detail.raw).toContain('پایان');
    expect(detail.text).toContain('زنجان');
    expect(detail.duplicates.map((d) => d.url)).toEqual(['https://one.example/zanjan']);
    const membership = detail.claims.find((c) => c.kind === 'membership');
    expect(membership?.status).toBe('proposed');
    expect(membership?.evidence.some((e) => e.articleId === detail.id)).toBe(true);
    const original = await getArticle(db, detail.duplicates[0]?.id ?? '');
    expect(original.duplicates.map((d) => d.id)).toEqual([detail.id]);
    expect(original.claims.map((c) => c.id)).toContain(membership?.id);
    await expect(getArticle(db, 'no-such-article')).rejects.toThrow(/not found/);
  });
}, { reset: false });
