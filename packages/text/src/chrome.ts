import { findDates } from './dates.js';
import type { DateValue } from './dates.js';
import { normalizeDisplay } from './normalize.js';

export { detectLanguage, isRtlText } from './language.js';

/** A scraped article with its site chrome removed. */
export interface CleanArticle {
  title: string | null;
  /** Cleaned body, display-normalized, paragraphs joined by a blank line. */
  text: string;
  paragraphs: string[];
  /** Publication date (metadata line with a time, «date YYYY-MM-DD» marker, or HTML meta/JSON-LD). */
  published: DateValue | null;
  /** The page header's date (when the page was fetched), not the publication date. */
  crawlDate: DateValue | null;
  /** X in «به گزارش X،» (the agency the article cites). */
  source: string | null;
  /** Lines and line prefixes dropped, in order: for a «show raw» toggle and for debugging. */
  removed: string[];
}

/** Options of `cleanText`. */
export interface CleanTextOptions {
  /** The current/crawl date (ISO), used as the reference for metadata dates given without a year. */
  now?: string;
  /** A title known from elsewhere (a JSON record's title, HTML <title>/og:title): lines equal to it are dropped. */
  knownTitle?: string | null;
}

// Every pattern runs on the display form with ZWNJ turned into a space («برچسب‌ها» -> «برچسب ها»).
const CHROME_LINE: readonly RegExp[] = [
  /^(?:تعداد\s*)?(?:بازدید|مشاهده|نمایش|views?)\s*[:：]?\s*[\d۰-۹٬,]*\s*$/i,
  /(?:^|\|)\s*کد(?:\s*(?:خبر|مطلب))?\s*:\s*[\d۰-۹]+/,
  /^(?:برچسب\s*ها|برچسب|تگ\s*ها|کلید\s*واژه\s*ها|کلیدواژه|واژگان کلیدی|tags?)\s*[:：]?/i,
  /^(?:share|اشتراک\s*گذاری|اشتراک|ارسال به دوستان|ارسال خبر|چاپ خبر|چاپ|print|لینک کوتاه|کپی لینک|copy link)\s*[:：]?\s*$/i,
  /آدرس\s*ایمیل|ایمیل\s*شما|ایمیل\s*دریافت\s*کنندگان/,
  /^(?:نظرات|نظر شما|ارسال نظر|متن دیدگاه|دیدگاه\s*ها|دیدگاه|نظرات کاربران|امتیاز شما|نام شما|پاسخ|comments?)\s*[:：]?\s*$/i,
  /تاکنون نظری ثبت نشده است|هنوز نظری ثبت نشده/,
  /^از\s*[\d۰-۹]+\s*رای\s*$/,
  /^[\d۰-۹\s.,٫٬:/|-]*$/,
  /^(?:عکس\s*های\s*خبر|تصاویر خبر|گالری تصاویر|گالری)\s*$/,
  /^(?:عکس|خبرنگار|نویسنده|عکاس|تنظیم|ترجمه|ویراستار)\s*:\s*\S.{0,40}$/,
  /کلیه حقوق|تمامی حقوق|حقوق\s.{0,60}محفوظ|نقل\s*مطالب|استفاده از مطالب|بلامانع است|all rights reserved|©/i,
  /منبع خبر\s*["«]?.{0,40}["»]?\s*است|مسئولیتی ندارد|ماده\s*[۷7][۴4]\s*قانون|قانون تجارت الکترونیک/,
  /^\s*(?:https?:\/\/|www\.)\S+\s*$/i,
];
/** Lines after which the rest of the page is chrome (tags, comments, related links, copyright). */
const FOOTER_MARKER =
  /^(?:برچسب|تگ\s*ها|کلید\s*واژه|نظرات|متن دیدگاه|دیدگاه|share\s*$|اخبار مرتبط|مطالب مرتبط|خبرهای مرتبط|پربازدید|آخرین اخبار|related|عکس\s*های\s*خبر)|کلیه حقوق|تمامی حقوق|منبع خبر/i;
// Words that may stand next to a date in a metadata line without making it prose.
const META_WORDS = /تاریخ|انتشار|منتشر\s*شده|به\s*روز\s*رسانی|بروزرسانی|ساعت|امروز|کد|خبر|مشاهده|بازدید|تعداد|زمان|date|published|updated|[|:\-–—/]/gi;
const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/i;
const DATELINE_DASHES = /^([^\s\-–—،.:«»0-9۰-۹]{2,}(?: [^\s\-–—،.:«»0-9۰-۹]{2,}){0,2}) ?[-–—] ?([^\s\-–—،.:«»0-9۰-۹]{2,}(?: [^\s\-–—،.:«»0-9۰-۹]{2,}){0,2}) ?[-–—] */;
const DATELINE_SLASH = /^([^\s/:.«»0-9۰-۹]{2,}(?: [^\s/:.«»0-9۰-۹]{2,}){0,2})\/ +/;
const SOURCE_RE = /به گزارش\s+([^،,.:\n]{2,60}?)\s*[،,]/;

const words = (s: string): number => (s.match(/\S+/g) ?? []).length;
const loose = (s: string): string => s.replace(/\u200C/g, ' ');

/** Options of `cleanLines` (the same as `cleanText`'s; kept as a name for `cleanHtml`). */
export type CleanLinesOptions = CleanTextOptions;

/** How a head line with dates reads: the first date, whether any has a time, and whether it is only metadata. */
function dateLine(line: string, now: string | undefined): { value: DateValue; timed: boolean } | null {
  const found = findDates(line, now !== undefined ? { reference: now } : {});
  const absolute = found.filter((m) => !m.relative || m.value.precision === 'minute');
  if (absolute.length === 0) return null;
  let rest = line;
  for (const m of [...found].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  rest = loose(rest).replace(META_WORDS, ' ').replace(/[\d۰-۹]+/g, ' ');
  if (words(rest) > 3) return null;
  const timed = absolute.find((m) => m.value.precision === 'minute');
  return { value: (timed ?? absolute[0] as (typeof absolute)[number]).value, timed: timed !== undefined };
}

/**
 * Removes site chrome from an article scraped as flat text (one paragraph per line) and reads its
 * metadata. Dropped: view counts, article codes, tags, share/e-mail boxes, comment boxes, photo
 * headers, copyright and aggregator disclaimers (the «ماده ۷۴» footer), bare URLs, everything short
 * after a footer marker, and a title repeated 2-3 times (kept once as `title`). Datelines
 * («قزوین- ایرنا-», «مطبوعات فارس/») are cut from the start of the first body paragraphs. Dates:
 * a date standing alone at the very top without a time is the page header (`crawlDate`); a date with a
 * time in the head metadata («تاریخ: … ساعت 11:37», «۱۴۰۲/۰۹/۱۰- ۱۲:۲۶») or a «date 2025-09-25» marker
 * glued to the first body line is `published`. Body paragraphs and subheadings are kept, display-
 * normalized.
 */
export function cleanText(raw: string, opts: CleanTextOptions = {}): CleanArticle {
  return cleanLines(raw, opts);
}

/** `cleanText` with an optional known title (used by `cleanHtml`). */
export function cleanLines(raw: string, opts: CleanLinesOptions = {}): CleanArticle {
  const lines = normalizeDisplay(raw).split('\n');
  const removed: string[] = [];
  const paragraphs: string[] = [];
  let title: string | null = opts.knownTitle ? normalizeDisplay(opts.knownTitle).trim() || null : null;
  const titleKey = (): string => (title === null ? '\u0000' : loose(title));
  let published: DateValue | null = null;
  let publishedTimed = false;
  let crawlDate: DateValue | null = null;
  let bodyStarted = false;
  let inFooter = false;
  let seenNonEmpty = false;

  for (let line of lines) {
    if (line === '') continue;
    const first = !seenNonEmpty;
    seenNonEmpty = true;
    const marker = DATE_MARKER.exec(line);
    if (marker && !bodyStarted) {
      published ??= { start: marker[1] as string, precision: 'day', calendar: 'gregorian' };
      removed.push(marker[0].trim());
      line = line.slice(marker[0].length);
      if (line === '') continue;
    }
    const l = loose(line);
    if (l === titleKey()) {
      removed.push(line);
      continue;
    }
    if (CHROME_LINE.some((re) => re.test(l)) || (l.includes('|') && words(l) < 15 && /کد|مشاهده|بازدید|تاریخ/.test(l))) {
      if (!bodyStarted) {
        const d = dateLine(line, opts.now);
        if (d && d.timed && !publishedTimed) {
          published = d.value;
          publishedTimed = true;
        }
      }
      if (bodyStarted && FOOTER_MARKER.test(l)) inFooter = true;
      removed.push(line);
      continue;
    }
    if (bodyStarted && FOOTER_MARKER.test(l)) {
      inFooter = true;
      removed.push(line);
      continue;
    }
    if (inFooter && words(l) < 40) {
      removed.push(line);
      continue;
    }
    if (!bodyStarted) {
      const d = words(l) <= 14 ? dateLine(line, opts.now) : null;
      if (d) {
        if (d.timed && !publishedTimed) {
          published = d.value;
          publishedTimed = true;
        } else if (first && title === null && !d.timed) crawlDate = d.value;
        else published ??= d.value;
        removed.push(line);
        continue;
      }
      if (title === null && words(l) <= 25 && !/[.!؟?]\s*$/.test(l) && !l.startsWith('به گزارش')) {
        title = line;
        continue;
      }
      bodyStarted = true;
    }
    // datelines at the start of the first body paragraphs
    if (paragraphs.length < 3) {
      const dl = DATELINE_DASHES.exec(line) ?? DATELINE_SLASH.exec(line);
      if (dl && words(line.slice(dl[0].length)) >= 3) {
        removed.push(dl[0].trim());
        line = line.slice(dl[0].length);
      }
    }
    paragraphs.push(line);
  }
  const text = paragraphs.join('\n\n');
  const src = SOURCE_RE.exec(text);
  return {
    title,
    text,
    paragraphs,
    published,
    crawlDate,
    source: src ? (src[1] as string).trim() : null,
    removed,
  };
}
