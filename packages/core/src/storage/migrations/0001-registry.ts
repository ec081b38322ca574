import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * The registry: entities with names/identifiers/references, statements with sources and references,
 * and the history. Portable column types only (text, integer, real); JSON as text; timestamps as
 * ISO text. The one guarded difference: the history's increasing `seq` (SQLite AUTOINCREMENT vs a
 * PostgreSQL identity column).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('label_fa', 'text')
    .addColumn('label_en', 'text')
    .addColumn('sort_key', 'text', (c) => c.notNull())
    .addColumn('attributes', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('merged_into', 'text', (c) => c.references('entities.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('entities_type_sort').on('entities').columns(['type', 'sort_key', 'id']).execute();
  await db.schema.createIndex('entities_sort').on('entities').columns(['sort_key', 'id']).execute();
  await db.schema.createIndex('entities_merged_into').on('entities').column('merged_into').execute();

  await db.schema
    .createTable('entity_names')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('valid_from_precision', 'text')
    .addColumn('valid_from_calendar', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('valid_to_precision', 'text')
    .addColumn('valid_to_calendar', 'text')
    .execute();
  await db.schema.createIndex('entity_names_entity').on('entity_names').columns(['entity_id', 'position']).execute();
  await db.schema.createIndex('entity_names_key').on('entity_names').columns(['key', 'entity_id']).execute();

  await db.schema
    .createTable('entity_identifiers')
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_identifiers_pk', ['entity_id', 'scheme', 'value'])
    .execute();
  await db.schema.createIndex('entity_identifiers_value').on('entity_identifiers').columns(['scheme', 'value']).execute();

  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('publisher', 'text')
    .addColumn('published', 'text')
    .addColumn('retrieved', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('entity_references')
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('quote', 'text')
    .addPrimaryKeyConstraint('entity_references_pk', ['entity_id', 'source_id'])
    .execute();

  await db.schema
    .createTable('statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('object_id', 'text', (c) => c.references('entities.id'))
    .addColumn('post_id', 'text', (c) => c.references('entities.id'))
    .addColumn('role', 'text')
    .addColumn('on_behalf_of_id', 'text', (c) => c.references('entities.id'))
    .addColumn('ordinal', 'integer')
    .addColumn('how', 'text')
    .addColumn('start_date', 'text')
    .addColumn('start_precision', 'text')
    .addColumn('start_calendar', 'text')
    .addColumn('end_date', 'text')
    .addColumn('end_precision', 'text')
    .addColumn('end_calendar', 'text')
    .addColumn('rank', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('accepted'))
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Entity pages read statements from every end; as-of queries filter by object/kind/dates.
  await db.schema.createIndex('statements_subject').on('statements').columns(['subject_id', 'kind']).execute();
  await db.schema.createIndex('statements_object').on('statements').columns(['object_id', 'kind', 'start_date']).execute();
  await db.schema.createIndex('statements_post').on('statements').columns(['post_id', 'start_date']).execute();
  await db.schema.createIndex('statements_on_behalf_of').on('statements').column('on_behalf_of_id').execute();
  await db.schema.createIndex('statements_status').on('statements').columns(['status', 'kind']).execute();

  await db.schema
    .createTable('statement_references')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('quote', 'text')
    .addColumn('char_start', 'integer')
    .addColumn('char_end', 'integer')
    .addColumn('extractor_version', 'text')
    .addColumn('confidence', 'real')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('statement_references_statement').on('statement_references').column('statement_id').execute();
  await db.schema.createIndex('statement_references_source').on('statement_references').column('source_id').execute();

  const postgres = dialectOf(db) === 'postgres';
  await db.schema
    .createTable('history')
    .addColumn('seq', 'integer', (c) =>
      postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('reason', 'text')
    .addColumn('source_id', 'text', (c) => c.references('sources.id'))
    .execute();
  await db.schema.createIndex('history_target').on('history').columns(['target_type', 'target_id', 'seq']).execute();

  await db.schema
    .createTable('history_entities')
    .addColumn('history_seq', 'integer', (c) => c.notNull().references('history.seq'))
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('history_entities_pk', ['history_seq', 'entity_id'])
    .execute();
  await db.schema.createIndex('history_entities_entity').on('history_entities').columns(['entity_id', 'history_seq']).execute();
}

/** Drops the registry tables (development only; production never migrates down). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'history_entities', 'history', 'statement_references', 'statements', 'entity_references',
    'sources', 'entity_identifiers', 'entity_names', 'entities',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
