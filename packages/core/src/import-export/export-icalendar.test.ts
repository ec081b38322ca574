import { expect, it } from 'vitest';
import type { StatementKind } from '../domain/statement.js';
import { createEntity } from '../registry/create-entity.js';
import { mergeEntities } from '../registry/merge-entities.js';
import { createStatement } from '../statements/create-statement.js';
import type { StatementInput } from '../statements/statement-input.js';
import type { Db } from '../storage/database.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, entityInput, networkInput, rejection, sourceUrl } from '../testing/factories.js';
import { exportICalendar } from './export-icalendar.js';
import { loadRegistrySnapshot } from './registry-snapshot.js';

/** Physical lines back to content lines (RFC 5545 §3.1: CRLF + one space or tab continues a line). */
function unfold(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\r\n')) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && out.length > 0) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  if (out.at(-1) === '') out.pop();
  return out;
}

/** TEXT value unescaping (RFC 5545 §3.3.11). */
const unescapeText = (v: string): string => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** The VEVENTs of a file, in file order, each as its content lines. */
function vevents(text: string): string[][] {
  const events: string[][] = [];
  let current: string[] | undefined;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else current?.push(line);
  }
  return events;
}

/** The value of the first property named `name` (parameters ignored), undefined when absent. */
function prop(lines: readonly string[], name: string): string | undefined {
  const line = lines.find((l) => {
    const head = l.slice(0, l.indexOf(':'));
    return head === name || head.startsWith(`${name};`);
  });
  return line === undefined ? undefined : line.slice(line.indexOf(':') + 1);
}

const uidOf = (lines: readonly string[]) => prop(lines, 'UID');
const eventOf = (text: string, id: string): string[] => {
  const e = vevents(text).find((lines) => uidOf(lines) === `${id}@shahrnet`);
  if (!e) throw new Error(`no VEVENT for ${id}`);
  return e;
};

/** An ISO timestamp as an iCalendar UTC DATE-TIME (seconds precision). */
const icalStamp = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');

function link(kind: StatementKind, subjectId: string, objectId: string, extra: Partial<StatementInput> = {}): StatementInput {
  return { kind, subjectId, objectId, references: [{ source: { url: sourceUrl() } }], ...extra };
}

async function event(db: Db, id: string, fa: string, en: string, attributes: Record<string, unknown>, extra: { sources?: { url: string }[] } = {}) {
  return createEntity(db, entityInput('event', fa, en, { id, attributes, ...extra }), change());
}

forEachDialect('exportICalendar', (getDb) => {
  it('writes an all-day VEVENT with host, organizers, type, sources and URL', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('شهر آینه', 'Mirror City', { id: 'mirror' }), change());
    await createEntity(db, cityInput('بندر نیلوفر', 'Lotus Port', { id: 'lotus' }), change());
    await createEntity(db, networkInput('شبکهٔ شهرهای کوهستانی', 'Mountain Cities Network', { id: 'mcn' }), change());
    await event(db, 'mcn-congress-3', 'سومین کنگرهٔ شبکهٔ شهرهای کوهستانی', 'Third Congress of the Mountain Cities Network', {
      event_type: 'congress', ordinal: 3, place: 'تالار کوه', start: '2025-05-12', end: '2025-05-14',
    }, { sources: [{ url: 'https://news.example.org/record' }] });
    await createStatement(db, link('host', 'mcn-congress-3', 'mirror', { references: [{ source: { url: 'https://news.example.org/host' } }] }), change());
    await createStatement(db, link('organizer', 'mcn-congress-3', 'mcn', {
      references: [{ source: { url: 'https://news.example.org/org' } }, { source: { url: 'https://news.example.org/host' } }],
    }), change());
    await createStatement(db, link('participation', 'lotus', 'mcn-congress-3', { references: [{ source: { url: 'https://news.example.org/guest' } }] }), change());
    await createStatement(db, link('participation', 'mirror', 'mcn-congress-3', { status: 'rejected', references: [{ source: { url: 'https://news.example.org/wrong' } }] }), change());
    const { entities } = await loadRegistrySnapshot(db);
    const updatedAt = entities.find((e) => e.id === 'mcn-congress-3')?.updatedAt ?? '';

    const text = await exportICalendar(db, { baseUrl: 'https://shahrnet.example.org/' });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Shahrnet//Events//EN\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const all = unfold(text);
    expect(prop(all, 'X-WR-CALNAME')).toBe('رویدادهای شهرنت');
    const ev = eventOf(text, 'mcn-congress-3');
    expect(ev).toContain('DTSTART;VALUE=DATE:20250512');
    expect(ev).toContain('DTEND;VALUE=DATE:20250515');
    expect(prop(ev, 'DTSTAMP')).toBe(icalStamp(updatedAt));
    expect(prop(ev, 'LAST-MODIFIED')).toBe(icalStamp(updatedAt));
    expect(unescapeText(prop(ev, 'SUMMARY') ?? '')).toBe('سومین کنگرهٔ شبکهٔ شهرهای کوهستانی');
    expect(unescapeText(prop(ev, 'LOCATION') ?? '')).toBe('شهر آینه');
    expect(prop(ev, 'URL')).toBe('https://shahrnet.example.org/entities/mcn-congress-3');
    expect(unescapeText(prop(ev, 'DESCRIPTION') ?? '')).toBe([
      'برگزارکنندگان: شبکهٔ شهرهای کوهستانی',
      'نوع رویداد: کنگره',
      'منابع:',
      'https://news.example.org/guest',
      'https://news.example.org/host',
      'https://news.example.org/org',
      'https://news.example.org/record',
    ].join('\n'));

    const en = eventOf(await exportICalendar(db, { lang: 'en' }), 'mcn-congress-3');
    expect(unescapeText(prop(en, 'SUMMARY') ?? '')).toBe('Third Congress of the Mountain Cities Network');
    expect(unescapeText(prop(en, 'LOCATION') ?? '')).toBe('Mirror City');
    expect(unescapeText(prop(en, 'DESCRIPTION') ?? '').split('\n').slice(0, 2)).toEqual([
      'Organizers: Mountain Cities Network', 'Event type: Congress',
    ]);
    expect(prop(en, 'URL')).toBeUndefined();
    expect(prop(unfold(await exportICalendar(db, { lang: 'en' })), 'X-WR-CALNAME')).toBe('Shahrnet events');
  });

  it('leaves out events not known to the day and merged events, and sorts by start then id', async () => {
    const { db } = getDb();
    await event(db, 'ev-month', 'نشست ماه', 'Month meeting', { start: '2025-06' });
    await event(db, 'ev-year', 'نشست سال', 'Year meeting', { start: '2024' });
    await event(db, 'ev-jalali-month', 'نشست اردیبهشت', 'Ordibehesht meeting', { start: 'jalali:1404-02' });
    await event(db, 'ev-no-start', 'نشست بی‌تاریخ', 'Undated meeting', { event_type: 'meeting' });
    await event(db, 'ev-jalali-day', 'دیدار بهاری', 'Spring visit', { start: 'jalali:1404-02-22' });
    await event(db, 'b-ev', 'همایش ب', 'Forum B', { start: '2025-03-01' });
    await event(db, 'a-ev', 'همایش الف', 'Forum A', { start: '2025-03-01' });
    await event(db, 'c-ev', 'همایش پ', 'Forum C', { start: '2024-11-20' });
    await event(db, 'dup-ev', 'همایش الف (تکراری)', 'Forum A (duplicate)', { start: '2025-03-01' });
    await mergeEntities(db, { survivorId: 'a-ev', loserId: 'dup-ev' }, change());

    const text = await exportICalendar(db);
    expect(vevents(text).map(uidOf)).toEqual(['c-ev@shahrnet', 'a-ev@shahrnet', 'b-ev@shahrnet', 'ev-jalali-day@shahrnet']);
    // A Jalali day is stored as its Gregorian day: 22 Ordibehesht 1404 = 12 May 2025.
    expect(eventOf(text, 'ev-jalali-day')).toContain('DTSTART;VALUE=DATE:20250512');
  });

  it('uses only accepted, non-deprecated host statements for LOCATION, then the place attribute', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('شهر رد شده', 'Rejected City', { id: 'rejected-city' }), change());
    await createEntity(db, cityInput('شهر قدیمی', 'Superseded City', { id: 'old-city' }), change());
    await createEntity(db, cityInput('شهر پیشنهادی', 'Proposed City', { id: 'proposed-city' }), change());
    await createEntity(db, cityInput('شهر میزبان', 'Host City', { id: 'host-city' }), change());
    await createEntity(db, networkInput('انجمن میزبان', 'Hosting Association', { id: 'assoc' }), change());
    await event(db, 'with-place', 'اجلاس باغ', 'Garden session', { event_type: 'session', place: 'باغ شهر', start: '2025-09-01' });
    await event(db, 'no-place', 'اجلاس بی‌جا', 'Placeless session', { start: '2025-09-02' });
    await event(db, 'two-hosts', 'اجلاس دو میزبان', 'Two-host session', { start: '2025-09-03', place: 'not used' });
    for (const ev of ['with-place', 'no-place']) {
      await createStatement(db, link('host', ev, 'rejected-city', { status: 'rejected' }), change());
      await createStatement(db, link('host', ev, 'old-city', { rank: 'deprecated' }), change());
      await createStatement(db, link('host', ev, 'proposed-city', { status: 'proposed' }), change());
      await createStatement(db, link('host', ev, 'assoc'), change());
    }
    await createStatement(db, link('host', 'two-hosts', 'host-city', { id: 'h1' }), change());
    await createStatement(db, link('host', 'two-hosts', 'old-city', { id: 'h2' }), change());

    const text = await exportICalendar(db, { lang: 'en' });
    expect(unescapeText(prop(eventOf(text, 'with-place'), 'LOCATION') ?? '')).toBe('باغ شهر');
    expect(prop(eventOf(text, 'no-place'), 'LOCATION')).toBeUndefined();
    expect(prop(eventOf(text, 'two-hosts'), 'LOCATION')).toBe('Host City\\, Superseded City');
  });

  it('makes DTEND exclusive: the day after end, else the day after start', async () => {
    const { db } = getDb();
    await event(db, 'one-day', 'دیدار یک‌روزه', 'One-day visit', { start: '2025-01-31' });
    await event(db, 'leap', 'همایش کبیسه', 'Leap forum', { start: '2024-02-27', end: '2024-02-29' });
    await event(db, 'same-day', 'دیدار هم‌روز', 'Same-day visit', { start: '2025-07-07', end: '2025-07-07' });
    await event(db, 'month-end', 'همایش ماهانه', 'Month-long forum', { start: '2025-12-30', end: '2026-01' });
    await event(db, 'year-end', 'دیدار پایان سال', 'Year-end visit', { start: '2025-12-31' });
    const text = await exportICalendar(db);
    const dates = (id: string) => [prop(eventOf(text, id), 'DTSTART'), prop(eventOf(text, id), 'DTEND')];
    expect(dates('one-day')).toEqual(['20250131', '20250201']);
    expect(dates('leap')).toEqual(['20240227', '20240301']);
    expect(dates('same-day')).toEqual(['20250707', '20250708']);
    expect(dates('month-end')).toEqual(['20251230', '20251231']);
    expect(dates('year-end')).toEqual(['20251231', '20260101']);
  });

  it('folds long Persian text at 75 octets without splitting a character', async () => {
    const { db } = getDb();
    const long = 'نخستین گردهمایی بین‌المللی شهرداران شهرهای ساحلی، کوهستانی و کویری؛ با موضوع آب، هوا و میراث شهری '.repeat(4).trim();
    await event(db, 'long', long, 'Long gathering', { start: '2025-10-10', virtual: true, place: 'سالن «خورشید»، طبقهٔ دوم; بخش ۳' });
    const text = await exportICalendar(db);
    const physical = text.split('\r\n');
    expect(physical.length).toBeGreaterThan(10);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDFFF]/); // no half of a surrogate pair
    }
    const ev = eventOf(text, 'long');
    expect(unescapeText(prop(ev, 'SUMMARY') ?? '')).toBe(long);
    expect(unescapeText(prop(ev, 'LOCATION') ?? '')).toBe('سالن «خورشید»، طبقهٔ دوم; بخش ۳');
    expect(prop(ev, 'LOCATION')).toContain('\\;');
    expect(unescapeText(prop(ev, 'DESCRIPTION') ?? '')).toBe('رویداد مجازی');
  });

  it('filters by organizer, names the calendar after it, and throws for an unknown id', async () => {
    const { db } = getDb();
    await createEntity(db, networkInput('شبکهٔ رود، دریا', 'River, Sea Network', { id: 'rsn' }), change());
    await createEntity(db, networkInput('اتحادیهٔ دشت', 'Plains Union', { id: 'plains' }), change());
    await createEntity(db, networkInput('اتحادیهٔ دشت (تکراری)', 'Plains Union (duplicate)', { id: 'plains-dup' }), change());
    await createEntity(db, cityInput('شهر رود', 'River Town', { id: 'river-town' }), change());
    await event(db, 'rsn-forum', 'همایش رود', 'River forum', { start: '2025-04-01' });
    await event(db, 'plains-summit', 'نشست دشت', 'Plains summit', { start: '2025-04-02' });
    await event(db, 'joint', 'نشست مشترک', 'Joint meeting', { start: '2025-04-03' });
    await event(db, 'hosted-only', 'همایش میزبانی', 'Hosted forum', { start: '2025-04-04' });
    await event(db, 'superseded', 'همایش جابه‌جا', 'Reassigned forum', { start: '2025-04-05' });
    await createStatement(db, link('organizer', 'rsn-forum', 'rsn'), change());
    await createStatement(db, link('organizer', 'plains-summit', 'plains-dup'), change());
    await createStatement(db, link('organizer', 'joint', 'rsn', { id: 'st-joint-1' }), change());
    await createStatement(db, link('organizer', 'joint', 'plains', { id: 'st-joint-2' }), change());
    await createStatement(db, link('host', 'hosted-only', 'rsn'), change());
    await createStatement(db, link('organizer', 'superseded', 'rsn', { rank: 'deprecated' }), change());
    await createStatement(db, link('organizer', 'superseded', 'plains'), change());
    await mergeEntities(db, { survivorId: 'plains', loserId: 'plains-dup' }, change());

    const rsn = await exportICalendar(db, { organizationId: 'rsn', lang: 'en' });
    expect(vevents(rsn).map(uidOf)).toEqual(['rsn-forum@shahrnet', 'joint@shahrnet']);
    expect(prop(unfold(rsn), 'X-WR-CALNAME')).toBe('River\\, Sea Network');
    expect(unescapeText(prop(eventOf(rsn, 'joint'), 'DESCRIPTION') ?? '').split('\n')[0]).toBe('Organizers: River, Sea Network, Plains Union');
    // A merged id stands for its survivor, whose organizer statements include the moved ones.
    const plains = await exportICalendar(db, { organizationId: 'plains-dup' });
    expect(vevents(plains).map(uidOf)).toEqual(['plains-summit@shahrnet', 'joint@shahrnet', 'superseded@shahrnet']);
    expect(prop(unfold(plains), 'X-WR-CALNAME')).toBe('اتحادیهٔ دشت');

    expect((await rejection(exportICalendar(db, { organizationId: 'no-such-org' }))).code).toBe('not_found');
    expect((await rejection(exportICalendar(db, { organizationId: 'rsn-forum' }))).code).toBe('validation_failed');
    expect(vevents(await exportICalendar(db, { organizationId: 'river-town' }))).toEqual([]);
  });

  it('gives byte-identical output for the same data', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('شهر ثابت', 'Steady City', { id: 'steady' }), change());
    await event(db, 'steady-forum', 'همایش پایدار', 'Steady forum', { start: '2025-08-08', end: '2025-08-09', event_type: 'forum' });
    await createStatement(db, link('host', 'steady-forum', 'steady'), change());
    const first = await exportICalendar(db, { baseUrl: 'https://shahrnet.example.org' });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a clock-dependent stamp would now differ
    expect(await exportICalendar(db, { baseUrl: 'https://shahrnet.example.org' })).toBe(first);
    expect(await exportICalendar(db, { lang: 'en' })).toBe(await exportICalendar(db, { lang: 'en' }));
    expect(vevents(await exportICalendar(db))).toHaveLength(1);

    // A statement added later (a new organizer) moves the event's stamp to its own time.
    await createEntity(db, networkInput('شبکهٔ پایدار', 'Steady Network', { id: 'steady-net' }), change());
    const added = await createStatement(db, link('organizer', 'steady-forum', 'steady-net'), change());
    const later = eventOf(await exportICalendar(db), 'steady-forum');
    expect(prop(later, 'DTSTAMP')).toBe(icalStamp(added.updatedAt));
    expect(prop(later, 'DTSTAMP')).not.toBe(prop(eventOf(first, 'steady-forum'), 'DTSTAMP'));
    expect(prop(later, 'LAST-MODIFIED')).toBe(icalStamp(added.updatedAt));
  });
});
