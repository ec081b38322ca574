import type PgBoss from 'pg-boss';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import { discoverFiles, readInputFile } from '../ingest/read-input.js';
import { countResult, emptySummary, type IngestProgress, type IngestSummary } from '../ingest/ingest.js';
import type { Extractor, RecordResult } from '../ingest/ingest-record.js';
import { SignatureCache } from '../articles/articles.repository.js';
import type { IngestFailure } from '../ingest/input-record.js';
import { enqueueIngestJobs, ingestJobStates, pendingIngestJobs, workIngestJobs } from './ingest-queue.js';

/** Options of `ingestViaQueue`. */
export interface QueueIngestOptions {
  extractor: Extractor;
  /** Only queue the jobs; `shahrnet worker` processes run them. */
  enqueueOnly?: boolean;
  /** Jobs this process runs at once while it waits (default 1). */
  concurrency?: number;
  onProgress?: (progress: IngestProgress) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Ingest on PostgreSQL: reads the inputs, queues one pg-boss job per record, and (unless `enqueueOnly`)
 * works on the shared queue itself until every job of this run has finished — whichever process ran it —
 * then builds the summary from the jobs' stored outputs. With `enqueueOnly` the summary counts only the
 * records that could not be read; the queued jobs are reported by the workers.
 */
export async function ingestViaQueue(
  db: Kysely<Database>,
  boss: PgBoss,
  inputs: readonly string[],
  opts: QueueIngestOptions,
): Promise<{ summary: IngestSummary; failures: IngestFailure[]; queued: number }> {
  const failures: IngestFailure[] = [];
  const readFailures = emptySummary();
  const { files, failures: missing } = discoverFiles(inputs);
  failures.push(...missing);
  const ids: string[] = [];
  for (const file of files) {
    const { records, failures: bad } = readInputFile(file);
    failures.push(...bad);
    ids.push(...(await enqueueIngestJobs(boss, records)));
  }
  readFailures.articles_failed = failures.length;
  if (opts.enqueueOnly) return { summary: readFailures, failures, queued: ids.length };

  const worker = await workIngestJobs(boss, { db, extractor: opts.extractor, signatures: new SignatureCache() }, { concurrency: opts.concurrency ?? 1 });
  const total = ids.length + failures.length;
  try {
    for (;;) {
      const states = await ingestJobStates(db, ids);
      const finished = states.filter((s) => s.state === 'completed' || s.state === 'failed' || s.state === 'cancelled');
      const summary = { ...readFailures };
      for (const s of finished) {
        if (s.state === 'completed' && s.output) countResult(summary, s.output);
        else summary.articles_failed += 1;
      }
      opts.onProgress?.({ done: finished.length + failures.length, total, summary });
      if (finished.length === ids.length) {
        for (const s of finished) {
          if (s.state === 'completed' && s.output?.failure) failures.push(s.output.failure);
          else if (s.state !== 'completed') failures.push({ source: `job ${s.id}`, reason: `job ${s.state} after retries` });
        }
        return { summary, failures, queued: ids.length };
      }
      await sleep(300);
    }
  } finally {
    await worker.stop();
  }
}

/** Options of `runIngestWorker`. */
export interface WorkerRunOptions {
  extractor: Extractor;
  concurrency?: number;
  /** Return once the queue is empty and nothing is running here (for batch runs and tests). */
  untilIdle?: boolean;
  /** Resolves when the worker should stop (e.g. on SIGTERM); ignored with `untilIdle`. */
  stopSignal?: Promise<void>;
  onResult?: (result: RecordResult) => void;
}

/**
 * `shahrnet worker`: processes ingest jobs from the shared pg-boss queue until stopped (or, with
 * `untilIdle`, until the queue has no pending job and this worker is idle), then returns what it did.
 */
export async function runIngestWorker(
  db: Kysely<Database>,
  boss: PgBoss,
  opts: WorkerRunOptions,
): Promise<{ summary: IngestSummary; failures: IngestFailure[] }> {
  const worker = await workIngestJobs(boss, { db, extractor: opts.extractor, signatures: new SignatureCache() }, {
    concurrency: opts.concurrency ?? 1,
    ...(opts.onResult ? { onResult: opts.onResult } : {}),
  });
  try {
    if (opts.untilIdle) {
      let idleChecks = 0;
      // Two idle readings in a row: a job fetched between the two queries is not missed.
      while (idleChecks < 2) {
        await sleep(500);
        idleChecks = (await pendingIngestJobs(db)) === 0 && worker.inFlight() === 0 ? idleChecks + 1 : 0;
      }
    } else {
      await (opts.stopSignal ?? new Promise<void>(() => undefined));
    }
  } finally {
    await worker.stop();
  }
  return { summary: worker.summary, failures: worker.failures };
}
