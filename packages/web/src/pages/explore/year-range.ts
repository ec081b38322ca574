import * as jalaali from 'jalaali-js';
import { toAsciiDigits, type Calendar } from '../../format/partial-date.ts';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The Gregorian days (ISO) a year typed in the reader's calendar covers: 1402 in Jalali is
 * 2023-03-21 … 2024-03-19. Persian digits are accepted. `null` for anything but a 4-digit year.
 */
export function yearBounds(text: string, calendar: Calendar): { first: string; last: string } | null {
  const ascii = toAsciiDigits(text.trim());
  if (!/^\d{4}$/.test(ascii)) return null;
  const year = Number(ascii);
  if (calendar === 'gregorian') return { first: `${ascii}-01-01`, last: `${ascii}-12-31` };
  if (year < 1 || year > 3177) return null;
  const first = jalaali.toGregorian(year, 1, 1);
  const last = jalaali.toGregorian(year, 12, jalaali.jalaaliMonthLength(year, 12));
  return { first: `${pad(first.gy, 4)}-${pad(first.gm)}-${pad(first.gd)}`, last: `${pad(last.gy, 4)}-${pad(last.gm)}-${pad(last.gd)}` };
}
