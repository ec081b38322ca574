import { expect, it } from 'vitest';
import { createEntity } from '../registry/create-entity.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, membershipInput, networkInput } from '../testing/factories.js';
import { createStatement } from './create-statement.js';
import { getStatement } from './get-statement.js';

forEachDialect('getStatement', (getDb) => {
  it('returns the statement with references and the summaries of linked entities', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('همدان', 'Hamedan', { id: 'hamedan' }), change());
    await createEntity(db, networkInput('مجمع', 'Assembly', { id: 'amim' }), change());
    await createStatement(db, membershipInput('hamedan', 'amim', { id: 'g1', references: [{ source: { url: 'https://example.org/g' }, quote: 'میزبان' }] }), change());
    const view = await getStatement(db, 'g1');
    expect(view.statement).toMatchObject({ id: 'g1', subjectId: 'hamedan', objectId: 'amim', version: 1 });
    expect(view.statement.references.map((r) => r.quote)).toEqual(['میزبان']);
    expect(Object.keys(view.related).sort()).toEqual(['amim', 'hamedan']);
    expect(view.related['hamedan']?.labels.fa).toBe('همدان');
    await expect(getStatement(db, 'missing')).rejects.toMatchObject({ code: 'not_found' });
  });
});
