import type { ChangeContext } from '../domain/change.js';
import { AppError, notFound, versionConflict } from '../errors.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import type { Claim } from '../claims/claim.js';
import { recordClaimChange } from '../claims/claim-history.js';
import { loadClaim, updateClaimIfVersion } from '../claims/claims.repository.js';

/**
 * Rejects a proposed claim with a reason (required: "why not" is what the next reviewer needs).
 * The claim and its evidence stay; later reports of the same fact attach to it and stay rejected.
 * Throws `validation_failed` (no reason), `not_found`, `conflict` (not proposed), `precondition_failed`.
 */
export async function rejectClaim(db: Db, id: string, input: { expectedVersion?: number }, change: ChangeContext): Promise<Claim> {
  const reason = change.reason?.trim();
  if (!reason) throw new AppError('validation_failed', 'rejecting a claim needs a reason', [{ path: ['reason'], message: 'a reason is required' }]);
  return inTransaction(db, async (trx) => {
    const claim = await loadClaim(trx, id);
    if (!claim) throw notFound('claim', id);
    if (input.expectedVersion !== undefined && claim.version !== input.expectedVersion) {
      throw versionConflict('claim', id, claim.version, input.expectedVersion);
    }
    if (claim.status !== 'proposed') throw new AppError('conflict', `claim ${id} is ${claim.status}, not proposed`);
    const now = new Date().toISOString();
    const ok = await updateClaimIfVersion(
      trx,
      id,
      claim.version,
      { status: 'rejected', decided_at: now, decided_by_kind: change.actor.kind, decided_by_id: change.actor.id, decided_by_name: change.actor.name, decision_reason: reason },
      now,
    );
    if (!ok) throw new AppError('precondition_failed', `claim ${id} was changed by someone else`, [{ path: ['version'], message: 'changed concurrently' }]);
    const after = (await loadClaim(trx, id)) as Claim;
    await recordClaimChange(trx, change, { action: 'claim.reject', claim: after, before: { status: claim.status, version: claim.version }, after: { status: after.status, version: after.version } });
    return after;
  });
}
