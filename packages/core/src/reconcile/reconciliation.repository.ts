import type { ChangeContext } from '../domain/change.js';
import type { EntityType } from '../domain/entity.js';
import type { Db } from '../storage/database.js';

/**
 * Remembers that a name of a type means an entity (upsert): later claims naming it are linked
 * as `reconciled` without asking again.
 */
export async function recordReconciliation(
  db: Db,
  r: { entityType: EntityType; nameKey: string; entityId: string },
  change: ChangeContext,
  now = new Date().toISOString(),
): Promise<void> {
  if (!r.nameKey) return;
  await db
    .insertInto('reconciliations')
    .values({
      entity_type: r.entityType,
      name_key: r.nameKey,
      entity_id: r.entityId,
      actor_kind: change.actor.kind,
      actor_id: change.actor.id,
      reason: change.reason?.trim() || null,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['entity_type', 'name_key']).doUpdateSet({ entity_id: r.entityId, actor_kind: change.actor.kind, actor_id: change.actor.id, created_at: now }))
    .execute();
}
