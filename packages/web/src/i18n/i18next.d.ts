import type en from './en.json';

// Types translation keys from en.json: `t('search.title')` compiles, `t('search.titel')` does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
