import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  autoAcceptClaims,
  createPostgresDb,
  defaultDataDir,
  enqueueIngestJobs,
  generateCorpus,
  IMPORT_ACTOR,
  importShippedData,
  migrateToLatest,
  readInputFile,
  startJobQueue,
} from '@shahrnet/core';
import { createTestDatabase, dropTestDatabase, requireServerPostgres } from '@shahrnet/core/testing/server-postgres.js';

const BIN = fileURLToPath(new URL('../../bin/shahrnet.mjs', import.meta.url));

/** Runs `shahrnet worker --until-idle --json` to the end; resolves with its JSON summary. */
function runWorker(env: Record<string, string>): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--until-idle', '--json'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim()) as Record<string, number>) : reject(new Error(`worker failed (${code}): ${err}`))));
  });
}

describe('shahrnet worker with an auto-accept policy (PostgreSQL)', () => {
  it('applies the policy to what it ingested, as the policy actor, before it exits', async () => {
    const base = await requireServerPostgres();
    const { name, url } = await createTestDatabase(base, 'shahrnet_worker_auto');
    const dir = mkdtempSync(join(tmpdir(), 'shahrnet-worker-auto-'));
    const handle = createPostgresDb(url, 2);
    let boss: Awaited<ReturnType<typeof startJobQueue>> | undefined;
    try {
      // Syndicated copies on other sites give claims a second independent source.
      const file = join(dir, 'corpus.jsonl');
      writeFileSync(file, [...generateCorpus(120, { seed: 11, nearDuplicateRate: 0.4, exactDuplicateRate: 0 })].map((a) => JSON.stringify(a)).join('\n'));
      await migrateToLatest(handle.db);
      // The registry the names link to: only claims whose every argument is a known entity qualify.
      await importShippedData(handle.db, defaultDataDir(), IMPORT_ACTOR);
      boss = await startJobQueue(url);
      await enqueueIngestJobs(boss, readInputFile(file).records);
      await boss.stop({ graceful: true, wait: true });
      boss = undefined;

      const summary = await runWorker({ DATABASE_URL: url, SHAHRNET_AUTO_ACCEPT: '0.5:2' });
      expect(summary.articles_new).toBeGreaterThan(0);
      expect(summary.claims_auto_accepted).toBeGreaterThan(0);
      const accepted = await handle.db.selectFrom('claims').select(['decided_by_id']).where('status', '=', 'accepted').execute();
      expect(accepted).toHaveLength(summary.claims_auto_accepted as number);
      expect(new Set(accepted.map((r) => r.decided_by_id))).toEqual(new Set(['auto-accept']));
      // Nothing that qualifies was left behind: another sweep accepts nothing more.
      expect((await autoAcceptClaims(handle.db, { minConfidence: 0.5, minSources: 2 })).accepted).toBe(0);
    } finally {
      await boss?.stop({ graceful: false, wait: true });
      await handle.close();
      await dropTestDatabase(base, name);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
