import { CompiledQuery, sql, type ControlledTransaction, type Kysely } from 'kysely';
import type { Database, Db } from '../storage/database.js';
import type { ResolveCache } from '../reconcile/resolve-argument.js';
import type { ReportOrdinals } from '../claims/record-claims.js';
import { dialectOf } from '../storage/dialect.js';
import type { Fact } from '../extraction/types.js';
import { rawHash } from '../articles/search-fold.js';
import { canonicalUrl } from '../articles/canonical-url.js';
import { encodeSignature } from '../articles/minhash.js';
import {
  SignatureCache,
  deleteArticle,
  findArticlesByAnyKey,
  findNearDuplicate,
  insertArticle,
  insertLshBuckets,
  insertSearchRows,
  type SearchRow,
} from '../articles/articles.repository.js';
import { failedIdFor, prepareArticle, type PreparedArticle } from './prepare-article.js';
import { proposeClaims } from './propose-claims.js';
import type { IngestFailure, InputRecord } from './input-record.js';

/** What happened to one record. */
export type IngestOutcome = 'new' | 'duplicate' | 'near_duplicate' | 'failed';

/** The result of ingesting one record. */
export interface RecordResult {
  outcome: IngestOutcome;
  articleId: string | null;
  /** Claims proposed for this article (0 unless new or near-duplicate). */
  claims: number;
  failure?: IngestFailure;
}

/** Fact extraction as ingest sees it: a version string and a pure function of a prepared article. */
export interface Extractor {
  version: string;
  extract(article: PreparedArticle): Fact[];
}

/** What every record needs: the database, the extractor and the near-duplicate threshold. */
export interface IngestContext {
  db: Kysely<Database>;
  extractor: Extractor;
  /** Estimated Jaccard similarity from which an article is linked as a near-duplicate (default 0.5). */
  nearThreshold?: number;
  /** Signatures of stored articles this process has seen (near-duplicate look-ups then skip reading them). */
  signatures?: SignatureCache;
}

/** Default near-duplicate threshold: syndicated copies score 0.7-1.0; unrelated articles on one topic stay below 0.2. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || /UNIQUE constraint failed/.test(e?.message ?? '');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failureOf(record: InputRecord, reason: string): IngestFailure {
  return { source: record.sourcePath, ...(record.sourceRecord ? { record: record.sourceRecord } : {}), reason };
}

/** Keeps a record that could not be cleaned or extracted as a `failed` article (raw kept, retried on the next run). */
async function storeFailure(tx: Db, record: InputRecord, hash: string, reason: string): Promise<RecordResult> {
  const id = failedIdFor(hash);
  await tx
    .insertInto('articles')
    .values({
      id, url: record.url ?? null, canonical_url: null, site: null, title: record.title ?? '', language: 'other', text: '',
      raw: record.raw, raw_format: record.format, raw_hash: hash, content_hash: null, published: null,
      published_precision: null, published_year: null, crawl_date: null, source_path: record.sourcePath,
      source_record: record.sourceRecord, ingested_at: new Date().toISOString(), duplicate_of: null, similarity: null,
      minhash: null, status: 'failed', error: reason, extractor_version: null,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet({ error: reason }))
    .execute();
  return { outcome: 'failed', articleId: id, claims: 0, failure: failureOf(record, reason) };
}

/** The canonical URL of a record's URL, or null (a malformed URL is kept in `url` only). */
function canonicalOf(record: InputRecord): string | null {
  if (!record.url) return null;
  try {
    return canonicalUrl(record.url);
  } catch {
    return null;
  }
}

/** What the records of one transaction share. */
export interface RecordScope {
  /**
   * Argument resolutions (`resolveArgument`) reused by the records of one transaction, and on SQLite
   * by the following ones for as long as no other connection commits (`recordBatcher`): ingest writes
   * no entities, names or reconciliations, so only another writer can change what a name resolves to.
   */
  resolveCache: ResolveCache;
  /** Ordinals of the reports of membership claims (`RecordClaimsContext`), kept as long as `resolveCache`. */
  reportOrdinals: ReportOrdinals;
  /** Signatures of stored articles (valid forever: see `SignatureCache`). */
  signatures: SignatureCache;
  /**
   * Full-text rows of the records stored so far in this transaction, when the caller writes them at its
   * end (`recordBatcher`); absent: each record writes its own.
   */
  searchRows?: SearchRow[];
}

/** A scope for one transaction; `signatures` and the `kept` caches may outlive it. */
export function newRecordScope(
  signatures = new SignatureCache(),
  kept: Pick<RecordScope, 'resolveCache' | 'reportOrdinals'> = { resolveCache: new Map(), reportOrdinals: new Map() },
): RecordScope {
  return { ...kept, signatures };
}

// The per-record savepoint commands, compiled once (both dialects spell them the same way).
const SAVEPOINT = CompiledQuery.raw('savepoint ingest_record');
const RELEASE = CompiledQuery.raw('release savepoint ingest_record');
const ROLLBACK_TO = CompiledQuery.raw('rollback to savepoint ingest_record');

/** Entries the run caches keep at most (names, claims); past it they start afresh. */
const RUN_CACHE_MAX = 200_000;

/**
 * SQLite's `data_version` of the connection: it changes exactly when another connection has committed
 * since the last reading. Read inside a transaction it also opens the transaction's read snapshot, so
 * the value describes the state every later read of the transaction sees.
 */
async function dataVersion(trx: Db): Promise<number> {
  const r = await sql<{ data_version: number }>`pragma data_version`.execute(trx);
  return Number(r.rows[0]?.data_version);
}

/**
 * Ingests one record inside the caller's transaction `tx`, which holds all of the record's writes and
 * sees everything stored before it (the earlier records of a batch included): skips it when already
 * stored (same raw record or canonical URL; after cleaning, same content hash), else cleans, extracts and
 * writes the article, its index rows and its facts and claims, linked to an earlier near-duplicate when
 * there is one. A record that cannot be cleaned or extracted is stored as a `failed` article (retried,
 * and replaced, by the next run). Throws only for database errors, among them a unique-key violation when
 * another writer stored the same article at the same time: the caller then undoes the record's writes
 * and calls `raceWinner`.
 */
export async function ingestRecordInTransaction(tx: Db, ctx: IngestContext, record: InputRecord, scope: RecordScope): Promise<RecordResult> {
  const hash = rawHash(record.raw);
  const canonical = canonicalOf(record);
  // Cheap keys first: a re-run finds every record here without cleaning it again.
  const known = await findArticlesByAnyKey(tx, { rawHash: hash, canonicalUrl: canonical });
  const stored =
    known.find((r) => r.raw_hash === hash && r.status !== 'failed') ??
    known.find((r) => canonical !== null && r.canonical_url === canonical && r.status !== 'failed');
  if (stored) return { outcome: 'duplicate', articleId: stored.id, claims: 0 };
  let article: PreparedArticle;
  try {
    article = prepareArticle(record);
  } catch (error) {
    return storeFailure(tx, record, hash, describe(error));
  }
  const sameText = await findArticlesByAnyKey(tx, { contentHash: article.contentHash });
  const byHash = sameText.find((r) => r.status !== 'failed');
  if (byHash) return { outcome: 'duplicate', articleId: byHash.id, claims: 0 };
  let facts: Fact[];
  try {
    facts = ctx.extractor.extract(article);
  } catch (error) {
    return storeFailure(tx, record, hash, `extraction failed: ${describe(error)}`);
  }
  // Earlier failed attempts of this record (same raw record, URL or text) make way for it.
  const failed = new Set([...known, ...sameText].filter((r) => r.status === 'failed').map((r) => r.id));
  for (const id of [...failed].sort()) await deleteArticle(tx, id);
  return writeArticle(tx, article, facts, ctx, scope);
}

/** Writes a prepared article, its index rows and its facts in the caller's transaction. */
async function writeArticle(tx: Db, a: PreparedArticle, facts: readonly Fact[], ctx: IngestContext, scope: RecordScope): Promise<RecordResult> {
  const near = await findNearDuplicate(tx, a.buckets, a.signature, ctx.nearThreshold ?? NEAR_DUPLICATE_THRESHOLD, scope.signatures);
  const now = new Date().toISOString();
  const year = a.published ? Number(a.published.value.slice(0, 4)) : null;
  await insertArticle(tx, {
    id: a.id, url: a.url, canonical_url: a.canonicalUrl, site: a.site, title: a.title, language: a.language, text: a.text,
    raw: a.raw, raw_format: a.rawFormat, raw_hash: a.rawHash, content_hash: a.contentHash,
    published: a.published?.value ?? null, published_precision: a.published?.precision ?? null,
    published_year: year, crawl_date: a.crawlDate,
    source_path: a.sourcePath, source_record: a.sourceRecord, ingested_at: now,
    duplicate_of: near?.id ?? null, similarity: near?.similarity ?? null, minhash: encodeSignature(a.signature),
    status: 'ok', error: null, extractor_version: ctx.extractor.version,
  });
  // Only originals go into the LSH index: a later copy is then linked to the first report, never to a copy.
  if (!near) {
    await insertLshBuckets(tx, a.id, a.buckets);
    scope.signatures.set(a.id, a.signature);
  }
  const searchRow: SearchRow = { articleId: a.id, site: a.site, year, body: a.searchBody };
  if (scope.searchRows) scope.searchRows.push(searchRow);
  else await insertSearchRows(tx, [searchRow]);
  const claims = await proposeClaims(tx, a.id, facts, {
    extractorVersion: ctx.extractor.version,
    now,
    article: { site: a.site, published: a.published?.value ?? null, duplicateOf: near?.id ?? null },
    freshArticle: true,
    resolveCache: scope.resolveCache,
    reportOrdinals: scope.reportOrdinals,
  });
  return { outcome: near ? 'near_duplicate' : 'new', articleId: a.id, claims };
}

/**
 * The result of a record whose writes lost a race on a unique key (another worker stored the same
 * article first): a duplicate of the stored article.
 */
export async function raceWinner(db: Db, record: InputRecord): Promise<RecordResult> {
  let contentHash: string | null = null;
  try {
    contentHash = prepareArticle(record).contentHash;
  } catch {
    contentHash = null;
  }
  const winner = (await findArticlesByAnyKey(db, { canonicalUrl: canonicalOf(record), contentHash })).find((r) => r.status !== 'failed');
  return { outcome: 'duplicate', articleId: winner?.id ?? null, claims: 0 };
}

/**
 * Ingests one record in its own transaction (`ingestRecordInTransaction`): what a pg-boss worker runs
 * per job. Idempotent and safe to run concurrently from several workers (a lost race on a unique key
 * counts as a duplicate). Never throws for bad input.
 */
export async function ingestRecord(ctx: IngestContext, record: InputRecord): Promise<RecordResult> {
  try {
    return await ctx.db.transaction().execute((tx) => ingestRecordInTransaction(tx, ctx, record, newRecordScope(ctx.signatures)));
  } catch (error) {
    if (isUniqueViolation(error)) return raceWinner(ctx.db, record);
    throw error;
  }
}

/** Limits of one ingest transaction (`recordBatcher`). */
export interface BatchLimits {
  /** Records per transaction at most (default 500). */
  records?: number;
  /** Milliseconds a transaction stays open at most, measured after each record (default 1,000). */
  ms?: number;
}

/**
 * Default records per ingest transaction. An article dirties ~45 pages of random index leaves, and a
 * commit writes each dirty page once to the WAL (and a checkpoint once more to the file): 3,000 articles
 * into a 20k-article database wrote 172 KB of WAL per article in transactions of 100, 102 KB in 500.
 */
export const BATCH_RECORDS = 500;
/**
 * Default time an ingest transaction stays open at most (ms): what a crash can lose (redone by the next
 * run) and how long another writer of the SQLite file (a reviewer) may wait, well within its 5 s busy timeout.
 */
export const BATCH_MS = 1000;

/** Records ingested in shared transactions (`recordBatcher`). */
export interface RecordBatcher {
  /** Ingests one record in the current transaction (opened when needed; committed when full or old). */
  add(record: InputRecord): Promise<RecordResult>;
  /** Commits the current transaction, if any. */
  flush(): Promise<void>;
}

/**
 * Ingests records several per transaction: a commit (and on SQLite the WAL pages it writes) is most of
 * the cost of a small transaction, and the records share their argument resolutions (see `RecordScope`:
 * on SQLite across transactions until another connection commits). Each record runs
 * under a SAVEPOINT, so a record that fails half-way is undone alone: it never aborts or half-writes the
 * others. A transaction is committed after `records` records or once open `ms` milliseconds, so a crash
 * loses at most that much work (redone by the next run: ingest is idempotent) and other writers (a
 * reviewer on the same SQLite file) wait at most that long. On an unexpected database error the record
 * is undone, the records before it are committed, and the error is thrown.
 *
 * The full-text rows of a transaction's articles are written together just before it commits (in record
 * order, a failed record's left out): SQLite's FTS5 writes its pending terms out as a new index segment at
 * every savepoint, so one row per record made a segment per article for the merges to fold together.
 */
export function recordBatcher(ctx: IngestContext, limits: BatchLimits = {}): RecordBatcher {
  const maxRecords = Math.max(1, limits.records ?? BATCH_RECORDS);
  const maxMs = limits.ms ?? BATCH_MS;
  const signatures = ctx.signatures ?? new SignatureCache();
  // On SQLite resolutions outlive a transaction until another connection commits (a reviewer may create,
  // merge or reconcile entities meanwhile); on PostgreSQL, with no such signal, they last one transaction.
  const sqlite = dialectOf(ctx.db) === 'sqlite';
  const kept = { resolveCache: new Map() as ResolveCache, reportOrdinals: new Map() as ReportOrdinals };
  const forget = (): void => {
    kept.resolveCache.clear();
    kept.reportOrdinals.clear();
  };
  let seenVersion: number | undefined;
  let open: { trx: ControlledTransaction<Database>; started: number; records: number; scope: RecordScope } | undefined;
  const begin = async (): Promise<NonNullable<typeof open>> => {
    const trx = await ctx.db.startTransaction().execute();
    if (sqlite) {
      const version = await dataVersion(trx);
      if (version !== seenVersion || kept.resolveCache.size + kept.reportOrdinals.size > RUN_CACHE_MAX) forget();
      seenVersion = version;
    } else {
      forget();
    }
    return { trx, started: performance.now(), records: 0, scope: { ...newRecordScope(signatures, kept), searchRows: [] } };
  };
  const flush = async (): Promise<void> => {
    if (!open) return;
    const { trx, scope } = open;
    open = undefined;
    try {
      await insertSearchRows(trx, scope.searchRows ?? []);
      await trx.commit().execute();
    } catch (error) {
      await trx.rollback().execute().catch(() => undefined);
      throw error;
    }
  };
  return {
    flush,
    async add(record) {
      if (!open) open = await begin();
      const { trx, scope } = open;
      const searchRows = scope.searchRows?.length ?? 0;
      await trx.executeQuery(SAVEPOINT);
      let result: RecordResult;
      try {
        result = await ingestRecordInTransaction(trx, ctx, record, scope);
        await trx.executeQuery(RELEASE);
      } catch (error) {
        await trx.executeQuery(ROLLBACK_TO);
        await trx.executeQuery(RELEASE);
        // The record's rows are undone: its full-text row and what the caches learnt from its reports go too.
        scope.searchRows?.splice(searchRows);
        forget();
        if (!isUniqueViolation(error)) {
          await flush();
          throw error;
        }
        result = await raceWinner(trx, record);
      }
      open.records += 1;
      if (open.records >= maxRecords || performance.now() - open.started >= maxMs) await flush();
      return result;
    },
  };
}
