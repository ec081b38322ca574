import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../storage/dialect.js';

/**
 * The article store: articles, their LSH buckets, extracted facts, entity mentions and the full-text
 * index. Portable DDL except the full-text index, guarded by dialect: FTS5 on SQLite (words are folded
 * before insert, so unicode61 only has to split on spaces), a GIN index on a stored `to_tsvector('simple', body)` on PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text', (c) => c.unique())
    .addColumn('site', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('raw_format', 'text', (c) => c.notNull())
    .addColumn('raw_hash', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.unique())
    .addColumn('published', 'text')
    .addColumn('published_precision', 'text')
    .addColumn('published_year', 'integer')
    .addColumn('crawl_date', 'text')
    .addColumn('source_path', 'text')
    .addColumn('source_record', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'text', (c) => c.references('articles.id'))
    .addColumn('similarity', 'real')
    .addColumn('minhash', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('extractor_version', 'text')
    .execute();
  await db.schema.createIndex('articles_raw_hash').on('articles').column('raw_hash').execute();
  await db.schema.createIndex('articles_duplicate_of').on('articles').column('duplicate_of').execute();
  await db.schema.createIndex('articles_site').on('articles').columns(['site', 'published']).execute();
  await db.schema.createIndex('articles_published').on('articles').columns(['published_year', 'published']).execute();

  await db.schema
    .createTable('article_lsh')
    .addColumn('bucket', 'bigint', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addPrimaryKeyConstraint('article_lsh_pk', ['bucket', 'article_id'])
    .execute();

  await db.schema
    .createTable('extracted_facts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('fact', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('extractor_version', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('extracted_facts_article').on('extracted_facts').columns(['article_id', 'position']).execute();
  await db.schema.createIndex('extracted_facts_kind').on('extracted_facts').column('kind').execute();

  await db.schema
    .createTable('article_entities')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('article_entities_entity').on('article_entities').columns(['entity_id', 'article_id']).execute();

  if (dialectOf(db) === 'postgres') {
    // A stored tsvector (not an expression index) so ranking reads it instead of re-parsing every match.
    await sql`CREATE TABLE article_search (
      article_id text PRIMARY KEY REFERENCES articles(id),
      site text,
      year integer,
      body text NOT NULL,
      body_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED
    )`.execute(db);
    await sql`CREATE INDEX article_search_fts ON article_search USING GIN (body_tsv)`.execute(db);
  } else {
    // remove_diacritics is moot (text is already folded) but keeps Latin words folded the same way.
    // Contentless: the folded body is indexed but not stored (snippets come from articles.text), while
    // article_id/site/year are stored (contentless_unindexed, SQLite >= 3.47) in narrow rows, so facets
    // over tens of thousands of matches read a few bytes per match instead of the whole body (~4x faster).
    await sql`CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, site UNINDEXED, year UNINDEXED, body,
      content = '', contentless_unindexed = 1, contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  }
}

/** Drops the article store. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['article_search', 'article_entities', 'extracted_facts', 'article_lsh', 'articles']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
  }
}
