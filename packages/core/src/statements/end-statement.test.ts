import { expect, it } from 'vitest';
import { createEntity } from '../registry/create-entity.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, membershipInput, networkInput } from '../testing/factories.js';
import { createStatement } from './create-statement.js';
import { endStatement } from './end-statement.js';
import { loadStatement } from './statement.repository.js';

forEachDialect('endStatement', (getDb) => {
  it('ends a term keeping the row, checks order and versions', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('مشهد', 'Mashhad', { id: 'mashhad' }), change());
    await createEntity(db, networkInput('شبکه', 'Net', { id: 'net' }), change());
    const s = await createStatement(db, membershipInput('mashhad', 'net', { id: 'm1', start: '2010-05' }), change());
    await expect(endStatement(db, 'm1', { end: '2009' }, change())).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(endStatement(db, 'm1', { end: '2020', expectedVersion: 9 }, change())).rejects.toMatchObject({ code: 'precondition_failed' });
    const ended = await endStatement(db, 'm1', { end: 'jalali:1399', expectedVersion: s.version }, change('left the network'));
    expect(ended.end).toEqual({ value: '2020-03-20', precision: 'year', calendar: 'jalali' });
    expect(ended.version).toBe(2);
    expect((await loadStatement(db, 'm1'))?.end?.value).toBe('2020-03-20');
    await expect(endStatement(db, 'm1', { end: '2021' }, change())).rejects.toMatchObject({ code: 'conflict' });
    await expect(endStatement(db, 'nope', { end: '2021' }, change())).rejects.toMatchObject({ code: 'not_found' });
  });
});
