import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UserRole } from '../../api/types.ts';
import { AppRoutes } from '../../app/routes.tsx';
import { fakeFetch } from '../../test/fake-server.ts';
import { session, tehranDetail } from '../../test/factories.ts';
import { renderWithApp } from '../../test/render.tsx';

function serve(role: UserRole | null) {
  return fakeFetch({
    'GET /api/auth/me': () => ({ body: session(role) }),
    'GET /api/entities/tehran': () => ({ body: tehranDetail(), headers: { etag: '"4"' } }),
    'GET /api/entities': () => ({ body: { items: [{ id: 'metropolis', type: 'organization', labels: { fa: 'متروپلیس', en: 'Metropolis' }, match_kind: 'prefix' }], next_cursor: null } }),
    'POST /api/statements': (req) => ({ status: 201, body: { id: 'new', ...(req.body as object) } }),
    'PATCH /api/statements/:id': (req) => ({ body: { id: req.path.split('/').pop(), ...(req.body as object) } }),
  });
}

describe('entity page', () => {
  it('shows mayors over time with sources and dates in the chosen calendar, Persian digits', async () => {
    renderWithApp(<AppRoutes />, { fetch: serve('viewer').fetch, path: '/entities/tehran', calendar: 'jalali' });
    expect(await screen.findByRole('heading', { level: 1, name: 'تهران' })).toBeTruthy();
    const holders = screen.getByRole('region', { name: 'دارندگان سمت' });
    const rows = within(holders).getAllByRole('row').slice(1);
    // latest first: the mayor since August 2021 (Mordad–Shahrivar 1400 in Jalali), then the earlier one
    expect(rows[0]?.textContent).toContain('شهردار نمونه');
    expect(rows[0]?.textContent).toContain('از مرداد–شهریور ۱۴۰۰');
    expect(rows[0]?.textContent).toContain('کنونی');
    expect(rows[1]?.textContent).toContain('۵ شهریور ۱۳۹۶');
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: /منبع ۱/ }).getAttribute('href')).toMatch(/^https:\/\/news\.example\.org\//);
    expect(screen.getByText('۸٬۶۹۳٬۷۰۶')).toBeTruthy();
    expect(screen.getByText('ایران', { selector: 'td' })).toBeTruthy();
  });

  it('gives viewers no edit control', async () => {
    renderWithApp(<AppRoutes />, { fetch: serve('viewer').fetch, path: '/entities/tehran' });
    await screen.findByRole('heading', { level: 1, name: 'تهران' });
    expect(screen.queryByRole('button', { name: 'افزودن دانسته' })).toBeNull();
  });

  it('lets an editor add a fact with a Jalali date and a required source', { timeout: 30_000 }, async () => {
    const server = serve('editor');
    const fill = async (field: HTMLElement, text: string) => {
      await userEvent.click(field);
      await userEvent.paste(text);
    };
    renderWithApp(<AppRoutes />, { fetch: server.fetch, path: '/entities/tehran' });
    await userEvent.click(await screen.findByRole('button', { name: 'افزودن دانسته' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'ذخیرهٔ دانسته' }));
    // nothing sent while the source is missing
    expect(server.requests.some((r) => r.method === 'POST')).toBe(false);
    expect(within(dialog).getAllByText('الزامی').length).toBeGreaterThanOrEqual(3);

    await fill(within(dialog).getByRole('textbox', { name: /سازمان، شهر یا طرف مقابل/ }), 'متروپ');
    await userEvent.click(await within(dialog).findByRole('option', { name: /متروپلیس/ }));
    await fill(within(dialog).getByRole('textbox', { name: /^آغاز/ }), '۱۴۰۲/۰۹/۱۰');
    await fill(within(dialog).getByRole('textbox', { name: /نشانی منبع/ }), 'https://news.example.org/new');
    await fill(within(dialog).getByRole('textbox', { name: /عنوان منبع/ }), 'خبر نمونه');
    await fill(within(dialog).getByRole('textbox', { name: /نقل‌قول/ }), 'جملهٔ نمونه');
    await userEvent.click(within(dialog).getByRole('button', { name: 'ذخیرهٔ دانسته' }));

    expect(await screen.findByText('دانسته ذخیره شد.')).toBeTruthy();
    const post = server.requests.find((r) => r.method === 'POST' && r.path === '/api/statements');
    expect(post?.headers['x-csrf-token']).toBe('csrf-test');
    expect(post?.body).toEqual({
      kind: 'membership',
      subject: 'tehran',
      object: 'metropolis',
      role: 'member',
      start: 'jalali:1402-09-10',
      references: [{ url: 'https://news.example.org/new', title: 'خبر نمونه', quote: 'جملهٔ نمونه' }],
    });
  });

  it('lets an editor edit one fact with a reason and a source, sending only what changed with If-Match', { timeout: 30_000 }, async () => {
    const server = serve('editor');
    renderWithApp(<AppRoutes />, { fetch: server.fetch, path: '/entities/tehran' });
    await screen.findByRole('heading', { level: 1, name: 'تهران' });
    await userEvent.click(screen.getAllByRole('button', { name: 'ویرایش این دانسته' })[0] as HTMLElement);
    await userEvent.click(await screen.findByRole('menuitem', { name: 'ویرایش…' }));
    const dialog = await screen.findByRole('dialog', { name: 'ویرایش این دانسته' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'ذخیرهٔ ویرایش' }));
    expect(server.requests.some((r) => r.method === 'PATCH')).toBe(false);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /شماره \(ترتیب\)/ }), '۷');
    await userEvent.click(within(dialog).getByRole('textbox', { name: /نشانی منبع/ }));
    await userEvent.paste('https://news.example.org/fix');
    await userEvent.click(within(dialog).getByRole('textbox', { name: /دلیل/ }));
    await userEvent.paste('شماره در فهرست دبیرخانه آمده است');
    await userEvent.click(within(dialog).getByRole('button', { name: 'ذخیرهٔ ویرایش' }));
    await waitFor(() => expect(server.requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = server.requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers['if-match']).toMatch(/^"\d+"$/);
    expect(patch?.body).toEqual({ ordinal: 7, reason: 'شماره در فهرست دبیرخانه آمده است', reference: { url: 'https://news.example.org/fix' } });
  });

  it('says so when the entity does not exist', async () => {
    renderWithApp(<AppRoutes />, { fetch: serve('viewer').fetch, path: '/entities/nowhere' });
    expect(await screen.findByRole('heading', { name: 'چنین مدخلی نیست' })).toBeTruthy();
  });
});
