import {
  addDays,
  gregorianMonthLength,
  gregorianToJalali,
  hijriYearSpan,
  isoDay,
  isValidGregorian,
  isValidJalali,
  jalaliIsoDay,
  jalaliMonthLength,
  parseIsoDay,
  tehranOffset,
  weekday,
} from './calendars.js';
import type { DateValue } from './calendars.js';
import {
  ALT,
  GREGORIAN_MONTHS_EN,
  GREGORIAN_MONTHS_FA,
  GREGORIAN_MARKERS,
  HIJRI_MARKERS,
  JALALI_MARKERS,
  JALALI_MONTHS,
  ORDINAL_DAYS,
  QUALIFIERS,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  RELATIVE_WEEKS,
  RELATIVE_YEARS,
  RELATIVE_YEARS_EN,
  WEEKDAYS_EN,
  WEEKDAYS_FA,
} from './date-words.js';

export type { DateValue } from './calendars.js';
export { jalaliToGregorian, gregorianToJalali, formatJalali } from './calendars.js';

/** A date expression found in text; offsets are UTF-16 code units into the input. */
export interface DateMention {
  value: DateValue;
  start: number;
  end: number;
  text: string;
  /** True when the value was computed from the reference date (امروز, سال جاری, آذرماه without a year). */
  relative: boolean;
}

/** Options of `findDates`/`parseDateValue`. */
export interface FindDatesOptions {
  /** The publication date (or any DateValue/ISO string with day precision) that relative expressions refer to. */
  reference?: DateValue | string;
}

// ---------------------------------------------------------------------------------------------
// Length-preserving fold: the patterns see Persian letters, ASCII digits and lower case, and the
// offsets they return are valid in the caller's text.
// ---------------------------------------------------------------------------------------------

const FOLD_MAP: Record<string, string> = { '\u064A': 'ی', '\u0649': 'ی', '\u0643': 'ک', '\u00A0': ' ', '\u200C': ' ', '\u200D': ' ', '\u202F': ' ', '\t': ' ', '\u0629': 'ه' };
const FOLD_RE = /[\u064A\u0649\u0643\u00A0\u200C\u200D\u202F\t\u0629\u06F0-\u06F9\u0660-\u0669A-Z]/g;
function foldChar(c: string): string {
  const m = FOLD_MAP[c];
  if (m !== undefined) return m;
  const code = c.charCodeAt(0);
  if (code >= 0x06f0) return String.fromCharCode(48 + code - 0x06f0);
  if (code >= 0x0660) return String.fromCharCode(48 + code - 0x0660);
  return c.toLowerCase();
}
const fold = (t: string): string => t.replace(FOLD_RE, foldChar);

// ---------------------------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------------------------

const L = '\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3\\u06D5a-z';
const NB = `(?<![${L}])`; // no letter before
const NA = `(?![${L}])`; // no letter after
const MARK = `(?<mark>${ALT.jalaliMarker}|${ALT.hijriMarker}|${ALT.gregMarker})`;
const TIME = `(?:[ ]*[-–,،|]?[ ]*(?:ساعت|at)?[ ]*(?<hh>\\d{1,2}):(?<mi>\\d{2})(?::\\d{2})?(?!\\d))?`;

const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'dayMonth',
    new RegExp(
      `${NB}(?:(?<today>امروز)[ ،,]*)?(?:(?<wd>${ALT.weekdayFa})[ ،,]*)?(?:(?<d1>\\d{1,2})(?:ام|م)?|(?<o1>${ALT.ordinalDay}))` +
        `(?:[ ]*(?:تا|الی|و|-|–)[ ]*(?:(?<d2>\\d{1,2})|(?<o2>${ALT.ordinalDay})))?[ ]*(?:(?<jm>${ALT.jalaliMonth})|(?<gm>${ALT.gregFaMonth}))` +
        `(?:[ ]?ماه)?(?:[ ،,]*(?:سال[ ]*)?(?<y>\\d{4})(?!\\d))?(?:[ ]*${MARK}${NA})?${TIME}${NA}`,
      'g',
    ),
  ],
  [
    'monthYear',
    new RegExp(
      `${NB}(?:(?<qual>${ALT.qualifier})[ ]+)?(?:(?<jm>${ALT.jalaliMonth})|(?<gm>${ALT.gregFaMonth}))(?<mah>[ ]?ماه)?` +
        `(?:[ ،,]*(?:(?:سال[ ]*)?(?<y>\\d{4})(?!\\d)|(?<ry>سال (?:جاری|گذشته|آینده|قبل|بعد)|امسال|پارسال)))?(?:[ ]*${MARK})?${NA}`,
      'g',
    ),
  ],
  [
    'numeric',
    new RegExp(
      `(?<![\\d/.-])(?:(?<y>\\d{4})(?<s>[/.-])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})|(?<d2>\\d{1,2})(?<s2>[/.-])(?<m2>\\d{1,2})\\k<s2>(?<y2>\\d{4}))(?![\\d/])` +
        `(?:t(?<th>\\d{2}):(?<tm>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?<tz>z|[+-]\\d{2}:?\\d{2})?)?${TIME}`,
      'g',
    ),
  ],
  [
    'english',
    new RegExp(
      `(?<![a-z])(?:(?<wd>${ALT.weekdayEn}),?[ ]+)?(?:the[ ]+)?(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?[ ]+(?:of[ ]+)?(?<m1>${ALT.enMonth})\\.?|(?<m2>${ALT.enMonth})\\.?[ ]+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?!\\d))` +
        `(?:,?[ ]+(?<y>\\d{4}))?${TIME}(?![a-z\\d])`,
      'g',
    ),
  ],
  ['englishMonth', new RegExp(`(?<![a-z])(?:(?<qual>early|mid|late)[ -]+)?(?<m>${ALT.enMonth})\\.?,?[ ]+(?:of[ ]+)?(?<y>\\d{4})(?!\\d)`, 'g')],
  [
    'year',
    new RegExp(
      `(?<![${L}\\d])(?:(?<cue>${ALT.yearCue})[ ]+)?(?:(?<sal>سال)[ ]+)?(?<y>\\d{4})(?!\\d)` +
        `(?:[ ]*(?:تا|الی|-|–|to|and|و)[ ]*(?:سال[ ]+)?(?<y2>\\d{4})(?!\\d))?(?:[ ]*${MARK})?${NA}`,
      'g',
    ),
  ],
  ['relDay', new RegExp(`${NB}(?:(?<part>${ALT.dayPart})[ ]+)?(?<rel>${ALT.relDay})(?:[ ]+(?<part2>${ALT.dayPart}))?${NA}`, 'g')],
  [
    'weekday',
    new RegExp(
      `${NB}(?:(?<part>${ALT.dayPart}|on|last|next|this)[ ]+)?(?:(?<wd>${ALT.weekdayFa})|(?<wde>${ALT.weekdayEn}))(?:[ ]+(?<dir>گذشته|آینده|هفته گذشته|هفته آینده))?${NA}`,
      'g',
    ),
  ],
  ['relYear', new RegExp(`${NB}(?<rel>${ALT.relYear})${NA}`, 'g')],
  ['relMonth', new RegExp(`${NB}(?<rel>${ALT.relMonth})${NA}`, 'g')],
  ['relWeek', new RegExp(`${NB}(?<rel>${ALT.relWeek})${NA}`, 'g')],
];

// ---------------------------------------------------------------------------------------------
// Value builders
// ---------------------------------------------------------------------------------------------

type Groups = Record<string, string | undefined>;
const NO_GROUPS: Groups = {};
interface Ctx {
  refDay: string | null;
}
type Built = { value: DateValue; relative: boolean; skipLead?: number } | null;

const calendarOfYear = (y: number, mark: string | undefined): DateValue['calendar'] | null => {
  if (mark !== undefined) {
    if (HIJRI_MARKERS.includes(mark)) return 'hijri_lunar';
    if (JALALI_MARKERS.includes(mark)) return 'jalali';
    if (GREGORIAN_MARKERS.includes(mark)) return 'gregorian';
  }
  if (y >= 1300 && y <= 1499) return 'jalali';
  if (y >= 1900 && y <= 2100) return 'gregorian';
  return null;
};

function yearValue(y: number, cal: DateValue['calendar']): DateValue | null {
  if (cal === 'gregorian') return { start: String(y), precision: 'year', calendar: cal };
  if (cal === 'jalali') {
    return { start: jalaliIsoDay(y, 1, 1), end: jalaliIsoDay(y, 12, jalaliMonthLength(y, 12)), precision: 'year', calendar: cal };
  }
  const span = hijriYearSpan(y);
  return span ? { start: span.start, end: span.end, precision: 'year', calendar: cal } : null;
}

function withTime(v: DateValue, g: Groups): DateValue {
  if (g['hh'] === undefined || g['mi'] === undefined) return v;
  const hh = Number(g['hh']);
  const mi = Number(g['mi']);
  const day = parseIsoDay(v.start);
  if (!day || hh > 23 || mi > 59 || v.end !== undefined) return v;
  const time = `${String(hh).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
  const offset = tehranOffset(day.y, day.m, day.d, hh, mi);
  return { ...v, precision: 'minute', time, offset, iso: `${v.start}T${time}${offset}` };
}

const refJalali = (ctx: Ctx): { year: number; month: number; day: number } | null => {
  const p = ctx.refDay ? parseIsoDay(ctx.refDay) : null;
  return p ? gregorianToJalali(p.y, p.m, p.d) : null;
};

/** The Jalali year to use for a month (and day) given without one: the one nearest the reference. */
function nearestJalaliYear(ctx: Ctx, jm: number, jd: number, wd?: number): number | null {
  const r = refJalali(ctx);
  if (!r || !ctx.refDay) return null;
  const ref = Date.parse(ctx.refDay);
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [r.year - 1, r.year, r.year + 1]) {
    if (!isValidJalali(y, jm, jd)) continue;
    const day = jalaliIsoDay(y, jm, jd);
    const p = parseIsoDay(day);
    if (wd !== undefined && p && weekday(p.y, p.m, p.d) !== wd) continue;
    const dist = Math.abs(Date.parse(day) - ref);
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

function dayMonth(g: Groups, ctx: Ctx): Built {
  const d1 = g['d1'] !== undefined ? Number(g['d1']) : ORDINAL_DAYS.get(g['o1'] ?? '');
  const d2 = g['d2'] !== undefined ? Number(g['d2']) : g['o2'] !== undefined ? ORDINAL_DAYS.get(g['o2']) : undefined;
  if (d1 === undefined) return null;
  const wd = g['wd'] !== undefined ? WEEKDAYS_FA.get(g['wd']) : undefined;
  const explicitYear = g['y'] !== undefined ? Number(g['y']) : undefined;
  if (g['jm'] !== undefined) {
    const jm = JALALI_MONTHS.get(g['jm']) as number;
    const jy = explicitYear ?? nearestJalaliYear(ctx, jm, d1, wd);
    if (jy === null || jy < 1200 || jy > 1600 || !isValidJalali(jy, jm, d1)) return null;
    if (d2 !== undefined && (!isValidJalali(jy, jm, d2) || d2 <= d1)) return null;
    const v: DateValue = { start: jalaliIsoDay(jy, jm, d1), precision: 'day', calendar: 'jalali' };
    if (d2 !== undefined) v.end = jalaliIsoDay(jy, jm, d2);
    return { value: withTime(v, g), relative: explicitYear === undefined };
  }
  const gm = GREGORIAN_MONTHS_FA.get(g['gm'] ?? '') as number;
  let gy = explicitYear;
  if (gy === undefined) {
    const p = ctx.refDay ? parseIsoDay(ctx.refDay) : null;
    if (!p) return null;
    gy = p.y;
  }
  if (!isValidGregorian(gy, gm, d1) || gy < 1800 || gy > 2200) return null;
  const v: DateValue = { start: isoDay(gy, gm, d1), precision: 'day', calendar: 'gregorian' };
  if (d2 !== undefined && isValidGregorian(gy, gm, d2) && d2 > d1) v.end = isoDay(gy, gm, d2);
  return { value: withTime(v, g), relative: explicitYear === undefined };
}

function qualified(v: DateValue, qual: 'early' | 'mid' | 'late' | undefined, firstDay: string, monthLen: number): DateValue {
  if (qual === undefined) return v;
  const [a, b] = qual === 'early' ? [0, 9] : qual === 'mid' ? [10, 19] : [20, monthLen - 1];
  return { start: addDays(firstDay, a), end: addDays(firstDay, b), precision: 'day', calendar: v.calendar };
}

function monthYear(g: Groups, ctx: Ctx): Built {
  const qual = g['qual'] !== undefined ? QUALIFIERS.get(g['qual']) : undefined;
  const hasYear = g['y'] !== undefined || g['ry'] !== undefined;
  const ambiguousGm = g['gm'] === 'مه' || g['gm'] === 'می';
  if (!hasYear && g['mah'] === undefined && qual === undefined && (g['jm'] !== undefined || ambiguousGm)) return null;
  if (g['jm'] !== undefined) {
    const jm = JALALI_MONTHS.get(g['jm']) as number;
    let jy: number | null;
    if (g['y'] !== undefined) jy = Number(g['y']);
    else if (g['ry'] !== undefined) {
      const r = refJalali(ctx);
      jy = r ? r.year + (RELATIVE_YEARS.get(g['ry']) ?? 0) : null;
    } else jy = nearestJalaliYear(ctx, jm, 1);
    if (jy === null || jy < 1200 || jy > 1600) return null;
    const len = jalaliMonthLength(jy, jm);
    const first = jalaliIsoDay(jy, jm, 1);
    const v: DateValue = { start: first, end: jalaliIsoDay(jy, jm, len), precision: 'month', calendar: 'jalali' };
    return { value: qualified(v, qual, first, len), relative: g['y'] === undefined };
  }
  const gm = GREGORIAN_MONTHS_FA.get(g['gm'] ?? '') as number;
  let gy: number | null = g['y'] !== undefined ? Number(g['y']) : null;
  if (gy === null) {
    const p = ctx.refDay ? parseIsoDay(ctx.refDay) : null;
    gy = p ? p.y + (g['ry'] !== undefined ? (RELATIVE_YEARS.get(g['ry']) ?? 0) : 0) : null;
  }
  if (gy === null || gy < 1800 || gy > 2200) return null;
  const mm = String(gm).padStart(2, '0');
  const v: DateValue = { start: `${gy}-${mm}`, precision: 'month', calendar: 'gregorian' };
  return { value: qualified(v, qual, `${gy}-${mm}-01`, gregorianMonthLength(gy, gm)), relative: g['y'] === undefined };
}

function numeric(g: Groups): Built {
  const y = Number(g['y'] ?? g['y2']);
  const m = Number(g['m'] ?? g['m2']);
  const d = Number(g['d'] ?? g['d2']);
  const cal = calendarOfYear(y, undefined);
  let v: DateValue;
  if (cal === 'jalali') {
    if (!isValidJalali(y, m, d)) return null;
    v = { start: jalaliIsoDay(y, m, d), precision: 'day', calendar: 'jalali' };
  } else if (cal === 'gregorian') {
    if (!isValidGregorian(y, m, d)) return null;
    v = { start: isoDay(y, m, d), precision: 'day', calendar: 'gregorian' };
  } else return null;
  if (g['th'] !== undefined && g['tm'] !== undefined) {
    const time = `${g['th']}:${g['tm']}`;
    const tz = g['tz'];
    const offset =
      tz === undefined
        ? tehranOffset(Number(v.start.slice(0, 4)), Number(v.start.slice(5, 7)), Number(v.start.slice(8, 10)), Number(g['th']), Number(g['tm']))
        : tz === 'z'
          ? '+00:00'
          : `${tz.slice(0, 3)}:${tz.slice(-2)}`;
    return { value: { ...v, precision: 'minute', time, offset, iso: `${v.start}T${time}${offset}` }, relative: false };
  }
  return { value: withTime(v, g), relative: false };
}

function english(g: Groups, ctx: Ctx): Built {
  const d = Number(g['d1'] ?? g['d2']);
  const m = GREGORIAN_MONTHS_EN.get(g['m1'] ?? g['m2'] ?? '') as number;
  let y = g['y'] !== undefined ? Number(g['y']) : null;
  if (y === null) {
    const p = ctx.refDay ? parseIsoDay(ctx.refDay) : null;
    if (!p) return null;
    y = p.y;
  }
  if (!isValidGregorian(y, m, d)) return null;
  return { value: withTime({ start: isoDay(y, m, d), precision: 'day', calendar: 'gregorian' }, g), relative: g['y'] === undefined };
}

function englishMonth(g: Groups): Built {
  const m = GREGORIAN_MONTHS_EN.get(g['m'] ?? '') as number;
  const y = Number(g['y']);
  if (y < 1800 || y > 2200) return null;
  const mm = String(m).padStart(2, '0');
  const v: DateValue = { start: `${y}-${mm}`, precision: 'month', calendar: 'gregorian' };
  const qual = g['qual'] !== undefined ? QUALIFIERS.get(g['qual']) : undefined;
  return { value: qualified(v, qual, `${y}-${mm}-01`, gregorianMonthLength(y, m)), relative: false };
}

function year(g: Groups, _ctx: Ctx, full: string): Built {
  const y = Number(g['y']);
  const y2 = g['y2'] !== undefined ? Number(g['y2']) : undefined;
  const cue = g['cue'];
  if (cue === undefined && g['sal'] === undefined && y2 === undefined && g['mark'] === undefined) return null;
  const cal = calendarOfYear(y, g['mark']);
  if (cal === null) return null;
  const a = yearValue(y, cal);
  if (!a) return null;
  // a bare cue word is not part of the date («در سال ۱۳۷۸» -> «سال ۱۳۷۸»)
  const skipLead = cue !== undefined && cue !== 'سال' ? full.indexOf(g['sal'] ?? g['y'] ?? '', cue.length) : 0;
  if (y2 === undefined) return { value: a, relative: false, skipLead };
  if (y2 <= y || calendarOfYear(y2, g['mark']) !== cal) return null;
  const b = yearValue(y2, cal);
  if (!b) return null;
  return { value: { start: a.start, end: b.end ?? b.start, precision: 'year', calendar: cal }, relative: false, skipLead };
}

function relDay(g: Groups, ctx: Ctx): Built {
  if (!ctx.refDay) return null;
  const off = RELATIVE_DAYS.get(g['rel'] ?? '');
  if (off === undefined) return null;
  const english = /^[a-z]/.test(g['rel'] ?? '');
  return { value: { start: addDays(ctx.refDay, off), precision: 'day', calendar: english ? 'gregorian' : 'jalali' }, relative: true };
}

function weekdayRel(g: Groups, ctx: Ctx): Built {
  if (!ctx.refDay) return null;
  const wd = g['wd'] !== undefined ? WEEKDAYS_FA.get(g['wd']) : WEEKDAYS_EN.get(g['wde'] ?? '');
  const p = parseIsoDay(ctx.refDay);
  if (wd === undefined || !p) return null;
  const refWd = weekday(p.y, p.m, p.d);
  const dir = g['dir'] ?? (g['part'] === 'next' ? 'آینده' : g['part'] === 'last' ? 'گذشته' : undefined);
  let delta: number;
  if (dir === 'آینده' || dir === 'هفته آینده') delta = ((wd - refWd + 7) % 7) || 7;
  else if (dir === 'گذشته' || dir === 'هفته گذشته') delta = -(((refWd - wd + 7) % 7) || 7);
  else delta = -((refWd - wd + 7) % 7); // the most recent such day on or before the reference
  return { value: { start: addDays(ctx.refDay, delta), precision: 'day', calendar: g['wd'] !== undefined ? 'jalali' : 'gregorian' }, relative: true };
}

function relYear(g: Groups, ctx: Ctx): Built {
  const rel = g['rel'] ?? '';
  const fa = RELATIVE_YEARS.get(rel);
  if (fa !== undefined) {
    const r = refJalali(ctx);
    const v = r ? yearValue(r.year + fa, 'jalali') : null;
    return v ? { value: v, relative: true } : null;
  }
  const en = RELATIVE_YEARS_EN.get(rel);
  const p = ctx.refDay ? parseIsoDay(ctx.refDay) : null;
  if (en === undefined || !p) return null;
  return { value: { start: String(p.y + en), precision: 'year', calendar: 'gregorian' }, relative: true };
}

function relMonth(g: Groups, ctx: Ctx): Built {
  const off = RELATIVE_MONTHS.get(g['rel'] ?? '');
  const r = refJalali(ctx);
  if (off === undefined || !r) return null;
  let jy = r.year;
  let jm = r.month + off;
  if (jm < 1) [jy, jm] = [jy - 1, jm + 12];
  if (jm > 12) [jy, jm] = [jy + 1, jm - 12];
  const v: DateValue = { start: jalaliIsoDay(jy, jm, 1), end: jalaliIsoDay(jy, jm, jalaliMonthLength(jy, jm)), precision: 'month', calendar: 'jalali' };
  return { value: v, relative: true };
}

function relWeek(g: Groups, ctx: Ctx): Built {
  const off = RELATIVE_WEEKS.get(g['rel'] ?? '');
  const p = ctx.refDay ? parseIsoDay(ctx.refDay) : null;
  if (off === undefined || !p || !ctx.refDay) return null;
  // Iranian weeks run Saturday to Friday
  const sinceSaturday = (weekday(p.y, p.m, p.d) + 1) % 7;
  const saturday = addDays(ctx.refDay, -sinceSaturday + off * 7);
  return { value: { start: saturday, end: addDays(saturday, 6), precision: 'day', calendar: 'jalali' }, relative: true };
}

// Cheap tests that skip a pattern when the text cannot contain a match (most of findDates' time is
// spent scanning with patterns that find nothing).
// ('digit+latin': a digit and a lower-case Latin letter, which an English month name needs)
const DIGIT_RE = /\d/;
const LATIN_RE = /[a-z]/;
const TRIGGERS: Record<string, RegExp | 'digit' | 'digit+latin'> = {
  numeric: /\d[/.-]\d/,
  english: 'digit+latin',
  englishMonth: 'digit+latin',
  year: 'digit',
  dayMonth: new RegExp(`${ALT.jalaliMonth}|${ALT.gregFaMonth}`),
  monthYear: new RegExp(`${ALT.jalaliMonth}|${ALT.gregFaMonth}`),
  relDay: new RegExp(ALT.relDay),
  weekday: /شنبه|جمعه|day/,
  relYear: /سال|امسال|پارسال|year/,
  relMonth: /ماه|month/,
  relWeek: /هفته|week/,
};

const BUILDERS: Record<string, (g: Groups, ctx: Ctx, full: string) => Built> = {
  dayMonth, monthYear, numeric, english, englishMonth, year, relDay, weekday: weekdayRel, relYear, relMonth, relWeek,
};

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

function referenceDay(ref: DateValue | string | undefined): string | null {
  if (ref === undefined) return null;
  if (typeof ref === 'string') {
    const p = parseIsoDay(ref.trim());
    if (p) return isoDay(p.y, p.m, p.d);
    const v = parseDateValue(ref);
    return v && v.start.length === 10 ? v.start : null;
  }
  return ref.start.length === 10 && ref.end === undefined ? ref.start : null;
}

/**
 * Every date expression in the text, in order, with offsets into the input and a DateValue:
 * Jalali and Gregorian dates in Persian/Arabic/ASCII digits («۲۷ دی ۱۴۰۰», «سی ام خرداد 1402»,
 * «۱۴۰۲/۰۹/۱۰», «2025-09-25», «May 5, 2023»), month names (آذرماه, خرداد ماه, سپتامبر), times with Iran's
 * UTC offset for that date («ساعت 11:37»), ranges («۲۰۲۱ تا ۲۰۲۴», «از ۱۴۰۰ تا ۱۴۰۳», «۱۰ تا ۱۲ آذر»),
 * years (13xx/14xx Jalali, 19xx/20xx Gregorian, lunar Hijri only with قمری/ه.ق; a bare year needs a cue
 * such as «سال», «در», «از» or a range), and, when `reference` (the publication date) is given,
 * relative expressions (امروز, روز گذشته, صبح امروز, شامگاه پنجشنبه = the most recent Thursday on or
 * before the reference, سال جاری, سال گذشته, هفته گذشته, ماه آینده, اواسط آذرماه = days 11-20 of the
 * nearest Azar, «خرداد ماه سال جاری»). A weekday next to a day and month without a year picks the year in
 * which that date falls on that weekday. Overlapping candidates: the longest wins.
 */
export function findDates(text: string, opts: FindDatesOptions = {}): DateMention[] {
  const f = fold(text);
  const ctx: Ctx = { refDay: referenceDay(opts.reference) };
  const found: DateMention[] = [];
  const hasDigit = DIGIT_RE.test(f);
  const hasLatin = hasDigit && LATIN_RE.test(f);
  for (const [name, re] of PATTERNS) {
    const build = BUILDERS[name];
    if (!build) continue;
    const trigger = TRIGGERS[name];
    if (trigger === 'digit' ? !hasDigit : trigger === 'digit+latin' ? !hasLatin : trigger !== undefined && !trigger.test(f)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      // the match's own groups object (a copy per match cost more than the builders themselves)
      const b = build(m.groups ?? NO_GROUPS, ctx, m[0]);
      if (!b) continue;
      let start = m.index + (b.skipLead ?? 0);
      let end = m.index + m[0].length;
      while (end > start && f[end - 1] === ' ') end--;
      while (start < end && f[start] === ' ') start++;
      found.push({ value: b.value, start, end, text: text.slice(start, end), relative: b.relative });
    }
  }
  // longest first, then earliest; keep those that do not overlap an accepted one
  if (found.length < 2) return found;
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMention[] = [];
  for (const c of found) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The value of one date expression («سی ام خرداد 1402 ساعت 11:37», «سال ۱۳۷۸», «امروز» with a
 * reference): the longest date found in the text, or null.
 */
export function parseDateValue(text: string, opts: FindDatesOptions = {}): DateValue | null {
  let best: DateMention | null = null;
  for (const m of findDates(text, opts)) if (!best || m.end - m.start > best.end - best.start) best = m;
  return best ? best.value : null;
}

/** A Gregorian day (`YYYY-MM-DD`) of a Jalali date given in digits, or null when it does not exist. */
export function jalaliDay(jy: number, jm: number, jd: number): string | null {
  return isValidJalali(jy, jm, jd) ? jalaliIsoDay(jy, jm, jd) : null;
}

