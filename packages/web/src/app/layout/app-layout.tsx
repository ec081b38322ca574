import { Anchor, Box, Center, Container, Group, Loader, Text } from '@mantine/core';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { API_PATHS, csvExportUrl, eventsCalendarUrl } from '../../api/endpoints.ts';
import { CalendarSwitch } from './calendar-switch.tsx';
import { HeaderSearch } from './header-search.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { UserMenu } from './user-menu.tsx';

/** Shown while a page's code chunk loads. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" aria-live="polite">
      <Loader size="sm" aria-label={t('app.loading')} />
    </Center>
  );
}

/**
 * The frame of every page: skip link, header (brand, search, calendar, language, account), the main
 * landmark where pages render, and a footer with the open-data downloads (Popolo, CSV, QuickStatements,
 * the events calendar) and the API docs. After a navigation focus moves to `<main>` so keyboard
 * and screen-reader users start at the new page, not at the link they followed.
 */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const onSearchPage = location.pathname === '/' || location.pathname === '/search';

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Container size="xl" py="sm">
          <Group justify="space-between" gap="md" wrap="wrap">
            <Group gap="lg" wrap="nowrap" style={{ flex: '1 1 auto' }}>
              <Anchor component={Link} to="/" className="brand" aria-label={`${t('app.name')} — ${t('app.tagline')}`}>
                {t('app.name')}
              </Anchor>
              <nav aria-label={t('app.mainNavigation')}>
                <Group gap={4} wrap="nowrap">
                  <NavLink to="/review" className="nav-link">
                    {t('nav.review')}
                  </NavLink>
                  <NavLink to="/articles" className="nav-link">
                    {t('nav.articles')}
                  </NavLink>
                  <NavLink to="/explore" className="nav-link">
                    {t('nav.explore')}
                  </NavLink>
                </Group>
              </nav>
              {!onSearchPage && (
                <Box visibleFrom="sm" style={{ flex: 1, maxWidth: 440 }}>
                  <HeaderSearch />
                </Box>
              )}
            </Group>
            <Group gap="sm" wrap="wrap">
              <CalendarSwitch />
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </Container>
      </header>
      <Box component="main" id="main" tabIndex={-1} ref={mainRef} py="xl" style={{ minHeight: 'calc(100vh - 160px)' }}>
        <Container size="xl">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </Box>
      <Box component="footer" py="lg" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="xl">
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed">
              {t('app.footer')}
            </Text>
            <Group gap="xs" component="nav" aria-label={t('app.openData')} data-testid="open-data">
              <Text size="sm" c="dimmed">
                {t('app.openData')}:
              </Text>
              <Anchor href={API_PATHS.exportPopolo} size="sm" c="dimmed" download>
                Popolo JSON
              </Anchor>
              <Anchor href={csvExportUrl('entities')} size="sm" c="dimmed" download>
                {t('app.csvEntities')}
              </Anchor>
              <Anchor href={csvExportUrl('statements')} size="sm" c="dimmed" download>
                {t('app.csvStatements')}
              </Anchor>
              <Anchor href={API_PATHS.exportQuickStatements} size="sm" c="dimmed" download title={t('app.quickStatementsHint')}>
                QuickStatements
              </Anchor>
              <Anchor href={eventsCalendarUrl(undefined, i18n.language === 'en' ? 'en' : 'fa')} size="sm" c="dimmed" title={t('org.calendarHint')}>
                {t('app.calendar')}
              </Anchor>
              <Anchor href="/api/docs" size="sm" c="dimmed">
                {t('app.apiDocs')}
              </Anchor>
            </Group>
          </Group>
        </Container>
      </Box>
    </>
  );
}
