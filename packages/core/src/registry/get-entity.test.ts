import { expect, it } from 'vitest';
import { createStatement } from '../statements/create-statement.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, entityInput, membershipInput, networkInput, personInput, sourceUrl } from '../testing/factories.js';
import { createEntity } from './create-entity.js';
import { getEntity } from './get-entity.js';

forEachDialect('getEntity', (getDb) => {
  it('returns names, identifiers, record sources and grouped statements with references', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('تهران', 'Tehran', {
      id: 'tehran',
      identifiers: [{ scheme: 'wikidata', value: 'Q3616' }],
      sources: [{ url: sourceUrl('tehran-record'), title: 'City record' }],
    }), change());
    await createEntity(db, networkInput('متروپلیس', 'Metropolis', { id: 'metropolis' }), change());
    await createEntity(db, personInput('شهردار نمونه', 'Sample Mayor', { id: 'sample-mayor' }), change());
    await createEntity(db, entityInput('post', 'شهردار تهران', 'Mayor of Tehran', { id: 'mayor-of-tehran', attributes: { role: 'mayor' } }), change());

    await createStatement(db, membershipInput('tehran', 'metropolis', { start: '1985', references: [{ source: { url: sourceUrl('m1') }, quote: 'عضو متروپلیس' }] }), change());
    await createStatement(db, membershipInput('sample-mayor', 'tehran', { role: 'mayor', postId: 'mayor-of-tehran', start: 'jalali:1400-05-13', how: 'elected' }), change());
    await createStatement(db, membershipInput('sample-mayor', 'metropolis', { role: 'co_president', onBehalfOfId: 'tehran', start: '2021-10' }), change());

    const page = await getEntity(db, 'tehran');
    expect(page.entity).toMatchObject({ id: 'tehran', type: 'city', labels: { fa: 'تهران', en: 'Tehran' }, version: 1, allIds: ['tehran'] });
    expect(page.entity.identifiers).toEqual([{ scheme: 'wikidata', value: 'Q3616' }]);
    expect(page.entity.attributes).toEqual({ country: 'IR' });
    expect(page.sources.map((s) => s.title)).toEqual(['City record']);
    const groups = page.groups.map((g) => `${g.kind}/${g.as}/${g.statements.length}`);
    expect(groups).toEqual(['membership/subject/1', 'membership/object/1', 'membership/on_behalf_of/1']);
    const mayor = page.groups[1]?.statements[0];
    expect(mayor).toMatchObject({ role: 'mayor', postId: 'mayor-of-tehran', how: 'elected', status: 'accepted', rank: 'normal' });
    expect(mayor?.start).toEqual({ value: '2021-08-04', precision: 'day', calendar: 'jalali' });
    expect(page.groups[0]?.statements[0]?.references[0]).toMatchObject({ quote: 'عضو متروپلیس', source: { url: sourceUrl('m1') } });
    expect(Object.keys(page.related).sort()).toEqual(['mayor-of-tehran', 'metropolis', 'sample-mayor']);
    expect(page.related['metropolis']).toEqual({ id: 'metropolis', type: 'organization', labels: { fa: 'متروپلیس', en: 'Metropolis' } });
    expect(page.redirectedFrom).toBeUndefined();
  });

  it('throws not_found for an unknown id', async () => {
    const { db } = getDb();
    await expect(getEntity(db, 'nowhere')).rejects.toMatchObject({ code: 'not_found' });
  });
});
