import type { EntitySummary } from '../domain/entity.js';
import type { Statement } from '../domain/statement.js';
import { notFound } from '../errors.js';
import { loadSummaries } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';
import { loadStatement } from './statement.repository.js';

/** A statement and the summaries of the entities it mentions (subject, object, post, on-behalf-of). */
export interface StatementView {
  statement: Statement;
  related: Record<string, EntitySummary>;
}

/**
 * One statement with its references and the summaries of the entities it links, so an API response
 * or a CLI line can name them without more queries. Throws `not_found`.
 * (Added by the server engineer for GET /api/statements/:id and the statement write responses.)
 */
export async function getStatement(db: Db, id: string): Promise<StatementView> {
  const statement = await loadStatement(db, id);
  if (!statement) throw notFound('statement', id);
  const ids = [statement.subjectId, statement.objectId, statement.postId, statement.onBehalfOfId].filter(
    (x): x is string => x !== undefined,
  );
  return { statement, related: Object.fromEntries(await loadSummaries(db, ids)) };
}
