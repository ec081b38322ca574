import { expect, it } from 'vitest';
import { listHistory } from '../history/list-history.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput } from '../testing/factories.js';
import { createEntity } from './create-entity.js';
import { searchEntities } from './search-entities.js';
import { updateEntity } from './update-entity.js';

forEachDialect('updateEntity', (getDb) => {
  it('updates with the expected version, bumps it and records before/after', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('گوانگجو', 'Guangzhou', { id: 'guangzhou', attributes: { country: 'CN', population: 1 } }), change());
    const updated = await updateEntity(db, 'guangzhou', 1, {
      names: [
        { lang: 'fa', text: 'گوانگجو' },
        { lang: 'fa', text: 'گوانگژو', kind: 'variant' },
        { lang: 'en', text: 'Guangzhou' },
      ],
      attributes: { population: 18_676_605, coordinates: { lat: 23.13, lon: 113.26 } },
    }, change('add variant'));
    expect(updated.version).toBe(2);
    expect(updated.attributes).toEqual({ country: 'CN', population: 18_676_605, coordinates: { lat: 23.13, lon: 113.26 } });
    expect((await searchEntities(db, { q: 'گوانگژو' })).items[0]?.id).toBe('guangzhou');
    const h = await listHistory(db, 'guangzhou');
    expect(h.items[0]).toMatchObject({ action: 'entity.update', reason: 'add variant' });
    expect((h.items[0]?.before as { version: number }).version).toBe(1);
    expect((h.items[0]?.after as { version: number }).version).toBe(2);
  });

  it('fails with precondition_failed on a stale version and changes nothing', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('شیراز', 'Shiraz', { id: 'shiraz' }), change());
    await updateEntity(db, 'shiraz', 1, { attributes: { population: 1_500_000 } }, change());
    await expect(updateEntity(db, 'shiraz', 1, { attributes: { population: 2 } }, change())).rejects.toMatchObject({ code: 'precondition_failed' });
    const h = await listHistory(db, 'shiraz');
    expect(h.items).toHaveLength(2);
  });

  it('removes an attribute set to null, ignores no-op updates and needs a reason', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('یزد', 'Yazd', { id: 'yazd', attributes: { country: 'IR', province: 'Yazd' } }), change());
    const e = await updateEntity(db, 'yazd', 1, { attributes: { province: null } }, change());
    expect(e.attributes).toEqual({ country: 'IR' });
    const same = await updateEntity(db, 'yazd', 2, { attributes: { country: 'IR' } }, change());
    expect(same.version).toBe(2);
    await expect(updateEntity(db, 'yazd', 2, { attributes: { country: 'XX' } }, { actor: { kind: 'user', id: 'u', name: 'u' }, reason: ' ' }))
      .rejects.toMatchObject({ code: 'validation_failed' });
    await expect(updateEntity(db, 'nope', 1, {}, change())).rejects.toMatchObject({ code: 'not_found' });
  });
});
