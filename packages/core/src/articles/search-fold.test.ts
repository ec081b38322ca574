import { describe, it, expect } from 'vitest';
import { contentHash, foldForSearch, foldTokens } from './search-fold.js';

describe('search folding', () => {
  it('folds Arabic letter forms and ZWNJ per word', () => {
    expect(foldForSearch('شهردار كرمانشاه مي‌رود')).toBe(foldForSearch('شهردار کرمانشاه میرود'));
    expect(foldForSearch('شهردار كرمانشاه مي‌رود').split(' ')).toHaveLength(3);
  });
  it('keeps offsets into the original text', () => {
    const text = 'دیدار با «شهردار» تهران.';
    const tokens = foldTokens(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['دیدار', 'با', 'شهردار', 'تهران']);
  });
  it('hashes content independently of spelling variants and spacing', () => {
    expect(contentHash('نشست  شوراي شهر\nيزد')).toBe(contentHash('نشست شورای شهر یزد'));
    expect(contentHash('نشست شورای شهر یزد')).not.toBe(contentHash('نشست شورای شهر کرج'));
  });
});
