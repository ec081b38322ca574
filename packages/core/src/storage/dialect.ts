import { PostgresAdapter, type QueryExecutor } from 'kysely';

/** The two SQL dialects Shahrnet runs on. PGlite counts as `postgres`. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * Which dialect a Kysely instance or transaction talks to. Migrations use it to guard the rare
 * dialect-only statement (identity columns, full-text and pattern indexes); repositories use it
 * only where a query must differ (documented at the call).
 */
export function dialectOf(db: { getExecutor(): QueryExecutor }): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
