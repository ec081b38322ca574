import { describe, expect, it } from 'vitest';
import { KeyTrie } from './trie.js';
import { keyOf, phraseKey, tokenizeKeyed } from './keyed-tokens.js';

const keysOf = (text: string): string[] => tokenizeKeyed(text).map((t) => t.key);

describe('KeyTrie', () => {
  const trie = new KeyTrie<string>();
  trie.add(phraseKey('تهران'), 'tehran');
  trie.add(phraseKey('کلان شهر'), 'metropolis-word');
  trie.add(phraseKey('مونته ویدئو'), 'montevideo');
  trie.add(phraseKey('مجمع شهرداران'), 'short');
  trie.add(phraseKey('مجمع شهرداران آسیایی'), 'amf');

  it('matches a phrase whether its words are spaced, joined by ZWNJ or glued', () => {
    for (const text of ['کلان شهر', 'کلانشهر', 'کلان\u200Cشهر']) {
      expect(trie.longestAt(keysOf(text), 0)?.items).toEqual(['metropolis-word']);
    }
    expect(trie.longestAt(keysOf('مونته‌ویدئو'), 0)?.items).toEqual(['montevideo']);
    expect(trie.longestAt(keysOf('مونته ويدئو'), 0)?.items).toEqual(['montevideo']);
  });

  it('never matches inside a word: «تهرانی» is not Tehran', () => {
    expect(trie.longestAt(keysOf('تهرانی'), 0)).toBeNull();
    expect(trie.longestAt(keysOf('تهران،'), 0)?.end).toBe(1);
  });

  it('prefers the longest match and falls back when accept rejects it', () => {
    const keys = keysOf('مجمع شهرداران آسیایی امروز');
    expect(trie.longestAt(keys, 0)).toEqual({ end: 3, items: ['amf'] });
    expect(trie.longestAt(keys, 0, (items) => items[0] !== 'amf')).toEqual({ end: 2, items: ['short'] });
  });

  it('finds nothing for an empty or unknown start', () => {
    expect(trie.longestAt([], 0)).toBeNull();
    expect(trie.longestAt(keysOf('بروکسل'), 0)).toBeNull();
    expect(trie.get(phraseKey('تهران'))).toEqual(['tehran']);
  });
});

describe('match keys and tokens', () => {
  it('folds Arabic letters, hamza seats, ة/ۀ, diacritics and digits', () => {
    expect(keyOf('رئيس')).toBe(keyOf('رییس'));
    expect(keyOf('تأسیس')).toBe(keyOf('تاسیس'));
    expect(keyOf('كرهٔ')).toBe(keyOf('کره'));
    expect(keyOf('۱۴۰۲')).toBe('1402');
    expect(keyOf('UCLG')).toBe('uclg');
  });

  it('keeps decimals and dates as one token with offsets into the text', () => {
    const text = 'به مدت ۱.۵ سال، تا ۱۴۰۲/۰۹/۱۰';
    const toks = tokenizeKeyed(text);
    expect(toks.map((t) => t.text)).toEqual(['به', 'مدت', '۱.۵', 'سال', '،', 'تا', '۱۴۰۲/۰۹/۱۰']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits at NBSP and drops ZWNJ at word edges', () => {
    expect(tokenizeKeyed('دوشنبه\u00A0۱۶\u00A0مهر').map((t) => t.key)).toEqual(['دوشنبه', '16', 'مهر']);
    expect(tokenizeKeyed('\u200Cشهر\u200C').map((t) => t.text)).toEqual(['شهر']);
  });
});

describe('KEY_SAFE', () => {
  it('lists only characters matchKey leaves unchanged', async () => {
    const { matchKey } = await import('@shahrnet/text');
    const { KEY_SAFE } = await import('./keyed-tokens.js');
    for (let c = 0; c < KEY_SAFE.length; c++) if (KEY_SAFE[c]) expect(matchKey(String.fromCharCode(c))).toBe(String.fromCharCode(c));
  });
});

describe('sequentialString', () => {
  it('keeps every code unit (lone surrogates, ZWNJ, any script), so extraction offsets and text are unchanged', async () => {
    const fc = await import('fast-check');
    const { sequentialString } = await import('./keyed-tokens.js');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => sequentialString(s) === s));
    const concatenated = ['شهرداری', '\u200C', 'تهران', '\uD800'].join('') + ' x';
    expect(sequentialString(concatenated)).toBe(concatenated);
  });
});
