import type { ChangeContext } from '../domain/change.js';
import type { Db } from '../storage/database.js';
import type { Claim } from './claim.js';

/**
 * Writes a claim decision (accept, reject, edit, flag, reconcile) to the one history table, with
 * `target_type = 'claim'`, linked to every entity the claim mentions so it shows in their history.
 * The statements and entities an acceptance creates get their own rows from their use cases.
 */
export async function recordClaimChange(
  db: Db,
  change: ChangeContext,
  record: { action: string; claim: Claim; before: unknown; after: unknown },
): Promise<number> {
  const inserted = await db
    .insertInto('history')
    .values({
      at: new Date().toISOString(),
      actor_kind: change.actor.kind,
      actor_id: change.actor.id,
      actor_name: change.actor.name,
      action: record.action,
      target_type: 'claim',
      target_id: record.claim.id,
      before: record.before === null || record.before === undefined ? null : JSON.stringify(record.before),
      after: record.after === null || record.after === undefined ? null : JSON.stringify(record.after),
      reason: change.reason?.trim() || null,
      source_id: null,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  const seq = Number(inserted.seq);
  const ids = [...new Set([...record.claim.arguments.map((a) => a.entityId ?? ''), ...record.claim.entityIds].filter((x) => x))];
  if (ids.length > 0) await db.insertInto('history_entities').values(ids.map((entity_id) => ({ history_seq: seq, entity_id }))).execute();
  return seq;
}
