import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild, FIXTURES_DIR, launchBrowser, screenshot, startTestServer, watchConsole, type TestServer } from './harness.ts';

/**
 * Issue 5's screens in Chromium against the real server: a fresh SQLite database with the shipped
 * data plus our own Persian test articles ingested with the real extractor (fixtures/). Covers the
 * review flow by keyboard, the article reader (markup stays inert), every entity page type in Persian
 * and English, search with a variant spelling, the graph and the maps, editing history, a 200-fact
 * page, and no console errors. Screenshots go to packages/web/test-results/.
 */
describe('issue 5 screens in Chromium against the real server', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ensureWebBuild();
    browser = await launchBrowser();
    server = await startTestServer();
    server.cli(['ingest', FIXTURES_DIR]);
    context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 }, locale: 'fa-IR' });
    page = await context.newPage();
    problems = watchConsole(page);
    await page.goto('/sign-in');
    await page.getByLabel('نام کاربری').fill(server.admin.username);
    await page.getByLabel('گذرواژه').fill(server.admin.password);
    await page.getByRole('button', { name: 'ورود' }).click();
    await page.getByTestId('user-menu').waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const setLanguage = async (lang: 'fa' | 'en') => {
    await page.evaluate((l) => localStorage.setItem('shahrnet.language', l), lang);
  };
  const claimCount = async (status: string) => {
    const res = await page.request.get(`/api/claims?status=${status}&limit=100`);
    return ((await res.json()) as { items: unknown[] }).items.length;
  };

  it('reviews claims with the keyboard: move, accept, undo, reject with a reason, edit then accept', async () => {
    await page.goto('/review');
    const cards = page.locator('article[data-claim]');
    await cards.first().waitFor({ timeout: 20_000 });
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(3);
    // the arguments are marked inside the sentence itself
    expect(await page.locator('.claim-sentence mark.arg-mark').count()).toBeGreaterThan(2);
    await screenshot(page, 'review-fa');

    await page.keyboard.press('j');
    expect(await cards.nth(1).getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('k');
    const first = await cards.first().getAttribute('data-claim');
    expect(await cards.first().getAttribute('aria-current')).toBe('true');

    await page.keyboard.press('a');
    await page.getByTestId('undo-bar').waitFor();
    expect(await page.locator(`article[data-claim="${first}"]`).count()).toBe(0);
    await page.keyboard.press('u');
    await page.locator(`article[data-claim="${first}"]`).waitFor();
    await page.keyboard.press('a'); // accept it for real

    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.type('جمله درباره یک برنامه است نه یک رویداد');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await page.keyboard.press('e');
    const edit = page.getByRole('dialog');
    await edit.waitFor();
    await edit.getByRole('button', { name: 'ذخیره و پذیرش' }).click();
    await edit.waitFor({ state: 'detached' });

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'میان‌برهای صفحه‌کلید' }).waitFor();
    await page.keyboard.press('Escape');

    // leaving the page sends the decision still in its undo window
    await page.goto('/articles');
    await expect.poll(() => claimCount('accepted'), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    expect(await claimCount('rejected')).toBe(1);
  });

  it('keeps markup in an article inert and shows it as text, cleaned and raw', async () => {
    const list = (await (await page.request.get(`/api/articles?q=${encodeURIComponent('نشانه‌گذاری')}`)).json()) as { items: { id: string }[] };
    const id = list.items[0]?.id;
    expect(id).toBeTruthy();
    await page.goto(`/articles/${id}`);
    const text = page.getByTestId('article-text');
    await text.waitFor({ timeout: 15_000 });
    expect(await text.textContent()).toContain('<script>');
    expect(await text.locator('script, img').count()).toBe(0);
    await page.getByRole('radiogroup', { name: 'متن نمایش' }).getByText('رکورد خام', { exact: false }).click();
    const raw = page.getByTestId('article-raw');
    await raw.waitFor();
    expect(await raw.textContent()).toContain('<script>window.__pwned = 3;</script>');
    expect(await raw.locator('script, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.getByTestId('published').textContent()).toMatch(/۱۴۰۲.*2024|۱۴۰۲.*۲۰۲۴/);
    await screenshot(page, 'article-raw-fa');
  });

  it('shows the article of a claim with its near-duplicate and the claims read from it', async () => {
    const list = (await (await page.request.get(`/api/articles?q=${encodeURIComponent('زنجان')}`)).json()) as { items: { id: string; duplicate_of: string | null }[] };
    const copy = list.items.find((a) => a.duplicate_of);
    await page.goto(`/articles/${copy?.id}`);
    await page.getByRole('heading', { name: 'رونوشت‌های نزدیک' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-claim]').count()).toBeGreaterThan(0);
    expect(await page.locator('.evidence-mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'article-fa');
  });

  const PAGES = [
    { id: 'tehran', fa: 'تهران', en: 'Tehran' },
    { id: 'alireza-zakani', fa: 'علیرضا زاکانی', en: 'Alireza Zakani' },
    { id: 'metropolis', fa: 'متروپلیس', en: 'Metropolis' },
    { id: 'metropolis-world-congress-2014-hyderabad', fa: null, en: '11th Metropolis World Congress' },
    { id: 'sister-cities-tabriz-kazan', fa: null, en: null },
  ] as const;

  for (const lang of ['fa', 'en'] as const) {
    it(`renders every entity page type in ${lang}`, async () => {
      await setLanguage(lang);
      for (const p of PAGES) {
        await page.goto(`/entities/${p.id}`);
        const h1 = page.getByRole('heading', { level: 1 });
        await h1.waitFor({ timeout: 15_000 });
        const name = lang === 'fa' ? (p.fa ?? p.en) : (p.en ?? p.fa);
        if (name) expect(await h1.textContent()).toContain(name);
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'fa' ? 'rtl' : 'ltr');
        await page.waitForLoadState('networkidle');
        await screenshot(page, `${p.id}-${lang}`);
      }
      await setLanguage('fa');
    });
  }

  it('shows a network: sortable members, officers on a date, sessions in order, members on a map', async () => {
    await page.goto('/entities/metropolis');
    const members = page.getByTestId('members-table');
    await members.waitFor({ timeout: 15_000 });
    const firstBefore = await members.locator('tbody tr').first().textContent();
    await members.getByRole('button', { name: /عضو/ }).click();
    await members.getByRole('button', { name: /عضو/ }).click();
    expect(await members.locator('tbody tr').first().textContent()).not.toBe(firstBefore);
    await page.getByTestId('as-of-officers').waitFor({ timeout: 15_000 });
    await page.getByRole('textbox', { name: /^تاریخ/ }).fill('1399-09-15');
    await expect.poll(async () => page.getByTestId('as-of-officers').locator('tr').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('org-events').locator('tbody tr').count()).toBeGreaterThan(1);
    // The network's events as a calendar feed, linked beside them, in the app's language.
    const calendarHref = await page.getByTestId('org-calendar').getAttribute('href');
    expect(calendarHref).toBe('/api/exports/events.ics?organization=metropolis&lang=fa');
    const calendar = await page.evaluate(async (href) => {
      const res = await fetch(href);
      return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
    }, calendarHref as string);
    expect([calendar.status, calendar.type]).toEqual([200, 'text/calendar; charset=utf-8']);
    expect(calendar.body).toContain('UID:metropolis-world-congress-2017-montreal@shahrnet');
    expect(calendar.body).toContain('DTSTART;VALUE=DATE:20170619');
    await expect.poll(() => page.locator('section[aria-labelledby="members-map-heading"] circle').count(), { timeout: 15_000 }).toBeGreaterThan(3);
  });

  it('finds Bogotá by the variant spelling «بوگاتا», with grouped results', async () => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'جست‌وجو در فهرست' }).fill('بوگاتا');
    await page.locator('a[href="/entities/bogota"]').first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'search-variant-fa');
    await page.getByRole('searchbox', { name: 'جست‌وجو در فهرست' }).fill('زنجان');
    await page.locator('section[aria-labelledby="group-articles"] mark').first().waitFor({ timeout: 15_000 });
  });

  it('draws the network graph and the world map in Explore', async () => {
    await page.goto('/explore?id=tehran');
    await page.locator('[data-testid="graph-canvas"] canvas').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('#nodes-heading + * a, section[aria-labelledby="nodes-heading"] a').count()).toBeGreaterThan(3);
    await screenshot(page, 'explore-graph-fa');
    // The map reads every city's coordinates in ONE call, not one entity fetch per city.
    const calls: string[] = [];
    const onRequest = (r: { url(): string }) => calls.push(new URL(r.url()).pathname);
    page.on('request', onRequest);
    await page.getByRole('tab', { name: 'نقشه جهان' }).click();
    await expect.poll(() => page.locator('[data-testid="world-map"] circle').count(), { timeout: 20_000 }).toBeGreaterThan(2);
    page.off('request', onRequest);
    expect(calls.filter((c) => c === '/api/cities/coordinates').length).toBe(1);
    expect(calls.filter((c) => /^\/api\/entities\/[^/]+$/.test(c))).toEqual([]);
    await screenshot(page, 'explore-map-fa');
    await page.getByRole('tab', { name: 'گاه‌شمار' }).click();
    const timeline = page.getByTestId('global-timeline');
    await timeline.waitFor({ timeout: 15_000 });
    expect(await timeline.locator('.mantine-Timeline-item').count()).toBeGreaterThan(5);
    await screenshot(page, 'explore-timeline-fa');
    // Events only, oldest first: the URL keeps the filters.
    await page.getByRole('group', { name: 'چه چیزهایی' }).getByText('رویدادها').click();
    await page.getByText('قدیمی‌ترین نخست').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tkinds')).toBe('event');
    await expect.poll(() => timeline.locator('a[href^="/entities/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await setLanguage('en');
    await page.reload();
    await page.getByTestId('global-timeline').waitFor({ timeout: 15_000 });
    await screenshot(page, 'explore-timeline-en');
    await page.getByRole('tab', { name: 'World map' }).click();
    await expect.poll(() => page.locator('[data-testid="world-map"] circle').count(), { timeout: 20_000 }).toBeGreaterThan(2);
    await screenshot(page, 'explore-map-en');
    await page.getByRole('tab', { name: 'Network graph' }).click();
    await page.locator('[data-testid="graph-canvas"] canvas').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'explore-graph-en');
    await setLanguage('fa');
  });

  it('edits one fact with a reason and a source; the history shows who, when and why', async () => {
    await page.goto('/entities/tehran');
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'ویرایش این دانسته' }).first().click();
    await page.getByRole('menuitem', { name: 'ویرایش…' }).click();
    const dialog = page.getByRole('dialog', { name: 'ویرایش این دانسته' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /شماره/ }).fill('۹');
    await dialog.getByRole('textbox', { name: /نشانی منبع/ }).fill('https://example.org/e2e/correction');
    await dialog.getByRole('textbox', { name: /دلیل/ }).fill('اصلاح شماره در آزمون مرورگر');
    await screenshot(page, 'edit-fact-fa');
    await dialog.getByRole('button', { name: 'ذخیرهٔ ویرایش' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByRole('tab', { name: 'تاریخچه' }).click();
    const history = page.getByTestId('history');
    await history.waitFor({ timeout: 15_000 });
    await expect.poll(async () => history.textContent(), { timeout: 15_000 }).toContain('اصلاح شماره در آزمون مرورگر');
  });

  it('renders a page with 200 facts without drawing every row, and shows who changed what', async () => {
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrf_token: string };
    const headers = { 'x-csrf-token': me.csrf_token };
    const person = (await (
      await page.request.post('/api/entities', { headers, data: { type: 'person', names: [{ lang: 'fa', text: 'آزمون پرکار' }, { lang: 'en', text: 'Busy Tester' }], reason: 'browser test' } })
    ).json()) as { id: string };
    const cities: string[] = [];
    let cursor: string | null = null;
    while (cities.length < 200) {
      const pageOf = (await (await page.request.get(`/api/entities?type=city&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json()) as {
        items: { id: string }[];
        next_cursor: string | null;
      };
      cities.push(...pageOf.items.map((c) => c.id));
      cursor = pageOf.next_cursor;
      if (!cursor) break;
    }
    for (const [i, city] of cities.slice(0, 200).entries()) {
      const res = await page.request.post('/api/statements', {
        headers,
        data: { kind: 'membership', subject: person.id, object: city, role: 'council_member', start: `${1990 + (i % 30)}`, references: [{ url: `https://example.org/e2e/${i}`, title: 't' }], reason: 'browser test' },
      });
      expect(res.status()).toBe(201);
    }
    const started = Date.now();
    await page.goto(`/entities/${person.id}`);
    const table = page.locator('section[aria-labelledby="section-posts"] [data-virtual]');
    await table.waitFor({ timeout: 20_000 });
    const elapsed = Date.now() - started;
    const drawn = await table.locator('tr[data-statement]').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    expect(elapsed).toBeLessThan(15_000);
    await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => table.locator('tr[data-statement]').first().getAttribute('data-statement')).toBeTruthy();
    await screenshot(page, 'busy-person-fa');

    await page.getByRole('tab', { name: 'تاریخچه' }).click();
    const history = page.getByTestId('history');
    await history.waitFor({ timeout: 15_000 });
    expect(await history.textContent()).toContain('browser test');
  });

  it('shows no edit controls to a viewer', async () => {
    const viewer = { username: 'e2e-viewer', password: 'viewer passphrase 1' };
    server.cli(['user', 'add', viewer.username, '--role', 'viewer', '--password-stdin'], `${viewer.password}\n`);
    const ctx = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    const viewerProblems = watchConsole(p);
    await p.request.post('/api/auth/sign-in', { data: viewer });
    await p.goto('/entities/tehran');
    await p.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    expect(await p.getByRole('button', { name: 'افزودن دانسته' }).count()).toBe(0);
    expect(await p.getByRole('button', { name: 'ویرایش این دانسته' }).count()).toBe(0);
    await p.goto('/review');
    await p.locator('article[data-claim]').first().waitFor({ timeout: 15_000 });
    expect(await p.getByRole('button', { name: /پذیرش/ }).count()).toBe(0);
    await ctx.close();
    expect(viewerProblems).toEqual([]);
  });

  it('logged no console errors', () => {
    expect(problems).toEqual([]);
  });
});
