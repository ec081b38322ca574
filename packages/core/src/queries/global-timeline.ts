import { sql } from 'kysely';
import type { EntitySummary } from '../domain/entity.js';
import type { PartialDate } from '../domain/partial-date.js';
import { STATEMENT_KINDS, type Statement, type StatementKind } from '../domain/statement.js';
import { AppError } from '../errors.js';
import { loadSummaries, toSummary } from '../registry/entity.repository.js';
import { hydrateStatements } from '../statements/statement.repository.js';
import type { Db } from '../storage/database.js';

/** What a global timeline item is: an accepted statement, or an event (dated by its own start). */
export type GlobalTimelineKind = StatementKind | 'event';

/** One item of the global timeline. */
export type GlobalTimelineItem =
  | { type: 'statement'; date: PartialDate; dateFrom: 'start' | 'end'; statement: Statement }
  | { type: 'event'; date: PartialDate; event: EntitySummary; end?: PartialDate; eventType?: string; ordinal?: number };

/** A page of the global timeline and the entities its statements mention. */
export interface GlobalTimelinePage {
  items: GlobalTimelineItem[];
  related: Record<string, EntitySummary>;
  nextCursor?: string;
}

/** Options: statement kinds and/or `event`, a date range (partial ISO, inclusive), order, page size, cursor. */
export interface GlobalTimelineOptions {
  kinds?: readonly GlobalTimelineKind[];
  from?: string;
  to?: string;
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
}

interface Key {
  date: string;
  id: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function encodeCursor(k: Key): string {
  return Buffer.from(JSON.stringify([k.date, k.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): Key {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string' && DATE.test(v[0])) return { date: v[0], id: v[1] };
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', 'invalid cursor', [{ path: ['cursor'], message: 'not a timeline cursor' }]);
}

/** Whether (date, id) comes after the cursor key in the chosen order. */
function after(k: Key, cursor: Key, order: 'asc' | 'desc'): boolean {
  const c = k.date < cursor.date ? -1 : k.date > cursor.date ? 1 : k.id < cursor.id ? -1 : k.id > cursor.id ? 1 : 0;
  return order === 'asc' ? c > 0 : c < 0;
}

/**
 * Everything that happened, across all entities, in time order with keyset paging: accepted,
 * not deprecated statements placed at their start (else their end; undated ones have no place on a
 * shared timeline), and events placed at their start attribute. Ties are broken by id, so pages never
 * overlap or skip even when new facts arrive. `from`/`to` keep items whose date lies in the range
 * (compared at the shorter precision: a fact of "2021" is in a range from 2021-06-01, and one of
 * 2019-04-30 in a range to 2019).
 * Throws `validation_failed` (bad date, kind or cursor).
 */
export async function globalTimeline(db: Db, options: GlobalTimelineOptions = {}): Promise<GlobalTimelinePage> {
  const order = options.order ?? 'desc';
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), 200);
  for (const [field, value] of [['from', options.from], ['to', options.to]] as const) {
    if (value !== undefined && !DATE.test(value)) throw new AppError('validation_failed', `${field} must be a partial ISO date`, [{ path: [field], message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' }]);
  }
  const kinds = options.kinds && options.kinds.length > 0 ? [...new Set(options.kinds)] : undefined;
  for (const k of kinds ?? []) {
    if (k !== 'event' && !(STATEMENT_KINDS as readonly string[]).includes(k)) throw new AppError('validation_failed', `unknown kind ${k}`, [{ path: ['kinds'], message: `unknown kind ${k}` }]);
  }
  const cursor = options.cursor !== undefined ? decodeCursor(options.cursor) : undefined;
  const statementKinds = kinds ? kinds.filter((k): k is StatementKind => k !== 'event') : [...STATEMENT_KINDS];
  const withEvents = !kinds || kinds.includes('event');
  const inRange = (date: string): boolean =>
    (!options.from || date >= options.from.slice(0, date.length)) && (!options.to || date.slice(0, options.to.length) <= options.to);

  // Statements: one page plus one row (to know whether there is more) straight from the database.
  // When more exist, nothing past the last row read may be shown (an event there would let the next
  // page skip statements in between), so that row is the page's boundary.
  const candidates: { key: Key; make: () => GlobalTimelineItem }[] = [];
  let rows = statementKinds.length > 0 ? await fetchStatements(db, statementKinds, order, limit + 1, cursor, options.from, options.to) : [];
  const moreStatements = rows.length > limit;
  rows = rows.slice(0, limit);
  const lastRow = rows[rows.length - 1];
  const boundary: Key | undefined = moreStatements && lastRow ? { date: lastRow.start_date ?? lastRow.end_date ?? '', id: lastRow.id } : undefined;
  for (const s of await hydrateStatements(db, rows)) {
    const date = s.start ?? s.end;
    if (!date || !inRange(date.value)) continue;
    candidates.push({ key: { date: date.value, id: s.id }, make: () => ({ type: 'statement', date, dateFrom: s.start ? 'start' : 'end', statement: s }) });
  }

  // Events: their date lives in the JSON attributes, so they are read by type (events are few
  // compared with statements) and filtered here.
  if (withEvents) {
    const events = await db.selectFrom('entities').select(['id', 'type', 'label_fa', 'label_en', 'attributes']).where('type', '=', 'event').where('merged_into', 'is', null).execute();
    for (const e of events) {
      const attrs = JSON.parse(e.attributes) as { start?: PartialDate; end?: PartialDate; event_type?: string; ordinal?: number };
      const date = attrs.start;
      if (!date?.value || !inRange(date.value)) continue;
      const key = { date: date.value, id: e.id };
      if (cursor && !after(key, cursor, order)) continue;
      if (boundary && after(key, boundary, order)) continue;
      candidates.push({
        key,
        make: () => ({
          type: 'event', date, event: toSummary(e),
          ...(attrs.end ? { end: attrs.end } : {}), ...(attrs.event_type ? { eventType: attrs.event_type } : {}), ...(attrs.ordinal ? { ordinal: attrs.ordinal } : {}),
        }),
      });
    }
  }

  candidates.sort((a, b) => {
    const c = a.key.date < b.key.date ? -1 : a.key.date > b.key.date ? 1 : a.key.id < b.key.id ? -1 : a.key.id > b.key.id ? 1 : 0;
    return order === 'asc' ? c : -c;
  });
  const page = candidates.slice(0, limit);
  const items = page.map((c) => c.make());
  const others = new Set<string>();
  for (const i of items) {
    if (i.type === 'statement') for (const x of [i.statement.subjectId, i.statement.objectId, i.statement.postId, i.statement.onBehalfOfId]) if (x) others.add(x);
  }
  const result: GlobalTimelinePage = { items, related: Object.fromEntries(await loadSummaries(db, [...others])) };
  const last = page[page.length - 1];
  if (candidates.length > limit && last) result.nextCursor = encodeCursor(last.key);
  else if (boundary) result.nextCursor = encodeCursor(boundary);
  return result;
}

/**
 * Accepted, not deprecated statements with a date, ordered by (start else end, id) after the cursor.
 * The range is applied loosely in SQL (on the date's first characters) and exactly by the caller.
 */
async function fetchStatements(db: Db, kinds: readonly StatementKind[], order: 'asc' | 'desc', limit: number, cursor: Key | undefined, from: string | undefined, to: string | undefined) {
  const placed = sql<string>`coalesce(start_date, end_date)`;
  let q = db
    .selectFrom('statements')
    .selectAll()
    .where('status', '=', 'accepted')
    .where('rank', '<>', 'deprecated')
    .where(placed, 'is not', null)
    .where('kind', 'in', kinds);
  // A stored "2021" sorts before "2021-06-01"; comparing with the range's year keeps it, and the
  // caller's exact check (at the item's precision) decides.
  if (from) q = q.where(placed, '>=', from.slice(0, 4));
  if (to) q = q.where(sql<string>`substr(coalesce(start_date, end_date), 1, ${sql.lit(to.length)})`, '<=', to);
  if (cursor) {
    q = order === 'asc'
      ? q.where((eb) => eb.or([eb(placed, '>', cursor.date), eb.and([eb(placed, '=', cursor.date), eb('id', '>', cursor.id)])]))
      : q.where((eb) => eb.or([eb(placed, '<', cursor.date), eb.and([eb(placed, '=', cursor.date), eb('id', '<', cursor.id)])]));
  }
  return q.orderBy(placed, order).orderBy('id', order).limit(limit).execute();
}
