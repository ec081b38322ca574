/**
 * Persian vocabulary of the extractor: role titles, predicate cues, event nouns, type words,
 * coreference words, given names and common words. Written for the genre (city-diplomacy news), not
 * for any one article. Every phrase is matched through its match key, so spacing/ZWNJ/hamza variants
 * of a phrase need not be listed (کلان شهر = کلانشهر, رئیس = رییس, تأسیس = تاسیس).
 */

/** What a role's organisation is: a city (municipal roles), a country (diplomats, ministers) or a network. */
export type OrgKind = 'city' | 'country' | 'org';

/** A role title. `plural` for «شهرداران»; `ignore` marks titles outside the domain («رئیس جمهور»). */
export interface RoleWord {
  role: string;
  org: OrgKind;
  plural?: boolean;
  ignore?: boolean;
  /** A board named without «عضو» («به عضویت هیئت مدیره X انتخاب شد»): a seat, a post only with an election verb. */
  seat?: boolean;
  /** A bare «معاون» followed by a portfolio: a role only when a municipality follows («معاون فرهنگی شهرداری اصفهان»). */
  portfolio?: boolean;
}

const R = (role: string, org: OrgKind, extra: Partial<RoleWord> = {}): RoleWord => ({ role, org, ...extra });

/** Role phrases (longest match wins: «نایب رئیس» over «رئیس»). */
export const FA_ROLES: Record<string, RoleWord> = {
  شهردار: R('mayor', 'city'),
  شهرداران: R('mayor', 'city', { plural: true }),
  'شهردار منطقه': R('other', 'city'),
  'شهرداران مناطق': R('other', 'city', { plural: true }),
  'معاون شهردار': R('deputy_mayor', 'city'),
  معاون: R('deputy_mayor', 'city', { portfolio: true }),
  'معاون شهرداری': R('deputy_mayor', 'city'),
  'معاونان شهردار': R('deputy_mayor', 'city', { plural: true }),
  'قائم مقام شهردار': R('deputy_mayor', 'city'),
  'عضو شورای شهر': R('council_member', 'city'),
  'عضو شورای اسلامی شهر': R('council_member', 'city'),
  'عضو شورای': R('council_member', 'city'),
  'اعضای شورای شهر': R('council_member', 'city', { plural: true }),
  'اعضای شورای اسلامی شهر': R('council_member', 'city', { plural: true }),
  'نایب رئیس شورای شهر': R('council_member', 'city'),
  'نایب رئیس شورای اسلامی شهر': R('council_member', 'city'),
  'سخنگوی شورای اسلامی شهر': R('spokesperson', 'city'),
  'منشی شورای شهر': R('council_member', 'city'),
  'منشی شورای اسلامی شهر': R('council_member', 'city'),
  'رئیس شورای شهر': R('council_president', 'city'),
  'رئیس شورای اسلامی شهر': R('council_president', 'city'),
  'رئیس شورای': R('council_president', 'city'),
  'سخنگوی شهرداری': R('spokesperson', 'city'),
  'سخنگوی شورای شهر': R('spokesperson', 'city'),
  سخنگوی: R('spokesperson', 'org'),
  سخنگو: R('spokesperson', 'org'),
  مدیرکل: R('director_general', 'city'),
  'مدیر کل': R('director_general', 'city'),
  سرکنسول: R('consul_general', 'country'),
  'سر کنسول': R('consul_general', 'country'),
  'سرکنسول کشورمان': R('consul_general', 'country'),
  سفیر: R('ambassador', 'country'),
  'سفیر کشورمان': R('ambassador', 'country'),
  وزیر: R('minister', 'country'),
  'وزیر کشور': R('minister', 'country'),
  'وزیر امور خارجه': R('minister', 'country'),
  رئیس: R('president', 'org'),
  ریاست: R('president', 'org'),
  'رئیس فعلی': R('president', 'org'),
  'رئیس کنونی': R('president', 'org'),
  'رئیس جمهور': R('other', 'country', { ignore: true }),
  'رئیس جمهوری': R('other', 'country', { ignore: true }),
  'رهبر': R('other', 'country', { ignore: true }),
  'نایب رئیس': R('vice_president', 'org'),
  'نیابت ریاست': R('vice_president', 'org'),
  'نایب ریاست': R('vice_president', 'org'),
  'نایب رئیسان': R('vice_president', 'org', { plural: true }),
  'نواب رئیس': R('vice_president', 'org', { plural: true }),
  'معاون رئیس': R('vice_president', 'org'),
  'رئیس مشترک': R('co_president', 'org'),
  'رئیسان مشترک': R('co_president', 'org', { plural: true }),
  'رؤسای مشترک': R('co_president', 'org', { plural: true }),
  'روسای مشترک': R('co_president', 'org', { plural: true }),
  'هم رئیس': R('co_president', 'org'),
  'خزانه دار': R('treasurer', 'org'),
  'معاون منطقه ای': R('regional_vice_president', 'org'),
  'معاونان منطقه ای': R('regional_vice_president', 'org', { plural: true }),
  'نایب رئیس منطقه ای': R('regional_vice_president', 'org'),
  'دبیرکل': R('secretary_general', 'org'),
  'دبیر کل': R('secretary_general', 'org'),
  'عضو هیات مدیره': R('board_member', 'org'),
  'اعضای هیات مدیره': R('board_member', 'org', { plural: true }),
  'عضو هیات رئیسه': R('executive_board_member', 'org'),
  'عضو هیات اجرایی': R('executive_board_member', 'org'),
  'عضو کمیته اجرایی': R('executive_board_member', 'org'),
  'اعضای هیات رئیسه': R('executive_board_member', 'org', { plural: true }),
  'اعضای هیات اجرایی': R('executive_board_member', 'org', { plural: true }),
  'هیات مدیره': R('board_member', 'org', { seat: true }),
  'هیات اجرایی': R('executive_board_member', 'org', { seat: true }),
  'هیات رئیسه': R('executive_board_member', 'org', { seat: true }),
  'مدیرعامل': R('other', 'org'),
  // heads of programmes/regions of international bodies («مدیر اجرایی برنامه اسکان بشر سازمان ملل») -> other
  'مدیر اجرایی': R('other', 'org'),
  'مدیر منطقه ای': R('other', 'org'),
  'مدیر عامل': R('other', 'org'),
  'رئیس مرکز': R('other', 'city'),
  'مشاور': R('other', 'org'),
  'مشاور شهردار': R('other', 'city'),
  'استاندار': R('other', 'city'),
  'فرماندار': R('other', 'city'),
};

/** Variants of «هیات» that the match key does not fold (هیئت -> هیات). Applied when indexing roles. */
export const FA_ROLE_SPELLINGS: [string, string][] = [
  ['هیات', 'هیئت'],
];

/** Predicate cues: phrase -> cue name. */
export const FA_CUES: Record<string, string> = {};
const cue = (name: string, ...phrases: string[]): void => {
  for (const p of phrases) FA_CUES[p] = name;
};
cue('elected', 'انتخاب شد', 'انتخاب شدند', 'انتخاب گردید', 'انتخاب گردیدند', 'انتخاب شده', 'انتخاب شده است',
  'انتخاب شدند', 'برگزیده شد', 'برگزیده شدند', 'برگزیده گردید', 'انتخاب می شود', 'انتخاب خواهد شد', 'رای آورد', 'رای آوردند');
cue('reelected', 'حفظ کرد', 'حفظ کردند', 'ابقا شد', 'ابقا شدند', 'ابقا گردید', 'ابقا', 'مجددا انتخاب شد', 'مجددا انتخاب شدند', 'دوباره انتخاب شد',
  'برای دومین بار انتخاب شد', 'تمدید شد');
cue('appointed', 'منصوب شد', 'منصوب شدند', 'منصوب گردید', 'منصوب', 'گمارده شد', 'معرفی شد', 'انتصاب');
cue('won', 'را کسب کرد', 'را کسب کردند', 'را به دست آورد', 'را بدست آورد', 'را حفظ کرد', 'را حفظ کردند');
cue('as', 'به عنوان', 'بعنوان', 'به سمت', 'در سمت', 'در مقام', 'عنوان', 'سمت');
cue('jointly', 'مشترکا', 'به طور مشترک', 'بصورت مشترک', 'به صورت مشترک', 'هر کدام', 'به صورت چرخشی', 'به نوبت');
cue('join', 'به عضویت');
cue('joinverb', 'درآمد', 'درآمدند', 'در آمد', 'درآمده است', 'پیوست', 'پیوستند', 'پیوسته است', 'پیوسته اند', 'پیوسته بود', 'پیوسته بودند', 'درآمده بود', 'درآمده بودند', 'درآمده', 'در آمده است', 'پیوستند', 'ملحق شد', 'ملحق شدند',
  'پذیرفته شد', 'پذیرفته شدند', 'پذیرفته شده است', 'پذیرفته شده');
cue('membership', 'عضویت', 'عضویت رسمی');
cue('associate', 'وابسته', 'عضویت وابسته', 'عضو وابسته', 'عضو ناظر', 'ناظر');
cue('fullmember', 'عضو کامل', 'عضویت کامل', 'عضو اصلی', 'عضو دائم');
cue('approved', 'قطعی شد', 'نهایی شد', 'تصویب شد', 'به تصویب رسید', 'تایید شد', 'موافقت شد', 'پذیرفته شد', 'پذیرفته شده است', 'تصویب کرد', 'تصویب کردند', 'پذیرفت', 'با پذیرش');
cue('again', 'بار دیگر', 'مجددا', 'دوباره', 'برای دومین بار', 'برای سومین بار', 'برای دومین دوره', 'مجدد');
cue('member', 'عضو', 'اعضای', 'عضو رسمی');
// «در شبکه X حضور دارند», «در X عضویت دارد»: present-tense membership (past «حضور داشت» is attendance)
cue('presence', 'حضور دارد', 'حضور دارند', 'عضویت دارد', 'عضویت دارند', 'حضور فعال دارد', 'حضور فعال دارند');
cue('held', 'برگزار شد', 'برگزار شدند', 'برگزار گردید', 'برگزار می شود', 'برگزار میشود', 'برگزار خواهد شد', 'برگزار شده',
  'برگزار شده است', 'برگزار می گردد', 'برگزار شود', 'برگزار کرد', 'برگزار کردند', 'برگزار خواهد کرد', 'برپا شد', 'آغاز شد',
  'آغاز به کار کرد', 'کار خود را آغاز کرد', 'افتتاح شد');
cue('holding', 'برگزاری', 'محل برگزاری', 'برپایی');
cue('regarding', 'با اشاره به', 'با بیان اینکه', 'با تاکید بر', 'با هدف', 'با حضور', 'باحضور', 'با رای', 'با استفاده از', 'با موافقت',
  'با توجه به', 'با اعلام', 'با عنایت به', 'با استناد به', 'با همکاری', 'با حمایت', 'با تشریح', 'با ارزیابی');
cue('titled', 'تحت عنوان', 'با عنوان', 'با نام', 'به نام');
cue('hostedby', 'به میزبانی');
cue('host', 'میزبان', 'میزبانی');
cue('virtual', 'مجازی', 'به صورت مجازی', 'بصورت مجازی', 'آنلاین', 'برخط', 'ویدئو کنفرانس', 'ویدیو کنفرانسی');
cue('meet', 'دیدار', 'دیداری', 'ملاقات', 'ملاقاتی', 'گفتگو', 'گفت و گو', 'رایزنی', 'دیدار و گفتگو');
cue('sister', 'خواهرخواندگی', 'خواهر خواندگی', 'خواهرخوانده', 'خواهر خوانده', 'شهرهای خواهرخوانده');
cue('mou', 'تفاهم نامه', 'تفاهمنامه', 'یادداشت تفاهم', 'تفاهم نامه همکاری', 'یادداشت تفاهم همکاری');
cue('coop', 'قرارداد همکاری', 'سند همکاری', 'موافقت نامه همکاری', 'موافقتنامه همکاری', 'توافق نامه همکاری');
cue('contract', 'قرارداد', 'قرار داد', 'پیمان');
cue('signed', 'امضا', 'امضای', 'امضا شد', 'امضا کرد', 'امضا کردند', 'به امضا رسید', 'به امضا رساندند', 'منعقد شد', 'منعقد کردند',
  'امضاء', 'امضاء شد', 'امضاء کردند');
cue('founded', 'تشکیل شد', 'تشکیل گردید', 'تاسیس شد', 'تاسیس گردید', 'بنیانگذاری شد', 'بنیان گذاری شد', 'پایه گذاری شد',
  'پایه گذاری گردید', 'به وجود آمد', 'شکل گرفت', 'راه اندازی شد', 'ایجاد شد', 'تاسیس', 'تشکیل شده است', 'تاسیس شده است',
  // passive perfect («پایه‌گذاری شده است») and its clause-chaining form («... بنیان‌گذاری شده و ...»)
  'تشکیل شده', 'تاسیس شده', 'پایه گذاری شده', 'پایه گذاری شده است', 'بنیان گذاری شده', 'بنیان گذاری شده است', 'بنیانگذاری شده است',
  'پایه ریزی شد', 'پایه ریزی شده', 'پایه ریزی شده است', 'شکل گرفته', 'شکل گرفته است', 'شکل گرفته بود', 'به وجود آمده است',
  'راه اندازی شده است', 'تاسیس گردیده است', 'تشکیل گردیده است');
cue('initiative', 'به ابتکار', 'به پیشنهاد', 'با ابتکار', 'توسط');
cue('secretariat', 'دبیرخانه', 'دبیرخانه دائمی', 'مقر', 'ستاد',
  // with a possessive pronoun («دبیرخانه‌اش»): the organisation the article is talking about
  'دبیرخانه اش', 'مقرش', 'مقر اصلی', 'مقر اصلی اش', 'دبیرخانه مرکزی', 'دفتر مرکزی', 'دفتر مرکزی اش', 'ستاد مرکزی');
cue('office', 'دفتر', 'دفتر منطقه ای', 'نمایندگی', 'دفترش', 'دفتر منطقه ای اش', 'دفتر نمایندگی', 'دفاتر منطقه ای');
cue('seatverb', 'واقع', 'واقع شده است', 'واقع است', 'قرار دارد', 'مستقر است', 'مستقر', 'مستقر شد', 'انتقال یافت', 'منتقل شد',
  'منتقل گردید', 'ایجاد کند', 'ایجاد کرد', 'ایجاد شد', 'افتتاح شد', 'افتتاح کرد', 'راه اندازی کرد', 'راه اندازی شد', 'تاسیس کرد',
  'دایر شد', 'دایر کرد', 'فعالیت می کند',
  // perfect forms («... به سئول منتقل شده است», «در مشهد افتتاح شده است»)
  'منتقل شده است', 'منتقل شده', 'انتقال یافته است', 'مستقر شده است', 'افتتاح شده است', 'ایجاد شده است', 'راه اندازی شده است',
  'دایر شده است', 'قرار گرفته است', 'گشایش یافت', 'افتتاح گردید', 'ایجاد گردید',
  // «دبیرخانه خود را به X منتقل کرده است»
  'منتقل کرد', 'منتقل کردند', 'منتقل کرده است', 'منتقل کرده', 'انتقال داد', 'انتقال داده است');
cue('propose', 'پیشنهاد');
cue('proposeverb', 'خواستار تشکیل', 'خواستار ایجاد', 'خواستار راه اندازی', 'خواستار تاسیس', 'خواستار شکل گیری', 'پیشنهاد نمود', 'پیشنهاد دادند',
  'پیشنهاد کرده اند', 'پیشنهاد داده است', 'پیشنهاد داده', 'پیشنهاد میکنم', 'پیشنهاد می کنم', 'پیشنهاد میکنیم', 'پیشنهاد می کنیم', 'پیشنهاد کردیم', 'پیشنهاد دادیم', 'پیشنهاد کرد', 'پیشنهاد داد', 'پیشنهاد کردند', 'پیشنهاد دادند', 'پیشنهاد کرده است', 'پیشنهاد می کند', 'پیشنهاد کرده');
// «پیشنهاد ... را مطرح/ارائه کرد»: counts only after the noun «پیشنهاد»
cue('present', 'را مطرح کرد', 'را مطرح', 'مطرح کرد', 'را ارائه کرد', 'را ارائه داد', 'ارائه کرد', 'ارائه داد', 'ارائه خواهد کرد',
  'ارائه خواهد داد', 'مطرح خواهد کرد', 'مطرح کردند', 'ارائه کردند', 'را مطرح کردند', 'را ارائه کردند', 'مطرح شد', 'ارائه شد',
  'را داد', 'را دادند', 'را مطرح نمود', 'را ارائه نمود', 'مطرح نمود', 'ارائه نمود', 'را مطرح کرده است', 'را ارائه کرده است');
// «پیشنهاد X را رد کرد»: a rejection, not a proposal by the subject
cue('reject', 'رد کرد', 'رد کردند', 'رد شد', 'مخالفت کرد', 'مخالفت کردند', 'با مخالفت', 'نپذیرفت', 'نپذیرفتند');
cue('visit', 'سفر', 'سفر کرد', 'سفر کردند', 'رفت', 'رفتند', 'رفته است', 'رفته اند', 'رفته بود', 'رفته بودند', 'رفته', 'عزیمت کرد', 'عزیمت', 'سفری', 'بازدید', 'آمده است', 'آمده بود', 'آمده اند', 'آمده بودند');
// «وارد بخارا شد», «عازم سمرقند شد»: arrival/departure verbs of a trip (with a city and «شد»)
cue('arrive', 'وارد', 'عازم');
cue('speech', 'گفت', 'افزود', 'ادامه داد', 'اعلام کرد', 'اظهار کرد', 'اظهار داشت', 'تصریح کرد', 'خاطرنشان کرد', 'تاکید کرد',
  'بیان کرد', 'بیان داشت', 'عنوان کرد', 'اضافه کرد', 'خبر داد', 'یادآور شد', 'گفته است', 'توضیح داد', 'اعلام داشت', 'تاکید نمود');
cue('with', 'با');
cue('and', 'و');
cue('along', 'به همراه', 'همراه با', 'و همچنین');
cue('from', 'از');
cue('to', 'به');
cue('in', 'در');
cue('this', 'این', 'آن');
cue('will', 'خواهد', 'خواهند', 'قرار است', 'در آینده', 'آینده');
cue('copula', 'است', 'هستند', 'بود', 'بودند', 'شد', 'شدند', 'می باشد', 'میباشد', 'باشد', 'گردید', 'بوده است', 'بوده', 'بوده اند',
  'شده است', 'شده اند', 'به شمار می رود', 'محسوب می شود', 'هست');
cue('was', 'داشت', 'داشتند', 'کرد', 'کردند', 'نمود', 'نمودند');
cue('year', 'سال');
cue('readiness', 'آمادگی', 'اعلام آمادگی', 'تمایل', 'درخواست', 'خواستار', 'امکان');
// hopes, candidacies and invitations: an event they speak of has not been set («امیدواریم اجلاس بعدی در X برگزار شود»)
cue('hope', 'امیدواریم', 'امیدوارم', 'امید است', 'امیدوار است', 'امیدواریم که', 'امیدوارند', 'آرزو داریم', 'آرزو میکنیم',
  'نامزد میزبانی', 'نامزدی میزبانی', 'داوطلب میزبانی', 'کاندیدای میزبانی', 'دعوت کرد', 'دعوت کردند', 'دعوت به عمل آورد', 'دعوت نامه', 'دعوتنامه',
  // possibilities and rumours («احتمال برگزاری اجلاس در X», «شایعه نامزدی X برای میزبانی …»), and a bid «برای میزبانی»
  'احتمال', 'شایعه', 'شایعات', 'برای میزبانی');
cue('intend', 'قصد دارند', 'قصد دارد', 'در نظر دارند', 'در نظر دارد', 'برنامه ریزی', 'در دست بررسی', 'بررسی می شود');
cue('responsibility', 'بر عهده', 'برعهده', 'عهده دار', 'را بر عهده', 'را برعهده');
cue('behalf', 'از طرف', 'از سوی', 'به نمایندگی از', 'به نمایندگی');
cue('cancel', 'لغو شد', 'لغو', 'تعویق', 'به تعویق افتاد');
cue('neg', 'نشد', 'نخواهد', 'نیست', 'نبود', 'نکرد', 'ندارند', 'ندارد', 'نشده', 'نشده است', 'نکرده', 'نکرده اند', 'نکردند', 'نرسید', 'نرسیده');

/** Event nouns -> corpus event type (the wording decides, per the annotation conventions). */
export const FA_EVENTS: Record<string, string> = {
  کنگره: 'congress',
  'کنگره جهانی': 'congress',
  'مجمع عمومی': 'general_assembly',
  'مجمع عمومی سالانه': 'general_assembly',
  اجلاس: 'summit',
  اجلاسیه: 'summit',
  'اجلاس سران': 'summit',
  'نشست سران': 'summit',
  نشست: 'session',
  نشستی: 'session',
  اجلاسی: 'summit',
  همایشی: 'conference',
  همایش: 'conference',
  کنفرانس: 'conference',
  رویداد: 'conference',
  فوروم: 'forum',
  فروم: 'forum',
  'مجمع جهانی': 'forum',
  'مجمع شهری': 'forum',
  'مجمع جهانی شهری': 'forum',
  'مجمع شهری بین المللی': 'forum',
  'مجمع بین المللی': 'forum',
};

/** Type words that announce an entity of a type («شهر X», «کشور X»). */
export const FA_TYPE_WORDS: Record<string, 'city' | 'country' | 'municipality'> = {
  شهر: 'city',
  شهرهای: 'city',
  کلانشهر: 'city',
  کلانشهرهای: 'city',
  'شهر مقدس': 'city',
  'شهر تاریخی': 'city',
  'بندر': 'city',
  'شهرداری': 'municipality',
  'شهرداری های': 'municipality',
  'شهرداری کلانشهر': 'municipality',
  کشور: 'country',
  کشورهای: 'country',
};

/** Coreference words. */
export const FA_COREF: Record<string, string> = {
  پایتخت: 'capital',
  کشورمان: 'our_country',
  'این شهر': 'this_city',
  'این کلانشهر': 'this_city',
  'این انجمن': 'this_org',
  'این مجمع': 'this_org',
  'این سازمان': 'this_org',
  'این اتحادیه': 'this_org',
  'این شبکه': 'this_org',
  'این نهاد': 'this_org',
  'این فدراسیون': 'this_org',
  'این کنفدراسیون': 'this_org',
  'این ائتلاف': 'this_org',
  'این بنیاد': 'this_org',
  'این کمیسیون': 'this_org',
  'این اتحاد': 'this_org',
  'این مجمع جهانی': 'this_org',
  'این مجمع بین المللی': 'this_org',
  'این اتحادیه جهانی': 'this_org',
  'این فدراسیون جهانی': 'this_org',
  'این انجمن بین المللی': 'this_org',
  'این سازمان بین المللی': 'this_org',
  'این شبکه جهانی': 'this_org',
  وی: 'he',
  ایشان: 'he',
  او: 'he',
};

/** Head words of organisation names: an unknown name starting with one is an organisation candidate. */
export const FA_ORG_HEADS = ['مجمع', 'انجمن', 'اتحادیه', 'سازمان', 'شبکه', 'بنیاد', 'فدراسیون', 'ائتلاف', 'کنفدراسیون', 'کمیسیون', 'اتحاد'];

/** Honorifics before a person's name. */
export const FA_HONORIFICS = ['آقای', 'خانم', 'دکتر', 'مهندس', 'سرکار خانم', 'جناب آقای', 'حجت الاسلام', 'سردار'];
