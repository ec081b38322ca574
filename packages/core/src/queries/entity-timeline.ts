import type { EntitySummary } from '../domain/entity.js';
import type { PartialDate } from '../domain/partial-date.js';
import type { Statement } from '../domain/statement.js';
import { notFound } from '../errors.js';
import { loadLiveSummary } from '../registry/entity.repository.js';
import { statementsAbout } from '../statements/statement.repository.js';
import type { Db } from '../storage/database.js';

/** How the entity takes part in a timeline item. */
export type TimelineRole = 'subject' | 'object' | 'post' | 'on_behalf_of';

/** One item: a statement about the entity, placed at a date, with its sources (the statement's references). */
export interface TimelineItem {
  /** The start, else the end, else the earliest publication date of its sources; absent when nothing is dated. */
  date?: PartialDate;
  /** Where the date came from. */
  dateFrom?: 'start' | 'end' | 'source';
  as: TimelineRole;
  statement: Statement;
}

/** A timeline: the entity, its items in time order (undated last), and every other entity mentioned. */
export interface Timeline {
  entity: EntitySummary;
  redirectedFrom?: string;
  items: TimelineItem[];
  related: Record<string, EntitySummary>;
}

function placeOf(s: Statement): Pick<TimelineItem, 'date' | 'dateFrom'> {
  if (s.start) return { date: s.start, dateFrom: 'start' };
  if (s.end) return { date: s.end, dateFrom: 'end' };
  const published = s.references.map((r) => r.source.published).filter((p): p is string => !!p).sort()[0];
  if (published) {
    const precision = published.length === 4 ? 'year' : published.length === 7 ? 'month' : 'day';
    return { date: { value: published, precision, calendar: 'gregorian' }, dateFrom: 'source' };
  }
  return {};
}

/**
 * Everything about an entity in time order: every non-rejected statement where it (or an id merged
 * into it) is subject, object, post or on-behalf-of — deprecated ones included and marked by their
 * rank — each with its references (URL, title, quote = the sentence). Optional `from`/`to` (ISO day)
 * keep items whose date overlaps the range. Throws `not_found`.
 */
export async function entityTimeline(db: Db, id: string, options: { from?: string; to?: string; limit?: number } = {}): Promise<Timeline> {
  const live = await loadLiveSummary(db, id);
  if (!live) throw notFound('entity', id);
  const ids = new Set(live.allIds);
  const { statements, related } = await statementsAbout(db, live.allIds);
  let items = statements.map((s): TimelineItem => {
    const as: TimelineRole = ids.has(s.subjectId) ? 'subject' : s.objectId && ids.has(s.objectId) ? 'object' : s.postId && ids.has(s.postId) ? 'post' : 'on_behalf_of';
    return { ...placeOf(s), as, statement: s };
  });
  if (options.from) items = items.filter((i) => i.date && i.date.value >= (options.from as string).slice(0, i.date.value.length));
  if (options.to) items = items.filter((i) => i.date && i.date.value <= (options.to as string));
  items.sort((a, b) => {
    const da = a.date?.value ?? '\uffff';
    const db2 = b.date?.value ?? '\uffff';
    return da < db2 ? -1 : da > db2 ? 1 : a.statement.id < b.statement.id ? -1 : a.statement.id > b.statement.id ? 1 : 0;
  });
  if (options.limit !== undefined) items = items.slice(0, Math.max(1, options.limit));
  // Only the entities the kept items mention.
  const mentioned: Record<string, EntitySummary> = {};
  for (const i of items) {
    for (const x of [i.statement.subjectId, i.statement.objectId, i.statement.postId, i.statement.onBehalfOfId]) {
      const summary = x === undefined ? undefined : related.get(x);
      if (summary) mentioned[summary.id] = summary;
    }
  }
  const timeline: Timeline = { entity: live.entity, items, related: mentioned };
  if (live.redirected) timeline.redirectedFrom = id;
  return timeline;
}
