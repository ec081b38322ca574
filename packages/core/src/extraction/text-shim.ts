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
  const hit = KEY_CACHE.get(text);
  if (hit !== undefined) return hit;
  const k = computeKey(text);
  if (KEY_CACHE.size > 100_000) KEY_CACHE.clear();
  KEY_CACHE.set(text, k);
  return k;
}

const KEY_CACHE = new Map<string, string>();

function computeKey(text: string): string {
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

/** A token with its match key (computed in the same pass). */
export interface KeyedToken {
  text: string;
  key: string;
  start: number;
  end: number;
}

// Character classes for the hot-path tokenizer: 1 word char, 2 digit, 3 joiner (ZWNJ/ZWJ), 4 space, 0 punctuation.
const CLASS = new Uint8Array(0x0700);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = 2;
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = 1;
for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = 1;
for (let c = 0x0610; c <= 0x061a; c++) CLASS[c] = 1;
for (let c = 0x0620; c <= 0x065f; c++) CLASS[c] = 1;
for (let c = 0x0660; c <= 0x0669; c++) CLASS[c] = 2;
for (let c = 0x066e; c <= 0x06d3; c++) CLASS[c] = 1;
for (let c = 0x06d5; c <= 0x06ef; c++) CLASS[c] = 1;
for (let c = 0x06f0; c <= 0x06f9; c++) CLASS[c] = 2;
for (let c = 0x06fa; c <= 0x06ff; c++) CLASS[c] = 1;
CLASS[0x20] = 4;
CLASS[0x09] = 4;
CLASS[0x0a] = 4;
CLASS[0x0d] = 4;
CLASS[0xa0] = 4;
const OTHER_CLASS = new Map<number, number>();

function classOf(c: number): number {
  if (c < 0x0700) return CLASS[c] as number;
  if (c === 0x200c || c === 0x200d) return 3;
  if ((c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0xfeff || c === 0x3000 || c === 0x2028 || c === 0x2029) return 4;
  let k = OTHER_CLASS.get(c);
  if (k === undefined) {
    const ch = String.fromCharCode(c);
    k = /\p{Nd}/u.test(ch) ? 2 : /[\p{L}\p{M}]/u.test(ch) ? 1 : 0;
    OTHER_CLASS.set(c, k);
  }
  return k;
}

/** True for a letter, mark or digit (the tokenizer's word characters). */
export function isWordChar(c: number): boolean {
  const k = classOf(c);
  return k === 1 || k === 2;
}

/**
 * Tokens of `text[from, to)` with their match keys, in one pass over the characters: runs of
 * letters/marks/digits (ZWNJ inside a word; «۱.۵», «۱۴۰۲/۰۹/۱۰» stay one token), each punctuation
 * character alone. Offsets are absolute. The hot path of extraction.
 */
export function tokenizeKeyed(text: string, from = 0, to = text.length): KeyedToken[] {
  const out: KeyedToken[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === 4 || k === 3) {
      i++;
      continue;
    }
    if (k === 0) {
      const t = text[i] as string;
      out.push({ text: t, key: t, start: i, end: i + 1 });
      i++;
      continue;
    }
    const start = i;
    let fold = false;
    let lastDigit = k === 2;
    i++;
    while (i < to) {
      const d = text.charCodeAt(i);
      const kd = classOf(d);
      if (kd === 1 || kd === 2) {
        lastDigit = kd === 2;
        i++;
        continue;
      }
      if (kd === 3) {
        fold = true;
        i++;
        continue;
      }
      // a decimal point or date slash between digits
      if (lastDigit && (d === 0x2e || d === 0x066b || d === 0x066c || d === 0x2f) && i + 1 < to && classOf(text.charCodeAt(i + 1)) === 2) {
        i++;
        continue;
      }
      break;
    }
    let end = i;
    while (end > start && classOf(text.charCodeAt(end - 1)) === 3) end--;
    const t = text.slice(start, end);
    if (!fold) {
      for (let j = start; j < end; j++) {
        const x = text.charCodeAt(j);
        if ((x >= 0x41 && x <= 0x5a) || (x >= 0x80 && FOLD.has(x))) {
          fold = true;
          break;
        }
      }
    }
    out.push({ text: t, key: fold ? keyOf(t) : t, start, end });
  }
  return out;
}
