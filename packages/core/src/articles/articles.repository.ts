import type { Db } from '../storage/database.js';
import type { ArticlesTable } from './articles.table.js';
import { decodeSignature, signatureSimilarity } from './minhash.js';

/** An article already stored under one of the duplicate keys. */
export interface StoredArticleKey {
  id: string;
  status: string;
}

/** The stored article with this canonical URL or content hash, if any (failed attempts included). */
export async function findArticleByKeys(
  db: Db,
  keys: { canonicalUrl: string | null; contentHash: string | null },
): Promise<StoredArticleKey | undefined> {
  if (!keys.canonicalUrl && !keys.contentHash) return undefined;
  return db
    .selectFrom('articles')
    .select(['id', 'status'])
    .where((eb) =>
      eb.or([
        ...(keys.canonicalUrl ? [eb('canonical_url', '=', keys.canonicalUrl)] : []),
        ...(keys.contentHash ? [eb('content_hash', '=', keys.contentHash)] : []),
      ]),
    )
    .orderBy('id')
    .executeTakeFirst();
}

/** Stored articles whose raw record is byte-identical to one with this hash. */
export async function findArticlesByRawHash(db: Db, rawHash: string): Promise<StoredArticleKey[]> {
  return db.selectFrom('articles').select(['id', 'status']).where('raw_hash', '=', rawHash).execute();
}

/**
 * The most similar stored original among the articles sharing an LSH bucket with `buckets`, when its
 * estimated Jaccard similarity reaches `threshold`. Ties go to the smaller id, so the answer does not
 * depend on the order rows come back in.
 */
export async function findNearDuplicate(
  db: Db,
  buckets: readonly number[],
  signature: Uint32Array,
  threshold: number,
): Promise<{ id: string; similarity: number } | undefined> {
  if (buckets.length === 0) return undefined;
  const candidates = await db
    .selectFrom('article_lsh')
    .innerJoin('articles', 'articles.id', 'article_lsh.article_id')
    .select(['articles.id', 'articles.minhash'])
    .where('article_lsh.bucket', 'in', [...buckets])
    .groupBy(['articles.id', 'articles.minhash'])
    .limit(200)
    .execute();
  let best: { id: string; similarity: number } | undefined;
  for (const c of candidates) {
    if (!c.minhash) continue;
    const similarity = signatureSimilarity(signature, decodeSignature(c.minhash));
    if (similarity < threshold) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && c.id < best.id)) best = { id: c.id, similarity };
  }
  return best;
}

/** Inserts an article row. */
export async function insertArticle(db: Db, row: ArticlesTable): Promise<void> {
  await db.insertInto('articles').values(row).execute();
}

/** Indexes an original article for near-duplicate look-ups. */
export async function insertLshBuckets(db: Db, articleId: string, buckets: readonly number[]): Promise<void> {
  const unique = [...new Set(buckets)];
  if (unique.length === 0) return;
  await db.insertInto('article_lsh').values(unique.map((bucket) => ({ bucket, article_id: articleId }))).execute();
}

/** Adds an article's folded title and text to the full-text index. */
export async function insertSearchRow(db: Db, row: { articleId: string; site: string | null; year: number | null; body: string }): Promise<void> {
  await db.insertInto('article_search').values({ article_id: row.articleId, site: row.site, year: row.year, body: row.body }).execute();
}

/** Removes a failed attempt (and anything hanging off it) before the record is tried again. */
export async function deleteArticle(db: Db, id: string): Promise<void> {
  await db.deleteFrom('article_search').where('article_id', '=', id).execute();
  await db.deleteFrom('article_entities').where('article_id', '=', id).execute();
  await db.deleteFrom('extracted_facts').where('article_id', '=', id).execute();
  await db.deleteFrom('article_lsh').where('article_id', '=', id).execute();
  await db.deleteFrom('articles').where('id', '=', id).execute();
}
