import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../domain/partial-date.js';
import { createEntity } from '../registry/create-entity.js';
import { createStatement } from '../statements/create-statement.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, entityInput, membershipInput, networkInput, personInput } from '../testing/factories.js';
import { exportQuickStatements, toWikidataTime } from './export-quickstatements.js';

const wd = (value: string) => ({ identifiers: [{ scheme: 'wikidata', value }] });

describe('toWikidataTime', () => {
  it('keeps Gregorian precision and widens Jalali months and years to a Gregorian period that holds them', () => {
    expect(toWikidataTime(parsePartialDate('2019-05-17'))).toBe('+2019-05-17T00:00:00Z/11');
    expect(toWikidataTime(parsePartialDate('2019-05'))).toBe('+2019-05-00T00:00:00Z/10');
    expect(toWikidataTime(parsePartialDate('2019'))).toBe('+2019-00-00T00:00:00Z/9');
    // A Jalali day is a Gregorian day: 1 Farvardin 1402 = 21 March 2023.
    expect(toWikidataTime(parsePartialDate('jalali:1402-01-01'))).toBe('+2023-03-21T00:00:00Z/11');
    // Ordibehesht 1402 lies in 2023; Dey 1402 runs from December 2023 into January 2024.
    expect(toWikidataTime(parsePartialDate('jalali:1402-02'))).toBe('+2023-00-00T00:00:00Z/9');
    expect(toWikidataTime(parsePartialDate('jalali:1402-10'))).toBe('+2020-00-00T00:00:00Z/8');
    // The year 1402 (2023-2024) is in the 2020s; 1398 (March 2019 to March 2020) is in no one decade.
    expect(toWikidataTime(parsePartialDate('jalali:1402'))).toBe('+2020-00-00T00:00:00Z/8');
    expect(toWikidataTime(parsePartialDate('jalali:1398'))).toBeUndefined();
  });
});

forEachDialect('exportQuickStatements', (getDb) => {
  it('writes current facts between entities with QIDs, with terms and one reference per source, and counts the rest', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('شهر آزمون', 'Testabad', { id: 'testabad', ...wd('Q1001') }), change());
    await createEntity(db, cityInput('شهر دوم', 'Secondabad', { id: 'secondabad', ...wd('Q1002') }), change());
    await createEntity(db, cityInput('شهر بی‌شناسه', 'Unlinked', { id: 'unlinked' }), change());
    await createEntity(db, networkInput('شبکه آزمون', 'Test Network', { id: 'net', ...wd('Q2001') }), change());
    await createEntity(db, personInput('شهردار آزمون', 'Mayor Test', { id: 'mayor', ...wd('Q3001') }), change());
    await createEntity(db, entityInput('post', 'شهردار شهر آزمون', 'Mayor of Testabad', { id: 'post-mayor', ...wd('Q4001') }), change());

    const published = { url: 'https://news.example.org/a"b', published: '2021-06-02' };
    await createStatement(db, membershipInput('testabad', 'net', { id: 's1', start: '2019', end: 'jalali:1402-02', references: [{ source: published }, { source: { url: 'https://news.example.org/second' } }] }), change());
    await createStatement(db, membershipInput('mayor', 'testabad', { id: 's2', postId: 'post-mayor', role: 'mayor', ordinal: 12, start: '2021-08-25', references: [{ source: { url: 'https://news.example.org/mayor', retrieved: '2022-01-05' } }] }), change());
    await createStatement(db, membershipInput('unlinked', 'net', { id: 's3' }), change());
    await createStatement(db, membershipInput('mayor', 'net', { id: 's4', role: 'president' }), change());
    await createStatement(db, membershipInput('secondabad', 'net', { id: 's5', status: 'proposed' }), change());
    await createEntity(db, entityInput('post', 'نایب‌رئیس شبکه', 'Vice-president of Test Network', { id: 'post-vp', ...wd('Q4002') }), change());
    await createStatement(db, membershipInput('secondabad', 'net', { id: 's5b', postId: 'post-vp', role: 'vice_president' }), change());
    await createStatement(db, { id: 's6', kind: 'seat', subjectId: 'net', objectId: 'secondabad', start: 'jalali:1398', references: [{ source: { url: 'https://news.example.org/seat' } }] }, change());

    const batch = await exportQuickStatements(db);
    const rows = batch.text.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows).toEqual([
      ['Q1001', 'P463', 'Q2001', 'P580', '+2019-00-00T00:00:00Z/9', 'P582', '+2023-00-00T00:00:00Z/9', 'S854', '"https://news.example.org/a%22b"', 'S577', '+2021-06-02T00:00:00Z/11'],
      ['Q1001', 'P463', 'Q2001', 'P580', '+2019-00-00T00:00:00Z/9', 'P582', '+2023-00-00T00:00:00Z/9', 'S854', '"https://news.example.org/second"'],
      ['Q3001', 'P39', 'Q4001', 'P580', '+2021-08-25T00:00:00Z/11', 'P1545', '"12"', 'S854', '"https://news.example.org/mayor"', 'S813', '+2022-01-05T00:00:00Z/11'],
      // The seat's Jalali year 1398 fits no Gregorian decade: the statement goes without its start.
      ['Q2001', 'P159', 'Q1002', 'S854', '"https://news.example.org/seat"'],
    ]);
    expect(batch.statements).toBe(3);
    expect(batch.skipped).toEqual({ no_wikidata_id: 1, no_wikidata_property: 1, role_without_post: 1, not_accepted: 1, agreement_not_in_force: 0 });
    expect(await exportQuickStatements(db)).toEqual(batch);
  });

  it('states a sister-city agreement in force as twinning both ways, dated by the agreement; a proposed one not', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('شهر خواهر یک', 'Sister One', { id: 'one', ...wd('Q11') }), change());
    await createEntity(db, cityInput('شهر خواهر دو', 'Sister Two', { id: 'two', ...wd('Q12') }), change());
    await createEntity(db, entityInput('country', 'کشور آزمون', 'Testland', { id: 'land', ...wd('Q13') }), change());
    await createEntity(db, entityInput('agreement', 'خواهرخواندگی', 'Twinning', { id: 'twin', attributes: { agreement_type: 'sister_city', status: 'signed', date: parsePartialDate('2018-10-03') } }), change());
    await createEntity(db, entityInput('agreement', 'پیشنهاد خواهرخواندگی', 'Proposed twinning', { id: 'maybe', attributes: { agreement_type: 'sister_city', status: 'proposed' } }), change());
    const party = (subjectId: string, objectId: string, url: string) =>
      createStatement(db, { kind: 'party', subjectId, objectId, references: [{ source: { url } }] }, change());
    await party('one', 'twin', 'https://news.example.org/t1');
    await party('two', 'twin', 'https://news.example.org/t2');
    await party('land', 'twin', 'https://news.example.org/t3');
    await party('one', 'maybe', 'https://news.example.org/m1');
    await party('two', 'maybe', 'https://news.example.org/m2');

    const batch = await exportQuickStatements(db);
    const rows = batch.text.trimEnd().split('\n').map((l) => l.split('\t').slice(0, 7));
    const when = ['P580', '+2018-10-03T00:00:00Z/11'];
    expect(rows).toEqual([
      ['Q11', 'P190', 'Q12', ...when, 'S854', '"https://news.example.org/t1"'],
      ['Q11', 'P190', 'Q12', ...when, 'S854', '"https://news.example.org/t2"'],
      ['Q12', 'P190', 'Q11', ...when, 'S854', '"https://news.example.org/t1"'],
      ['Q12', 'P190', 'Q11', ...when, 'S854', '"https://news.example.org/t2"'],
    ]);
    expect(batch.statements).toBe(2);
    expect(batch.skipped).toMatchObject({ agreement_not_in_force: 2, no_wikidata_property: 1 });
  });

  it('gives an empty batch for a registry without QIDs', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('شهر تنها', 'Lonely', { id: 'lonely' }), change());
    await createEntity(db, networkInput('شبکه تنها', 'Lonely Network', { id: 'lonely-net' }), change());
    await createStatement(db, membershipInput('lonely', 'lonely-net'), change());
    expect(await exportQuickStatements(db)).toMatchObject({ text: '', statements: 0, skipped: { no_wikidata_id: 1 } });
  });
});
