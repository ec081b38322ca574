import { describe, expect, it } from 'vitest';
import { yearBounds } from './year-range.ts';

describe('yearBounds', () => {
  it('maps a Jalali year (Persian digits too) to the Gregorian days it covers', () => {
    expect(yearBounds('۱۴۰۲', 'jalali')).toEqual({ first: '2023-03-21', last: '2024-03-19' });
    expect(yearBounds('1399', 'jalali')).toEqual({ first: '2020-03-20', last: '2021-03-20' });
  });
  it('maps a Gregorian year to its first and last day, and refuses anything else', () => {
    expect(yearBounds('2021', 'gregorian')).toEqual({ first: '2021-01-01', last: '2021-12-31' });
    expect(yearBounds('21', 'gregorian')).toBeNull();
    expect(yearBounds('1402-01', 'jalali')).toBeNull();
  });
});
