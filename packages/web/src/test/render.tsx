import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { createApiClient } from '../api/client.ts';
import { createApi } from '../api/endpoints.ts';
import { AppProviders, createQueryClient } from '../app/providers.tsx';
import type { Calendar } from '../format/partial-date.ts';
import { createI18n } from '../i18n/i18n.ts';
import type { LanguageCode } from '../i18n/languages.ts';

/** Options of `renderWithApp`. */
export interface RenderOptions {
  fetch: typeof fetch;
  lang?: LanguageCode;
  calendar?: Calendar;
  path?: string;
}

/**
 * Renders UI inside the app's real providers (i18n, Mantine, query cache, API client over the given
 * fetch) and a memory router at `path`. Each call gets fresh state.
 */
export function renderWithApp(ui: ReactNode, options: RenderOptions): RenderResult & { i18n: ReturnType<typeof createI18n> } {
  const i18n = createI18n(options.lang ?? 'fa');
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const api = createApi(createApiClient({ fetch: options.fetch }));
  const result = render(
    <AppProviders api={api} i18n={i18n} queryClient={queryClient} calendar={options.calendar ?? 'jalali'} env="test">
      <MemoryRouter initialEntries={[options.path ?? '/']}>{ui}</MemoryRouter>
    </AppProviders>,
  );
  return { ...result, i18n };
}
