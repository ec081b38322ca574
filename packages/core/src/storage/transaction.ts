import type { Db, Database } from './database.js';
import type { Transaction } from 'kysely';

/**
 * Runs `fn` in a transaction: a new one on a database, or the caller's when `db` already is a
 * transaction (so use cases compose: an import calls create-statement inside its own transaction).
 */
export async function inTransaction<T>(db: Db, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>);
  return db.transaction().execute(fn);
}
