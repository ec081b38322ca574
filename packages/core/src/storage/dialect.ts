import { PostgresAdapter, type Kysely } from 'kysely';

/** The two SQL dialects Shahrnet runs on. PGlite counts as `postgres`. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * Which dialect a Kysely instance (or transaction) talks to. Migrations use it to guard the rare
 * dialect-only statement (identity columns, full-text indexes); queries should not need it.
 */
export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
