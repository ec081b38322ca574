import { z } from 'zod';
import { parsePartialDate } from '../domain/partial-date.js';
import { AppError, type ErrorDetail } from '../errors.js';
import type { FactKind } from '../extraction/types.js';
import { resolveEntityId } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';
import type { Claim, ClaimArgument, ClaimFact } from '../claims/claim.js';

/**
 * A reviewer's correction of a claim: scalar fields of the fact (`null` removes one) and links of
 * arguments to existing entities (a reviewer's link is certain: `linked`).
 */
export interface ClaimEdit {
  fact?: Record<string, unknown>;
  arguments?: { slot: string; position?: number; entityId: string }[];
}

/** Which fact fields a reviewer may edit, per kind, and which of them are dates. */
export const EDITABLE_FIELDS: Record<FactKind, readonly string[]> = {
  post: ['role', 'how', 'start', 'end'],
  membership: ['ordinal', 'category', 'date'],
  event: ['event_type', 'name', 'ordinal', 'date', 'virtual'],
  meeting: ['date'],
  agreement: ['agreement_type', 'status', 'date'],
  founded: ['date'],
  seat: ['since'],
  proposal: ['subject'],
};
const DATE_FIELDS = new Set(['start', 'end', 'date', 'since']);

const FIELD_SCHEMAS: Record<string, z.ZodType> = {
  role: z.string().regex(/^[a-z_]+$/),
  how: z.enum(['elected', 'reelected', 'appointed', 'held']),
  ordinal: z.number().int().positive(),
  category: z.enum(['full', 'associate']),
  event_type: z.enum(['congress', 'general_assembly', 'session', 'summit', 'forum', 'conference', 'visit']),
  name: z.string().trim().min(1).max(300),
  virtual: z.boolean(),
  agreement_type: z.enum(['sister_city', 'mou', 'cooperation']),
  status: z.enum(['signed', 'in_force', 'proposed']),
  subject: z.string().trim().min(1).max(500),
};

/**
 * Validates an edit against a claim and returns the edited fact and arguments (nothing is
 * written). Dates accept `2021`, `2021-06-01` or `jalali:1400-03-11` and are stored as Gregorian
 * partial ISO. Every problem is reported at once (`validation_failed`, paths like `fact.start`).
 */
export async function applyClaimEdit(db: Db, claim: Claim, edit: ClaimEdit): Promise<{ fact: ClaimFact; args: ClaimArgument[] }> {
  const details: ErrorDetail[] = [];
  const fact = { ...(claim.fact as unknown as Record<string, unknown>) };
  const allowed = EDITABLE_FIELDS[claim.kind];
  for (const [key, value] of Object.entries(edit.fact ?? {})) {
    if (!allowed.includes(key)) {
      details.push({ path: ['fact', key], message: `a ${claim.kind} claim has editable fields ${allowed.join(', ')}` });
      continue;
    }
    if (value === null || value === undefined) {
      delete fact[key];
      continue;
    }
    if (DATE_FIELDS.has(key)) {
      try {
        fact[key] = parsePartialDate(String(value)).value;
      } catch (e) {
        details.push({ path: ['fact', key], message: e instanceof Error ? e.message : String(e) });
      }
      continue;
    }
    const parsed = FIELD_SCHEMAS[key]?.safeParse(value);
    if (!parsed?.success) details.push({ path: ['fact', key], message: parsed?.error.issues[0]?.message ?? 'invalid value' });
    else fact[key] = parsed.data;
  }
  const args = claim.arguments.map((a) => ({ ...a, suggestions: [...a.suggestions] }));
  for (const [i, link] of (edit.arguments ?? []).entries()) {
    const target = args.find((a) => a.slot === link.slot && a.position === (link.position ?? 0));
    if (!target) {
      details.push({ path: ['arguments', i, 'slot'], message: `the claim has no argument ${link.slot}[${link.position ?? 0}]` });
      continue;
    }
    const resolved = await resolveEntityId(db, link.entityId);
    const row = resolved ? await db.selectFrom('entities').select('type').where('id', '=', resolved.id).executeTakeFirst() : undefined;
    if (!resolved || !row) {
      details.push({ path: ['arguments', i, 'entityId'], message: `no entity ${link.entityId}` });
      continue;
    }
    if (row.type !== target.entityType) {
      details.push({ path: ['arguments', i, 'entityId'], message: `${link.entityId} is a ${row.type}, the argument needs a ${target.entityType}` });
      continue;
    }
    target.entityId = resolved.id;
    target.link = 'linked';
  }
  if (details.length > 0) {
    throw new AppError('validation_failed', `invalid claim edit: ${details.map((d) => `${(d.path ?? []).join('.')}: ${d.message}`).join('; ')}`, details);
  }
  return { fact: fact as unknown as ClaimFact, args };
}
