import type { Kysely } from 'kysely';
import type { Database, Db } from '../storage/database.js';
import type { Fact } from '../extraction/types.js';
import { rawHash } from '../articles/search-fold.js';
import { canonicalUrl } from '../articles/canonical-url.js';
import { encodeSignature } from '../articles/minhash.js';
import {
  deleteArticle,
  findArticleByKeys,
  findArticlesByRawHash,
  findNearDuplicate,
  insertArticle,
  insertLshBuckets,
  insertSearchRow,
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
async function storeFailure(db: Kysely<Database>, record: InputRecord, hash: string, reason: string): Promise<RecordResult> {
  const id = failedIdFor(hash);
  await db.transaction().execute(async (tx) => {
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
  });
  return { outcome: 'failed', articleId: id, claims: 0, failure: failureOf(record, reason) };
}

/** Writes a prepared article, its index rows and its facts in the caller's transaction. */
async function writeArticle(tx: Db, a: PreparedArticle, facts: readonly Fact[], ctx: IngestContext): Promise<RecordResult> {
  const existing = await findArticleByKeys(tx, { canonicalUrl: a.canonicalUrl, contentHash: a.contentHash });
  if (existing && existing.status !== 'failed') return { outcome: 'duplicate', articleId: existing.id, claims: 0 };
  if (existing) await deleteArticle(tx, existing.id);
  for (const old of await findArticlesByRawHash(tx, a.rawHash)) if (old.status === 'failed') await deleteArticle(tx, old.id);
  const near = await findNearDuplicate(tx, a.buckets, a.signature, ctx.nearThreshold ?? NEAR_DUPLICATE_THRESHOLD);
  const now = new Date().toISOString();
  await insertArticle(tx, {
    id: a.id, url: a.url, canonical_url: a.canonicalUrl, site: a.site, title: a.title, language: a.language, text: a.text,
    raw: a.raw, raw_format: a.rawFormat, raw_hash: a.rawHash, content_hash: a.contentHash,
    published: a.published?.value ?? null, published_precision: a.published?.precision ?? null,
    published_year: a.published ? Number(a.published.value.slice(0, 4)) : null, crawl_date: a.crawlDate,
    source_path: a.sourcePath, source_record: a.sourceRecord, ingested_at: now,
    duplicate_of: near?.id ?? null, similarity: near?.similarity ?? null, minhash: encodeSignature(a.signature),
    status: 'ok', error: null, extractor_version: ctx.extractor.version,
  });
  // Only originals go into the LSH index: a later copy is then linked to the first report, never to a copy.
  if (!near) await insertLshBuckets(tx, a.id, a.buckets);
  await insertSearchRow(tx, { articleId: a.id, site: a.site, year: a.published ? Number(a.published.value.slice(0, 4)) : null, body: a.searchBody });
  const claims = await proposeClaims(tx, a.id, facts, { extractorVersion: ctx.extractor.version, now });
  return { outcome: near ? 'near_duplicate' : 'new', articleId: a.id, claims };
}

/**
 * Ingests one record: skips it when already stored (same raw record, canonical URL or content hash),
 * else cleans, extracts and commits the article with its facts in ONE transaction, linking it to an
 * earlier near-duplicate when there is one. Idempotent and safe to run concurrently from several workers
 * (a lost race on a unique key counts as a duplicate). A record that cannot be cleaned or extracted is
 * stored as a `failed` article with the reason and retried by the next run. Never throws for bad input.
 */
export async function ingestRecord(ctx: IngestContext, record: InputRecord): Promise<RecordResult> {
  const { db } = ctx;
  const hash = rawHash(record.raw);
  const sameRaw = await findArticlesByRawHash(db, hash);
  const stored = sameRaw.find((r) => r.status !== 'failed');
  if (stored) return { outcome: 'duplicate', articleId: stored.id, claims: 0 };
  if (record.url) {
    let canonical: string | null = null;
    try {
      canonical = canonicalUrl(record.url);
    } catch {
      canonical = null;
    }
    const byUrl = canonical ? await findArticleByKeys(db, { canonicalUrl: canonical, contentHash: null }) : undefined;
    if (byUrl && byUrl.status !== 'failed') return { outcome: 'duplicate', articleId: byUrl.id, claims: 0 };
  }
  let article: PreparedArticle;
  try {
    article = prepareArticle(record);
  } catch (error) {
    return storeFailure(db, record, hash, describe(error));
  }
  const byHash = await findArticleByKeys(db, { canonicalUrl: null, contentHash: article.contentHash });
  if (byHash && byHash.status !== 'failed') return { outcome: 'duplicate', articleId: byHash.id, claims: 0 };
  let facts: Fact[];
  try {
    facts = ctx.extractor.extract(article);
  } catch (error) {
    return storeFailure(db, record, hash, `extraction failed: ${describe(error)}`);
  }
  try {
    return await db.transaction().execute((tx) => writeArticle(tx, article, facts, ctx));
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findArticleByKeys(db, { canonicalUrl: article.canonicalUrl, contentHash: article.contentHash });
      return { outcome: 'duplicate', articleId: winner?.id ?? null, claims: 0 };
    }
    throw error;
  }
}
