import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, parseDateInput, toAsciiDigits, type PartialDate } from './partial-date.ts';

const g = (value: string, precision: PartialDate['precision']): PartialDate => ({ value, precision, calendar: 'gregorian' });

describe('formatPartialDate', () => {
  it('shows only the year for year precision in the calendar it was stated in', () => {
    const year = g('2023', 'year');
    expect(formatPartialDate(year, { lang: 'fa', calendar: 'gregorian' })).toBe('۲۰۲۳');
    expect(formatPartialDate(year, { lang: 'en', calendar: 'gregorian' })).toBe('2023');
    // 1402 is stored as its first day, 21 March 2023
    const jalaliYear: PartialDate = { value: '2023-03-21', precision: 'year', calendar: 'jalali' };
    expect(formatPartialDate(jalaliYear, { lang: 'fa', calendar: 'jalali' })).toBe('۱۴۰۲');
    expect(formatPartialDate(jalaliYear, { lang: 'en', calendar: 'jalali' })).toBe('1402'); // no "AP"
  });

  it('shows a year in the other calendar as the two years it overlaps', () => {
    expect(formatPartialDate(g('2023', 'year'), { lang: 'fa', calendar: 'jalali' })).toBe('۱۴۰۱–۱۴۰۲');
    const jalaliYear: PartialDate = { value: '2023-03-21', precision: 'year', calendar: 'jalali' };
    expect(formatPartialDate(jalaliYear, { lang: 'en', calendar: 'gregorian' })).toBe('2023–2024');
  });

  it('shows month and year for month precision, month first', () => {
    const month = g('2023-06', 'month');
    expect(formatPartialDate(month, { lang: 'fa', calendar: 'gregorian' })).toBe('ژوئن ۲۰۲۳');
    expect(formatPartialDate(month, { lang: 'en', calendar: 'gregorian' })).toBe('June 2023');
    // Khordad 1402, stored as its first day (22 May 2023)
    const khordad: PartialDate = { value: '2023-05-22', precision: 'month', calendar: 'jalali' };
    expect(formatPartialDate(khordad, { lang: 'fa', calendar: 'jalali' })).toBe('خرداد ۱۴۰۲');
    expect(formatPartialDate(khordad, { lang: 'en', calendar: 'jalali' })).toBe('Khordad 1402');
  });

  it('shows the ends of a range (compact) as the period they overlap most', () => {
    expect(formatPartialDate(g('2023', 'year'), { lang: 'fa', calendar: 'jalali' }, { compact: true })).toBe('۱۴۰۲');
    expect(formatPartialDate(g('2023-06', 'month'), { lang: 'en', calendar: 'jalali' }, { compact: true })).toBe('Khordad 1402');
    expect(formatPartialDate(g('2023-06-20', 'day'), { lang: 'en', calendar: 'jalali' }, { compact: true })).toBe('30 Khordad 1402');
  });

  it('shows a month in the other calendar as the months it overlaps, across a year end too', () => {
    expect(formatPartialDate(g('2023-06', 'month'), { lang: 'fa', calendar: 'jalali' })).toBe('خرداد–تیر ۱۴۰۲');
    const khordad: PartialDate = { value: '2023-05-22', precision: 'month', calendar: 'jalali' };
    expect(formatPartialDate(khordad, { lang: 'en', calendar: 'gregorian' })).toBe('May–June 2023');
    // Dey 1402 runs from 22 December 2023 to 20 January 2024
    const dey: PartialDate = { value: '2023-12-22', precision: 'month', calendar: 'jalali' };
    expect(formatPartialDate(dey, { lang: 'en', calendar: 'gregorian' })).toBe('December 2023–January 2024');
  });

  it('converts a full date exactly between calendars, with Persian digits in fa', () => {
    const day = g('2023-06-20', 'day');
    expect(formatPartialDate(day, { lang: 'fa', calendar: 'jalali' })).toBe('۳۰ خرداد ۱۴۰۲');
    expect(formatPartialDate(day, { lang: 'en', calendar: 'jalali' })).toBe('30 Khordad 1402');
    expect(formatPartialDate(day, { lang: 'en', calendar: 'gregorian' })).toBe('20 June 2023');
    expect(formatPartialDate(day, { lang: 'fa', calendar: 'gregorian' })).toBe('۲۰ ژوئن ۲۰۲۳');
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
