import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase, requireServerPostgres } from '../testing/server-postgres.js';
import { createPostgresDb, createSqliteDb } from '../storage/create-db.js';
import { migrateToLatest } from '../storage/migrate.js';
import { generateCorpus } from '../ingest/generate-corpus.js';
import { readInputFile } from '../ingest/read-input.js';
import { ingest, type IngestSummary } from '../ingest/ingest.js';
import { createExtractor } from '../ingest/extractor.js';
import { enqueueIngestJobs, ingestJobStates, pendingIngestJobs, startJobQueue } from './ingest-queue.js';

const BIN = fileURLToPath(new URL('../../../cli/bin/shahrnet.mjs', import.meta.url));

function startWorker(url: string): { child: ChildProcess; ready: Promise<void>; done: Promise<IngestSummary> } {
  const child = spawn(process.execPath, [BIN, 'worker', '--json'], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('waiting for ingest jobs')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${err}`)));
  });
  const done = new Promise<IngestSummary>((resolve, reject) => {
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim()) as IngestSummary) : reject(new Error(`worker failed (${code}): ${err}`))));
  });
  return { child, ready, done };
}

describe('ingest jobs on PostgreSQL (pg-boss)', () => {
  it('two worker processes share the queue and process every article exactly once', async () => {
    const base = await requireServerPostgres();
    const { name, url } = await createTestDatabase(base, 'shahrnet_jobs');
    const dir = mkdtempSync(join(tmpdir(), 'shahrnet-jobs-'));
    const handle = createPostgresDb(url, 4);
    const workers: ReturnType<typeof startWorker>[] = [];
    let boss: Awaited<ReturnType<typeof startJobQueue>> | undefined;
    try {
      // Exact duplicates included (they race between workers); no near-duplicates, whose link depends on order.
      const file = join(dir, 'corpus.jsonl');
      writeFileSync(file, [...generateCorpus(300, { seed: 7, nearDuplicateRate: 0, exactDuplicateRate: 0.1 })].map((a) => JSON.stringify(a)).join('\n'));
      const { records } = readInputFile(file);
      await migrateToLatest(handle.db);
      boss = await startJobQueue(url);
      workers.push(startWorker(url), startWorker(url));
      await Promise.all(workers.map((w) => w.ready));
      const ids = await enqueueIngestJobs(boss, records);
      while ((await pendingIngestJobs(handle.db)) > 0) await new Promise((r) => setTimeout(r, 300));
      for (const w of workers) w.child.kill('SIGTERM');
      const summaries = await Promise.all(workers.map((w) => w.done));
      // Both workers took part, and together they handled each job once.
      for (const s of summaries) expect(s.articles_new + s.articles_duplicate).toBeGreaterThan(0);
      const total = (k: keyof IngestSummary): number => summaries.reduce((n, s) => n + s[k], 0);
      expect(total('articles_new') + total('articles_duplicate') + total('articles_failed') + total('articles_near_duplicate')).toBe(records.length);
      const states = await ingestJobStates(handle.db, ids);
      expect(states.filter((s) => s.state === 'completed')).toHaveLength(records.length);

      // The same corpus ingested in one process on SQLite gives the same counts and the same articles.
      const sqliteDir = mkdtempSync(join(tmpdir(), 'shahrnet-jobs-sqlite-'));
      const lite = createSqliteDb(join(sqliteDir, 'db.sqlite'));
      try {
        await migrateToLatest(lite.db);
        const reference = await ingest(lite.db, [file], { extractor: await createExtractor() });
        expect(total('articles_new')).toBe(reference.summary.articles_new);
        expect(total('articles_duplicate')).toBe(reference.summary.articles_duplicate);
        const pgIds = (await handle.db.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => r.id);
        const liteIds = (await lite.db.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => r.id);
        expect(pgIds).toEqual(liteIds);
        // Every article's facts stored once: the same fact rows as the single-process run.
        const pgFacts = (await handle.db.selectFrom('extracted_facts').select('id').orderBy('id').execute()).map((r) => r.id);
        const liteFacts = (await lite.db.selectFrom('extracted_facts').select('id').orderBy('id').execute()).map((r) => r.id);
        expect(pgFacts.length).toBeGreaterThan(records.length);
        expect(pgFacts).toEqual(liteFacts);
      } finally {
        await lite.close();
        rmSync(sqliteDir, { recursive: true, force: true });
      }
    } finally {
      for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
      await boss?.stop({ graceful: false, wait: true });
      await handle.close();
      await dropTestDatabase(base, name);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
