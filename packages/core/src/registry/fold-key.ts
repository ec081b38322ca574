import { matchKey } from '@shahrnet/text';

/**
 * The ONE function that computes the search key of a name: `matchKey` of `@shahrnet/text` (the
 * gazetteer uses the same key, so a name found in an article and a name typed in the search box
 * meet). Stored keys (column `entity_names.key`) and query keys both come from here. It folds
 * ي/ی, ك/ک, ZWNJ/ZWJ, spaces and punctuation, hamza forms, ۀ/هٔ/ة, tatweel, diacritics, Persian and
 * Arabic digits, and Latin case/accents.
 *
 * If the key function changes, stored keys must be recomputed (a migration that rewrites
 * `entity_names.key` and `entities.sort_key`).
 */
export function nameKey(text: string): string {
  return matchKey(text);
}
