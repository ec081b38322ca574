import { requireJustification, type ChangeContext } from '../domain/change.js';
import type { EntityType } from '../domain/entity.js';
import type { Statement } from '../domain/statement.js';
import { AppError, type ErrorDetail } from '../errors.js';
import { recordChange } from '../history/history.repository.js';
import { resolveEntityId } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import { KIND_RULES, normalizeStatementInput, type NormalizedStatement, type StatementInput } from './statement-input.js';
import { addReferences, insertStatement, loadStatement } from './statement.repository.js';

/**
 * Resolves the entity ids a statement mentions (following merges to survivors) and checks their
 * types against the kind's rules. Mutates `s` to the resolved ids. Throws `validation_failed`.
 */
export async function checkStatementLinks(db: Db, s: NormalizedStatement): Promise<void> {
  const details: ErrorDetail[] = [];
  const rule = KIND_RULES[s.kind];
  const check = async (field: 'subjectId' | 'objectId' | 'postId' | 'onBehalfOfId', allowed: readonly EntityType[]): Promise<void> => {
    const id = s[field];
    if (id === undefined) return;
    const resolved = await resolveEntityId(db, id);
    if (!resolved) {
      details.push({ path: [field], message: `no entity ${id}` });
      return;
    }
    const row = await db.selectFrom('entities').select('type').where('id', '=', resolved.id).executeTakeFirstOrThrow();
    if (!allowed.includes(row.type as EntityType)) {
      details.push({ path: [field], message: `${id} is a ${row.type}; a ${s.kind} needs ${allowed.join(' or ')} here` });
      return;
    }
    s[field] = resolved.id;
  };
  await check('subjectId', rule.subject);
  if (rule.object) await check('objectId', rule.object);
  await check('postId', ['post']);
  await check('onBehalfOfId', ['city', 'organization', 'country']);
  if (details.length > 0) {
    throw new AppError('validation_failed', `invalid statement: ${details.map((d) => `${(d.path ?? []).join('.')}: ${d.message}`).join('; ')}`, details);
  }
}

/**
 * Creates a statement with at least one reference, validated (shape, dates, kind rules, linked
 * entities and their types) and recorded in the history, in one transaction. Merged ids are
 * stored as their survivors. When the change carries neither a reason nor a source, the first
 * reference's source justifies it. Returns the stored statement with its references.
 * Throws `validation_failed` or `conflict` (id taken).
 */
export async function createStatement(db: Db, input: StatementInput, change: ChangeContext): Promise<Statement> {
  const s = normalizeStatementInput(input);
  const justified: ChangeContext = change.reason?.trim() || change.source ? change : { ...change, source: s.references[0]?.source };
  requireJustification(justified);
  return inTransaction(db, async (trx) => {
    await checkStatementLinks(trx, s);
    const now = new Date().toISOString();
    await insertStatement(trx, s, now);
    await addReferences(trx, s.id, s.references, now);
    const stored = await loadStatement(trx, s.id);
    if (!stored) throw new AppError('internal', `statement ${s.id} vanished after insert`);
    await recordChange(trx, justified, {
      action: 'statement.create',
      targetType: 'statement',
      targetId: s.id,
      before: null,
      after: stored,
      entityIds: [s.subjectId, s.objectId ?? '', s.postId ?? '', s.onBehalfOfId ?? ''],
    });
    return stored;
  });
}
