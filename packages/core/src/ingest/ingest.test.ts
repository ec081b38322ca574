import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { ingest } from './ingest.js';
import { NO_EXTRACTION } from './extractor.js';
import type { Extractor } from './ingest-record.js';
import type { Fact } from '../extraction/types.js';

// Our own test sentences (not from any real article).
const BODY_A = [
  'شهردار قزوین صبح امروز با هیئتی از شهر کازان در ساختمان شهرداری دیدار کرد.',
  'در این دیدار دو طرف درباره همکاری در زمینه گردشگری و حمل و نقل عمومی گفت‌وگو کردند.',
  'قرار است کارگروهی مشترک برای پیگیری این توافق‌ها تا پایان ماه آینده تشکیل شود.',
  'شهردار کازان نیز از تجربه شهر خود در مدیریت بافت تاریخی سخن گفت.',
  'این نخستین سفر رسمی هیئتی از کازان به قزوین در سال جاری است.',
].join('\n');
const BODY_B = [
  'نشست کارگروه شهرهای خلاق با حضور نمایندگان هفت شهر در اصفهان برگزار شد.',
  'موضوع اصلی این نشست صنایع دستی و نقش آن در اقتصاد محلی بود.',
  'نمایندگان شهرها تجربه‌های خود را در زمینه آموزش هنرمندان جوان ارائه کردند.',
  'نشست بعدی این کارگروه در پاییز سال آینده در شهر تبریز برگزار خواهد شد.',
].join('\n');
const BODY_C = [
  'معاون شهردار مشهد از آغاز طرح تازه فضای سبز در حاشیه شهر خبر داد.',
  'این طرح با مشارکت شهروندان و گروه‌های داوطلب محلی اجرا می‌شود.',
  'بیش از ده هزار نهال در مرحله نخست در بوستان‌های جنوبی شهر کاشته خواهد شد.',
].join('\n');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shahrnet-ingest-'));
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), `دیدار شهردار قزوین با هیئت کازان\n\n${BODY_A}\n`);
  writeFileSync(
    join(dir, 'nested', 'b.html'),
    `<html><head><title>نشست شهرهای خلاق در اصفهان</title></head><body><nav>خانه | اخبار</nav><article>${BODY_B.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  const lines = [
    JSON.stringify({ url: 'https://www.Example-News.ir/news/1?utm_source=x', title: 'طرح فضای سبز مشهد', published: '2023-05-02T10:00:00+03:30', text: BODY_C }),
    '{ not json',
    JSON.stringify({ url: 'https://example-news.ir/news/1', title: 'تکرار', text: 'متن دیگری که همان نشانی را دارد' }),
    JSON.stringify({ url: 'https://other.ir/x', title: 'بدون متن' }),
    // The same story syndicated by another site: other framing, letter variants, one sentence changed.
    JSON.stringify({
      url: 'https://syndicate.ir/p/77',
      title: 'دیدار شهردار قزوین و کازان',
      published: '2023',
      text: `به گزارش خبرگزاری شهر،\n${BODY_A.replace(/ی/g, 'ي').replace('گردشگری', 'فرهنگ')}\nانتهای پیام`,
    }),
  ];
  writeFileSync(join(dir, 'nested', 'deeper', 'c.jsonl'), `${lines.join('\n')}\n`);
  writeFileSync(
    join(dir, 'feed.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>خبر</title>
<item><title>نشست شهرهای خلاق</title><link>https://feed.ir/1</link><pubDate>Tue, 02 May 2023 08:00:00 GMT</pubDate><content:encoded><![CDATA[${BODY_B.split('\n').map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>
<item><title>بی‌متن</title><link>https://feed.ir/2</link></item>
</channel></rss>`,
  );
  writeFileSync(
    join(dir, 'atom.xml'),
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>سفر شهردار تبریز به کازان</title><link rel="alternate" href="https://atom.ir/e/1"/><updated>2022-11-05T00:00:00Z</updated><content type="html">&lt;p&gt;شهردار تبریز برای امضای سند همکاری دو شهر راهی کازان شد.&lt;/p&gt;&lt;p&gt;در این سفر درباره برگزاری هفته فرهنگی دو شهر نیز گفت‌وگو خواهد شد.&lt;/p&gt;</content></entry></feed>`,
  );
  writeFileSync(join(dir, 'broken.json'), '{"url": "https://x.ir"');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

forEachDialect('ingest', (getDb) => {
  it('stores every readable article once, links the syndicated copy and reports bad records with their place', async () => {
    const { db } = getDb();
    const { summary, failures } = await ingest(db, [dir, join(dir, 'missing.txt')], { extractor: NO_EXTRACTION });
    // new: a.txt, b.html, c.jsonl line 1, atom entry. feed item 1 repeats b.html's text: duplicate.
    expect(summary).toEqual({ articles_new: 4, articles_duplicate: 2, articles_near_duplicate: 1, articles_failed: 5, claims_proposed: 0 });
    const where = failures.map((f) => `${f.source.slice(dir.length)}|${f.line ?? f.record ?? ''}`).sort();
    expect(where).toEqual(['/broken.json|', '/feed.xml|item 2', '/missing.txt|', '/nested/deeper/c.jsonl|2', '/nested/deeper/c.jsonl|4'].sort());
    const rows = await db.selectFrom('articles').selectAll().orderBy('id').execute();
    expect(rows).toHaveLength(5);
    const mashhad = rows.find((r) => r.title === 'طرح فضای سبز مشهد');
    expect(mashhad).toMatchObject({ canonical_url: 'https://example-news.ir/news/1', site: 'example-news.ir', published: '2023-05-02', published_precision: 'day', published_year: 2023 });
    const copy = rows.find((r) => r.site === 'syndicate.ir');
    const original = rows.find((r) => r.raw_format === 'txt');
    expect(copy?.duplicate_of).toBe(original?.id);
    expect(copy?.similarity).toBeGreaterThan(0.5);
    expect(copy?.published_precision).toBe('year');
    expect(rows.find((r) => r.raw_format === 'atom')).toMatchObject({ url: 'https://atom.ir/e/1', published: '2022-11-05' });
    const lsh = await db.selectFrom('article_lsh').select('article_id').distinct().execute();
    expect(lsh.map((r) => r.article_id)).not.toContain(copy?.id);
  });

  it('adds nothing when the same inputs are ingested again', async () => {
    const { db } = getDb();
    await ingest(db, [dir], { extractor: NO_EXTRACTION });
    const before = await db.selectFrom('articles').select(['id', 'ingested_at']).orderBy('id').execute();
    const { summary } = await ingest(db, [dir], { extractor: NO_EXTRACTION });
    expect(summary.articles_new + summary.articles_near_duplicate).toBe(0);
    expect(summary.articles_duplicate).toBe(7);
    expect(await db.selectFrom('articles').select(['id', 'ingested_at']).orderBy('id').execute()).toEqual(before);
  });
});

forEachDialect('ingest in batches', (getDb) => {
  // Three stories, each stating one sister-city agreement; the second makes a claim write fail half-way.
  const topics = ['حمل و نقل عمومی و مترو', 'مدیریت پسماند و بازیافت', 'فضای سبز و بوستان‌های شهری'];
  const stories = ['کازان', 'تبریز', 'یزد'].map((city, i) => ({
    url: `https://batch.ir/n/${i}`,
    title: `خواهرخواندگی قزوین و ${city}`,
    text: `تفاهم‌نامه خواهرخواندگی قزوین و ${city} امضا شد.\nشهرداران ${city} و قزوین درباره ${topics[i]} گفت‌وگو کردند.\nنشست بعدی در ${city} برگزار می‌شود.`,
  }));
  const agreement = (article: { title: string }, sentence: string | null): Fact => ({
    kind: 'agreement', agreement_type: 'sister_city', status: 'signed',
    parties: [{ type: 'city', fa: 'قزوین', en: 'Qazvin' }, { type: 'city', fa: article.title.split(' و ')[1] as string }],
    evidence: [{ sentence: sentence as string, start: 0, end: 10 }], confidence: 0.9,
  }) as unknown as Fact;
  const extractor = (failOn: string | null): Extractor => ({
    version: 'test-batch',
    // A null sentence breaks the NOT NULL evidence column after the article, its index rows and facts are written.
    extract: (a) => [agreement(a, a.text.includes(failOn ?? '\u0000') ? null : 'تفاهم‌نامه امضا شد.')],
  });

  it('undoes only the record that failed: the records before it are committed whole, a re-run completes the rest', async () => {
    const { db } = getDb();
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, stories.map((s) => JSON.stringify(s)).join('\n'));
    const progress: number[] = [];
    await expect(ingest(db, [file], { extractor: extractor('تبریز'), onProgress: (p) => progress.push(p.done), batch: { records: 50 } })).rejects.toThrow();
    expect(progress).toEqual([1]);
    const stored = await db.selectFrom('articles').select(['id', 'url']).execute();
    expect(stored.map((r) => r.url)).toEqual(['https://batch.ir/n/0']);
    // Nothing of the failed record was left: no facts, search rows or evidence but the first article's.
    const id = stored[0]?.id as string;
    for (const t of ['extracted_facts', 'article_search', 'claim_evidence'] as const) {
      const rows = await db.selectFrom(t).select('article_id').execute();
      expect(rows.map((r) => r.article_id)).toEqual([id]);
    }
    const again = await ingest(db, [file], { extractor: extractor(null), onProgress: (p) => progress.push(p.done), batch: { records: 2 } });
    expect(again.summary).toMatchObject({ articles_new: 2, articles_duplicate: 1 });
    expect(progress.slice(1)).toEqual([1, 2, 3]);
    expect(await db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 3 });
  });
});

describe('ingest progress', () => {
  it('is covered per dialect above; here: the summary keys are the CLI contract', async () => {
    const { emptySummary } = await import('./ingest.js');
    expect(Object.keys(emptySummary())).toEqual(['articles_new', 'articles_duplicate', 'articles_near_duplicate', 'articles_failed', 'claims_proposed']);
  });
});
