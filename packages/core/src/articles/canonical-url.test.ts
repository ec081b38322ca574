import { describe, it, expect } from 'vitest';
import { canonicalUrl, siteOf } from './canonical-url.js';

describe('canonicalUrl', () => {
  it('lower-cases the host, drops www, fragment and tracking parameters', () => {
    expect(canonicalUrl('HTTP://WWW.Example.IR/news/12/?utm_source=tg&id=5&fbclid=x#top')).toBe('https://example.ir/news/12?id=5');
  });
  it('sorts the remaining parameters so their order does not matter', () => {
    expect(canonicalUrl('https://a.ir/x?b=2&a=1')).toBe(canonicalUrl('https://a.ir/x?a=1&b=2'));
  });
  it('gives raw and percent-encoded Persian paths the same key', () => {
    const raw = canonicalUrl('https://a.ir/خبر/تهران');
    expect(raw).toBe(canonicalUrl('https://a.ir/%d8%ae%d8%a8%d8%b1/%d8%aa%d9%87%d8%b1%d8%a7%d9%86'));
    expect(raw).toMatch(/^https:\/\/a\.ir\/%D8%AE/);
  });
  it('keeps a non-default port and the root slash', () => {
    expect(canonicalUrl('https://a.ir:8443/')).toBe('https://a.ir:8443/');
    expect(canonicalUrl('https://a.ir:443/')).toBe('https://a.ir/');
  });
  it('rejects what is not an http(s) URL', () => {
    expect(() => canonicalUrl('ftp://a.ir/x')).toThrow(/http/);
    expect(() => canonicalUrl('not a url')).toThrow(/not a URL/);
    expect(siteOf('nonsense')).toBeNull();
    expect(siteOf('https://www.ISNA.ir/news/1')).toBe('isna.ir');
  });
});
