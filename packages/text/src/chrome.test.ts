import { describe, it, expect } from 'vitest';
import { cleanText, detectLanguage, isRtlText } from './chrome.js';

// Our own fixtures: they imitate the layouts of scraped pages (header date, metadata line, repeated
// titles, dateline, tags, comment and share boxes, aggregator footer) with invented sentences.
const NB = '\u00a0';
const pageWithHeaderAndMeta = [
  'يک شنبه 12 آبان 1403',
  '',
  'گزارش سفر شهردار اصفهان به مسکو',
  '',
  `  تاريخ:بیست و یکم مهر 1402 ساعت 09:15   |     کد : 55120   |     مشاهده: 321`,
  'معاون امور بین الملل شهرداری اصفهان از نتایج سفر هیات شهری به مسکو سخن گفت.',
  'به گزارش ایسنا، وی صبح امروز در جمع خبرنگاران گفت: در این سفر دو تفاهمنامه همکاری میان دو شهر امضا شد و رسانهها از آن خبر دادند.',
  'وی افزود: شهردار مسکو نیز برای سفر به اصفهان دعوت شد.',
  '',
  'https://example.ir/news/55120',
  'Share',
  '',
  'برچسب ها :  اصفهان , مسکو',
  'آدرس ايميل شما:',
  NB + NB,
  'کليه حقوق محفوظ و متعلق به پايگاه خبری نمونه ميباشد',
].join('\n');

const pageWithRepeatedTitle = [
  'امروز سه شنبه ۲ بهمن ۱۴۰۳',
  'مشاهده ۱۲۰',
  '۱۴۰۳/۱۰/۲۵- ۰۸:۴۰',
  'تعداد بازدید:120 25 دی 1403 - 08:40',
  'دیدار سفیر ایتالیا با شهردار شیراز',
  '',
  'دیدار سفیر ایتالیا با شهردار شیراز',
  '',
  'دیدار سفیر ایتالیا با شهردار شیراز',
  '',
  'شیراز- ایرنا- سفیر ایتالیا در سفری دو روزه به شیراز با شهردار این شهر دیدار و درباره همکاری‌های فرهنگی گفتگو کرد.',
  '',
  'گسترش همکاری‌های فرهنگی',
  '',
  'در این دیدار دو طرف بر برگزاری هفته فرهنگی مشترک در سال آینده تاکید کردند.',
  '',
  'متن دیدگاه',
  'نظرات کاربران',
  'تاکنون نظری ثبت نشده است',
  'امتیاز شما',
].join('\n');

const aggregatorPage = [
  'شهر رشت به شبکه شهرهای خلاق پیوست',
  '',
  'ایرنا دوشنبه 27 دی 1400 - 12:50',
  'رشت- ایرنا- شهردار رشت از پیوستن این شهر به شبکه جهانی شهرهای خلاق خبر داد.',
  'شهر رشت به شبکه شهرهای خلاق پیوست',
  '',
  'به گزارش ایرنا، وی افزود: این عضویت فرصت تازه‌ای برای معرفی غذاهای محلی است.',
  '',
  'منبع خبر "ایرنا" است و موتور جستجوگر نمونه در قبال محتوای آن هیچ مسئولیتی ندارد. (ادامه)',
  'با استناد به ماده ۷۴ قانون تجارت الکترونیک مصوب ۱۳۸۲/۱۰/۱۷ مجلس شورای اسلامی مسئولیت محتوا با منبع است.',
].join('\n');

describe('cleanText', () => {
  it('tells the crawl date from the published date and strips the metadata line', () => {
    const a = cleanText(pageWithHeaderAndMeta);
    expect(a.crawlDate?.start).toBe('2024-11-02');
    expect(a.published).toMatchObject({ start: '2023-10-13', time: '09:15', offset: '+03:30', precision: 'minute' });
    expect(a.title).toBe('گزارش سفر شهردار اصفهان به مسکو');
    expect(a.source).toBe('ایسنا');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[1]).toContain('تفاهم‌نامه');
    expect(a.paragraphs[1]).toContain('رسانه‌ها');
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
    for (const chrome of ['Share', 'https://example.ir', 'برچسب', 'ایمیل', 'کلیه حقوق', 'کد:']) {
      expect(a.text).not.toContain(chrome);
    }
    expect(a.removed.some((r) => r.startsWith('برچسب'))).toBe(true);
  });

  it('keeps one copy of a repeated title, strips the dateline and the comment box, keeps subheadings', () => {
    const a = cleanText(pageWithRepeatedTitle);
    expect(a.crawlDate?.start).toBe('2025-01-21');
    expect(a.published?.iso).toBe('2025-01-14T08:40+03:30');
    expect(a.title).toBe('دیدار سفیر ایتالیا با شهردار شیراز');
    expect(a.paragraphs).toEqual([
      'سفیر ایتالیا در سفری دو روزه به شیراز با شهردار این شهر دیدار و درباره همکاری‌های فرهنگی گفتگو کرد.',
      'گسترش همکاری‌های فرهنگی',
      'در این دیدار دو طرف بر برگزاری هفته فرهنگی مشترک در سال آینده تاکید کردند.',
    ]);
    expect(a.removed).toContain('شیراز- ایرنا-');
  });

  it('drops aggregator disclaimers and the legal footer, and reads an agency metadata line', () => {
    const a = cleanText(aggregatorPage);
    expect(a.published?.iso).toBe('2022-01-17T12:50+03:30');
    expect(a.crawlDate).toBeNull();
    expect(a.title).toBe('شهر رشت به شبکه شهرهای خلاق پیوست');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.text).not.toMatch(/ماده|منبع خبر/);
  });

  it('uses a «date YYYY-MM-DD» marker glued to the first body line as the publication date', () => {
    const a = cleanText(' date 2025-09-25 به گزارش خبرگزاری نمونه، شهردار کرج امروز در نشست شهرداران کلانشهرها از برنامه‌های همکاری مشترک سخن گفت.\n\nوی افزود که نشست بعدی در تبریز برگزار می‌شود.');
    expect(a.published).toEqual({ start: '2025-09-25', precision: 'day', calendar: 'gregorian' });
    expect(a.title).toBeNull();
    expect(a.paragraphs[0]?.startsWith('به گزارش خبرگزاری نمونه،')).toBe(true);
    expect(a.source).toBe('خبرگزاری نمونه');
  });

  it('strips a «X/» dateline and the vote/photo/comment tail', () => {
    const a = cleanText('عنوان کوتاه یک خبر\n\nمطبوعات نمونه/ شهردار بندرعباس دیروز از بندر کیپ تاون بازدید کرد.\n\nبرچسب ها :\n \nاز   0   رای\n0\n\nعکس های خبر\n\nنظرات');
    expect(a.paragraphs).toEqual(['شهردار بندرعباس دیروز از بندر کیپ تاون بازدید کرد.']);
    expect(a.removed).toEqual(expect.arrayContaining(['مطبوعات نمونه/', 'عکس‌های خبر', 'نظرات']));
  });
});

describe('language', () => {
  it('detects Persian, English and other', () => {
    expect(detectLanguage('شهردار تهران به عنوان نائب رئیس متروپلیس انتخاب شد.')).toBe('fa');
    expect(detectLanguage('The mayor of Tehran was elected vice president of Metropolis.')).toBe('en');
    expect(detectLanguage('انتخب عمدة المدينة نائبا لرئيس المنظمة في الجلسة العامة')).toBe('other');
    expect(detectLanguage('Le maire de Paris a été élu président.')).toBe('other');
    expect(detectLanguage('12 / 34')).toBe('other');
  });
  it('isRtlText follows the first strong character', () => {
    expect(isRtlText('«۱۴۰۲» تهران')).toBe(true);
    expect(isRtlText('2023 Tehran تهران')).toBe(false);
    expect(isRtlText('123 - !')).toBe(false);
  });
});
