import { expect, it } from 'vitest';
import { listHistory } from '../history/list-history.js';
import { createEntity } from '../registry/create-entity.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, membershipInput, networkInput } from '../testing/factories.js';
import { createStatement } from './create-statement.js';
import { deprecateStatement } from './deprecate-statement.js';

forEachDialect('deprecateStatement', (getDb) => {
  it('sets the rank to deprecated, keeps the statement and records why', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('اهواز', 'Ahvaz', { id: 'ahvaz' }), change());
    await createEntity(db, networkInput('شبکه', 'Net', { id: 'net' }), change());
    await createStatement(db, membershipInput('ahvaz', 'net', { id: 'd1' }), change());
    const d = await deprecateStatement(db, 'd1', { expectedVersion: 1 }, change('superseded by a later report'));
    expect(d).toMatchObject({ rank: 'deprecated', status: 'accepted', version: 2 });
    expect((await listHistory(db, 'ahvaz')).items[0]).toMatchObject({ action: 'statement.deprecate', targetId: 'd1', reason: 'superseded by a later report' });
    await expect(deprecateStatement(db, 'd1', {}, change())).rejects.toMatchObject({ code: 'conflict' });
  });
});
