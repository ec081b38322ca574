import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteDb } from '../storage/create-db.js';
import { migrateToLatest } from '../storage/migrate.js';
import { generateCorpus, seededRandom } from './generate-corpus.js';
import { ingest } from './ingest.js';
import { createExtractor } from './extractor.js';

const BIN = fileURLToPath(new URL('../../../cli/bin/shahrnet.mjs', import.meta.url));
const ARTICLES = 400;
const KILLS = 8;
/** Records per transaction of the killed runs (`--batch`). */
const BATCH = 20;

/** Tables written by ingest, with the columns that identify a row; timestamps are left out (they differ run to run). */
const DUMPED: Record<string, string> = {
  articles: `id, url, canonical_url, site, title, language, text, raw_format, raw_hash, content_hash, published, published_precision,
    published_year, source_record, duplicate_of, similarity, minhash, status, error, extractor_version`,
  article_lsh: 'bucket, article_id',
  extracted_facts: 'id, article_id, position, kind, fact, confidence, extractor_version',
  article_entities: 'article_id, entity_id',
  article_search: 'article_id, site, year, body',
};

type Dump = Record<string, unknown[]>;

/**
 * A canonical dump of a database: every row of the ingest tables (ordered, without timestamps), and the
 * row count of every other table (the claims layer's tables, whose ids may be random).
 */
function dump(file: string): Dump {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const out: Dump = {};
    for (const [table, cols] of Object.entries(DUMPED)) {
      out[table] = db.prepare(`SELECT ${cols} FROM ${table} ORDER BY ${cols.split(',').slice(0, 3).join(',')}`).all();
    }
    const virtual = (db.prepare(`SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'`).all() as { name: string }[]).map((r) => r.name);
    const others = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'`).all() as { name: string }[])
      .map((r) => r.name)
      .filter((n) => !(n in DUMPED) && !virtual.some((v) => n.startsWith(`${v}_`)));
    for (const t of others.sort()) out[`count:${t}`] = [db.prepare(`SELECT count(*) AS n FROM "${t}"`).get()];
    return out;
  } finally {
    db.close();
  }
}

function countArticles(file: string): number {
  try {
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Runs `shahrnet ingest` on `dbFile`; with `killAfter`, SIGKILLs it once that many articles are committed (plus a random pause). */
function runIngest(corpus: string, dbFile: string, killAfter?: { articles: number; pauseMs: number }): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    // Small transactions, so that a run of a few hundred records is cut at many points however fast it is.
    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--json', '--batch', String(BATCH)], {
      env: { ...process.env, SHAHRNET_DB: dbFile, DATABASE_URL: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    let timer: NodeJS.Timeout | undefined;
    if (killAfter) {
      timer = setInterval(() => {
        if (countArticles(dbFile) >= killAfter.articles) {
          clearInterval(timer);
          setTimeout(() => child.kill('SIGKILL'), killAfter.pauseMs);
        }
      }, 15);
    }
    child.once('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`ingest exited with ${code}: ${err}`));
    });
  });
}

describe('ingest survives SIGKILL', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shahrnet-crash-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`killed ${KILLS} times at random points, then resumed, ends identical to an uninterrupted run`, async () => {
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, [...generateCorpus(ARTICLES, { seed: 42 })].map((a) => JSON.stringify(a)).join('\n'));

    const reference = join(dir, 'reference.sqlite');
    const ref = createSqliteDb(reference);
    await migrateToLatest(ref.db);
    await ingest(ref.db, [corpus], { extractor: await createExtractor() });
    await ref.close();
    const expected = dump(reference);
    const expectedArticles = new Map((expected.articles as { id: string }[]).map((a) => [a.id, JSON.stringify(a)]));
    const expectedFacts = new Map<string, string[]>();
    for (const f of expected.extracted_facts as { article_id: string; id: string }[]) {
      expectedFacts.set(f.article_id, [...(expectedFacts.get(f.article_id) ?? []), JSON.stringify(f)]);
    }
    expect(expectedArticles.size).toBeGreaterThan(ARTICLES / 2);

    const crashed = join(dir, 'crashed.sqlite');
    const rnd = seededRandom(Date.now() % 100_000);
    let committed = new Set<string>();
    let kills = 0;
    for (let round = 0; round < KILLS * 3 && kills < KILLS; round++) {
      const target = committed.size + 1 + Math.floor(rnd() * (expectedArticles.size / KILLS));
      const outcome = await runIngest(corpus, crashed, { articles: Math.min(target, expectedArticles.size - 1), pauseMs: Math.floor(rnd() * 40) });
      if (outcome === 'killed') kills++;
      const now = dump(crashed);
      const ids = new Set((now.articles as { id: string }[]).map((a) => a.id));
      // No committed article lost.
      for (const id of committed) expect(ids.has(id)).toBe(true);
      // Every stored article is whole: the same row and the same facts as in the uninterrupted run.
      for (const a of now.articles as { id: string }[]) expect(JSON.stringify(a)).toBe(expectedArticles.get(a.id));
      const facts = new Map<string, string[]>();
      for (const f of now.extracted_facts as { article_id: string }[]) facts.set(f.article_id, [...(facts.get(f.article_id) ?? []), JSON.stringify(f)]);
      for (const id of ids) expect(facts.get(id) ?? []).toEqual(expectedFacts.get(id) ?? []);
      expect((now.article_search as unknown[]).length).toBe(ids.size);
      committed = ids;
      if (outcome === 'finished') break;
    }
    expect(kills).toBeGreaterThanOrEqual(KILLS / 2);
    expect(await runIngest(corpus, crashed)).toBe('finished');
    expect(dump(crashed)).toEqual(expected);
  }, 600_000);
});
