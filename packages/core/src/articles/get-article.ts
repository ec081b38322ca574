import type { Claim } from '../claims/claim.js';
import { hydrateClaims } from '../claims/claims.repository.js';
import type { EntitySummary } from '../domain/entity.js';
import { notFound } from '../errors.js';
import { claimsRelated } from '../review/list-claims.js';
import type { Db } from '../storage/database.js';
import { articleSummaryOf, type ArticleSummary } from './list-articles.js';

/** An article as its reader page shows it: cleaned and raw text, copies, and what was extracted from it. */
export interface ArticleDetail extends ArticleSummary {
  /** Cleaned text (site chrome removed): evidence offsets point into it. */
  text: string;
  /** The record as read (text, HTML or a feed item). Always shown as text, never as HTML. */
  raw: string;
  rawFormat: string;
  crawlDate: string | null;
  ingestedAt: string;
  /** Estimated Jaccard similarity to `duplicateOf`. */
  similarity: number | null;
  extractorVersion: string | null;
  /** The original this article repeats and the other copies of the same story (near-duplicates). */
  duplicates: (ArticleSummary & { similarity: number | null })[];
  /** Claims with a report from this article, whatever their review status. */
  claims: Claim[];
  /** Summaries of the entities the claims link or suggest. */
  related: Record<string, EntitySummary>;
}

/**
 * One article with everything its reader page needs: cleaned and raw text, the near-duplicate family
 * (its original and every copy of that original) and the claims it reported with their status.
 * Claims are read through their evidence rows, so a claim clustered from several articles appears on
 * each of them. Throws `not_found` for an unknown id.
 */
export async function getArticle(db: Db, id: string): Promise<ArticleDetail> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('article', id);
  const root = row.duplicate_of ?? row.id;
  const family = await db
    .selectFrom('articles')
    .select(['id', 'url', 'site', 'title', 'language', 'published', 'published_precision', 'duplicate_of', 'status', 'similarity'])
    .where((eb) => eb.or([eb('id', '=', root), eb('duplicate_of', '=', root)]))
    .where('id', '!=', row.id)
    .orderBy('published', 'asc')
    .orderBy('id')
    .limit(100)
    .execute();
  const claimIds = await db.selectFrom('claim_evidence').select('claim_id').where('article_id', '=', row.id).distinct().execute();
  const claimRows = claimIds.length
    ? await db
        .selectFrom('claims')
        .selectAll()
        .where(
          'id',
          'in',
          claimIds.map((c) => c.claim_id),
        )
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    : [];
  const claims = await hydrateClaims(db, claimRows);
  return {
    ...articleSummaryOf(row),
    text: row.text,
    raw: row.raw,
    rawFormat: row.raw_format,
    crawlDate: row.crawl_date,
    ingestedAt: row.ingested_at,
    similarity: row.similarity === null ? null : Number(row.similarity),
    extractorVersion: row.extractor_version,
    duplicates: family.map((d) => ({ ...articleSummaryOf(d), similarity: d.similarity === null ? null : Number(d.similarity) })),
    claims,
    related: await claimsRelated(db, claims),
  };
}
