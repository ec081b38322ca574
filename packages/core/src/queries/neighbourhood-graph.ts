import type { EntitySummary } from '../domain/entity.js';
import { holdsOn, type PartialDate } from '../domain/partial-date.js';
import { dateFromColumns } from '../domain/partial-date.js';
import { notFound } from '../errors.js';
import { loadSummaries, resolveEntityId } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';
import type { StatementsTable } from '../storage/statement.table.js';
import { asOfDay } from './as-of-date.js';

/** A typed edge: one statement, from its subject to its object. */
export interface GraphEdge {
  id: string;
  kind: string;
  source: string;
  target: string;
  role?: string;
  onBehalfOf?: string;
  ordinal?: number;
  start?: PartialDate;
  end?: PartialDate;
  rank: string;
}

/** The neighbourhood of an entity, for the web app's graph view. */
export interface Graph {
  center: string;
  nodes: (EntitySummary & { depth: number })[];
  edges: GraphEdge[];
  /** True when the node limit cut the walk short. */
  truncated: boolean;
}

/** Options: hops (1..3, default 1), a day the edges must hold on, kinds to follow, node limit (default 200, max 1000). */
export interface GraphOptions {
  hops?: number;
  date?: string;
  kinds?: string[];
  limit?: number;
}

const COLUMNS = ['subject_id', 'object_id', 'on_behalf_of_id'] as const;

/**
 * Entities and typed edges within `hops` of an entity, walking accepted, non-deprecated statements
 * with an object (breadth first; `on_behalf_of` links count as a hop too). With `date`, only
 * statements in force on that day (`holdsOn`, the as-of rule) are followed. Stops adding nodes at
 * `limit` and says so. Throws `not_found`, `validation_failed` (date).
 */
export async function neighbourhoodGraph(db: Db, id: string, options: GraphOptions = {}): Promise<Graph> {
  const resolved = await resolveEntityId(db, id);
  if (!resolved) throw notFound('entity', id);
  const hops = Math.min(Math.max(Math.trunc(options.hops ?? 1), 1), 3);
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 200), 1), 1000);
  const day = options.date ? asOfDay(options.date) : undefined;
  const depth = new Map<string, number>([[resolved.id, 0]]);
  const edges = new Map<string, GraphEdge>();
  let frontier = [resolved.id];
  let truncated = false;
  for (let d = 1; d <= hops && frontier.length > 0 && !truncated; d++) {
    const rows = new Map<string, StatementsTable>();
    for (let i = 0; i < frontier.length; i += 400) {
      const part = frontier.slice(i, i + 400);
      for (const column of COLUMNS) {
        let q = db.selectFrom('statements').selectAll().where(column, 'in', part).where('status', '=', 'accepted').where('rank', '<>', 'deprecated').where('object_id', 'is not', null);
        if (options.kinds?.length) q = q.where('kind', 'in', options.kinds);
        for (const r of await q.execute()) rows.set(r.id, r);
      }
    }
    const next: string[] = [];
    for (const r of [...rows.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const start = dateFromColumns(r.start_date, r.start_precision, r.start_calendar);
      const end = dateFromColumns(r.end_date, r.end_precision, r.end_calendar);
      if (day && !holdsOn(day, start, end)) continue;
      const ends = [r.subject_id, r.object_id as string, ...(r.on_behalf_of_id ? [r.on_behalf_of_id] : [])];
      const fresh = ends.filter((e) => !depth.has(e));
      if (depth.size + fresh.length > limit) {
        truncated = true;
        break;
      }
      for (const e of fresh) {
        depth.set(e, d);
        next.push(e);
      }
      const edge: GraphEdge = { id: r.id, kind: r.kind, source: r.subject_id, target: r.object_id as string, rank: r.rank };
      if (r.role !== null) edge.role = r.role;
      if (r.on_behalf_of_id !== null) edge.onBehalfOf = r.on_behalf_of_id;
      if (r.ordinal !== null) edge.ordinal = Number(r.ordinal);
      if (start) edge.start = start;
      if (end) edge.end = end;
      edges.set(r.id, edge);
    }
    frontier = next;
  }
  const summaries = await loadSummaries(db, [...depth.keys()]);
  const nodes = [...depth].map(([nodeId, dd]) => ({ ...(summaries.get(nodeId) ?? { id: nodeId, type: 'organization' as const, labels: {} }), depth: dd }));
  return { center: resolved.id, nodes, edges: [...edges.values()], truncated };
}
