import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild, launchBrowser, screenshot, startTestServer, watchConsole, type TestServer } from './harness.ts';

/**
 * The foundation's browser test: the real server on a fresh database with the shipped data, Debian
 * Chromium, the built app. Sign in, search «تهران», open Tehran's page in Persian and in English,
 * check the document direction, the absence of console errors, and save screenshots.
 */
describe('web app in Chromium against the real server', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ensureWebBuild();
    browser = await launchBrowser();
    server = await startTestServer();
    context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 860 }, locale: 'fa-IR' });
    page = await context.newPage();
    problems = watchConsole(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const htmlAttr = (name: string) => page.evaluate((n) => document.documentElement.getAttribute(n), name);

  it('serves the app right-to-left in Persian from the first byte', async () => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    const html = await response?.text();
    expect(html).toMatch(/<html lang="fa" dir="rtl">/);
    expect(await htmlAttr('dir')).toBe('rtl');
    expect(await htmlAttr('lang')).toBe('fa');
  });

  it('signs in with the admin account', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('نام کاربری').fill(server.admin.username);
    await page.getByLabel('گذرواژه').fill(server.admin.password);
    await page.getByRole('button', { name: 'ورود' }).click();
    await page.getByTestId('user-menu').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('user-menu').textContent()).toContain('آزمون‌گر');
  });

  it('finds Tehran by searching «تهران»', async () => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'جست‌وجو در فهرست' }).fill('تهران');
    const link = page.locator('a[href="/entities/tehran"]').first();
    await link.waitFor({ timeout: 15_000 });
    expect(page.url()).toContain('q=');
    await screenshot(page, 'search-tehran-fa');
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'تهران' }).waitFor({ timeout: 15_000 });
  });

  it('shows Tehran in Persian, right-to-left, with mayors and their sources', async () => {
    expect(await htmlAttr('dir')).toBe('rtl');
    expect(await htmlAttr('lang')).toBe('fa');
    const holders = page.getByRole('region', { name: 'دارندگان سمت' });
    await holders.waitFor();
    expect(await holders.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await holders.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    // Persian digits in dates (the default calendar is Jalali)
    expect(await holders.locator('time').first().textContent()).toMatch(/[۰-۹]{4}/);
    await screenshot(page, 'tehran-fa');
  });

  it('shows Tehran in English, left-to-right, after switching language', async () => {
    await page.getByRole('radiogroup', { name: 'زبان' }).getByText('English').click();
    await page.getByRole('heading', { level: 1, name: 'Tehran' }).waitFor({ timeout: 10_000 });
    expect(await htmlAttr('dir')).toBe('ltr');
    expect(await htmlAttr('lang')).toBe('en');
    await page.getByRole('radiogroup', { name: 'Calendar', exact: true }).getByText('Gregorian').click();
    const holders = page.getByRole('region', { name: 'Office holders' });
    expect(await holders.locator('time').first().textContent()).toMatch(/(19|20)\d\d/);
    await screenshot(page, 'tehran-en');
    // the choice survives a reload
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tehran' }).waitFor({ timeout: 10_000 });
    expect(await htmlAttr('dir')).toBe('ltr');
  });

  it('lets the admin add a sourced fact with a Jalali date through the form', async () => {
    await page.getByRole('button', { name: 'Add a fact' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Organization, city or counterpart/ }).fill('UCLG');
    await dialog.getByRole('option', { name: /UCLG|United Cities/ }).first().click();
    await dialog.getByRole('radiogroup', { name: 'Start: Calendar of the date' }).getByText('Jalali').click();
    await dialog.getByRole('textbox', { name: /^Start/ }).fill('۱۴۰۲');
    await dialog.getByRole('textbox', { name: /Source URL/ }).fill('https://example.org/e2e/tehran-uclg');
    await dialog.getByRole('textbox', { name: /Title of the source/ }).fill('E2E test source');
    await dialog.getByRole('textbox', { name: /Quote supporting/ }).fill('A sentence written for this test.');
    await dialog.getByRole('button', { name: 'Save fact' }).click();
    await page.getByText('The fact was saved.').waitFor({ timeout: 15_000 });
    const memberships = page.getByRole('region', { name: 'Memberships' });
    const row = memberships.locator('tr', { has: page.locator('a[href="https://example.org/e2e/tehran-uclg"]') });
    await row.waitFor({ timeout: 15_000 });
    // stated as Jalali 1402, shown in the Gregorian calendar chosen above: the two years it spans
    expect(await row.textContent()).toContain('2023–2024');
    await screenshot(page, 'tehran-en-after-add');
  });

  it('logged no console errors', () => {
    expect(problems).toEqual([]);
  });
});
