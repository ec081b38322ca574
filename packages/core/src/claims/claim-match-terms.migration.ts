import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import { clusterTerms } from './claim-matching.js';
import { rowToArgument } from './claims.repository.js';

/**
 * The cluster index of event and meeting claims (`claim_match_terms`, see `clusterTerms`). Their match
 * keys are coarse (an event type and a year, a month, or `undated`), so finding the claims a new report
 * may belong to meant reading a bucket that grows with the corpus (every undated session of every
 * organization: thousands of claims at 100k articles, each with a correlated sub-query). The terms turn
 * that into a few index look-ups. Existing event and meeting claims are indexed from their stored
 * arguments, with the same function that indexes new ones.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('claim_match_terms')
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id'))
    .addPrimaryKeyConstraint('claim_match_terms_pk', ['term', 'claim_id'])
    .execute();
  await db.schema.createIndex('claim_match_terms_claim').on('claim_match_terms').column('claim_id').execute();

  const app = db as unknown as Kysely<Database>;
  let after = '';
  for (;;) {
    const claims = await app.selectFrom('claims').select(['id', 'kind']).where('kind', 'in', ['event', 'meeting']).where('id', '>', after).orderBy('id').limit(500).execute();
    if (claims.length === 0) break;
    after = (claims[claims.length - 1] as { id: string }).id;
    const rows = await app.selectFrom('claim_arguments').selectAll().where('claim_id', 'in', claims.map((c) => c.id)).execute();
    const terms = claims.flatMap((c) => clusterTerms(c.kind, rows.filter((r) => r.claim_id === c.id).map(rowToArgument)).map((term) => ({ term, claim_id: c.id })));
    for (let i = 0; i < terms.length; i += 400) await app.insertInto('claim_match_terms').values(terms.slice(i, i + 400)).execute();
  }
}

/** Drops the cluster index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('claim_match_terms').execute();
}
