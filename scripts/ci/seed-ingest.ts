/**
 * CI check of the knowledge graph's "done when" on the real seed articles (../shared/corpus/seeds, given
 * as the first argument; never a runtime dependency): into a fresh SQLite database with the shipped data,
 * `ingest` the seeds, accept every proposed claim, and require that Tehran's, Metropolis's and Qazvin's
 * timelines show accepted statements whose references quote a seed sentence from a seed article; then
 * ingest again and require that nothing is added. Prints one line per check; exits 1 on any failure.
 *
 * Run: node --import tsx scripts/ci/seed-ingest.ts ../shared/corpus/seeds
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  bulkReview,
  createExtractor,
  createSqliteDb,
  defaultDataDir,
  entityTimeline,
  importShippedData,
  IMPORT_ACTOR,
  ingest,
  listClaims,
  migrateToLatest,
  type Actor,
} from '@shahrnet/core';

const seeds = resolve(process.argv[2] ?? '../shared/corpus/seeds');
const CI_ACTOR: Actor = { kind: 'system', id: 'ci-seed-check', name: 'CI seed check' };
const failures: string[] = [];
const check = (ok: boolean, what: string): void => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const dir = mkdtempSync(join(tmpdir(), 'shahrnet-seed-ci-'));
const handle = createSqliteDb(join(dir, 'ci.sqlite'));
try {
  const { db } = handle;
  await migrateToLatest(db);
  await importShippedData(db, defaultDataDir(), IMPORT_ACTOR);
  const extractor = await createExtractor();
  const seedTexts = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'));

  const first = await ingest(db, [seeds], { extractor });
  console.log(`ingest: ${JSON.stringify(first.summary)}`);
  check(first.summary.articles_failed === 0 && first.summary.articles_new + first.summary.articles_near_duplicate === seedTexts.length, 'every seed article is stored');
  check(first.summary.claims_proposed > 0, 'claims are proposed');

  // Accept everything the extractor proposed (as a reviewer would after reading), page by page.
  let cursor: string | undefined;
  let accepted = 0;
  do {
    const page = await listClaims(db, { limit: 100, ...(cursor ? { cursor } : {}) });
    const results = await bulkReview(
      db,
      { action: 'accept', items: page.items.map((c) => ({ id: c.id, version: c.version })), createCandidates: true },
      { actor: CI_ACTOR, reason: 'CI: accept the claims of the seed articles' },
    );
    accepted += results.filter((r) => r.ok).length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  check(accepted > 0, `claims accepted (${accepted})`);

  // Each timeline must show accepted statements referenced by a seed article with the sentence as quote.
  const normalize = (s: string): string => s.replace(/[\s\u200c\u00a0]+/g, '');
  const seedBody = seedTexts.map(normalize).join('\n');
  for (const id of ['tehran', 'metropolis', 'qazvin']) {
    const timeline = await entityTimeline(db, id);
    const evidenced = timeline.items.filter((i) =>
      i.statement.references.some((r) => r.quote && r.quote.length > 20 && seedBody.includes(normalize(r.quote).slice(0, 40))),
    );
    check(evidenced.length > 0, `${id}: ${evidenced.length} timeline item(s) carry a seed sentence as evidence`);
  }

  const again = await ingest(db, [seeds], { extractor });
  console.log(`re-ingest: ${JSON.stringify(again.summary)}`);
  check(again.summary.articles_new === 0 && again.summary.claims_proposed === 0, 're-running ingest adds nothing');
} finally {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`seed ingest check: ${failures.length} failed`);
  process.exit(1);
}
