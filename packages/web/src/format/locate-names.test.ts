import { describe, expect, it } from 'vitest';
import { foldWithOffsets, locateNames } from './locate-names.ts';

describe('locateNames', () => {
  it('finds names across Arabic/Persian letters, ZWNJ and digits, with offsets into the original', () => {
    const text = 'شهردار كرج با شهردار تهران در نشست‌ ۱۴۰۲ دیدار کرد.';
    const spans = locateNames(text, [['کرج', 'Karaj'], ['تهران']]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.index])).toEqual([
      ['كرج', 0],
      ['تهران', 1],
    ]);
  });

  it('marks the longest name and skips names inside it', () => {
    const text = 'مجمع شهرداران کلانشهرهای ایران در تهران';
    const spans = locateNames(text, [['ایران'], ['مجمع شهرداران کلانشهرهای ایران']]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['مجمع شهرداران کلانشهرهای ایران']);
  });

  it('matches Latin names case-insensitively and ignores one-letter names', () => {
    const text = 'The mayor of BOGOTÁ met a delegation';
    expect(locateNames(text, [['Bogotá'], ['a']]).map((s) => text.slice(s.start, s.end))).toEqual(['BOGOTÁ']);
  });

  it('folds digits and drops joiners', () => {
    expect(foldWithOffsets('می‌روند ۱۲').folded).toBe('میروند12');
  });
});
