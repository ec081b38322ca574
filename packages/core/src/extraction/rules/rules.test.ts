import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.js';
import type { Gazetteer } from '../gazetteer.js';
import { loadGazetteer } from '../load-gazetteer.js';
import type { Fact } from '../types.js';

let gz: Gazetteer;
beforeAll(async () => {
  gz = await loadGazetteer();
});

const facts = (text: string, published: string | null = null): Fact[] => extractArticle({ id: 't', text, published }, gz).facts;
const ofKind = <K extends Fact['kind']>(fs: Fact[], kind: K): Extract<Fact, { kind: K }>[] =>
  fs.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);
const key = (e: { id?: string; fa: string } | undefined): string | undefined => e?.id ?? e?.fa;

describe('post rules', () => {
  it('reads a list of unnamed mayors elected to one role, and «مشترکا» as co-presidency', () => {
    const fs = facts('در این اجلاس شهرداران آنکارا و باکو مشترکا به عنوان رئیس و شهردار ایروان به عنوان خزانه دار متروپلیس انتخاب شدند.');
    const posts = ofKind(fs, 'post').map((p) => `${key(p.holder)}:${p.role}:${key(p.org)}:${p.how}`);
    expect(posts).toEqual(
      expect.arrayContaining(['ankara:co_president:metropolis:elected', 'baku:co_president:metropolis:elected', 'yerevan:treasurer:metropolis:elected']),
    );
  });

  it('gives a named holder the city as on_behalf_of, and keeps the apposition as a held post', () => {
    const fs = facts('کامران یگانه شهردار یزد به عنوان عضو هیات مدیره اتحادیه شهرهای تاریخی برگزیده شد.');
    const board = ofKind(fs, 'post').find((p) => p.role === 'board_member');
    expect(board).toMatchObject({ holder: { fa: 'کامران یگانه' }, org: { id: 'league-of-historical-cities' }, on_behalf_of: { id: 'yazd' }, how: 'elected' });
    expect(ofKind(fs, 'post').some((p) => p.role === 'mayor' && p.org.id === 'yazd' && p.how === 'held')).toBe(true);
  });

  it('resolves «شهردار تهران» by the article date through the dataset', () => {
    const text = 'شهردار تهران در سفر به استانبول گفت: همکاری ادامه دارد. زاکانی افزود که برنامه ها آماده است.';
    const p2023 = ofKind(facts(text, '2023-05-01'), 'post').find((p) => p.role === 'mayor');
    expect(p2023?.holder.id).toBe('alireza-zakani');
    const p2020 = ofKind(facts('شهردار تهران امروز گفت: حناچی در جلسه حاضر بود.', '2020-02-01'), 'post').find((p) => p.role === 'mayor');
    expect(p2020?.holder.id).toBe('pirouz-hanachi');
  });

  it('binds an unnamed titled speaker to the named speaker of the article', () => {
    const text = 'مدیرکل امور بین الملل شهرداری کرج اعلام کرد: کرج در این نشست حضور دارد.\nسعید کاظمی در ادامه گفت: برنامه ها اعلام می شود.';
    const p = ofKind(facts(text), 'post').find((x) => x.role === 'director_general');
    expect(p).toMatchObject({ holder: { fa: 'سعید کاظمی' }, org: { id: 'karaj' } });
  });

  it('reads a copular chain «X عضو هیات مدیره A و عضو B است»', () => {
    const fs = facts('شهر یزد عضو هیات مدیره اتحادیه شهرهای تاریخی و عضو شبکه شهرهای خلاق یونسکو است.');
    expect(ofKind(fs, 'post').map((p) => `${key(p.holder)}:${p.role}:${key(p.org)}`)).toEqual(['yazd:board_member:league-of-historical-cities']);
    expect(ofKind(fs, 'membership').map((m) => `${key(m.member)}:${key(m.org)}`)).toEqual(['yazd:unesco-creative-cities-network']);
  });
});

describe('membership, event, meeting, agreement, founded, seat and proposal rules', () => {
  it('membership with an ordinal in words', () => {
    const m = ofKind(facts('شهر زنجان به عنوان بیست و دومین عضو مجمع شهرداران کلانشهرهای ایران پذیرفته شد.'), 'membership');
    expect(m).toEqual([expect.objectContaining({ member: expect.objectContaining({ id: 'zanjan' }), ordinal: 22 })]);
  });

  it('membership by «به عضویت ... درآمد» with a municipality as member', () => {
    const m = ofKind(facts('شهرداری اردبیل به عضویت شبکه شهرهای خلاق یونسکو درآمد.'), 'membership');
    expect(m[0]).toMatchObject({ member: { id: 'ardabil' }, org: { id: 'unesco-creative-cities-network' } });
  });

  it('an event needs a predicate; host from «به میزبانی», ordinal and virtual from the sentence', () => {
    expect(ofKind(facts('در اجلاس متروپلیس درباره آب صحبت شد.'), 'event')).toEqual([]);
    const [e] = ofKind(facts('پنجمین اجلاس مجمع شهرداران آسیایی به صورت مجازی و به میزبانی باکو برگزار شد.'), 'event');
    expect(e).toMatchObject({ event_type: 'summit', ordinal: 5, org: { id: 'asian-mayors-forum' }, host: { id: 'baku' }, virtual: true });
  });

  it('a visit: «سفر X به CITY»', () => {
    const [v] = ofKind(facts('سفر شهردار اصفهان به ایروان با هدف توسعه گردشگری انجام شد.'), 'event');
    expect(v).toMatchObject({ event_type: 'visit', host: { id: 'yerevan' } });
  });

  it('a meeting needs two participants; titles stand for their holders or cities', () => {
    // only unnamed officials on one side: not annotated
    expect(ofKind(facts('سفیر ژاپن با شهردار قزوین دیدار و گفت و گو کرد.'), 'meeting')).toEqual([]);
    expect(ofKind(facts('وی با اشاره به دیدار با همتایان خود گفت.'), 'meeting')).toEqual([]);
    const [n] = ofKind(facts('پیتر کورتس شهردار بروکسل با مهدی صباغی شهردار قزوین دیدار کرد.'), 'meeting');
    expect(n?.participants.map((p) => p.fa)).toEqual(['پیتر کورتس', 'مهدی صباغی']);
  });

  it('agreements: type by wording, status by predicate', () => {
    const [a] = ofKind(facts('تفاهم نامه همکاری میان شهرداری اصفهان و شهرداری ایروان امضا شد.'), 'agreement');
    expect(a).toMatchObject({ agreement_type: 'mou', status: 'signed' });
    expect(a?.parties.map((p) => p.id).sort()).toEqual(['isfahan', 'yerevan']);
    const [s] = ofKind(facts('شهرهای شیراز و کیوتو خواهرخوانده هستند.'), 'agreement');
    expect(s).toMatchObject({ agreement_type: 'sister_city', status: 'in_force' });
  });

  it('a memorandum only mentioned beside a sister-city tie states no memorandum of those cities', () => {
    const as = ofKind(facts('اصفهان و ایروان سال‌هاست خواهرخوانده هستند و امیدواریم تفاهم نامه امروز نیز ثمربخش باشد.'), 'agreement');
    expect(as.map((a) => a.agreement_type)).toEqual(['sister_city']);
  });

  it('founded and seat', () => {
    const fs = facts('اتحادیه شهرهای تاریخی در سال ۱۹۹۴ در کیوتو تاسیس شد و دبیرخانه آن در کیوتو واقع است.');
    expect(ofKind(fs, 'founded')[0]).toMatchObject({ org: { id: 'league-of-historical-cities' }, date: '1994' });
    expect(ofKind(fs, 'seat')[0]).toMatchObject({ org: { id: 'league-of-historical-cities' }, city: { id: 'kyoto' } });
  });

  it('a proposal needs a proposer', () => {
    expect(ofKind(facts('شهردار رشت پیشنهاد ایجاد شبکه شهرهای ساحلی خزر را مطرح کرد.'), 'proposal')[0]?.proposer.id).toBe('rasht');
    expect(ofKind(facts('وی ضمن استقبال از پیشنهاد مطروحه گفت.'), 'proposal')).toEqual([]);
  });

  it('English: elected without «as», MoU and meeting', () => {
    const fs = facts('The mayor of Seoul was elected vice-president of Metropolis. Seoul and Tehran signed a memorandum of understanding.');
    expect(ofKind(fs, 'post')[0]).toMatchObject({ holder: { id: 'seoul' }, role: 'vice_president', org: { id: 'metropolis' } });
    expect(ofKind(fs, 'agreement')[0]).toMatchObject({ agreement_type: 'mou', status: 'signed' });
  });

  it('carries evidence offsets into the text and deduplicates', () => {
    const text = 'تیتر خبر\nشهر زنجان به عضویت شبکه ایکلی درآمد.\nزنجان به عضویت شبکه ایکلی درآمد.';
    const ms = ofKind(facts(text), 'membership');
    expect(ms).toHaveLength(1);
    for (const ev of ms[0]?.evidence ?? []) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
    expect(ms[0]?.evidence).toHaveLength(2);
  });
});

describe('founding members', () => {
  it('reads English «the founding members of ORG are A, B and C» and «A and B are founding members of ORG»', () => {
    const fs = facts('The founding members of Metropolis are Tehran, Kazan and Baku. Tabriz and Shiraz are founding members of CITYNET.');
    const ms = ofKind(fs, 'membership').map((m) => `${key(m.member)}:${key(m.org)}`);
    expect(ms).toEqual(expect.arrayContaining(['tehran:metropolis', 'kazan:metropolis', 'baku:metropolis', 'tabriz:citynet', 'shiraz:citynet']));
  });

  it('reads «A، B و C اعضای مؤسس ORG هستند» and gives nothing for a mere intention', () => {
    const fs = facts('شهرهای تبریز، کازان و باکو اعضای موسس متروپلیس هستند. شهر شیراز قصد دارد به عنوان عضو موسس در این شبکه حضور یابد.');
    const ms = ofKind(fs, 'membership').map((m) => `${key(m.member)}:${key(m.org)}`);
    expect(ms.sort()).toEqual(['baku:metropolis', 'kazan:metropolis', 'tabriz:metropolis']);
  });
});

describe('meetings with a source city before the subject and a led delegation', () => {
  it('takes the first person of the clause, not the news source city, as one side', () => {
    const fs = facts('به گزارش خبرگزاری اصفهان امروز، مسعود کاظمی سرکنسول ترکیه امروز در دیدار با بهروز صالحی شهردار تبریز گفت: همکاری ها ادامه دارد.');
    const m = ofKind(fs, 'meeting')[0];
    expect(m?.participants.map((p) => p.fa)).toEqual(expect.arrayContaining(['مسعود کاظمی', 'بهروز صالحی']));
  });

  it('adds the head of a delegation («به سرپرستی X») to the guests', () => {
    const fs = facts('فرهاد نیکویی روز دوشنبه در دیدار با هیئتی از شهر کازان به سرپرستی رستم وحیدف معاون شهردار کازان گفت: دو شهر برنامه مشترک دارند.');
    const m = ofKind(fs, 'meeting')[0];
    expect(m?.participants.map((p) => p.fa)).toEqual(expect.arrayContaining(['فرهاد نیکویی', 'رستم وحیدف']));
  });
});

describe('visits with a motion verb', () => {
  it('reads «<person> ... به <city> رفته است» as a visit to that city', () => {
    const fs = facts('مهدی عباسی شهردار قزوین که برای یک سفر سه روزه به تاشکند رفته است، امروز با شهردار این شهر دیدار کرد.');
    expect(ofKind(fs, 'event').some((e) => e.event_type === 'visit' && key(e.host) === 'tashkent')).toBe(true);
  });
});

describe('membership with an adjective or a time phrase', () => {
  it('reads «A، B و C اعضای ایرانی این سازمان هستند» and «<country> از <month> <year> عضو رسمی X شده است»', () => {
    const fs = facts('شهرهای تبریز، یزد و کرمان اعضای فعال متروپلیس هستند. ایران از مهرماه ۱۴۰۱ عضو رسمی سیتی نت شده است.');
    const ms = ofKind(fs, 'membership').map((m) => `${key(m.member)}:${key(m.org)}`);
    expect(ms).toEqual(expect.arrayContaining(['tabriz:metropolis', 'yazd:metropolis', 'kerman:metropolis']));
    expect(ms.some((m) => m.endsWith(':citynet') && m.startsWith('ir'))).toBe(true);
  });
});

describe('approved memberships named by the noun alone', () => {
  it('reads «به جمع اعضای ORG پیوستند» and «عضویت A و B نیز قطعی شد» of the organisation the article names', () => {
    const fs = facts('شهرهای سمنان و دامغان به جمع اعضای متروپلیس پیوستند. در همین نشست عضویت شهرهای بجنورد و گرگان نیز قطعی شد.');
    const ms = ofKind(fs, 'membership').map((m) => `${key(m.member)}:${key(m.org)}`);
    expect(ms).toEqual(expect.arrayContaining(['semnan:metropolis', 'bojnurd:metropolis', 'gorgan:metropolis']));
  });

  it('gives nothing for a membership still under review', () => {
    const fs = facts('متروپلیس نشست خود را برگزار کرد. درخواست عضویت شهر بیرجند هنوز بررسی نشده است.');
    expect(ofKind(fs, 'membership')).toEqual([]);
  });
});

describe('founding and seats of unknown organisations', () => {
  it('reads the subject before a relative clause, a moved secretariat and a nominal founding', () => {
    const fs = facts('ائتلاف شهرهای کوهستانی که دبیرخانه آن در کابل قرار دارد، در سال ۲۰۱۱ در دوشنبه تشکیل شد. شبکه شهرهای فرش از سال ۲۰۲۰ دبیرخانه خود را به تبریز منتقل کرده است. تاسیس انجمن شهرهای زعفران در سال ۲۰۲۱ در مشهد اعلام شد.');
    const founded = ofKind(fs, 'founded').map((f) => f.org.fa);
    expect(founded).toEqual(expect.arrayContaining(['ائتلاف شهرهای کوهستانی', 'انجمن شهرهای زعفران']));
    expect(ofKind(fs, 'seat').some((f) => f.org.fa === 'شبکه شهرهای فرش' && key(f.city) === 'tabriz' && f.since === '2020')).toBe(true);
  });

  it('gives no founding for a proposal to found', () => {
    const fs = facts('پیشنهاد تاسیس انجمن شهرهای زعفران در نشست امروز مطرح شد.');
    expect(ofKind(fs, 'founded')).toEqual([]);
  });
});

describe('memberships stated with a category, an adverb or a relative clause', () => {
  it('reads «X اکنون عضو کامل/وابسته ORG است» with its category', () => {
    const fs = facts('یزد اکنون عضو کامل متروپلیس است. کرمان نیز عضو وابسته سیتی نت است.');
    const ms = ofKind(fs, 'membership').map((m) => `${key(m.member)}:${key(m.org)}:${m.category}`);
    expect(ms).toEqual(expect.arrayContaining(['yazd:metropolis:full', 'kerman:citynet:associate']));
  });

  it('does not read «عضو کامل» as a membership without the copula, nor a negated one', () => {
    const fs = facts('یزد عضو کامل متروپلیس نیست. گفتگو درباره عضو کامل شدن کرمان ادامه دارد.');
    expect(ofKind(fs, 'membership')).toEqual([]);
  });

  it('reads «عضویت A و B نیز در ORG به تصویب رسید»', () => {
    const fs = facts('در همین نشست عضویت اردبیل و زنجان نیز در متروپلیس به تصویب رسید.');
    const ms = ofKind(fs, 'membership').map((m) => `${key(m.member)}:${key(m.org)}`);
    expect(ms).toEqual(expect.arrayContaining(['ardabil:metropolis', 'zanjan:metropolis']));
  });

  it('reads an English member named before a relative clause, with the category', () => {
    const fs = facts('Yazd, which has been a full member of Metropolis since 2014, will host the meeting. Kerman is an associate member of CITYNET.');
    const ms = ofKind(fs, 'membership').map((m) => `${key(m.member)}:${key(m.org)}:${m.category}`);
    expect(ms).toEqual(expect.arrayContaining(['yazd:metropolis:full', 'kerman:citynet:associate']));
  });
});

describe('the edges of a person name before a title', () => {
  const holders = (text: string): string[] => ofKind(facts(text), 'post').map((p) => `${p.holder.fa}:${p.role}`);

  it('keeps the conjunction «و» out of the next name («… و لی مینگ معاون شهردار شی‌آن»)', () => {
    expect(holders('این سند به امضای محمدحسن اسدی شهردار شیراز و لی مینگ معاون شهردار شی‌آن رسید.')).toContain('لی مینگ:deputy_mayor');
  });

  it('gives the title after an adverb of continuance to the person before it', () => {
    expect(holders('محمد دومان همچنان دبیرکل متروپلیس خواهد بود. علی رحیمی اکنون شهردار یزد است.')).toEqual(
      expect.arrayContaining(['محمد دومان:secretary_general', 'علی رحیمی:mayor']),
    );
  });

  it('reads no name out of «به اتفاق آرا» or «پیاپی» before a title', () => {
    const hs = holders('حسن طاهری شهردار ایلام که به اتفاق آرا دبیرکل متروپلیس شد، گفت: آماده ایم. علیرضا زاکانی برای دومین بار پیاپی نایب رئیس متروپلیس می شود.');
    expect(hs.filter((h) => /اتفاق|پیاپی/.test(h))).toEqual([]);
    expect(hs).toContain('حسن طاهری:mayor');
  });
});

describe('meetings of a subject list and English meetings with unknown people', () => {
  const sides = (text: string): string[][] => ofKind(facts(text), 'meeting').map((m) => m.participants.map((p) => p.fa).sort());

  it('reads «A و B پیش از … درباره … گفت‌وگو کردند» with adjuncts between the subject and the verb', () => {
    expect(sides('کامران یگانه شهردار یزد و علی رحیمی شهردار کرمان پیش از مراسم امضا درباره پرواز مستقیم گفت‌وگو کردند.')).toEqual([['علی رحیمی', 'کامران یگانه']]);
  });

  it('takes no meeting from a list inside the topic («درباره سفر A و B گفتگو کرد»)', () => {
    expect(sides('کامران یگانه درباره سفر علی رحیمی و مهدی کریمی گفتگو کرد.')).toEqual([]);
  });

  it('reads capitalised words right after English "met" as the person met', () => {
    const ms = ofKind(facts('During the visit, Ali Ghasemzadeh also met Rustam Minnikhanov, the head of the republic, in Kazan.'), 'meeting');
    expect(ms.map((m) => m.participants.map((p) => p.en).sort())).toEqual([['Ali Ghasemzadeh', 'Rustam Minnikhanov']]);
  });
});

describe('events that are only possible, rumoured, invited or habitual', () => {
  const events = (text: string): string[] => ofKind(facts(text), 'event').map((e) => `${e.event_type}:${key(e.host) ?? ''}:${key(e.org) ?? ''}`);

  it('takes no event from a possibility, a rumour or a bid to host', () => {
    expect(events('پیش از این در رسانه ها از احتمال برگزاری اجلاس متروپلیس در تهران سخن گفته شده بود.')).toEqual([]);
    expect(events('شایعه نامزدی تهران برای میزبانی کنگره جهانی آینده متروپلیس صحت ندارد.')).toEqual([]);
  });

  it('takes no visit from an invitation «برای سفر به X» or from a habit of nobody named', () => {
    expect(events('سفیر تاجیکستان با دعوت از شهردار شیراز برای سفر به دوشنبه گفت: امیدواریم همکاری ادامه یابد.')).toEqual([]);
    expect(events('عبدالمحسن در این دیدار گفت: هر سال میلیون ها زائر به مشهد سفر می کنند.')).toEqual([]);
  });

  it('still reads a visit and a hosted summit', () => {
    expect(events('علیرضا زاکانی به مسکو سفر کرد. اجلاس متروپلیس به میزبانی تهران برگزار شد.')).toEqual(
      expect.arrayContaining(['visit:moscow:', 'summit:tehran:metropolis']),
    );
  });
});
