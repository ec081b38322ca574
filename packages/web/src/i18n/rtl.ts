/**
 * Direction of user content. Names, quotes and titles come in Persian or Latin script whatever the UI
 * language is, so the UI marks them `dir="auto"`; where code needs the direction itself (alignment,
 * choosing a font feature) it uses `isRtlText`, which follows the same rule as `dir="auto"`: the first
 * strong directional character decides.
 */

// Letters of Hebrew, Arabic (with the Persian letters), Syriac, Thaana, NKo, Samaritan, Arabic
// Extended and the presentation forms. Persian and Arabic-Indic digits, diacritics and the Arabic
// comma are weak or neutral in the Unicode bidi algorithm, so they are left out: "۱۴۰۲" alone does
// not make a paragraph right-to-left, exactly as dir="auto" behaves.
const RTL_CHAR = /[\u05D0-\u05EA\u05EF-\u05F4\u061B-\u061F\u0620-\u064A\u066E-\u066F\u0671-\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FF\u0700-\u07EA\u0800-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
// Latin, Greek, Cyrillic and other left-to-right letters (not digits or punctuation, which are weak).
const LTR_CHAR = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02B8\u0370-\u03FF\u0400-\u052F\u1E00-\u1FFF]/;

/** True when the first strongly directional character of `text` is right-to-left; false for none. */
export function isRtlText(text: string): boolean {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return true;
    if (LTR_CHAR.test(ch)) return false;
  }
  return false;
}

/** `rtl` or `ltr` for a piece of text, for places where `dir="auto"` cannot be used (e.g. `<title>`). */
export function textDir(text: string): 'rtl' | 'ltr' {
  return isRtlText(text) ? 'rtl' : 'ltr';
}
