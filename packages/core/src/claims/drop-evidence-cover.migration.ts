import type { Kysely } from 'kysely';

/**
 * Drops `claim_evidence_claim_cover` (migration 0007). It served one query: the recount of a claim's
 * aggregates over all its reports on every new report. Reports now update the counts incrementally
 * (`reportNovelty` looks up the story's few articles through `claim_evidence_article`), so the index
 * only cost a random B-tree insert per evidence row (about 3 of the ~45 pages an ingested article
 * dirties) and ~60 bytes per report. The one-off recount of a claim recorded before the counts were
 * kept reads its reports through `claim_evidence_claim`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('claim_evidence_claim_cover').ifExists().execute();
}

/** Restores the covering index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('claim_evidence_claim_cover').ifNotExists().on('claim_evidence').columns(['claim_id', 'article_id', 'confidence']).execute();
}
