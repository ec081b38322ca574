import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, entityInput, networkInput } from '../testing/factories.js';
import { createEntity } from './create-entity.js';
import { searchEntities } from './search-entities.js';

forEachDialect('searchEntities', (getDb) => {
  it('folds Persian variants on both sides and ranks exact > prefix > contains', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('تهران', 'Tehran', { id: 'tehran' }), change());
    await createEntity(db, entityInput('organization', 'شهرداری تهران', 'Tehran Municipality', { id: 'tehran-municipality' }), change());
    await createEntity(db, cityInput('کرج', 'Karaj', { id: 'karaj' }), change());
    await createEntity(db, entityInput('organization', 'دانشگاه تهران شرق', 'East Tehran University', { id: 'uni' }), change());

    const exact = await searchEntities(db, { q: 'تهران' });
    // Exact first, then the contains-matches in Persian label order (دانشگاه... before شهرداری...).
    expect(exact.items.map((i) => i.id)).toEqual(['tehran', 'uni', 'tehran-municipality']);
    expect(exact.items[0]).toMatchObject({ id: 'tehran', type: 'city', labels: { fa: 'تهران', en: 'Tehran' }, match: 0 });
    expect(exact.items.slice(1).map((i) => i.match)).toEqual([2, 2]);

    // Paging one hit at a time crosses the tiers: exact, then prefix, then contains.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchEntities(db, { q: 'tehran', limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => `${i.id}:${i.match}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['tehran:0', 'tehran-municipality:1', 'uni:2']);

    const arabic = await searchEntities(db, { q: 'كرج' });
    expect(arabic.items.map((i) => i.id)).toEqual(['karaj']);
    const english = await searchEntities(db, { q: 'TEHR' });
    expect(english.items[0]).toMatchObject({ id: 'tehran', match: 1 });
    expect(english.items.map((i) => i.id)).toContain('tehran-municipality');
  });

  it('matches variants and ZWNJ/space differences', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('بوگوتا', 'Bogotá', {
      id: 'bogota',
      names: [
        { lang: 'fa', text: 'بوگوتا' },
        { lang: 'fa', text: 'بوگاتا', kind: 'variant' },
        { lang: 'en', text: 'Bogotá' },
      ],
    }), change());
    await createEntity(db, networkInput('مجمع شهرداران کلانشهرهای ایران', 'Assembly of Mayors of Iranian Metropolises', { id: 'amim' }), change());
    expect((await searchEntities(db, { q: 'بوگاتا' })).items[0]).toMatchObject({ id: 'bogota', match: 0 });
    expect((await searchEntities(db, { q: 'bogota' })).items[0]).toMatchObject({ id: 'bogota', match: 0 });
    expect((await searchEntities(db, { q: 'کلان‌شهرهای' })).items.map((i) => i.id)).toEqual(['amim']);
    expect((await searchEntities(db, { q: 'كلان شهرهاي' })).items.map((i) => i.id)).toEqual(['amim']);
  });

  it('filters by type and pages with a stable cursor', async () => {
    const { db } = getDb();
    for (let i = 0; i < 7; i++) {
      await createEntity(db, cityInput(`شهر ${i}`, `Town ${i}`, { id: `town-${i}` }), change());
    }
    await createEntity(db, networkInput('شبکه شهرها', 'Town Network', { id: 'town-net' }), change());
    const all: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchEntities(db, { q: 'town', types: ['city'], limit: 3, ...(cursor ? { cursor } : {}) });
      all.push(...page.items.map((i) => i.id));
      if (cursor === undefined) {
        // An entity added between pages does not shift the following pages (keyset paging).
        await createEntity(db, cityInput('الف', 'Town Zero', { id: 'a-town' }), change());
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.filter((id) => id.startsWith('town-'))).toHaveLength(7);
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain('town-net');
    await expect(searchEntities(db, { q: 'other', cursor: 'garbage' })).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('lists without a query in label order and finds an exact id or identifier', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('ب', 'B', { id: 'bb' }), change());
    await createEntity(db, cityInput('الف', 'A', { id: 'aa' }), change());
    const page = await searchEntities(db, {});
    expect(page.items.map((i) => i.id)).toEqual(['aa', 'bb']);
    expect((await searchEntities(db, { q: 'bb' })).items[0]?.id).toBe('bb');
    await createEntity(db, cityInput('تهران', 'Tehran', { id: 'tehran', identifiers: [{ scheme: 'wikidata', value: 'Q3616' }] }), change());
    expect((await searchEntities(db, { q: 'Q3616' })).items.map((i) => i.id)).toEqual(['tehran']);
  });
});
