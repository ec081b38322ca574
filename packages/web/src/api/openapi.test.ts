import { describe, expect, it } from 'vitest';
// Through Vite (?raw) rather than node:fs: under jsdom import.meta.url is an http URL.
import openapiText from '../../../server/openapi.json?raw';
import { API_PATHS } from './endpoints.ts';
import type { ArticleDetail, ArticleHit, ArticleSummary, ArticlesPage, AsOf, CityCoordinates, GlobalTimeline, Graph, Highlighted, Timeline } from './query-types.ts';
import type { Claim, ClaimArgument, ClaimEvidence, ClaimFlag, ReconciliationItem } from './review-types.ts';
import type {
  EntityDetail,
  EntityName,
  EntitySummary,
  HistoryEntry,
  PartialDate,
  RecordSource,
  Reference,
  SearchHit,
  Session,
  Statement,
  User,
} from './types.ts';

/**
 * The client's types are hand-written; the server's generated OpenAPI document is the truth. These
 * samples are typed `Required<T>`, so the compiler (npm test type-checks) insists each lists every
 * field of the type, and the test then insists the field names are exactly the schema's. A field
 * added, renamed or dropped on either side fails here instead of showing up as a blank on screen.
 */
const date: Required<PartialDate> = { value: '2023', precision: 'year', calendar: 'gregorian' };
const summary: Required<EntitySummary> = { id: 'tehran', type: 'city', labels: {} };
const reference: Required<Reference> = { id: 'r', url: 'u', title: 't', publisher: 'p', published: date, retrieved: date, quote: 'q' };
const source: Required<RecordSource> = { id: 's', url: 'u', title: 't', publisher: 'p', published: date, retrieved: date };
const statement: Required<Statement> = {
  id: 's',
  kind: 'membership',
  subject: summary,
  object: null,
  post: null,
  role: null,
  on_behalf_of: null,
  start: null,
  end: null,
  how: null,
  ordinal: null,
  rank: 'normal',
  status: 'accepted',
  data: {},
  references: [],
  version: 1,
};
const name: Required<EntityName> = { lang: 'fa', text: 'تهران', kind: 'official', from: date, to: date };
const detail: Required<EntityDetail> = {
  ...summary,
  names: [],
  identifiers: {},
  all_ids: [],
  version: 1,
  attributes: {},
  sources: [],
  statements: [],
  redirected_from: 'x',
};
const history: Required<HistoryEntry> = {
  id: 'h',
  at: '',
  actor: { kind: 'user', id: 'u', name: 'n' },
  action: 'create',
  target: { type: 'entity', id: 'x' },
  before: null,
  after: null,
  reason: null,
};
const user: Required<User> = { id: 'u', username: 'u', display_name: 'U', role: 'viewer', disabled: false };
const me: Required<Session> = { user: null, csrf_token: null, public_read: false };
const hit: Required<SearchHit> = { ...summary, match_kind: null };

const argument: Required<ClaimArgument> = { slot: 'member', position: 0, entity_type: 'city', name_fa: null, name_en: null, link: 'linked', entity: null, suggestions: [] };
const evidence: Required<ClaimEvidence> = {
  id: 'e',
  article_id: 'a',
  url: null,
  title: null,
  site: null,
  published: null,
  sentence: 's',
  start: null,
  end: null,
  extractor_version: 'v',
  confidence: 1,
};
const flag: Required<ClaimFlag> = { code: 'already_stated', message: 'm', statement_ids: [] };
const claim: Required<Claim> = {
  id: 'c',
  kind: 'membership',
  status: 'proposed',
  version: 1,
  fact: {},
  date: null,
  confidence: 1,
  evidence_count: 1,
  source_count: 1,
  flags: [],
  statement_ids: [],
  entity_ids: [],
  arguments: [],
  evidence: [],
  decided_by: null,
  decided_at: null,
  decision_reason: null,
  created_at: '',
  updated_at: '',
};
const reconciliation: Required<ReconciliationItem> = { key: 'k', entity_type: 'city', name_fa: null, name_en: null, link: 'candidate', claim_count: 1, suggestions: [] };
const timeline: Required<Timeline> = { entity: summary, redirected_from: null, items: [] };
const globalTimeline: Required<GlobalTimeline> = { items: [], next_cursor: null };
const coordinates: Required<CityCoordinates> = { items: [] };
const asOf: Required<AsOf> = { day: '2023-01-01', organization: summary, items: [] };
const graph: Required<Graph> = { center: 'x', nodes: [], edges: [], truncated: false };
const highlighted: Required<Highlighted> = { text: '', highlights: [] };
const article: Required<ArticleSummary> = { id: 'a', url: null, site: null, title: 't', language: 'fa', published: null, duplicate_of: null };
const articleHit: Required<ArticleHit> = { ...article, title_highlighted: null, snippet: null };
const articlesPage: Required<ArticlesPage> = { total: 0, items: [], facets: null };
const articleDetail: Required<ArticleDetail> = {
  ...article,
  text: '',
  raw: '',
  raw_format: 'txt',
  ingested_at: '',
  similarity: null,
  extractor_version: null,
  duplicates: [],
  claims: [],
};

const SAMPLES: Record<string, object> = {
  ClaimArgument: argument,
  ClaimEvidence: evidence,
  ClaimFlag: flag,
  Claim: claim,
  ReconciliationItem: reconciliation,
  Timeline: timeline,
  GlobalTimeline: globalTimeline,
  CityCoordinates: coordinates,
  AsOf: asOf,
  Graph: graph,
  Highlighted: highlighted,
  ArticleSummary: article,
  ArticleHit: articleHit,
  ArticlesPage: articlesPage,
  ArticleDetail: articleDetail,
  PartialDate: date,
  EntitySummary: summary,
  Reference: reference,
  Source: source,
  Statement: statement,
  EntityName: name,
  EntityDetail: detail,
  HistoryEntry: history,
  User: user,
  Me: me,
};

interface SchemaObject {
  properties?: Record<string, unknown>;
  items?: SchemaObject;
}
interface OpenApiDoc {
  paths?: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: SchemaObject }> }> }>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

const doc = JSON.parse(openapiText) as OpenApiDoc;

describe('the web client against packages/server/openapi.json', () => {
  it('every path the web client calls is in the document', () => {
    const paths = Object.keys(doc.paths ?? {});
    expect(Object.values(API_PATHS).filter((p) => !paths.includes(p))).toEqual([]);
  });

  it.each(Object.keys(SAMPLES))('%s has the same field names as the schema', (schemaName) => {
    const schema = doc.components?.schemas?.[schemaName];
    expect(schema, `schema ${schemaName}`).toBeDefined();
    expect(Object.keys(SAMPLES[schemaName] ?? {}).sort()).toEqual(Object.keys(schema?.properties ?? {}).sort());
  });

  it('a search hit has the same field names as the search response items', () => {
    const items = doc.paths?.['/api/entities']?.get?.responses?.['200']?.content?.['application/json']?.schema?.properties?.items as
      | SchemaObject
      | undefined;
    expect(Object.keys(hit).sort()).toEqual(Object.keys(items?.items?.properties ?? {}).sort());
  });
});
