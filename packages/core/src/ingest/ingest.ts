import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../storage/dialect.js';
import type { Database } from '../storage/database.js';
import { countRecords, discoverFiles, readInputFile } from './read-input.js';
import { recordBatcher, type BatchLimits, type Extractor, type IngestOutcome, type RecordResult } from './ingest-record.js';
import type { IngestFailure } from './input-record.js';

/** The run summary; the keys are the CLI's `--json` output. */
export interface IngestSummary {
  articles_new: number;
  articles_duplicate: number;
  articles_near_duplicate: number;
  articles_failed: number;
  claims_proposed: number;
}

/** Progress after each record (and after each unreadable file). */
export interface IngestProgress {
  /** Records handled so far (including failures). */
  done: number;
  /** Estimated records in all inputs (grows if a file holds more than estimated). */
  total: number;
  summary: IngestSummary;
  /** The failure just met, if the last step failed. */
  failure?: IngestFailure;
}

/** Options of `ingest`. */
export interface IngestOptions {
  extractor: Extractor;
  onProgress?: (progress: IngestProgress) => void;
  nearThreshold?: number;
  /** Records per transaction and how long one stays open at most (`recordBatcher`). */
  batch?: BatchLimits;
}

/** A summary with every count at zero. */
export function emptySummary(): IngestSummary {
  return { articles_new: 0, articles_duplicate: 0, articles_near_duplicate: 0, articles_failed: 0, claims_proposed: 0 };
}

const KEY: Record<IngestOutcome, keyof IngestSummary> = {
  new: 'articles_new',
  duplicate: 'articles_duplicate',
  near_duplicate: 'articles_near_duplicate',
  failed: 'articles_failed',
};

/** Adds one record's result to a summary (in place). */
export function countResult(summary: IngestSummary, result: Pick<RecordResult, 'outcome' | 'claims'>): void {
  summary[KEY[result.outcome]] += 1;
  summary.claims_proposed += result.claims;
}

/** WAL pages between automatic checkpoints while ingest runs on SQLite (~400 MB of WAL). */
export const INGEST_CHECKPOINT_PAGES = 100_000;

/**
 * On SQLite, spaces automatic checkpoints out to `INGEST_CHECKPOINT_PAGES` for the run and returns how to
 * restore the connection's setting. Ingest rewrites the same random index pages (LSH buckets, evidence by
 * claim) transaction after transaction; a checkpoint copies each page once however often the WAL holds it,
 * and syncs the file. With the connection's 10,000 pages every ingest transaction triggered one: 3,000
 * articles into a 100k-article database made 28 fsync and 373k pwrite calls, 7 and 319k spaced out.
 * Durability is the same (`synchronous = NORMAL` in WAL); the WAL file is truncated back after a
 * checkpoint (`journal_size_limit`). On PostgreSQL nothing to do.
 */
async function spaceCheckpoints(db: Kysely<Database>): Promise<() => Promise<void>> {
  if (dialectOf(db) !== 'sqlite') return async () => undefined;
  const before = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
  const pages = Number(before.rows[0]?.wal_autocheckpoint ?? 1000);
  await sql.raw(`pragma wal_autocheckpoint = ${INGEST_CHECKPOINT_PAGES}`).execute(db);
  return async () => {
    await sql.raw(`pragma wal_autocheckpoint = ${Math.max(0, Math.floor(pages))}`).execute(db);
  };
}

/**
 * Ingests files and folders (recursively) of .txt, .html, .json, .jsonl and RSS/Atom feeds: every record
 * is run through `ingestRecordInTransaction` in-process, one after another, in a deterministic order (the
 * in-process job runner used on SQLite), several records per transaction, each under its own savepoint
 * (`recordBatcher`). Progress is reported after every record. Idempotent: a re-run adds nothing and
 * counts everything as duplicates; resumable: after an interruption the next run skips what was
 * committed and continues. Unreadable files and bad records are reported in `failures` (with path, line
 * or item, and reason) and counted in `articles_failed`; they never stop the run.
 */
export async function ingest(
  db: Kysely<Database>,
  inputs: readonly string[],
  opts: IngestOptions,
): Promise<{ summary: IngestSummary; failures: IngestFailure[] }> {
  const summary = emptySummary();
  const failures: IngestFailure[] = [];
  const { files, failures: missing } = discoverFiles(inputs);
  let total = files.reduce((n, f) => n + countRecords(f), 0) + missing.length;
  let done = 0;
  const report = (failure?: IngestFailure): void => {
    if (done > total) total = done;
    opts.onProgress?.({ done, total, summary, ...(failure ? { failure } : {}) });
  };
  for (const failure of missing) {
    failures.push(failure);
    summary.articles_failed += 1;
    done += 1;
    report(failure);
  }
  const ctx = { db, extractor: opts.extractor, ...(opts.nearThreshold !== undefined ? { nearThreshold: opts.nearThreshold } : {}) };
  const batcher = recordBatcher(ctx, opts.batch);
  const restoreCheckpoints = await spaceCheckpoints(db);
  try {
    for (const file of files) {
      const { records, failures: bad } = readInputFile(file);
      for (const failure of bad) {
        failures.push(failure);
        summary.articles_failed += 1;
        done += 1;
        report(failure);
      }
      for (const record of records) {
        const result = await batcher.add(record);
        countResult(summary, result);
        if (result.failure) failures.push(result.failure);
        done += 1;
        report(result.failure);
      }
    }
  } finally {
    // Whatever stopped the run, the records handled so far are whole: keep them.
    try {
      await batcher.flush();
    } finally {
      await restoreCheckpoints();
    }
  }
  return { summary, failures };
}
