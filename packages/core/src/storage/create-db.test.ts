import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { migrateToLatest } from './migrate.js';

forEachDialect('storage', (getDb) => {
  it('migrates idempotently and creates the registry tables', async () => {
    const { db } = getDb();
    expect(await migrateToLatest(db)).toEqual([]);
    const names = (await db.introspection.getTables()).map((t) => t.name);
    for (const t of ['entities', 'entity_names', 'statements', 'sources', 'statement_references', 'history']) {
      expect(names).toContain(t);
    }
  });

  it('enforces foreign keys', async () => {
    const { db } = getDb();
    await expect(
      db.insertInto('entity_names')
        .values({ id: 'n1', entity_id: 'missing', position: 0, lang: 'fa', text: 'x', kind: 'official', key: 'x',
          valid_from: null, valid_from_precision: null, valid_from_calendar: null,
          valid_to: null, valid_to_precision: null, valid_to_calendar: null })
        .execute(),
    ).rejects.toThrow();
  });

  it('numbers history rows in increasing order', async () => {
    const { db } = getDb();
    const row = { at: '2024-01-01T00:00:00.000Z', actor_kind: 'system', actor_id: 's', actor_name: 's', action: 'x',
      target_type: 'entity', target_id: 'e', before: null, after: null, reason: 'r', source_id: null };
    const a = await db.insertInto('history').values(row).returning('seq').executeTakeFirstOrThrow();
    const b = await db.insertInto('history').values(row).returning('seq').executeTakeFirstOrThrow();
    expect(Number(b.seq)).toBeGreaterThan(Number(a.seq));
    const r = await sql<{ n: number }>`select count(*) as n from history`.execute(db);
    expect(Number(r.rows[0]?.n)).toBe(2);
  });
});

describe('createSqliteDb', () => {
  it('creates the parent folder and turns on WAL and foreign keys', async () => {
    const { mkdtempSync, existsSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createSqliteDb } = await import('./create-db.js');
    const dir = mkdtempSync(join(tmpdir(), 'shahrnet-cdb-'));
    const handle = createSqliteDb(join(dir, 'nested', 'deeper', 'x.sqlite'));
    try {
      const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(handle.db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      const fk = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(handle.db);
      expect(fk.rows[0]?.foreign_keys).toBe(1);
      expect(existsSync(join(dir, 'nested', 'deeper', 'x.sqlite'))).toBe(true);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
