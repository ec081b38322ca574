/**
 * Vocabulary of date expressions (after the length-preserving fold of `dates.ts`: Persian ی/ک, ASCII
 * digits, ZWNJ/NBSP as spaces, ASCII lower case). Alternations are longest first.
 */

const alt = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');

export const JALALI_MONTHS: ReadonlyMap<string, number> = new Map([
  ['فروردین', 1], ['اردیبهشت', 2], ['خرداد', 3], ['تیر', 4], ['مرداد', 5], ['امرداد', 5], ['شهریور', 6],
  ['مهر', 7], ['آبان', 8], ['آذر', 9], ['دی', 10], ['بهمن', 11], ['اسفند', 12],
]);

/** Gregorian month names in Persian. «مه» and «می» (May) are ambiguous and need a day or year. */
export const GREGORIAN_MONTHS_FA: ReadonlyMap<string, number> = new Map([
  ['ژانویه', 1], ['ژانویهٔ', 1], ['فوریه', 2], ['مارس', 3], ['آوریل', 4], ['آپریل', 4], ['مه', 5], ['می', 5],
  ['ژوئن', 6], ['جون', 6], ['ژوئیه', 7], ['جولای', 7], ['اوت', 8], ['آگوست', 8], ['سپتامبر', 9],
  ['اکتبر', 10], ['نوامبر', 11], ['دسامبر', 12],
]);

export const GREGORIAN_MONTHS_EN: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12], ['jan', 1],
  ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Weekday words -> JS day number (0 = Sunday). The fold turns ZWNJ into a space: «سه شنبه». */
export const WEEKDAYS_FA: ReadonlyMap<string, number> = new Map([
  ['شنبه', 6], ['یکشنبه', 0], ['یک شنبه', 0], ['دوشنبه', 1], ['دو شنبه', 1], ['سه شنبه', 2], ['سهشنبه', 2],
  ['چهارشنبه', 3], ['چهار شنبه', 3], ['پنجشنبه', 4], ['پنج شنبه', 4], ['جمعه', 5],
]);
export const WEEKDAYS_EN: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

const UNIT_ORD: ReadonlyArray<readonly [string, number]> = [
  ['یکم', 1], ['اول', 1], ['دوم', 2], ['سوم', 3], ['چهارم', 4], ['پنجم', 5], ['ششم', 6], ['هفتم', 7],
  ['هشتم', 8], ['نهم', 9],
];
const TEEN_ORD: ReadonlyArray<readonly [string, number]> = [
  ['دهم', 10], ['یازدهم', 11], ['دوازدهم', 12], ['سیزدهم', 13], ['چهاردهم', 14], ['پانزدهم', 15],
  ['شانزدهم', 16], ['هفدهم', 17], ['هجدهم', 18], ['هیجدهم', 18], ['نوزدهم', 19], ['بیستم', 20],
];

/** Ordinal day words 1-31: «سی ام», «سیام», «بیست و یکم», «اول». */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>([...UNIT_ORD, ...TEEN_ORD]);
  for (const [w, n] of UNIT_ORD) if (w !== 'اول') m.set(`بیست و ${w}`, 20 + n);
  m.set('سی ام', 30).set('سیام', 30).set('سی و یکم', 31);
  return m;
})();

export const ENGLISH_ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);

/** Parts of the day that may precede or follow a day word: «صبح امروز», «شامگاه پنجشنبه». */
export const DAY_PARTS = ['صبح', 'ظهر', 'عصر', 'بعدازظهر', 'بعد از ظهر', 'شب', 'شامگاه', 'بامداد', 'غروب', 'نیمه شب', 'روز', 'ساعاتی پیش در'];

/** Relative day words -> offset in days from the reference. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['امروز', 0], ['روز جاری', 0], ['امشب', 0], ['دیروز', -1], ['روز گذشته', -1], ['شب گذشته', -1],
  ['دیشب', -1], ['پریروز', -2], ['فردا', 1], ['پس فردا', 2], ['پسفردا', 2],
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1],
]);

/** «سال جاری» etc. -> offset in (Jalali, for Persian) years. */
export const RELATIVE_YEARS: ReadonlyMap<string, number> = new Map([
  ['سال جاری', 0], ['امسال', 0], ['سال گذشته', -1], ['پارسال', -1], ['سال قبل', -1], ['سال پیش', -1],
  ['سال آینده', 1], ['سال بعد', 1], ['سال آتی', 1], ['سال دیگر', 1],
]);
export const RELATIVE_YEARS_EN: ReadonlyMap<string, number> = new Map([
  ['this year', 0], ['last year', -1], ['next year', 1], ['the previous year', -1], ['the past year', -1],
]);
export const RELATIVE_MONTHS: ReadonlyMap<string, number> = new Map([
  ['ماه جاری', 0], ['این ماه', 0], ['ماه گذشته', -1], ['ماه قبل', -1], ['ماه پیش', -1], ['ماه آینده', 1], ['ماه بعد', 1],
  ['this month', 0], ['last month', -1], ['next month', 1],
]);
export const RELATIVE_WEEKS: ReadonlyMap<string, number> = new Map([
  ['هفته جاری', 0], ['این هفته', 0], ['هفته گذشته', -1], ['هفته قبل', -1], ['هفته پیش', -1], ['هفته آینده', 1], ['هفته بعد', 1],
  ['this week', 0], ['last week', -1], ['next week', 1],
]);

/** Month qualifiers: early/mid/late = days 1-10 / 11-20 / 21-end. */
export const QUALIFIERS: ReadonlyMap<string, 'early' | 'mid' | 'late'> = new Map([
  ['اوایل', 'early'], ['اوائل', 'early'], ['ابتدای', 'early'], ['اواسط', 'mid'], ['نیمه', 'mid'], ['اواخر', 'late'], ['پایان', 'late'],
  ['early', 'early'], ['mid', 'mid'], ['late', 'late'],
]);

/** Words before a bare year that make it a year («در ۱۴۰۰», «از سال ۲۰۲۱»). */
export const YEAR_CUES = ['سال', 'در', 'از', 'تا', 'طی', 'پس از', 'پیش از', 'قبل از', 'بعد از', 'اوایل', 'اواسط', 'اواخر', 'ابتدای', 'پایان', 'in', 'since', 'from', 'by', 'until', 'of', 'during', 'year'];

export const JALALI_MARKERS = ['هجری شمسی', 'شمسی', 'خورشیدی', 'ه ش', 'ه.ش', 'ه. ش'];
export const HIJRI_MARKERS = ['هجری قمری', 'قمری', 'ه ق', 'ه.ق', 'ه. ق', 'ق', 'ah'];
export const GREGORIAN_MARKERS = ['میلادی', 'م', 'ad', 'ce'];

export const ALT = {
  jalaliMonth: alt(JALALI_MONTHS.keys()),
  gregFaMonth: alt(GREGORIAN_MONTHS_FA.keys()),
  enMonth: alt(GREGORIAN_MONTHS_EN.keys()),
  weekdayFa: alt(WEEKDAYS_FA.keys()),
  weekdayEn: alt(WEEKDAYS_EN.keys()),
  ordinalDay: alt(ORDINAL_DAYS.keys()),
  enOrdinalDay: alt(ENGLISH_ORDINAL_DAYS.keys()),
  dayPart: alt(DAY_PARTS),
  relDay: alt(RELATIVE_DAYS.keys()),
  relYear: alt([...RELATIVE_YEARS.keys(), ...RELATIVE_YEARS_EN.keys()]),
  relMonth: alt(RELATIVE_MONTHS.keys()),
  relWeek: alt(RELATIVE_WEEKS.keys()),
  qualifier: alt(QUALIFIERS.keys()),
  yearCue: alt(YEAR_CUES),
  jalaliMarker: alt(JALALI_MARKERS).replace(/\./g, '\\.'),
  hijriMarker: alt(HIJRI_MARKERS).replace(/\./g, '\\.'),
  gregMarker: alt(GREGORIAN_MARKERS),
};
