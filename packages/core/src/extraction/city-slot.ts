import type { Payload } from './gazetteer.js';

/**
 * City names that are also common words: «دوشنبه» is Dushanbe and Monday. The gazetteer links such a
 * one-word name only after a type word or a title («شهر دوشنبه», «شهردار دوشنبه»); this adds the other
 * slots where a city stands: after a place preposition or an arrival verb («در/به/وارد دوشنبه»,
 * «به میزبانی دوشنبه») and inside a list of cities («تهران، دوشنبه و باکو»). It is still the weekday
 * when a date or time follows («در دوشنبه ۱۶ مهر», «به دوشنبه آینده», «دوشنبه گذشته»).
 */

/** What is read of the unit before the match (the chunker's unit, structurally). */
interface PrevUnit {
  k: string;
  key: string;
  pl?: Payload;
}

/** Keys of the common-word city names this applies to. */
export const CITY_HOMOGRAPHS = new Set(['دوشنبه']);

/** Cues after which a city stands. */
const SLOT_CUES = new Set(['in', 'to', 'hostedby', 'arrive', 'from']);
/** Words after a weekday that make it a date («دوشنبه گذشته/آینده», «دوشنبه شب», «دوشنبه هفته بعد»). */
const TIME_NEXT = new Set(['گذشته', 'آینده', 'اینده', 'هفته', 'صبح', 'ظهر', 'عصر', 'شب', 'شامگاه', 'بامداد', 'بعد', 'پیش', 'اول', 'این', 'هر', 'روز', 'مورخ',
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند']);

function isDateWord(key: string | undefined): boolean {
  return key === undefined || /^\p{Nd}/u.test(key) || TIME_NEXT.has(key);
}

/**
 * True when the homograph city name at token `at` stands in a city slot. `cityAt(k)` tells whether
 * token k starts a known city name (for the list check).
 */
export function inCitySlot(keys: readonly string[], at: number, prev: PrevUnit | undefined, cityAt: (k: number) => boolean): boolean {
  const next = keys[at + 1];
  if (isDateWord(next)) return false;
  // «روز دوشنبه»
  if (keys[at - 1] === 'روز' || keys[at - 1] === 'روزهای') return false;
  if (prev?.pl?.k === 'cue' && SLOT_CUES.has(prev.pl.cue)) return true;
  // a list of cities: «باکو، دوشنبه و تاشکند»
  const sepBefore = keys[at - 1] === '،' || keys[at - 1] === ',' || keys[at - 1] === 'و';
  const sepAfter = next === '،' || next === ',' || next === 'و';
  return (sepBefore && at >= 2 && cityAt(at - 2)) || (sepAfter && cityAt(at + 2));
}
