import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Name search by key prefix uses `key LIKE 'k%'`. PostgreSQL uses a b-tree for LIKE only with
 * `text_pattern_ops` (whatever the database collation), so this PostgreSQL-only index serves it.
 * SQLite needs nothing: the search adds a byte-wise range on the existing `entity_names_key` index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`CREATE INDEX IF NOT EXISTS entity_names_key_pattern ON entity_names (key text_pattern_ops)`.execute(db);
}

/** Drops the PostgreSQL prefix index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`DROP INDEX IF EXISTS entity_names_key_pattern`.execute(db);
}
