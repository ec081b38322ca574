import { createHash } from 'node:crypto';
import { nameKey } from '../registry/fold-key.js';

/** A word of a text with its character offsets (UTF-16, as JavaScript strings) and its folded key. */
export interface FoldedToken {
  start: number;
  end: number;
  key: string;
}

// A word: letters, digits, combining marks, and the joiners/tatweel that live inside Persian words
// (ZWNJ, ZWJ, U+0640), so «می‌روند» stays one word and folds to the same key as «میروند».
const WORD = /[\p{L}\p{N}\p{M}\u200c\u200d\u0640]+/gu;

// Folding is the hot path of ingest and search; news vocabulary is small, so a bounded cache of
// word -> key avoids re-running the Unicode normalisation for every occurrence.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** The match key of one word (the same folding as entity names: ي/ی, ك/ک, hamza, ZWNJ, diacritics, digits). */
export function foldWord(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    key = nameKey(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, key);
  }
  return key;
}

/**
 * Splits `text` into words and folds each one, keeping offsets into `text`. Words that fold to nothing
 * (a lone tatweel) are dropped. Used for the search index, for queries and to highlight snippets, so that
 * what is indexed, what is asked and what is marked agree token for token.
 */
export function foldTokens(text: string): FoldedToken[] {
  const out: FoldedToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const key = foldWord(m[0]);
    if (key) out.push({ start: m.index, end: m.index + m[0].length, key });
  }
  return out;
}

/**
 * The folded form of a text for the full-text index: folded words separated by single spaces. FTS5's
 * unicode61 tokenizer and PostgreSQL's `simple` configuration both split it back into exactly these words,
 * and neither folds ك/ي by itself, which is why folding happens here, before insert and before query.
 */
export function foldForSearch(text: string): string {
  let s = '';
  for (const m of text.matchAll(WORD)) {
    const key = foldWord(m[0]);
    if (key) s += s ? ` ${key}` : key;
  }
  return s;
}

/**
 * The exact-duplicate key of an article: SHA-256 (hex) of its folded words. Two copies that differ only in
 * letter variants, ZWNJ, punctuation or spacing get the same hash.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(foldForSearch(text)).digest('hex');
}

/** `contentHash` of a text whose words are already folded (`foldTokens(text).map(t => t.key)`): the same value, without folding twice. */
export function contentHashOfWords(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex');
}

/** SHA-256 (hex) of raw input, for "this exact record was already ingested" checks before any cleaning. */
export function rawHash(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}
