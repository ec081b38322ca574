/**
 * The hand-written people, posts, memberships (one record per term), events and agreements behind
 * the registry files of `data/`. Only public-knowledge facts, each with at least one source URL
 * that states it (a Wikipedia article, an official site, or a news report). Where a source only
 * shows that someone held an office on a date, the membership has `how: "held"` and no start/end.
 * No Wikidata QIDs: none was verified.
 */
import { dedupeNames, namesOf, type NameOut } from './lib.js';
import type { Src } from './organizations.hand.js';

const wiki = (title: string, lang = 'en'): Src => ({
  url: `https://${lang}.wikipedia.org/wiki/${title}`,
  title: `Wikipedia: ${decodeURIComponent(title).replace(/_/g, ' ')}`,
  publisher: 'Wikipedia',
});

/** Sources used by several records. */
const S = {
  mayorOfTehran: wiki('Mayor_of_Tehran'),
  irnaMetropolis2020: {
    url: 'https://en.irna.ir/news/84131550/Tehran-s-mayor-elected-as-co-president-of-Metropolis',
    title: "Tehran's mayor elected as co-president of Metropolis",
    publisher: 'IRNA',
  },
  sanat2023: { url: 'http://www.sanatnews.ir/News//278841', title: 'تشریح دستاوردهای سفر زاکانی به بروکسل', publisher: 'Sanat News', published: '2023-06-20' },
  shirazBoard2021: {
    url: 'https://en.shiraz.ir/RContent/2NUWTW2DU3-Metropolis-Board-Members-Convene-Online.aspx',
    title: 'Metropolis Board Members Convene Online',
    publisher: 'Shiraz Municipality',
  },
  shirazBoard2023: {
    url: 'https://en.shiraz.ir/modules/ShowFrameWork.aspx?RelFacilityId=156&BlockId=70&stemplateid=2783&ContentId=59721',
    title: 'Shiraz Appointed Metropolis Board Member',
    publisher: 'Shiraz Municipality',
  },
  shirazMetropolis: {
    url: 'https://en.shiraz.ir/RContent/9KYJH1AA3-Mayor-of-Shiraz-%E2%80%98Shiraz-willing-to-enjoy-the-experiences-of-other-Metropolis-members%E2%80%99.aspx',
    title: "Mayor of Shiraz: 'Shiraz willing to enjoy the experiences of other Metropolis members'",
    publisher: 'Shiraz Municipality',
  },
  mtcm: { url: 'https://mtcm.mashhad.ir/portal_content/10322-About.html', title: 'Metropolis Training Center of the Mashhad Municipality: About', publisher: 'Mashhad Municipality' },
  qazvin20: { url: 'https://www.zendegi.online/news/3240608', title: 'شهرداری قزوین به عضویت مجمع شهرداران کلانشهرهای ایران درآمد', publisher: 'IRNA', published: '2022-01-17' },
  qazvin20b: { url: 'https://recive.ir/?p=305690', title: 'عضویت قزوین در مجمع کلانشهرهای ایران' },
  zakaniAssembly: {
    url: 'https://yazdnevis.ir/-/%D8%B2%D8%A7%DA%A9%D8%A7%D9%86%DB%8C-%D8%B1%D9%8A%DB%8C%D8%B3-%D9%85%D8%AC%D9%85%D8%B9-%D8%B4%D9%87%D8%B1%D8%AF%D8%A7%D8%B1%D8%A7%D9%86-%DA%A9%D9%84%D8%A7%D9%86%D8%B4%D9%87%D8%B1%D9%87%D8%A7%DB%8C-%D8%A7%DB%8C%D8%B1%D8%A7%D9%86-%D8%B4%D8%AF',
    title: 'زاکانی رئیس مجمع شهرداران کلانشهرهای ایران شد',
    publisher: 'Yazdnevis',
  },
  assembly116: {
    url: 'https://yazd.ir/fa/w/%DA%AF%D8%B2%D8%A7%D8%B1%D8%B4-%D8%AA%D8%B5%D9%88%DB%8C%D8%B1%DB%8C-%DB%8C%DA%A9%D8%B5%D8%AF-%D9%88-%D8%B4%D8%A7%D9%86%D8%B2%D8%AF%D9%87%D9%85%DB%8C%D9%86-%D9%86%D8%B4%D8%B3%D8%AA-%D9%85%D8%AC%D9%85%D8%B9-%D8%B4%D9%87%D8%B1%D8%AF%D8%A7%D8%B1%D8%A7%D9%86-',
    title: 'گزارش تصویری یکصد و شانزدهمین نشست مجمع شهرداران کلانشهرهای ایران',
    publisher: 'Yazd Municipality',
  },
  amfAbout: { url: 'https://www.mayors.asia/Who-we-are/About-us', title: 'Asian Mayors Forum: About us', publisher: 'Asian Mayors Forum' },
  amfGa2: { url: 'https://www.mayors.asia/AMF-reports/The-Second-General-Assembly', title: 'The Second General Assembly', publisher: 'Asian Mayors Forum' },
  amfDushanbe: {
    url: 'https://www.mayors.asia/News-and-events/ID/1138/asian-mayors-forum-executive-board-meet-in-tajik-capital',
    title: 'Asian Mayors Forum Executive Board meet in Tajik capital',
    publisher: 'Asian Mayors Forum',
    published: '2022-03-09',
  },
  amfKazan: {
    url: 'https://islam-today.ru/novosti/2023/05/26/v-kazani-proslo-zasedanie-ispolnitelnogo-soveta-aziatskogo-foruma-merov',
    title: 'В Казани прошло заседание Исполнительного совета Азиатского форума мэров',
    publisher: 'Islam Today',
    published: '2023-05-26',
  },
  tass2024: { url: 'https://tass.com/politics/1804409', title: 'International Municipal BRICS+ Forum in Kazan', publisher: 'TASS', published: '2024-06-17' },
  tabrizSisters: { url: 'https://en.tabriz.ir/News/281/Tabriz-and-Shanghai-agree-to-be-sister-cities-.html', title: 'Tabriz and Shanghai agree to be sister cities', publisher: 'Tabriz Municipality', published: '2019-05-06' },
  tabrizKazan2017: { url: 'http://www.azernews.az/nation/115573.html', title: "Iran's East Azerbaijan, Russia's Tatarstan to boost ties", publisher: 'Azernews', published: '2017-07-02' },
  isfahanKazan: { url: 'https://en.mehrnews.com/news/230383/Russia-s-Kazan-Iran-s-Isfahan-ink-sisterhood-agreement', title: "Russia's Kazan, Iran's Isfahan ink sisterhood agreement", publisher: 'Mehr News Agency', published: '2025-04-09' },
  isfahanKazanB: { url: 'https://realnoevremya.com/articles/8722-kazan-and-isfahan-become-sister-cities', title: 'Kazan and Isfahan become sister cities', publisher: 'Realnoe Vremya', published: '2025-04-14' },
  lhcAbout: { url: 'https://www.lhc-s.org/about/', title: 'League of Historical Cities: Message from the Principal Officers', publisher: 'League of Historical Cities' },
  shirazIccn: {
    url: 'https://en.shiraz.ir/modules/ShowFrameWork.aspx?RelFacilityId=156&BlockId=93&stemplateid=246&ContentId=2545',
    title: 'ICCN',
    publisher: 'Shiraz Municipality',
  },
  uccn: wiki('Creative_Cities_Network'),
} satisfies Record<string, Src>;

/** [id, fa names (label|aliases), en names (label|aliases), gender, sources] */
type PersonRow = readonly [string, string, string, 'male' | 'female' | undefined, Src[]];

const PEOPLE: PersonRow[] = [
  ['alireza-zakani', 'علیرضا زاکانی|زاکانی', 'Alireza Zakani|Zakani', 'male', [wiki('Alireza_Zakani')]],
  ['pirouz-hanachi', 'پیروز حناچی|حناچی', 'Pirouz Hanachi|Pirooz Hanachi|Hanachi', 'male', [wiki('Pirouz_Hanachi')]],
  ['mohammad-bagher-ghalibaf', 'محمدباقر قالیباف|محمد باقر قالیباف|قالیباف', 'Mohammad Bagher Ghalibaf|Mohammad Baqer Qalibaf|Ghalibaf|Qalibaf', 'male', [wiki('Mohammad_Bagher_Ghalibaf')]],
  ['mohammad-ali-najafi', 'محمدعلی نجفی|محمد علی نجفی', 'Mohammad-Ali Najafi|Mohammad Ali Najafi', 'male', [wiki('Mohammad-Ali_Najafi')]],
  ['mohammad-ali-afshani', 'محمدعلی افشانی|محمد علی افشانی|افشانی', 'Mohammad-Ali Afshani|Mohammad Ali Afshani', 'male', [wiki('Mohammad-Ali_Afshani')]],
  ['mohammad-reza-kalaei', 'محمدرضا کلایی|محمد رضا کلایی|کلایی', 'Mohammad Reza Kalaei|Mohammadreza Kalaei|Kalaei', 'male', [S.irnaMetropolis2020]],
  ['heydar-eskandarpour', 'حیدر اسکندرپور|اسکندرپور', 'Heydar Eskandarpour|Eskandarpour', 'male', [S.shirazMetropolis]],
  ['mohammad-hassan-asadi', 'محمدحسن اسدی|محمد حسن اسدی', 'Mohammad Hassan Asadi|Mohammadhassan Asadi', 'male', [S.shirazBoard2023]],
  ['mehdi-sabbaghi', 'مهدی صباغی|صباغی', 'Mehdi Sabbaghi|Sabbaghi', 'male', [S.qazvin20]],
  ['ahmad-vahidi', 'احمد وحیدی|وحیدی', 'Ahmad Vahidi|Vahidi', 'male', [wiki('Ahmad_Vahidi')]],
  ['ilsur-metshin', 'ایلسور متشین|السور متشین|متشین', 'Ilsur Metshin|Metshin', 'male', [wiki('Ilsur_Metshin')]],
  ['octavi-de-la-varga', 'اکتاوی دلا وارگا|اکتاویو دلا وارگا|اکتاوی د لا وارگا', 'Octavi de la Varga|Octavi de la Varga Mas', 'male', [S.shirazBoard2021]],
  ['seo-jung-hyup', 'سو جونگ هوپ|سو جونگ‌هیوپ', 'Seo Jung-hyup', 'male', []],
  ['pablo-javkin', 'پابلو ژاوکین|پابلو خاوکین', 'Pablo Javkin', 'male', [wiki('Pablo_Javkin', 'es')]],
  ['jean-luc-vanraes', 'ژان‌لوک وانراس|ژان لوک وانراس|ژانلوک وانراس', 'Jean-Luc Vanraes', 'male', []],
  ['miguel-garrido', 'میگل گاریدو', 'Miguel Garrido', 'male', []],
  ['evgenia-ludvigova', 'اوگنیا لودویگووا|لودویگووا اوگنیا', 'Evgenia Ludvigova', 'female', []],
  ['hamid-jurkesh', 'حمید جورکش', 'Hamid Jurkesh', 'male', []],
  ['abdolmotahar-mohammadkhani', 'عبدالمطهر محمدخانی|محمدخانی', 'Abdolmotahar Mohammadkhani', 'male', [S.amfDushanbe]],
  ['hamidreza-gholamzadeh', 'حمیدرضا غلامزاده|غلامزاده', 'Hamidreza Gholamzadeh|Hamidreza Gholamzadeh Natanzi', 'male', [S.amfKazan]],
  ['goshtasb-mozafari', 'گشتاسب مظفری', 'Goshtasb Mozafari', 'male', [S.amfDushanbe]],
  ['rustam-emomali', 'رستم امامعلی|رستم امام‌علی', 'Rustam Emomali', 'male', [wiki('Rustam_Emomali')]],
  ['fatma-sahin', 'فاطمه شاهین', 'Fatma Şahin|Fatma Sahin', 'female', [wiki('Fatma_%C5%9Eahin')]],
  ['ali-ghasemzadeh', 'علی قاسم‌زاده|قاسم‌زاده', 'Ali Ghasemzadeh|Ali Ghassemzadeh', 'male', [S.isfahanKazan]],
  ['abolghasem-mohyeddini', 'ابوالقاسم محی‌الدینی|محی‌الدینی', 'Abolghasem Mohyeddini', 'male', [S.zakaniAssembly]],
  ['iraj-shahin-baher', 'ایرج شهین باهر|شهین باهر', 'Iraj Shahin Baher', 'male', [S.tabrizSisters]],
  ['sadegh-najafi', 'صادق نجفی', 'Sadegh Najafi|Sadeq Najafi', 'male', [S.tabrizKazan2017]],
  ['ugur-ibrahim-altay', 'اوغور ابراهیم آلتای|ابراهیم آلتای', 'Uğur İbrahim Altay|Ugur Ibrahim Altay', 'male', [S.lhcAbout]],
  ['daisaku-kadokawa', 'دایساکو کادوکاوا|کادوکاوا', 'Daisaku Kadokawa', 'male', [S.lhcAbout]],
];

/** The person records. */
export function personRecords(): Record<string, unknown>[] {
  return PEOPLE.map(([id, fa, en, gender, sources]) => ({
    id,
    type: 'person',
    names: dedupeNames([...namesOf('fa', fa, 'alias'), ...namesOf('en', en, 'alias')] as NameOut[]),
    ...(gender ? { gender } : {}),
    identifiers: {},
    sources,
  }));
}

/** [post id, organization, role, en label, fa label] */
type PostRow = readonly [string, string, string, string, string];

const mayorPost = (city: string, en: string, fa: string): PostRow => [`mayor-of-${city}`, city, 'mayor', `Mayor of ${en}`, `شهردار ${fa}`];

const POSTS: PostRow[] = [
  mayorPost('tehran', 'Tehran', 'تهران'),
  mayorPost('mashhad', 'Mashhad', 'مشهد'),
  mayorPost('isfahan', 'Isfahan', 'اصفهان'),
  mayorPost('tabriz', 'Tabriz', 'تبریز'),
  mayorPost('shiraz', 'Shiraz', 'شیراز'),
  mayorPost('qazvin', 'Qazvin', 'قزوین'),
  mayorPost('yazd', 'Yazd', 'یزد'),
  mayorPost('kazan', 'Kazan', 'کازان'),
  mayorPost('rosario', 'Rosario', 'روزاریو'),
  mayorPost('dushanbe', 'Dushanbe', 'دوشنبه'),
  mayorPost('gaziantep', 'Gaziantep', 'غازی‌عنتاب'),
  mayorPost('konya', 'Konya', 'قونیه'),
  mayorPost('kyoto', 'Kyoto', 'کیوتو'),
  ['minister-of-interior-of-iran', 'iran', 'minister', 'Minister of Interior of Iran', 'وزیر کشور'],
  ['president-of-metropolis', 'metropolis', 'president', 'President of Metropolis', 'رئیس متروپلیس'],
  ['vice-president-of-metropolis', 'metropolis', 'vice_president', 'Vice-president of Metropolis', 'نایب رئیس متروپلیس'],
  ['regional-vice-president-of-metropolis', 'metropolis', 'regional_vice_president', 'Regional vice-president of Metropolis', 'نایب رئیس منطقه‌ای متروپلیس'],
  ['board-member-of-metropolis', 'metropolis', 'board_member', 'Member of the Board of Directors of Metropolis', 'عضو هیئت مدیره متروپلیس'],
  ['secretary-general-of-metropolis', 'metropolis', 'secretary_general', 'Secretary General of Metropolis', 'دبیرکل متروپلیس'],
  ['president-of-asian-mayors-forum', 'asian-mayors-forum', 'president', 'President of the Asian Mayors Forum', 'رئیس مجمع شهرداران آسیایی'],
  ['secretary-general-of-asian-mayors-forum', 'asian-mayors-forum', 'secretary_general', 'Secretary General of the Asian Mayors Forum', 'دبیرکل مجمع شهرداران آسیایی'],
  ['president-of-assembly-of-mayors-of-iranian-metropolises', 'assembly-of-mayors-of-iranian-metropolises', 'president', 'President of the Assembly of Mayors of Iranian Metropolises', 'رئیس مجمع شهرداران کلانشهرهای ایران'],
  ['secretary-general-of-assembly-of-mayors-of-iranian-metropolises', 'assembly-of-mayors-of-iranian-metropolises', 'secretary_general', 'Secretary General of the Assembly of Mayors of Iranian Metropolises', 'دبیرکل مجمع شهرداران کلانشهرهای ایران'],
  ['president-of-league-of-historical-cities', 'league-of-historical-cities', 'president', 'Chairperson of the League of Historical Cities', 'رئیس اتحادیه شهرهای تاریخی'],
  ['vice-president-of-league-of-historical-cities', 'league-of-historical-cities', 'vice_president', 'Vice-chairperson of the League of Historical Cities', 'نایب رئیس اتحادیه شهرهای تاریخی'],
  ['board-member-of-league-of-historical-cities', 'league-of-historical-cities', 'board_member', 'Director of the League of Historical Cities', 'عضو هیئت مدیره اتحادیه شهرهای تاریخی'],
];

/** The post records. */
export function postRecords(): Record<string, unknown>[] {
  return POSTS.map(([id, organization, role, en, fa]) => ({ id, type: 'post', organization, role, labels: { fa, en } }));
}

interface M {
  member: string;
  organization: string;
  role: string;
  post?: string;
  on_behalf_of?: string;
  start?: string;
  end?: string;
  how?: string;
  ordinal?: number;
  category?: string;
  sources: Src[];
}

const mayor = (person: string, city: string, sources: Src[], start?: string, end?: string, how = 'held'): M => ({
  member: person,
  organization: city,
  role: 'mayor',
  post: `mayor-of-${city}`,
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
  how,
  sources,
});

const cityIn = (city: string, organization: string, sources: Src[], extra: Partial<M> = {}): M => ({
  member: city,
  organization,
  role: 'member',
  ...extra,
  sources,
});

const MEMBERSHIPS: M[] = [
  // Mayors of Tehran since 2005 (one record per term).
  mayor('mohammad-bagher-ghalibaf', 'tehran', [S.mayorOfTehran, wiki('Mohammad_Bagher_Ghalibaf')], '2005-09', '2017-08', 'elected'),
  mayor('mohammad-ali-najafi', 'tehran', [S.mayorOfTehran, wiki('Mohammad-Ali_Najafi')], '2017-08', '2018-04', 'elected'),
  mayor('mohammad-ali-afshani', 'tehran', [S.mayorOfTehran, wiki('Mohammad-Ali_Afshani')], '2018-05', '2018-11', 'elected'),
  mayor('pirouz-hanachi', 'tehran', [wiki('Pirouz_Hanachi'), { url: 'https://www.ilna.news/Section-economy-4/691281-new-mayor-of-tehran-appointed', title: 'New mayor of Tehran appointed', publisher: 'ILNA' }], '2018-11-13', '2021-08', 'elected'),
  mayor('alireza-zakani', 'tehran', [S.mayorOfTehran, wiki('Alireza_Zakani')], '2021-09-02', undefined, 'elected'),
  // Other Iranian metropolises: terms where known, else the office held at the source's date.
  mayor('mohammad-reza-kalaei', 'mashhad', [S.irnaMetropolis2020], '2017', '2021'),
  mayor('heydar-eskandarpour', 'shiraz', [S.shirazMetropolis], '2021'),
  mayor('mohammad-hassan-asadi', 'shiraz', [S.shirazBoard2023]),
  mayor('mehdi-sabbaghi', 'qazvin', [S.qazvin20]),
  mayor('ali-ghasemzadeh', 'isfahan', [S.isfahanKazan]),
  mayor('abolghasem-mohyeddini', 'yazd', [S.zakaniAssembly]),
  mayor('sadegh-najafi', 'tabriz', [S.tabrizKazan2017]),
  mayor('iraj-shahin-baher', 'tabriz', [S.tabrizSisters]),
  // Mayors abroad.
  mayor('ilsur-metshin', 'kazan', [wiki('Ilsur_Metshin')], '2005'),
  mayor('pablo-javkin', 'rosario', [wiki('Pablo_Javkin', 'es')], '2019-12'),
  mayor('rustam-emomali', 'dushanbe', [wiki('Rustam_Emomali')], '2017-01'),
  mayor('fatma-sahin', 'gaziantep', [S.amfDushanbe]),
  mayor('ugur-ibrahim-altay', 'konya', [S.lhcAbout]),
  mayor('daisaku-kadokawa', 'kyoto', [S.lhcAbout]),
  // National office (corpus convention: a minister's organization is the country).
  { member: 'ahmad-vahidi', organization: 'iran', role: 'minister', post: 'minister-of-interior-of-iran', start: '2021-08', end: '2024-08', how: 'appointed', sources: [wiki('Ahmad_Vahidi')] },
  // Tehran Municipality staff.
  { member: 'abdolmotahar-mohammadkhani', organization: 'tehran', role: 'other', how: 'held', sources: [S.amfDushanbe] },
  // Metropolis: offices held by mayors on behalf of their cities, and city memberships.
  { member: 'alireza-zakani', organization: 'metropolis', role: 'vice_president', post: 'vice-president-of-metropolis', on_behalf_of: 'tehran', start: '2023', end: '2026', how: 'elected', sources: [S.sanat2023] },
  { member: 'pirouz-hanachi', organization: 'metropolis', role: 'vice_president', post: 'vice-president-of-metropolis', on_behalf_of: 'tehran', start: '2020-11-30', end: '2021-08', how: 'elected', sources: [S.irnaMetropolis2020] },
  { member: 'mohammad-reza-kalaei', organization: 'metropolis', role: 'regional_vice_president', post: 'regional-vice-president-of-metropolis', on_behalf_of: 'mashhad', start: '2020-11-30', how: 'elected', sources: [S.irnaMetropolis2020] },
  ...['berlin', 'montevideo', 'barcelona', 'gauteng', 'montreal'].map((city): M => ({
    member: city,
    organization: 'metropolis',
    role: 'vice_president',
    post: 'vice-president-of-metropolis',
    start: '2020-11-30',
    how: 'elected',
    sources: [S.irnaMetropolis2020],
  })),
  { member: 'guangzhou', organization: 'metropolis', role: 'president', post: 'president-of-metropolis', how: 'held', start: '2021', sources: [S.shirazBoard2021] },
  { member: 'shiraz', organization: 'metropolis', role: 'board_member', post: 'board-member-of-metropolis', how: 'reelected', start: '2023', sources: [S.shirazBoard2023] },
  { member: 'octavi-de-la-varga', organization: 'metropolis', role: 'secretary_general', post: 'secretary-general-of-metropolis', how: 'held', sources: [S.shirazBoard2021, S.shirazMetropolis] },
  ...['tehran', 'mashhad', 'shiraz', 'tabriz', 'isfahan', 'ahvaz'].map((c) => cityIn(c, 'metropolis', [S.mtcm], { how: 'held' })),
  ...['bogota', 'madrid', 'barcelona', 'rosario', 'guangzhou'].map((c) => cityIn(c, 'metropolis', [S.shirazBoard2021], { how: 'held' })),
  ...['berlin', 'montevideo', 'gauteng', 'montreal'].map((c) => cityIn(c, 'metropolis', [S.irnaMetropolis2020], { how: 'held' })),
  // Assembly of Mayors of Iranian Metropolises.
  cityIn('qazvin', 'assembly-of-mayors-of-iranian-metropolises', [S.qazvin20, S.qazvin20b], { start: '2022-01-17', how: 'joined', ordinal: 20 }),
  { member: 'tehran', organization: 'assembly-of-mayors-of-iranian-metropolises', role: 'secretary_general', post: 'secretary-general-of-assembly-of-mayors-of-iranian-metropolises', start: 'jalali:1385', how: 'by_office', sources: [S.qazvin20] },
  { member: 'alireza-zakani', organization: 'assembly-of-mayors-of-iranian-metropolises', role: 'president', post: 'president-of-assembly-of-mayors-of-iranian-metropolises', on_behalf_of: 'tehran', start: 'jalali:1400-09-29', how: 'elected', sources: [S.zakaniAssembly] },
  // Asian Mayors Forum.
  cityIn('tehran', 'asian-mayors-forum', [S.amfAbout], { start: '2008-11', how: 'founding' }),
  { member: 'fatma-sahin', organization: 'asian-mayors-forum', role: 'president', post: 'president-of-asian-mayors-forum', on_behalf_of: 'gaziantep', end: '2022-03-08', how: 'held', sources: [S.amfDushanbe] },
  { member: 'rustam-emomali', organization: 'asian-mayors-forum', role: 'president', post: 'president-of-asian-mayors-forum', on_behalf_of: 'dushanbe', start: '2022-03-08', how: 'held', sources: [S.amfDushanbe] },
  { member: 'goshtasb-mozafari', organization: 'asian-mayors-forum', role: 'secretary_general', post: 'secretary-general-of-asian-mayors-forum', how: 'held', sources: [S.amfDushanbe] },
  { member: 'hamidreza-gholamzadeh', organization: 'asian-mayors-forum', role: 'secretary_general', post: 'secretary-general-of-asian-mayors-forum', how: 'held', sources: [S.amfKazan, S.tass2024] },
  // League of Historical Cities and ICCN.
  { member: 'daisaku-kadokawa', organization: 'league-of-historical-cities', role: 'president', post: 'president-of-league-of-historical-cities', on_behalf_of: 'kyoto', how: 'by_office', sources: [S.lhcAbout] },
  { member: 'ugur-ibrahim-altay', organization: 'league-of-historical-cities', role: 'vice_president', post: 'vice-president-of-league-of-historical-cities', on_behalf_of: 'konya', how: 'held', sources: [S.lhcAbout] },
  { member: 'shiraz', organization: 'league-of-historical-cities', role: 'board_member', post: 'board-member-of-league-of-historical-cities', how: 'held', sources: [wiki('League_of_Historical_Cities')] },
  cityIn('shiraz', 'iccn', [S.shirazIccn], { how: 'held' }),
  // UNESCO Creative Cities Network.
  cityIn('isfahan', 'unesco-creative-cities-network', [S.uccn], { start: '2015', how: 'joined' }),
  cityIn('rasht', 'unesco-creative-cities-network', [S.uccn], { start: '2015', how: 'joined' }),
  cityIn('sanandaj', 'unesco-creative-cities-network', [S.uccn], { start: '2019', how: 'joined' }),
];

/** The membership records. */
export function membershipRecords(): Record<string, unknown>[] {
  return MEMBERSHIPS.map((m) => ({ type: 'membership', ...m }));
}

/** The event records. */
export function eventRecords(): Record<string, unknown>[] {
  const ev = (r: Record<string, unknown>): Record<string, unknown> => ({ type: 'event', ...r });
  return [
    ev({ id: 'metropolis-world-congress-2014-hyderabad', event_type: 'congress', names: [{ lang: 'en', text: '11th Metropolis World Congress', kind: 'official' }], ordinal: 11, organization: 'metropolis', host: 'hyderabad', start: '2014', sources: [{ url: 'http://www.metropolis.org/timeline', title: 'Metropolis: Timeline', publisher: 'Metropolis' }] }),
    ev({ id: 'metropolis-world-congress-2017-montreal', event_type: 'congress', names: [{ lang: 'en', text: '12th Metropolis World Congress', kind: 'official' }], ordinal: 12, organization: 'metropolis', host: 'montreal', start: '2017-06-19', end: '2017-06-22', sources: [{ url: 'http://www.cib-uclg.org/calendar-of-events/metropolis-world-congress-global-challenges-major-cities-action', title: 'Metropolis World Congress: Global Challenges, Major Cities in Action', publisher: 'UCLG CIB' }] }),
    ev({ id: 'metropolis-general-assembly-2020', event_type: 'general_assembly', names: [{ lang: 'en', text: 'Metropolis General Assembly 2020', kind: 'official' }], organization: 'metropolis', virtual: true, start: '2020-11-30', sources: [S.irnaMetropolis2020] }),
    ev({ id: 'metropolis-world-congress-2021-guangzhou', event_type: 'congress', names: [{ lang: 'en', text: '13th Metropolis World Congress', kind: 'official' }, { lang: 'fa', text: 'سیزدهمین کنگره جهانی متروپلیس', kind: 'official' }], ordinal: 13, organization: 'metropolis', host: 'guangzhou', virtual: true, start: '2021-11', sources: [S.shirazBoard2021] }),
    ev({ id: 'metropolis-world-congress-2023-brussels', event_type: 'congress', names: [{ lang: 'en', text: 'Metropolis World Congress 2023', kind: 'official' }], organization: 'metropolis', host: 'brussels', start: '2023-06', participants: [{ entity: 'alireza-zakani', on_behalf_of: 'tehran' }], sources: [S.sanat2023] }),
    ev({ id: 'asian-mayors-forum-general-assembly-2008-tehran', event_type: 'general_assembly', names: [{ lang: 'en', text: 'First meeting of the Asian Mayors Forum', kind: 'official' }], ordinal: 1, organization: 'asian-mayors-forum', host: 'tehran', start: '2008-11-19', end: '2008-11-20', sources: [S.amfGa2] }),
    ev({ id: 'asian-mayors-forum-general-assembly-2011-istanbul', event_type: 'general_assembly', names: [{ lang: 'en', text: 'Second meeting of the Asian Mayors Forum', kind: 'official' }], ordinal: 2, organization: 'asian-mayors-forum', host: 'istanbul', start: '2011-04-01', end: '2011-04-02', sources: [S.amfGa2] }),
    ev({ id: 'asian-mayors-forum-executive-board-2022-dushanbe', event_type: 'session', names: [{ lang: 'en', text: '8th meeting of the Asian Mayors Forum Executive Board', kind: 'official' }], ordinal: 8, organization: 'asian-mayors-forum', host: 'dushanbe', start: '2022-03-08', sources: [S.amfDushanbe] }),
    ev({ id: 'asian-mayors-forum-executive-board-2023-kazan', event_type: 'session', names: [{ lang: 'en', text: '9th meeting of the Asian Mayors Forum Executive Board', kind: 'official' }], ordinal: 9, organization: 'asian-mayors-forum', host: 'kazan', start: '2023-05', sources: [S.amfKazan] }),
    ev({ id: 'brics-municipal-forum-2024-kazan', event_type: 'forum', names: [{ lang: 'en', text: 'International Municipal BRICS+ Forum', kind: 'official' }], host: 'kazan', start: '2024-06-21', sources: [S.tass2024] }),
    ev({ id: 'assembly-of-mayors-of-iranian-metropolises-session-112', event_type: 'session', names: [{ lang: 'fa', text: 'یکصد و دوازدهمین نشست مجمع شهرداران کلانشهرهای ایران', kind: 'official' }], ordinal: 112, organization: 'assembly-of-mayors-of-iranian-metropolises', host: 'tehran', start: 'jalali:1400-09-29', sources: [S.zakaniAssembly] }),
    ev({ id: 'assembly-of-mayors-of-iranian-metropolises-session-116', event_type: 'session', names: [{ lang: 'fa', text: 'یکصد و شانزدهمین نشست مجمع شهرداران کلانشهرهای ایران', kind: 'official' }], ordinal: 116, organization: 'assembly-of-mayors-of-iranian-metropolises', host: 'tehran', start: 'jalali:1402-02-19', sources: [S.assembly116] }),
  ];
}

/** The agreement records. */
export function agreementRecords(): Record<string, unknown>[] {
  const sister = (a: string, b: string, sources: Src[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    id: `sister-cities-${a}-${b}`,
    type: 'agreement',
    agreement_type: 'sister_city',
    parties: [a, b],
    status: 'in_force',
    ...extra,
    sources,
  });
  return [
    sister('tabriz', 'kazan', [S.tabrizSisters, S.tabrizKazan2017]),
    ...['baku', 'ganja', 'istanbul', 'erzurum', 'gaza', 'karbala', 'mogilev', 'khujand'].map((c) => sister('tabriz', c, [S.tabrizSisters])),
    { id: 'sister-cities-tabriz-shanghai', type: 'agreement', agreement_type: 'sister_city', parties: ['tabriz', 'shanghai'], status: 'proposed', date: '2019-05', sources: [S.tabrizSisters] },
    sister('isfahan', 'kazan', [S.isfahanKazan, S.isfahanKazanB], { status: 'signed', date: '2025-04-09', signatories: ['ali-ghasemzadeh', 'ilsur-metshin'] }),
    sister('tehran', 'seoul', [wiki('Teheran-ro')], { date: '1977' }),
    sister('isfahan', 'freiburg', [wiki('Freiburg_im_Breisgau')]),
  ];
}
