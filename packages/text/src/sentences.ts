import { ARABIC_LETTERS } from './normalize.js';

/** A slice of a string: `text === input.slice(start, end)`; offsets are UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A token with its offsets into the input string. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** word: Arabic-script (or other non-Latin) word; latin: Latin-script word; number: digits; punct: one mark. */
  kind: 'word' | 'number' | 'punct' | 'latin';
}

const LETTER_RE = new RegExp(`[${ARABIC_LETTERS}]`);
const DIGIT_RE = /\p{Nd}/u;
const LATIN_LETTER_RE = /\p{Script=Latin}/u;
const SPACE_RE = /\s/;
const LETTER_OR_MARK_RE = /[\p{L}\p{M}]/u;
const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']', '}', '›']);
const EN_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no',
  'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'capt', 'rev', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'approx', 'dept', 'est', 'mt', 'ft', 'vol', 'pp',
]);
// A quotation longer than this is probably unbalanced; sentence ends inside it count again.
const MAX_QUOTE = 600;

/** `LETTER_OR_MARK_RE` per UTF-16 code unit, filled on first use (0 unknown, 1 yes, 2 no). */
const LETTER_OR_MARK = new Uint8Array(0x10000);

function isLetterOrMark(c: number): boolean {
  let k = LETTER_OR_MARK[c] as number;
  if (k === 0) {
    k = LETTER_OR_MARK_RE.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_OR_MARK[c] = k;
  }
  return k === 1;
}

/** The word (letters only) that ends right before `i`. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && isLetterOrMark(text.charCodeAt(j - 1))) j--;
  return text.slice(j, i);
}

/** Characters `splitSentences` acts on: line break, quotes « » “ ”, and . ! ? ؟ ؛ ; (below U+2020). */
const SENTENCE_CHAR = new Uint8Array(0x2020);
for (const c of [0x0a, 0xab, 0xbb, 0x201c, 0x201d, 0x2e, 0x21, 0x3f, 0x061f, 0x061b, 0x3b]) SENTENCE_CHAR[c] = 1;

/** True when the «.» at `i` ends a sentence. */
function periodEnds(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (DIGIT_RE.test(prev) && DIGIT_RE.test(next)) return false; // ۱.۵, 3.14
  if (next === '.') return false; // inside «...»: the last dot decides
  const w = wordBefore(text, i);
  // single letters: ه.ق, ق.م, U.S., J. Smith
  if (w.length === 1) return false;
  if (EN_ABBREVIATIONS.has(w.toLowerCase()) && LATIN_LETTER_RE.test(w)) return false;
  if (next === '' || SPACE_RE.test(next) || CLOSERS.has(next)) return true;
  // «است.وی»: a Persian word glued to the next sentence; URLs and a.b.c stay whole
  return w.length >= 2 && LETTER_RE.test(w) && LETTER_RE.test(next);
}

/**
 * Splits text into sentences. Ends at . ! ? ؟ ؛ ; and at line breaks, but not at decimals (۱.۵),
 * single-letter abbreviations (ه.ق, ق.م, U.S.), common English abbreviations (Mr., Dr., Jan.) or
 * inside «…»/“…” quotations (a quotation that runs past a line break or 600 characters is treated as
 * unbalanced). Closing quotes/brackets after the mark stay with the sentence. Spans are trimmed, in
 * order, non-overlapping and never empty.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let quoteDepth = 0;
  let quoteStart = -1;
  let quoteOpensSentence = false;
  const n = text.length;
  // (character codes, not one-character strings: a Persian character read as `text[i]` is a new string)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2020 || SENTENCE_CHAR[c] === 0) {
      // (any other character: only the unbalanced-quote limit applies)
      if (quoteDepth > 0 && i - quoteStart > MAX_QUOTE) quoteDepth = 0;
      continue;
    }
    if (c === 0x0a) {
      quoteDepth = 0;
      pushTrimmed(out, text, start, i);
      start = i + 1;
      continue;
    }
    if (c === 0xab || c === 0x201c) {
      // « “
      if (quoteDepth === 0) {
        quoteStart = i;
        quoteOpensSentence = text.slice(start, i).trim() === '';
      }
      quoteDepth++;
      continue;
    }
    if (c === 0xbb || c === 0x201d) {
      // » ”
      if (quoteDepth > 0) quoteDepth--;
      // «…پایان.» standing as a sentence of its own ends with its closing quote
      const before = i > 0 ? text.charCodeAt(i - 1) : -1;
      if (quoteDepth === 0 && quoteOpensSentence && (before === 0x2e || before === 0x21 || before === 0x061f || before === 0x3f)) {
        let e = i + 1;
        while (e < n && CLOSERS.has(text[e] as string)) e++;
        pushTrimmed(out, text, start, e);
        start = e;
        i = e - 1;
      }
      continue;
    }
    if (quoteDepth > 0 && i - quoteStart > MAX_QUOTE) quoteDepth = 0;
    let ends = false;
    if (c === 0x2e) ends = periodEnds(text, i);
    else if (c === 0x21 || c === 0x3f || c === 0x061f || c === 0x061b || c === 0x3b) {
      // ! ? ؟ ؛ ; (not before another ! ? ؟)
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      ends = !(next === 0x21 || next === 0x3f || next === 0x061f);
    }
    if (!ends || quoteDepth > 0) continue;
    let e = i + 1;
    while (e < n && CLOSERS.has(text[e] as string)) e++;
    pushTrimmed(out, text, start, e);
    start = e;
    i = e - 1;
  }
  pushTrimmed(out, text, start, n);
  return out;
}

/** True for the characters of `/\s/` (ECMAScript white space and line terminators). */
function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Appends `text[start, end)` without its surrounding white space, unless that leaves nothing. */
function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

const L = ARABIC_LETTERS;
const TOKEN_RE = new RegExp(
  [
    // numbers: digits with decimal/thousands/date/time separators between digits
    `(?<number>\\p{Nd}+(?:[.,\\u066B\\u066C/:]\\p{Nd}+)*)`,
    // Arabic-script words, ZWNJ allowed inside, marks and tatweel too
    `(?<word>[${L}][${L}\\p{M}\\u0640]*(?:\\u200C[${L}][${L}\\p{M}\\u0640]*)*)`,
    // Latin words (apostrophes and inner hyphens kept: O'Neil, co-operation) with trailing digits (G20)
    `(?<latin>\\p{Script=Latin}[\\p{Script=Latin}\\p{M}]*(?:['’\\-]\\p{Script=Latin}[\\p{Script=Latin}\\p{M}]*)*\\p{Nd}*)`,
    // other scripts' words
    `(?<other>[\\p{L}][\\p{L}\\p{M}]*)`,
    `(?<punct>[^\\s\\u200C\\u200D])`,
  ].join('|'),
  'gu',
);

/**
 * Tokens with offsets: numbers (any digit script, with . , ٫ ٬ / : between digits, so ۱.۵, 10,000,
 * 1402/09/10 and 11:37 are one token each), Arabic-script words (a ZWNJ inside a word does not split
 * it), Latin words, and single punctuation characters. Whitespace and stray ZWNJ/ZWJ are skipped.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const g = m.groups ?? {};
    const kind: Token['kind'] =
      g['number'] !== undefined ? 'number' : g['latin'] !== undefined ? 'latin' : g['punct'] !== undefined ? 'punct' : 'word';
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}
