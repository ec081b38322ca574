import { expect, it } from 'vitest';
import { listHistory } from '../history/list-history.js';
import { forEachDialect } from '../testing/dialects.js';
import { TEST_ACTOR, change, cityInput, entityInput, rejection } from '../testing/factories.js';
import { createEntity } from './create-entity.js';
import { getEntity } from './get-entity.js';

forEachDialect('createEntity', (getDb) => {
  it('stores names with kinds and periods, identifiers, attributes and history', async () => {
    const { db } = getDb();
    const created = await createEntity(db, {
      type: 'organization',
      id: 'amim',
      names: [
        { lang: 'fa', text: 'مجمع شهرداران کلانشهرهای ایران' },
        { lang: 'en', text: 'Assembly of Mayors of Iranian Metropolises' },
        { lang: 'fa', text: 'مجمع کلانشهرها', kind: 'alias', from: 'jalali:1378' },
      ],
      attributes: { classification: 'city_network', founding_date: '1999' },
    }, change('new network'));
    expect(created.version).toBe(1);
    expect(created.names[2]).toEqual({ lang: 'fa', text: 'مجمع کلانشهرها', kind: 'alias', from: { value: '1999-03-21', precision: 'year', calendar: 'jalali' } });
    expect(created.attributes).toEqual({ classification: 'city_network', founding_date: { value: '1999', precision: 'year', calendar: 'gregorian' } });
    const history = await listHistory(db, 'amim');
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ action: 'entity.create', actor: TEST_ACTOR, reason: 'new network', before: null });
  });

  it('generates a slug id and keeps the change source as a record source', async () => {
    const { db } = getDb();
    const e = await createEntity(db, cityInput('کازان', 'Kazan'), { actor: TEST_ACTOR, source: { url: 'https://example.org/kazan' } });
    expect(e.id).toMatch(/^kazan-[0-9a-f]{6}$/);
    expect((await getEntity(db, e.id)).sources.map((s) => s.url)).toEqual(['https://example.org/kazan']);
  });

  it('rejects a change without reason or source, bad input and a taken id', async () => {
    const { db } = getDb();
    await expect(createEntity(db, cityInput('قم', 'Qom'), { actor: TEST_ACTOR })).rejects.toMatchObject({ code: 'validation_failed' });
    const bad = createEntity(db, { type: 'city', names: [{ lang: 'FA!', text: '' }], attributes: { population: -1 } }, change());
    await expect(bad).rejects.toMatchObject({ code: 'validation_failed' });
    const err = await rejection(bad);
    expect(err.details.map((d) => (d.path ?? []).join('.'))).toEqual(expect.arrayContaining(['names.0.lang', 'names.0.text', 'attributes.population']));
    await createEntity(db, entityInput('person', 'الف', 'A', { id: 'a-person' }), change());
    await expect(createEntity(db, entityInput('person', 'ب', 'B', { id: 'a-person' }), change())).rejects.toMatchObject({ code: 'conflict' });
  });
});
