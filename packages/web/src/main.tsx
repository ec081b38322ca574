import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { createApiClient } from './api/client.ts';
import { createApi } from './api/endpoints.ts';
import { AppProviders, createQueryClient } from './app/providers.tsx';
import { AppRoutes } from './app/routes.tsx';
import { applyDocumentLanguage, createI18n } from './i18n/i18n.ts';

const i18n = createI18n();
// Before the first render, so an English reader's page is left-to-right from the first paint.
applyDocumentLanguage(i18n.language === 'en' ? 'en' : 'fa');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders api={createApi(createApiClient())} i18n={i18n} queryClient={createQueryClient()}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
