import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { ingest } from '../ingest/ingest.js';
import { NO_EXTRACTION } from '../ingest/extractor.js';
import { searchArticles } from './search-articles.js';

// Our own sentences. The Kermanshah article is written with Arabic kaf/yeh on purpose.
const RECORDS = [
  { url: 'https://a.ir/1', title: 'سفر شهردار كرمانشاه به اربيل', published: '2022-03-01', text: 'شهردار كرمانشاه براي گفت‌وگو درباره همكاري‌هاي شهري به اربيل سفر كرد.\nاين سفر سه روز طول مي‌كشد.' },
  { url: 'https://b.ir/2', title: 'نشست شورای شهر یزد', published: '2023-06-10', text: 'اعضای شورای شهر یزد درباره بافت تاریخی و گردشگری گفت‌وگو کردند.\nشهردار کرمانشاه نیز پیامی به این نشست فرستاد.' },
  { url: 'https://b.ir/3', title: 'بوستان تازه در رشت', published: '2023-01-20', text: 'بوستان تازه‌ای در شمال رشت گشایش یافت و شهروندان از آن استقبال کردند.' },
];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shahrnet-search-'));
  writeFileSync(join(dir, 'a.jsonl'), RECORDS.map((r) => JSON.stringify(r)).join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

forEachDialect('searchArticles', (getDb) => {
  beforeAll(async () => {
    await ingest(getDb().db, [dir], { extractor: NO_EXTRACTION });
  });

  it('finds Arabic-letter spellings with a Persian query and marks the matched words', async () => {
    const result = await searchArticles(getDb().db, { q: 'شهردار کرمانشاه' });
    expect(result.total).toBe(2);
    expect(result.items.map((i) => i.url).sort()).toEqual(['https://a.ir/1', 'https://b.ir/2']);
    const arabic = result.items.find((i) => i.url === 'https://a.ir/1');
    const marked = arabic?.snippet.highlights.map(([s, e]) => arabic.snippet.text.slice(s, e));
    // Stored text is the cleaned display form, so the Arabic kaf/yeh of the source are Persian letters now.
    expect(marked).toEqual(['شهردار', 'کرمانشاه']);
    const titleMarks = arabic?.title.highlights.map(([s, e]) => arabic.title.text.slice(s, e));
    expect(titleMarks).toEqual(['شهردار', 'کرمانشاه']);
  });

  it('ANDs the words, filters and counts facets over all matches', async () => {
    const db = getDb().db;
    expect((await searchArticles(db, { q: 'کرمانشاه رشت' })).total).toBe(0);
    const all = await searchArticles(db, { q: 'شهردار' });
    expect(all.facets.site).toEqual([{ value: 'a.ir', count: 1 }, { value: 'b.ir', count: 1 }]);
    const byYear = await searchArticles(db, { q: 'کرمانشاه', year: 2023 });
    expect(byYear.items.map((i) => i.url)).toEqual(['https://b.ir/2']);
    expect((await searchArticles(db, { q: 'کرمانشاه' })).facets.year).toEqual([{ value: 2023, count: 1 }, { value: 2022, count: 1 }]);
    expect((await searchArticles(db, { q: 'بوستان', site: 'a.ir' })).total).toBe(0);
  });

  it('rejects a query without words', async () => {
    await expect(searchArticles(getDb().db, { q: ' ... ' })).rejects.toThrow(/no words/);
  });
}, { reset: false });
