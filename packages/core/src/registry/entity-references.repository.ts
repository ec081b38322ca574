import type { Source, SourceInput } from '../domain/statement.js';
import type { Db } from '../storage/database.js';
import { loadSources, upsertSource } from '../statements/source.repository.js';

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

/** The sources of an entity record, in URL order. */
export async function loadEntitySources(db: Db, entityIds: readonly string[]): Promise<Source[]> {
  if (entityIds.length === 0) return [];
  const links = await db.selectFrom('entity_references').select('source_id').where('entity_id', 'in', [...entityIds]).execute();
  const sources = await loadSources(db, links.map((l) => l.source_id));
  return [...sources.values()].sort((a, b) => a.url.localeCompare(b.url));
}
