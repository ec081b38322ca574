/**
 * Row types of the news-article store. Composed into the one `Database` interface of `storage/`.
 * Timestamps are ISO-8601 UTC text and JSON is text on both dialects. Row types stay inside the
 * repositories; use cases return the domain types of `article.ts`.
 */

/** One ingested article (or a failed attempt at one). */
export interface ArticlesTable {
  /** Deterministic: derived from the content hash (or the raw hash for a failure), so re-runs and crash recovery produce the same ids. */
  id: string;
  /** The URL as given by the input, when there was one. */
  url: string | null;
  /** `canonicalUrl(url)`: unique, the first exact-duplicate key. */
  canonical_url: string | null;
  /** Host of the canonical URL without `www.`, else the site name read from the page chrome. */
  site: string | null;
  title: string;
  /** `fa`, `en` or `other`. */
  language: string;
  /** Cleaned article text (no site chrome); evidence offsets point into it. */
  text: string;
  /** The record as read (text, HTML or the JSON/feed item), so it can be re-cleaned by a newer cleaner. */
  raw: string;
  /** `txt`, `html`, `json`, `jsonl`, `rss` or `atom`. */
  raw_format: string;
  /** SHA-256 of `raw`: lets a re-run skip a record before cleaning it. */
  raw_hash: string;
  /** SHA-256 of the folded cleaned text: unique, the second exact-duplicate key. Null for failures. */
  content_hash: string | null;
  /** Publication date as a partial ISO value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and its precision. */
  published: string | null;
  published_precision: string | null;
  /** Gregorian year of `published`, for the year facet. */
  published_year: number | null;
  /** Date the page says it was crawled/shown (header date), when told apart from publication. */
  crawl_date: string | null;
  /** Where the record came from: the input path and the record's place in it (line, item number). */
  source_path: string | null;
  source_record: string | null;
  ingested_at: string;
  /** Near-duplicate link: the earlier article this one repeats, and the estimated Jaccard similarity. */
  duplicate_of: string | null;
  similarity: number | null;
  /** MinHash signature (base64), kept so later articles can be compared with this one. */
  minhash: string | null;
  /** `ok` or `failed`. */
  status: string;
  error: string | null;
  extractor_version: string | null;
}

/** LSH index of near-duplicate detection: one row per band of each original (non-duplicate) article. */
export interface ArticleLshTable {
  bucket: number;
  article_id: string;
}

/**
 * Facts extracted from an article, as proposed to the claims layer (the `proposeClaims` seam):
 * one JSON row per fact, with the extractor version that produced it.
 */
export interface ExtractedFactsTable {
  /** `<article id>:<position>`. */
  id: string;
  article_id: string;
  position: number;
  kind: string;
  /** The fact in the corpus format with evidence and confidence (JSON). */
  fact: string;
  confidence: number;
  extractor_version: string;
  created_at: string;
}

/** Which linked entities an article's facts mention: the entity facet of article search. */
export interface ArticleEntitiesTable {
  article_id: string;
  entity_id: string;
}

/**
 * Full-text index rows: folded title and text (`foldForSearch`). An FTS5 virtual table on SQLite and a
 * plain table with a stored `body_tsv = to_tsvector('simple', body)` and a GIN index on PostgreSQL; the same
 * writable columns on both (`body_tsv` is generated, so it is not in this type).
 */
export interface ArticleSearchTable {
  article_id: string;
  /** Copies of the article's site and publication year, for facets without a join. */
  site: string | null;
  year: number | null;
  body: string;
}
