import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { change } from '../testing/factories.js';
import { IMPORT_ACTOR } from '../domain/actor.js';
import { defaultDataDir } from '../data-format/read-shipped-data.js';
import { importShippedData } from '../import-export/import-shipped-data.js';
import { createExtractor } from '../ingest/extractor.js';
import { ingest } from '../ingest/ingest.js';
import type { Extractor } from '../ingest/ingest-record.js';
import { entityTimeline } from '../queries/entity-timeline.js';
import { bulkReview } from './bulk-review.js';
import { listClaims } from './list-claims.js';

// Articles written for this test (not taken from any real report).
const QAZVIN = [
  'به گزارش خبرنگار ما، شورای مجمع شهرداران کلانشهرهای ایران روز دوشنبه با عضویت شهر قزوین موافقت کرد و قزوین بیستمین عضو این مجمع شد.',
  'شهردار قزوین در این نشست از اعضای مجمع قدردانی کرد و گفت این عضویت به توسعه همکاری میان شهرها کمک می‌کند.',
].join('\n');
const METROPOLIS = [
  'تهران از سال ۲۰۲۱ عضو هیئت مدیره متروپلیس است.',
  'نمایندگان شهرهای عضو در این نشست مجازی درباره برنامه‌های سال آینده گفت‌وگو کردند.',
].join('\n');
const HAMEDAN = [
  'نشست مجمع شهرداران کلانشهرهای ایران به میزبانی همدان برگزار می‌شود.',
  'در این نشست شهرداران درباره مدیریت پسماند و حمل‌ونقل عمومی گفت‌وگو خواهند کرد.',
].join('\n');

let dir = '';
let extractor: Extractor;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shahrnet-done-'));
  writeFileSync(join(dir, 'qazvin.json'), JSON.stringify({ url: 'https://news-one.example/qazvin-joins', title: 'قزوین عضو مجمع شد', published: '2022-01-12', text: QAZVIN }));
  writeFileSync(
    join(dir, 'more.jsonl'),
    [
      JSON.stringify({ url: 'https://news-two.example/metropolis-board', title: 'تهران در هیئت مدیره متروپلیس', published: '2023-05-03', text: METROPOLIS }),
      JSON.stringify({ url: 'https://news-three.example/hamedan', title: 'نشست مجمع در همدان', published: '2025-01-20', text: HAMEDAN }),
      // The Qazvin story again on another site, re-framed: one more report, not one more claim.
      JSON.stringify({ url: 'https://news-four.example/q', title: 'پیوستن قزوین', published: '2022-01-13', text: `به نقل از پایگاه خبری شهر،\n${QAZVIN}\nپایان خبر` }),
    ].join('\n'),
  );
  extractor = await createExtractor();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

forEachDialect('ingest → review → timelines', (getDb) => {
  it('shows accepted claims of ingested articles on the city and network timelines with the sentence, and a re-run adds nothing', async () => {
    const { db } = getDb();
    await importShippedData(db, defaultDataDir(), IMPORT_ACTOR);
    const first = await ingest(db, [dir], { extractor });
    expect(first.summary).toMatchObject({ articles_new: 3, articles_near_duplicate: 1, articles_failed: 0 });
    expect(first.summary.claims_proposed).toBeGreaterThanOrEqual(3);

    const proposed = (await listClaims(db, { limit: 100 })).items;
    const qazvinClaim = proposed.find((c) => c.kind === 'membership');
    expect(qazvinClaim).toMatchObject({ evidenceCount: 2, sourceCount: 1, fact: { ordinal: 20 } });
    const results = await bulkReview(db, { action: 'accept', items: proposed.map((c) => ({ id: c.id, version: c.version })), createCandidates: true }, change('checked against the reports'));
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(3);

    const qazvin = await entityTimeline(db, 'qazvin');
    const joined = qazvin.items.find((i) => i.statement.kind === 'membership' && i.statement.ordinal === 20);
    expect(joined?.statement.references.map((r) => r.quote)).toContain(QAZVIN.split('\n')[0]);
    expect(joined?.statement.references.map((r) => r.source.url)).toEqual(expect.arrayContaining(['https://news-one.example/qazvin-joins']));

    const board = (await entityTimeline(db, 'tehran')).items.find((i) => i.statement.role === 'board_member' && i.statement.objectId === 'metropolis');
    expect(board?.statement.references[0]).toMatchObject({ quote: METROPOLIS.split('\n')[0], source: { url: 'https://news-two.example/metropolis-board' } });
    const metropolis = await entityTimeline(db, 'metropolis');
    expect(metropolis.items.map((i) => i.statement.id)).toContain(board?.statement.id);
    const assembly = await entityTimeline(db, 'assembly-of-mayors-of-iranian-metropolises');
    expect(assembly.items.some((i) => i.statement.kind === 'organizer' && i.statement.references[0]?.quote === HAMEDAN.split('\n')[0])).toBe(true);

    const counts = async () => ({
      articles: (await db.selectFrom('articles').select('id').execute()).length,
      claims: (await db.selectFrom('claims').select('id').execute()).length,
      evidence: (await db.selectFrom('claim_evidence').select('id').execute()).length,
      statements: (await db.selectFrom('statements').select('id').execute()).length,
    });
    const before = await counts();
    const again = await ingest(db, [dir], { extractor });
    expect(again.summary).toMatchObject({ articles_new: 0, articles_near_duplicate: 0, claims_proposed: 0 });
    expect(await counts()).toEqual(before);
  });
});
