import type { ApiClient } from './client.ts';
import type { ArticleDetail, ArticlesPage, AsOf, CityCoordinates, GlobalTimeline, Graph, Timeline } from './query-types.ts';
import type { BulkResult, Claim, ClaimEdit, ClaimFilters, ReconciliationItem, ResolveInput } from './review-types.ts';
import type {
  EntityDetail,
  EntityType,
  HistoryEntry,
  Page,
  SearchHit,
  Session,
  Statement,
  StatementInput,
  User,
} from './types.ts';

/**
 * The endpoints the web app calls, one typed function each, grouped by resource. Paths are listed in
 * `API_PATHS` so a test can check each exists in the server's openapi.json.
 */
export const API_PATHS = {
  me: '/api/auth/me',
  signIn: '/api/auth/sign-in',
  signOut: '/api/auth/sign-out',
  entities: '/api/entities',
  entity: '/api/entities/{id}',
  entityHistory: '/api/entities/{id}/history',
  statements: '/api/statements',
  statement: '/api/statements/{id}',
  statementEnd: '/api/statements/{id}/end',
  statementDeprecate: '/api/statements/{id}/deprecate',
  entityTimeline: '/api/entities/{id}/timeline',
  entityGraph: '/api/entities/{id}/graph',
  officers: '/api/organizations/{id}/officers',
  members: '/api/organizations/{id}/members',
  mayor: '/api/cities/{id}/mayor',
  globalTimeline: '/api/timeline',
  cityCoordinates: '/api/cities/coordinates',
  claims: '/api/claims',
  claim: '/api/claims/{id}',
  claimAccept: '/api/claims/{id}/accept',
  claimReject: '/api/claims/{id}/reject',
  claimsBulk: '/api/claims/bulk',
  reconciliation: '/api/reconciliation',
  reconciliationResolve: '/api/reconciliation/resolve',
  articles: '/api/articles',
  article: '/api/articles/{id}',
  eventsCalendar: '/api/exports/events.ics',
  exportPopolo: '/api/exports/popolo',
  exportCsv: '/api/exports/csv/{kind}',
  exportQuickStatements: '/api/exports/quickstatements',
} as const;

/**
 * The address of the events (an organization's, or all) as an iCalendar feed, in the app's language:
 * a link, not a fetch, so a calendar program can open it or a user can copy it to subscribe.
 */
export function eventsCalendarUrl(organizationId: string | undefined, lang: 'fa' | 'en'): string {
  return `${API_PATHS.eventsCalendar}?${new URLSearchParams({ ...(organizationId ? { organization: organizationId } : {}), lang })}`;
}

/** The download address of a CSV export. */
export function csvExportUrl(kind: 'entities' | 'memberships' | 'statements'): string {
  return API_PATHS.exportCsv.replace('{kind}', kind);
}

const withId = (path: string, id: string): string => path.replace('{id}', encodeURIComponent(id));
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** Parameters of an article search or listing. */
export interface ArticleParams {
  q?: string;
  site?: string;
  year?: number;
  entity?: string;
  limit?: number;
  offset?: number;
}

/** Parameters of the neighbourhood graph. */
export interface GraphParams {
  hops?: number;
  /** Only edges in force on this day (API date input form). */
  date?: string;
  /** Statement kinds to follow. */
  kinds?: string[];
  limit?: number;
}

const enc = encodeURIComponent;

/** Parameters of an entity search. */
export interface SearchParams {
  q: string;
  type?: EntityType;
  limit?: number;
  cursor?: string | null;
}

/** Filters and page of the global timeline. */
export interface GlobalTimelineParams {
  kinds?: string[];
  from?: string;
  to?: string;
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string | null;
}

/** The fields an edit of one statement may change (left out = kept, null = cleared), with its reason and source. */
export interface StatementEdit {
  start?: string | null;
  end?: string | null;
  role?: string | null;
  ordinal?: number | null;
  how?: string | null;
  reason: string;
  reference: { url: string; title?: string; quote?: string };
}

/** The typed API: what pages and hooks use instead of raw paths. */
export interface ShahrnetApi {
  auth: {
    me(): Promise<Session>;
    signIn(username: string, password: string): Promise<{ user: User; csrf_token: string }>;
    signOut(): Promise<void>;
  };
  entities: {
    search(params: SearchParams, signal?: AbortSignal): Promise<Page<SearchHit>>;
    get(id: string, signal?: AbortSignal): Promise<EntityDetail & { etag: string | null }>;
    history(id: string, cursor?: string | null): Promise<Page<HistoryEntry>>;
  };
  statements: {
    create(input: StatementInput): Promise<Statement>;
    end(id: string, input: { end: string; reason: string }): Promise<Statement>;
    deprecate(id: string, reason: string): Promise<Statement>;
    /** PATCH with If-Match = the version the editor read. */
    update(statement: Pick<Statement, 'id' | 'version'>, edit: StatementEdit): Promise<Statement>;
  };
  queries: {
    timeline(id: string, signal?: AbortSignal): Promise<Timeline>;
    graph(id: string, params: GraphParams, signal?: AbortSignal): Promise<Graph>;
    asOf(view: 'officers' | 'members' | 'mayor', id: string, date: string, signal?: AbortSignal): Promise<AsOf>;
    globalTimeline(params: GlobalTimelineParams, signal?: AbortSignal): Promise<GlobalTimeline>;
    cityCoordinates(ids: readonly string[], signal?: AbortSignal): Promise<CityCoordinates>;
  };
  claims: {
    list(filters: ClaimFilters & { limit?: number; cursor?: string | null }, signal?: AbortSignal): Promise<Page<Claim>>;
    get(id: string, signal?: AbortSignal): Promise<Claim>;
    edit(claim: Pick<Claim, 'id' | 'version'>, edit: ClaimEdit & { reason: string }): Promise<Claim>;
    accept(
      claim: Pick<Claim, 'id' | 'version'>,
      body: { reason?: string; edit?: ClaimEdit; supersede?: string[]; create_candidates?: boolean },
    ): Promise<{ claim: Claim; statements: Statement[] }>;
    reject(claim: Pick<Claim, 'id' | 'version'>, reason: string): Promise<Claim>;
    bulk(body: { action: 'accept' | 'reject'; items: { id: string; version?: number }[]; reason?: string; create_candidates?: boolean }): Promise<{ results: BulkResult[] }>;
  };
  reconciliation: {
    list(params: { type?: string; limit?: number; cursor?: string | null }, signal?: AbortSignal): Promise<Page<ReconciliationItem>>;
    resolve(input: ResolveInput): Promise<{ entity_id: string; claims_updated: number }>;
  };
  articles: {
    list(params: ArticleParams, signal?: AbortSignal): Promise<ArticlesPage>;
    get(id: string, signal?: AbortSignal): Promise<ArticleDetail>;
  };
}

/**
 * Binds the endpoints to a client. Sign-in and `me` store the CSRF token in the client so later
 * writes send it; sign-out forgets it.
 */
export function createApi(client: ApiClient): ShahrnetApi {
  return {
    auth: {
      async me() {
        const { data } = await client.request<Session>('GET', API_PATHS.me);
        client.setCsrfToken(data.csrf_token);
        return data;
      },
      async signIn(username, password) {
        const { data } = await client.request<{ user: User; csrf_token: string }>('POST', API_PATHS.signIn, {
          body: { username, password },
        });
        client.setCsrfToken(data.csrf_token);
        return data;
      },
      async signOut() {
        await client.request<void>('POST', API_PATHS.signOut);
        client.setCsrfToken(null);
      },
    },
    entities: {
      async search({ q, type, limit, cursor }, signal) {
        const { data } = await client.request<Page<SearchHit>>('GET', API_PATHS.entities, {
          query: { q, type, limit, cursor },
          signal,
        });
        return data;
      },
      async get(id, signal) {
        const { data, headers } = await client.request<EntityDetail>('GET', API_PATHS.entity.replace('{id}', enc(id)), {
          signal,
        });
        return { ...data, etag: headers.get('etag') };
      },
      async history(id, cursor) {
        const { data } = await client.request<Page<HistoryEntry>>(
          'GET',
          API_PATHS.entityHistory.replace('{id}', enc(id)),
          { query: { cursor } },
        );
        return data;
      },
    },
    statements: {
      async create(input) {
        const { data } = await client.request<Statement>('POST', API_PATHS.statements, { body: input });
        return data;
      },
      async end(id, input) {
        return (await client.request<Statement>('POST', withId(API_PATHS.statementEnd, id), { body: input })).data;
      },
      async deprecate(id, reason) {
        return (await client.request<Statement>('POST', withId(API_PATHS.statementDeprecate, id), { body: { reason } })).data;
      },
      async update(statement, edit) {
        return (await client.request<Statement>('PATCH', withId(API_PATHS.statement, statement.id), { body: edit, headers: ifMatch(statement.version) })).data;
      },
    },
    queries: {
      async timeline(id, signal) {
        return (await client.request<Timeline>('GET', withId(API_PATHS.entityTimeline, id), { signal })).data;
      },
      async graph(id, { hops, date, kinds, limit }, signal) {
        const query = { hops, date, kinds: kinds?.length ? kinds.join(',') : undefined, limit };
        return (await client.request<Graph>('GET', withId(API_PATHS.entityGraph, id), { query, signal })).data;
      },
      async asOf(view, id, date, signal) {
        return (await client.request<AsOf>('GET', withId(API_PATHS[view], id), { query: { date }, signal })).data;
      },
      async globalTimeline({ kinds, from, to, order, limit, cursor }, signal) {
        const query = { kinds: kinds?.length ? kinds.join(',') : undefined, from, to, order, limit, cursor: cursor ?? undefined };
        return (await client.request<GlobalTimeline>('GET', API_PATHS.globalTimeline, { query, signal })).data;
      },
      async cityCoordinates(ids, signal) {
        if (ids.length === 0) return { items: [] };
        return (await client.request<CityCoordinates>('GET', API_PATHS.cityCoordinates, { query: { ids: ids.join(',') }, signal })).data;
      },
    },
    claims: {
      async list({ cursor, limit, ...filters }, signal) {
        return (await client.request<Page<Claim>>('GET', API_PATHS.claims, { query: { ...filters, limit, cursor }, signal })).data;
      },
      async get(id, signal) {
        return (await client.request<Claim>('GET', withId(API_PATHS.claim, id), { signal })).data;
      },
      async edit(claim, body) {
        return (await client.request<Claim>('PATCH', withId(API_PATHS.claim, claim.id), { body, headers: ifMatch(claim.version) })).data;
      },
      async accept(claim, body) {
        return (
          await client.request<{ claim: Claim; statements: Statement[] }>('POST', withId(API_PATHS.claimAccept, claim.id), {
            body,
            headers: ifMatch(claim.version),
          })
        ).data;
      },
      async reject(claim, reason) {
        return (await client.request<Claim>('POST', withId(API_PATHS.claimReject, claim.id), { body: { reason }, headers: ifMatch(claim.version) })).data;
      },
      async bulk(body) {
        return (await client.request<{ results: BulkResult[] }>('POST', API_PATHS.claimsBulk, { body })).data;
      },
    },
    reconciliation: {
      async list({ type, limit, cursor }, signal) {
        return (await client.request<Page<ReconciliationItem>>('GET', API_PATHS.reconciliation, { query: { type, limit, cursor }, signal })).data;
      },
      async resolve(input) {
        return (await client.request<{ entity_id: string; claims_updated: number }>('POST', API_PATHS.reconciliationResolve, { body: input })).data;
      },
    },
    articles: {
      async list(params, signal) {
        return (await client.request<ArticlesPage>('GET', API_PATHS.articles, { query: { ...params }, signal })).data;
      },
      async get(id, signal) {
        return (await client.request<ArticleDetail>('GET', withId(API_PATHS.article, id), { signal })).data;
      },
    },
  };
}
