import type { Source, SourceInput } from '../domain/statement.js';
import type { Db } from '../storage/database.js';
import { runTemplate, slot } from '../storage/query-template.js';
import { rowToSource, upsertSource } from '../statements/source.repository.js';

/** Links sources to an entity record as a whole (idempotent per entity and source). */
export async function addEntityReferences(db: Db, entityId: string, sources: readonly SourceInput[]): Promise<void> {
  for (const input of sources) {
    const source = await upsertSource(db, input);
    await db
      .insertInto('entity_references')
      .values({ entity_id: entityId, source_id: source.id, quote: null })
      .onConflict((oc) => oc.columns(['entity_id', 'source_id']).doNothing())
      .execute();
  }
}

const recordSources = async (db: Db, ids: readonly string[]) =>
  (
    await runTemplate(db, `registry.recordSources:${ids.length}`, (d) =>
      d
        .selectFrom('entity_references as er')
        .innerJoin('sources as s', 's.id', 'er.source_id')
        .select(['s.id', 's.url', 's.title', 's.publisher', 's.published', 's.retrieved', 's.content_hash', 's.created_at'])
        .where('er.entity_id', 'in', ids.map((_, i) => slot<string>(i))), ids)
  ).rows;

/**
 * The sources of an entity record, each once, in URL order by code point (one query: the links joined
 * with their sources). Code point, not locale: the entity page's database-written form sorts them the
 * same way on both engines.
 */
export async function loadEntitySources(db: Db, entityIds: readonly string[]): Promise<Source[]> {
  if (entityIds.length === 0) return [];
  const rows = await recordSources(db, [...new Set(entityIds)]);
  const sources = new Map(rows.map((r) => [r.id, rowToSource(r)]));
  return [...sources.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
