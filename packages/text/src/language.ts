const EN_STOPWORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'for', 'on', 'with', 'was', 'that', 'by', 'as', 'at', 'from', 'are', 'its', 'has', 'this', 'were', 'will']);
const WORD_RE = /[a-z]+/g;

function isArabicScript(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}
function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Language of an article: 'fa' for Persian (Arabic script with Persian letter forms — ی ک پ چ ژ گ
 * outnumber Arabic-only ي ك ة), 'en' for English (Latin script with common English function words),
 * 'other' otherwise (Arabic, French, too little text). Looks at the first 4,000 characters.
 */
export function detectLanguage(text: string): 'fa' | 'en' | 'other' {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let arabic = 0;
  let latin = 0;
  let persianForms = 0;
  let arabicForms = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (isArabicScript(c)) {
      arabic++;
      if (c === 0x06cc || c === 0x06a9 || c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af) persianForms++;
      else if (c === 0x064a || c === 0x0643 || c === 0x0629) arabicForms++;
    } else if (isLatinLetter(c)) latin++;
  }
  if (arabic + latin < 3) return 'other';
  if (arabic >= latin) return persianForms >= arabicForms && persianForms > 0 ? 'fa' : 'other';
  const words = sample.toLowerCase().match(WORD_RE) ?? [];
  let stop = 0;
  for (const w of words) if (EN_STOPWORDS.has(w)) stop++;
  return words.length > 0 && stop / words.length >= 0.08 ? 'en' : 'other';
}

function isRtlCode(c: number): boolean {
  return (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}
const LETTER_RE = /\p{L}/u;

/**
 * True when the text's first strong directional character is right-to-left (Hebrew/Arabic script) —
 * the rule browsers apply for `dir="auto"`, so the UI can set direction the same way. Digits,
 * punctuation and spaces are neutral; text without a strong character is not RTL.
 */
export function isRtlText(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (isRtlCode(c)) return true;
    if (c >= 0x1e800 && c <= 0x1efff) return true;
    if (LETTER_RE.test(ch)) return false;
  }
  return false;
}
