import type { Db } from '../storage/database.js';
import { insertRows, runTemplate, slot } from '../storage/query-template.js';
import type { ArticlesTable } from './articles.table.js';
import { decodeSignature, signatureSimilarity } from './minhash.js';

/** An article already stored under one of the duplicate keys. */
export interface StoredArticleKey {
  id: string;
  status: string;
}

/** A stored article with the duplicate keys it was found by. */
export interface StoredArticleKeys extends StoredArticleKey {
  raw_hash: string;
  canonical_url: string | null;
  content_hash: string | null;
}

/**
 * Stored articles (failed attempts included) with any of these keys: the same raw record, canonical
 * URL or content hash. One query for what ingest checks before storing a record.
 */
export async function findArticlesByAnyKey(
  db: Db,
  keys: { rawHash?: string | null; canonicalUrl?: string | null; contentHash?: string | null },
): Promise<StoredArticleKeys[]> {
  const given = (
    [
      ['raw_hash', keys.rawHash],
      ['canonical_url', keys.canonicalUrl],
      ['content_hash', keys.contentHash],
    ] as const
  ).filter((k): k is readonly ['raw_hash' | 'canonical_url' | 'content_hash', string] => !!k[1]);
  if (given.length === 0) return [];
  const { rows } = await runTemplate(
    db,
    `articles.byKeys:${given.map(([c]) => c).join(',')}`,
    (d) =>
      d
        .selectFrom('articles')
        .select(['id', 'status', 'raw_hash', 'canonical_url', 'content_hash'])
        .where((eb) => eb.or(given.map(([column], i) => eb(column, '=', slot<string>(i))))),
    given.map(([, value]) => value),
  );
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * MinHash signatures of stored articles by id, remembered by a run so that near-duplicate look-ups
 * need not read them back. Never stale: an article id derives from its content hash and the signature
 * from the same content. Bounded (~0.4 KB an entry): the oldest entries go first, and a forgotten
 * signature is read from the article row. The default keeps a 200k-article run whole: articles written
 * from a few templates share LSH buckets with ~100 earlier articles each at 100k, spread over the whole
 * run, and with 50k entries 34k look-ups read signatures back from rows whose wide text made that 0.3 ms.
 */
export class SignatureCache {
  readonly #max: number;
  readonly #map = new Map<string, Uint32Array>();
  constructor(max = 200_000) {
    this.#max = max;
  }
  get(id: string): Uint32Array | undefined {
    return this.#map.get(id);
  }
  set(id: string, signature: Uint32Array): void {
    if (this.#max <= 0) return;
    if (this.#map.size >= this.#max && !this.#map.has(id)) this.#map.delete(this.#map.keys().next().value as string);
    this.#map.set(id, signature);
  }
}

/**
 * The most similar stored original among the articles sharing an LSH bucket with `buckets` (the first
 * 200 by id), when its estimated Jaccard similarity reaches `threshold`. Ties go to the smaller id, so
 * the answer does not depend on the order rows come back in. The candidates come from the bucket index
 * alone; their signatures from `known` when it has them, else from their rows (whose wide text makes
 * reading the signature the costly part).
 */
export async function findNearDuplicate(
  db: Db,
  buckets: readonly number[],
  signature: Uint32Array,
  threshold: number,
  known: SignatureCache = new SignatureCache(0),
): Promise<{ id: string; similarity: number } | undefined> {
  if (buckets.length === 0) return undefined;
  const unique = [...new Set(buckets)];
  const { rows } = await runTemplate(
    db,
    `lsh.candidates:${unique.length}`,
    (d) =>
      d
        .selectFrom('article_lsh')
        .select('article_id')
        .distinct()
        .where('bucket', 'in', unique.map((_, i) => slot<number>(i)))
        .orderBy('article_id')
        .limit(200),
    unique,
  );
  const ids = rows.map((r) => r.article_id);
  const signatures = new Map<string, Uint32Array>();
  const missing: string[] = [];
  for (const id of ids) {
    const sig = known.get(id);
    if (sig) signatures.set(id, sig);
    else missing.push(id);
  }
  if (missing.length > 0) {
    for (const r of await db.selectFrom('articles').select(['id', 'minhash']).where('id', 'in', missing).execute()) {
      if (!r.minhash) continue;
      const sig = decodeSignature(r.minhash);
      known.set(r.id, sig);
      signatures.set(r.id, sig);
    }
  }
  let best: { id: string; similarity: number } | undefined;
  for (const [id, sig] of signatures) {
    const similarity = signatureSimilarity(signature, sig);
    if (similarity < threshold) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && id < best.id)) best = { id, similarity };
  }
  return best;
}

/** Inserts an article row. */
export async function insertArticle(db: Db, row: ArticlesTable): Promise<void> {
  await insertRows(db, 'articles', [row as unknown as Record<string, unknown>]);
}

/** Indexes an original article for near-duplicate look-ups. */
export async function insertLshBuckets(db: Db, articleId: string, buckets: readonly number[]): Promise<void> {
  const unique = [...new Set(buckets)];
  if (unique.length === 0) return;
  await insertRows(db, 'article_lsh', unique.map((bucket) => ({ bucket, article_id: articleId })));
}

/** An article's row of the full-text index: its folded title and text, with the facet columns. */
export interface SearchRow {
  articleId: string;
  site: string | null;
  year: number | null;
  body: string;
}

/** Adds articles' rows to the full-text index, in their order, 100 to a statement. */
export async function insertSearchRows(db: Db, rows: readonly SearchRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await insertRows(db, 'article_search', rows.slice(i, i + 100).map((r) => ({ article_id: r.articleId, site: r.site, year: r.year, body: r.body })));
  }
}

/** Removes a failed attempt (and anything hanging off it) before the record is tried again. */
export async function deleteArticle(db: Db, id: string): Promise<void> {
  await db.deleteFrom('article_search').where('article_id', '=', id).execute();
  await db.deleteFrom('article_entities').where('article_id', '=', id).execute();
  await db.deleteFrom('extracted_facts').where('article_id', '=', id).execute();
  await db.deleteFrom('article_lsh').where('article_id', '=', id).execute();
  await db.deleteFrom('articles').where('id', '=', id).execute();
}
