import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { reusableQuery } from './compiled-query.js';

forEachDialect('reusableQuery', (getDb) => {
  it('runs a query compiled once with new values, per list length, keeping the constants it was built with', async () => {
    const { db } = getDb();
    const now = '2024-01-01T00:00:00.000Z';
    const row = (id: string, type: string) => ({ id, type, label_fa: null, label_en: id, sort_key: id, attributes: '{}', merged_into: null, version: 1, created_at: now, updated_at: now });
    await db.insertInto('entities').values([row('a', 'city'), row('b', 'city'), row('c', 'person'), row('d', 'city')]).execute();
    let builds = 0;
    const citiesAmong = reusableQuery((q, ids: readonly string[], after: string) => {
      builds += 1;
      return q.selectFrom('entities').select('id').where('type', '=', 'city').where('id', 'in', ids).where('id', '>', after).orderBy('id');
    });
    const ids = async (list: string[], after: string) => (await citiesAmong(db, list, after)).map((r) => r.id);
    expect(await ids(['a', 'c'], '')).toEqual(['a']);
    expect(await ids(['b', 'd'], '')).toEqual(['b', 'd']);
    expect(await ids(['b', 'd'], 'b')).toEqual(['d']);
    expect(builds).toBe(1);
    expect(await ids(['a', 'b', 'c'], '')).toEqual(['a', 'b']);
    expect(await ids(['a', 'b', 'd'], 'a')).toEqual(['b', 'd']);
    expect(builds).toBe(2);
  });
});
