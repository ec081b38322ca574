/**
 * The languages of the UI. `rtl` drives `<html dir>` and Mantine's direction; `intl` is the BCP 47
 * locale handed to `Intl` for numbers and dates (fa-IR gives Persian digits). Persian comes first
 * because it is the default: most sources and most users are Persian.
 */
export const LANGUAGES = [
  { code: 'fa', name: 'فارسی', rtl: true, intl: 'fa-IR' },
  { code: 'en', name: 'English', rtl: false, intl: 'en-GB' },
] as const;

/** A UI language code. */
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** The language used when nothing is stored: Persian. */
export const DEFAULT_LANGUAGE: LanguageCode = 'fa';

/** True when `code` is one of the UI languages (guards values read from storage or URLs). */
export function isLanguageCode(code: unknown): code is LanguageCode {
  return LANGUAGES.some((l) => l.code === code);
}

/** The table row of a language; unknown codes fall back to the default language. */
export function languageInfo(code: string): (typeof LANGUAGES)[number] {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}

/** `rtl` or `ltr` for a UI language. */
export function languageDir(code: string): 'rtl' | 'ltr' {
  return languageInfo(code).rtl ? 'rtl' : 'ltr';
}
