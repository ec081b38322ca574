import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput } from '../testing/factories.js';
import { createEntity } from './create-entity.js';
import { rebuildNameKeys } from './rebuild-name-keys.js';
import { searchEntities } from './search-entities.js';

forEachDialect('rebuildNameKeys', (getDb) => {
  it('repairs stale keys so search finds the entity again, and is a no-op when keys are current', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('اصفهان', 'Isfahan', { id: 'isfahan' }), change());
    expect(await rebuildNameKeys(db)).toEqual({ names: 0, entities: 0 });
    await db.updateTable('entity_names').set({ key: 'stale' }).execute();
    await db.updateTable('entities').set({ sort_key: 'stale' }).execute();
    expect((await searchEntities(db, { q: 'اصفهان' })).items).toEqual([]);
    expect(await rebuildNameKeys(db)).toEqual({ names: 2, entities: 1 });
    expect((await searchEntities(db, { q: 'اصفهان' })).items[0]?.id).toBe('isfahan');
  });
});
