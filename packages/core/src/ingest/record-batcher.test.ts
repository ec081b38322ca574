import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSqliteDb, type DbHandle } from '../storage/create-db.js';
import { migrateToLatest } from '../storage/migrate.js';
import { createEntity } from '../registry/create-entity.js';
import { change, cityInput } from '../testing/factories.js';
import type { Fact } from '../extraction/types.js';
import { loadArguments } from '../claims/claims.repository.js';
import { recordBatcher, type Extractor } from './ingest-record.js';
import type { InputRecord } from './input-record.js';
import { ingest, INGEST_CHECKPOINT_PAGES } from './ingest.js';

// Two articles about sister cities; both name a partner the registry does not know at first.
const record = (n: number, city: string, partner: string): InputRecord => ({
  sourcePath: 'test.jsonl',
  sourceRecord: String(n),
  format: 'jsonl',
  raw: `{"n":${n}}`,
  url: `https://cache.ir/n/${n}`,
  title: `خواهرخواندگی ${city} و ${partner}`,
  text: `${city} و ${partner} خواهرخوانده شدند.\nگزارش شماره ${n} درباره ${n === 1 ? 'گردشگری و فرهنگ' : 'حمل و نقل و مترو'} است.`,
});
const extractor: Extractor = {
  version: 'test-cache',
  extract: (a) => [{
    kind: 'agreement', agreement_type: 'sister_city', status: 'signed',
    parties: a.title.replace('خواهرخواندگی ', '').split(' و ').map((fa) => ({ type: 'city', fa })),
    evidence: [{ sentence: a.text.split('\n')[0] as string, start: 0, end: 10 }], confidence: 0.9,
  } as unknown as Fact],
};

let dir = '';
let file = '';
let handle: DbHandle;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shahrnet-batcher-'));
  file = join(dir, 'db.sqlite');
  handle = createSqliteDb(file);
  await migrateToLatest(handle.db);
});
afterAll(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

it('sees what another connection commits between batches (the run keeps name resolutions until then)', async () => {
  const batcher = recordBatcher({ db: handle.db, extractor }, { records: 1 });
  const first = await batcher.add(record(1, 'قزوین', 'کازان'));
  // A reviewer, through another connection, adds Kazan to the registry while the run goes on.
  const reviewer = createSqliteDb(file);
  const kazan = await createEntity(reviewer.db, cityInput('کازان', 'Kazan'), change('a partner city'));
  await reviewer.close();
  const second = await batcher.add(record(2, 'تبریز', 'کازان'));
  await batcher.flush();
  const claims = await handle.db.selectFrom('claim_evidence').select(['article_id', 'claim_id']).execute();
  const claimOf = (article: string | null) => claims.find((c) => c.article_id === article)?.claim_id as string;
  const args = await loadArguments(handle.db, [claimOf(first.articleId), claimOf(second.articleId)]);
  const partner = (claim: string) => args.get(claim)?.find((a) => a.slot === 'parties' && a.position === 1);
  expect(partner(claimOf(first.articleId))).toMatchObject({ link: 'candidate' });
  expect(partner(claimOf(second.articleId))).toMatchObject({ link: 'fuzzy', entityId: kazan.id });
});

it('gives the connection its checkpoint setting back after a run', async () => {
  const file = join(dir, 'checkpoints.jsonl');
  writeFileSync(file, `${JSON.stringify({ url: 'https://cache.ir/c/1', title: 'خواهرخواندگی قزوین و یزد', text: 'قزوین و یزد خواهرخوانده شدند.\nگزارش درباره آب و فاضلاب است.' })}\n`);
  const setting = async () => (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(handle.db)).rows[0]?.wal_autocheckpoint;
  const before = await setting();
  expect(before).not.toBe(INGEST_CHECKPOINT_PAGES);
  const { summary } = await ingest(handle.db, [file], { extractor });
  expect(summary.articles_new).toBe(1);
  expect(await setting()).toBe(before);
});

it('writes the full-text rows of a transaction at its end, without the row of a record the database refused', async () => {
  // A database error after the record's full-text row was queued: its evidence row is refused.
  await sql`create temp trigger refuse_shiraz before insert on claim_evidence when new.sentence like '%شیراز%'
    begin select raise(abort, 'evidence refused'); end`.execute(handle.db);
  try {
    const batcher = recordBatcher({ db: handle.db, extractor }, { records: 10 });
    const kept = await batcher.add(record(11, 'یزد', 'کرمان'));
    await expect(batcher.add(record(12, 'شیراز', 'کرمان'))).rejects.toThrow('evidence refused');
    await batcher.flush();
    const ids = (await sql<{ article_id: string }>`select article_id from article_search`.execute(handle.db)).rows.map((r) => r.article_id);
    expect(ids).toContain(kept.articleId);
    expect(new Set(ids).size).toBe(ids.length);
    const articles = await handle.db.selectFrom('articles').select('id').execute();
    // Every indexed article is stored, and every stored article indexed: the refused one is in neither.
    expect(ids.sort()).toEqual(articles.map((a) => a.id).sort());
    expect(articles.some((a) => a.id === kept.articleId)).toBe(true);
    expect(await handle.db.selectFrom('articles').select('id').where('title', 'like', '%شیراز%').execute()).toEqual([]);
  } finally {
    await sql`drop trigger refuse_shiraz`.execute(handle.db);
  }
});
