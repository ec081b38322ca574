import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import {
  autoAcceptClaims,
  createExtractor,
  parseAutoAcceptPolicy,
  ingest,
  ingestViaQueue,
  loadConfig,
  NO_EXTRACTION,
  startJobQueue,
  type IngestFailure,
  type IngestProgress,
  type IngestSummary,
} from '@shahrnet/core';
import type { CliCommand } from '../command.js';
import { openMigratedDb } from './open-database.js';

/** `path:line` / `path#item 3`: where a failure is, for one-line reports. */
export function formatFailure(f: IngestFailure): string {
  const where = f.line !== undefined ? `${f.source}:${f.line}` : f.record ? `${f.source} (${f.record})` : f.source;
  return `${where}: ${f.reason}`;
}

function summaryLines(s: IngestSummary): string {
  return [
    `articles new:            ${s.articles_new}`,
    `articles duplicate:      ${s.articles_duplicate}`,
    `articles near-duplicate: ${s.articles_near_duplicate}`,
    `articles failed:         ${s.articles_failed}`,
    `claims proposed:         ${s.claims_proposed}`,
  ].join('\n');
}

/**
 * Progress reporting: a bar with rate and ETA on a terminal, a plain line every few seconds otherwise
 * (logs stay readable), failures as they happen. Everything goes to stderr so stdout holds only results.
 */
export function progressReporter(enabled: boolean): { update(p: IngestProgress): void; stop(): void } {
  const started = Date.now();
  if (!enabled) return { update: (p) => p.failure && process.stderr.write(`shahrnet: ingest: ${formatFailure(p.failure)}\n`), stop: () => undefined };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'ingest {bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted} | new {new} dup {dup} near {near} failed {failed}',
        etaBuffer: 200,
        hideCursor: true,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    let startedBar = false;
    return {
      update(p) {
        const payload = {
          rate: Math.round((p.done / Math.max(0.001, (Date.now() - started) / 1000)) * 10) / 10,
          new: p.summary.articles_new,
          dup: p.summary.articles_duplicate,
          near: p.summary.articles_near_duplicate,
          failed: p.summary.articles_failed,
        };
        if (!startedBar) {
          bar.start(p.total, p.done, payload);
          startedBar = true;
        }
        bar.setTotal(p.total);
        bar.update(p.done, payload);
        // Clear the bar line, print the failure, and let the next update redraw the bar below it.
        if (p.failure) process.stderr.write(`\r\x1b[K shahrnet: ingest: ${formatFailure(p.failure)}\n`);
      },
      stop: () => startedBar && bar.stop(),
    };
  }
  let last = 0;
  return {
    update(p) {
      if (p.failure) process.stderr.write(`shahrnet: ingest: ${formatFailure(p.failure)}\n`);
      const now = Date.now();
      if (now - last < 2000 && p.done < p.total) return;
      last = now;
      const secs = (now - started) / 1000;
      const rate = p.done / Math.max(0.001, secs);
      const eta = rate > 0 ? Math.round((p.total - p.done) / rate) : 0;
      const s = p.summary;
      process.stderr.write(
        `ingest: ${p.done}/${p.total} (${Math.floor((100 * p.done) / Math.max(1, p.total))}%) ${rate.toFixed(1)}/s ETA ${eta}s new=${s.articles_new} duplicate=${s.articles_duplicate} near_duplicate=${s.articles_near_duplicate} failed=${s.articles_failed}\n`,
      );
    },
    stop: () => undefined,
  };
}

interface IngestOptions {
  json?: boolean;
  extract?: boolean;
  enqueueOnly?: boolean;
  concurrency?: string;
  batch?: string;
}

/**
 * `shahrnet ingest <path...>`: stores news articles (files, folders, feeds) with their extracted facts.
 * On SQLite the work runs in this process; on PostgreSQL it goes through the pg-boss queue, which this
 * process also works on (and `shahrnet worker` processes share) unless `--enqueue-only`.
 * `--json` prints only the one-line summary.
 */
export const ingestCommand: CliCommand = {
  register(program: Command): void {
    program
      .command('ingest')
      .description('Ingest news: .txt, .html, .json, .jsonl files, RSS/Atom feeds and folders of them')
      .argument('<path...>', 'files or folders (searched recursively)')
      .option('--json', 'print only the summary as one JSON object')
      .option('--no-extract', 'store and index articles without extracting facts')
      .option('--enqueue-only', 'PostgreSQL: only queue the jobs for `shahrnet worker` processes')
      .option('--concurrency <n>', 'PostgreSQL: jobs this process runs at once (default 1)')
      .option('--batch <records>', 'SQLite: records per transaction at most (default 500)')
      .action(async (paths: string[], opts: IngestOptions) => {
        const config = loadConfig();
        const handle = await openMigratedDb(config);
        const progress = progressReporter(opts.json !== true);
        try {
          const extractor = opts.extract === false ? NO_EXTRACTION : await createExtractor(config.SHAHRNET_DATA_DIR);
          let summary: IngestSummary;
          let failures: IngestFailure[];
          let queued: number | undefined;
          if (handle.dialect === 'postgres' && config.DATABASE_URL) {
            const boss = await startJobQueue(config.DATABASE_URL);
            try {
              ({ summary, failures, queued } = await ingestViaQueue(handle.db, boss, paths, {
                extractor,
                enqueueOnly: opts.enqueueOnly === true,
                concurrency: Math.max(1, Number(opts.concurrency ?? 1) || 1),
                onProgress: (p) => progress.update(p),
              }));
            } finally {
              await boss.stop({ graceful: true, wait: true });
            }
            // Failures of queued jobs are only known at the end; read failures were printed as they came.
            if (opts.json !== true) for (const f of failures.filter((x) => x.source.startsWith('job '))) process.stderr.write(`shahrnet: ingest: ${formatFailure(f)}\n`);
          } else {
            const records = Math.floor(Number(opts.batch));
            ({ summary, failures } = await ingest(handle.db, paths, {
              extractor,
              onProgress: (p) => progress.update(p),
              ...(records >= 1 ? { batch: { records } } : {}),
            }));
          }
          progress.stop();
          // The auto-accept policy (off by default) sweeps the proposed claims once the articles are in;
          // it is recorded as the actor of what it accepts. Queued-only runs leave it to the workers.
          const policy = parseAutoAcceptPolicy(config.SHAHRNET_AUTO_ACCEPT);
          const accepted = policy && !opts.enqueueOnly ? await autoAcceptClaims(handle.db, policy) : undefined;
          if (opts.json) {
            process.stdout.write(`${JSON.stringify(accepted ? { ...summary, claims_auto_accepted: accepted.accepted } : summary)}\n`);
          } else {
            if (opts.enqueueOnly) process.stdout.write(`queued ${queued ?? 0} ingest jobs for shahrnet worker\n`);
            process.stdout.write(`${summaryLines(summary)}\n`);
            if (accepted) process.stdout.write(`claims auto-accepted:    ${accepted.accepted} (${accepted.flagged} flagged for review)\n`);
            if (failures.length > 0) process.stdout.write(`${failures.length} input(s) failed; see the messages above\n`);
          }
        } finally {
          progress.stop();
          await handle.close();
        }
      });
  },
};
