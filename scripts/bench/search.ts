/**
 * `npm run bench -- search [--json] [--articles N] [--queries Q]`: full-text search latency over a generated
 * SQLite corpus (default 200,000 articles; the size used is printed). The store is filled directly: the shipped
 * registry is imported, each article is prepared by the ingest code (cleaned, folded, hashed) and run through
 * the extractor, and the entities its facts mention go into `article_entities` exactly as ingest writes them
 * (so the entity facet counts real rows), without claims. Then `searchArticles` runs a mix of one- and
 * two-word queries and phrases, each call including the page, the total, the facets and the snippets. Prints p50/p95/p99 in ms; one JSON object with --json. `--db FILE` keeps the database in FILE
 * and reuses it when it exists (repeated runs while tuning; the size printed is the stored article count).
 */
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import {
  createExtractor, createSqliteDb, defaultDataDir, encodeSignature, entityIdsOf, generateCorpus, importShippedData, IMPORT_ACTOR,
  migrateToLatest, prepareArticle, searchArticles, seededRandom,
} from '@shahrnet/core';
import { argValue } from './lib/args.js';
import { machine, type MachineFigures } from './lib/machine.js';

/** Result of the search benchmark (snake_case keys, as printed). */
export interface SearchBenchResult {
  name: 'search';
  /** The machine the figures come from (`machine`). */
  machine: MachineFigures;
  articles: number;
  queries: number;
  search_p50_ms: number;
  search_p95_ms: number;
  search_p99_ms: number;
  mean_hits: number;
  /** Rows of article_entities (entity mentions the entity facet counts). */
  entity_mentions: number;
  build_seconds: number;
  db_bytes: number;
  db_bytes_per_article: number;
}

const QUERIES = [
  'تهران', 'شهردار تهران', 'مشهد', 'كرمانشاه', 'قزوين', 'متروپلیس', 'مجمع شهرداران', 'خواهرخواندگی', 'تفاهم‌نامه',
  'کیفیت هوا', 'مدیریت پسماند', 'سرکنسول', 'کازان تبریز', 'بارسلون', 'دبیرخانه', 'هیئت مدیره', 'نایب رئیس',
  'شهر هوشمند', 'گردشگری شهری', 'بیستمین عضو', 'اجلاس', 'گوانگژو', 'رحیمی', 'علی کاظمی', 'انرژی‌های تجدیدپذیر',
  'مونته‌ویدئو', 'فضای سبز', 'دیدار', 'شورای شهر یزد', 'ایمنی ترافیک',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function size(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** The number of articles and entity mentions in a benchmark database. */
function storedCounts(file: string): { stored: number; mentions: number } {
  const raw = new BetterSqlite3(file, { readonly: true });
  const stored = (raw.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  const mentions = (raw.prepare('SELECT count(*) AS n FROM article_entities').get() as { n: number }).n;
  raw.close();
  return { stored, mentions };
}

/** Fills a new SQLite file with `n` generated articles and their search rows. */
async function buildCorpus(file: string, n: number, log: (l: string) => void): Promise<{ buildSeconds: number }> {
  const handle = createSqliteDb(file);
  await migrateToLatest(handle.db);
  await importShippedData(handle.db, defaultDataDir(), IMPORT_ACTOR);
  await handle.close();
  const extractor = await createExtractor();
  // Filling through raw prepared statements in large transactions: this measures search, not ingest.
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const insArticle = raw.prepare(`INSERT OR IGNORE INTO articles (id, url, canonical_url, site, title, language, text, raw, raw_format, raw_hash,
    content_hash, published, published_precision, published_year, source_path, source_record, ingested_at, minhash, status, extractor_version)
    VALUES (?, ?, ?, ?, ?, ?, ?, '', 'jsonl', ?, ?, ?, ?, ?, NULL, NULL, ?, ?, 'ok', 'none')`);
  const insSearch = raw.prepare('INSERT INTO article_search (article_id, site, year, body) VALUES (?, ?, ?, ?)');
  const insEntity = raw.prepare('INSERT OR IGNORE INTO article_entities (article_id, entity_id) VALUES (?, ?)');
  let mentions = 0;
  const started = performance.now();
  const now = new Date().toISOString();
  let batch: ReturnType<typeof prepareArticle>[] = [];
  const flush = raw.transaction((items: ReturnType<typeof prepareArticle>[]) => {
    for (const a of items) {
      const year = a.published ? Number(a.published.value.slice(0, 4)) : null;
      const r = insArticle.run(a.id, a.url, a.canonicalUrl, a.site, a.title, a.language, a.text, a.rawHash, a.contentHash,
        a.published?.value ?? null, a.published?.precision ?? null, year, now, encodeSignature(a.signature));
      if (r.changes === 0) continue;
      insSearch.run(a.id, a.site, year, a.searchBody);
      for (const entity of new Set(extractor.extract(a).flatMap(entityIdsOf))) {
        insEntity.run(a.id, entity);
        mentions++;
      }
    }
  });
  let done = 0;
  // Unique URLs per record; exact and near-duplicate rates off (this is a search corpus).
  for (const g of generateCorpus(n, { seed: 99, nearDuplicateRate: 0, exactDuplicateRate: 0 })) {
    batch.push(prepareArticle({ sourcePath: 'bench', sourceRecord: null, format: 'jsonl', raw: '', ...g }));
    if (batch.length === 5000) {
      flush(batch);
      batch = [];
      done += 5000;
      if (done % 50_000 === 0) log(`built ${done}/${n}`);
    }
  }
  if (batch.length) flush(batch);
  raw.exec("INSERT INTO article_search(article_search) VALUES ('optimize')");
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  const buildSeconds = (performance.now() - started) / 1000;
  log(`built ${n} articles (${mentions} entity mentions) in ${buildSeconds.toFixed(0)} s`);
  return { buildSeconds };
}

/** Builds the corpus database (or reuses `db`), runs the queries and returns the figures; removes the database unless `keep` or `db`. */
export async function runSearchBench(
  opts: { articles?: number; queries?: number; keep?: boolean; db?: string; log?: (l: string) => void } = {},
): Promise<SearchBenchResult> {
  const n = opts.articles ?? 200_000;
  const q = opts.queries ?? 300;
  const log = opts.log ?? (() => undefined);
  const dir = opts.db ? undefined : mkdtempSync(join(tmpdir(), 'shahrnet-bench-search-'));
  const file = opts.db ?? join(dir as string, 'search.sqlite');
  try {
    const { buildSeconds } = opts.db !== undefined && existsSync(opts.db) ? { buildSeconds: 0 } : await buildCorpus(file, n, log);
    const { stored, mentions } = storedCounts(file);
    const search = createSqliteDb(file);
    const rnd = seededRandom(5);
    const times: number[] = [];
    let hits = 0;
    for (const warm of QUERIES) await searchArticles(search.db, { q: warm });
    for (let i = 0; i < q; i++) {
      const query = QUERIES[Math.floor(rnd() * QUERIES.length)] as string;
      const t = performance.now();
      const result = await searchArticles(search.db, { q: query, limit: 20 });
      times.push(performance.now() - t);
      hits += result.total;
    }
    await search.close();
    times.sort((a, b) => a - b);
    const dbBytes = size(file) + size(`${file}-wal`);
    const round = (x: number): number => Math.round(x * 100) / 100;
    return {
      name: 'search',
      machine: machine(),
      articles: stored,
      queries: q,
      search_p50_ms: round(percentile(times, 50)),
      search_p95_ms: round(percentile(times, 95)),
      search_p99_ms: round(percentile(times, 99)),
      mean_hits: Math.round(hits / q),
      entity_mentions: mentions,
      build_seconds: Math.round(buildSeconds),
      db_bytes: dbBytes,
      db_bytes_per_article: Math.round(dbBytes / Math.max(1, stored)),
    };
  } finally {
    if (!opts.keep && dir) rmSync(dir, { recursive: true, force: true });
  }
}


if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const articles = Number(argValue(args, '--articles') ?? 200_000);
  const queries = Number(argValue(args, '--queries') ?? 300);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(queries) || queries < 1) {
    process.stderr.write('usage: search.ts [--json] [--articles N] [--queries Q] [--keep] [--db FILE]\n');
    process.exit(2);
  }
  const db = argValue(args, '--db');
  const result = await runSearchBench({ articles, queries, keep: args.includes('--keep'), ...(db ? { db } : {}), log: (l) => process.stderr.write(`bench search: ${l}\n`) });
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
}
