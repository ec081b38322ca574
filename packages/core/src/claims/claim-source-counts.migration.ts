import type { Kysely } from 'kysely';

/**
 * `claims.root_count` and `claims.site_count`: the distinct original stories and distinct sites of a
 * claim's reports, whose minimum is `source_count`. With them a new report updates the counts from two
 * index look-ups (is its story, is its site new to the claim?) instead of recounting every report: a
 * fact reported thousands of times (an organization's founding, its seat) made each new report slower.
 * Left NULL on existing claims; the next report of such a claim recounts once and stores them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('claims').addColumn('root_count', 'integer').execute();
  await db.schema.alterTable('claims').addColumn('site_count', 'integer').execute();
}

/** Drops the two counts. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('claims').dropColumn('site_count').execute();
  await db.schema.alterTable('claims').dropColumn('root_count').execute();
}
