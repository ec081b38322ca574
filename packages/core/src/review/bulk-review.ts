import type { ChangeContext } from '../domain/change.js';
import { AppError, isAppError, type ErrorCode } from '../errors.js';
import type { Db } from '../storage/database.js';
import { acceptClaim } from './accept-claim.js';
import { rejectClaim } from './reject-claim.js';

/** One claim of a bulk action, with the version the reviewer saw (optional). */
export interface BulkItem {
  id: string;
  version?: number;
}

/** The result per claim: ok with its new version, or the error code and message. */
export interface BulkItemResult {
  id: string;
  ok: boolean;
  version?: number;
  error?: { code: ErrorCode; message: string };
}

/**
 * Accepts or rejects many claims, each in its own transaction, so one contradiction or conflict
 * does not undo the others; returns a result per claim in input order. Rejecting needs a reason.
 * At most 500 claims per call.
 */
export async function bulkReview(
  db: Db,
  input: { action: 'accept' | 'reject'; items: BulkItem[]; createCandidates?: boolean },
  change: ChangeContext,
): Promise<BulkItemResult[]> {
  if (input.items.length > 500) throw new AppError('validation_failed', 'at most 500 claims per bulk action', [{ path: ['items'], message: 'too many' }]);
  if (input.action === 'reject' && !change.reason?.trim()) {
    throw new AppError('validation_failed', 'rejecting claims needs a reason', [{ path: ['reason'], message: 'a reason is required' }]);
  }
  const out: BulkItemResult[] = [];
  for (const item of input.items) {
    const expected = item.version !== undefined ? { expectedVersion: item.version } : {};
    try {
      const claim = input.action === 'accept'
        ? (await acceptClaim(db, item.id, { ...expected, ...(input.createCandidates ? { createCandidates: true } : {}) }, change)).claim
        : await rejectClaim(db, item.id, expected, change);
      out.push({ id: item.id, ok: true, version: claim.version });
    } catch (error) {
      if (!isAppError(error) || error.code === 'internal') throw error;
      out.push({ id: item.id, ok: false, error: { code: error.code, message: error.message } });
    }
  }
  return out;
}
