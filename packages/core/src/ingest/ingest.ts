import type { Kysely } from 'kysely';
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
    await batcher.flush();
  }
  return { summary, failures };
}
