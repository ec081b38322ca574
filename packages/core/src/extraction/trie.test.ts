import { describe, expect, it } from 'vitest';
import { KeyTrie } from './trie.js';
import { keyOf, phraseKey, scanTokens, tokenColumns, tokenIdEpoch, tokenizeKeyed } from './keyed-tokens.js';

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

  it('reports every match shortest first, with the phrase key of each', () => {
    const keys = keysOf('مجمع شهرداران آسیایی امروز');
    expect(trie.matchesAt(keys, 0)).toBe(2);
    expect(trie.matchEnds.slice(0, 2)).toEqual([2, 3]);
    expect(trie.matchHits.slice(0, 2)).toEqual([['short'], ['amf']]);
    expect(trie.matchKeys.slice(0, 2)).toEqual([phraseKey('مجمع شهرداران'), phraseKey('مجمع شهرداران آسیایی')]);
  });

  it('leaves the results of matchesAt alone when an acceptance test calls longestAt', () => {
    const keys = keysOf('مجمع شهرداران آسیایی در تهران');
    const count = trie.matchesAt(keys, 0);
    expect(trie.longestAt(keys, 4)?.items).toEqual(['tehran']);
    expect(trie.matchHits.slice(0, count)).toEqual([['short'], ['amf']]);
  });

  it('finds the same matches through token ids as through keys, and again from its memo', () => {
    const text = 'مجمع شهرداران آسیایی در کلان شهر تهران و مونته ویدئو، مجمع شهرداران آسیایی در تهرانی';
    const cols = tokenColumns(4);
    const n = scanTokens(text, 0, text.length, cols);
    const keys = cols.key.slice(0, n);
    const plain = (): unknown[] => keys.map((_, i) => [trie.matchesAt(keys, i), trie.matchEnds.slice(), trie.matchKeys.slice()]);
    const byId = (): unknown[] => keys.map((_, i) => [trie.matchesAt(keys, i, cols.id, tokenIdEpoch()), trie.matchEnds.slice(), trie.matchKeys.slice()]);
    const expected = plain();
    expect(byId()).toEqual(expected);
    expect(byId()).toEqual(expected);
    expect(plain()).toEqual(expected);
  });

  it('forgets memoized steps when a phrase is added', () => {
    const t = new KeyTrie<string>();
    t.add(phraseKey('شهر'), 'city-word');
    const keys = keysOf('شهر کتاب');
    expect(t.longestAt(keys, 0)?.items).toEqual(['city-word']);
    t.add(phraseKey('شهر کتاب'), 'book-city');
    expect(t.longestAt(keys, 0)?.items).toEqual(['book-city']);
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

describe('tokenizeKeyed (interned tokens)', () => {
  it('gives each token its own text and key, whether seen before or not, across a table reset', () => {
    // 40,000 distinct words (more than the intern table keeps before it is emptied), each twice,
    // some with a joiner inside or trailing, Arabic letters and digits
    const words: string[] = [];
    for (let n = 0; n < 40_000; n++) {
      const w = `ك${n.toString(36)}ي${n % 3 === 0 ? '\u200Cها' : ''}${n % 5 === 0 ? '۱۲' : ''}${n % 7 === 0 ? '\u200C' : ''}`;
      words.push(w, w);
    }
    const text = words.join(' ، ');
    for (const t of tokenizeKeyed(text)) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.key).toBe(t.text === '،' ? '،' : keyOf(t.text));
    }
  });

  it('gives equal ids to equal tokens within an epoch, -1 to punctuation, and grows its columns', () => {
    const text = 'تهران، شهر تهران؛ شهر‌ها و تهران';
    const cols = tokenColumns(2);
    const epoch = tokenIdEpoch();
    const n = scanTokens(text, 0, text.length, cols);
    expect(tokenIdEpoch()).toBe(epoch);
    expect(cols.text.slice(0, n)).toEqual(tokenizeKeyed(text).map((t) => t.text));
    const idOf = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const t = cols.text[i] as string;
      if (t === '،' || t === '؛') expect(cols.id[i]).toBe(-1);
      else if (idOf.has(t)) expect(cols.id[i]).toBe(idOf.get(t));
      else {
        expect([...idOf.values()]).not.toContain(cols.id[i]);
        idOf.set(t, cols.id[i] as number);
      }
    }
    expect(idOf.size).toBe(4);
  });
});
