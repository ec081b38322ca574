import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeDisplay } from './normalize.js';
import { matchKey, matchKeyTokens } from './match-key.js';
import { toAsciiDigits, toPersianDigits } from './digits.js';

const Z = '\u200C';

describe('normalizeDisplay: the persian-text.md checklist', () => {
  const rows: Array<[string, string, string]> = [
    ['Arabic letters', 'يک شنبه / كليه', 'یک شنبه / کلیه'],
    ['NBSP', 'دوشنبه\u00a0۱۶\u00a0مهر', 'دوشنبه ۱۶ مهر'],
    ['NBSP-only line', 'الف\n\u00a0\u00a0\nب', 'الف\n\nب'],
    ['tatweel', 'دنیـــا', 'دنیا'],
    ['diacritics', 'حَذف', 'حذف'],
    ['space before affix: verb', 'می کند', `می${Z}کند`],
    ['space before affix: plural', 'همکاری های', `همکاری${Z}های`],
    ['space before affix: ای', 'کمیته ای', `کمیته${Z}ای`],
    ['lost ZWNJ, plural', 'رسانهها', `رسانه${Z}ها`],
    ['lost ZWNJ, ای', 'دعوتنامهای', `دعوتنامه${Z}ای`],
    ['lost ZWNJ, verb', 'میشد', `می${Z}شد`],
    ['lexicon', 'بینالمللی', `بین${Z}المللی`],
    ['lexicon', 'خزانهدار', `خزانه${Z}دار`],
    ['lexicon', 'گفتوگو', `گفت${Z}وگو`],
    ['lost space, digits', 'از۵۰', 'از ۵۰'],
    ['lost space, با', 'باحضور', 'با حضور'],
    ['lost space, compound', 'شبکهجهانی', 'شبکه جهانی'],
    ['colon and ordinal', 'تاريخ:سی ام', `تاریخ: سی${Z}ام`],
    ['Persian comma', 'بروکسل , زاکانی', 'بروکسل، زاکانی'],
  ];
  for (const [what, input, expected] of rows) {
    it(`${what}: ${input}`, () => {
      expect(normalizeDisplay(input)).toBe(expected);
    });
  }

  it('keeps digits as written and never turns the decimal separator into a comma', () => {
    expect(normalizeDisplay('۱٫۵ و ۱.۵ و ١٤٠٢ و 1402')).toBe('۱٫۵ و ۱.۵ و ١٤٠٢ و 1402');
    expect(normalizeDisplay('۱۰، ۲۰ نفری')).toBe('۱۰، ۲۰ نفری');
    expect(normalizeDisplay('۱۰،۲۰')).toBe('۱۰،۲۰');
  });

  it('does not split non-verbs that start with «می»', () => {
    for (const w of ['میرزاخانی', 'میراث', 'میربیزنس', 'میز', 'میلیون', 'میلاد', 'میان', 'میدان', 'میهمان', 'میزبانی', 'میثم']) {
      expect(normalizeDisplay(w)).toBe(w);
    }
  });

  it('splits real «می»/«نمی» verbs, glued or spaced', () => {
    expect(normalizeDisplay('میکنند میگویند میتوان میآورد نمیشود')).toBe(
      `می${Z}کنند می${Z}گویند می${Z}توان می${Z}آورد نمی${Z}شود`,
    );
    expect(normalizeDisplay('نمی دانیم')).toBe(`نمی${Z}دانیم`);
    // «می» the month (May) before a year is not a verb prefix
    expect(normalizeDisplay('ماه می ۲۰۲۳')).toBe('ماه می ۲۰۲۳');
  });

  it('restores suffix ZWNJ without breaking words that only look suffixed', () => {
    expect(normalizeDisplay('شهرداریهاست فعالیتها مهمترین عالیترین')).toBe(
      `شهرداری${Z}هاست فعالیت${Z}ها مهم${Z}ترین عالی${Z}ترین`,
    );
    expect(normalizeDisplay('تنها انتهای بهترین بیشترین کشورهای')).toBe('تنها انتهای بهترین بیشترین کشورهای');
    expect(normalizeDisplay('شدهاند کرده اند')).toBe(`شده${Z}اند کرده${Z}اند`);
  });

  it('fixes punctuation spacing but leaves times and URLs alone', () => {
    expect(normalizeDisplay('کد : 278841 ساعت 11:37 http://example.ir/a')).toBe('کد: 278841 ساعت 11:37 http://example.ir/a');
    expect(normalizeDisplay('گفت ؛ آمد ؟')).toBe('گفت؛ آمد؟');
    expect(normalizeDisplay('« متروپلیس »')).toBe('«متروپلیس»');
  });

  it('uses NFKC, never a decomposition that would split ئ', () => {
    expect(normalizeDisplay('ﻻ')).toBe('لا');
    expect(normalizeDisplay('رئیس')).toBe('رئیس');
    expect(normalizeDisplay('ي\u0654')).toBe('ئ');
  });
});

describe('matchKey', () => {
  it('folds spelling variants to one key', () => {
    expect(matchKey('رئیس')).toBe(matchKey('رییس'));
    expect(matchKey('کلان شهر')).toBe(matchKey('کلانشهر'));
    expect(matchKey('تأکید')).toBe(matchKey('تاکید'));
    expect(matchKey('مؤثر')).toBe(matchKey('موثر'));
    expect(matchKey('کرهٔ جنوبی')).toBe(matchKey('کره جنوبی'));
    expect(matchKey('کرۀ جنوبی')).toBe(matchKey('کره جنوبي'));
    expect(matchKey('گفت‌وگو')).toBe(matchKey('گفتوگو'));
    expect(matchKey('شيراز')).toBe('شیراز');
  });
  it('folds digits and Latin', () => {
    expect(matchKey('۱۴۰۲/۰۹/۱۰')).toBe('14020910');
    expect(matchKey('١٤٠٢')).toBe('1402');
    expect(matchKey('Café São-Paulo')).toBe('cafesaopaulo');
  });
  it('equals the key of the display form', () => {
    for (const s of ['باحضور سفیر', 'رسانهها و کمیته ای', 'از۵۰ کشور', 'بروکسل , زاکانی']) {
      expect(matchKey(normalizeDisplay(s))).toBe(matchKey(s));
    }
  });
  it('matchKeyTokens splits on whitespace and punctuation of the display form', () => {
    expect(matchKeyTokens('همکاری های بین‌المللی، باحضور «رئیس»')).toEqual(['همکاریهای', 'بینالمللی', 'با', 'حضور', 'رییس']);
  });
});

describe('digits', () => {
  it('converts both ways and keeps length', () => {
    expect(toAsciiDigits('۱۴۰۲/۰۹/۱۰ , ١٤٠٢')).toBe('1402/09/10 , 1402');
    expect(toPersianDigits('1402 و ١٤')).toBe('۱۴۰۲ و ۱۴');
  });
});

// Persian-heavy strings find more rule interactions than arbitrary Unicode does.
const persianChars = [...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكۀةأإآؤئءـًٌٍَُِّْٔ ۰۱۲۳۴۵۶۷۸۹0123456789.,،:؛؟!«»\n\u00a0\u200C'];
const persianText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...persianChars),
      fc.constantFrom('می', 'نمی', 'ها', 'های', 'هایی', 'ای', 'ام', 'اند', 'ترین', 'تر', 'ه', ' ', 'با', 'به', 'سی', 'بین', 'المللی', 'کند', 'شد', 'نامه', 'شده', 'جهانی'),
    ),
    { maxLength: 40 },
  )
  .map((a) => a.join(''));

describe('normalization properties', () => {
  it('normalizeDisplay is idempotent and total on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), persianText), (s) => {
        const once = normalizeDisplay(s);
        expect(normalizeDisplay(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
  it('matchKey is idempotent, total, and agrees with the display form', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), persianText), (s) => {
        const k = matchKey(s);
        expect(matchKey(k)).toBe(k);
        expect(matchKey(normalizeDisplay(s))).toBe(k);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('matchKey fast path', () => {
  it('gives the same key as the full NFKC path for every character it handles', () => {
    // «À» forces the slow path and folds to one letter, so the rest must match the fast path's key
    for (let c = 0; c <= 0x06ff; c++) {
      const fast = (c <= 0x9f && !(c >= 0x41 && c <= 0x5a)) || (c >= 0x600 && !(c >= 0x653 && c <= 0x655) && !(c >= 0x675 && c <= 0x678));
      if (!fast) continue;
      const ch = String.fromCharCode(c);
      expect(matchKey(ch), `U+${c.toString(16)}`).toBe(matchKey(`À${ch}`).slice(1));
    }
  });
});
