/**
 * The extractor's hot path over `@shahrnet/text`: per-token match keys (`matchKey`, cached: news
 * vocabulary repeats), a one-pass tokenizer that yields tokens with their keys and offsets, and a
 * cheap year finder for dates of facts.
 */
import { matchKey } from '@shahrnet/text';

/**
 * Characters `matchKey` leaves as they are (basic Persian letters, lower-case ASCII letters and
 * digits): a token made only of these is its own key, so the tokenizer skips the call. (Checked
 * against `matchKey` in keyed-tokens.test.ts.)
 */
export const KEY_SAFE = new Uint8Array(0x0700);
for (let c = 0x61; c <= 0x7a; c++) KEY_SAFE[c] = 1;
for (let c = 0x30; c <= 0x39; c++) KEY_SAFE[c] = 1;
for (let c = 0x0627; c <= 0x063a; c++) if (c !== 0x0629) KEY_SAFE[c] = 1;
for (const c of [0x0641, 0x0642, 0x0644, 0x0645, 0x0646, 0x0647, 0x0648, 0x067e, 0x0686, 0x0698, 0x06a9, 0x06af, 0x06cc]) KEY_SAFE[c] = 1;

/**
 * The match key of one token (no spaces inside a token): folded letters (Arabic -> Persian, ة/ۀ -> ه,
 * hamza seats -> bare letters), no diacritics/tatweel/ZWNJ, ASCII digits, lower-case Latin.
 */
export function keyOf(text: string): string {
  const hit = KEY_CACHE.get(text);
  if (hit !== undefined) return hit;
  const k = matchKey(text);
  if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
  KEY_CACHE.set(text, k);
  return k;
}

const KEY_CACHE = new Map<string, string>();

/**
 * A whole-phrase match key: the keys of the phrase's tokens concatenated, exactly as the text side
 * produces them (so punctuation inside a name, «vice-president», matches token by token).
 */
export function phraseKey(text: string): string {
  let k = '';
  for (const t of tokenizeKeyed(sequentialString(text))) k += t.key;
  return k;
}

/**
 * The same characters as a flat sequential string (not internalized, not a concatenation or a slice of
 * another string). Why: V8 gives each string representation its own hidden class, and a property
 * access such as `text.charCodeAt` in the tokenizer that has seen more than four of them is compiled
 * as a generic (megamorphic) look-up - at build time the gazetteer's phrases (internalized, one- and
 * two-byte, concatenated) made the tokenizer's character reads cost more than the rest of it on every
 * article. Articles and phrases pass through here, so the tokenizer sees one or two representations.
 * A copy is cheap next to extraction (a UTF-16 round trip, lossless for any code unit).
 */
export function sequentialString(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/** Years in a text: 13xx/14xx Jalali (converted to the Gregorian year they start in) and 19xx/20xx. */
export function findYears(text: string): { index: number; year: number; jalali: boolean }[] {
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
    const k = c < 0x0700 ? (CLASS[c] as number) : classOf(c);
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
      const kd = d < 0x0700 ? (CLASS[d] as number) : classOf(d);
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
        if (x >= 0x0700 || KEY_SAFE[x] !== 1) {
          fold = true;
          break;
        }
      }
    }
    out.push({ text: t, key: fold ? keyOf(t) : t, start, end });
  }
  return out;
}
