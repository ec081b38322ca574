import { holdsOn } from '../domain/partial-date.js';
import type { EntitySummary } from '../domain/entity.js';
import type { Statement } from '../domain/statement.js';
import { notFound } from '../errors.js';
import { loadSummaries, resolveEntityId } from '../registry/entity.repository.js';
import { hydrateStatements } from '../statements/statement.repository.js';
import type { Db } from '../storage/database.js';
import { asOfDay } from './as-of-date.js';

/** One membership or office holding in force on the asked day. */
export interface Holding {
  statement: Statement;
  holder: EntitySummary;
  onBehalfOf?: EntitySummary;
}

/** The answer of an as-of query: the day asked (Gregorian), the body, and the holdings in force. */
export interface AsOfResult {
  day: string;
  organization: EntitySummary;
  items: Holding[];
  /** Summaries of every entity the holdings mention. */
  related: Record<string, EntitySummary>;
}

/**
 * Accepted, non-deprecated memberships of `objectId` (or an id merged into it) in force on `date`
 * (see `asOfDay` for the partial-date rule), optionally only some roles or all but some. Indexed
 * by (object_id, kind, start_date); the end is checked with `holdsOn`. Throws `not_found`, `validation_failed`.
 */
export async function holdersOn(
  db: Db,
  objectId: string,
  date: string,
  roles: { only?: readonly string[]; except?: readonly string[] } = {},
): Promise<AsOfResult> {
  const day = asOfDay(date);
  const resolved = await resolveEntityId(db, objectId);
  if (!resolved) throw notFound('entity', objectId);
  const merged = await db.selectFrom('entities').select('id').where('merged_into', '=', resolved.id).execute();
  let q = db
    .selectFrom('statements')
    .selectAll()
    .where('object_id', 'in', [resolved.id, ...merged.map((m) => m.id)])
    .where('kind', '=', 'membership')
    .where('status', '=', 'accepted')
    .where('rank', '<>', 'deprecated')
    .where((eb) => eb.or([eb('start_date', 'is', null), eb('start_date', '<=', day)]));
  if (roles.only?.length) q = q.where('role', 'in', [...roles.only]);
  if (roles.except?.length) q = q.where('role', 'not in', [...roles.except]);
  const rows = (await q.execute()).filter((r) =>
    holdsOn(
      day,
      r.start_date ? { value: r.start_date, precision: 'day', calendar: 'gregorian' } : undefined,
      r.end_date ? { value: r.end_date, precision: 'day', calendar: 'gregorian' } : undefined,
    ),
  );
  const statements = await hydrateStatements(db, rows);
  const summaries = await loadSummaries(db, [resolved.id, ...statements.flatMap((s) => [s.subjectId, s.objectId ?? '', s.postId ?? '', s.onBehalfOfId ?? ''])]);
  const items = statements
    .map((s): Holding => {
      const h: Holding = { statement: s, holder: summaries.get(s.subjectId) ?? { id: s.subjectId, type: 'person', labels: {} } };
      const behalf = s.onBehalfOfId ? summaries.get(s.onBehalfOfId) : undefined;
      if (behalf) h.onBehalfOf = behalf;
      return h;
    })
    .sort(
      (a, b) =>
        (a.statement.ordinal ?? Number.MAX_SAFE_INTEGER) - (b.statement.ordinal ?? Number.MAX_SAFE_INTEGER) ||
        (a.statement.role ?? '').localeCompare(b.statement.role ?? '') ||
        (a.statement.start?.value ?? '').localeCompare(b.statement.start?.value ?? '') ||
        a.statement.id.localeCompare(b.statement.id),
    );
  const organization = summaries.get(resolved.id) ?? { id: resolved.id, type: 'organization', labels: {} };
  return { day, organization, items, related: Object.fromEntries(summaries) };
}

/** Officers of an organization on a date: every holding but plain membership («هیئت رئیسه متروپلیس در ۱۴۰۱/۰۱/۰۱»). */
export function officersOn(db: Db, organizationId: string, date: string): Promise<AsOfResult> {
  return holdersOn(db, organizationId, date, { except: ['member'] });
}

/** Members of a network on a date, by ordinal, each with its join date (the statement's start). */
export function membersOn(db: Db, networkId: string, date: string): Promise<AsOfResult> {
  return holdersOn(db, networkId, date, { only: ['member'] });
}

/** Who was mayor of a city on a date (usually one; several when the record is ambiguous). */
export function mayorOn(db: Db, cityId: string, date: string): Promise<AsOfResult> {
  return holdersOn(db, cityId, date, { only: ['mayor'] });
}
