import type { ChangeContext } from '../domain/change.js';
import { parsePartialDate } from '../domain/partial-date.js';
import type { Statement } from '../domain/statement.js';
import { AppError } from '../errors.js';
import type { Db } from '../storage/database.js';
import { changeStatement } from './change-statement.js';

/**
 * Ends a statement (a term, a membership, a seat) on `end` (partial ISO or `jalali:`), keeping the
 * row: "expire, never delete". Throws `validation_failed` (bad date, or an end before the start),
 * `conflict` (already ended or rejected), `not_found`, `precondition_failed` (version mismatch).
 */
export async function endStatement(
  db: Db,
  id: string,
  input: { end: string; expectedVersion?: number },
  change: ChangeContext,
): Promise<Statement> {
  const end = parsePartialDate(input.end);
  return changeStatement(db, id, input.expectedVersion, 'statement.end', change, (s) => {
    if (s.status === 'rejected') throw new AppError('conflict', `statement ${id} was rejected`);
    if (s.end) throw new AppError('conflict', `statement ${id} already ended on ${s.end.value}`);
    if (s.start && end.value < s.start.value.slice(0, end.value.length)) {
      throw new AppError('validation_failed', `the end ${end.value} is before the start ${s.start.value}`, [{ path: ['end'], message: 'ends before it starts' }]);
    }
    return { end_date: end.value, end_precision: end.precision, end_calendar: end.calendar };
  });
}
