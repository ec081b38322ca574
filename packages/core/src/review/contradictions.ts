import { parsePartialDate } from '../domain/partial-date.js';
import type { Db } from '../storage/database.js';
import type { ClaimFlag } from '../claims/claim.js';
import { datesCompatible } from '../claims/claim-matching.js';
import { strictlyBefore } from '../claims/intrinsic-flags.js';
import type { PlannedStatement } from './claim-plan.js';

/** Roles one holder at a time fills: two overlapping terms are a contradiction (co-presidents are not). */
export const SINGLE_HOLDER_ROLES: ReadonlySet<string> = new Set(['mayor', 'president', 'secretary_general', 'treasurer', 'council_president']);

/**
 * Whether two terms overlap: each starts strictly before the other ends, comparing partial dates at
 * the coarser precision, so terms that meet in the same month (2017-08 → 2017-08) do not overlap.
 * An unknown start is the beginning of time, an unknown end is "still holding".
 */
export function termsOverlap(a: { start?: string; end?: string }, b: { start?: string; end?: string }): boolean {
  const before = (x: string | undefined, y: string | undefined): boolean => x === undefined || y === undefined || strictlyBefore(x, y);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Gregorian value of a date input (`2021`, `jalali:1400`), undefined when absent or unreadable. */
function valueOf(input: string | undefined): string | undefined {
  if (!input) return undefined;
  try {
    return parsePartialDate(input).value;
  } catch {
    return undefined;
  }
}

/** What checking planned statements against the store found. */
export interface ContradictionReport {
  flags: ClaimFlag[];
  /** Per planned statement, an accepted statement that already states it (gets the evidence as references instead). */
  existing: (string | undefined)[];
}

/**
 * Checks the statements a claim would create against accepted, non-deprecated statements:
 * - a single-holder office (mayor, president…) held by someone else over an overlapping term → `overlapping_term`;
 * - a term ending before it starts → `ends_before_start`;
 * - a membership with a different ordinal for the same member of the same organization → `ordinal_mismatch`;
 * and finds statements that already say the same (same kind, ends and role, compatible start and
 * ordinal), which accepting reuses instead of duplicating. Only planned statements whose ends are
 * known entities are checked (`$new` placeholders cannot clash).
 */
export async function findContradictions(db: Db, planned: readonly PlannedStatement[]): Promise<ContradictionReport> {
  const flags: ClaimFlag[] = [];
  const existing: (string | undefined)[] = [];
  for (const p of planned) {
    const start = valueOf(p.start);
    const end = valueOf(p.end);
    if (start && end && strictlyBefore(end, start)) {
      flags.push({ code: 'ends_before_start', message: `the ${p.kind} ends (${end}) before it starts (${start})`, statementIds: [] });
    }
    if (p.subjectId.startsWith('$') || !p.objectId || p.objectId.startsWith('$')) {
      existing.push(undefined);
      continue;
    }
    let q = db
      .selectFrom('statements')
      .select(['id', 'subject_id', 'role', 'ordinal', 'start_date', 'end_date'])
      .where('object_id', '=', p.objectId)
      .where('kind', '=', p.kind)
      .where('status', '=', 'accepted')
      .where('rank', '<>', 'deprecated');
    if (p.role) q = q.where('role', '=', p.role);
    const rows = await q.execute();
    const same = rows.find(
      (r) =>
        r.subject_id === p.subjectId &&
        datesCompatible(r.start_date ?? undefined, start) &&
        (r.ordinal === null || p.ordinal === undefined || Number(r.ordinal) === p.ordinal),
    );
    existing.push(same?.id);
    if (p.kind !== 'membership') continue;
    if (p.role && SINGLE_HOLDER_ROLES.has(p.role)) {
      const clash = rows.filter(
        (r) =>
          r.subject_id !== p.subjectId &&
          termsOverlap({ ...(start ? { start } : {}), ...(end ? { end } : {}) }, { ...(r.start_date ? { start: r.start_date } : {}), ...(r.end_date ? { end: r.end_date } : {}) }),
      );
      if (clash.length > 0) {
        flags.push({
          code: 'overlapping_term',
          message: `another ${p.role} of ${p.objectId} holds office over an overlapping term (${clash.map((c) => `${c.subject_id} ${c.start_date ?? '?'}–${c.end_date ?? ''}`).join(', ')})`,
          statementIds: clash.map((c) => c.id),
        });
      }
    }
    if (p.role === 'member' && p.ordinal !== undefined) {
      const other = rows.filter((r) => r.subject_id === p.subjectId && r.ordinal !== null && Number(r.ordinal) !== p.ordinal);
      if (other.length > 0) {
        flags.push({
          code: 'ordinal_mismatch',
          message: `${p.subjectId} is already stored as member no. ${other.map((o) => o.ordinal).join(', ')} of ${p.objectId}, not ${p.ordinal}`,
          statementIds: other.map((o) => o.id),
        });
      }
    }
  }
  return { flags, existing };
}
