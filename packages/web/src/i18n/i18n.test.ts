import { describe, expect, it } from 'vitest';
import en from './en.json';
import fa from './fa.json';
import { applyDocumentLanguage, createI18n, LANGUAGE_STORAGE_KEY, setLanguage, storedLanguage } from './i18n.ts';
import { languageDir, LANGUAGES } from './languages.ts';
import { isRtlText } from './rtl.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*([\w]+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const enKeys = flatten(en);
  const faKeys = flatten(fa);

  it('fa.json has exactly the keys of en.json', () => {
    expect([...faKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys.keys()].filter((k) => !faKeys.has(k))).toEqual([]);
  });

  it('every fa string uses the same placeholders as its en string and is not empty', () => {
    for (const [key, text] of enKeys) {
      const faText = faKeys.get(key) ?? '';
      expect(faText.trim(), key).not.toBe('');
      expect(placeholders(faText), key).toEqual(placeholders(text));
    }
  });

  it('formats interpolated numbers with Persian digits in fa', () => {
    const i18n = createI18n('fa');
    expect(i18n.t('search.results', { count: 12 })).toBe('۱۲ نتیجه');
    const enI18n = createI18n('en');
    expect(enI18n.t('search.results', { count: 1 })).toBe('1 result');
    expect(enI18n.t('search.results', { count: 12 })).toBe('12 results');
  });
});

describe('language switching', () => {
  it('has one RTL and one LTR language in the table, Persian first', () => {
    expect(LANGUAGES[0].code).toBe('fa');
    expect(languageDir('fa')).toBe('rtl');
    expect(languageDir('en')).toBe('ltr');
  });

  it('sets <html lang dir> and remembers the choice', async () => {
    const i18n = createI18n('fa');
    await setLanguage(i18n, 'en');
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storedLanguage()).toBe('en');
    applyDocumentLanguage('fa');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
  });

  it('ignores an unknown stored language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(storedLanguage()).toBe('fa');
  });
});

describe('isRtlText', () => {
  it('decides by the first strong character, like dir="auto"', () => {
    expect(isRtlText('تهران')).toBe(true);
    expect(isRtlText('Tehran')).toBe(false);
    expect(isRtlText('2023 تهران')).toBe(true); // digits are weak
    expect(isRtlText('«Metropolis» در تهران')).toBe(false);
    expect(isRtlText('۱۴۰۲')).toBe(false); // Persian digits alone are not strong RTL
    expect(isRtlText('')).toBe(false);
  });
});
