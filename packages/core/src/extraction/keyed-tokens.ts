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
 * Interned word tokens: an open-addressing table from a token's characters to one string for its text
 * and one for its key. News vocabulary repeats, so most tokens are found here: no slice, no key
 * computation, and the same string objects come back, whose hash V8 has already cached for the
 * Set/Map look-ups that follow (trie, vocabulary sets) - hashing fresh strings was ~3% of extraction.
 * The key is a function of the text alone (`keyOf`, or the text itself when every character is
 * KEY_SAFE), so a hit returns exactly what a fresh computation would. Bounded: emptied when half full.
 */
const INTERN_SIZE = 1 << 16;
/** Slot i's text at 2i and its key at 2i + 1 (one cache line for both: the table is read per token). */
const INTERN: string[] = new Array<string>(2 * INTERN_SIZE).fill('');
let internCount = 0;
let internEpoch = 0;

/** The slot of the interned token `text[start, end)` (hash `h`, key folded or not), added if missing. */
function internSlot(text: string, start: number, end: number, h: number, fold: boolean): number {
  const len = end - start;
  let slot = (h ^ (h >>> 16)) & (INTERN_SIZE - 1);
  for (;;) {
    const t = INTERN[2 * slot] as string;
    if (t === '') break;
    if (t.length === len) {
      let j = 0;
      while (j < len && t.charCodeAt(j) === text.charCodeAt(start + j)) j++;
      if (j === len) return slot;
    }
    slot = (slot + 1) & (INTERN_SIZE - 1);
  }
  if (internCount >= INTERN_SIZE >> 1) {
    INTERN.fill('');
    internCount = 0;
    internEpoch++;
    slot = (h ^ (h >>> 16)) & (INTERN_SIZE - 1);
  }
  const t = text.slice(start, end);
  INTERN[2 * slot] = t;
  INTERN[2 * slot + 1] = fold ? keyOf(t) : t;
  internCount++;
  return slot;
}

/**
 * Tokens of one scan as columns (parallel arrays, no object per token): token i is
 * `text[i]`/`key[i]` over `[start[i], end[i])`. Reusable: a scan overwrites the first `n` rows and
 * grows the arrays as needed, so the hot path allocates nothing per token.
 */
export interface TokenColumns {
  text: string[];
  key: string[];
  start: Int32Array;
  end: Int32Array;
  /**
   * The token's id: its intern slot (< 65,536), -1 for punctuation. Equal ids mean equal texts (and
   * keys) while `tokenIdEpoch()` is unchanged, so callers can memoize by array index.
   */
  id: Int32Array;
}

/** Changes whenever token ids are reassigned (the intern table was emptied). */
export function tokenIdEpoch(): number {
  return internEpoch;
}

/** Empty token columns (for `scanTokens`). */
export function tokenColumns(capacity = 256): TokenColumns {
  return { text: [], key: [], start: new Int32Array(capacity), end: new Int32Array(capacity), id: new Int32Array(capacity) };
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function grow(cols: TokenColumns): void {
  cols.start = grown(cols.start);
  cols.end = grown(cols.end);
  cols.id = grown(cols.id);
}

/**
 * Tokens of `text[from, to)` with their match keys, in one pass over the characters: runs of
 * letters/marks/digits (ZWNJ inside a word; «۱.۵», «۱۴۰۲/۰۹/۱۰» stay one token), each punctuation
 * character alone. Offsets are absolute. Writes the tokens into `cols` and returns their number.
 * The hot path of extraction (word tokens are interned: see `internSlot`).
 */
export function scanTokens(text: string, from: number, to: number, cols: TokenColumns): number {
  const texts = cols.text;
  const keys = cols.key;
  let n = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = c < 0x0700 ? (CLASS[c] as number) : classOf(c);
    if (k === 4 || k === 3) {
      i++;
      continue;
    }
    if (n === cols.start.length) grow(cols);
    if (k === 0) {
      const t = text[i] as string;
      texts[n] = t;
      keys[n] = t;
      cols.start[n] = i;
      cols.end[n] = i + 1;
      cols.id[n] = -1;
      n++;
      i++;
      continue;
    }
    const start = i;
    // In the same pass: a hash (FNV-1a) of the characters other than joiners - so the joiners trimmed
    // off the end below do not change it - and whether the key differs from the text (a joiner, or
    // a character that is not KEY_SAFE).
    let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    let fold = c >= 0x0700 || KEY_SAFE[c] !== 1;
    let lastDigit = k === 2;
    i++;
    while (i < to) {
      const d = text.charCodeAt(i);
      const kd = d < 0x0700 ? (CLASS[d] as number) : classOf(d);
      if (kd === 1 || kd === 2) {
        h = Math.imul(h ^ d, 0x01000193);
        if (d >= 0x0700 || KEY_SAFE[d] !== 1) fold = true;
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
        h = Math.imul(h ^ d, 0x01000193);
        if (d >= 0x0700 || KEY_SAFE[d] !== 1) fold = true;
        i++;
        continue;
      }
      break;
    }
    let end = i;
    while (end > start && classOf(text.charCodeAt(end - 1)) === 3) end--;
    const slot = internSlot(text, start, end, h, fold);
    texts[n] = INTERN[2 * slot] as string;
    keys[n] = INTERN[2 * slot + 1] as string;
    cols.start[n] = start;
    cols.end[n] = end;
    cols.id[n] = slot;
    n++;
  }
  return n;
}

/** `scanTokens` as one object per token (for callers off the hot path: phrase keys, tests). */
export function tokenizeKeyed(text: string, from = 0, to = text.length): KeyedToken[] {
  const cols = tokenColumns(64);
  const n = scanTokens(text, from, to, cols);
  const out: KeyedToken[] = new Array<KeyedToken>(n);
  for (let i = 0; i < n; i++) out[i] = { text: cols.text[i] as string, key: cols.key[i] as string, start: cols.start[i] as number, end: cols.end[i] as number };
  return out;
}
