import type { ApiClient } from './client.ts';
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
} as const;

const enc = encodeURIComponent;

/** Parameters of an entity search. */
export interface SearchParams {
  q: string;
  type?: EntityType;
  limit?: number;
  cursor?: string | null;
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
    },
  };
}
