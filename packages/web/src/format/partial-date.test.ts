import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, parseDateInput, toAsciiDigits, type PartialDate } from './partial-date.ts';

const g = (value: string, precision: PartialDate['precision']): PartialDate => ({ value, precision, calendar: 'gregorian' });

describe('formatPartialDate', () => {
  it('shows only the year for year precision, in each calendar and language', () => {
    const year = g('2023', 'year');
    expect(formatPartialDate(year, { lang: 'fa', calendar: 'jalali' })).toBe('۱۴۰۲');
    expect(formatPartialDate(year, { lang: 'fa', calendar: 'gregorian' })).toBe('۲۰۲۳');
    expect(formatPartialDate(year, { lang: 'en', calendar: 'gregorian' })).toBe('2023');
    // no era marker ("AP") in English Jalali
    expect(formatPartialDate(year, { lang: 'en', calendar: 'jalali' })).toBe('1402');
  });

  it('shows month and year for month precision, month first', () => {
    const month = g('2023-06', 'month');
    expect(formatPartialDate(month, { lang: 'fa', calendar: 'gregorian' })).toBe('ژوئن ۲۰۲۳');
    expect(formatPartialDate(month, { lang: 'en', calendar: 'gregorian' })).toBe('June 2023');
    expect(formatPartialDate(month, { lang: 'fa', calendar: 'jalali' })).toBe('خرداد ۱۴۰۲');
    expect(formatPartialDate(month, { lang: 'en', calendar: 'jalali' })).toBe('Khordad 1402');
  });

  it('converts a full date exactly between calendars, with Persian digits in fa', () => {
    const day = g('2023-06-20', 'day');
    expect(formatPartialDate(day, { lang: 'fa', calendar: 'jalali' })).toBe('۳۰ خرداد ۱۴۰۲');
    expect(formatPartialDate(day, { lang: 'en', calendar: 'jalali' })).toBe('30 Khordad 1402');
    expect(formatPartialDate(day, { lang: 'en', calendar: 'gregorian' })).toBe('20 June 2023');
    expect(formatPartialDate(day, { lang: 'fa', calendar: 'gregorian' })).toBe('۲۰ ژوئن ۲۰۲۳');
  });

  it('uses the stored day of a Jalali-stated year so 1 Farvardin stays in its Jalali year', () => {
    // 1 Farvardin 1402 = 21 March 2023; the Jalali year 1402 must not become 1401.
    const stated: PartialDate = { value: '2023-03-21', precision: 'year', calendar: 'jalali' };
    expect(formatPartialDate(stated, { lang: 'fa', calendar: 'jalali' })).toBe('۱۴۰۲');
    expect(formatPartialDate(stated, { lang: 'en', calendar: 'gregorian' })).toBe('2023');
    // the last day of 1401 (20 March 2023) stays in 1401
    expect(formatPartialDate({ value: '2023-03-20', precision: 'day', calendar: 'jalali' }, { lang: 'en', calendar: 'jalali' })).toBe(
      '29 Esfand 1401',
    );
  });

  it('returns a value it cannot read unchanged instead of hiding it', () => {
    expect(formatPartialDate(g('sometime', 'year'), { lang: 'fa', calendar: 'jalali' })).toBe('sometime');
  });
});

describe('formatNumber', () => {
  it('uses Persian digits and grouping in fa, Latin in en', () => {
    expect(formatNumber(8693706, 'fa')).toBe('۸٬۶۹۳٬۷۰۶');
    expect(formatNumber(8693706, 'en')).toBe('8,693,706');
    expect(formatNumber(20, 'fa')).toBe('۲۰');
  });
});

describe('parseDateInput', () => {
  it('accepts Jalali dates with Persian digits and slashes, producing the API input form', () => {
    const r = parseDateInput('۱۴۰۲/۹/۱۰', 'jalali');
    expect(r).toEqual({ ok: true, apiValue: 'jalali:1402-09-10', date: { value: '2023-12-01', precision: 'day', calendar: 'jalali' } });
  });

  it('keeps the precision typed', () => {
    const year = parseDateInput('1402', 'jalali');
    expect(year.ok && year.apiValue).toBe('jalali:1402');
    expect(year.ok && year.date.precision).toBe('year');
    const month = parseDateInput('2023-6', 'gregorian');
    expect(month).toEqual({ ok: true, apiValue: '2023-06', date: { value: '2023-06', precision: 'month', calendar: 'gregorian' } });
  });

  it('rejects impossible dates in both calendars', () => {
    expect(parseDateInput('1402-12-30', 'jalali').ok).toBe(false); // 1402 is not a leap year
    expect(parseDateInput('1403-12-30', 'jalali').ok).toBe(true); // 1403 is
    expect(parseDateInput('2023-02-29', 'gregorian').ok).toBe(false);
    expect(parseDateInput('2023-13', 'gregorian').ok).toBe(false);
    expect(parseDateInput('next spring', 'gregorian').ok).toBe(false);
  });

  it('normalizes Persian and Arabic-Indic digits', () => {
    expect(toAsciiDigits('۱۴۰۲-٠٩')).toBe('1402-09');
  });
});
