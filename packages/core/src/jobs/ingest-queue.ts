import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import { AppError } from '../errors.js';
import { ingestRecord, type IngestContext, type RecordResult } from '../ingest/ingest-record.js';
import { countResult, emptySummary, type IngestSummary } from '../ingest/ingest.js';
import type { IngestFailure, InputRecord } from '../ingest/input-record.js';

/** Name of the pg-boss queue of ingest jobs (one job = one article record, extraction included). */
export const INGEST_QUEUE = 'shahrnet-ingest';
/** pg-boss's schema in the Shahrnet database. */
export const JOBS_SCHEMA = 'pgboss';

/** The output a finished ingest job stores in pg-boss (the record's result). */
export type IngestJobOutput = Pick<RecordResult, 'outcome' | 'articleId' | 'claims' | 'failure'>;

/**
 * Starts pg-boss on the PostgreSQL database at `url` (installing or upgrading its schema, which pg-boss
 * serialises with an advisory lock, so several processes may start at once) and creates the ingest queue.
 * Throws `AppError('unavailable')` when the server cannot be reached.
 */
export async function startJobQueue(url: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: JOBS_SCHEMA, max: 4, supervise: true, schedule: false });
  boss.on('error', () => undefined); // maintenance errors are retried by pg-boss; a failed job is recorded on the job
  try {
    await boss.start();
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 3, retryDelay: 1, expireInSeconds: 600 });
  } catch (cause) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw new AppError('unavailable', `job queue: cannot start pg-boss on PostgreSQL: ${String(cause)}`, [], { cause });
  }
  return boss;
}

/** Queues one job per record and returns the job ids, in record order. */
export async function enqueueIngestJobs(boss: PgBoss, records: readonly InputRecord[]): Promise<string[]> {
  const ids = records.map(() => randomUUID());
  for (let i = 0; i < records.length; i += 500) {
    await boss.insert(
      records.slice(i, i + 500).map((record, k) => ({ id: ids[i + k] as string, name: INGEST_QUEUE, data: record })),
    );
  }
  return ids;
}

/** Jobs fetched per round trip by one worker. Small, so that several workers share a short queue. */
const BATCH = 5;

/** Options of `workIngestJobs`. */
export interface WorkOptions {
  /** Jobs this process runs at once (pg-boss workers on the queue). Default 1. */
  concurrency?: number;
  /** Called after each job this process finished. */
  onResult?: (result: RecordResult) => void;
}

/** A running worker: its summary so far and how to stop it (waits for jobs in flight). */
export interface IngestWorker {
  summary: IngestSummary;
  failures: IngestFailure[];
  /** Jobs currently being processed by this worker. */
  inFlight(): number;
  stop(): Promise<void>;
}

/**
 * Runs ingest jobs from the shared queue in this process. pg-boss hands each job to one worker
 * (`FOR UPDATE SKIP LOCKED`); a job that outlives its expiry or fails is retried, and `ingestRecord` is
 * idempotent, so every article is stored exactly once whatever the number of workers.
 */
export async function workIngestJobs(boss: PgBoss, ctx: IngestContext, opts: WorkOptions = {}): Promise<IngestWorker> {
  const summary = emptySummary();
  const failures: IngestFailure[] = [];
  let inFlight = 0;
  const ids: string[] = [];
  for (let i = 0; i < Math.max(1, opts.concurrency ?? 1); i++) {
    let workerId = '';
    workerId = await boss.work<InputRecord>(INGEST_QUEUE, { batchSize: BATCH, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) {
        inFlight++;
        try {
          const result = await ingestRecord(ctx, job.data);
          // Completed one by one with its own output (pg-boss would store one output for the whole batch);
          // pg-boss's own completion afterwards only touches jobs still active, so it is a no-op for these.
          const output: IngestJobOutput = { outcome: result.outcome, articleId: result.articleId, claims: result.claims, ...(result.failure ? { failure: result.failure } : {}) };
          await boss.complete(INGEST_QUEUE, job.id, output);
          countResult(summary, result);
          if (result.failure) failures.push(result.failure);
          opts.onResult?.(result);
        } finally {
          inFlight--;
        }
      }
      // pg-boss waits a polling interval after every batch; a full batch means more work is likely queued.
      if (jobs.length === BATCH) boss.notifyWorker(workerId);
    });
    ids.push(workerId);
  }
  return {
    summary,
    failures,
    inFlight: () => inFlight,
    stop: async () => {
      for (const id of ids) await boss.offWork({ id });
      // offWork stops fetching; wait for the job in hand so its transaction is not cut short.
      while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));
    },
  };
}

/** Jobs of the ingest queue not yet finished (queued, retrying or running). */
export async function pendingIngestJobs(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${sql.id(JOBS_SCHEMA, 'job')}
    WHERE name = ${INGEST_QUEUE} AND state IN ('created', 'retry', 'active')`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** State and output of jobs by id (finished jobs may have moved to the archive). */
export async function ingestJobStates(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<{ id: string; state: string; output: IngestJobOutput | null }[]> {
  const out: { id: string; state: string; output: IngestJobOutput | null }[] = [];
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    const r = await sql<{ id: string; state: string; output: unknown }>`
      SELECT id::text AS id, state::text AS state, output FROM ${sql.id(JOBS_SCHEMA, 'job')}
      WHERE name = ${INGEST_QUEUE} AND id = ANY(${chunk}::uuid[])
      UNION ALL
      SELECT id::text, state::text, output FROM ${sql.id(JOBS_SCHEMA, 'archive')}
      WHERE name = ${INGEST_QUEUE} AND id = ANY(${chunk}::uuid[])`.execute(db);
    for (const row of r.rows) out.push({ id: row.id, state: row.state, output: (row.output as IngestJobOutput | null) ?? null });
  }
  return out;
}
