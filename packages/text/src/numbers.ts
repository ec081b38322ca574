import { toAsciiDigits } from './digits.js';
import { ARABIC_LETTERS } from './normalize.js';

/** A number found in text, with UTF-16 offsets into the input. */
export interface NumberMention {
  value: number;
  /** True for ordinals (بیستمین, سی‌ام, 20th). */
  ordinal: boolean;
  start: number;
  end: number;
  text: string;
}

const UNITS: Record<string, number> = {
  صفر: 0, یک: 1, یه: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, شیش: 6, هفت: 7, هشت: 8, نه: 9,
  ده: 10, یازده: 11, دوازده: 12, سیزده: 13, چهارده: 14, پانزده: 15, پونزده: 15, شانزده: 16,
  هفده: 17, هجده: 18, هیجده: 18, نوزده: 19, بیست: 20, سی: 30, چهل: 40, پنجاه: 50, شصت: 60,
  هفتاد: 70, هشتاد: 80, نود: 90, یکصد: 100, صد: 100, دویست: 200, سیصد: 300, چهارصد: 400,
  پانصد: 500, پونصد: 500, ششصد: 600, هفتصد: 700, هشتصد: 800, نهصد: 900, نیم: 0.5,
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, half: 0.5,
};
const SCALES: Record<string, number> = {
  هزار: 1e3, میلیون: 1e6, میلیارد: 1e9, بیلیون: 1e9, تریلیون: 1e12,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
const FA_ORDINAL_SPECIAL: Record<string, number> = { اول: 1, اولین: 1, نخست: 1, نخستین: 1, یکم: 1 };
const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  thousandth: 1000, millionth: 1e6,
};

const CLEAN_RE = /[\u064A\u0649]/g;
const SEP_RE = /[\s\u200C\u00A0\-]+/;

function clean(text: string): string {
  return toAsciiDigits(text.normalize('NFKC'))
    .replace(CLEAN_RE, 'ی')
    .replace(/\u0643/g, 'ک')
    .toLowerCase()
    .trim();
}

const DIGITS_RE = /^(\d+(?:[,\u066C]\d{3})*)(?:[.\u066B](\d+))?$/;
const SLASH_DECIMAL_RE = /^(\d{1,3})\/(\d{1,3})$/;

/** A numeral in digits: thousands separators (, ٬), decimal point (. ٫), or a Persian «۱/۵». */
function parseDigits(t: string): number | null {
  const m = DIGITS_RE.exec(t);
  if (m) {
    const int = (m[1] as string).replace(/[,\u066C]/g, '');
    return Number(m[2] === undefined ? int : `${int}.${m[2]}`);
  }
  const s = SLASH_DECIMAL_RE.exec(t);
  if (s) return Number(`${s[1]}.${s[2]}`);
  return null;
}

/** Adjective/plural tails that may follow a number word: «نیم میلیونی», «هزاران». */
function stripTail(w: string): string {
  if (w.length > 3 && w.endsWith('ی') && SCALES[w.slice(0, -1)] !== undefined) return w.slice(0, -1);
  return w;
}

/**
 * Sums a sequence of number words/numerals: units, tens and hundreds add up, scales multiply what came
 * before («دو هزار و پانصد» = 2500, «هزار میلیارد» = 1e12), «نیم» is one half («نیم میلیون» = 500000).
 * Returns null on any word that is not part of a number.
 */
function parseWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  // value of the last component added, for the rule that each added part is of a lower order
  // («یکصد و شانزده» = 100 + 16, but «۱۳۷۸ و ۱۳۸۵» is two numbers, not 2763)
  let last = Infinity;
  let seen = false;
  let lastWasAnd = false;
  for (const raw of words) {
    if (raw === 'و' || raw === 'and') {
      if (!seen || lastWasAnd) return null;
      lastWasAnd = true;
      continue;
    }
    lastWasAnd = false;
    const w = stripTail(raw);
    const unit = parseDigits(w) ?? UNITS[w];
    if (unit !== undefined) {
      if (seen && !(unit < placeOf(last))) return null;
      current += unit;
      last = unit;
      seen = true;
      continue;
    }
    if (w === 'hundred') {
      if (current >= 10) return null;
      current = (current || 1) * 100;
      last = current;
      seen = true;
      continue;
    }
    const scale = SCALES[w];
    if (scale !== undefined) {
      if (current === 0 && total > 0 && total < scale) total *= scale;
      else if (current === 0 && total > 0) return null;
      else total += (current || 1) * scale;
      current = 0;
      last = scale;
      seen = true;
      continue;
    }
    return null;
  }
  if (!seen || lastWasAnd) return null;
  return total + current;
}

/** 10^floor(log10(x)): the place of a number's leading digit (Infinity stays Infinity). */
function placeOf(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x < 1) return 0;
  return 10 ** Math.floor(Math.log10(x));
}

/** Joins «چهار صد» into one hundreds group: a unit 1-9 directly followed by «صد» is multiplied. */
function mergeHundreds(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (w === 'صد' && prev !== undefined && (UNITS[prev] ?? 0) >= 1 && (UNITS[prev] ?? 0) <= 9) {
      out[out.length - 1] = String((UNITS[prev] as number) * 100);
    } else out.push(w);
  }
  return out;
}

/**
 * Parses a cardinal number written in digits (any script: ۱۴۰۲, ١٤٠٢, 1402; decimals ۱.۵, ۱٫۵, ۱/۵;
 * thousands separators 10,000 / ۱۰٬۰۰۰), in Persian or English words («چهار صد» = 400,
 * «یکصد و شانزده» = 116, «نیم میلیون» = 500000, «دو هزار و پانصد» = 2500, «twenty one»), or mixed
 * («۱.۵ میلیون»). Returns null when the whole text is not one number. Written here rather than taken
 * from @persian-tools, whose wordsToNumber gets «چهار صد» and «نیم میلیون» wrong.
 */
export function parseNumber(text: string): number | null {
  const t = clean(text);
  if (t === '') return null;
  const d = parseDigits(t);
  if (d !== null) return d;
  const words = t.split(SEP_RE).filter((w) => w !== '');
  return parseWords(mergeHundreds(words));
}

const DIGIT_ORDINAL_RE = /^(\d+)\s*(?:[\u200C-]?\s*(?:امین|مین|ام|م)|st|nd|rd|th)$/;

/**
 * Parses an ordinal: «بیستمین» = 20, «سیزدهمین» = 13, «یکصد و شانزدهمین» = 116, «سی ام»/«سی‌ام» = 30,
 * «سومین» = 3, «اولین»/«نخستین» = 1, «دوم» = 2, «۲۰مین», English «20th», «twentieth», «twenty-first».
 * Returns null when the text is not an ordinal.
 */
export function parseOrdinal(text: string): number | null {
  const t = clean(text);
  if (t === '') return null;
  const dm = DIGIT_ORDINAL_RE.exec(t);
  if (dm) return Number(dm[1]);
  const words = t.split(SEP_RE).filter((w) => w !== '');
  if (words.length === 0) return null;
  if (words.length === 1 && FA_ORDINAL_SPECIAL[words[0] as string] !== undefined) {
    return FA_ORDINAL_SPECIAL[words[0] as string] as number;
  }
  const last = words[words.length - 1] as string;
  const head = words.slice(0, -1);
  // English: the last word is an ordinal word, the rest a cardinal (twenty-first, one hundred and tenth)
  const en = EN_ORDINALS[last];
  if (en !== undefined) {
    if (head.length === 0) return en;
    const h = parseWords(mergeHundreds(head));
    return h === null ? null : h + en;
  }
  // Persian: a detached ending («سی ام», «سی امین») or one glued to the last word.
  if (last === 'ام' || last === 'امین') {
    if (head.length === 0) return null;
    return wholeNumber(parseWords(mergeHundreds(head)));
  }
  for (const suffix of ['امین', 'مین', 'ام', 'م']) {
    if (!last.endsWith(suffix) || last.length <= suffix.length) continue;
    let base = last.slice(0, -suffix.length);
    if (base === 'سو') base = 'سه';
    if (UNITS[base] === undefined && SCALES[base] === undefined) continue;
    const v = parseWords(mergeHundreds([...head, base]));
    if (v !== null) return wholeNumber(v);
  }
  return null;
}

function wholeNumber(v: number | null): number | null {
  return v !== null && Number.isInteger(v) && v > 0 ? v : null;
}

// ---------------------------------------------------------------------------------------------
// findNumbers
// ---------------------------------------------------------------------------------------------

const L = ARABIC_LETTERS;
const NUM_WORDS = [...Object.keys(UNITS), ...Object.keys(SCALES), 'hundred'].sort((a, b) => b.length - a.length);
const FA_NUM_WORD = NUM_WORDS.filter((w) => !/^[a-z]/.test(w)).join('|');
const EN_NUM_WORD = [...NUM_WORDS.filter((w) => /^[a-z]/.test(w)), ...Object.keys(EN_ORDINALS)]
  .sort((a, b) => b.length - a.length)
  .join('|');
const DIG = '[0-9\\u06F0-\\u06F9\\u0660-\\u0669]';
// A numeral: digits with thousands groups and one decimal part. Dates (1402/09/10) and times (11:37)
// are matched whole so that they can be skipped.
const NUMERAL = `${DIG}+(?:[,\\u066C]${DIG}{3}(?!${DIG}))*(?:[.\\u066B]${DIG}+)?`;
const FA_TOKEN = `(?:${NUMERAL}|(?:${FA_NUM_WORD})(?:ی)?)`;
const FA_ORD_TAIL = `(?:[\\u200C ]?(?:امین|ام)|مین|م)`;
const FIND_RE = new RegExp(
  [
    // dates and times: skipped
    `(?<skip>${DIG}{1,4}[/\\-.]${DIG}{1,2}[/\\-.]${DIG}{1,4}|${DIG}{1,2}:${DIG}{2}(?::${DIG}{2})?)`,
    // digits with an English ordinal suffix
    `(?<enord>${DIG}+(?:st|nd|rd|th))(?![a-zA-Z])`,
    // Persian sequence: token ((space|و) token)* with an optional ordinal tail
    `(?<![${L}])(?<fa>${FA_TOKEN}(?:(?:[ \\u200C]+و[ \\u200C]+|[ \\u200C]+)${FA_TOKEN})*${FA_ORD_TAIL}?)(?![${L}])`,
    `(?<![${L}])(?<faord>اولین|نخستین|یکمین|دومین|سومین|سوم)(?![${L}])`,
    // English words
    `(?<![a-zA-Z])(?<en>(?:${EN_NUM_WORD})(?:(?:[ -]+and[ -]+|[ -]+)(?:${EN_NUM_WORD}))*)(?![a-zA-Z])`,
    // digits glued to letters (۱۵۰شهر) still count
    `(?<dig>${NUMERAL})`,
  ].join('|'),
  'giu',
);

const ORD_TAIL_END_RE = new RegExp(`${FA_ORD_TAIL}$`);
const TOKEN_RE = new RegExp(`${NUMERAL}|[^\\s\\u200C]+`, 'g');

// Words that are numbers only next to other number words: «نه» also means «no», «یه» is colloquial.
const AMBIGUOUS_ALONE = new Set(['نه', 'یه']);

/**
 * Every number in the text with its offsets: digits in any script, decimals, number words, ordinals.
 * «۱۰، ۲۰ نفری» gives 10 and 20 (the Persian comma is a list separator, never a thousands separator);
 * «بیش از ۴۰» gives 40; «۱۵۰ شهر از۵۰ کشور» gives 150 and 50; «نیم میلیونی» gives 500000;
 * «۱.۵ میلیون» gives 1500000. Dates (1402/09/10) and times (11:37) are not numbers here.
 */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  FIND_RE.lastIndex = 0;
  for (let m = FIND_RE.exec(text); m; m = FIND_RE.exec(text)) {
    const g = m.groups ?? {};
    if (g['skip'] !== undefined) continue;
    let s = m[0];
    let start = m.index;
    // a sequence must not end or start with a dangling «و»
    s = s.replace(/[ \u200C]+$/, '');
    const lead = s.length - s.trimStart().length;
    start += lead;
    s = s.trimStart();
    if (s === '') continue;
    const isOrdinalForm =
      g['enord'] !== undefined ||
      g['faord'] !== undefined ||
      (g['fa'] !== undefined && ORD_TAIL_END_RE.test(s) && parseOrdinal(s) !== null) ||
      (g['en'] !== undefined && EN_ORDINALS[(s.toLowerCase().split(/[ -]+/).pop() ?? '')] !== undefined);
    if (isOrdinalForm) {
      const v = parseOrdinal(s);
      if (v !== null) {
        out.push({ value: v, ordinal: true, start, end: start + s.length, text: s });
        continue;
      }
    }
    const single = s.toLowerCase();
    if (AMBIGUOUS_ALONE.has(single)) continue;
    const v = parseNumber(s);
    if (v !== null) {
      out.push({ value: v, ordinal: false, start, end: start + s.length, text: s });
      continue;
    }
    // a sequence that does not add up as one number («۱۳۷۸ و ۱۳۸۵»): its tokens one by one
    TOKEN_RE.lastIndex = 0;
    for (let d = TOKEN_RE.exec(s); d; d = TOKEN_RE.exec(s)) {
      if (AMBIGUOUS_ALONE.has(d[0])) continue;
      const dv = parseNumber(d[0]);
      if (dv !== null) {
        out.push({ value: dv, ordinal: false, start: start + d.index, end: start + d.index + d[0].length, text: d[0] });
      }
    }
  }
  return out;
}
