import * as jalaali from 'jalaali-js';
import { languageInfo, type LanguageCode } from '../i18n/languages.ts';

/** The calendars a date can be stated in and shown in. */
export type Calendar = 'jalali' | 'gregorian';

/** How much of a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * A date as the API sends it: `value` is always Gregorian ISO (`2023`, `2023-06`, `2023-06-20`),
 * `calendar` is the calendar the source stated it in.
 */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
  calendar: Calendar;
}

/** What the formatter needs to know about the reader. */
export interface DateDisplay {
  lang: LanguageCode;
  calendar: Calendar;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/**
 * The first and last day of the period a partial date names, in the calendar it was stated in.
 * Gregorian 2023-06 is 1-30 June; Jalali Khordad 1402 (stored as its first day, 2023-05-22, per the
 * core's convention) is 22 May-21 June. A Jalali value stored without its day falls back to the
 * Gregorian period it names. Null when the value is not partial ISO.
 */
export function periodOf(date: PartialDate): { first: Date; last: Date } | null {
  const m = ISO.exec(date.value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && day !== undefined) {
    if (date.precision === 'day') return { first: utc(year, month, day), last: utc(year, month, day) };
    if (date.calendar === 'jalali') {
      const j = jalaali.toJalaali(year, month, day);
      const startMonth = date.precision === 'year' ? 1 : j.jm;
      const endMonth = date.precision === 'year' ? 12 : j.jm;
      const f = jalaali.toGregorian(j.jy, startMonth, 1);
      const l = jalaali.toGregorian(j.jy, endMonth, jalaali.jalaaliMonthLength(j.jy, endMonth));
      return { first: utc(f.gy, f.gm, f.gd), last: utc(l.gy, l.gm, l.gd) };
    }
  }
  if (date.precision === 'year' || month === undefined) return { first: utc(year, 1, 1), last: utc(year, 12, 31) };
  return { first: utc(year, month, 1), last: utc(year, month + 1, 0) };
}

function intlLocale(display: DateDisplay): string {
  const base = languageInfo(display.lang).intl;
  return `${base}-u-ca-${display.calendar === 'jalali' ? 'persian' : 'gregory'}-nu-${display.lang === 'fa' ? 'arabext' : 'latn'}`;
}

interface Parts {
  day: string;
  month: string;
  year: string;
}

function partsOf(day: Date, precision: DatePrecision, display: DateDisplay): Parts {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (precision !== 'year') options.month = 'long';
  if (precision === 'day') options.day = 'numeric';
  const parts = new Intl.DateTimeFormat(intlLocale(display), options).formatToParts(day);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('day'), month: part('month'), year: part('year') };
}

const words = (...pieces: string[]): string => pieces.filter((p) => p !== '').join(' ');

/**
 * Formats a partial date for reading, in the reader's language and chosen calendar, at the date's
 * precision: a year shows only the year (۱۴۰۲ or 2023), a month shows month and year, a day all
 * three. Digits follow the language (Persian digits in fa). Era markers ("AP") are dropped: the
 * calendar is the reader's own choice and shown in the header. Pieces are assembled from
 * `formatToParts` in day-month-year order so the result does not depend on the ICU version's
 * patterns (ICU puts the year first in Persian month-year patterns, which reads oddly).
 *
 * A year or month shown in the other calendar than the one it was stated in covers two periods there
 * (Jalali 1402 runs from March 2023 to March 2024), so it is shown as that span — "2023–2024",
 * "May–June 2023" — never as a single period it only overlaps; with `compact` (the ends of a range)
 * it is shown as the period it overlaps most. An unparseable value is returned unchanged.
 */
export function formatPartialDate(date: PartialDate, display: DateDisplay, options: { compact?: boolean } = {}): string {
  const period = periodOf(date);
  if (!period) return date.value;
  if (options.compact && date.precision !== 'day') {
    // One end of a range: "1402–1403 – 1404–1405" would be unreadable, so each end is shown as the
    // period of the reader's calendar it overlaps most (its middle day); the tooltip keeps the truth.
    const middle = new Date((period.first.getTime() + period.last.getTime()) / 2);
    const m = partsOf(middle, date.precision, display);
    return words(m.month, m.year);
  }
  const a = partsOf(period.first, date.precision, display);
  const b = partsOf(period.last, date.precision, display);
  if (date.precision === 'day' || (a.month === b.month && a.year === b.year)) return words(a.day, a.month, a.year);
  if (date.precision === 'year') return `${a.year}–${b.year}`;
  if (a.year === b.year) return words(`${a.month}–${b.month}`, a.year);
  return `${words(a.month, a.year)}–${words(b.month, b.year)}`;
}

/** Formats an integer or decimal with the language's digits and grouping (۱٬۲۳۴ in fa). */
export function formatNumber(value: number, lang: LanguageCode, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(`${languageInfo(lang).intl}-u-nu-${lang === 'fa' ? 'arabext' : 'latn'}`, options).format(value);
}

/** Rewrites Persian (۰-۹) and Arabic-Indic (٠-٩) digits as ASCII digits, for parsing typed input. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** Result of reading a date typed by a user. */
export type DateInputResult =
  | { ok: true; apiValue: string; date: PartialDate }
  | { ok: false };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Reads a date typed in a form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also with `/` or `.`, and Persian
 * digits) in the given calendar. Returns the string the API accepts (`2023-06-20` or
 * `jalali:1402-03-30`, the server converts and keeps the stated calendar) and a PartialDate for a
 * preview. Rejects impossible dates (month 13, 31 Esfand in a common year, 30 February).
 */
export function parseDateInput(text: string, calendar: Calendar): DateInputResult {
  const normalized = toAsciiDigits(text.trim()).replace(/[/.]/g, '-');
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(normalized);
  if (!m) return { ok: false };
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false };
  const typed = [pad(year, 4), month === undefined ? null : pad(month), day === undefined ? null : pad(day)]
    .filter((p) => p !== null)
    .join('-');
  if (calendar === 'gregorian') {
    if (day !== undefined && month !== undefined) {
      const d = new Date(Date.UTC(year, month - 1, day));
      if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { ok: false };
    }
    return { ok: true, apiValue: typed, date: { value: typed, precision, calendar } };
  }
  if (year < 1 || year > 3177) return { ok: false };
  if (day !== undefined && month !== undefined && !jalaali.isValidJalaaliDate(year, month, day)) return { ok: false };
  // The preview needs a Gregorian value: the first day of the stated period, converted.
  const g = jalaali.toGregorian(year, month ?? 1, day ?? 1);
  const value = `${pad(g.gy, 4)}-${pad(g.gm)}-${pad(g.gd)}`;
  return { ok: true, apiValue: `jalali:${typed}`, date: { value, precision, calendar } };
}
