import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPartialDateInput, holdsOn, parsePartialDate } from './partial-date.js';

describe('parsePartialDate', () => {
  it('keeps Gregorian input with its precision', () => {
    expect(parsePartialDate('2021')).toEqual({ value: '2021', precision: 'year', calendar: 'gregorian' });
    expect(parsePartialDate('2021-08')).toEqual({ value: '2021-08', precision: 'month', calendar: 'gregorian' });
    expect(parsePartialDate('2021-08-04')).toEqual({ value: '2021-08-04', precision: 'day', calendar: 'gregorian' });
  });

  it('converts Jalali days, months and years to Gregorian days keeping precision and calendar', () => {
    expect(parsePartialDate('jalali:1402-09-10')).toEqual({ value: '2023-12-01', precision: 'day', calendar: 'jalali' });
    expect(parsePartialDate('jalali:1402')).toEqual({ value: '2023-03-21', precision: 'year', calendar: 'jalali' });
    expect(parsePartialDate('jalali:1400-10')).toEqual({ value: '2021-12-22', precision: 'month', calendar: 'jalali' });
  });

  it('rejects impossible or malformed dates with validation_failed', () => {
    for (const bad of ['2021-02-30', '2021-13', '21', 'jalali:1402-12-31', '1402/09/10', '']) {
      expect(() => parsePartialDate(bad), bad).toThrow(expect.objectContaining({ code: 'validation_failed' }));
    }
  });

  it('round-trips through its input form (property)', () => {
    const jalali = fc.record({ y: fc.integer({ min: 1300, max: 1500 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 29 }), p: fc.constantFrom(1, 2, 3) })
      .map(({ y, m, d, p }) => `jalali:${[String(y), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, p).join('-')}`);
    const gregorian = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .chain((dt) => fc.constantFrom(4, 7, 10).map((n) => dt.toISOString().slice(0, n)));
    fc.assert(fc.property(fc.oneof(jalali, gregorian), (input) => {
      const parsed = parsePartialDate(input);
      expect(formatPartialDateInput(parsed)).toBe(input);
      expect(parsePartialDate(formatPartialDateInput(parsed))).toEqual(parsed);
    }));
  });
});

describe('holdsOn (as-of rule)', () => {
  const d = parsePartialDate;
  it('counts a partial start from its first day and a partial end to its last day', () => {
    expect(holdsOn('2021-01-01', d('2021'), undefined)).toBe(true);
    expect(holdsOn('2020-12-31', d('2021'), undefined)).toBe(false);
    expect(holdsOn('2021-05-03', d('2021-06'), undefined)).toBe(false);
    expect(holdsOn('2021-12-31', d('2019'), d('2021'))).toBe(true);
    expect(holdsOn('2022-01-01', d('2019'), d('2021'))).toBe(false);
    expect(holdsOn('2021-05-31', undefined, d('2021-05'))).toBe(true);
    expect(holdsOn('2021-06-01', undefined, d('2021-05'))).toBe(false);
    expect(holdsOn('1900-01-01', undefined, undefined)).toBe(true);
  });
});
