import { requireJustification, type ChangeContext } from '../domain/change.js';
import type { Entity, EntityName, Identifier } from '../domain/entity.js';
import { AppError, notFound, versionConflict } from '../errors.js';
import { recordChange } from '../history/history.repository.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import { loadEntity, updateEntityRow, writeIdentifiers, writeNames } from './entity.repository.js';

/** Statement columns that can point at an entity. */
export const ENTITY_COLUMNS = ['subject_id', 'object_id', 'post_id', 'on_behalf_of_id'] as const;
export type EntityColumn = (typeof ENTITY_COLUMNS)[number];

/**
 * What a merge did, recorded in its history row (`before`) so that `unmergeEntity` can undo it
 * exactly: which statement columns moved, which names/identifiers/record sources the survivor
 * gained, and which earlier-merged ids were re-pointed from the loser to the survivor.
 */
export interface MergeRecord {
  survivor: Entity;
  loser: Entity;
  movedStatements: { id: string; columns: EntityColumn[] }[];
  addedNames: EntityName[];
  addedIdentifiers: Identifier[];
  addedSourceIds: string[];
  repointedIds: string[];
}

/** Which entities to merge; the versions guard against merging something that just changed. */
export interface MergeEntitiesInput {
  survivorId: string;
  loserId: string;
  survivorVersion?: number;
  loserVersion?: number;
}

/**
 * Merges `loserId` into `survivorId` (same type): every statement mentioning the loser now
 * mentions the survivor, the survivor gains the loser's names, identifiers and record sources,
 * ids merged earlier into the loser now redirect to the survivor, and the loser is kept with
 * `mergedInto` set (so its id redirects and `allIds` of the survivor lists it). Nothing is
 * deleted; the history row keeps a `MergeRecord` for `unmergeEntity`. One transaction.
 * Throws `not_found`, `conflict` (self-merge, already merged, different types) or `precondition_failed`.
 */
export async function mergeEntities(db: Db, input: MergeEntitiesInput, change: ChangeContext): Promise<Entity> {
  requireJustification(change);
  const { survivorId, loserId } = input;
  if (survivorId === loserId) throw new AppError('conflict', 'an entity cannot be merged into itself');
  return inTransaction(db, async (trx) => {
    const survivor = await loadEntity(trx, survivorId);
    const loser = await loadEntity(trx, loserId);
    if (!survivor) throw notFound('entity', survivorId);
    if (!loser) throw notFound('entity', loserId);
    if (survivor.mergedInto) throw new AppError('conflict', `entity ${survivorId} was already merged into ${survivor.mergedInto}`);
    if (loser.mergedInto) throw new AppError('conflict', `entity ${loserId} was already merged into ${loser.mergedInto}`);
    if (survivor.type !== loser.type) throw new AppError('conflict', `cannot merge a ${loser.type} into a ${survivor.type}`);
    for (const [e, v] of [[survivor, input.survivorVersion], [loser, input.loserVersion]] as const) {
      if (v !== undefined && e.version !== v) {
        throw versionConflict('entity', e.id, e.version, v);
      }
    }

    const moved = new Map<string, EntityColumn[]>();
    for (const column of ENTITY_COLUMNS) {
      const rows = await trx.selectFrom('statements').select('id').where(column, '=', loserId).execute();
      for (const r of rows) moved.set(r.id, [...(moved.get(r.id) ?? []), column]);
      await trx.updateTable('statements').set({ [column]: survivorId }).where(column, '=', loserId).execute();
    }
    const now = new Date().toISOString();
    for (const id of moved.keys()) {
      await trx.updateTable('statements').set((eb) => ({ version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
    }

    const has = new Set(survivor.names.map((n) => `${n.lang}\u0000${n.text}`));
    const addedNames = loser.names
      .filter((n) => !has.has(`${n.lang}\u0000${n.text}`))
      // The loser's official names become aliases: the survivor keeps its own labels.
      .map((n): EntityName => ({ ...n, kind: n.kind === 'official' ? 'alias' : n.kind }));
    const hasId = new Set(survivor.identifiers.map((i) => `${i.scheme}\u0000${i.value}`));
    const addedIdentifiers = loser.identifiers.filter((i) => !hasId.has(`${i.scheme}\u0000${i.value}`));
    const survivorSources = new Set(
      (await trx.selectFrom('entity_references').select('source_id').where('entity_id', '=', survivorId).execute()).map((r) => r.source_id),
    );
    const loserRefs = await trx.selectFrom('entity_references').selectAll().where('entity_id', '=', loserId).execute();
    const addedRefs = loserRefs.filter((r) => !survivorSources.has(r.source_id));
    if (addedRefs.length > 0) {
      await trx.insertInto('entity_references').values(addedRefs.map((r) => ({ ...r, entity_id: survivorId }))).execute();
    }
    const repointed = (await trx.selectFrom('entities').select('id').where('merged_into', '=', loserId).execute()).map((r) => r.id);
    if (repointed.length > 0) {
      await trx.updateTable('entities').set({ merged_into: survivorId }).where('merged_into', '=', loserId).execute();
    }

    const names = [...survivor.names, ...addedNames];
    await writeNames(trx, survivorId, names);
    await writeIdentifiers(trx, survivorId, [...survivor.identifiers, ...addedIdentifiers]);
    await updateEntityRow(trx, survivorId, survivor.version, { names, attributes: survivor.attributes }, now);
    await updateEntityRow(trx, loserId, loser.version, { names: loser.names, attributes: loser.attributes, mergedInto: survivorId }, now);

    const after = await loadEntity(trx, survivorId);
    if (!after) throw notFound('entity', survivorId);
    const record: MergeRecord = {
      survivor,
      loser,
      movedStatements: [...moved].map(([id, columns]) => ({ id, columns })),
      addedNames,
      addedIdentifiers,
      addedSourceIds: addedRefs.map((r) => r.source_id),
      repointedIds: repointed,
    };
    await recordChange(trx, change, {
      action: 'entity.merge',
      targetType: 'entity',
      targetId: survivorId,
      before: record,
      after: { survivor: after, loserId },
      entityIds: [survivorId, loserId],
    });
    return after;
  });
}
