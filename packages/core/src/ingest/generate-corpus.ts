/**
 * A deterministic generator of synthetic Persian news articles about city diplomacy, for tests, the
 * crash test and the benchmarks. All sentences are written for this project from templates (no real
 * article text). Each record is a JSON Lines article `{url, title, published, text}`; a share of them are
 * syndicated copies of an earlier one on another site (a near-duplicate: other framing, one sentence
 * changed) or the same URL again with tracking parameters (an exact duplicate).
 */

const CITIES = [
  'تهران', 'مشهد', 'اصفهان', 'شیراز', 'تبریز', 'قزوین', 'همدان', 'کرج', 'قم', 'اهواز', 'کرمانشاه', 'یزد', 'رشت',
  'اراک', 'ارومیه', 'زاهدان', 'کرمان', 'ساری', 'بندرعباس', 'کازان', 'استانبول', 'بارسلون', 'گوانگژو', 'سئول',
  'مسکو', 'پکن', 'آنکارا', 'قونیه', 'برلین', 'مونته‌ویدئو', 'دوشنبه', 'باکو', 'ایروان', 'دوحه', 'مسقط',
];
const ORGS = [
  'متروپلیس', 'سازمان جهانی شهرها و دولت‌های محلی متحد', 'مجمع شهرداران کلانشهرهای ایران', 'مجمع شهرداران آسیا',
  'اتحادیه شهرداری‌های ترکیه', 'اتحادیه شهرهای تاریخی', 'شبکه شهرهای خلاق',
];
const GIVEN = ['علی', 'محمد', 'رضا', 'حسین', 'مهدی', 'سعید', 'مریم', 'زهرا', 'فاطمه', 'امیر', 'حمید', 'ناصر', 'لیلا', 'کاوه', 'بهرام', 'پرویز'];
const FAMILY = ['رحیمی', 'کاظمی', 'موسوی', 'احمدی', 'نوری', 'صادقی', 'جعفری', 'کریمی', 'حیدری', 'فرهادی', 'شریفی', 'یوسفی', 'باقری', 'طاهری'];
const SITES = ['khabar-shahr.ir', 'akhbar-kalanshahr.ir', 'shahrnameh-news.ir', 'diplomacy-shahri.ir', 'rooznameh-shahr.ir', 'news-metro.ir'];
const ROLES = ['نایب رئیس', 'خزانه‌دار', 'عضو هیئت مدیره', 'رئیس', 'دبیرکل', 'عضو هیئت اجرایی'];
const MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const ORDINALS = ['نخستین', 'دومین', 'سومین', 'چهارمین', 'پنجمین', 'ششمین', 'هفتمین', 'هشتمین', 'نهمین', 'دهمین', 'یازدهمین', 'بیستمین', 'سی‌امین'];

/** Persian digits, as most Persian news writes numbers. */
function fa(n: number): string {
  return String(n).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}
const TOPICS = [
  'مدیریت پسماند', 'حمل و نقل عمومی', 'فضای سبز شهری', 'گردشگری شهری', 'مدیریت بحران', 'شهر هوشمند', 'بافت تاریخی',
  'انرژی‌های تجدیدپذیر', 'آب و فاضلاب', 'مسکن ارزان', 'ایمنی ترافیک', 'فرهنگ شهروندی', 'اقتصاد محلی', 'کیفیت هوا',
];
const ADJ = ['مشترک', 'تازه', 'بلندمدت', 'عملیاتی', 'گسترده', 'منطقه‌ای', 'بین‌المللی', 'تخصصی', 'موفق', 'نوآورانه'];
const NOUNS = ['همکاری', 'برنامه', 'طرح', 'تجربه', 'ظرفیت', 'سرمایه‌گذاری', 'پروژه', 'نشست', 'کارگروه', 'گزارش'];

/** A seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(list: readonly T[]) => T;

function fact(pick: Pick, rnd: () => number): string {
  const c1 = pick(CITIES);
  const c2 = pick(CITIES);
  const org = pick(ORGS);
  const person = `${pick(GIVEN)} ${pick(FAMILY)}`;
  const day = 1 + Math.floor(rnd() * 28);
  const month = pick(MONTHS);
  const year = 1398 + Math.floor(rnd() * 6);
  const templates = [
    `${person} شهردار ${c1} در نشست مجمع عمومی ${org} به عنوان ${pick(ROLES)} این سازمان انتخاب شد.`,
    `شهر ${c1} به عنوان ${pick(ORDINALS)} عضو به ${org} پیوست و عضویت آن در نشست ${fa(day)} ${month} ${fa(year)} تصویب شد.`,
    `${pick(ORDINALS)} نشست ${org} به میزبانی شهر ${c1} در ${month} ماه برگزار می‌شود.`,
    `شهردار ${c1} روز ${fa(day)} ${month} با سرکنسول ${c2} در محل ساختمان شهرداری دیدار و گفت‌وگو کرد.`,
    `تفاهم‌نامه خواهرخواندگی میان ${c1} و ${c2} روز ${fa(day)} ${month} ${fa(year)} به امضای شهرداران دو شهر رسید.`,
    `${org} در سال ${fa(year - 20)} در شهر ${c2} تأسیس شد و دبیرخانه آن اکنون در ${c1} قرار دارد.`,
    `${person} پیشنهاد تشکیل کارگروه ${pick(TOPICS)} میان شهرهای عضو ${org} را مطرح کرد.`,
    `هیئتی از شهرداری ${c1} به سرپرستی ${person} برای شرکت در اجلاس ${org} راهی ${c2} شد.`,
  ];
  return pick(templates);
}

function filler(pick: Pick): string {
  const c = pick(CITIES);
  const forms = [
    `${pick(NOUNS)} ${pick(ADJ)} در حوزه ${pick(TOPICS)} از محورهای اصلی گفت‌وگوی مسئولان ${c} بود.`,
    `به گفته کارشناسان، ${pick(NOUNS)} ${pick(ADJ)} می‌تواند به بهبود ${pick(TOPICS)} در شهر ${c} کمک کند.`,
    `در ادامه این دیدار، دو طرف بر ضرورت تبادل ${pick(NOUNS)} در زمینه ${pick(TOPICS)} تأکید کردند.`,
    `مسئولان شهری ${c} گزارشی از ${pick(NOUNS)} ${pick(ADJ)} خود در بخش ${pick(TOPICS)} ارائه دادند.`,
    `قرار است ${pick(NOUNS)} ${pick(ADJ)} برای ${pick(TOPICS)} تا پایان سال آینده در ${c} اجرا شود.`,
    `اعضای شورای شهر ${c} نیز از ${pick(NOUNS)} ${pick(ADJ)} در زمینه ${pick(TOPICS)} استقبال کردند.`,
  ];
  return pick(forms);
}

/** One generated record (a JSON Lines article). */
export interface GeneratedArticle {
  url: string;
  title: string;
  published: string;
  text: string;
}

/** Options of `generateCorpus`. */
export interface CorpusOptions {
  seed?: number;
  /** Share of records that are syndicated near-duplicates of an earlier one (default 0.1). */
  nearDuplicateRate?: number;
  /** Share of records that repeat an earlier URL with tracking parameters (default 0.05). */
  exactDuplicateRate?: number;
}

/**
 * Yields `count` articles, deterministically for a seed. Originals have 8-16 sentences (2-5 facts among
 * fillers); copies keep the body with another site's framing and one sentence replaced.
 */
export function* generateCorpus(count: number, options: CorpusOptions = {}): Generator<GeneratedArticle> {
  const rnd = seededRandom(options.seed ?? 1);
  const pick: Pick = (list) => list[Math.floor(rnd() * list.length)] as (typeof list)[number];
  const near = options.nearDuplicateRate ?? 0.1;
  const exact = options.exactDuplicateRate ?? 0.05;
  const originals: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    const earlier = originals.length ? originals[Math.floor(rnd() * Math.min(originals.length, 500)) + Math.max(0, originals.length - 500)] : undefined;
    if (earlier && r < exact) {
      yield { ...earlier, url: `${earlier.url}?utm_source=telegram&utm_medium=share` };
      continue;
    }
    if (earlier && r < exact + near) {
      const sentences = earlier.text.split('\n');
      const at = Math.floor(rnd() * sentences.length);
      sentences[at] = filler(pick);
      const site = pick(SITES);
      yield {
        url: `https://${site}/news/${i + 1}`,
        title: earlier.title,
        published: earlier.published,
        text: [`به گزارش ${site}،`, ...sentences, 'انتهای پیام'].join('\n'),
      };
      continue;
    }
    const sentences: string[] = [];
    const facts = 2 + Math.floor(rnd() * 4);
    const total = 8 + Math.floor(rnd() * 9);
    for (let s = 0; s < total; s++) sentences.push(s < facts ? fact(pick, rnd) : filler(pick));
    for (let s = sentences.length - 1; s > 0; s--) {
      const j = Math.floor(rnd() * (s + 1));
      [sentences[s], sentences[j]] = [sentences[j] as string, sentences[s] as string];
    }
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const article = {
      url: `https://${pick(SITES)}/news/${i + 1}`,
      title: `${pick(['دیدار', 'نشست', 'همکاری', 'سفر', 'اجلاس'])} ${pick(NOUNS)} ${pick(CITIES)} و ${pick(CITIES)} درباره ${pick(TOPICS)}`,
      published: `${2019 + Math.floor(rnd() * 6)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      text: sentences.join('\n'),
    };
    originals.push(article);
    if (originals.length > 5000) originals.splice(0, originals.length - 1000);
    yield article;
  }
}
