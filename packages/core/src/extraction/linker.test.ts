import { beforeAll, describe, expect, it } from 'vitest';
import { Chunker, newArticleState, type Item, type Mention } from './chunker.js';
import type { Gazetteer } from './gazetteer.js';
import { loadGazetteer } from './load-gazetteer.js';

let gz: Gazetteer;
beforeAll(async () => {
  gz = await loadGazetteer();
});

function mentions(text: string, lang: 'fa' | 'en' = 'fa'): Mention[] {
  const c = new Chunker(gz, newArticleState(lang));
  return c
    .chunk(text, 0, text.length)
    .filter((x): x is Extract<Item, { t: 'm' }> => x.t === 'm')
    .map((x) => x.m);
}

describe('linking names and titles', () => {
  it('links a person with an appositive title (name then title, title then name)', () => {
    const [a] = mentions('کامران یگانه شهردار یزد از برنامه های جدید خبر داد');
    expect(a?.kind).toBe('person');
    expect(a?.ref).toMatchObject({ fa: 'کامران یگانه', candidate: true });
    expect(a?.title).toMatchObject({ role: 'mayor', org: { id: 'yazd' } });
    const [b] = mentions('شهردار یزد، کامران یگانه گفت');
    expect(b?.ref?.fa).toBe('کامران یگانه');
    expect(b?.title?.org?.id).toBe('yazd');
  });

  it('links known people by full name and by surname alone', () => {
    expect(mentions('حیدر اسکندرپور در این جلسه گفت')[0]?.ref?.id).toBe('heydar-eskandarpour');
    expect(mentions('اسکندرپور در ادامه افزود')[0]?.ref?.id).toBe('heydar-eskandarpour');
  });

  it('expands a plural title over a list of cities', () => {
    const ms = mentions('شهرداران برلین، سئول و مونته ویدئو حضور داشتند');
    expect(ms.map((m) => m.title?.org?.id)).toEqual(['berlin', 'seoul', 'montevideo']);
    expect(ms.every((m) => m.kind === 'title' && m.title?.role === 'mayor')).toBe(true);
  });

  it('resolves «پایتخت» to Tehran, «کشورمان» to Iran, but not «پایتخت کلمبیا»', () => {
    expect(mentions('شهردار پایتخت سخنرانی کرد')[0]?.title?.org?.id).toBe('tehran');
    expect(mentions('سفیر کشورمان در ژاپن گفت')[0]?.title?.org?.id).toBe('iran');
    const ms = mentions('بوگوتا پایتخت کلمبیا میزبان بود');
    expect(ms.map((m) => m.ref?.id)).toEqual(['bogota']);
  });

  it('reads «شهرداری X» as the city and a dateline as an aside', () => {
    const ms = mentions('اهواز - ایرنا - شهرداری شیراز اعلام کرد');
    expect(ms[0]).toMatchObject({ aside: true, ref: { id: 'ahvaz' } });
    expect(ms[1]?.ref).toMatchObject({ id: 'shiraz', type: 'city', fa: 'شیراز' });
  });

  it('does not link a derived word or a weekday as a city', () => {
    expect(mentions('مردم تهرانی در این مراسم شرکت کردند')).toEqual([]);
    expect(mentions('این نشست روز دوشنبه برگزار شد').some((m) => m.ref?.id === 'dushanbe')).toBe(false);
    expect(mentions('شهردار دوشنبه گفت')[0]?.title?.org?.id).toBe('dushanbe');
  });

  it('resolves «این انجمن» to the organisation last mentioned', () => {
    const c = new Chunker(gz, newArticleState('fa'));
    const t1 = 'اتحادیه شهرهای تاریخی نشست داشت.';
    const t2 = 'دبیرخانه این اتحادیه در کیوتو است.';
    c.chunk(t1, 0, t1.length);
    const ms = c.chunk(t2, 0, t2.length).filter((x) => x.t === 'm');
    expect(ms[0]?.t === 'm' && ms[0].m.ref?.id).toBe('league-of-historical-cities');
  });

  it('reads English titles with «of» and appositions across commas', () => {
    const [m] = mentions('Ekrem Imamoglu, the mayor of Istanbul, said', 'en');
    expect(m?.ref?.fa).toBe('Ekrem Imamoglu');
    expect(m?.title).toMatchObject({ role: 'mayor', org: { id: 'istanbul' } });
  });
});

describe('person-name plausibility and Central Asian names', () => {
  it('does not read a common noun before a title as a name', () => {
    const ms = mentions('با صدور حکم شهردار کرمان، مریم نادری به عنوان مشاور شهردار منصوب شد');
    expect(ms.some((m) => m.kind === 'person' && m.ref?.fa === 'صدور حکم')).toBe(false);
    expect(ms.find((m) => m.kind === 'title')?.title?.org?.id).toBe('kerman');
  });

  it('reads a name with a «جان» part or a patronymic ending after a title, whole', () => {
    const [a] = mentions('سفیر تاجیکستان صفرجان داوداف گفت');
    expect(a).toMatchObject({ kind: 'person', ref: { fa: 'صفرجان داوداف' }, title: { role: 'ambassador' } });
    const [b] = mentions('سرکنسول قزاقستان گلنار جان تیمور اوا گفت');
    expect(b?.ref?.fa).toBe('گلنار جان تیمور اوا');
  });
});
