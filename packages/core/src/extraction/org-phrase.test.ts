import { beforeAll, describe, expect, it } from 'vitest';
import { Chunker, newArticleState, type Item } from './chunker.js';
import type { Gazetteer } from './gazetteer.js';
import { loadGazetteer } from './load-gazetteer.js';

let gz: Gazetteer;
beforeAll(async () => {
  gz = await loadGazetteer();
});

/** The organisation mentions of one sentence (Persian unless told), as surface form or linked id. */
function orgs(text: string, lang: 'fa' | 'en' = 'fa'): string[] {
  const c = new Chunker(gz, newArticleState(lang));
  return c
    .chunk(text, 0, text.length)
    .filter((x): x is Extract<Item, { t: 'm' }> => x.t === 'm' && x.m.ref?.type === 'org')
    .map((x) => (x.m.ref?.candidate ? `?${x.m.ref.fa}` : (x.m.ref?.id ?? '')));
}

describe('unknown organisation phrases', () => {
  it('takes the whole genitive chain after a head noun, up to the verb or preposition', () => {
    expect(orgs('شهر گرگان هفته گذشته به ائتلاف شهرهای دوستدار پرندگان مهاجر پیوست.')).toEqual(['?ائتلاف شهرهای دوستدار پرندگان مهاجر']);
    expect(orgs('دبیرخانه فدراسیون شهرهای ساحلی خزر در شهر رشت مستقر است.')).toEqual(['?فدراسیون شهرهای ساحلی خزر']);
  });

  it('keeps a known parent body or region inside the longer name', () => {
    expect(orgs('اردبیل عضو شبکه شهرهای عسل یونسکو شد.')).toEqual(['?شبکه شهرهای عسل یونسکو']);
  });

  it('continues through a second head noun in the genitive: the parent body is part of the name', () => {
    expect(orgs('زنجان به شبکه شهرهای دوستدار کودک سازمان همکاری شهری آسیا پیوست.')).toEqual(['?شبکه شهرهای دوستدار کودک سازمان همکاری شهری آسیا']);
  });

  it('reads a description in apposition after a known organisation as that organisation, not a new one', () => {
    expect(orgs('متروپلیس، شبکه جهانی کلانشهرها در پنج قاره، در سال ۱۹۸۵ تشکیل شد.')).toEqual(['metropolis']);
  });

  it('joins plural modifiers coordinated by «و» but not a following clause', () => {
    expect(orgs('مشهد به اتحادیه شهرها و روستاهای زیارتی پیوست و سپس دیداری برگزار شد.')).toEqual(['?اتحادیه شهرها و روستاهای زیارتی']);
  });

  it('reads a descriptor before a known name as that organisation, and a bare head as no candidate', () => {
    expect(orgs('شیراز به سازمان بین المللی متروپلیس پیوست.')).toEqual(['metropolis']);
    expect(orgs('این سازمان گزارش داد.').filter((o) => o.startsWith('?'))).toEqual([]);
  });

  it('resolves «این فدراسیون» to the federation the article named', () => {
    const c = new Chunker(gz, newArticleState('fa'));
    const t1 = 'قزوین به فدراسیون شهرهای خوشنویسی پیوست.';
    const t2 = 'دبیرخانه این فدراسیون در تبریز است.';
    c.chunk(t1, 0, t1.length);
    const m = c.chunk(t2, 0, t2.length).find((x): x is Extract<Item, { t: 'm' }> => x.t === 'm' && x.m.ref?.type === 'org');
    expect(m?.m.ref?.fa).toBe('فدراسیون شهرهای خوشنویسی');
  });
});

describe('unknown English organisation names', () => {
  const enOrgs = (text: string): string[] => orgs(text, 'en');

  it('reads a capitalised run with a head noun, without the sentence-initial article', () => {
    expect(enOrgs('The Caspian Port Cities Network was set up in 2021.')).toEqual(['?Caspian Port Cities Network']);
    expect(enOrgs('Tabriz joined the Federation of Carpet Cities last year.')).toEqual(['?Federation of Carpet Cities']);
  });

  it('needs a head noun: a capitalised place phrase is no organisation', () => {
    expect(enOrgs('The Old Silk Road attracts tourists.')).toEqual([]);
  });
});
