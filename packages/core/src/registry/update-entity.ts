import { isDeepStrictEqual } from 'node:util';
import { requireJustification, type ChangeContext } from '../domain/change.js';
import type { Entity, Identifier } from '../domain/entity.js';
import type { SourceInput } from '../domain/statement.js';
import { AppError, notFound, type ErrorDetail, versionConflict } from '../errors.js';
import { recordChange } from '../history/history.repository.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import { validateSourceInput } from '../statements/source.repository.js';
import { addEntityReferences } from './entity-references.repository.js';
import { normalizeAttributes, normalizeIdentifiers, normalizeNames, type NameInput } from './entity-input.js';
import { loadEntity, updateEntityRow, writeIdentifiers, writeNames } from './entity.repository.js';

/**
 * What to change. `names` and `identifiers` replace the lists when given; `attributes` is a patch
 * (a key set to null is removed); `sources` are added to the record's sources.
 */
export interface UpdateEntityInput {
  names?: NameInput[];
  identifiers?: Identifier[];
  attributes?: Record<string, unknown>;
  sources?: SourceInput[];
}

/**
 * Updates an entity if its version is still `expectedVersion` (the ETag the client read); bumps
 * the version and records before/after in the history, in one transaction. A change that changes
 * nothing returns the entity untouched (no new version, no history row). Throws `not_found`,
 * `precondition_failed` (someone else changed it first), `conflict` (the entity was merged) or
 * `validation_failed`.
 */
export async function updateEntity(
  db: Db,
  id: string,
  expectedVersion: number,
  input: UpdateEntityInput,
  change: ChangeContext,
): Promise<Entity> {
  requireJustification(change);
  return inTransaction(db, async (trx) => {
    const before = await loadEntity(trx, id);
    if (!before) throw notFound('entity', id);
    if (before.mergedInto) throw new AppError('conflict', `entity ${id} was merged into ${before.mergedInto}; edit that entity`);
    if (before.version !== expectedVersion) {
      throw versionConflict('entity', id, before.version, expectedVersion);
    }
    const details: ErrorDetail[] = [];
    const names = input.names ? normalizeNames(input.names, details) : before.names;
    const identifiers = input.identifiers ? normalizeIdentifiers(input.identifiers, details) : before.identifiers;
    const patched: Record<string, unknown> = { ...before.attributes, ...(input.attributes ?? {}) };
    const attributes = normalizeAttributes(before.type, patched, details);
    const sources = (input.sources ?? []).map((s, i) => validateSourceInput(s, ['sources', i]));
    if (details.length > 0) {
      throw new AppError('validation_failed', `invalid entity: ${details.map((d) => `${(d.path ?? []).join('.')}: ${d.message}`).join('; ')}`, details);
    }
    const namesChanged = !isDeepStrictEqual(names, before.names);
    const identifiersChanged = !isDeepStrictEqual(identifiers, before.identifiers);
    const attributesChanged = !isDeepStrictEqual(attributes, before.attributes);
    if (!namesChanged && !identifiersChanged && !attributesChanged && sources.length === 0) return before;

    await updateEntityRow(trx, id, expectedVersion, { names, attributes });
    if (namesChanged) await writeNames(trx, id, names);
    if (identifiersChanged) await writeIdentifiers(trx, id, identifiers);
    await addEntityReferences(trx, id, change.source ? [...sources, change.source] : sources);
    const after = await loadEntity(trx, id);
    if (!after) throw notFound('entity', id);
    await recordChange(trx, change, { action: 'entity.update', targetType: 'entity', targetId: id, before, after, entityIds: [id] });
    return after;
  });
}
