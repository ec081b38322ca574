import { expect, it } from 'vitest';
import { seedWorld } from '../claims/claims-test-kit.js';
import { createEntity } from '../registry/create-entity.js';
import { mergeEntities } from '../registry/merge-entities.js';
import { createStatement } from '../statements/create-statement.js';
import { deprecateStatement } from '../statements/deprecate-statement.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, entityInput } from '../testing/factories.js';
import { cityCoordinates } from './city-coordinates.js';
import { globalTimeline, type GlobalTimelineItem } from './global-timeline.js';

const src = (tag: string) => [{ source: { url: `https://example.org/gt-${tag}` }, quote: `جمله ${tag}` }];
const idOf = (i: GlobalTimelineItem) => (i.type === 'statement' ? i.statement.id : i.event.id);

forEachDialect('globalTimeline', (getDb) => {
  it('lists accepted statements and events of all entities in time order, pages by keyset, filters by kind and range', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const mk = (id: string, start: string | undefined, extra: Record<string, unknown> = {}) =>
      createStatement(db, { id, kind: 'membership', subjectId: w.qazvin, objectId: w.assembly, role: 'member', ...(start ? { start } : {}), references: src(id), ...extra }, change());
    await mk('s-2005', '2005');
    await mk('s-2010', '2010-04');
    await mk('s-2021', '2021-03-01');
    await mk('s-end', undefined, { end: '2015' });
    await mk('s-undated', undefined);
    await mk('s-proposed', '2012', { status: 'proposed' });
    await mk('s-dep', '2013');
    await deprecateStatement(db, 's-dep', {}, change('wrong'));
    await createStatement(db, { id: 's-seat', kind: 'seat', subjectId: w.assembly, objectId: w.tehran, start: '2018', references: src('seat') }, change());
    await createEntity(db, entityInput('event', 'اجلاس', 'Summit', { id: 'summit', attributes: { start: 'jalali:1398-02-10', event_type: 'congress', ordinal: 3 } }), change());
    await createEntity(db, entityInput('event', 'نشست', 'Undated meeting', { id: 'undated-ev' }), change());

    const all = await globalTimeline(db, { order: 'asc' });
    expect(all.items.map(idOf)).toEqual(['s-2005', 's-2010', 's-end', 's-seat', 'summit', 's-2021']);
    expect(all.nextCursor).toBeUndefined();
    const event = all.items.find((i) => i.type === 'event');
    expect(event).toMatchObject({ type: 'event', date: { calendar: 'jalali', value: '2019-04-30' }, eventType: 'congress', ordinal: 3 });
    expect(all.related[w.assembly]?.labels.en).toBe('Assembly of Mayors of Iranian Metropolises');

    // Newest first by default, two per page: every item exactly once, across pages.
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await globalTimeline(db, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map(idOf));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['s-2021', 'summit', 's-seat', 's-end', 's-2010', 's-2005']);

    expect((await globalTimeline(db, { kinds: ['event'] })).items.map(idOf)).toEqual(['summit']);
    expect((await globalTimeline(db, { kinds: ['seat', 'event'], order: 'asc' })).items.map(idOf)).toEqual(['s-seat', 'summit']);
    expect((await globalTimeline(db, { from: '2010-06-01', to: '2019', order: 'asc' })).items.map(idOf)).toEqual(['s-end', 's-seat', 'summit']);
    await expect(globalTimeline(db, { cursor: 'garbage' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(globalTimeline(db, { kinds: ['nonsense' as 'event'] })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(globalTimeline(db, { from: '1402/01/01' })).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('gives the coordinates of many cities in one read, skipping non-cities and cities without coordinates', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('شیراز', 'Shiraz', { id: 'shiraz', attributes: { country: 'IR', coordinates: { lat: 29.61, lon: 52.53 } } }), change());
    await createEntity(db, cityInput('شیراز قدیم', 'Old Shiraz', { id: 'shiraz-old', attributes: { country: 'IR' } }), change());
    await createEntity(db, cityInput('کرج', 'Karaj', { id: 'karaj' }), change());
    await createEntity(db, entityInput('organization', 'شبکه', 'Net', { id: 'net' }), change());
    await mergeEntities(db, { survivorId: 'shiraz', loserId: 'shiraz-old' }, change('same city'));
    const points = await cityCoordinates(db, ['shiraz', 'karaj', 'net', 'missing', 'shiraz-old']);
    expect(points).toEqual([{ city: { id: 'shiraz', type: 'city', labels: { fa: 'شیراز', en: 'Shiraz' } }, lat: 29.61, lon: 52.53 }]);
    expect(await cityCoordinates(db, [])).toEqual([]);
  });
});
