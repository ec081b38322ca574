import { AppError } from '../errors.js';
import { resolveEntityId } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';
import type { ArticlesTable } from './articles.table.js';

/** What a list of articles shows of each one. */
export interface ArticleSummary {
  id: string;
  url: string | null;
  site: string | null;
  title: string;
  language: string;
  /** Partial ISO publication date and its precision. */
  published: string | null;
  publishedPrecision: string | null;
  /** The earlier article this one repeats (syndicated copy), if any. */
  duplicateOf: string | null;
  /** `ok` or `failed`. */
  status: string;
}

/** Maps the listed columns of an article row to its summary. */
export function articleSummaryOf(
  r: Pick<ArticlesTable, 'id' | 'url' | 'site' | 'title' | 'language' | 'published' | 'published_precision' | 'duplicate_of' | 'status'>,
): ArticleSummary {
  return {
    id: r.id,
    url: r.url,
    site: r.site,
    title: r.title,
    language: r.language,
    published: r.published,
    publishedPrecision: r.published_precision,
    duplicateOf: r.duplicate_of,
    status: r.status,
  };
}

/** Filters of the article list. */
export interface ListArticlesInput {
  /** Only articles whose extracted facts mention this entity (or an id merged into it). */
  entity?: string;
  site?: string;
  /** 1..100, default 20. */
  limit?: number;
  /** 0-based, default 0. */
  offset?: number;
}

/** A page of the latest articles. */
export interface ListArticlesResult {
  total: number;
  items: ArticleSummary[];
}

/**
 * The latest successfully ingested articles, newest publication first (undated last), optionally only
 * those mentioning an entity or from one site. Serves the article browser without a query and the
 * "latest articles" of entity pages; full-text search is `searchArticles`. Throws `validation_failed`
 * for a bad limit/offset.
 */
export async function listArticles(db: Db, input: ListArticlesInput = {}): Promise<ListArticlesResult> {
  const limit = Math.trunc(input.limit ?? 20);
  const offset = Math.trunc(input.offset ?? 0);
  if (!(limit >= 1 && limit <= 100)) throw new AppError('validation_failed', 'limit must be 1..100', [{ path: ['limit'], message: '1..100' }]);
  if (!(offset >= 0)) throw new AppError('validation_failed', 'offset must be 0 or more', [{ path: ['offset'], message: '>= 0' }]);
  let q = db.selectFrom('articles').where('status', '=', 'ok');
  if (input.site) q = q.where('site', '=', input.site);
  if (input.entity) {
    const resolved = await resolveEntityId(db, input.entity);
    // An unknown entity has no articles (a list, not a lookup: no 404 for an empty filter).
    const ids = resolved ? [resolved.id, ...(await db.selectFrom('entities').select('id').where('merged_into', '=', resolved.id).execute()).map((m) => m.id)] : [input.entity];
    q = q.where('id', 'in', db.selectFrom('article_entities').select('article_id').where('entity_id', 'in', ids));
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await q
    .select(['id', 'url', 'site', 'title', 'language', 'published', 'published_precision', 'duplicate_of', 'status'])
    // Undated articles last on both dialects: order by "has a date" first.
    .orderBy((eb) => eb.case().when('published', 'is', null).then(1).else(0).end())
    .orderBy('published', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return { total: Number(total?.n ?? 0), items: rows.map(articleSummaryOf) };
}
