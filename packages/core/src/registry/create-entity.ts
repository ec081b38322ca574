import { requireJustification, type ChangeContext } from '../domain/change.js';
import { labelsOf, type Entity } from '../domain/entity.js';
import type { SourceInput } from '../domain/statement.js';
import { recordChange } from '../history/history.repository.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import { validateSourceInput } from '../statements/source.repository.js';
import { addEntityReferences } from './entity-references.repository.js';
import { normalizeEntityInput, type EntityInput } from './entity-input.js';
import { insertEntity } from './entity.repository.js';

/** A new entity plus the documents its names and attributes come from. */
export interface CreateEntityInput extends EntityInput {
  sources?: SourceInput[];
}

/**
 * Creates an entity (names, identifiers, attributes, record sources) and writes its history row,
 * in one transaction. Requires a reason or a source (`change`); the change's source is also kept
 * as a source of the record. Throws `validation_failed` (every problem listed) or `conflict` (id taken).
 */
export async function createEntity(db: Db, input: CreateEntityInput, change: ChangeContext): Promise<Entity> {
  requireJustification(change);
  const entity = normalizeEntityInput(input);
  const sources = (input.sources ?? []).map((s, i) => validateSourceInput(s, ['sources', i]));
  if (change.source) sources.push(change.source);
  return inTransaction(db, async (trx) => {
    const now = new Date().toISOString();
    await insertEntity(trx, entity, now);
    await addEntityReferences(trx, entity.id, sources);
    // Built in memory rather than re-read: a new entity is exactly what was inserted.
    const created: Entity = {
      id: entity.id, type: entity.type, labels: labelsOf(entity.names), names: entity.names, identifiers: entity.identifiers,
      attributes: entity.attributes, allIds: [entity.id], version: 1, createdAt: now, updatedAt: now,
    };
    await recordChange(trx, change, {
      action: 'entity.create',
      targetType: 'entity',
      targetId: entity.id,
      before: null,
      after: created,
      entityIds: [entity.id],
    });
    return created;
  });
}
