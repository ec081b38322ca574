/**
 * Types of the query API (timeline, as-of views, neighbourhood graph) and the articles API, written by
 * hand and checked against packages/server/openapi.json by `openapi.test.ts`.
 */
import type { Claim } from './review-types.ts';
import type { EntitySummary, Labels, PartialDate, Statement } from './types.ts';

/** One item of an entity's timeline: a statement and the date it is placed at. */
export interface TimelineItem {
  date: PartialDate | null;
  date_from: 'start' | 'end' | 'source' | null;
  as: 'subject' | 'object' | 'post' | 'on_behalf_of';
  statement: Statement;
}

/** GET /api/entities/:id/timeline. */
export interface Timeline {
  entity: EntitySummary;
  redirected_from: string | null;
  items: TimelineItem[];
}

/** One item of the global timeline: an accepted statement (at its start, else end) or an event (at its start). */
export type GlobalTimelineItem =
  | { type: 'statement'; date: PartialDate; date_from: 'start' | 'end'; statement: Statement }
  | { type: 'event'; date: PartialDate; end: PartialDate | null; event: EntitySummary; event_type: string | null; ordinal: number | null };

/** GET /api/timeline: one keyset page, newest first unless `order=asc`. */
export interface GlobalTimeline {
  items: GlobalTimelineItem[];
  next_cursor: string | null;
}

/** GET /api/cities/coordinates. */
export interface CityCoordinates {
  items: { city: EntitySummary; lat: number; lon: number }[];
}

/** One holder of an as-of view. */
export interface AsOfItem {
  holder: EntitySummary;
  role: string | null;
  on_behalf_of: EntitySummary | null;
  ordinal: number | null;
  start: PartialDate | null;
  end: PartialDate | null;
  statement: Statement;
}

/** Officers / members / mayor on a day. */
export interface AsOf {
  day: string;
  organization: EntitySummary;
  items: AsOfItem[];
}

/** A node of the neighbourhood graph. */
export interface GraphNode extends EntitySummary {
  depth: number;
}

/** An edge of the neighbourhood graph: one statement. */
export interface GraphEdge {
  id: string;
  kind: string;
  source: string;
  target: string;
  role: string | null;
  on_behalf_of: string | null;
  ordinal: number | null;
  start: PartialDate | null;
  end: PartialDate | null;
  rank: string;
}

/** GET /api/entities/:id/graph. */
export interface Graph {
  center: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Text with `[start, end)` offsets of matched words. */
export interface Highlighted {
  text: string;
  highlights: [number, number][];
}

/** An article in lists. */
export interface ArticleSummary {
  id: string;
  url: string | null;
  site: string | null;
  title: string;
  language: string;
  published: PartialDate | null;
  duplicate_of: string | null;
}

/** A search or list result. */
export interface ArticleHit extends ArticleSummary {
  title_highlighted: Highlighted | null;
  snippet: Highlighted | null;
}

/** One facet value and its count. */
export interface FacetCount<T> {
  value: T;
  count: number;
  label?: Labels;
}

/** GET /api/articles. */
export interface ArticlesPage {
  total: number;
  items: ArticleHit[];
  facets: { site: FacetCount<string>[]; year: FacetCount<number>[]; entity: FacetCount<string>[] } | null;
}

/** GET /api/articles/:id. `raw` is untrusted: shown as text only. */
export interface ArticleDetail extends ArticleSummary {
  text: string;
  raw: string;
  raw_format: string;
  ingested_at: string;
  similarity: number | null;
  extractor_version: string | null;
  duplicates: (ArticleSummary & { similarity: number | null })[];
  claims: Claim[];
}
