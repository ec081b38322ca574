import type { Command } from 'commander';
import { AppError, createExtractor, loadConfig, NO_EXTRACTION, parseAutoAcceptPolicy, runIngestWorker, startAutoAcceptSweeps, startJobQueue } from '@shahrnet/core';
import type { CliCommand } from '../command.js';
import { openMigratedDb } from './open-database.js';
import { formatFailure } from './ingest.js';

interface WorkerOptions {
  json?: boolean;
  untilIdle?: boolean;
  extract?: boolean;
  concurrency?: string;
}

/**
 * `shahrnet worker`: runs ingest/extraction jobs from the PostgreSQL job queue (pg-boss). Start as many as
 * there are cores to spare, on one or several machines; each job is done by exactly one of them. Stops on
 * SIGINT/SIGTERM after the job in hand, or with `--until-idle` once the queue is empty. Prints what it did.
 * With an auto-accept policy (`SHAHRNET_AUTO_ACCEPT`), it sweeps the proposed claims every few seconds while
 * jobs come in and once more before it exits, so the policy applies to what workers ingest too.
 */
export const workerCommand: CliCommand = {
  register(program: Command): void {
    program
      .command('worker')
      .description('Process queued ingest jobs (PostgreSQL only; several workers share the queue)')
      .option('--until-idle', 'exit once no job is pending')
      .option('--json', 'print only this worker\'s summary as one JSON object')
      .option('--no-extract', 'store articles without extracting facts')
      .option('--concurrency <n>', 'jobs this process runs at once (default 1)')
      .action(async (opts: WorkerOptions) => {
        const config = loadConfig();
        if (!config.DATABASE_URL) {
          throw new AppError('validation_failed', 'shahrnet worker needs PostgreSQL (set DATABASE_URL); on SQLite, shahrnet ingest runs the jobs itself', [
            { source: 'DATABASE_URL', message: 'not set' },
          ]);
        }
        const policy = parseAutoAcceptPolicy(config.SHAHRNET_AUTO_ACCEPT);
        const handle = await openMigratedDb(config);
        try {
          const extractor = opts.extract === false ? NO_EXTRACTION : await createExtractor(config.SHAHRNET_DATA_DIR);
          const boss = await startJobQueue(config.DATABASE_URL);
          let stop: () => void = () => undefined;
          const stopSignal = new Promise<void>((resolve) => {
            stop = resolve;
          });
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
          const sweeps = policy
            ? startAutoAcceptSweeps(handle.db, policy, { onError: (e) => process.stderr.write(`shahrnet: worker: auto-accept: ${e instanceof Error ? e.message : String(e)}\n`) })
            : undefined;
          // On stderr even with --json: supervisors (and the tests) wait for this line before queueing work.
          process.stderr.write('shahrnet worker: waiting for ingest jobs\n');
          try {
            const { summary, failures } = await runIngestWorker(handle.db, boss, {
              extractor,
              untilIdle: opts.untilIdle === true,
              stopSignal,
              concurrency: Math.max(1, Number(opts.concurrency ?? 1) || 1),
              onResult: (r) => {
                // A stored article may add a claim or a second source to one: either can make a claim qualify.
                if (r.outcome === 'new' || r.outcome === 'near_duplicate') sweeps?.markDirty();
                if (r.failure) process.stderr.write(`shahrnet: worker: ${formatFailure(r.failure)}\n`);
              },
            });
            const accepted = await sweeps?.stop();
            const out = accepted ? { ...summary, claims_auto_accepted: accepted.accepted } : summary;
            if (opts.json) process.stdout.write(`${JSON.stringify(out)}\n`);
            else process.stdout.write(`worker done: ${JSON.stringify(out)}${failures.length ? ` (${failures.length} failed)` : ''}\n`);
          } finally {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            await boss.stop({ graceful: true, wait: true });
          }
        } finally {
          await handle.close();
        }
      });
  },
};
