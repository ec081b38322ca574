/**
 * `npm run bench -- extract [--json] [--articles N]`: extraction throughput on one core.
 * Generates N (default 10,000) synthetic Persian/English news articles from templates (site chrome,
 * lost ZWNJ, Jalali dates, lists, titles), streams them through `extractArticle` without keeping
 * results (memory must stay flat), and measures articles/s against a baseline measured in the same
 * run: one whitespace-tokenizing pass over the same texts. `ratio = baseline / extraction` (lower is
 * better; target ≤ 20), target ≥ 2,000 articles/s.
 */
import { pathToFileURL } from 'node:url';
import { extractArticle, loadGazetteer, seededRandom } from '@shahrnet/core';
import { machine, type MachineFigures } from './lib/machine.js';

/** The benchmark result (one JSON object). */
export interface ExtractBenchResult {
  name: 'extract';
  /** The machine the figures come from (`machine`). */
  machine: MachineFigures;
  articles: number;
  articles_per_s: number;
  baseline_articles_per_s: number;
  ratio: number;
  peak_rss_mb: number;
}

/** Options: number of articles and PRNG seed. */
export interface ExtractBenchOptions {
  articles?: number;
  seed?: number;
}

const CITIES = ['تهران', 'مشهد', 'اصفهان', 'تبریز', 'شیراز', 'کرج', 'قم', 'اهواز', 'کرمانشاه', 'رشت', 'ارومیه', 'یزد', 'همدان',
  'کازان', 'استانبول', 'قونیه', 'برلین', 'بارسلون', 'سئول', 'گوانگجو', 'دوشنبه', 'کیوتو', 'مسکو', 'ایروان', 'باکو', 'کربلا'];
const ORGS = ['متروپلیس', 'مجمع شهرداران آسیایی', 'مجمع شهرداران کلانشهرهای ایران', 'اتحادیه شهرهای تاریخی', 'سیتی نت',
  'سازمان شهرها و دولت های محلی متحد', 'شبکه ایکلی', 'شبکه شهرهای خلاق یونسکو'];
const FIRST = ['علی', 'محمد', 'حمید', 'مهدی', 'رضا', 'حسن', 'زهرا', 'مریم', 'سعید', 'امیر', 'جواد', 'فاطمه'];
const LAST = ['رحیمی', 'کریمی', 'محمدی', 'حسینی', 'جعفری', 'نوروزی', 'صالحی', 'کاظمی', 'رضایی', 'موسوی', 'احمدی', 'قاسمی'];
const ROLES = ['نائب رئیس', 'عضو هیات مدیره', 'خزانه دار', 'دبیرکل', 'رئیس', 'عضو هیات اجرایی'];
const EVENTS = ['اجلاس', 'نشست', 'همایش', 'کنگره جهانی', 'مجمع عمومی'];
const ORD = ['اولین', 'دومین', 'سومین', 'چهارمین', 'دهمین', 'سیزدهمین', 'بیستمین', 'بیست و یکمین'];
const MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const TOPICS = ['حمل و نقل عمومی', 'مدیریت پسماند', 'گردشگری شهری', 'فضای سبز', 'شهر هوشمند', 'مدیریت بحران', 'آلودگی هوا',
  'میراث فرهنگی', 'مسکن', 'انرژی های تجدیدپذیر', 'دیپلماسی شهری', 'اقتصاد شهری'];
const SPEAKERS = ['وی', 'این مقام مسئول', 'معاون امور بین الملل', 'مدیرکل روابط عمومی', 'کارشناس این حوزه', 'عضو کمیسیون'];
const SAID = ['گفت', 'افزود', 'تصریح کرد', 'ادامه داد', 'خاطرنشان کرد', 'اظهار داشت'];
const CLAIMS = [
  'توسعه همکاری های بین المللی برای شهرها ضروری است',
  'برنامه های مشترک در حوزه {t} در دستور کار قرار دارد',
  'تجربه شهرهای دیگر در زمینه {t} می تواند به ما کمک کند',
  'اعتبارات لازم برای طرح های {t} در بودجه سال آینده پیش بینی شده است',
  'شهروندان باید در تصمیم گیری های مربوط به {t} مشارکت داشته باشند',
  'حضور فعال در شبکه های جهانی به ارتقای جایگاه شهر کمک میکند',
  'کارگروه ویژه ای برای پیگیری مصوبات {t} تشکیل خواهد شد',
];
/** The synthetic articles, generated lazily (never all in memory). */
export function* syntheticArticles(n: number, seed = 42): Generator<{ id: string; text: string }> {
  const r = seededRandom(seed); // deterministic: both passes see the same texts
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  for (let i = 0; i < n; i++) {
    const c1 = pick(CITIES);
    const c2 = pick(CITIES);
    const c3 = pick(CITIES);
    const org = pick(ORGS);
    const p1 = person();
    const p2 = person();
    const day = 1 + Math.floor(r() * 29);
    const year = 1398 + Math.floor(r() * 6);
    const filler = (): string => `${pick(SPEAKERS)} ${pick(SAID)}: ${pick(CLAIMS).replace('{t}', pick(TOPICS))}.`;
    const facts = [
      `${p1} شهردار ${c1} ${pick(['به عنوان', 'بعنوان'])} ${pick(ROLES)} ${org} انتخاب شد`,
      `به گزارش ایرنا، ${p1} شهردار ${c1} در ${pick(ORD)} ${pick(EVENTS)} ${org} که به میزبانی ${c2} برگزار شد، به عنوان ${pick(ROLES)} این ${pick(['انجمن', 'مجمع', 'سازمان'])} انتخاب شد.`,
      `${p2} سرکنسول کشورمان در ${c3} با شهردار ${c3} دیدار کرد و دو طرف بر توسعه همکاریها در زمینه ${pick(TOPICS)} تاکید کردند.`,
      `تفاهم نامه همکاری میان شهرداری ${c1} و شهرداری ${c3} در زمینه ${pick(TOPICS)} امضا شد.`,
      `شهرداران ${c1}، ${c2} و ${c3} به عنوان نائب رئیس ${org} انتخاب شدند.`,
      `شهر ${c2} به عنوان ${pick(ORD)} عضو ${org} پذیرفته شد.`,
      `دبیرخانه ${org} در ${c2} واقع شده است.`,
      `شهردار ${c3} پیشنهاد ایجاد کارگروه مشترک ${pick(TOPICS)} را مطرح کرد.`,
    ];
    const body: string[] = [];
    const nFacts = 2 + Math.floor(r() * 4);
    for (let k = 0; k < nFacts; k++) body.push(pick(facts));
    const nFiller = 3 + Math.floor(r() * 6);
    for (let k = 0; k < nFiller; k++) body.splice(Math.floor(r() * (body.length + 1)), 0, filler());
    const lines = [
      `${day} ${pick(MONTHS)} ${year} | کد خبر: ${100000 + i} | بازدید: ${Math.floor(r() * 900)}`,
      (body[0] ?? '').replace(/[.،]$/, ''),
      ...body,
      'برچسب ها : دیپلماسی شهری , شهرداری',
      'کليه حقوق محفوظ است',
    ];
    yield { id: `bench-${i}`, text: lines.join('\n') };
  }
}

/** Runs the benchmark. */
export async function runExtractBench(opts: ExtractBenchOptions = {}): Promise<ExtractBenchResult> {
  const n = opts.articles ?? 10_000;
  const seed = opts.seed ?? 42;
  const gz = await loadGazetteer();
  let peak = process.memoryUsage().rss;
  // warm-up (JIT) on a small separate batch
  for (const a of syntheticArticles(200, seed + 1)) extractArticle(a, gz);

  // Interleaved batches: the baseline and the extraction see the same machine load (other processes
  // share the cores), so the ratio stays meaningful on a busy machine.
  let extractNs = 0n;
  let baseNs = 0n;
  let facts = 0;
  let tokens = 0;
  const BATCH = 250;
  let batch: { id: string; text: string }[] = [];
  const runBatch = (): void => {
    let t0 = process.hrtime.bigint();
    for (const a of batch) tokens += a.text.split(/\s+/).length;
    baseNs += process.hrtime.bigint() - t0;
    t0 = process.hrtime.bigint();
    for (const a of batch) facts += extractArticle(a, gz).facts.length;
    extractNs += process.hrtime.bigint() - t0;
    batch = [];
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  for (const a of syntheticArticles(n, seed)) {
    batch.push(a);
    if (batch.length === BATCH) runBatch();
  }
  if (batch.length) runBatch();
  peak = Math.max(peak, process.memoryUsage().rss);
  if (facts === 0 || tokens === 0) throw new Error('benchmark produced no facts/tokens');
  const aps = n / (Number(extractNs) / 1e9);
  const bps = n / (Number(baseNs) / 1e9);
  return {
    name: 'extract',
    machine: machine(),
    articles: n,
    articles_per_s: Math.round(aps),
    baseline_articles_per_s: Math.round(bps),
    ratio: Math.round((bps / aps) * 100) / 100,
    peak_rss_mb: Math.round((peak / 1048576) * 10) / 10,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const ai = args.indexOf('--articles');
  const articles = ai >= 0 ? Number(args[ai + 1]) : 10_000;
  if (!Number.isInteger(articles) || articles < 1) {
    process.stderr.write('bench extract: --articles must be a positive integer\n');
    process.exit(2);
  }
  const result = await runExtractBench({ articles });
  if (args.includes('--json')) process.stdout.write(JSON.stringify(result) + '\n');
  else
    process.stdout.write(
      `extract: ${result.articles} articles, ${result.articles_per_s} articles/s (baseline ${result.baseline_articles_per_s}/s, ratio ${result.ratio}), peak RSS ${result.peak_rss_mb} MB\n`,
    );
}
