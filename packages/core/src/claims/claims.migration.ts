import type { Kysely } from 'kysely';

/**
 * The claims layer: claims, their evidence and arguments, and the reconciliation decisions.
 * Portable DDL only. The indexes serve the review queue (status + keyset order, kind, site,
 * entity), clustering (`match_key`), idempotent ingest (evidence by article) and the
 * reconciliation queue (open arguments by name).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('match_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('fact', 'text', (c) => c.notNull())
    .addColumn('date_value', 'text')
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('evidence_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('statement_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('entity_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('merged_into', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('decided_at', 'text')
    .addColumn('decided_by_kind', 'text')
    .addColumn('decided_by_id', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claims_match_key').on('claims').columns(['match_key', 'status']).execute();
  await db.schema.createIndex('claims_queue').on('claims').columns(['status', 'created_at', 'id']).execute();
  await db.schema.createIndex('claims_kind_queue').on('claims').columns(['kind', 'status', 'created_at', 'id']).execute();

  await db.schema
    .createTable('claim_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id'))
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('sentence', 'text', (c) => c.notNull())
    .addColumn('char_start', 'integer')
    .addColumn('char_end', 'integer')
    .addColumn('extractor_version', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('site', 'text')
    .addColumn('published', 'text')
    .addColumn('fact', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_evidence_claim').on('claim_evidence').columns(['claim_id', 'created_at']).execute();
  await db.schema.createIndex('claim_evidence_article').on('claim_evidence').column('article_id').execute();
  await db.schema.createIndex('claim_evidence_site').on('claim_evidence').columns(['site', 'claim_id']).execute();

  await db.schema
    .createTable('claim_arguments')
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id'))
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('name_fa', 'text')
    .addColumn('name_en', 'text')
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('suggestions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addPrimaryKeyConstraint('claim_arguments_pk', ['claim_id', 'slot', 'position'])
    .execute();
  await db.schema.createIndex('claim_arguments_entity').on('claim_arguments').columns(['entity_id', 'claim_id']).execute();
  await db.schema.createIndex('claim_arguments_open').on('claim_arguments').columns(['link', 'entity_type', 'name_key']).execute();

  await db.schema
    .createTable('reconciliations')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reconciliations_pk', ['entity_type', 'name_key'])
    .execute();
}

/** Drops the claims layer (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['reconciliations', 'claim_arguments', 'claim_evidence', 'claims']) await db.schema.dropTable(t).execute();
}
