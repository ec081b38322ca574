import {
  AFTER_HEH_WORDS,
  BA_NOUNS,
  BE_NOUNS,
  HA_EXCEPT_STEMS,
  HEH_WORD_SUFFIXES,
  HEH_WORDS,
  LOST_SPACE_WORDS,
  NON_VERB_MI_PREFIXES,
  NON_VERB_MI_WORDS,
  PARTICIPLES,
  SPACED_COMPOUNDS,
  TARIN_EXCEPT_STEMS,
  VERB_ENDINGS,
  VERB_STEMS,
  ZWNJ_COMPOUNDS,
} from './normalize-lexicon.js';

const ZWNJ = '\u200C';

/** Arabic-script letters (no tatweel, no digits, no marks). Used inside regex character classes. */
export const ARABIC_LETTERS =
  '\\u0621-\\u063A\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF';
// A word character of the display form: a letter, or the hamza above kept on «هٔ».
const W = `${ARABIC_LETTERS}\\u0654`;
const DIGIT = '0-9\\u06F0-\\u06F9\\u0660-\\u0669';

/** Letters that do not join to the following letter: a ZWNJ after them is invisible. */
const NON_JOINING = new Set('اآأإٱدذرزژوؤۀةء');

// ---------------------------------------------------------------------------------------------
// Character pass
// ---------------------------------------------------------------------------------------------

const CHAR_MAP: Record<string, string> = {
  '\u064A': 'ی', // Arabic yeh
  '\u0649': 'ی', // alef maksura
  '\u06D0': 'ی',
  '\u0643': 'ک', // Arabic kaf
  '\u06AA': 'ک',
  '\u06C1': 'ه', // heh goal
  '\u06D5': 'ه', // ae
  '\u0640': '', // tatweel
  '\u200D': '', // ZWJ
  '\uFEFF': '',
  '\u00AD': '',
  '\u200B': '',
  '\u200E': '',
  '\u200F': '',
  '\t': ' ',
  '\u000B': ' ',
  '\u000C': ' ',
  '\u00A0': ' ',
  '\u1680': ' ',
  '\u202F': ' ',
  '\u205F': ' ',
  '\u3000': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u0085': '\n',
};
// Diacritics (harakat, superscript alef, Quranic marks), other spaces and bidi controls: a code-unit
// table (0 = keep, 1 = map/remove via CHAR_MAP or drop) so the pass is one loop without a regex.
const CHAR_ACTION = new Uint8Array(0x10000);
for (const ch of Object.keys(CHAR_MAP)) CHAR_ACTION[ch.charCodeAt(0)] = 1;
for (const [a, b] of [[0x064b, 0x0653], [0x0655, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06ed], [0x202a, 0x202e], [0x2066, 0x2069], [0x2000, 0x200a]] as const) {
  for (let c = a; c <= b; c++) CHAR_ACTION[c] = 1;
}

/** Applies CHAR_MAP (everything flagged but not in it is dropped; U+2000-U+200A become spaces). */
function mapChars(s: string): string {
  let parts: string[] | null = null;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CHAR_ACTION[c] === 0) continue;
    parts ??= [];
    parts.push(s.slice(last, i), CHAR_MAP[s[i] as string] ?? (c >= 0x2000 && c <= 0x200a ? ' ' : ''));
    last = i + 1;
  }
  if (parts === null) return s;
  parts.push(s.slice(last));
  return parts.join('');
}

/**
 * NFKC, letter map and removals. Removing a format character or mark can let NFKC compose the
 * characters around it (e + ZWJ + U+0301), so the pass repeats until stable (at most a few times).
 */
function charPass(text: string): string {
  let s = text;
  for (let i = 0; i < 4; i++) {
    const needsNfkc = NEEDS_NFKC_RE.test(s);
    if (i > 0 && !needsNfkc) break;
    let next = needsNfkc ? s.normalize('NFKC') : s;
    if (next.includes('\r')) next = next.replace(CRLF_RE, '\n');
    next = mapChars(next.replace(YEH_HAMZA_RE, 'ئ'));
    if (next.includes('\u0654')) next = next.replace(STRAY_HAMZA_RE, strayHamza);
    if (next === s) break;
    s = next;
  }
  return s;
}

// Characters NFKC never changes when they stand next to each other: ASCII, «», and the Arabic block
// without its combining hamza/madda (U+0653-U+0655) and the compatibility high-hamza letters. Text
// made only of these (most Persian news) skips the NFKC call, which is the costliest step.
const NEEDS_NFKC_RE = /[^\u0000-\u009F\u00AB\u00BB\u0600-\u0652\u0656-\u0674\u0679-\u06FF\u200C\u200D]/;

const YEH_HAMZA_RE = /[\u064A\u06CC]\u0654/g;
// Hamza above survives only on «ه» (هٔ, the ezafe of a word in silent ه); elsewhere NFKC has already
// composed it with its seat, so a leftover one is noise.
const STRAY_HAMZA_RE = /\u0654/g;
const strayHamza = (m: string, at: number, str: string): string => (str.charCodeAt(at - 1) === 0x0647 ? m : '');
const CRLF_RE = /\r\n?/g;

// ---------------------------------------------------------------------------------------------
// Spacing passes
// ---------------------------------------------------------------------------------------------

const MULTI_SPACE_RE = / {2,}/g;
const EDGE_SPACE_RE = /^ +| +$/gm;
const MULTI_ZWNJ_RE = /\u200C{2,}/g;
const ZWNJ_RE = /\u200C/g;
function looseZwnj(m: string, at: number, str: string): string {
  return isW(str.charCodeAt(at - 1)) && isW(str.charCodeAt(at + 1)) ? m : '';
}

/** True for a code unit of an Arabic-script letter (see ARABIC_LETTERS) or the hamza above U+0654. */
function isW(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    c === 0x0654 ||
    c === 0x066e ||
    c === 0x066f ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    c === 0x06ee ||
    c === 0x06ef ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff
  );
}
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669);
}

/**
 * Spacing around , ، : ؛ ؟ ! in one pass. «بروکسل , زاکانی» -> «بروکسل، زاکانی» (an ASCII comma next to
 * Persian letters is a Persian comma); «،» gets no space before and one after, except «۱۰،۲۰» written
 * tight between digits; «تاریخ:سی» -> «تاریخ: سی» (a letter must precede, so 11:37 and URLs stay);
 * ؛ ؟ ! lose the space before them after a Persian word and get one after them before a word.
 */
// Written so that every match starts with a space or the mark itself (a leading ` *` would make the
// engine try every position).
const PUNCT_RE = / +[,،:؛؟!] *|[,،:؛؟!] */g;
function punct(m: string, at: number, str: string): string {
  const before = str.charCodeAt(at - 1);
  const after = str.charCodeAt(at + m.length);
  const p = m.trim();
  const wordBefore = isW(before) || before === 0xbb || before === 0x29;
  switch (p) {
    case ',':
      return wordBefore || (!isDigitCode(before) && (isW(after) || after === 0xab)) ? '، ' : m;
    case '،':
      return m === '،' && isDigitCode(before) && isDigitCode(after) ? m : '، ';
    case ':':
      return isW(before) ? ': ' : m;
    default: {
      const lead = m.startsWith(' ') && !wordBefore ? ' ' : '';
      const trail = m.endsWith(' ') || isW(after) || after === 0xab ? ' ' : '';
      return `${lead}${p}${trail}`;
    }
  }
}
const PERIOD_SPACE_RE = / +\.(?=\s|$)/g;
function periodSpace(m: string, at: number, str: string): string {
  return isW(str.charCodeAt(at - 1)) && isW(str.charCodeAt(at - 2)) ? '.' : m;
}
const PERIOD_GLUE_RE = new RegExp(`\\.(?=[${W}]{2})`, 'g');
function periodGlue(m: string, at: number, str: string): string {
  return isW(str.charCodeAt(at - 1)) && isW(str.charCodeAt(at - 2)) ? '. ' : m;
}
const QUOTE_OPEN_RE = /« +/g;
const QUOTE_CLOSE_RE = / +»/g;
// «از۵۰» -> «از ۵۰»; «۱۵۰شهر» -> «۱۵۰ شهر», but ordinal and plural endings stay glued (۵۰مین, ۱۹۸۰ها).
const DIGITS_RE = new RegExp(`[${DIGIT}]+`, 'g');
const KEEP_GLUED_AFTER_DIGITS_RE = new RegExp(`^(?:امین|مین|ام|م|هایی|های|ها|ی|ای)(?![${W}])`);
function digitSpacing(m: string, at: number, str: string): string {
  const before = isW(str.charCodeAt(at - 1)) ? ' ' : '';
  const end = at + m.length;
  const after = isW(str.charCodeAt(end)) && !KEEP_GLUED_AFTER_DIGITS_RE.test(str.slice(end, end + 6)) ? ' ' : '';
  return before === '' && after === '' ? m : `${before}${m}${after}`;
}

// ---------------------------------------------------------------------------------------------
// Word rules (glued words)
// ---------------------------------------------------------------------------------------------

const COMPOUND_MAP = new Map(ZWNJ_COMPOUNDS);
const COMPOUND_HEADS = new Set(ZWNJ_COMPOUNDS.map(([k]) => k.slice(0, 3)));
const COMPOUND_LENGTHS = [...new Set(ZWNJ_COMPOUNDS.map(([k]) => k.length))].sort((a, b) => b - a);
const AFTER_HEH_LIST = [...AFTER_HEH_WORDS];
const pairOf = (x: string, at: number): number => x.charCodeAt(at) * 0x10000 + x.charCodeAt(at + 1);
const START_PAIRS = new Set([...ZWNJ_COMPOUNDS.map(([k]) => pairOf(k, 0)), pairOf('با', 0), pairOf('به', 0), pairOf('می', 0), pairOf('نم', 0)]);
const END_PAIRS = new Set(
  [...LOST_SPACE_WORDS.keys(), 'های', 'هایی', 'هاست', 'هایش', 'هایم', 'هایت', 'ها', 'ترین', 'است', 'اند', 'ایم', 'اید', 'ام', 'ای'].map(
    (x) => pairOf(x, x.length - 2),
  ),
);
const AFTER_HEH_LENGTHS = [...new Set(AFTER_HEH_LIST.map((t) => t.length))];
const COMPOUND_FIRST = new Set(ZWNJ_COMPOUNDS.map(([k]) => k.charCodeAt(0)));
// longest first so «اند» is tried before «ای»-like shorter endings that it contains
const PARTICIPLE_ENDINGS = ['است', 'اند', 'ایم', 'اید', 'ام', 'ای'];
const HA_TAILS = new Set(['ها', 'های', 'هایی', 'هاست', 'هایش', 'هایم', 'هایت', 'هایشان', 'هایمان', 'هایتان']);
const TARIN_RE = /^(.{3,})(ترین)$/;

function isHehWord(w: string): boolean {
  if (HEH_WORDS.has(w)) return true;
  for (const s of HEH_WORD_SUFFIXES) if (w.length > s.length && w.endsWith(s)) return true;
  return false;
}

function isParticiple(w: string): boolean {
  for (const p of PARTICIPLES) if (w.endsWith(p)) return true;
  return false;
}

/**
 * True when `rest` (what follows «می»/«نمی») is a verb stem plus a personal ending. Forms whose rest
 * itself starts with «می» are refused so the rule never fires twice on one word.
 */
export function looksLikeVerbRest(rest: string): boolean {
  if (rest.length < 2 || rest.startsWith('می')) return false;
  for (const stem of VERB_STEMS) {
    if (rest.startsWith(stem) && VERB_ENDINGS.has(rest.slice(stem.length))) return true;
  }
  return false;
}

function isNonVerbMi(w: string): boolean {
  if (NON_VERB_MI_WORDS.has(w)) return true;
  for (const p of NON_VERB_MI_PREFIXES) if (w.startsWith(p)) return true;
  return false;
}

/**
 * Restores the ZWNJs and spaces lost inside one run of letters. Every piece it splits off is either a
 * fixed affix (stable under this function) or the result of a recursive call, which is what makes
 * `normalizeDisplay` idempotent.
 */
function fixWord(w: string): string {
  const n = w.length;
  if (n < 4) return w;
  const c0 = w.charCodeAt(0);
  if (n <= 5) {
    const lost = LOST_SPACE_WORDS.get(w);
    if (lost !== undefined) return lost;
  }
  // lexicon compounds, matched as a prefix so inflected forms (بین‌المللی, خزانه‌داری) follow
  if (COMPOUND_FIRST.has(c0) && COMPOUND_HEADS.has(w.slice(0, 3))) for (const len of COMPOUND_LENGTHS) {
    if (len > w.length) continue;
    const repl = COMPOUND_MAP.get(w.slice(0, len));
    if (repl === undefined) continue;
    const cut = repl.lastIndexOf(ZWNJ);
    return repl.slice(0, cut + 1) + fixWord(repl.slice(cut + 1) + w.slice(len));
  }
  // lost spaces: با/به + noun, word-in-ه + جهانی
  if (c0 === 0x0628) {
    const c1 = w.charCodeAt(1);
    if (c1 === 0x0627 && BA_NOUNS.has(w.slice(2))) return `با ${fixWord(w.slice(2))}`;
    if (c1 === 0x0647 && BE_NOUNS.has(w.slice(2))) return `به ${fixWord(w.slice(2))}`;
  }
  if (n > 6) {
    for (const tail of AFTER_HEH_LIST) {
      const cut = n - tail.length;
      if (cut >= 3 && w.charCodeAt(cut - 1) === 0x0647 && w.endsWith(tail)) {
        return `${fixWord(w.slice(0, cut))} ${tail}`;
      }
    }
  }
  // suffixes
  for (const suf of PARTICIPLE_ENDINGS) {
    if (!w.endsWith(suf)) continue;
    const stem = w.slice(0, n - suf.length);
    if (stem.length >= 3 && isParticiple(stem)) {
      return suf === 'است' ? `${fixWord(stem)} است` : `${fixWord(stem)}${ZWNJ}${suf}`;
    }
    break;
  }
  if (w.endsWith('های') && w.length >= 5) {
    const heh = w.slice(0, -2);
    const before = w[w.length - 4] as string;
    if (before !== 'ه' && isHehWord(heh)) return `${fixWord(heh)}${ZWNJ}ای`;
  }
  const hi = w.lastIndexOf('ها');
  if (hi >= 2 && HA_TAILS.has(w.slice(hi))) {
    const stem = w.slice(0, hi);
    const suf = w.slice(hi);
    const last = stem[stem.length - 1] as string;
    if (!NON_JOINING.has(last) && !HA_EXCEPT_STEMS.has(stem)) return `${fixWord(stem)}${ZWNJ}${suf}`;
  }
  const t = w.endsWith('ترین') ? TARIN_RE.exec(w) : null;
  if (t) {
    const [, stem = ''] = t;
    if (!NON_JOINING.has(stem[stem.length - 1] as string) && !TARIN_EXCEPT_STEMS.has(stem)) {
      return `${fixWord(stem)}${ZWNJ}ترین`;
    }
  }
  // verb prefix
  const pre = c0 === 0x0646 && w.startsWith('نمی') ? 'نمی' : c0 === 0x0645 && w.charCodeAt(1) === 0x06cc ? 'می' : '';
  if (pre !== '') {
    const rest = w.slice(pre.length);
    if (!isNonVerbMi(w) && !isNonVerbMi(`می${rest}`) && looksLikeVerbRest(rest)) {
      return `${pre}${ZWNJ}${fixWord(rest)}`;
    }
  }
  return w;
}

/**
 * Runs `fixWord` over every run of letters that could need it (the start/end gates are checked on
 * char codes, so ordinary words cost no allocation).
 */
function fixWords(s: string): string {
  let parts: string[] | null = null;
  let last = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isW(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isW(s.charCodeAt(j))) j++;
    if (j - i >= 4 && mayNeedFix(s, i, j)) {
      const w = s.slice(i, j);
      const f = fixWord(w);
      if (f !== w) {
        parts ??= [];
        parts.push(s.slice(last, i), f);
        last = j;
      }
    }
    i = j;
  }
  if (parts === null) return s;
  parts.push(s.slice(last));
  return parts.join('');
}

function mayNeedFix(s: string, i: number, j: number): boolean {
  if (START_PAIRS.has(s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1))) return true;
  if (END_PAIRS.has(s.charCodeAt(j - 2) * 0x10000 + s.charCodeAt(j - 1))) return true;
  for (const len of AFTER_HEH_LENGTHS) if (j - i > len + 2 && s.charCodeAt(j - len - 1) === 0x0647) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Join rules (affix written as a separate word)
// ---------------------------------------------------------------------------------------------

// Affixes written as separate words: plural/comparative after any word, «ای/ام/اند…» after a word in
// silent «ه», and the ordinal «ام/امین» after a number word («سی ام» -> «سی‌ام»).
const AFFIX_JOIN_RE = new RegExp(
  ` (?=(ها|های|هایی|هاست|هایش|هایشان|هایمان|ترین|تری|تر|امین|ای|ام|اند|ایم|اید|اش|ات)(?![${W}]))`,
  'g',
);
const PLURAL_AFFIXES = new Set(['ها', 'های', 'هایی', 'هاست', 'هایش', 'هایشان', 'هایمان', 'ترین', 'تری', 'تر']);
const NUMBER_WORDS = new Set(
  'یک دو چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده هیجده نوزده بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد یکصد دویست سیصد چهارصد پانصد ششصد هفتصد هشتصد نهصد هزار میلیون'.split(' '),
);
function affixJoin(m: string, affix: string, at: number, str: string): string {
  const before = str.charCodeAt(at - 1);
  if (!isW(before)) return m;
  if (PLURAL_AFFIXES.has(affix)) return ZWNJ;
  if (affix !== 'امین' && before === 0x0647 && isW(str.charCodeAt(at - 2))) return ZWNJ;
  if (affix === 'ام' || affix === 'امین') {
    let b = at;
    while (b > 0 && isW(str.charCodeAt(b - 1))) b--;
    if (str.charCodeAt(b - 1) !== 0x200c && NUMBER_WORDS.has(str.slice(b, at))) return ZWNJ;
  }
  return m;
}
const MI_JOIN_RE = new RegExp(`(ن?می) ([${W}]+)`, 'g');
const SPACED_COMPOUND_RE = new RegExp(`(${SPACED_COMPOUNDS.map(([a]) => a).join('|')}) (?=${SPACED_COMPOUNDS.map(([, b]) => b).join('|')})`, 'g');
const SPACED_COMPOUND_SET = new Set(SPACED_COMPOUNDS.map(([a, b]) => `${a} ${b}`));

function spacedCompound(m: string, first: string, at: number, str: string): string {
  const c = str.charCodeAt(at - 1);
  if (isW(c) || c === 0x200c) return m;
  const rest = str.slice(at + m.length);
  for (const key of SPACED_COMPOUND_SET) {
    if (key.startsWith(`${first} `) && rest.startsWith(key.slice(first.length + 1))) return `${first}${ZWNJ}`;
  }
  return m;
}

function joinMi(m: string, pre: string, next: string, at: number, str: string): string {
  const c = str.charCodeAt(at - 1);
  if (isW(c) || c === 0x200c) return m;
  return !isNonVerbMi(`می${next}`) && looksLikeVerbRest(next) ? `${pre}${ZWNJ}${next}` : m;
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/**
 * Display form of Persian/English text: what a reader should see and what the extractor's rules read.
 *
 * NFKC, then Arabic letter forms to Persian (ي ى -> ی, ك -> ک; never NFD/NFKD, which would split
 * ئ), tatweel/diacritics/bidi controls removed, NBSP and other spaces -> one space, lines trimmed
 * (NBSP-only lines become empty; line breaks are kept), Persian/Arabic/ASCII digits kept as written,
 * punctuation spacing fixed («بروکسل , زاکانی» -> «بروکسل، زاکانی», «تاریخ:سی» -> «تاریخ: سی»; the
 * decimal separator ٫ is never touched), lost spaces restored (از۵۰ -> از ۵۰, باحضور -> با حضور,
 * شبکهجهانی -> شبکه جهانی) and lost ZWNJs restored by rule (رسانهها, می کند, همکاری های, میشد) and by
 * lexicon (بینالمللی, خزانهدار, گفتوگو), without splitting non-verbs such as میرزاخانی or میدان.
 *
 * Idempotent (`f(f(x)) === f(x)`) and total (never throws). Not offset-preserving: use it on text
 * you will display or extract from, not to map offsets back into raw input.
 */
export function normalizeDisplay(text: string): string {
  if (text === '') return text;
  let s = charPass(text);
  if (s.includes(ZWNJ)) s = s.replace(MULTI_ZWNJ_RE, ZWNJ).replace(ZWNJ_RE, looseZwnj);
  s = s.replace(MULTI_SPACE_RE, ' ');
  // punctuation spacing
  s = s
    .replace(PUNCT_RE, punct)
    .replace(PERIOD_SPACE_RE, periodSpace)
    .replace(PERIOD_GLUE_RE, periodGlue)
    .replace(QUOTE_OPEN_RE, '«')
    .replace(QUOTE_CLOSE_RE, '»')
    .replace(DIGITS_RE, digitSpacing);
  s = s.replace(MULTI_SPACE_RE, ' ').replace(EDGE_SPACE_RE, '');
  // words: glued affixes and compounds, then affixes written apart
  s = fixWords(s);
  s = s
    .replace(AFFIX_JOIN_RE, affixJoin)
    .replace(MI_JOIN_RE, joinMi)
    .replace(SPACED_COMPOUND_RE, spacedCompound);
  return s;
}
