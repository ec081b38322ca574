import { requireJustification, type ChangeContext } from '../domain/change.js';
import type { Entity } from '../domain/entity.js';
import { AppError, notFound } from '../errors.js';
import { recordChange } from '../history/history.repository.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import { loadEntity, updateEntityRow, writeIdentifiers, writeNames } from './entity.repository.js';
import type { MergeRecord } from './merge-entities.js';

/** The restored loser and the survivor after the split. */
export interface UnmergeResult {
  restored: Entity;
  survivor: Entity;
}

const key = (...parts: string[]): string => parts.join('\u0000');

/**
 * Undoes the latest merge of `loserId` (split): the loser is live again with the names,
 * identifiers and attributes it had before the merge; statements the merge moved point at it
 * again (only where they still point at the survivor); names, identifiers and record sources the
 * survivor gained from it are removed (edits made to the survivor since are kept); ids that had
 * been merged into the loser redirect to it again. Recorded in the history. Throws `not_found`
 * or `conflict` (the entity is not merged, or was merged by something this cannot undo).
 */
export async function unmergeEntity(db: Db, loserId: string, change: ChangeContext): Promise<UnmergeResult> {
  requireJustification(change);
  return inTransaction(db, async (trx) => {
    const loser = await loadEntity(trx, loserId);
    if (!loser) throw notFound('entity', loserId);
    if (!loser.mergedInto) throw new AppError('conflict', `entity ${loserId} is not merged`);
    const row = await trx
      .selectFrom('history')
      .innerJoin('history_entities', 'history_entities.history_seq', 'history.seq')
      .select(['history.seq', 'history.before'])
      .where('history.action', '=', 'entity.merge')
      .where('history_entities.entity_id', '=', loserId)
      .orderBy('history.seq', 'desc')
      .executeTakeFirst();
    const record = row?.before ? (JSON.parse(row.before) as MergeRecord) : undefined;
    if (!record || record.loser.id !== loserId || record.survivor.id !== loser.mergedInto) {
      throw new AppError('conflict', `no merge of ${loserId} into ${loser.mergedInto} is recorded to undo`);
    }
    const survivorId = record.survivor.id;
    const survivor = await loadEntity(trx, survivorId);
    if (!survivor) throw notFound('entity', survivorId);
    if (survivor.mergedInto) {
      throw new AppError('conflict', `the survivor ${survivorId} was itself merged into ${survivor.mergedInto}; split that merge first`);
    }

    const now = new Date().toISOString();
    for (const m of record.movedStatements) {
      for (const column of m.columns) {
        await trx.updateTable('statements').set({ [column]: loserId }).where('id', '=', m.id).where(column, '=', survivorId).execute();
      }
      await trx.updateTable('statements').set((eb) => ({ version: eb('version', '+', 1), updated_at: now })).where('id', '=', m.id).execute();
    }
    const gainedNames = new Set(record.addedNames.map((n) => key(n.lang, n.text)));
    const names = survivor.names.filter((n) => !gainedNames.has(key(n.lang, n.text)));
    const gainedIds = new Set(record.addedIdentifiers.map((i) => key(i.scheme, i.value)));
    const identifiers = survivor.identifiers.filter((i) => !gainedIds.has(key(i.scheme, i.value)));
    await writeNames(trx, survivorId, names);
    await writeIdentifiers(trx, survivorId, identifiers);
    if (record.addedSourceIds.length > 0) {
      await trx.deleteFrom('entity_references').where('entity_id', '=', survivorId).where('source_id', 'in', record.addedSourceIds).execute();
    }
    if (record.repointedIds.length > 0) {
      await trx.updateTable('entities').set({ merged_into: loserId }).where('id', 'in', record.repointedIds).where('merged_into', '=', survivorId).execute();
    }
    await writeNames(trx, loserId, record.loser.names);
    await writeIdentifiers(trx, loserId, record.loser.identifiers);
    await updateEntityRow(trx, loserId, loser.version, { names: record.loser.names, attributes: record.loser.attributes, mergedInto: null }, now);
    await updateEntityRow(trx, survivorId, survivor.version, { names, attributes: survivor.attributes }, now);

    const restored = await loadEntity(trx, loserId);
    const after = await loadEntity(trx, survivorId);
    if (!restored || !after) throw new AppError('internal', 'entities vanished during unmerge');
    await recordChange(trx, change, {
      action: 'entity.unmerge',
      targetType: 'entity',
      targetId: loserId,
      before: { loser, survivor, mergeSeq: row?.seq },
      after: { restored, survivor: after },
      entityIds: [loserId, survivorId],
    });
    return { restored, survivor: after };
  });
}
