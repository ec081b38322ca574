import * as jalaali from 'jalaali-js';
import { AppError } from '../errors.js';

/** How much of a date is known: a year, a month or a day. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The calendar a date was stated in. The stored value is always Gregorian. */
export type Calendar = 'gregorian' | 'jalali';

/**
 * A date known to a precision (Popolo's reduced ISO dates, Wikidata's precision). `value` is the
 * Gregorian ISO prefix: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; for Gregorian input its length matches
 * `precision`. `calendar` records how the date was stated so the UI can show it back the same way: a Jalali year
 * (1402) is stored as the Gregorian date of its first day (2023-03-21) with precision `year`.
 */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
  calendar: Calendar;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function checkDay(year: number, month: number, day: number, input: string): void {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new AppError('validation_failed', `invalid date: ${input}`, [{ message: `no such day: ${input}` }]);
  }
}

/**
 * Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (Gregorian) or the same prefixed with `jalali:`.
 * A Jalali date is converted to Gregorian: a Jalali day to its Gregorian day, a Jalali month or
 * year to the Gregorian date of its first day, keeping the stated precision and `calendar: 'jalali'`.
 * Throws `AppError('validation_failed')` on anything else (including impossible days).
 */
export function parsePartialDate(input: string): PartialDate {
  const jalali = input.startsWith('jalali:');
  const body = jalali ? input.slice('jalali:'.length) : input;
  const m = ISO.exec(body);
  if (!m) {
    throw new AppError('validation_failed', `invalid date: ${input}`, [
      { message: `a date is YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with jalali:, got ${input}` },
    ]);
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  if (month !== undefined && (month < 1 || month > 12)) {
    throw new AppError('validation_failed', `invalid month in date: ${input}`, [{ message: `invalid month: ${input}` }]);
  }
  if (!jalali) {
    if (day !== undefined && month !== undefined) checkDay(year, month, day, input);
    return { value: body, precision, calendar: 'gregorian' };
  }
  const jm = month ?? 1;
  const jd = day ?? 1;
  if (!jalaali.isValidJalaaliDate(year, jm, jd)) {
    throw new AppError('validation_failed', `invalid Jalali date: ${input}`, [{ message: `no such Jalali day: ${input}` }]);
  }
  const g = jalaali.toGregorian(year, jm, jd);
  // A Jalali year or month becomes the full Gregorian day of its first day: truncating it to the
  // Gregorian year would be wrong (1402 starts in March 2023) and the precision keeps "only the year".
  return { value: `${pad(g.gy, 4)}-${pad(g.gm)}-${pad(g.gd)}`, precision, calendar: 'jalali' };
}

/** Parses an optional date input; `undefined`/`null` stay `undefined`. */
export function parseOptionalDate(input: string | null | undefined): PartialDate | undefined {
  return input === undefined || input === null ? undefined : parsePartialDate(input);
}

/**
 * The input form of a stored date, the inverse of `parsePartialDate`: Gregorian values as they are,
 * Jalali ones back to `jalali:YYYY[-MM[-DD]]` at their precision. Used by exports that must round-trip.
 */
export function formatPartialDateInput(date: PartialDate): string {
  if (date.calendar === 'gregorian') return date.value;
  const j = toJalaliParts(date);
  const parts = [pad(j.jy, 4)];
  if (date.precision !== 'year') parts.push(pad(j.jm));
  if (date.precision === 'day') parts.push(pad(j.jd));
  return `jalali:${parts.join('-')}`;
}

/** The Jalali year/month/day of a stored date (for display); month/day are 1 when not known. */
export function toJalaliParts(date: PartialDate): { jy: number; jm: number; jd: number } {
  const [y, m, d] = date.value.split('-').map(Number);
  return jalaali.toJalaali(y ?? 1, m ?? 1, d ?? 1);
}

/** Rebuilds a date from its three stored columns; `undefined` when the value column is null. */
export function dateFromColumns(
  value: string | null,
  precision: string | null,
  calendar: string | null,
): PartialDate | undefined {
  if (value === null) return undefined;
  const p: DatePrecision = precision === 'year' || precision === 'month' || precision === 'day'
    ? precision
    : value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return { value, precision: p, calendar: calendar === 'jalali' ? 'jalali' : 'gregorian' };
}

/**
 * The as-of rule for partial dates, used in SQL and in memory alike ("possibly holding"):
 * a fact with start S and end E holds on day D (YYYY-MM-DD) when
 * - S is unknown, or S.value <= D as strings (a shorter S such as `2021` sorts before every day of
 *   2021, so a start of lower precision counts from its first day), and
 * - E is unknown, or E.value >= the first length(E.value) characters of D (an end of lower
 *   precision counts up to its last day).
 * String comparison works because every value is a prefix of one fixed ISO layout. A Jalali year or
 * month is stored as its first Gregorian day, so as an end it counts only up to that day (a known,
 * conservative approximation).
 */
export function holdsOn(day: string, start: PartialDate | undefined, end: PartialDate | undefined): boolean {
  if (start && start.value > day) return false;
  if (end && end.value < day.slice(0, end.value.length)) return false;
  return true;
}
