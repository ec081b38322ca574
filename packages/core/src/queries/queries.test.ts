import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput } from '../testing/factories.js';
import { createEntity } from '../registry/create-entity.js';
import { createStatement } from '../statements/create-statement.js';
import { seedWorld } from '../claims/claims-test-kit.js';
import { asOfDay } from './as-of-date.js';
import { mayorOn, membersOn, officersOn } from './holders-on.js';
import { entityTimeline } from './entity-timeline.js';
import { neighbourhoodGraph } from './neighbourhood-graph.js';

const src = (tag: string) => [{ source: { url: `https://example.org/${tag}`, published: '2022-02-01' }, quote: `جمله ${tag}` }];

forEachDialect('queries', (getDb) => {
  it('answers who held an office on a day with the partial-date rule (a 2021 start covers 2021-06-01)', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    await createStatement(db, { kind: 'membership', subjectId: w.hanachi, objectId: w.tehran, role: 'mayor', start: '2018-11', end: '2021', references: src('h') }, change());
    await createStatement(db, { kind: 'membership', subjectId: w.zakani, objectId: w.tehran, role: 'mayor', start: '2021-08', references: src('z') }, change());
    expect((await mayorOn(db, w.tehran, '2021-06-01')).items.map((i) => i.holder.id)).toEqual([w.hanachi]);
    expect((await mayorOn(db, w.tehran, '2021-12-31')).items.map((i) => i.holder.id).sort()).toEqual([w.hanachi, w.zakani].sort());
    expect((await mayorOn(db, w.tehran, 'jalali:1401-01-01')).items.map((i) => i.holder.id)).toEqual([w.zakani]);
    expect((await mayorOn(db, w.tehran, '2018-10-31')).items).toEqual([]);
    expect(asOfDay('jalali:1401-01-01')).toBe('2022-03-21');
  });

  it('lists officers (with the city they represent) and members (by ordinal, with join dates) on a date', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const mashhad = (await createEntity(db, cityInput('مشهد', 'Mashhad', { id: 'mashhad' }), change())).id;
    await createStatement(db, { kind: 'membership', subjectId: w.zakani, objectId: w.assembly, role: 'president', onBehalfOfId: w.tehran, start: '2021', references: src('p') }, change());
    await createStatement(db, { kind: 'membership', subjectId: w.qazvin, objectId: w.assembly, role: 'member', ordinal: 20, start: '2022-01', references: src('q') }, change());
    await createStatement(db, { kind: 'membership', subjectId: mashhad, objectId: w.assembly, role: 'member', ordinal: 1, start: '1999', references: src('m') }, change());
    await createStatement(db, { kind: 'membership', subjectId: w.tabriz, objectId: w.assembly, role: 'member', ordinal: 5, start: '2001', end: '2010', rank: 'deprecated', references: src('t') }, change());
    const officers = await officersOn(db, w.assembly, 'jalali:1401-01-01');
    expect(officers.items.map((i) => [i.holder.id, i.statement.role, i.onBehalfOf?.id])).toEqual([[w.zakani, 'president', w.tehran]]);
    const members = await membersOn(db, w.assembly, '2022-06-01');
    expect(members.items.map((i) => [i.holder.id, i.statement.ordinal, i.statement.start?.value])).toEqual([[mashhad, 1, '1999'], [w.qazvin, 20, '2022-01']]);
    expect((await membersOn(db, w.assembly, '2021-12-31')).items.map((i) => i.holder.id)).toEqual([mashhad]);
  });

  it('gives an entity timeline in time order with sources, and a time-filtered neighbourhood graph', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const a = await createStatement(db, { kind: 'membership', subjectId: w.qazvin, objectId: w.assembly, role: 'member', start: '2022-01', references: src('q') }, change());
    const b = await createStatement(db, { kind: 'membership', subjectId: w.hanachi, objectId: w.qazvin, role: 'other', start: '2010', end: '2012', references: src('x') }, change());
    const c = await createStatement(db, { kind: 'seat', subjectId: w.assembly, objectId: w.tehran, start: '2006', references: src('s') }, change());
    const timeline = await entityTimeline(db, w.qazvin);
    expect(timeline.items.map((i) => [i.statement.id, i.as])).toEqual([[b.id, 'object'], [a.id, 'subject']]);
    expect(timeline.items[1]?.statement.references[0]).toMatchObject({ quote: 'جمله q', source: { url: 'https://example.org/q' } });
    expect(timeline.related[w.assembly]?.labels.en).toBe('Assembly of Mayors of Iranian Metropolises');

    const g1 = await neighbourhoodGraph(db, w.qazvin, { hops: 1 });
    expect(g1.nodes.map((n) => n.id).sort()).toEqual([w.qazvin, w.assembly, w.hanachi].sort());
    const g2 = await neighbourhoodGraph(db, w.qazvin, { hops: 2, date: '2023-01-01' });
    expect(g2.nodes.map((n) => [n.id, n.depth]).sort()).toEqual([[w.qazvin, 0], [w.assembly, 1], [w.tehran, 2]].sort());
    expect(g2.edges.map((e) => e.id).sort()).toEqual([a.id, c.id].sort());
  });
});
