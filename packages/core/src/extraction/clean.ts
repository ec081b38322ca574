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

/** Lines of the head of an article searched for its title and metadata. */
const HEAD_LINES = 10;

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

/** A head line that is only a full date («۱۴۰۱/۰۸/۰۳», «12 October 2023»): the likely publication day. */
function dateLine(head: string): string | null {
  for (const line of head.split('\n')) {
    const t = line.trim();
    if (!t || t.length > 40) continue;
    const d = findDates(t).find((m) => m.value.precision === 'day' || m.value.precision === 'minute');
    if (d && d.text.length >= t.length * 0.6) return d.value.start.slice(0, 10);
  }
  return null;
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
  let cut = 0;
  for (let n = 0; n < HEAD_LINES && cut >= 0; n++) cut = raw.indexOf('\n', cut + 1);
  const headText = cut > 0 ? raw.slice(0, cut) : raw;
  const head = cleanText(headText);
  return {
    text: raw,
    title: head.title ?? raw.split('\n').find((l) => l.trim())?.trim() ?? '',
    language: languageOf(raw),
    published: input.published ?? isoOf(head.published) ?? isoOf(head.crawlDate) ?? dateLine(headText),
  };
}
