import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { AppError } from '../errors.js';
import { migrationProvider } from './migrations/index.js';

/**
 * Brings the schema to the latest migration (idempotent; each migration runs in a transaction where
 * the dialect allows). Throws `AppError('internal')` naming the migration that failed and why.
 * Returns the names of the migrations applied by this call.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  let result: MigrationResultSet;
  try {
    result = await migrator.migrateToLatest();
  } catch (cause) {
    throw new AppError('internal', `database migration failed: ${String(cause)}`, [], { cause });
  }
  const failed = result.results?.find((r) => r.status === 'Error');
  if (result.error || failed) {
    const name = failed?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new AppError('internal', `database migration ${name} failed: ${reason}`, [{ source: name, message: reason }], {
      cause: result.error,
    });
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
