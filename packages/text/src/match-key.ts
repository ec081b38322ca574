import { normalizeDisplay } from './normalize.js';

/*
 * Match keys: the folded form every spelling variant of a name shares, used by the gazetteer matcher,
 * name search and full-text search. Kept apart from the display form (normalize.ts) because keys must
 * be cheap (they are computed per token on every article) and must never depend on ZWNJ or spaces.
 */

const KEY_MAP: Record<string, string> = {
  '\u064A': 'ی', '\u0649': 'ی', '\u06D0': 'ی', '\u0626': 'ی',
  '\u0643': 'ک', '\u06AA': 'ک',
  '\u0629': 'ه', '\u06C0': 'ه', '\u06C1': 'ه', '\u06C2': 'ه', '\u06D5': 'ه',
  '\u0622': 'ا', '\u0623': 'ا', '\u0625': 'ا', '\u0671': 'ا',
  '\u0624': 'و',
};
for (let d = 0; d < 10; d++) {
  KEY_MAP[String.fromCharCode(0x06f0 + d)] = String(d);
  KEY_MAP[String.fromCharCode(0x0660 + d)] = String(d);
}
const KEY_RE =
  /[\u064A\u0649\u06D0\u0626\u0643\u06AA\u0629\u06C0\u06C1\u06C2\u06D5\u0622\u0623\u0625\u0671\u0624\u06F0-\u06F9\u0660-\u0669]|[\u00C0-\u024F\u1E00-\u1EFF]|[^\p{L}\p{N}]|[\u0621\u0640\u06D6-\u06ED]/gu;
const latinCache = new Map<string, string>();
function keyChar(c: string): string {
  const m = KEY_MAP[c];
  if (m !== undefined) return m;
  const code = c.charCodeAt(0);
  if (code >= 0xc0 && code <= 0x24f || code >= 0x1e00 && code <= 0x1eff) {
    let f = latinCache.get(c);
    if (f === undefined) {
      // NFD only on Latin letters: strips accents (é -> e) without touching Arabic script.
      f = c.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');
      latinCache.set(c, f);
    }
    return f;
  }
  return '';
}

/**
 * Lookup key for gazetteer matching and search: the same for every spelling variant of a name.
 * Letters folded (ي/ی, ك/ک, ۀ هٔ ة -> ه, أ إ آ -> ا, ؤ -> و, ئ -> ی, ء dropped), no ZWNJ/ZWJ/spaces/
 * punctuation/diacritics/tatweel, ASCII digits, Latin lower-cased without accents (é -> e).
 * `matchKey('رئیس') === matchKey('رییس')`, `matchKey('کلان شهر') === matchKey('کلانشهر')`.
 * Equals the key of `normalizeDisplay(text)` (display changes only spaces/ZWNJ/punctuation, which the
 * key drops), so it skips the display rules for speed. Idempotent and total.
 */
export function matchKey(text: string): string {
  if (text === '') return text;
  // Fast path (most Persian and ASCII words): nothing NFKC or lower-casing could change.
  if (!KEY_SLOW_RE.test(text)) {
    let out = '';
    for (let i = 0; i < text.length; i++) out += KEY_FAST[text.charCodeAt(i)] ?? '';
    return out;
  }
  const s = text.normalize('NFKC').toLowerCase().replace(KEY_RE, keyChar);
  // Lower-casing after NFKC can produce a compatibility character again (rare); fold once more then.
  return s.normalize('NFKC') === s ? s : matchKey(s);
}
// What each code unit of the fast-path range becomes in a key (same result as the slow path, which a
// test checks character by character).
const KEY_FAST: string[] = [];
for (let c = 0; c <= 0x06ff; c++) KEY_FAST[c] = String.fromCharCode(c).replace(KEY_RE, keyChar);
KEY_FAST[0x200c] = '';
KEY_FAST[0x200d] = '';
// Anything outside lower-case ASCII and the Arabic block minus its combining hamza/madda and
// compatibility letters takes the full NFKC + lower-case path.
const KEY_SLOW_RE = /[^\u0000-\u0040\u005B-\u009F\u0600-\u0652\u0656-\u0674\u0679-\u06FF\u200C\u200D]/;

const TOKEN_SPLIT_RE = /[^\p{L}\p{N}\p{M}\u200C\u200D\u0640]+/u;

/**
 * Per-word match keys of the display form, in order: the text is display-normalized (so «همکاری های»
 * is one word and «باحضور» two), split on whitespace and punctuation (a ZWNJ does not split), and
 * each word folded by `matchKey`. Empty keys are dropped. Used by the gazetteer matcher.
 */
export function matchKeyTokens(text: string): string[] {
  const out: string[] = [];
  for (const part of normalizeDisplay(text).split(TOKEN_SPLIT_RE)) {
    if (part === '') continue;
    const k = matchKey(part);
    if (k !== '') out.push(k);
  }
  return out;
}

