import type { ChangeContext } from '../domain/change.js';
import type { Statement } from '../domain/statement.js';
import { AppError } from '../errors.js';
import type { Db } from '../storage/database.js';
import { changeStatement } from './change-statement.js';

/**
 * Rejects a statement (a reviewed claim found wrong). The row stays, with status `rejected`, and
 * disappears from entity pages unless asked for. A reason is required (a source alone does not
 * say why). Throws `validation_failed` (no reason), `conflict` (already rejected), `not_found`,
 * `precondition_failed`.
 */
export async function rejectStatement(
  db: Db,
  id: string,
  input: { expectedVersion?: number },
  change: ChangeContext,
): Promise<Statement> {
  if (!change.reason?.trim()) {
    throw new AppError('validation_failed', 'rejecting a statement needs a reason', [{ path: ['reason'], message: 'a reason is required' }]);
  }
  return changeStatement(db, id, input.expectedVersion, 'statement.reject', change, (s) => {
    if (s.status === 'rejected') throw new AppError('conflict', `statement ${id} is already rejected`);
    return { status: 'rejected' };
  });
}
