import { expect, it } from 'vitest';
import { createEntity } from '../registry/create-entity.js';
import { getEntity } from '../registry/get-entity.js';
import { forEachDialect } from '../testing/dialects.js';
import { TEST_ACTOR, change, cityInput, membershipInput, networkInput } from '../testing/factories.js';
import { createStatement } from './create-statement.js';
import { rejectStatement } from './reject-statement.js';

forEachDialect('rejectStatement', (getDb) => {
  it('rejects with a reason, hides it from the page but keeps the row', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('رشت', 'Rasht', { id: 'rasht' }), change());
    await createEntity(db, networkInput('شبکه', 'Net', { id: 'net' }), change());
    await createStatement(db, membershipInput('rasht', 'net', { id: 'r1', status: 'proposed' }), change());
    await expect(rejectStatement(db, 'r1', {}, { actor: TEST_ACTOR, source: { url: 'https://e.org/x' } })).rejects.toMatchObject({ code: 'validation_failed' });
    const r = await rejectStatement(db, 'r1', {}, change('wrong city'));
    expect(r.status).toBe('rejected');
    expect((await getEntity(db, 'rasht')).groups).toEqual([]);
    const withRejected = await getEntity(db, 'rasht', { includeRejected: true });
    expect(withRejected.groups[0]?.statements[0]?.status).toBe('rejected');
    await expect(rejectStatement(db, 'r1', {}, change('again'))).rejects.toMatchObject({ code: 'conflict' });
  });
});
