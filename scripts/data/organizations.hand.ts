/**
 * The hand-written organizations behind `data/organizations.jsonl`: city networks, international and
 * national bodies named in the corpus, in domain.md and in Persian city-diplomacy news. Persian names
 * are given as news writes them (first = label, rest = variants); acronyms separately. Founding facts
 * and seats only where a cited source states them.
 */
import { dedupeNames, namesOf, type NameOut } from './lib.js';

/** A source reference as written in the shipped files. */
export interface Src {
  url: string;
  title?: string;
  publisher?: string;
  published?: string;
  retrieved?: string;
}

/** Seat kinds: see `shipped-data.schema.ts`. */
type SeatKind = 'secretariat' | 'headquarters' | 'regional_office' | 'office';

interface OrgSpec {
  id: string;
  classification:
    | 'city_network'
    | 'municipality'
    | 'city_council'
    | 'national_body'
    | 'international_body'
    | 'company'
    | 'bank'
    | 'other';
  fa: string;
  en: string;
  acronyms?: string[];
  parent?: string;
  city?: string;
  founding_date?: string;
  founding_place?: string;
  founding_initiator?: string;
  seats?: { city: string; kind?: SeatKind; since?: string; until?: string }[];
  website?: string;
  sources: Src[];
}

const wiki = (title: string): Src => ({
  url: `https://en.wikipedia.org/wiki/${title}`,
  title: `Wikipedia: ${title.replace(/_/g, ' ')}`,
  publisher: 'Wikipedia',
});

const SPECS: OrgSpec[] = [
  {
    id: 'metropolis',
    classification: 'city_network',
    fa: 'متروپلیس|انجمن کلانشهرهای جهان|انجمن کلانشهرهای مهم جهان|سازمان کلانشهرهای جهان|انجمن جهانی کلانشهرها|انجمن جهانی کلانشهرهای بزرگ|مجمع جهانی کلانشهرها|انجمن کلان‌شهرهای جهان',
    en: 'Metropolis|World Association of the Major Metropolises',
    founding_date: '1984',
    founding_place: 'montreal',
    founding_initiator: 'paris',
    seats: [
      { city: 'barcelona', kind: 'secretariat' },
      { city: 'mashhad', kind: 'regional_office' },
    ],
    website: 'https://www.metropolis.org/',
    sources: [
      { url: 'https://www.metropolis.org/about-us', title: 'Metropolis: About us', publisher: 'Metropolis' },
      { url: 'http://www.metropolis.org/timeline', title: 'Metropolis: Timeline', publisher: 'Metropolis' },
      wiki('World_Association_of_the_Major_Metropolises'),
    ],
  },
  {
    id: 'uclg',
    classification: 'city_network',
    fa: 'سازمان شهرها و دولت‌های محلی متحد|شهرهای متحد و دولت‌های محلی|سازمان جهانی شهرها و دولت‌های محلی متحد|سازمان شهرهای متحد و دولت‌های محلی|یو سی ال جی',
    en: 'United Cities and Local Governments|UCLG',
    acronyms: ['UCLG', 'CGLU'],
    founding_date: '2004',
    founding_place: 'paris',
    seats: [{ city: 'barcelona', kind: 'secretariat' }],
    website: 'https://www.uclg.org/',
    sources: [wiki('United_Cities_and_Local_Governments')],
  },
  {
    id: 'uclg-mewa',
    classification: 'city_network',
    fa: 'سازمان شهرها و دولت‌های محلی متحد منطقه خاورمیانه و غرب آسیا|یو سی ال جی - مووا|مووا',
    en: 'UCLG Middle East and West Asia Section|UCLG-MEWA',
    acronyms: ['UCLG-MEWA'],
    parent: 'uclg',
    seats: [{ city: 'istanbul', kind: 'secretariat' }],
    website: 'https://uclg-mewa.org/',
    sources: [{ url: 'https://uclg-mewa.org/', title: 'UCLG-MEWA', publisher: 'UCLG-MEWA' }],
  },
  {
    id: 'union-of-municipalities-of-turkey',
    classification: 'city_network',
    fa: 'اتحادیه شهرداری‌های ترکیه|اتحادیه شهرهای ترکیه|اتحادیه شهرداری های ترکیه|اتحادیه شهرداریهای ترکیه|اتحادیه شهرداران ترکیه',
    en: 'Union of Municipalities of Turkey|Türkiye Belediyeler Birliği|Union of Municipalities of Türkiye',
    acronyms: ['TBB'],
    seats: [{ city: 'ankara', kind: 'headquarters' }],
    website: 'https://www.tbb.gov.tr/',
    sources: [{ url: 'https://www.tbb.gov.tr/', title: 'Türkiye Belediyeler Birliği', publisher: 'TBB' }],
  },
  {
    id: 'league-of-historical-cities',
    classification: 'city_network',
    fa: 'اتحادیه شهرهای تاریخی|اتحادیه جهانی شهرهای تاریخی|لیگ شهرهای تاریخی|مجمع شهرهای تاریخی جهان|اتحادیه شهرهای تاریخی جهان',
    en: 'League of Historical Cities',
    acronyms: ['LHC'],
    // The World Conference of Historical Cities began in Kyoto in 1987; its council became the League in 1994.
    founding_date: '1994',
    founding_place: 'kyoto',
    founding_initiator: 'kyoto',
    seats: [{ city: 'kyoto', kind: 'secretariat' }],
    website: 'https://www.lhc-s.org/',
    sources: [
      { url: 'https://www.lhc-s.org/about/', title: 'League of Historical Cities: About', publisher: 'League of Historical Cities' },
      { url: 'https://en.tabriz.ir/?MID=27&id=147', title: 'The League of Historical Cities (LHC)', publisher: 'Tabriz Municipality' },
    ],
  },
  {
    id: 'iccn',
    classification: 'city_network',
    fa: 'شبکه همکاری بین شهری برای میراث فرهنگی معنوی|شبکه همکاری بین‌شهری میراث فرهنگی ناملموس|شبکه همکاری‌های بین‌شهری میراث فرهنگی ناملموس|شبکه بین‌المللی همکاری فرهنگی ناملموس بین شهرها|آی سی سی ان',
    en: 'Intercity Intangible Cultural Cooperation Network|Inter-City Intangible Cultural Cooperation Network',
    acronyms: ['ICCN'],
    // Initiated at a mayors' round table in Gangneung in 2004, officially founded in Egypt in 2008.
    founding_date: '2008',
    founding_initiator: 'gangneung',
    seats: [
      { city: 'gangneung', kind: 'secretariat', since: '2008' },
      { city: 'algemesi', kind: 'headquarters', since: '2018' },
    ],
    website: 'https://www.iccn.or.kr/',
    sources: [
      { url: 'https://www.ichngoforum.org/ngos/iccn-inter-city-intangible-cultural-cooperation-network/', title: 'ICCN – Inter-City Intangible Cultural Cooperation Network', publisher: 'ICH NGO Forum' },
      { url: 'https://ich.unesco.org/en/accredited-ngos/accredited-ong-00254?ngo_id=00254', title: 'Inter-City Intangible Cultural Cooperation Network (ICCN)', publisher: 'UNESCO' },
    ],
  },
  {
    id: 'asian-mayors-forum',
    classification: 'city_network',
    fa: 'مجمع شهرداران آسیایی|مجمع شهرداران آسیا|انجمن شهرداران آسیایی|همایش شهرداران آسیایی',
    en: 'Asian Mayors Forum',
    acronyms: ['AMF'],
    founding_date: '2008-11',
    founding_place: 'tehran',
    founding_initiator: 'tehran',
    seats: [{ city: 'tehran', kind: 'secretariat', since: '2008' }],
    website: 'https://www.mayors.asia/',
    sources: [
      { url: 'https://www.mayors.asia/Who-we-are/About-us', title: 'Asian Mayors Forum: About us', publisher: 'Asian Mayors Forum' },
      { url: 'http://asianmayorsforum.com/Default.aspx?tabid=589', title: 'Establishment of the Secretariat of the Asian Mayors Forum in Tehran', publisher: 'Asian Mayors Forum' },
    ],
  },
  {
    id: 'assembly-of-mayors-of-iranian-metropolises',
    classification: 'city_network',
    fa: 'مجمع شهرداران کلانشهرهای ایران|مجمع شهرداران کلان‌شهرهای ایران|مجمع شهرداران کلانشهرها|مجمع شهرداران کلان شهرها|مجمع شهرداران کلانشهرهای کشور|مجمع شهرداران کلان شهرهای کشور|مجمع شهرداران کلان‌شهرها|مجمع کلانشهرهای ایران|مجمع کلانشهرها',
    en: 'Assembly of Mayors of Iranian Metropolises|Association of Mayors of Iranian Metropolises|Iranian Metropolises Mayors Assembly',
    founding_date: 'jalali:1378',
    founding_place: 'mashhad',
    seats: [
      { city: 'mashhad', kind: 'secretariat', since: 'jalali:1378', until: 'jalali:1385' },
      { city: 'tehran', kind: 'secretariat', since: 'jalali:1385' },
    ],
    sources: [
      { url: 'https://www.zendegi.online/news/3240608', title: 'شهرداری قزوین به عضویت مجمع شهرداران کلانشهرهای ایران درآمد', publisher: 'IRNA', published: '2022-01-17' },
    ],
  },
  {
    id: 'brics',
    classification: 'international_body',
    fa: 'بریکس|گروه بریکس',
    en: 'BRICS',
    acronyms: ['BRICS'],
    founding_date: '2009',
    founding_place: 'yekaterinburg',
    sources: [wiki('BRICS')],
  },
  {
    id: 'mir-business-bank',
    classification: 'bank',
    fa: 'میربیزنس بانک|میر بیزنس بانک|بانک میربیزنس|بانک میر بیزنس|میربیزینس بانک',
    en: 'Mir Business Bank',
    acronyms: ['MBB'],
    parent: 'bank-melli-iran',
    seats: [{ city: 'moscow', kind: 'headquarters' }],
    sources: [
      { url: 'https://financialtribune.com/articles/economy-business-and-markets/38981/bmi-to-resume-coop-with-russia-banks', title: 'BMI to Resume Coop With Russia Banks', publisher: 'Financial Tribune' },
    ],
  },
  {
    id: 'bank-melli-iran',
    classification: 'bank',
    fa: 'بانک ملی ایران|بانک ملی',
    en: 'Bank Melli Iran',
    acronyms: ['BMI'],
    founding_date: '1927',
    seats: [{ city: 'tehran', kind: 'headquarters' }],
    sources: [wiki('Bank_Melli_Iran')],
  },
  {
    id: 'ministry-of-interior-of-iran',
    classification: 'national_body',
    fa: 'وزارت کشور|وزارت کشور ایران',
    en: 'Ministry of Interior of Iran|Ministry of Interior (Iran)|Interior Ministry of Iran',
    city: 'tehran',
    sources: [wiki('Ministry_of_Interior_(Iran)')],
  },
  {
    id: 'ministry-of-foreign-affairs-of-iran',
    classification: 'national_body',
    fa: 'وزارت امور خارجه|وزارت خارجه|وزارت امور خارجه ایران',
    en: 'Ministry of Foreign Affairs of Iran|Ministry of Foreign Affairs (Iran)|Foreign Ministry of Iran',
    city: 'tehran',
    sources: [wiki('Ministry_of_Foreign_Affairs_(Iran)')],
  },
  {
    id: 'iran-municipalities-and-village-administrations-organization',
    classification: 'national_body',
    fa: 'سازمان شهرداری‌ها و دهیاری‌های کشور|سازمان شهرداریها و دهیاریهای کشور|سازمان شهرداری ها و دهیاری های کشور',
    en: 'Iran Municipalities and Village Administrations Organization|Organization of Municipalities and Rural Administrations of Iran',
    acronyms: ['IMO'],
    parent: 'ministry-of-interior-of-iran',
    city: 'tehran',
    website: 'https://www.imo.org.ir/',
    sources: [{ url: 'https://www.imo.org.ir/', title: 'سازمان شهرداری‌ها و دهیاری‌های کشور' }],
  },
  {
    id: 'tehran-municipality',
    classification: 'municipality',
    fa: 'شهرداری تهران',
    en: 'Tehran Municipality|Municipality of Tehran',
    city: 'tehran',
    website: 'https://www.tehran.ir/',
    sources: [wiki('Mayor_of_Tehran')],
  },
  {
    id: 'islamic-city-council-of-tehran',
    classification: 'city_council',
    fa: 'شورای اسلامی شهر تهران|شورای شهر تهران',
    en: 'Islamic City Council of Tehran|Tehran City Council',
    city: 'tehran',
    sources: [wiki('Islamic_City_Council_of_Tehran')],
  },
  {
    id: 'citynet',
    classification: 'city_network',
    fa: 'سیتی‌نت|شبکه سیتی‌نت|سازمان سیتی‌نت|شبکه منطقه‌ای مقامات محلی برای مدیریت سکونتگاه‌های انسانی',
    en: 'CITYNET|Regional Network of Local Authorities for the Management of Human Settlements',
    acronyms: ['CITYNET'],
    founding_date: '1987',
    founding_place: 'yokohama',
    seats: [
      { city: 'yokohama', kind: 'secretariat', since: '1987', until: '2013' },
      { city: 'seoul', kind: 'secretariat', since: '2013' },
    ],
    website: 'https://citynet-ap.org/',
    sources: [wiki('CITYNET')],
  },
  {
    id: 'iclei',
    classification: 'city_network',
    fa: 'ایکلی|شبکه ایکلی|ایکلی - دولت‌های محلی برای پایداری|دولت‌های محلی برای پایداری',
    en: 'ICLEI – Local Governments for Sustainability|ICLEI|International Council for Local Environmental Initiatives',
    acronyms: ['ICLEI'],
    founding_date: '1990',
    seats: [{ city: 'bonn', kind: 'secretariat' }],
    website: 'https://iclei.org/',
    sources: [wiki('ICLEI')],
  },
  {
    id: 'c40',
    classification: 'city_network',
    fa: 'سی۴۰|سی ۴۰|گروه رهبری اقلیمی شهرهای سی۴۰|گروه شهرهای سی۴۰',
    en: 'C40 Cities Climate Leadership Group|C40 Cities|C40',
    acronyms: ['C40'],
    founding_date: '2005',
    founding_place: 'london',
    founding_initiator: 'london',
    seats: [{ city: 'london', kind: 'headquarters' }],
    website: 'https://www.c40.org/',
    sources: [wiki('C40_Cities_Climate_Leadership_Group')],
  },
  {
    id: 'united-nations',
    classification: 'international_body',
    fa: 'سازمان ملل متحد|سازمان ملل',
    en: 'United Nations|UN',
    acronyms: ['UN'],
    founding_date: '1945',
    seats: [{ city: 'new-york', kind: 'headquarters' }],
    sources: [wiki('United_Nations')],
  },
  {
    id: 'un-habitat',
    classification: 'international_body',
    fa: 'برنامه اسکان بشر سازمان ملل متحد|برنامه اسکان بشر ملل متحد|اسکان بشر سازمان ملل|هبیتات|یو ان هبیتات|سازمان اسکان بشر ملل متحد',
    en: 'UN-Habitat|United Nations Human Settlements Programme',
    acronyms: ['UN-Habitat'],
    parent: 'united-nations',
    founding_date: '1978',
    seats: [{ city: 'nairobi', kind: 'headquarters' }],
    website: 'https://unhabitat.org/',
    sources: [wiki('UN-Habitat')],
  },
  {
    id: 'unesco',
    classification: 'international_body',
    fa: 'یونسکو|سازمان آموزشی، علمی و فرهنگی ملل متحد',
    en: 'UNESCO|United Nations Educational, Scientific and Cultural Organization',
    acronyms: ['UNESCO'],
    parent: 'united-nations',
    founding_date: '1945',
    seats: [{ city: 'paris', kind: 'headquarters' }],
    sources: [wiki('UNESCO')],
  },
  {
    id: 'unesco-creative-cities-network',
    classification: 'city_network',
    fa: 'شبکه شهرهای خلاق یونسکو|شبکه جهانی شهرهای خلاق یونسکو|شبکه شهرهای خلاق',
    en: 'UNESCO Creative Cities Network|Creative Cities Network',
    acronyms: ['UCCN'],
    parent: 'unesco',
    founding_date: '2004',
    sources: [wiki('Creative_Cities_Network')],
  },
  {
    id: 'organization-of-islamic-capitals-and-cities',
    classification: 'city_network',
    fa: 'سازمان پایتخت‌ها و شهرهای اسلامی|سازمان شهرها و پایتخت‌های اسلامی|سازمان پایتخت‌ها و شهرهای جهان اسلام',
    en: 'Organization of Islamic Capitals and Cities',
    acronyms: ['OICC'],
    founding_date: '1980',
    seats: [{ city: 'jeddah', kind: 'headquarters' }],
    sources: [wiki('Organization_of_Islamic_Capitals_and_Cities')],
  },
  {
    id: 'eurocities',
    classification: 'city_network',
    fa: 'یوروسیتیز|شبکه شهرهای اروپایی|شبکه یوروسیتیز',
    en: 'Eurocities',
    founding_date: '1986',
    seats: [{ city: 'brussels', kind: 'secretariat' }],
    website: 'https://eurocities.eu/',
    sources: [wiki('Eurocities')],
  },
  {
    id: 'anmc21',
    classification: 'city_network',
    fa: 'شبکه کلانشهرهای آسیایی ۲۱|شبکه کلانشهرهای آسیا ۲۱|شبکه شهرهای بزرگ آسیایی ۲۱',
    en: 'Asian Network of Major Cities 21',
    acronyms: ['ANMC21'],
    founding_date: '2001',
    founding_initiator: 'tokyo',
    seats: [{ city: 'tokyo', kind: 'secretariat' }],
    sources: [wiki('Asian_Network_of_Major_Cities_21')],
  },
  {
    id: 'world-cities-summit',
    classification: 'other',
    fa: 'اجلاس جهانی شهرها|اجلاس جهانی شهرهای سنگاپور|نشست جهانی شهرها',
    en: 'World Cities Summit',
    acronyms: ['WCS'],
    founding_date: '2008',
    seats: [{ city: 'singapore-city', kind: 'office' }],
    website: 'https://www.worldcitiessummit.com.sg/',
    sources: [wiki('World_Cities_Summit')],
  },
  {
    id: 'mayors-for-peace',
    classification: 'city_network',
    fa: 'شهرداران برای صلح|سازمان شهرداران برای صلح|مجمع شهرداران برای صلح',
    en: 'Mayors for Peace',
    founding_date: '1982',
    founding_initiator: 'hiroshima',
    seats: [{ city: 'hiroshima', kind: 'secretariat' }],
    website: 'https://www.mayorsforpeace.org/',
    sources: [wiki('Mayors_for_Peace')],
  },
  {
    id: 'shanghai-cooperation-organisation',
    classification: 'international_body',
    fa: 'سازمان همکاری شانگهای|سازمان شانگهای',
    en: 'Shanghai Cooperation Organisation|Shanghai Cooperation Organization',
    acronyms: ['SCO'],
    founding_date: '2001',
    founding_place: 'shanghai',
    seats: [{ city: 'beijing', kind: 'secretariat' }],
    sources: [wiki('Shanghai_Cooperation_Organisation')],
  },
  {
    id: 'economic-cooperation-organization',
    classification: 'international_body',
    fa: 'سازمان همکاری اقتصادی|سازمان همکاری اقتصادی اکو|اکو',
    en: 'Economic Cooperation Organization',
    acronyms: ['ECO'],
    founding_date: '1985',
    seats: [{ city: 'tehran', kind: 'secretariat' }],
    sources: [wiki('Economic_Cooperation_Organization')],
  },
];

/** The organization records, schema-shaped. */
export function organizationRecords(): Record<string, unknown>[] {
  return SPECS.map((s) => {
    const names: NameOut[] = [
      ...namesOf('fa', s.fa),
      ...namesOf('en', s.en, 'alias'),
      ...(s.acronyms ?? []).map((text): NameOut => ({ lang: 'en', text, kind: 'acronym' })),
    ];
    return {
      id: s.id,
      type: 'organization',
      classification: s.classification,
      names: dedupeNamesKeepAcronyms(names),
      ...(s.parent ? { parent: s.parent } : {}),
      ...(s.city ? { city: s.city } : {}),
      ...(s.founding_date ? { founding_date: s.founding_date } : {}),
      ...(s.founding_place ? { founding_place: s.founding_place } : {}),
      ...(s.founding_initiator ? { founding_initiator: s.founding_initiator } : {}),
      seats: s.seats ?? [],
      identifiers: s.website ? { website: s.website } : {},
      sources: s.sources,
    };
  });
}

/** An acronym that equals the English label or an alias is kept once, as an acronym. */
function dedupeNamesKeepAcronyms(names: NameOut[]): NameOut[] {
  const acr = new Set(names.filter((n) => n.kind === 'acronym').map((n) => n.text));
  return dedupeNames(names.filter((n) => n.kind === 'acronym' || n.kind === 'official' || !acr.has(n.text)));
}
