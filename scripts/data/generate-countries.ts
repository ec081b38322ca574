/**
 * Generates `data/countries.jsonl`: every ISO 3166-1 country of the `i18n-iso-countries` package
 * with its English and Persian names, plus the Persian variants that news actually writes
 * (آمریکا for ایالات متحده, فدراسیون روسیه, کره جنوبی...) from the hand table below.
 *
 * Run: `npx tsx scripts/data/generate-countries.ts`
 */
import { createRequire } from 'node:module';
import { dedupeNames, namesOf, slugify, writeJsonl, type NameOut } from './lib.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
};

/** English labels where the package's first English name is a long or inverted form. */
const EN_LABEL: Record<string, string> = {
  CN: 'China',
  CG: 'Republic of the Congo',
  CD: 'Democratic Republic of the Congo',
  CI: "Côte d'Ivoire",
  CZ: 'Czechia',
  GM: 'Gambia',
  VA: 'Vatican City',
  IR: 'Iran',
  FM: 'Micronesia',
  MD: 'Moldova',
  NL: 'Netherlands',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RU: 'Russia',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  TR: 'Turkey',
  US: 'United States',
  VE: 'Venezuela',
  BO: 'Bolivia',
  SY: 'Syria',
  LA: 'Laos',
  KP: 'North Korea',
  KR: 'South Korea',
  BN: 'Brunei',
  VN: 'Vietnam',
  FK: 'Falkland Islands',
  VG: 'British Virgin Islands',
  VI: 'United States Virgin Islands',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
  BQ: 'Caribbean Netherlands',
  CC: 'Cocos Islands',
};

/** Extra English names (aliases) beyond the package's. */
const EN_EXTRA: Record<string, string> = {
  TR: 'Türkiye',
  IR: 'Islamic Republic of Iran',
  GB: 'Britain',
};

/**
 * Persian label overrides (`official|variant|...`, first is the label) and extra variants as written
 * in Persian news. The package's Persian name is kept as a variant when it is not the label.
 */
const FA: Record<string, string> = {
  IR: 'ایران|جمهوری اسلامی ایران|کشورمان',
  US: 'ایالات متحده|آمریکا|امریکا|ایالات متحده آمریکا|ایالات متحدهٔ آمریکا',
  RU: 'روسیه|فدراسیون روسیه',
  CN: 'چین|جمهوری خلق چین',
  KR: 'کرهٔ جنوبی|کره جنوبی|جمهوری کره',
  KP: 'کرهٔ شمالی|کره شمالی',
  TR: 'ترکیه|جمهوری ترکیه',
  AE: 'امارات متحدهٔ عربی|امارات|امارات متحده عربی',
  GB: 'بریتانیا|انگلیس|انگلستان|پادشاهی متحده',
  SA: 'عربستان سعودی|عربستان',
  AZ: 'جمهوری آذربایجان|آذربایجان',
  BY: 'بلاروس|روسیه سفید',
  IN: 'هند|هندوستان',
  ZA: 'آفریقای جنوبی|افریقای جنوبی',
  CF: 'جمهوری آفریقای مرکزی|جمهوری افریقای مرکزی',
  PS: 'فلسطین|سرزمین‌های فلسطینی',
  DE: 'آلمان|جمهوری فدرال آلمان',
  FR: 'فرانسه',
  IQ: 'عراق',
  SY: 'سوریه',
  AF: 'افغانستان',
  TJ: 'تاجیکستان',
  CZ: 'جمهوری چک|چک',
  NL: 'هلند',
  BA: 'بوسنی و هرزگوین|بوسنی',
  MM: 'میانمار|برمه',
  CD: 'جمهوری دموکراتیک کنگو|کنگو - کینشاسا',
  CG: 'جمهوری کنگو|کنگو - برازویل',
  VE: 'ونزوئلا',
  HK: 'هنگ‌کنگ|هنگ کنگ',
  SZ: 'اسواتینی|سوازیلند',
  TL: 'تیمور شرقی|تیمور-لسته',
  KG: 'قرقیزستان',
  MA: 'مراکش|مغرب',
  OM: 'عمان',
  AQ: 'جنوبگان|قطب جنوب',
};

/** Ids where the slug of the English label is not the natural one. */
const ID_OVERRIDE: Record<string, string> = {};

const en = countries.getNames('en', { select: 'all' });
const fa = countries.getNames('fa', { select: 'all' });

const records = Object.keys(en)
  .sort()
  .map((code) => {
    const enAll = en[code] ?? [];
    const label = EN_LABEL[code] ?? enAll[0];
    if (!label) throw new Error(`no English name for ${code}`);
    const enNames: NameOut[] = [
      { lang: 'en', text: label, kind: 'official' },
      ...enAll.map((text): NameOut => ({ lang: 'en', text, kind: 'alias' })),
      ...(EN_EXTRA[code] ? [{ lang: 'en', text: EN_EXTRA[code], kind: 'alias' } satisfies NameOut] : []),
    ];
    const faSpec = FA[code] ?? (fa[code] ?? []).join('|');
    const faNames = [...namesOf('fa', faSpec), ...(fa[code] ?? []).flatMap((t) => namesOf('fa', t))].map(
      (n, i): NameOut => (i === 0 ? n : { ...n, kind: n.kind === 'official' ? 'variant' : n.kind }),
    );
    return {
      id: ID_OVERRIDE[code] ?? slugify(label),
      type: 'country',
      iso2: code,
      names: dedupeNames([...faNames, ...enNames]),
      identifiers: { iso3166: code },
      sources: [{ url: `https://www.iso.org/obp/ui/#iso:code:3166:${code}`, title: `ISO 3166-1 ${code}` }],
    };
  });

writeJsonl('countries.jsonl', records);
