import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/500.css';
import '@fontsource/vazirmatn/700.css';
import '@fontsource/vazirmatn/800.css';
import '@mantine/core/styles.css';
import './app.css';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { isAppError } from '../api/client.ts';
import type { ShahrnetApi } from '../api/endpoints.ts';
import type { Calendar } from '../format/partial-date.ts';
import { applyDocumentLanguage } from '../i18n/i18n.ts';
import { isLanguageCode, languageDir } from '../i18n/languages.ts';
import { CalendarProvider } from '../prefs/calendar.tsx';
import { ApiProvider } from './api-context.tsx';
import { theme } from './theme.ts';

/**
 * The query client: reads stay fresh for 30 s; client errors (4xx, e.g. not_found, unauthenticated)
 * are not retried because retrying cannot change the answer.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(isAppError(error) && error.status < 500) && count < 2,
      },
    },
  });
}

/** Everything the app's components need around them: theme, direction, language, API, cache, calendar. */
export interface AppProvidersProps {
  api: ShahrnetApi;
  i18n: I18n;
  queryClient: QueryClient;
  calendar?: Calendar;
  /** 'test' disables Mantine transitions and portals (jsdom). */
  env?: 'default' | 'test';
  children: ReactNode;
}

/** Keeps `<html lang dir>` in step with i18next (covers language changes from anywhere). */
function DocumentLanguageSync({ i18n }: { i18n: I18n }) {
  useEffect(() => {
    const apply = (lng: string) => {
      if (isLanguageCode(lng)) applyDocumentLanguage(lng);
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);
  return null;
}

/** The provider stack shared by the app and component tests. */
export function AppProviders({ api, i18n, queryClient, calendar, env = 'default', children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={languageDir(i18n.language)}>
        <MantineProvider theme={theme} env={env}>
          <QueryClientProvider client={queryClient}>
            <ApiProvider api={api}>
              <CalendarProvider initial={calendar}>
                <DocumentLanguageSync i18n={i18n} />
                {children}
              </CalendarProvider>
            </ApiProvider>
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
