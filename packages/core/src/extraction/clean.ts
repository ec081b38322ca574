import { cleanHtml, cleanText, detectLanguage, findDates, type DateValue } from '@shahrnet/text';
import type { ArticleInput } from './types.js';

/**
 * The article as extraction reads it. Text input keeps its characters (NBSP -> space only), so fact
 * evidence offsets point into the file as given; matching folds spelling through match keys, so the
 * display normalization of `@shahrnet/text` (costly: ~10x a whitespace split) is not needed for it.
 * The publication date and title come from `cleanText` run on the article's head only (where the
 * metadata lines are), which keeps the crawl/header date apart from the publication date. HTML goes
 * through `cleanHtml` (Readability; meta/JSON-LD dates first) and its cleaned text is read.
 */
export interface CleanedForExtraction {
  text: string;
  title: string;
  language: 'fa' | 'en' | 'other';
  published: string | null;
}

/** Lines of the head of an article searched for its metadata. */
const HEAD_LINES = 10;
/** Whether `text[start, end)` has an ASCII, Persian or Arabic-Indic digit (a scan, no slice per line). */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669)) return true;
  }
  return false;
}

function isoOf(d: DateValue | null): string | null {
  if (!d) return null;
  return d.start.slice(0, 10);
}

function languageOf(text: string): 'fa' | 'en' | 'other' {
  let fa = 0;
  let en = 0;
  for (let i = 0; i < text.length && fa + en < 4000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) fa++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) en++;
  }
  if (fa === 0 && en === 0) return 'other';
  return fa >= en * 0.3 ? 'fa' : 'en';
}

const CRAWL_HEADER = /^\s*(?:امروز|today)/i;
const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})/i;

/**
 * The publication day among the head's date lines: a «date YYYY-MM-DD» marker, else the first date with
 * a time (news sites stamp the publication with its time; the page header shows the crawl day without
 * one, often as «امروز ...»), else the first full date that is not such a header. (Same conventions as
 * `cleanText`, applied to a few short lines so that it costs little per article.)
 */
function publishedOf(lines: readonly string[]): string | null {
  let firstDay: string | null = null;
  let headerDay: string | null = null;
  for (const line of lines) {
    const marker = DATE_MARKER.exec(line);
    if (marker) return marker[1] as string;
    for (const m of findDates(line)) {
      if (m.relative) continue;
      const p = m.value.precision;
      if (m.value.time) return m.value.start.slice(0, 10);
      if (p !== 'day') continue;
      if (CRAWL_HEADER.test(line) || (lines.length > 1 && line === lines[0] && line.trim() === m.text.trim())) headerDay ??= m.value.start.slice(0, 10);
      else firstDay ??= m.value.start.slice(0, 10);
    }
  }
  return firstDay ?? headerDay;
}

/** The first line with text, trimmed ('' when none): the title of a text article. Scans, not splits. */
function firstLine(raw: string): string {
  let start = 0;
  for (;;) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    const line = raw.slice(start, end).trim();
    if (line || end >= raw.length) return line;
    start = end + 1;
  }
}

/** See the module comment. `full` cleans the whole text with `cleanText` (slow; for comparisons). */
export function cleanForExtraction(input: ArticleInput, full = false): CleanedForExtraction {
  if (!input.text && input.html) {
    const c = cleanHtml(input.html);
    const text = c.title && !c.text.startsWith(c.title) ? `${c.title}\n${c.text}` : c.text;
    const lang = detectLanguage(text);
    return { text, title: c.title ?? '', language: lang === 'fa' || lang === 'en' ? lang : languageOf(text), published: input.published ?? isoOf(c.published) };
  }
  const raw = (input.text ?? '').replace(/\u00A0/g, ' ');
  if (full) {
    const c = cleanText(raw);
    const text = c.title && !c.text.startsWith(c.title) ? `${c.title}\n${c.text}` : c.text;
    return { text, title: c.title ?? '', language: languageOf(text), published: input.published ?? isoOf(c.published) };
  }
  // Only the head's short lines with digits can be metadata (dates); cleaning just those is cheap.
  const dateLines: string[] = [];
  let start = 0;
  for (let n = 0; n < HEAD_LINES && start < raw.length; n++) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    if (hasDigit(raw, start, end)) {
      const line = raw.slice(start, end);
      dateLines.push(line.length > 160 ? line.slice(0, line.search(/\S/) + 40) : line);
    }
    start = end + 1;
  }
  return {
    text: raw,
    title: firstLine(raw),
    language: languageOf(raw),
    published: input.published ?? publishedOf(dateLines),
  };
}

/** A line that is site chrome by itself: tags, share/print boxes, «read more» links. */
const CHROME_LINE = /^\s*(?:برچسب|تگ[\s\u200C]*ها|کلید[\s\u200C]*واژه|واژگان[\s\u200C]*کلیدی|موضوعات[\s\u200C]*مرتبط|بیشتر[\s\u200C]*بخوانید|پیشنهاد[\s\u200C]*سردبیر|tags?\s*:|keywords?\s*:|read more|see also|share\b|print\b)/i;
/** A line after which the page's short lines are chrome (related links, most-read lists, comments). */
const FOOTER_LINE = /^\s*(?:اخبار[\s\u200C]*مرتبط|مطالب[\s\u200C]*مرتبط|خبرهای[\s\u200C]*مرتبط|اخبار[\s\u200C]*پیشنهادی|پربازدید|پربحث|آخرین[\s\u200C]*اخبار|نظرات|دیدگاه|related\b|more news|most read|comments?\b)/i;
/** Lines this long are body text even inside a footer. */
const BODY_CHARS = 220;

/**
 * Character ranges `[start, end)` of the raw text that are site chrome: tag lines, «read more» links,
 * and everything short after a related-news/comments header. Only the first characters of each line
 * are tested (one anchored regex), so the cost is a scan for newlines; offsets stay those of the text.
 */
export function chromeRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let footer = false;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const long = end - start > BODY_CHARS;
      const head = text.slice(start, Math.min(end, start + 40));
      if (!long && FOOTER_LINE.test(head)) footer = true;
      else if (long) footer = false;
      if (!long && (footer || CHROME_LINE.test(head))) out.push([start, end]);
    }
    start = end + 1;
  }
  return out;
}
