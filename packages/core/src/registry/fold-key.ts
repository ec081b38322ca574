/**
 * Placeholder for `matchKey` of `@shahrnet/text` until it lands: the ONE function that computes the
 * search key of a name. Stored keys (column `entity_names.key`) and query keys must come from the
 * same function, so every caller imports `nameKey` from here and nowhere else.
 */
const ARABIC_TO_PERSIAN: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ە': 'ه',
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و',
};

/**
 * Folds a name to its match key: NFKD, no diacritics (Latin accents and Arabic harakat), lower case,
 * Arabic letter forms to Persian (ي/ی, ك/ک, ۀ/ة/ه, hamza carriers to their base letter), no hamza,
 * tatweel, ZWNJ/ZWJ, spaces or punctuation, Persian/Arabic digits to ASCII. `"Tehran"`, `"تهران"`
 * and `"ته‌ران"` give keys that compare equal to their variants. Pure and deterministic.
 */
export function nameKey(text: string): string {
  let s = text.normalize('NFKD').toLowerCase();
  // Combining marks: Latin accents and Arabic harakat/superscript alef, plus standalone hamza.
  s = s.replace(/[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0621]/g, '');
  s = s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  s = s.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  s = [...s].map((c) => ARABIC_TO_PERSIAN[c] ?? c).join('');
  // Drop everything that is not a letter or a digit: spaces, ZWNJ, tatweel, hyphens, punctuation.
  s = s.replace(/[^\p{L}\p{N}]/gu, '');
  return s;
}
