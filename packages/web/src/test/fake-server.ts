/**
 * A fake HTTP server for component tests: routes `fetch` calls to handlers by method and path and
 * records every request. It stands in for the network, not for any part of the web app: the real
 * API client, hooks and components run on top of it.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (req: RecordedRequest) => { status?: number; body?: unknown; headers?: Record<string, string> };

/** Builds a fetch function answering from `routes` ("GET /api/entities" -> handler); unknown routes 404. */
export function fakeFetch(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const req: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(req);
    const exact = routes[`${method} ${url.pathname}`];
    const pattern = Object.entries(routes).find(([key]) => {
      const [m, p] = key.split(' ');
      if (m !== method || !p?.includes(':')) return false;
      const re = new RegExp(`^${p.replace(/:[^/]+/g, '[^/]+')}$`);
      return re.test(url.pathname);
    })?.[1];
    const handler = exact ?? pattern;
    if (!handler) {
      return new Response(JSON.stringify({ error: { code: 'not_found', message: `no route ${method} ${url.pathname}`, details: [] } }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    }
    const res = handler(req);
    const status = res.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(res.body ?? null), {
      status,
      headers: { 'content-type': 'application/json', ...res.headers },
    });
  };
  return { fetch: fetchFn as typeof fetch, requests };
}
