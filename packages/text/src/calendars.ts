import * as jalaali from 'jalaali-js';

/**
 * A date as text reports it: possibly partial (a year, a month), possibly a range, with the calendar
 * the text used. `start`/`end` are always Gregorian (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); a Jalali or
 * lunar Hijri year or month is given as its exact Gregorian day span («سال ۱۳۷۸» -> 1999-03-21..2000-03-19).
 */
export interface DateValue {
  /** Gregorian `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start: string;
  /** Inclusive end of a range or of a Jalali/Hijri year or month, same formats. */
  end?: string;
  precision: 'year' | 'month' | 'day' | 'minute';
  calendar: 'gregorian' | 'jalali' | 'hijri_lunar';
  /** Local wall time `HH:MM` when the text gives one. */
  time?: string;
  /** UTC offset of that local time (`+03:30`); Iran's offset for that date unless the text says otherwise. */
  offset?: string;
  /** Full ISO datetime (`2023-06-20T11:37+03:30`) when the time is known. */
  iso?: string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** `YYYY-MM-DD` of a Gregorian date. */
export function isoDay(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** Parses `YYYY-MM-DD` (extra characters after it are ignored). */
export function parseIsoDay(s: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/**
 * Jalali (Solar Hijri) to Gregorian, exact (Borkowski's algorithm via jalaali-js).
 * Throws a RangeError for impossible dates, e.g. month 13; callers validate first.
 */
export function jalaliToGregorian(jy: number, jm: number, jd: number): { year: number; month: number; day: number } {
  const g = jalaali.toGregorian(jy, jm, jd);
  return { year: g.gy, month: g.gm, day: g.gd };
}

/** Gregorian to Jalali, exact. */
export function gregorianToJalali(gy: number, gm: number, gd: number): { year: number; month: number; day: number } {
  const j = jalaali.toJalaali(gy, gm, gd);
  return { year: j.jy, month: j.jm, day: j.jd };
}

/** True when the Jalali date exists. */
export function isValidJalali(jy: number, jm: number, jd: number): boolean {
  return jy >= 1 && jy <= 3000 && jalaali.isValidJalaaliDate(jy, jm, jd);
}

/** Days in a Jalali month. */
export function jalaliMonthLength(jy: number, jm: number): number {
  return jalaali.jalaaliMonthLength(jy, jm);
}

/** True when the Gregorian date exists. */
export function isValidGregorian(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= gregorianMonthLength(y, m);
}

/** Days in a Gregorian month. */
export function gregorianMonthLength(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Gregorian `YYYY-MM-DD` of a Jalali date. */
export function jalaliIsoDay(jy: number, jm: number, jd: number): string {
  const g = jalaali.toGregorian(jy, jm, jd);
  return isoDay(g.gy, g.gm, g.gd);
}

/** Day of week (0 = Sunday … 6 = Saturday) of a Gregorian date. */
export function weekday(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Adds days to a Gregorian `YYYY-MM-DD`. */
export function addDays(day: string, n: number): string {
  const p = parseIsoDay(day);
  if (!p) return day;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tehran', timeZoneName: 'longOffset' });
const offsetCache = new Map<string, string>();

function offsetAt(utcMs: number): string {
  const name = offsetFormat.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+03:30';
  const m = /GMT([+-]\d{2}:\d{2})/.exec(name);
  return m ? (m[1] as string) : '+00:00';
}

function offsetMinutes(off: string): number {
  const sign = off.startsWith('-') ? -1 : 1;
  return sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
}

/**
 * Iran's UTC offset for a local wall time in Tehran, from the runtime's tz database ('Asia/Tehran'):
 * +04:30 in the summers up to 2022, +03:30 otherwise and from 2023 on. Not a hard-coded table, so it
 * follows tzdata.
 */
export function tehranOffset(y: number, m: number, d: number, hh: number, mm: number): string {
  const key = `${y}-${m}-${d}-${hh}`;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  const local = Date.UTC(y, m - 1, d, hh, mm);
  let off = offsetAt(local - 210 * 60_000);
  const second = offsetAt(local - offsetMinutes(off) * 60_000);
  if (second !== off) off = second;
  offsetCache.set(key, off);
  return off;
}

const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', timeZone: 'UTC' });
function hijriYearOf(utcMs: number): number {
  const y = hijriFormat.formatToParts(new Date(utcMs)).find((p) => p.type === 'year')?.value;
  return Number(y);
}

/**
 * Gregorian day span of a lunar Hijri year (Umm al-Qura, via Intl): «۱۴۴۵ ه.ق» -> 2023-07-19..2024-07-06.
 * Returns null outside the years the runtime's ICU supports.
 */
export function hijriYearSpan(hy: number): { start: string; end: string } | null {
  if (hy < 1300 || hy > 1600) return null;
  const approx = Date.UTC(622, 6, 16) + (hy - 1) * 354.36708 * 86_400_000;
  const firstDay = (y: number): number | null => {
    let t = approx + (y - hy) * 354.36708 * 86_400_000 - 20 * 86_400_000;
    for (let i = 0; i < 60; i++, t += 86_400_000) if (hijriYearOf(t) === y) return t;
    return null;
  };
  const a = firstDay(hy);
  const b = firstDay(hy + 1);
  if (a === null || b === null) return null;
  const fmt = (t: number): string => new Date(t).toISOString().slice(0, 10);
  return { start: fmt(a), end: fmt(b - 86_400_000) };
}

export const JALALI_MONTH_NAMES_FA = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
export const JALALI_MONTH_NAMES_EN = ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'];

const faDigits = (s: string | number): string => String(s).replace(/[0-9]/g, (c) => String.fromCharCode(0x06f0 + Number(c)));

function formatDay(day: string, lang: 'fa' | 'en', withYear = true): string {
  const p = parseIsoDay(day);
  if (!p) return day;
  const j = jalaali.toJalaali(p.y, p.m, p.d);
  if (lang === 'fa') return `${faDigits(j.jd)} ${JALALI_MONTH_NAMES_FA[j.jm - 1]}${withYear ? ` ${faDigits(j.jy)}` : ''}`;
  return `${j.jd} ${JALALI_MONTH_NAMES_EN[j.jm - 1]}${withYear ? ` ${j.jy}` : ''}`;
}

function jalaliOf(s: string, atEnd: boolean): { jy: number; jm: number } | null {
  let day = s;
  if (/^\d{4}$/.test(s)) day = atEnd ? `${s}-12-31` : `${s}-01-01`;
  else if (/^\d{4}-\d{2}$/.test(s)) {
    const [y, m] = s.split('-').map(Number) as [number, number];
    day = atEnd ? isoDay(y, m, gregorianMonthLength(y, m)) : `${s}-01`;
  }
  const p = parseIsoDay(day);
  if (!p) return null;
  const j = jalaali.toJalaali(p.y, p.m, p.d);
  return { jy: j.jy, jm: j.jm };
}

/**
 * A DateValue in the Jalali calendar for display: «۱۰ آذر ۱۴۰۲، ساعت ۱۲:۲۶» / «10 Azar 1402, 12:26»,
 * «آذر ۱۴۰۲», «۱۴۰۲», ranges «۱۱ تا ۲۰ آذر ۱۴۰۲» / «11 – 20 Azar 1402». A Gregorian year or month that
 * straddles two Jalali ones is shown as both («۱۳۶۲–۱۳۶۳»).
 */
export function formatJalali(value: DateValue, lang: 'fa' | 'en'): string {
  const dash = lang === 'fa' ? ' تا ' : ' – ';
  const num = (n: number): string => (lang === 'fa' ? faDigits(n) : String(n));
  const monthName = (m: number): string => (lang === 'fa' ? JALALI_MONTH_NAMES_FA : JALALI_MONTH_NAMES_EN)[m - 1] ?? '';
  if (value.precision === 'day' || value.precision === 'minute') {
    let out: string;
    if (value.end !== undefined && value.end !== value.start) {
      const a = parseIsoDay(value.start);
      const b = parseIsoDay(value.end);
      const ja = a ? jalaali.toJalaali(a.y, a.m, a.d) : null;
      const jb = b ? jalaali.toJalaali(b.y, b.m, b.d) : null;
      out =
        ja && jb && ja.jy === jb.jy && ja.jm === jb.jm
          ? `${num(ja.jd)}${dash}${formatDay(value.end, lang)}`
          : `${formatDay(value.start, lang)}${dash}${formatDay(value.end, lang)}`;
    } else out = formatDay(value.start, lang);
    if (value.time !== undefined) out += lang === 'fa' ? `، ساعت ${faDigits(value.time)}` : `, ${value.time}`;
    return out;
  }
  const a = jalaliOf(value.start, false);
  const b = jalaliOf(value.end ?? value.start, true);
  if (!a || !b) return value.start;
  if (value.precision === 'year') {
    if (value.calendar === 'jalali' || (a.jy === b.jy && value.calendar !== 'hijri_lunar')) {
      return a.jy === b.jy ? num(a.jy) : `${num(a.jy)}${dash}${num(b.jy)}`;
    }
    return `${num(a.jy)}–${num(b.jy)}`;
  }
  if (a.jy === b.jy && a.jm === b.jm) return `${monthName(a.jm)} ${num(a.jy)}`;
  if (a.jy === b.jy) return `${monthName(a.jm)}–${monthName(b.jm)} ${num(a.jy)}`;
  return `${monthName(a.jm)} ${num(a.jy)}${dash}${monthName(b.jm)} ${num(b.jy)}`;
}
