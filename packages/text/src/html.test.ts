import { describe, it, expect } from 'vitest';
import { cleanHtml } from './html.js';

const para = (i: number): string =>
  `<p>در بخش ${i} این گزارش آزمایشی، شهردار یک شهر فرضی از برنامه‌های همکاری با شهرهای خواهرخوانده سخن گفت و افزود که نشست بعدی کمیته مشترک در پاییز برگزار می‌شود</p>`;

const page = (head: string, extraBody = ''): string => `<!doctype html><html lang="fa" dir="rtl"><head><title>عنوان صفحه | سایت</title>${head}</head>
<body><nav><a href="/">خانه</a> <a href="/n">اخبار</a></nav><header>امروز دوشنبه ۱۶ مهر ۱۴۰۳</header>
<main><article><h1>دیدار شهردار با هیات خارجی</h1><div class="meta">کد خبر: 99 | تاریخ: ۱۰ آذر ۱۴۰۲ - ۱۲:۲۶</div>
${[1, 2, 3, 4, 5].map(para).join('\n')}${extraBody}
<div class="tags">برچسب‌ها: شهر، دیپلماسی</div></article></main><footer>کلیه حقوق این سایت محفوظ است</footer></body></html>`;

describe('cleanHtml', () => {
  it('keeps the Persian paragraphs and drops page chrome', () => {
    const a = cleanHtml(page(''));
    expect(a.title).toBe('دیدار شهردار با هیات خارجی');
    expect(a.paragraphs).toHaveLength(5);
    expect(a.paragraphs[0]).toContain('شهرهای خواهرخوانده');
    expect(a.text).not.toMatch(/برچسب|کلیه حقوق|خانه|کد خبر/);
  });
  it('prefers article:published_time over dates in the text', () => {
    const a = cleanHtml(page('<meta property="article:published_time" content="2023-12-01T09:00:00+03:30">'));
    expect(a.published).toMatchObject({ start: '2023-12-01', time: '09:00', offset: '+03:30' });
  });
  it('reads JSON-LD datePublished (in @graph) when there is no meta', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-06-20T11:37:00+03:30"}]}</script>';
    expect(cleanHtml(page(ld)).published?.iso).toBe('2023-06-20T11:37+03:30');
    expect(cleanHtml(page('<script type="application/ld+json">{not json</script>')).published?.iso).toBe('2023-12-01T12:26+03:30');
  });
  it('falls back to the text date when the page has no date metadata', () => {
    expect(cleanHtml(page('')).published?.iso).toBe('2023-12-01T12:26+03:30');
  });
});

describe('cleanHtml on fragments and short pages', () => {
  it('reads an HTML fragment without <html>/<body>, as feed items carry', () => {
    const r = cleanHtml('<p>شهردار یزد برای دیدار با همتای خود راهی بخارا شد.</p><p>دو طرف درباره گردشگری گفت‌وگو خواهند کرد.</p>');
    expect(r.paragraphs).toEqual(['شهردار یزد برای دیدار با همتای خود راهی بخارا شد.', 'دو طرف درباره گردشگری گفت‌وگو خواهند کرد.']);
  });

  it('keeps the text of a short full page that Readability finds too small', () => {
    const r = cleanHtml('<html><head><title>کوتاه</title></head><body><p>نشست دو شهر در رشت برگزار شد.</p></body></html>');
    expect(r.text).toBe('نشست دو شهر در رشت برگزار شد.');
  });
});
