import { requireJustification, type ChangeContext } from '../domain/change.js';
import { AppError, notFound, versionConflict } from '../errors.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import type { Claim } from '../claims/claim.js';
import { recordClaimChange } from '../claims/claim-history.js';
import { matchKey } from '../claims/claim-matching.js';
import { mainDate } from '../claims/fact-arguments.js';
import { loadClaim, updateClaimIfVersion, writeArguments } from '../claims/claims.repository.js';
import { applyClaimEdit, type ClaimEdit } from './claim-edit.js';

/**
 * Edits a proposed claim (fact fields, argument links) without accepting it, if its version is
 * still `expectedVersion`; bumps the version and records before/after with the reason. The
 * evidence keeps what each article said. Throws `not_found`, `conflict` (not proposed),
 * `precondition_failed`, `validation_failed`.
 */
export async function editClaim(db: Db, id: string, input: { expectedVersion?: number; edit: ClaimEdit }, change: ChangeContext): Promise<Claim> {
  requireJustification(change);
  return inTransaction(db, async (trx) => {
    const claim = await loadClaim(trx, id);
    if (!claim) throw notFound('claim', id);
    if (input.expectedVersion !== undefined && claim.version !== input.expectedVersion) {
      throw versionConflict('claim', id, claim.version, input.expectedVersion);
    }
    if (claim.status !== 'proposed') throw new AppError('conflict', `claim ${id} is ${claim.status}, not proposed`);
    const now = new Date().toISOString();
    if (!(await updateClaimIfVersion(trx, id, claim.version, {}, now))) {
      throw new AppError('precondition_failed', `claim ${id} was changed by someone else`, [{ path: ['version'], message: 'changed concurrently' }]);
    }
    const { fact, args } = await applyClaimEdit(trx, claim, input.edit);
    const date = mainDate(fact);
    await trx
      .updateTable('claims')
      .set({ fact: JSON.stringify(fact), date_value: date ?? null, match_key: matchKey(fact, args, date) })
      .where('id', '=', id)
      .execute();
    await writeArguments(trx, id, args);
    const after = (await loadClaim(trx, id)) as Claim;
    await recordClaimChange(trx, change, {
      action: 'claim.edit',
      claim: after,
      before: { fact: claim.fact, arguments: claim.arguments, version: claim.version },
      after: { fact: after.fact, arguments: after.arguments, version: after.version },
    });
    return after;
  });
}
