import { z } from 'zod';
import { roleSchema, tenureStartSchema } from '../data-format/shipped-data.schema.js';
import type { ChangeContext } from '../domain/change.js';
import { requireJustification } from '../domain/change.js';
import { parsePartialDate, type PartialDate } from '../domain/partial-date.js';
import type { ReferenceInput, Statement } from '../domain/statement.js';
import { AppError, notFound, type ErrorDetail, versionConflict } from '../errors.js';
import { recordChange } from '../history/history.repository.js';
import { resolveEntityId } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';
import type { StatementsTable } from '../storage/statement.table.js';
import { inTransaction } from '../storage/transaction.js';
import { validateSourceInput } from './source.repository.js';
import { KIND_RULES } from './statement-input.js';
import { addReferences, loadStatement, updateStatementRow } from './statement.repository.js';

/**
 * What an edit may change on ONE statement (one record per term stays true: a new term is a new
 * statement, not an edit). A field left out keeps its value; `null` clears it. Dates as partial ISO or
 * `jalali:` strings. `data` (the kind's qualifiers, e.g. a membership category) replaces the stored object.
 */
export interface UpdateStatementInput {
  expectedVersion: number;
  start?: string | null;
  end?: string | null;
  role?: string | null;
  ordinal?: number | null;
  how?: string | null;
  onBehalfOfId?: string | null;
  data?: Record<string, unknown>;
  /** The source that supports the edit; it is added to the statement's references. Required. */
  reference: ReferenceInput;
}

const patchSchema = z.object({
  expectedVersion: z.number().int().positive(),
  start: z.string().min(1).nullable().optional(),
  end: z.string().min(1).nullable().optional(),
  role: z.string().trim().min(1).nullable().optional(),
  ordinal: z.number().int().positive().nullable().optional(),
  how: tenureStartSchema.nullable().optional(),
  onBehalfOfId: z.string().min(1).nullable().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});

type Patch = Partial<Omit<StatementsTable, 'id' | 'version' | 'created_at'>>;

function dateColumns(prefix: 'start' | 'end', d: PartialDate | null): Patch {
  return prefix === 'start'
    ? { start_date: d?.value ?? null, start_precision: d?.precision ?? null, start_calendar: d?.calendar ?? null }
    : { end_date: d?.value ?? null, end_precision: d?.precision ?? null, end_calendar: d?.calendar ?? null };
}

/**
 * Edits the dates, role, ordinal, how, on-behalf-of entity or qualifiers of one statement, with the
 * optimistic version check (`expectedVersion`), a required reason AND a required source reference
 * (added to the statement's references, and recorded as the change's source), writing before/after
 * to the history — all in one transaction. Kind rules are re-checked (a membership's role from the
 * vocabulary, the end not before the start, on-behalf-of a city/organization/country).
 * Throws `validation_failed`, `not_found`, `precondition_failed`, `conflict` (a rejected statement,
 * or an edit that changes nothing).
 */
export async function updateStatement(db: Db, id: string, input: UpdateStatementInput, change: ChangeContext): Promise<Statement> {
  const details: ErrorDetail[] = [];
  if (!change.reason?.trim()) details.push({ path: ['reason'], message: 'a reason is required to edit a statement' });
  const parsed = patchSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues) details.push({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message });
  }
  let reference: ReferenceInput | undefined;
  if (!input.reference?.source) details.push({ path: ['reference'], message: 'a source is required to edit a statement' });
  else {
    try {
      reference = { ...input.reference, source: validateSourceInput(input.reference.source, ['reference', 'source']) };
    } catch (e) {
      if (e instanceof AppError) details.push(...e.details);
      else throw e;
    }
  }
  const date = (value: string | null | undefined, field: 'start' | 'end'): PartialDate | null | undefined => {
    if (value === undefined || value === null) return value;
    try {
      return parsePartialDate(value);
    } catch (e) {
      details.push({ path: [field], message: e instanceof Error ? e.message : String(e) });
      return undefined;
    }
  };
  const start = date(input.start, 'start');
  const end = date(input.end, 'end');
  if (details.length > 0 || !parsed.success || !reference) {
    throw new AppError('validation_failed', `invalid statement edit: ${details.map((d) => `${(d.path ?? []).join('.')}: ${d.message}`).join('; ')}`, details);
  }
  const v = parsed.data;
  const justified: ChangeContext = { ...change, source: reference.source };
  requireJustification(justified);

  return inTransaction(db, async (trx) => {
    const before = await loadStatement(trx, id);
    if (!before) throw notFound('statement', id);
    if (before.version !== v.expectedVersion) {
      throw versionConflict('statement', id, before.version, v.expectedVersion);
    }
    if (before.status === 'rejected') throw new AppError('conflict', `statement ${id} was rejected; rejected statements are not edited`);

    const patch: Patch = {};
    if (start !== undefined) Object.assign(patch, dateColumns('start', start));
    if (end !== undefined) Object.assign(patch, dateColumns('end', end));
    if (v.role !== undefined) patch.role = v.role;
    if (v.ordinal !== undefined) patch.ordinal = v.ordinal;
    if (v.how !== undefined) patch.how = v.how;
    if (v.data !== undefined) patch.data = JSON.stringify(v.data);
    if (v.onBehalfOfId !== undefined) {
      if (v.onBehalfOfId === null) patch.on_behalf_of_id = null;
      else {
        const resolved = await resolveEntityId(trx, v.onBehalfOfId);
        const row = resolved ? await trx.selectFrom('entities').select('type').where('id', '=', resolved.id).executeTakeFirst() : undefined;
        if (!resolved || !row) details.push({ path: ['onBehalfOfId'], message: `no entity ${v.onBehalfOfId}` });
        else if (!['city', 'organization', 'country'].includes(row.type)) details.push({ path: ['onBehalfOfId'], message: `${v.onBehalfOfId} is a ${row.type}; on behalf of needs a city, organization or country` });
        else patch.on_behalf_of_id = resolved.id;
      }
    }
    // The statement as it would be after the edit, checked against the kind's rules.
    const nextStart = start === undefined ? before.start : start ?? undefined;
    const nextEnd = end === undefined ? before.end : end ?? undefined;
    if (nextStart && nextEnd && nextEnd.value < nextStart.value.slice(0, nextEnd.value.length)) {
      details.push({ path: ['end'], message: `ends (${nextEnd.value}) before it starts (${nextStart.value})` });
    }
    const nextRole = v.role === undefined ? before.role : v.role ?? undefined;
    if (KIND_RULES[before.kind].vocabularyRole && !roleSchema.safeParse(nextRole).success) {
      details.push({ path: ['role'], message: `role must be one of ${roleSchema.options.join(', ')}` });
    }
    if (v.data !== undefined && before.kind === 'attribute' && typeof v.data['property'] !== 'string') {
      details.push({ path: ['data', 'property'], message: 'an attribute statement names its property' });
    }
    if (details.length > 0) {
      throw new AppError('validation_failed', `invalid statement edit: ${details.map((d) => `${(d.path ?? []).join('.')}: ${d.message}`).join('; ')}`, details);
    }
    const was: Record<string, unknown> = {
      start_date: before.start?.value ?? null, start_precision: before.start?.precision ?? null, start_calendar: before.start?.calendar ?? null,
      end_date: before.end?.value ?? null, end_precision: before.end?.precision ?? null, end_calendar: before.end?.calendar ?? null,
      role: before.role ?? null, ordinal: before.ordinal ?? null, how: before.how ?? null,
      on_behalf_of_id: before.onBehalfOfId ?? null, data: JSON.stringify(before.data),
    };
    const changes = Object.keys(patch).filter((k) => was[k] !== patch[k as keyof Patch]);
    if (changes.length === 0) throw new AppError('conflict', `the edit changes nothing on statement ${id}`);

    await updateStatementRow(trx, id, before.version, patch);
    await addReferences(trx, id, [reference]);
    const after = await loadStatement(trx, id);
    if (!after) throw notFound('statement', id);
    await recordChange(trx, justified, {
      action: 'statement.update',
      targetType: 'statement',
      targetId: id,
      before,
      after,
      entityIds: [before.subjectId, before.objectId ?? '', before.postId ?? '', before.onBehalfOfId ?? '', after.onBehalfOfId ?? ''],
    });
    return after;
  });
}
