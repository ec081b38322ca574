import type { ChangeContext } from '../domain/change.js';
import type { Statement } from '../domain/statement.js';
import { AppError } from '../errors.js';
import type { Db } from '../storage/database.js';
import { changeStatement } from './change-statement.js';

/**
 * Marks a statement deprecated (Wikidata rank): superseded or wrong facts stay visible with their
 * sources but no longer count as current. Throws `conflict` when already deprecated, `not_found`,
 * `precondition_failed`.
 */
export async function deprecateStatement(
  db: Db,
  id: string,
  input: { expectedVersion?: number },
  change: ChangeContext,
): Promise<Statement> {
  return changeStatement(db, id, input.expectedVersion, 'statement.deprecate', change, (s) => {
    if (s.rank === 'deprecated') throw new AppError('conflict', `statement ${id} is already deprecated`);
    return { rank: 'deprecated' };
  });
}
