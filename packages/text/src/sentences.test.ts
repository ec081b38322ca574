import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitSentences, tokenize } from './sentences.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at Persian and Latin sentence ends and line breaks', () => {
    expect(texts('شهردار آمد. جلسه آغاز شد؟ بله! پایان')).toEqual(['شهردار آمد.', 'جلسه آغاز شد؟', 'بله!', 'پایان']);
    expect(texts('بند اول؛ بند دوم\n\nپاراگراف دوم')).toEqual(['بند اول؛', 'بند دوم', 'پاراگراف دوم']);
  });
  it('does not split decimals, abbreviations or quotations', () => {
    expect(texts('به مدت ۱.۵ سال و 2.5 ماه ادامه دارد.')).toHaveLength(1);
    expect(texts('در سال ۱۴۴۵ ه.ق برگزار شد. سپس')).toEqual(['در سال ۱۴۴۵ ه.ق برگزار شد.', 'سپس']);
    expect(texts('در سال ۵۰۰ ق.م ساخته شد.')).toHaveLength(1);
    expect(texts('Mr. Smith met U.S. officials. Then he left.')).toEqual(['Mr. Smith met U.S. officials.', 'Then he left.']);
    expect(texts('او گفت: «ما آمدیم. ما ماندیم.» و رفت.')).toEqual(['او گفت: «ما آمدیم. ما ماندیم.» و رفت.']);
  });
  it('splits a Persian sentence glued to the next one but not URLs', () => {
    expect(texts('تشکیل شد.وی افزود')).toEqual(['تشکیل شد.', 'وی افزود']);
    expect(texts('www.example.ir را ببینید')).toHaveLength(1);
  });
  it('keeps closing quotes with the sentence and gives exact offsets', () => {
    const t = '  «پایان.» آغاز';
    const spans = splitSentences(t);
    expect(spans.map((s) => s.text)).toEqual(['«پایان.»', 'آغاز']);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
  it('spans are in order, non-overlapping, within bounds, and non-empty (property)', () => {
    const alphabet = fc.constantFrom(...'اب پ.۱!?؟؛\n «»“”U.S ه.ق'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''))), (t) => {
        let prev = 0;
        for (const s of splitSentences(t)) {
          expect(s.start).toBeGreaterThanOrEqual(prev);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(s.start, s.end)).toBe(s.text);
          prev = s.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  it('classifies words, numbers, Latin and punctuation with offsets', () => {
    const t = 'شهرداری‌های تهران در ۱۴۰۲/۰۹/۱۰ با UCLG، ۱.۵ G20';
    const toks = tokenize(t);
    expect(toks.map((k) => [k.text, k.kind])).toEqual([
      ['شهرداری‌های', 'word'], ['تهران', 'word'], ['در', 'word'], ['۱۴۰۲/۰۹/۱۰', 'number'], ['با', 'word'],
      ['UCLG', 'latin'], ['،', 'punct'], ['۱.۵', 'number'], ['G20', 'latin'],
    ]);
    for (const k of toks) expect(t.slice(k.start, k.end)).toBe(k.text);
  });
  it('does not join digits across a Persian list comma', () => {
    expect(tokenize('۱۰، ۲۰').map((k) => k.text)).toEqual(['۱۰', '،', '۲۰']);
  });
});
