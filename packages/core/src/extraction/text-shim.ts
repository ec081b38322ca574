/**
 * TEMPORARY stand-ins for pieces of `@shahrnet/text` that have not landed yet. Each function here has
 * the name and contract of its `@shahrnet/text` counterpart and is deleted once the real one is in.
 * `keyOf` stays: it is the per-token match key in the hot path (a table lookup per character).
 */

const FOLD = new Map<number, number>();
const set = (from: string, to: string): void => {
  for (const ch of from) FOLD.set(ch.codePointAt(0) as number, to === '' ? -1 : (to.codePointAt(0) as number));
};
set('\u064A\u0649\u0626\u06D0', '\u06CC'); // Arabic yeh, alef maksura, yeh with hamza -> Persian yeh
set('\u0643', '\u06A9');
set('\u0629\u06C0\u06C1\u06D5', '\u0647');
set('\u0622\u0623\u0625\u0671', '\u0627');
set('\u0624', '\u0648');
// diacritics, tatweel, ZWNJ/ZWJ, hamza above, superscript alef: dropped
for (let c = 0x064b; c <= 0x065f; c++) FOLD.set(c, -1);
set('\u0670\u0640\u200C\u200D\u0654\u0655\u200E\u200F', '');
for (let d = 0; d < 10; d++) {
  FOLD.set(0x06f0 + d, 0x30 + d);
  FOLD.set(0x0660 + d, 0x30 + d);
}

/**
 * The match key of one token (no spaces inside a token): folded letters (Arabic -> Persian, ة/ۀ -> ه,
 * hamza seats -> bare letters), no diacritics/tatweel/ZWNJ, ASCII digits, lower-case Latin.
 */
export function keyOf(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
      continue;
    }
    const f = FOLD.get(c);
    if (f === undefined) out += text[i];
    else if (f >= 0) out += String.fromCharCode(f);
  }
  return out;
}

/** A whole-phrase match key: the token keys concatenated (spaces and ZWNJ do not count). */
export function phraseKey(text: string): string {
  return keyOf(text.replace(/[\s\u00A0]+/g, ''));
}

/** A token with its offsets in the text it came from. */
export interface ShimToken {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{Nd}\u200C\u200D]+(?:[.\u066B\u066C/][\p{Nd}]+)*|[^\s\u00A0\p{L}\p{M}\p{Nd}\u200C\u200D]/gu;

/** Tokens of `text`: runs of letters/marks/digits (ZWNJ inside a word), each punctuation char alone. */
export function tokenizeShim(text: string, offset = 0): ShimToken[] {
  const out: ShimToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let t = m[0];
    let s = m.index;
    // strip a ZWNJ at either edge
    while (t.startsWith('\u200C')) { t = t.slice(1); s++; }
    while (t.endsWith('\u200C')) t = t.slice(0, -1);
    if (t) out.push({ text: t, start: s + offset, end: s + t.length + offset });
  }
  return out;
}

/** A sentence span of the text. */
export interface ShimSpan {
  start: number;
  end: number;
  text: string;
}

/** Sentences: split at line breaks and at . ! ? ؟ ; ؛ not between digits. */
export function splitSentencesShim(text: string): ShimSpan[] {
  const out: ShimSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: start + lead, end: start + lead + t.length, text: t });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      push(i);
      start = i + 1;
    } else if (c === '.' || c === '!' || c === '?' || c === '؟' || c === '؛') {
      const prev = text[i - 1] ?? '';
      const next = text[i + 1] ?? '';
      if (c === '.' && /\p{Nd}/u.test(prev) && /\p{Nd}/u.test(next)) continue;
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

const UNITS: Record<string, number> = {
  یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10, یازده: 11, دوازده: 12, سیزده: 13,
  چهارده: 14, پانزده: 15, شانزده: 16, هفده: 17, هجده: 18, هیجده: 18, نوزده: 19, بیست: 20, سی: 30, چهل: 40,
  پنجاه: 50, شصت: 60, هفتاد: 70, هشتاد: 80, نود: 90, صد: 100, یکصد: 100, دویست: 200, سیصد: 300, چهارصد: 400,
  پانصد: 500, ششصد: 600, هفتصد: 700, هشتصد: 800, نهصد: 900, اول: 1, نخست: 1, سوم: 3,
};

/**
 * The value of a Persian ordinal word or phrase key («سیزدهمین», «بیست و یکمین», «۱۳مین», «سوم»),
 * or null. Input: the token keys of the phrase (no ZWNJ).
 */
export function parseOrdinalShim(text: string): number | null {
  const t = keyOf(text.replace(/\s+/g, ' ').trim());
  const m = /^(.*?)(?:امین|مین|ام|م)$/.exec(t.replace(/ /g, ' '));
  const body = m ? (m[1] as string) : t;
  if (/^[0-9]+$/.test(body)) return Number(body);
  if (t === 'اولین' || t === 'نخستین' || t === 'اول' || t === 'نخست') return 1;
  if (t === 'سومین' || t === 'سوم') return 3;
  if (!m) return null;
  let total = 0;
  for (const part of body.split(/ و |و(?=[^ ])/)) {
    const v = UNITS[part.replace(/ /g, '')];
    if (v === undefined) return null;
    total += v;
  }
  return total > 0 ? total : null;
}

/** Years in a text: 13xx/14xx Jalali (converted to the Gregorian year they start in) and 19xx/20xx. */
export function findYearsShim(text: string): { index: number; year: number; jalali: boolean }[] {
  const out: { index: number; year: number; jalali: boolean }[] = [];
  const re = /(?<![\p{Nd}\/.])([12\u06F1\u06F2\u0661\u0662][\p{Nd}]{3})(?![\p{Nd}\/.])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const y = Number(keyOf(m[1] as string));
    if (y >= 1300 && y <= 1499) out.push({ index: m.index, year: y + 621, jalali: true });
    else if (y >= 1900 && y <= 2099) out.push({ index: m.index, year: y, jalali: false });
  }
  return out;
}
