import { createContext, use, type ReactNode } from 'react';
import type { ShahrnetApi } from '../api/endpoints.ts';

const ApiContext = createContext<ShahrnetApi | null>(null);

/** Makes the typed API available to hooks; the app passes the real one, tests one bound to their fetch. */
export function ApiProvider({ api, children }: { api: ShahrnetApi; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

/** The typed API. Throws when used outside ApiProvider, a wiring bug worth failing loudly on. */
export function useApi(): ShahrnetApi {
  const api = use(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiProvider>');
  return api;
}
