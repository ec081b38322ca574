import { expect, it } from 'vitest';
import { createEntity } from '../registry/create-entity.js';
import { updateEntity } from '../registry/update-entity.js';
import { createStatement } from '../statements/create-statement.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, membershipInput, networkInput } from '../testing/factories.js';
import { listHistory } from './list-history.js';

forEachDialect('listHistory', (getDb) => {
  it('lists entity and statement changes newest first, paged by a stable cursor', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('کرمان', 'Kerman', { id: 'kerman' }), change('c'));
    await createEntity(db, networkInput('شبکه', 'Net', { id: 'net' }), change());
    for (let v = 1; v <= 4; v++) await updateEntity(db, 'kerman', v, { attributes: { population: v } }, change(`u${v}`));
    await createStatement(db, membershipInput('kerman', 'net'), change('s'));
    const first = await listHistory(db, 'kerman', { limit: 4 });
    expect(first.items.map((i) => i.reason)).toEqual(['s', 'u4', 'u3', 'u2']);
    expect(first.items[0]?.entityIds).toEqual(['kerman', 'net']);
    await updateEntity(db, 'kerman', 5, { attributes: { population: 99 } }, change('later'));
    const second = await listHistory(db, 'kerman', { limit: 4, ...(first.nextCursor ? { cursor: first.nextCursor } : {}) });
    expect(second.items.map((i) => i.reason)).toEqual(['u1', 'c']);
    expect(second.nextCursor).toBeUndefined();
    expect((await listHistory(db, 'net')).items.map((i) => i.reason)).toEqual(['s', 'test']);
    await expect(listHistory(db, 'kerman', { cursor: 'x' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(listHistory(db, 'none')).rejects.toMatchObject({ code: 'not_found' });
  });
});
