import { requireJustification, type ChangeContext } from '../domain/change.js';
import type { Statement } from '../domain/statement.js';
import { notFound, versionConflict } from '../errors.js';
import { recordChange } from '../history/history.repository.js';
import type { Db } from '../storage/database.js';
import type { StatementsTable } from '../storage/statement.table.js';
import { inTransaction } from '../storage/transaction.js';
import { loadStatement, updateStatementRow } from './statement.repository.js';

/**
 * The shared path of every statement edit (end, deprecate, reject...): check the justification,
 * load the statement, let `decide` validate and return the column patch, apply it with the
 * optimistic version check, and record before/after in the history — in one transaction.
 */
export async function changeStatement(
  db: Db,
  id: string,
  expectedVersion: number | undefined,
  action: string,
  change: ChangeContext,
  decide: (current: Statement) => Partial<Omit<StatementsTable, 'id' | 'version' | 'created_at'>>,
): Promise<Statement> {
  requireJustification(change);
  return inTransaction(db, async (trx) => {
    const before = await loadStatement(trx, id);
    if (!before) throw notFound('statement', id);
    if (expectedVersion !== undefined && before.version !== expectedVersion) {
      throw versionConflict('statement', id, before.version, expectedVersion);
    }
    const patch = decide(before);
    await updateStatementRow(trx, id, before.version, patch);
    const after = await loadStatement(trx, id);
    if (!after) throw notFound('statement', id);
    await recordChange(trx, change, {
      action,
      targetType: 'statement',
      targetId: id,
      before,
      after,
      entityIds: [before.subjectId, before.objectId ?? '', before.postId ?? '', before.onBehalfOfId ?? ''],
    });
    return after;
  });
}
