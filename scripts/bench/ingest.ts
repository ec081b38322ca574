/**
 * `npm run bench -- ingest [--json] [--articles N]`: ingest throughput into SQLite, extraction and claims
 * included, over a generated corpus (default 100,000 articles: JSON Lines files of 1,000 records, with
 * syndicated near-duplicates and exact duplicates). Also measures a baseline in the same run: the same
 * records read and inserted as bare rows, one transaction each, so the ratio says what cleaning, dedupe,
 * extraction and indexing cost. Prints one JSON object with --json.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { createExtractor, createSqliteDb, generateCorpus, ingest, migrateToLatest, discoverFiles, readInputFile } from '@shahrnet/core';
import { argValue } from './lib/args.js';
import { machine, type MachineFigures } from './lib/machine.js';

/** Result of the ingest benchmark (snake_case keys, as printed). */
export interface IngestBenchResult {
  name: 'ingest';
  /** The machine the figures come from (`machine`). */
  machine: MachineFigures;
  articles: number;
  articles_new: number;
  articles_near_duplicate: number;
  articles_duplicate: number;
  articles_failed: number;
  claims_proposed: number;
  seconds: number;
  articles_per_s: number;
  /** Process CPU time (user + system) of the ingest: on a shared machine it varies less than the wall time. */
  cpu_seconds: number;
  articles_per_cpu_s: number;
  baseline_articles_per_s: number;
  ratio: number;
  db_bytes: number;
  db_bytes_per_article: number;
  corpus_bytes: number;
  peak_rss_mb: number;
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** Runs the benchmark on a fresh temp folder and database; removes them unless `keep`. */
export async function runIngestBench(opts: { articles?: number; keep?: boolean; log?: (line: string) => void } = {}): Promise<IngestBenchResult> {
  const n = opts.articles ?? 100_000;
  const log = opts.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'shahrnet-bench-ingest-'));
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  try {
    const corpusDir = join(dir, 'corpus');
    mkdirSync(corpusDir);
    let lines: string[] = [];
    let fileNo = 0;
    let corpusBytes = 0;
    const flush = (): void => {
      const text = `${lines.join('\n')}\n`;
      corpusBytes += Buffer.byteLength(text);
      writeFileSync(join(corpusDir, `part-${String(fileNo++).padStart(5, '0')}.jsonl`), text);
      lines = [];
    };
    for (const a of generateCorpus(n, { seed: 2024 })) {
      lines.push(JSON.stringify(a));
      if (lines.length === 1000) flush();
    }
    if (lines.length) flush();
    log(`corpus: ${n} articles, ${(corpusBytes / 1e6).toFixed(1)} MB in ${fileNo} files`);

    // Baseline: read the same files and insert each record as a bare row in its own transaction.
    const baseFile = join(dir, 'baseline.sqlite');
    const base = new BetterSqlite3(baseFile);
    base.pragma('journal_mode = WAL');
    base.pragma('synchronous = NORMAL');
    base.exec('CREATE TABLE raw (id INTEGER PRIMARY KEY, url TEXT, body TEXT)');
    const insert = base.prepare('INSERT INTO raw (url, body) VALUES (?, ?)');
    const t0 = performance.now();
    let baseCount = 0;
    for (const file of discoverFiles([corpusDir]).files) {
      for (const r of readInputFile(file).records) {
        base.transaction(() => insert.run(r.url ?? null, r.text ?? r.html ?? ''))();
        baseCount++;
      }
    }
    const baselineSeconds = (performance.now() - t0) / 1000;
    base.close();

    const dbFile = join(dir, 'bench.sqlite');
    const handle = createSqliteDb(dbFile);
    await migrateToLatest(handle.db);
    const extractor = await createExtractor();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let lastLog = started;
    const { summary } = await ingest(handle.db, [corpusDir], {
      extractor,
      onProgress: (p) => {
        const now = performance.now();
        if (now - lastLog > 10_000) {
          lastLog = now;
          log(`ingest: ${p.done}/${p.total} ${(p.done / ((now - started) / 1000)).toFixed(0)}/s`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    await handle.close();
    const checkpoint = new BetterSqlite3(dbFile);
    checkpoint.pragma('wal_checkpoint(TRUNCATE)');
    checkpoint.close();
    const dbBytes = fileSize(dbFile) + fileSize(`${dbFile}-wal`);
    const stored = summary.articles_new + summary.articles_near_duplicate;
    const perS = n / seconds;
    const basePerS = baseCount / baselineSeconds;
    return {
      name: 'ingest',
      machine: machine(),
      articles: n,
      articles_new: summary.articles_new,
      articles_near_duplicate: summary.articles_near_duplicate,
      articles_duplicate: summary.articles_duplicate,
      articles_failed: summary.articles_failed,
      claims_proposed: summary.claims_proposed,
      seconds: Math.round(seconds * 10) / 10,
      articles_per_s: Math.round(perS * 10) / 10,
      cpu_seconds: Math.round(cpuSeconds * 10) / 10,
      articles_per_cpu_s: Math.round((n / cpuSeconds) * 10) / 10,
      baseline_articles_per_s: Math.round(basePerS),
      ratio: Math.round((basePerS / perS) * 10) / 10,
      db_bytes: dbBytes,
      db_bytes_per_article: Math.round(dbBytes / Math.max(1, stored)),
      corpus_bytes: corpusBytes,
      peak_rss_mb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1e6),
    };
  } finally {
    clearInterval(sample);
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  }
}


if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const articles = Number(argValue(args, '--articles') ?? 100_000);
  if (!Number.isInteger(articles) || articles < 1) {
    process.stderr.write('usage: ingest.ts [--json] [--articles N] [--keep]\n');
    process.exit(2);
  }
  const result = await runIngestBench({ articles, keep: args.includes('--keep'), log: (l) => process.stderr.write(`bench ingest: ${l}\n`) });
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
}
