import { parsePartialDate, type PartialDate } from '../domain/partial-date.js';
import { AppError } from '../errors.js';

/**
 * The day an as-of query asks about, from `2022-03-21`, `jalali:1401-01-01`, or a month/year
 * (`2022`, `jalali:1401` — taken as its first day). Returns the Gregorian `YYYY-MM-DD`.
 *
 * The rule for "holds on day D" is `holdsOn` (domain/partial-date.ts), applied to terms stated with
 * partial dates: a start counts from the FIRST day of its period and an end up to the LAST day of
 * its period, so a term that started in 2021 (year precision) covers 2021-06-01, and one that ended
 * in 2021-06 still holds on 2021-06-30. Unknown start = since ever; unknown end = still holding.
 */
export function asOfDay(input: string): string {
  let date: PartialDate;
  try {
    date = parsePartialDate(input.trim());
  } catch (e) {
    throw new AppError('validation_failed', `invalid date ${input}`, [{ path: ['date'], message: e instanceof Error ? e.message : String(e) }]);
  }
  const v = date.value;
  return v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
}
