import { describe, it, expect } from 'vitest';
import { findDates, parseDateValue, jalaliToGregorian, gregorianToJalali, formatJalali } from './dates.js';
import type { DateValue } from './dates.js';

const one = (text: string, reference?: string): { text: string; value: DateValue; relative: boolean } => {
  const found = findDates(text, { reference });
  expect(found).toHaveLength(1);
  const m = found[0];
  if (!m) throw new Error('no date');
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
};

describe('findDates: the Dates table of persian-text.md', () => {
  it('a header date with Arabic yeh and a weekday', () => {
    expect(one('يک شنبه 16 ارديبهشت 1403').value).toEqual({ start: '2024-05-05', precision: 'day', calendar: 'jalali' });
  });
  it('an ordinal day word with a time gets Iran’s offset for that date', () => {
    const m = one('تاريخ:سی ام خرداد 1402 ساعت 11:37 | کد : 5521');
    expect(m.value).toMatchObject({ start: '2023-06-20', precision: 'minute', time: '11:37', offset: '+03:30', iso: '2023-06-20T11:37+03:30' });
  });
  it('«صبح امروز» is the reference day', () => {
    expect(one('رئیس شورا صبح امروز گفت', '2023-06-20T11:37+03:30')).toMatchObject({ value: { start: '2023-06-20', precision: 'day' }, relative: true });
  });
  it('«امروز دوشنبه ۱۶ مهر ۱۴۰۳» is one absolute date', () => {
    expect(one('امروز دوشنبه  ۱۶ مهر ۱۴۰۳')).toMatchObject({ value: { start: '2024-10-07' }, relative: false });
  });
  it('numeric Jalali date with a time', () => {
    expect(one('۱۴۰۲/۰۹/۱۰- ۱۲:۲۶').value).toMatchObject({ start: '2023-12-01', iso: '2023-12-01T12:26+03:30' });
  });
  it('early/mid/late month of the current year', () => {
    expect(one('در اواسط آذرماه سال جاری میزبان', '2023-12-01').value).toEqual({ start: '2023-12-02', end: '2023-12-11', precision: 'day', calendar: 'jalali' });
    expect(one('اوایل آذرماه', '2023-12-01').value).toMatchObject({ start: '2023-11-22', end: '2023-12-01' });
    expect(one('اواخر اسفند ۱۴۰۲').value).toMatchObject({ start: '2024-03-11', end: '2024-03-19' });
  });
  it('«خرداد ماه سال جاری»', () => {
    expect(one('که در خرداد ماه سال جاری برگزار شد', '2023-12-01').value).toEqual({ start: '2023-05-22', end: '2023-06-21', precision: 'month', calendar: 'jalali' });
  });
  it('a Monday with its time: 2022-01-17T12:50+03:30', () => {
    expect(one('ایرنا دوشنبه 27 دی 1400 - 12:50').value).toMatchObject({ start: '2022-01-17', iso: '2022-01-17T12:50+03:30' });
  });
  it('Jalali years are day spans', () => {
    const found = findDates('در سال ۱۳۷۸ تشکیل شد و در سال ۱۳۸۵ منتقل شد');
    expect(found.map((m) => [m.text, m.value.start, m.value.end, m.value.precision])).toEqual([
      ['سال ۱۳۷۸', '1999-03-21', '2000-03-19', 'year'],
      ['سال ۱۳۸۵', '2006-03-21', '2007-03-20', 'year'],
    ]);
  });
  it('a Jalali date in a legal footer', () => {
    expect(one('قانون مصوب ۱۳۸۲/۱۰/۱۷ مجلس').value.start).toBe('2004-01-07');
  });
  it('«date 2025-09-25» and «امروز» relative to it', () => {
    const found = findDates(' date 2025-09-25 به گزارش خبرنگار ما امروز در همایش', { reference: '2025-09-25' });
    expect(found.map((m) => [m.text, m.value.start, m.relative])).toEqual([['2025-09-25', '2025-09-25', false], ['امروز', '2025-09-25', true]]);
  });
  it('Gregorian year ranges and years', () => {
    const found = findDates('برای دوره ۲۰۲۱ تا ۲۰۲۴ و از سال ۱۹۸۴');
    expect(found.map((m) => m.value)).toEqual([
      { start: '2021', end: '2024', precision: 'year', calendar: 'gregorian' },
      { start: '1984', precision: 'year', calendar: 'gregorian' },
    ]);
  });
  it('lunar Hijri only with a marker', () => {
    expect(one('در سال ۱۴۴۵ ه.ق').value).toEqual({ start: '2023-07-19', end: '2024-07-06', precision: 'year', calendar: 'hijri_lunar' });
    expect(one('سال ۱۴۴۵ قمری').value.calendar).toBe('hijri_lunar');
  });
});

describe('findDates: more forms', () => {
  it('weekday-relative: the most recent such day on or before the reference', () => {
    expect(one('شامگاه پنجشنبه گفت', '2021-12-11').value.start).toBe('2021-12-09');
    expect(one('روز پنجشنبه گفت', '2021-12-09').value.start).toBe('2021-12-09');
    expect(one('روز گذشته', '2021-12-11').value.start).toBe('2021-12-10');
  });
  it('relative years, months and weeks', () => {
    expect(one('سال گذشته', '2023-12-01').value).toMatchObject({ start: '2022-03-21', end: '2023-03-20', precision: 'year' });
    expect(one('ماه آینده', '2023-12-01').value).toMatchObject({ start: '2023-12-22', end: '2024-01-20', precision: 'month' });
    expect(one('هفته گذشته', '2023-12-01').value).toMatchObject({ start: '2023-11-18', end: '2023-11-24' });
  });
  it('no value without a reference for relative forms', () => {
    expect(findDates('صبح امروز و سال جاری و آذرماه')).toEqual([]);
  });
  it('uses the weekday to pick the year of a date given without one', () => {
    // 27 Dey is a Monday in 1400 (2022-01-17) and a Tuesday in 1401
    expect(one('دوشنبه ۲۷ دی', '2022-06-01').value.start).toBe('2022-01-17');
    expect(one('سه شنبه ۲۷ دی', '2022-06-01').value.start).toBe('2023-01-17');
  });
  it('ranges of days and Persian/English Gregorian months', () => {
    expect(one('۱۰ تا ۱۲ آذر ۱۴۰۲').value).toMatchObject({ start: '2023-12-01', end: '2023-12-03', precision: 'day' });
    expect(one('۲۵ می ۲۰۲۳').value).toMatchObject({ start: '2023-05-25', calendar: 'gregorian' });
    expect(one('سپتامبر ۲۰۲۱').value).toEqual({ start: '2021-09', precision: 'month', calendar: 'gregorian' });
    expect(one('On Monday, January 17, 2022 at 12:50 they met').value).toMatchObject({ start: '2022-01-17', time: '12:50' });
    expect(one('in September 2021').value.start).toBe('2021-09');
  });
  it('summer time before 2023 is +04:30', () => {
    expect(one('۱۰ تیر ۱۴۰۰ ساعت ۱۰:۰۰').value.offset).toBe('+04:30');
    expect(one('۱۰ تیر ۱۴۰۲ ساعت ۱۰:۰۰').value.offset).toBe('+03:30');
  });
  it('ignores words that only contain month names and numbers that are not years', () => {
    expect(findDates('در دیدار مهر و تیر با ۱۴۰۰۰ نفر')).toEqual([]);
    expect(findDates('مهر ماه ۱۳۹۹')[0]?.value.start).toBe('2020-09-22');
  });
  it('parseDateValue returns the longest expression', () => {
    expect(parseDateValue('تاريخ:سی ام خرداد 1402 ساعت 11:37')?.iso).toBe('2023-06-20T11:37+03:30');
    expect(parseDateValue('چیزی نیست')).toBeNull();
    expect(parseDateValue('امروز', { reference: { start: '2023-12-01', precision: 'day', calendar: 'jalali' } })?.start).toBe('2023-12-01');
  });
});

describe('calendar helpers', () => {
  it('converts both ways', () => {
    expect(jalaliToGregorian(1400, 10, 27)).toEqual({ year: 2022, month: 1, day: 17 });
    expect(gregorianToJalali(2025, 9, 25)).toEqual({ year: 1404, month: 7, day: 3 });
  });
  it('formats in Jalali', () => {
    expect(formatJalali({ start: '2023-12-01', precision: 'minute', calendar: 'jalali', time: '12:26' }, 'fa')).toBe('۱۰ آذر ۱۴۰۲، ساعت ۱۲:۲۶');
    expect(formatJalali({ start: '2023-12-01', precision: 'day', calendar: 'jalali' }, 'en')).toBe('10 Azar 1402');
    expect(formatJalali({ start: '2023-12-02', end: '2023-12-11', precision: 'day', calendar: 'jalali' }, 'fa')).toBe('۱۱ تا ۲۰ آذر ۱۴۰۲');
    expect(formatJalali({ start: '1999-03-21', end: '2000-03-19', precision: 'year', calendar: 'jalali' }, 'en')).toBe('1378');
    expect(formatJalali({ start: '2023-05-22', end: '2023-06-21', precision: 'month', calendar: 'jalali' }, 'fa')).toBe('خرداد ۱۴۰۲');
    expect(formatJalali({ start: '1984', precision: 'year', calendar: 'gregorian' }, 'en')).toBe('1362–1363');
  });
});
