import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fake-server.ts';
import { session, tehran } from '../test/factories.ts';
import { renderWithApp } from '../test/render.tsx';
import { AppRoutes } from './routes.tsx';

describe('app shell', () => {
  it('has landmarks and a skip link, in Persian and right-to-left by default', async () => {
    const server = fakeFetch({ 'GET /api/auth/me': () => ({ body: session('viewer') }) });
    renderWithApp(<AppRoutes />, { fetch: server.fetch, path: '/' });
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'پرش به محتوای اصلی' }).getAttribute('href')).toBe('#main');
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
  });

  it('switches to English and left-to-right from the language control', async () => {
    const server = fakeFetch({ 'GET /api/auth/me': () => ({ body: session(null) }) });
    renderWithApp(<AppRoutes />, { fetch: server.fetch, path: '/' });
    const group = screen.getByRole('radiogroup', { name: 'زبان' });
    await userEvent.click(within(group).getByText('English'));
    await waitFor(() => expect(document.documentElement.getAttribute('dir')).toBe('ltr'));
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(await screen.findByRole('link', { name: 'Skip to main content' })).toBeTruthy();
    expect(localStorage.getItem('shahrnet.language')).toBe('en');
  });

  it('links the open-data downloads in the footer, the calendar in the chosen language', async () => {
    const server = fakeFetch({ 'GET /api/auth/me': () => ({ body: session(null) }) });
    renderWithApp(<AppRoutes />, { fetch: server.fetch, path: '/' });
    const hrefs = () => within(screen.getByRole('navigation', { name: 'دادهٔ باز' })).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs()).toEqual([
      '/api/exports/popolo',
      '/api/exports/csv/entities',
      '/api/exports/csv/statements',
      '/api/exports/quickstatements',
      '/api/exports/events.ics?lang=fa',
      '/api/docs',
    ]);
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'زبان' })).getByText('English'));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Events calendar' }).getAttribute('href')).toBe('/api/exports/events.ics?lang=en'));
  });

  it('searches as you type and groups results by type', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => ({ body: session('viewer') }),
      'GET /api/entities': (req) => ({
        body: {
          items:
            req.query.get('q') === 'تهران'
              ? [
                  { ...tehran, match_kind: 'exact' },
                  { id: 'tehran-municipality', type: 'organization', labels: { fa: 'شهرداری تهران', en: 'Tehran Municipality' }, match_kind: 'prefix' },
                  { id: 'tehran-province-x', type: 'city', labels: { fa: 'تهرانسر', en: 'Tehransar' }, match_kind: 'prefix' },
                ]
              : [],
          next_cursor: null,
        },
      }),
    });
    renderWithApp(<AppRoutes />, { fetch: server.fetch, path: '/' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'جست‌وجو در فهرست' }), 'تهران');
    const cities = await screen.findByRole('region', { name: 'شهرها' });
    const orgs = screen.getByRole('region', { name: 'سازمان‌ها' });
    expect(within(cities).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/entities/tehran', '/entities/tehran-province-x']);
    expect(within(orgs).getByRole('link').textContent).toContain('شهرداری تهران');
    // count in Persian digits
    expect(screen.getByText('۳ نتیجه')).toBeTruthy();
    // debounced: one request for the whole word, not one per letter
    expect(server.requests.filter((r) => r.path === '/api/entities').map((r) => r.query.get('q'))).toEqual(['تهران']);
  });

  it('pages through results with the cursor the server returns', async () => {
    const city = (n: number) => ({ id: `city-${n}`, type: 'city', labels: { fa: `شهر ${n}`, en: `City ${n}` }, match_kind: 'prefix' });
    const server = fakeFetch({
      'GET /api/auth/me': () => ({ body: session('viewer') }),
      'GET /api/entities': (req) =>
        req.query.get('cursor') === 'page-2'
          ? { body: { items: [city(3)], next_cursor: null } }
          : { body: { items: [city(1), city(2)], next_cursor: 'page-2' } },
    });
    renderWithApp(<AppRoutes />, { fetch: server.fetch, path: '/search?q=%D8%B4%D9%87%D8%B1' });
    const cities = await screen.findByRole('region', { name: 'شهرها' });
    expect(within(cities).getAllByRole('link')).toHaveLength(2);
    expect(screen.getByText('بیش از ۲ نتیجه')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'نتایج بیشتر' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'شهرها' })).getAllByRole('link')).toHaveLength(3));
    expect(screen.queryByRole('button', { name: 'نتایج بیشتر' })).toBeNull();
    expect(screen.getByText('۳ نتیجه')).toBeTruthy();
  });

  it('asks a signed-out visitor to sign in instead of sending a search the API would refuse', async () => {
    const server = fakeFetch({ 'GET /api/auth/me': () => ({ body: session(null) }) });
    renderWithApp(<AppRoutes />, { fetch: server.fetch, path: '/search?q=x' });
    expect(await screen.findByText('برای خواندن فهرست وارد شوید.')).toBeTruthy();
    const signIn = screen.getAllByRole('link', { name: 'ورود' }).map((a) => a.getAttribute('href'));
    expect(signIn).toContain('/sign-in?next=%2Fsearch%3Fq%3Dx');
    expect(server.requests.some((r) => r.path === '/api/entities')).toBe(false);
  });

  it('shows the not-found page for unknown paths', async () => {
    const server = fakeFetch({ 'GET /api/auth/me': () => ({ body: session(null) }) });
    renderWithApp(<AppRoutes />, { fetch: server.fetch, path: '/no/such/page' });
    expect(await screen.findByRole('heading', { name: 'صفحه پیدا نشد' })).toBeTruthy();
  });
});
