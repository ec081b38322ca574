import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fa from './fa.json';
import { DEFAULT_LANGUAGE, isLanguageCode, languageDir, type LanguageCode } from './languages.ts';

/** localStorage key of the chosen UI language. */
export const LANGUAGE_STORAGE_KEY = 'shahrnet.language';

/** Translation resources: en.json is the source of keys, fa.json must have the same keys (tested). */
export const RESOURCES = { en: { translation: en }, fa: { translation: fa } } as const;

/** The stored language, or Persian. Never throws (storage can be disabled). */
export function storedLanguage(): LanguageCode {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguageCode(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/**
 * Puts `lang` and `dir` on `<html>`. index.html ships `lang="fa" dir="rtl"` so a Persian first paint
 * never flips; this runs on every language change. Mantine's DirectionProvider watches the attribute.
 */
export function applyDocumentLanguage(lang: LanguageCode, doc: Document = document): void {
  doc.documentElement.setAttribute('lang', lang);
  doc.documentElement.setAttribute('dir', languageDir(lang));
}

/**
 * Creates and initialises an i18next instance (synchronously: resources are bundled). One instance per
 * app (and one per test) so tests do not share language state.
 */
export function createI18n(lang: LanguageCode = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['fa', 'en'],
    interpolation: { escapeValue: false }, // React escapes; double escaping would show &quot; in names
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Switches the UI language: i18next, `<html lang dir>` and the stored choice. */
export async function setLanguage(instance: I18n, lang: LanguageCode): Promise<void> {
  await instance.changeLanguage(lang);
  applyDocumentLanguage(lang);
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // storage disabled (private mode): the choice lasts for this page only
  }
}
