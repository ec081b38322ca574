import { describe, expect, it } from 'vitest';
import { nameKey } from './fold-key.js';

describe('nameKey', () => {
  it('folds Arabic letter forms, ZWNJ, spaces and hamza', () => {
    expect(nameKey('علي')).toBe(nameKey('علی'));
    expect(nameKey('كرج')).toBe(nameKey('کرج'));
    expect(nameKey('می‌خواهم')).toBe(nameKey('می خواهم'));
    expect(nameKey('مسئول')).toBe(nameKey('مسیول'));
    expect(nameKey('خانهٔ')).toBe(nameKey('خانه'));
    expect(nameKey('مدرسة')).toBe(nameKey('مدرسه'));
    expect(nameKey('آذربایجان')).toBe(nameKey('اذربایجان'));
  });
  it('folds case, diacritics and digits', () => {
    expect(nameKey('São Paulo')).toBe('saopaulo');
    expect(nameKey('Zürich')).toBe(nameKey('zurich'));
    expect(nameKey('منطقه ۱۲')).toBe(nameKey('منطقه 12'));
  });
  it('keeps different names apart', () => {
    expect(nameKey('تهران')).not.toBe(nameKey('تبریز'));
  });
});
