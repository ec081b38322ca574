import { sql } from 'kysely';
import pg from 'pg';
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

  it('answers a kept statement whose result a migration from another process changed, and renews the connection', async () => {
    const base = await requireServerPostgres();
    const { name, url } = await createTestDatabase(base, 'shahrnet_prepared_stale');
    const handle = createPostgresDb(url, 1);
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('create table plan_probe (a int); insert into plan_probe values (1)');
      const text = 'select * from plan_probe order by a';
      preparePostgresStatement(text);
      const probe = async (): Promise<unknown[]> => (await sql.raw(text).execute(handle.db)).rows;
      const backend = async (): Promise<number> => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db)).rows[0]!.pid;
      expect(await probe()).toEqual([{ a: 1 }]);
      const before = await backend();

      await other.query('alter table plan_probe add column b int default 2');
      expect(await probe()).toEqual([{ a: 1, b: 2 }]);
      const after = await backend();
      expect(after).not.toBe(before);
      expect(await probe()).toEqual([{ a: 1, b: 2 }]);
      const kept = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(handle.db);
      expect(kept.rows.map((r) => r.name)).toContain(postgresStatementName(text));

      // In a transaction the refused plan has already aborted it: the server's error, once, and the
      // connection is renewed all the same.
      await other.query('alter table plan_probe add column c int default 3');
      await expect(handle.db.transaction().execute(async (trx) => sql.raw(text).execute(trx))).rejects.toThrow(/cached plan must not change result type/);
      expect(await probe()).toEqual([{ a: 1, b: 2, c: 3 }]);
      expect(await backend()).not.toBe(after);
    } finally {
      await other.end();
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
