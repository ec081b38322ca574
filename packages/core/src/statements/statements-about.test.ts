import { expect, it } from 'vitest';
import { createEntity } from '../registry/create-entity.js';
import { loadSummaries } from '../registry/entity.repository.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, entityInput, membershipInput, networkInput, personInput, sourceUrl } from '../testing/factories.js';
import type { Db } from '../storage/database.js';
import { createStatement } from './create-statement.js';
import { rejectStatement } from './reject-statement.js';
import { addReferences, hydrateStatements, statementsAbout } from './statement.repository.js';

/** The same answer read the plain way: every touching row, hydrated, and the summaries of the others. */
async function readPlainly(db: Db, ids: string[], includeRejected: boolean) {
  let q = db
    .selectFrom('statements')
    .selectAll()
    .where((eb) => eb.or([eb('subject_id', 'in', ids), eb('object_id', 'in', ids), eb('post_id', 'in', ids), eb('on_behalf_of_id', 'in', ids)]));
  if (!includeRejected) q = q.where('status', '<>', 'rejected');
  const statements = await hydrateStatements(db, await q.orderBy('id').execute());
  const others = statements.flatMap((s) => [s.subjectId, s.objectId, s.postId, s.onBehalfOfId]).filter((x): x is string => x !== undefined && !ids.includes(x));
  return { statements, related: Object.fromEntries(await loadSummaries(db, others)) };
}

forEachDialect('statementsAbout', (getDb) => {
  it('reads every statement touching the entities once, with references in order and the linked entities, in one query', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('تبریز', 'Tabriz', { id: 'tabriz' }), change());
    await createEntity(db, cityInput('ارومیه', 'Urmia', { id: 'urmia' }), change());
    await createEntity(db, networkInput('شبکه شهرها', 'City Net', { id: 'citynet' }), change());
    await createEntity(db, personInput('شهردار تبریز', 'Mayor of Tabriz', { id: 'mayor-t' }), change());
    await createEntity(db, entityInput('post', 'شهردار', 'Mayor', { id: 'post-mayor' }), change());
    await createEntity(db, entityInput('event', 'اجلاس', 'Summit', { id: 'summit' }), change());

    await createStatement(db, membershipInput('tabriz', 'citynet', { id: 'st-member', start: '2001' }), change());
    await createStatement(db, membershipInput('mayor-t', 'tabriz', { id: 'st-mayor', role: 'mayor', postId: 'post-mayor', start: '2018-05' }), change());
    // Tabriz is both the object and the on-behalf-of city: met in two branches, kept once.
    await createStatement(db, membershipInput('mayor-t', 'tabriz', { id: 'st-twice', role: 'council_member', onBehalfOfId: 'tabriz' }), change());
    await createStatement(db, { id: 'st-host', kind: 'host', subjectId: 'summit', objectId: 'tabriz', references: [{ source: { url: sourceUrl(), title: 'گزارش' }, quote: 'میزبان اجلاس' }] }, change());
    await createStatement(db, membershipInput('urmia', 'citynet', { id: 'st-urmia' }), change());
    await createStatement(db, membershipInput('tabriz', 'urmia', { id: 'st-rejected', status: 'proposed' }), change());
    await rejectStatement(db, 'st-rejected', {}, change('wrong'));
    // Three references added at different times, the second one with a quote and a shared source.
    const shared = sourceUrl('shared');
    await addReferences(db, 'st-member', [{ source: { url: shared, title: 'Shared report' }, quote: 'عضو شد' }], '2030-01-01T00:00:00.000Z');
    await addReferences(db, 'st-twice', [{ source: { url: shared } }], '2030-01-02T00:00:00.000Z');

    for (const includeRejected of [false, true]) {
      for (const ids of [['tabriz'], ['tabriz', 'urmia'], ['citynet'], ['nobody']]) {
        const got = await statementsAbout(db, ids, { includeRejected });
        const want = await readPlainly(db, ids, includeRejected);
        expect([...got.statements].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(want.statements);
        expect(Object.fromEntries(got.related)).toEqual(want.related);
      }
    }
    const tabriz = await statementsAbout(db, ['tabriz']);
    expect(tabriz.statements.map((s) => s.id).sort()).toEqual(['st-host', 'st-mayor', 'st-member', 'st-twice']);
    expect(tabriz.statements.find((s) => s.id === 'st-member')?.references.map((r) => r.quote ?? null)).toEqual([null, 'عضو شد']);
    expect(tabriz.related.get('summit')).toEqual({ id: 'summit', type: 'event', labels: { fa: 'اجلاس', en: 'Summit' } });
    expect(tabriz.related.has('tabriz')).toBe(false);
    expect((await statementsAbout(db, ['tabriz'], { includeRejected: true })).statements.map((s) => s.id)).toContain('st-rejected');
    expect(await statementsAbout(db, [])).toEqual({ statements: [], related: new Map() });
  });
});
