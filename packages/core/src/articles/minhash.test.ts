import { describe, it, expect } from 'vitest';
import { decodeSignature, encodeSignature, lshBuckets, minhashSignature, signatureSimilarity } from './minhash.js';

function words(n: number, seed: number): string[] {
  return Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 100003}`);
}

describe('minhash', () => {
  it('gives identical texts similarity 1 and equal buckets', () => {
    const a = minhashSignature(words(300, 1));
    expect(signatureSimilarity(a, minhashSignature(words(300, 1)))).toBe(1);
    expect(lshBuckets(a)).toEqual(lshBuckets(minhashSignature(words(300, 1))));
  });
  it('rates a lightly edited copy high and an unrelated text low', () => {
    const base = words(400, 2);
    const edited = [...base.slice(0, 180), 'تغییر', 'جدید', ...base.slice(190), 'منبع', 'خبرگزاری'];
    const similar = signatureSimilarity(minhashSignature(base), minhashSignature(edited));
    const other = signatureSimilarity(minhashSignature(base), minhashSignature(words(400, 3)));
    expect(similar).toBeGreaterThan(0.75);
    expect(other).toBeLessThan(0.15);
    const shared = lshBuckets(minhashSignature(base)).filter((b) => lshBuckets(minhashSignature(edited)).includes(b));
    expect(shared.length).toBeGreaterThan(0);
  });
  it('round-trips a signature through its text form and keeps buckets safe integers', () => {
    const sig = minhashSignature(words(50, 4));
    expect(decodeSignature(encodeSignature(sig))).toEqual(sig);
    for (const b of lshBuckets(sig)) expect(Number.isSafeInteger(b)).toBe(true);
  });
});
