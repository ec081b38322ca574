import { readShippedData, type ReadShippedDataOptions } from '../data-format/read-shipped-data.js';
import type { Actor } from '../domain/actor.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import { applyRecords, type ImportReport } from './apply-records.js';
import { mapShippedDataset } from './shipped-mapping.js';

/** Options of `importShippedData`. */
export interface ImportShippedDataOptions extends ReadShippedDataOptions {
  /** Called after each record with (done, total), for progress bars. */
  onProgress?: (done: number, total: number) => void;
  /** The reason written in the history (default: "shipped data import"). */
  reason?: string;
}

/**
 * Loads a shipped-data folder (`data/` format) into the registry. Every line of every file is
 * validated first (`readShippedData`: a bad row is reported with its file, line and reason and
 * nothing is imported); then the whole dataset is applied in ONE transaction, so a failure leaves
 * the database as it was. Shipped ids are kept as entity ids and membership ids as statement ids
 * (links without an id get deterministic ids). Idempotent: importing the same data again changes
 * nothing and writes no history; a changed record is updated (with history).
 */
export async function importShippedData(db: Db, dir: string, actor: Actor, options: ImportShippedDataOptions = {}): Promise<ImportReport> {
  const dataset = await readShippedData(dir, options);
  const { entities, statements } = mapShippedDataset(dataset);
  return inTransaction(db, (trx) =>
    applyRecords(trx, entities, statements, { actor, reason: options.reason ?? 'shipped data import' }, options.onProgress),
  );
}

/** True when the registry has no entity yet: the server loads the shipped data on first run. */
export async function isRegistryEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('entities').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
