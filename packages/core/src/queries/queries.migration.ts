import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the read paths (entity page, timeline, as-of, graph) on large registries.
 * `post_id`, `on_behalf_of_id` and `merged_into` are NULL on almost every row; once SQLite has
 * statistics (ANALYZE / PRAGMA optimize) a full index on such a column looks like one huge key and
 * the planner scans the table instead (13 ms instead of 0.05 ms per entity page query at 100k
 * statements). Partial indexes over the non-NULL rows replace them: `col IN (...)` implies
 * `col IS NOT NULL`, so both engines use them, and they stay small.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS statements_post`.execute(db);
  await sql`DROP INDEX IF EXISTS statements_on_behalf_of`.execute(db);
  await sql`DROP INDEX IF EXISTS entities_merged_into`.execute(db);
  await sql`CREATE INDEX statements_post_nn ON statements (post_id, start_date) WHERE post_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX statements_on_behalf_of_nn ON statements (on_behalf_of_id) WHERE on_behalf_of_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX entities_merged_into_nn ON entities (merged_into) WHERE merged_into IS NOT NULL`.execute(db);
  await sql`CREATE INDEX claim_arguments_entity_nn ON claim_arguments (entity_id, claim_id) WHERE entity_id IS NOT NULL`.execute(db);
  await sql`DROP INDEX IF EXISTS claim_arguments_entity`.execute(db);
}

/** Restores the full indexes. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ['statements_post_nn', 'statements_on_behalf_of_nn', 'entities_merged_into_nn', 'claim_arguments_entity_nn']) {
    await sql`DROP INDEX IF EXISTS ${sql.id(name)}`.execute(db);
  }
  await sql`CREATE INDEX statements_post ON statements (post_id, start_date)`.execute(db);
  await sql`CREATE INDEX statements_on_behalf_of ON statements (on_behalf_of_id)`.execute(db);
  await sql`CREATE INDEX entities_merged_into ON entities (merged_into)`.execute(db);
  await sql`CREATE INDEX claim_arguments_entity ON claim_arguments (entity_id, claim_id)`.execute(db);
}
