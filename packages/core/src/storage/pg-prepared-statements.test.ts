import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getEntityRendered } from '../registry/get-entity-rendered.js';
import { createTestDatabase, dropTestDatabase, requireServerPostgres } from '../testing/server-postgres.js';
import { createPostgresDb } from './create-db.js';
import { migrateToLatest } from './migrate.js';
import { postgresStatementName, preparePostgresStatement } from './pg-prepared-statements.js';

describe('named prepared statements on PostgreSQL', () => {
  it('runs the entity page as one named statement, prepared once per connection and reused; other queries stay unnamed', async () => {
    const base = await requireServerPostgres();
    const { name, url } = await createTestDatabase(base, 'shahrnet_prepared');
    // One connection, so the session asked about below is the one that ran the pages.
    const handle = createPostgresDb(url, 1);
    try {
      await migrateToLatest(handle.db);
      const now = '2030-01-01T00:00:00.000Z';
      await handle.db
        .insertInto('entities')
        .values(['e1', 'e2'].map((id) => ({ id, type: 'city', label_fa: `شهر ${id}`, label_en: null, sort_key: id, attributes: '{}', merged_into: null, version: 1, created_at: now, updated_at: now })))
        .execute();
      const first = await getEntityRendered(handle.db, 'e1');
      const second = await getEntityRendered(handle.db, 'e2');
      expect(JSON.parse(first.json.toString('utf8'))).toMatchObject({ id: 'e1', labels: { fa: 'شهر e1' } });
      expect(JSON.parse(second.json.toString('utf8'))).toMatchObject({ id: 'e2', labels: { fa: 'شهر e2' } });
      await sql`select ${'unnamed'} as probe`.execute(handle.db);
      const { rows } = await sql<{ name: string; statement: string; runs: number }>`
        select name, statement, (generic_plans + custom_plans)::int as runs from pg_prepared_statements`.execute(handle.db);
      const pages = rows.filter((r) => r.statement.includes('page_arg'));
      expect(pages).toHaveLength(1);
      expect(pages[0]?.name).toBe(postgresStatementName(pages[0]!.statement));
      expect(pages[0]?.runs).toBe(2);
      expect(rows.some((r) => r.statement.includes('probe'))).toBe(false);
    } finally {
      await handle.close();
      await dropTestDatabase(base, name);
    }
  });

  it('names at most 64 texts, each once', () => {
    const before = Array.from({ length: 70 }, (_, i) => `select ${i} as bound_test`);
    for (const text of before) preparePostgresStatement(text);
    preparePostgresStatement(before[0]!);
    const named = before.map(postgresStatementName);
    expect(new Set(named.filter(Boolean)).size).toBe(named.filter(Boolean).length);
    expect(named.filter(Boolean).length).toBeLessThanOrEqual(64);
    expect(named.at(-1)).toBeUndefined();
    expect(named[0]).toMatch(/^shahrnet_\d+$/);
  });
});
