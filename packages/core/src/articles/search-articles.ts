import { PostgresAdapter, sql, type RawBuilder } from 'kysely';
import type { Db } from '../storage/database.js';
import { executeOnReader } from '../storage/sqlite-read-pool.js';
import { AppError } from '../errors.js';
import { foldTokens } from './search-fold.js';
import { highlight, makeSnippet, type Highlighted } from './snippet.js';

/** A search request. `q` is free text; words are ANDed after Persian folding. */
export interface SearchArticlesInput {
  q: string;
  site?: string;
  year?: number;
  /** Only articles whose extracted facts mention this entity. */
  entity?: string;
  limit?: number;
  offset?: number;
}

/** One hit: the article and its highlighted title and snippet. */
export interface ArticleHit {
  id: string;
  url: string | null;
  site: string | null;
  published: string | null;
  publishedPrecision: string | null;
  language: string;
  /** The earlier article this one repeats (syndicated copy), if any. */
  duplicateOf: string | null;
  title: Highlighted;
  snippet: Highlighted;
  /** Larger is better. */
  score: number;
}

/** A facet value with the number of matching articles. */
export interface FacetCount<T> {
  value: T;
  count: number;
  /** Display labels (entities only). */
  label?: { fa: string | null; en: string | null };
}

/** Result page with the total number of matches and facets over all matches. */
export interface SearchArticlesResult {
  total: number;
  items: ArticleHit[];
  facets: { site: FacetCount<string>[]; year: FacetCount<number>[]; entity: FacetCount<string>[] };
}

const FACET_SIZE = 20;

/**
 * Full-text search over articles with Persian folding: the query is folded word by word exactly like the
 * indexed text (`foldForSearch`), so ك/ک, ي/ی, ZWNJ and hamza variants find each other. SQLite uses FTS5
 * (bm25 ranking), PostgreSQL `to_tsvector('simple')` with a GIN index (ts_rank). Returns a page of hits with
 * highlighted titles and snippets, the total and facets by site, year and mentioned entity.
 * Throws `AppError('validation_failed')` when the query has no searchable word.
 */
export async function searchArticles(db: Db, input: SearchArticlesInput): Promise<SearchArticlesResult> {
  const keys = [...new Set(foldTokens(input.q).map((t) => t.key))];
  if (keys.length === 0) {
    throw new AppError('validation_failed', 'the search query has no words', [{ path: ['q'], message: 'type at least one word' }]);
  }
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100);
  const offset = Math.max(input.offset ?? 0, 0);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const match: RawBuilder<unknown> = postgres
    ? sql`article_search.body_tsv @@ to_tsquery('simple', ${keys.join(' & ')})`
    : sql`article_search MATCH ${keys.map((k) => `"${k}"`).join(' ')}`;
  const filters: RawBuilder<unknown>[] = [match];
  if (input.site !== undefined) filters.push(sql`article_search.site = ${input.site}`);
  if (input.year !== undefined) filters.push(sql`article_search.year = ${input.year}`);
  if (input.entity !== undefined) {
    filters.push(sql`article_search.article_id IN (SELECT article_id FROM article_entities WHERE entity_id = ${input.entity})`);
  }
  const where = sql.join(filters, sql` AND `);
  // No alias: FTS5's MATCH and bm25() only accept the table's own name.
  const from = sql`article_search`;
  const rank = postgres ? sql`ts_rank(article_search.body_tsv, to_tsquery('simple', ${keys.join(' & ')}))` : sql`-bm25(article_search)`;

  const { page, total, sites, years, entities } = postgres
    ? await postgresCounts(db, { from, where, rank, limit, offset })
    : await sqliteCounts(db, { from, where, rank, limit, offset });

  const ids = page.map((r) => r.article_id);
  const articles = ids.length
    ? await db
        .selectFrom('articles')
        .select(['id', 'url', 'site', 'published', 'published_precision', 'language', 'duplicate_of', 'title', 'text'])
        .where('id', 'in', ids)
        .execute()
    : [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const keySet = new Set(keys);
  const items: ArticleHit[] = [];
  for (const row of page) {
    const a = byId.get(row.article_id);
    if (!a) continue;
    items.push({
      id: a.id,
      url: a.url,
      site: a.site,
      published: a.published,
      publishedPrecision: a.published_precision,
      language: a.language,
      duplicateOf: a.duplicate_of,
      title: highlight(a.title, keySet),
      snippet: makeSnippet(a.text, keySet),
      score: Number(row.score),
    });
  }
  return {
    total,
    items,
    facets: {
      site: sites,
      year: years,
      entity: entities.map((r) => ({ value: r.value, count: Number(r.n), label: { fa: r.label_fa, en: r.label_en } })),
    },
  };
}

interface CountsInput {
  from: RawBuilder<unknown>;
  where: RawBuilder<unknown>;
  rank: RawBuilder<unknown>;
  limit: number;
  offset: number;
}

interface EntityFacetRow {
  value: string;
  n: number;
  label_fa: string | null;
  label_en: string | null;
}

interface Counts {
  page: { article_id: string; score: number }[];
  total: number;
  sites: FacetCount<string>[];
  years: FacetCount<number>[];
  entities: EntityFacetRow[];
}

/** The entity facet over the matches in `from` (whose rows have an `article_id`), `where` applied. */
function entityFacetSql(from: RawBuilder<unknown>, articleId: RawBuilder<unknown>, where: RawBuilder<unknown> | undefined): RawBuilder<EntityFacetRow> {
  return sql<EntityFacetRow>`
    SELECT ae.entity_id AS value, count(*) AS n, max(e.label_fa) AS label_fa, max(e.label_en) AS label_en
    FROM ${from} JOIN article_entities ae ON ae.article_id = ${articleId} LEFT JOIN entities e ON e.id = ae.entity_id
    ${where ? sql`WHERE ${where}` : sql``} GROUP BY ae.entity_id ORDER BY n DESC, value LIMIT ${FACET_SIZE}`;
}

/** PostgreSQL: the page, the total and each facet as its own query over the GIN index. */
async function postgresCounts(db: Db, c: CountsInput): Promise<Counts> {
  const { from, where, rank } = c;
  const page = await sql<{ article_id: string; score: number }>`
    SELECT article_search.article_id, ${rank} AS score FROM ${from} WHERE ${where}
    ORDER BY score DESC, article_search.article_id LIMIT ${c.limit} OFFSET ${c.offset}`.execute(db);
  const total = await sql<{ n: number }>`SELECT count(*) AS n FROM ${from} WHERE ${where}`.execute(db);
  const sites = await sql<{ value: string; n: number }>`
    SELECT article_search.site AS value, count(*) AS n FROM ${from} WHERE ${where} AND article_search.site IS NOT NULL
    GROUP BY article_search.site ORDER BY n DESC, value LIMIT ${FACET_SIZE}`.execute(db);
  const years = await sql<{ value: number; n: number }>`
    SELECT article_search.year AS value, count(*) AS n FROM ${from} WHERE ${where} AND article_search.year IS NOT NULL
    GROUP BY article_search.year ORDER BY value DESC LIMIT ${FACET_SIZE}`.execute(db);
  const entities = await entityFacetSql(from, sql`article_search.article_id`, where).execute(db);
  return {
    page: page.rows,
    total: Number(total.rows[0]?.n ?? 0),
    sites: sites.rows.map((r) => ({ value: r.value, count: Number(r.n) })),
    years: years.rows.map((r) => ({ value: Number(r.value), count: Number(r.n) })),
    entities: entities.rows,
  };
}

/** SQLite's BINARY collation: UTF-8 byte order (differs from UTF-16 code units beyond the BMP). */
function binaryCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * SQLite (FTS5). Reading an UNINDEXED column costs a lookup per matching row, so:
 * - the page is ranked on the rowid alone and only its rows' article ids are read; the tie-break on the
 *   article id is then applied within the page, and when a score tie crosses the page boundary the
 *   fully ordered query decides (same result either way);
 * - the total and the site, year and entity facets come from ONE pass over the matches (materialized
 *   once) instead of one pass each.
 * The ranking and the facet pass read every match: they run on a reader thread when the server has one
 * (`executeOnReader`), so a search over a large corpus does not hold up the server's other requests.
 */
async function sqliteCounts(db: Db, c: CountsInput): Promise<Counts> {
  const { from, where, rank } = c;
  const n = c.offset + c.limit;
  const top = await executeOnReader(db, sql<{ id: number; score: number }>`
    SELECT article_search.rowid AS id, ${rank} AS score FROM ${from} WHERE ${where} ORDER BY score DESC LIMIT ${n + 1}`);
  let page: { article_id: string; score: number }[];
  const last = top.rows[n - 1];
  const next = top.rows[n];
  if (last && next && Number(last.score) === Number(next.score)) {
    page = (
      await executeOnReader(db, sql<{ article_id: string; score: number }>`
        SELECT article_search.article_id, ${rank} AS score FROM ${from} WHERE ${where}
        ORDER BY score DESC, article_search.article_id LIMIT ${c.limit} OFFSET ${c.offset}`)
    ).rows;
  } else {
    const rows = top.rows.slice(0, n);
    const idOf = new Map<number, string>();
    if (rows.length > 0) {
      const found = await sql<{ id: number; article_id: string }>`
        SELECT rowid AS id, article_id FROM article_search WHERE rowid IN (${sql.join(rows.map((r) => r.id))})`.execute(db);
      for (const r of found.rows) idOf.set(Number(r.id), r.article_id);
    }
    page = rows
      .map((r) => ({ article_id: idOf.get(Number(r.id)) as string, score: Number(r.score) }))
      .sort((a, b) => b.score - a.score || binaryCompare(a.article_id, b.article_id))
      .slice(c.offset, c.offset + c.limit);
  }
  const grouped = await executeOnReader(db, sql<{ facet: string; value: string | number | null; year: number | null; n: number; label_fa: string | null; label_en: string | null }>`
    WITH m AS MATERIALIZED (SELECT article_search.article_id, article_search.site, article_search.year FROM ${from} WHERE ${where})
    SELECT 'g' AS facet, site AS value, year, count(*) AS n, NULL AS label_fa, NULL AS label_en FROM m GROUP BY site, year
    UNION ALL
    SELECT 'e', * FROM (${sql`SELECT value, NULL, n, label_fa, label_en FROM (${entityFacetSql(sql`m`, sql`m.article_id`, undefined)})`})`);
  let total = 0;
  const siteCounts = new Map<string, number>();
  const yearCounts = new Map<number, number>();
  const entities: EntityFacetRow[] = [];
  for (const r of grouped.rows) {
    if (r.facet === 'e') {
      entities.push({ value: String(r.value), n: Number(r.n), label_fa: r.label_fa, label_en: r.label_en });
      continue;
    }
    total += Number(r.n);
    if (r.value !== null) siteCounts.set(String(r.value), (siteCounts.get(String(r.value)) ?? 0) + Number(r.n));
    if (r.year !== null) yearCounts.set(Number(r.year), (yearCounts.get(Number(r.year)) ?? 0) + Number(r.n));
  }
  const sites = [...siteCounts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || binaryCompare(a.value, b.value))
    .slice(0, FACET_SIZE);
  const years = [...yearCounts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.value - a.value)
    .slice(0, FACET_SIZE);
  return { page, total, sites, years, entities };
}
