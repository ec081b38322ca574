import { describe, it, expect } from 'vitest';
import { parseNumber, parseOrdinal, findNumbers } from './numbers.js';

describe('parseNumber', () => {
  const rows: Array<[string, number]> = [
    ['۱.۵', 1.5], ['۱٫۵', 1.5], ['١٤٠٢', 1402], ['1402', 1402], ['10,000', 10000], ['۱۰٬۰۰۰', 10000],
    ['۱/۵', 1.5], ['چهار صد', 400], ['چهارصد', 400], ['یکصد و شانزده', 116], ['نیم میلیون', 500000],
    ['نیم میلیونی', 500000], ['دو هزار و پانصد', 2500], ['یک میلیون و دویست هزار', 1200000],
    ['هزار میلیارد', 1e12], ['۱.۵ میلیون', 1500000], ['۲۰ هزار', 20000], ['بيست و پنج', 25],
    ['twenty one', 21], ['one hundred and ten', 110],
  ];
  for (const [input, value] of rows) it(`${input} = ${value}`, () => expect(parseNumber(input)).toBe(value));
  it('returns null for non-numbers and for sums that are really two numbers', () => {
    expect(parseNumber('شهر')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('۱۳۷۸ و ۱۳۸۵')).toBeNull();
    expect(parseNumber('و')).toBeNull();
  });
});

describe('parseOrdinal', () => {
  const rows: Array<[string, number]> = [
    ['بیستمین', 20], ['سیزدهمین', 13], ['یکصد و شانزدهمین', 116], ['سی ام', 30], ['سی‌ام', 30],
    ['سومین', 3], ['اولین', 1], ['نخستین', 1], ['دوم', 2], ['یکم', 1], ['بیست و یکمین', 21],
    ['۲۰مین', 20], ['20th', 20], ['1st', 1], ['twentieth', 20], ['twenty-first', 21],
  ];
  for (const [input, value] of rows) it(`${input} = ${value}`, () => expect(parseOrdinal(input)).toBe(value));
  it('returns null for cardinals and other words', () => {
    expect(parseOrdinal('بیست')).toBeNull();
    expect(parseOrdinal('مردم')).toBeNull();
    expect(parseOrdinal('ام')).toBeNull();
  });
});

describe('findNumbers: persian-text.md «Numbers and ordinals»', () => {
  const values = (t: string): Array<[number, boolean]> => findNumbers(t).map((n) => [n.value, n.ordinal]);
  it('«۱۰، ۲۰ نفری» is two numbers', () => expect(values('تجمع ۱۰، ۲۰ نفری')).toEqual([[10, false], [20, false]]));
  it('«بیش از ۴۰» is 40', () => expect(values('از بیش از ۴۰ کشور')).toEqual([[40, false]]));
  it('«۱۵۰ شهر از۵۰ کشور» is 150 and 50', () => expect(values('۱۵۰ شهر از۵۰ کشور')).toEqual([[150, false], [50, false]]));
  it('«نیم میلیونی» is 500000', () => expect(values('جمعیت نیم میلیونی شهر')).toEqual([[500000, false]]));
  it('«۱.۵ سال» is 1.5', () => expect(values('به مدت ۱.۵ سال')).toEqual([[1.5, false]]));
  it('ordinals', () => {
    expect(values('به عنوان بیستمین عضو')).toEqual([[20, true]]);
    expect(values('در سیزدهمین کنگره')).toEqual([[13, true]]);
    expect(values('یکصد و شانزدهمین جلسه')).toEqual([[116, true]]);
    expect(values('سی ام خرداد')).toEqual([[30, true]]);
    expect(values('سومین و اولین و نخستین')).toEqual([[3, true], [1, true], [1, true]]);
    expect(values('the 20th member')).toEqual([[20, true]]);
  });
  it('gives offsets into the input and skips dates and times', () => {
    const t = 'در ۱۴۰۲/۰۹/۱۰ ساعت 11:37 حدود ۲۰ هزار نفر';
    const found = findNumbers(t);
    expect(found.map((n) => n.value)).toEqual([20000]);
    const f = found[0];
    expect(f && t.slice(f.start, f.end)).toBe('۲۰ هزار');
  });
  it('keeps «نه» (no) out, and «۱۳۷۸ و ۱۳۸۵» apart', () => {
    expect(values('نه تنها دو شهر')).toEqual([[2, false]]);
    expect(values('سال ۱۳۷۸ و ۱۳۸۵')).toEqual([[1378, false], [1385, false]]);
  });
});
