import type { ChangeContext } from '../domain/change.js';
import { recordChange } from '../history/history.repository.js';
import type { Db } from '../storage/database.js';
import type { Claim } from './claim.js';

/**
 * Writes a claim decision (accept, reject, edit, flag, reconcile) to the one history table, with
 * target type `claim`, linked to every entity the claim mentions so it shows in their history.
 * The statements and entities an acceptance creates get their own rows from their use cases.
 */
export async function recordClaimChange(
  db: Db,
  change: ChangeContext,
  record: { action: string; claim: Claim; before: unknown; after: unknown },
): Promise<number> {
  const entityIds = [...record.claim.arguments.map((a) => a.entityId ?? ''), ...record.claim.entityIds];
  return recordChange(db, change, {
    action: record.action,
    targetType: 'claim',
    targetId: record.claim.id,
    before: record.before,
    after: record.after,
    entityIds,
  });
}
