/**
 * @shahrnet/text — pure Persian/English text processing (no I/O): normalization and match keys,
 * sentences and tokens, numbers and ordinals, dates (Jalali/Gregorian/lunar Hijri), and site-chrome
 * removal for scraped articles. See ../README.md.
 */
export { normalizeDisplay } from './normalize.js';
export { matchKey, matchKeyTokens } from './match-key.js';
export { toAsciiDigits, toPersianDigits } from './digits.js';
export type { Span, Token } from './sentences.js';
export { splitSentences, tokenize } from './sentences.js';
export type { NumberMention } from './numbers.js';
export { parseNumber, parseOrdinal, findNumbers } from './numbers.js';
export type { DateValue, DateMention, FindDatesOptions } from './dates.js';
export { findDates, parseDateValue, jalaliToGregorian, gregorianToJalali, formatJalali } from './dates.js';
export type { CleanArticle, CleanTextOptions } from './chrome.js';
export { cleanText, detectLanguage, isRtlText } from './chrome.js';
export type { CleanHtmlOptions } from './html.js';
export { cleanHtml } from './html.js';
