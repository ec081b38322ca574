import { describe, expect, it } from 'vitest';
import { pickLabel } from './use-format.ts';

describe('pickLabel', () => {
  it('prefers the reader language, falls back to the other, then to the id', () => {
    expect(pickLabel({ fa: 'تهران', en: 'Tehran' }, 'en')).toEqual({ text: 'Tehran', lang: 'en' });
    expect(pickLabel({ fa: 'تهران' }, 'en')).toEqual({ text: 'تهران', lang: 'fa' });
    expect(pickLabel({}, 'fa', 'tehran')).toEqual({ text: 'tehran', lang: undefined });
  });

  it('marks the language by the script of the text, not the key it came under', () => {
    expect(pickLabel({ fa: 'UCLG' }, 'fa')).toEqual({ text: 'UCLG', lang: 'en' });
  });
});
