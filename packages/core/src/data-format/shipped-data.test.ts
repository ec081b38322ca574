import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError, isAppError } from '../errors.js';
import { defaultDataDir, readShippedData, type ShippedDataset } from './read-shipped-data.js';

/** The cities named in the corpus gold files (English labels). */
const GOLD_CITIES = [
  'Tehran', 'Brussels', 'Konya', 'Mashhad', 'Shiraz', 'Guangzhou', 'Berlin', 'Bogotá', 'Paris', 'Montreal',
  'Barcelona', 'Montevideo', 'Gauteng', 'Santiago', 'Seoul', 'Rosario', 'Kazan', 'Tabriz', 'Isfahan', 'Qazvin',
  'Hamedan', 'Karaj', 'Qom', 'Ahvaz', 'Kermanshah', 'Rasht', 'Urmia', 'Zahedan', 'Kerman', 'Yazd', 'Ardabil',
  'Bandar Abbas', 'Arak',
];

/** The organizations named in the corpus gold files and domain.md (English labels). */
const GOLD_ORGS = [
  'Metropolis', 'Union of Municipalities of Turkey', 'League of Historical Cities', 'Asian Mayors Forum',
  'Intercity Intangible Cultural Cooperation Network', 'Assembly of Mayors of Iranian Metropolises',
  'Mir Business Bank', 'United Cities and Local Governments', 'BRICS',
];

/** Persian spelling variants news uses, each of which must resolve to the given entity. */
const PERSIAN_VARIANTS: [string, string][] = [
  ['بوگوتا', 'bogota'], ['بوگاتا', 'bogota'], ['گوانگجو', 'guangzhou'], ['گوانگژو', 'guangzhou'],
  ['بارسلون', 'barcelona'], ['بارسلونا', 'barcelona'], ['مونته ویدئو', 'montevideo'], ['مونته‌ویدئو', 'montevideo'],
  ['خائوتنگ', 'gauteng'], ['گائوتنگ', 'gauteng'], ['سئول', 'seoul'], ['سول', 'seoul'], ['قونیه', 'konya'],
  ['کازان', 'kazan'], ['کره جنوبی', 'south-korea'], ['کرهٔ جنوبی', 'south-korea'], ['آمریکا', 'united-states'],
  ['فدراسیون روسیه', 'russia'], ['امارات', 'united-arab-emirates'],
  ['انجمن کلانشهرهای جهان', 'metropolis'], ['انجمن کلانشهرهای مهم جهان', 'metropolis'], ['سازمان کلانشهرهای جهان', 'metropolis'],
  ['مجمع شهرداران کلانشهرهای ایران', 'assembly-of-mayors-of-iranian-metropolises'],
  ['مجمع شهرداران کلان شهرها', 'assembly-of-mayors-of-iranian-metropolises'],
  ['مجمع شهرداران کلانشهرهای کشور', 'assembly-of-mayors-of-iranian-metropolises'],
  ['اتحادیه شهرهای ترکیه', 'union-of-municipalities-of-turkey'], ['اتحادیه شهرداری‌های ترکیه', 'union-of-municipalities-of-turkey'],
  ['اتحادیه شهرهای تاریخی', 'league-of-historical-cities'], ['مجمع شهرداران آسیایی', 'asian-mayors-forum'],
  ['شبکه همکاری بین شهری برای میراث فرهنگی معنوی', 'iccn'], ['میربیزنس بانک', 'mir-business-bank'],
  ['علیرضا زاکانی', 'alireza-zakani'], ['زاکانی', 'alireza-zakani'], ['پیروز حناچی', 'pirouz-hanachi'],
  ['محمدرضا کلایی', 'mohammad-reza-kalaei'], ['احمد وحیدی', 'ahmad-vahidi'], ['مهدی صباغی', 'mehdi-sabbaghi'],
];

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

type Named = { id: string; names: { lang: string; text: string; kind: string }[] };

function allEntities(d: ShippedDataset): Named[] {
  return [...d.countries, ...d.cities, ...d.organizations, ...d.people];
}

describe('the shipped dataset in data/', () => {
  let data: ShippedDataset;
  beforeAll(async () => {
    data = await readShippedData(defaultDataDir());
  });

  it('is found from the module location and validates with zero errors', () => {
    expect(basename(defaultDataDir())).toBe('data');
    expect(data.countries.length).toBeGreaterThanOrEqual(249);
    expect(data.cities.length).toBeGreaterThanOrEqual(300);
    expect(data.organizations.length).toBeGreaterThanOrEqual(20);
    expect(data.memberships.length).toBeGreaterThan(0);
    expect(data.memberships.every((m) => m.sources.length > 0)).toBe(true);
  });

  it('contains every city and organization of the corpus gold, by English label', () => {
    const enOf = (records: Named[]): Set<string> =>
      new Set(records.flatMap((r) => r.names.filter((n) => n.lang === 'en').map((n) => fold(n.text))));
    const cities = enOf(data.cities);
    const orgs = enOf(data.organizations);
    expect(GOLD_CITIES.filter((c) => !cities.has(fold(c)))).toEqual([]);
    expect(GOLD_ORGS.filter((o) => !orgs.has(fold(o)))).toEqual([]);
  });

  it('links the Persian spellings of news to the right entity', () => {
    const byText = new Map<string, Set<string>>();
    for (const e of allEntities(data)) {
      for (const n of e.names) if (n.lang === 'fa') byText.set(n.text, (byText.get(n.text) ?? new Set()).add(e.id));
    }
    const wrong = PERSIAN_VARIANTS.filter(([text, id]) => !byText.get(text)?.has(id));
    expect(wrong).toEqual([]);
  });

  it('has unique ids across the entity files and within each other file', () => {
    const entityIds = allEntities(data).map((e) => e.id);
    expect(new Set(entityIds).size).toBe(entityIds.length);
    for (const list of [data.posts, data.memberships, data.events, data.agreements]) {
      const ids = list.map((r) => r.id).filter((id): id is string => id !== undefined);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('writes fa names in Persian letters and en names without them', () => {
    const arabic = /\p{Script=Arabic}/u;
    const bad = allEntities(data).flatMap((e) =>
      e.names.filter((n) => (n.lang === 'fa' ? !arabic.test(n.text) : n.lang === 'en' && arabic.test(n.text))).map((n) => `${e.id}: ${n.text}`),
    );
    expect(bad).toEqual([]);
    // Persian keheh and yeh, never the Arabic kaf (U+0643) and yeh (U+064A).
    const arabicLetters = allEntities(data).flatMap((e) => e.names.filter((n) => /[\u0643\u064A]/u.test(n.text)).map((n) => n.text));
    expect(arabicLetters).toEqual([]);
    expect(data.posts.every((p) => p.labels.fa === undefined || arabic.test(p.labels.fa))).toBe(true);
  });

  it('records the facts the corpus depends on', () => {
    const qazvin = data.memberships.find((m) => m.member === 'qazvin' && m.organization === 'assembly-of-mayors-of-iranian-metropolises');
    expect(qazvin?.ordinal).toBe(20);
    const metropolis = data.organizations.find((o) => o.id === 'metropolis');
    expect(metropolis?.seats.map((s) => s.city).sort()).toEqual(['barcelona', 'mashhad']);
    const tehranMayors = data.memberships.filter((m) => m.post === 'mayor-of-tehran').map((m) => m.member);
    expect(tehranMayors).toContain('alireza-zakani');
    expect(tehranMayors).toContain('pirouz-hanachi');
  });
});

describe('readShippedData on bad input', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const city = (id: string, extra: Record<string, unknown> = {}): string =>
    JSON.stringify({ id, type: 'city', names: [{ lang: 'fa', text: 'شهر' }, { lang: 'en', text: 'Town' }], country: 'IR', ...extra });

  async function fixture(files: Record<string, string[]>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'shahrnet-shipped-'));
    for (const [name, lines] of Object.entries(files)) await writeFile(join(dir, name), lines.join('\n') + '\n');
    return dir;
  }

  async function failure(path: string): Promise<AppError> {
    const err = await readShippedData(path).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!isAppError(err)) throw new Error('expected an AppError');
    return err;
  }

  it('reports every bad line of every file, with file, line and path, in one error', async () => {
    const path = await fixture({
      'cities.jsonl': [
        city('alpha'),
        '',
        '{"id": "beta", "type": "city",', // line 3: bad JSON
        city('gamma', { country: 'iran' }), // line 4: schema error
        city('alpha'), // line 5: duplicate id
        city('delta', { names: [{ lang: 'fa', text: 'Delta' }] }), // line 6: fa name in Latin letters
      ],
      'memberships.jsonl': [
        JSON.stringify({ type: 'membership', member: 'alpha', organization: 'alpha', role: 'member', sources: [{ url: 'https://example.org/a' }] }),
        JSON.stringify({ type: 'membership', member: 'nobody', organization: 'alpha', role: 'member', sources: [{ url: 'https://example.org/b' }] }),
        JSON.stringify({ type: 'membership', member: 'alpha', organization: 'alpha', role: 'member', sources: [] }),
      ],
    });
    const err = await failure(path);
    expect(err.code).toBe('validation_failed');
    const at = (source: string, line: number) => err.details.filter((d) => d.source === source && d.line === line);
    expect(at('cities.jsonl', 3)[0]?.message).toMatch(/invalid JSON/);
    expect(at('cities.jsonl', 4).map((d) => d.path)).toContainEqual(['country']);
    expect(at('cities.jsonl', 5)[0]?.message).toMatch(/duplicate id "alpha".*line 1/);
    expect(at('cities.jsonl', 6)[0]?.path).toEqual(['names', 0, 'text']);
    expect(at('memberships.jsonl', 2)[0]).toMatchObject({ path: ['member'] });
    expect(at('memberships.jsonl', 2)[0]?.message).toMatch(/unknown id "nobody"/);
    expect(at('memberships.jsonl', 3)[0]).toMatchObject({ path: ['sources'] });
    // Lines 1 and 2 of cities and line 1 of memberships are fine.
    expect(at('cities.jsonl', 1)).toEqual([]);
    expect(at('cities.jsonl', 2)).toEqual([]);
    expect(at('memberships.jsonl', 1)).toEqual([]);
  });

  it('checks a post holding against its post and entity types', async () => {
    const path = await fixture({
      'cities.jsonl': [city('alpha'), city('beta')],
      'people.jsonl': [JSON.stringify({ id: 'pat', type: 'person', names: [{ lang: 'en', text: 'Pat' }] })],
      'posts.jsonl': [JSON.stringify({ id: 'mayor-of-alpha', type: 'post', organization: 'alpha', role: 'mayor', labels: { en: 'Mayor of Alpha' } })],
      'memberships.jsonl': [
        JSON.stringify({ type: 'membership', member: 'pat', organization: 'beta', post: 'mayor-of-alpha', role: 'mayor', sources: [{ url: 'https://example.org/' }] }),
        JSON.stringify({ type: 'membership', member: 'pat', organization: 'alpha', on_behalf_of: 'pat', role: 'mayor', sources: [{ url: 'https://example.org/' }] }),
      ],
    });
    const err = await failure(path);
    expect(err.details).toContainEqual(expect.objectContaining({ source: 'memberships.jsonl', line: 1, path: ['post'] }));
    expect(err.details).toContainEqual(expect.objectContaining({ source: 'memberships.jsonl', line: 2, path: ['on_behalf_of'], message: expect.stringMatching(/is a person/) }));
    expect(err.details).toHaveLength(2);
  });

  it('reads a valid partial folder and skips reference checks when asked', async () => {
    const path = await fixture({
      'memberships.jsonl': [JSON.stringify({ type: 'membership', member: 'tehran', organization: 'metropolis', role: 'member', start: 'jalali:1385', sources: [{ url: 'https://example.org/' }] })],
    });
    await expect(readShippedData(path)).rejects.toThrow(/problem/);
    const data = await readShippedData(path, { checkReferences: false });
    expect(data.memberships[0]?.start).toBe('jalali:1385');
    expect(data.cities).toEqual([]);
  });

  it('says not_found for a missing folder', async () => {
    const err = await failure(join(tmpdir(), 'shahrnet-no-such-folder-' + process.pid));
    expect(err.code).toBe('not_found');
  });
});
