import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { loadConfig } from '../config.js';
import { createPgliteDb, createPostgresDb, createSqliteDb, type DbHandle } from '../storage/create-db.js';
import { migrateToLatest } from '../storage/migrate.js';
import { createTestDatabase, dropTestDatabase } from './server-postgres.js';

/** The databases every repository test runs on. */
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

/** A migrated, throw-away test database and how it was made (`pglite` when no server is configured). */
export interface TestDb extends DbHandle {
  engine: 'sqlite' | 'postgres-server' | 'pglite';
}

/**
 * Opens a fresh, migrated test database of a dialect:
 * - `sqlite`: a real file in a new temp folder (deleted by `close()`);
 * - `postgres`: with `DATABASE_URL` set (read through `loadConfig`), a new uniquely named database
 *   created through the server's `postgres` maintenance database and dropped by `close()`;
 *   without it, an in-process PGlite. Never skips: a configured but unreachable server fails.
 */
export async function openTestDb(dialect: TestDialect): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'shahrnet-test-'));
    const handle = createSqliteDb(join(dir, 'test.sqlite'));
    await migrateToLatest(handle.db);
    return {
      ...handle,
      engine: 'sqlite',
      close: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = loadConfig().DATABASE_URL;
  if (!url) {
    const handle = createPgliteDb(new PGlite());
    await migrateToLatest(handle.db);
    return { ...handle, engine: 'pglite' };
  }
  const { name, url: target } = await createTestDatabase(url, 'shahrnet_test');
  const handle = createPostgresDb(target, 4);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    engine: 'postgres-server',
    close: async () => {
      await handle.close();
      await dropTestDatabase(url, name);
    },
  };
}

/**
 * Empties every table except the migration bookkeeping, so each test starts from an empty,
 * migrated registry without paying for a new database.
 */
export async function resetDatabase(handle: DbHandle): Promise<void> {
  // Only the application's own tables: other schemas (pg-boss keeps its queue and version in
  // `pgboss`) belong to libraries that manage them.
  const tables = (await handle.db.introspection.getTables())
    .filter((t) => t.schema === undefined || t.schema === 'public')
    .map((t) => t.name)
    .filter((n) => !n.startsWith('kysely_'));
  if (tables.length === 0) return;
  if (handle.dialect === 'postgres') {
    await sql`TRUNCATE ${sql.join(tables.map((t) => sql.table(t)))} RESTART IDENTITY CASCADE`.execute(handle.db);
    return;
  }
  // FTS5 shadow tables (<virtual>_data, _idx, ...) cannot be written directly; emptying the virtual
  // table empties them.
  const virtual = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'`.execute(handle.db);
  const shadow = new Set(virtual.rows.flatMap((v) => ['data', 'idx', 'content', 'docsize', 'config'].map((s) => `${v.name}_${s}`)));
  await sql`PRAGMA foreign_keys = OFF`.execute(handle.db);
  try {
    for (const t of tables) if (!shadow.has(t)) await sql`DELETE FROM ${sql.table(t)}`.execute(handle.db);
    await sql`DELETE FROM sqlite_sequence`.execute(handle.db).catch(() => undefined);
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(handle.db);
  }
}

/**
 * Declares the same tests once per dialect (`describe("<name> [sqlite]")`, `[postgres]`). `fn` gets
 * a getter for the current test database; the database is opened before the block, emptied before
 * each test (unless `reset: false`) and closed/dropped after it.
 */
export function forEachDialect(
  name: string,
  fn: (getDb: () => TestDb) => void,
  options: { reset?: boolean } = {},
): void {
  for (const dialect of DIALECTS) {
    describe(`${name} [${dialect}]`, () => {
      let handle: TestDb | undefined;
      beforeAll(async () => {
        handle = await openTestDb(dialect);
      });
      afterAll(async () => {
        await handle?.close();
      });
      if (options.reset !== false) {
        beforeEach(async () => {
          if (handle) await resetDatabase(handle);
        });
      }
      fn(() => {
        if (!handle) throw new Error(`test database for ${dialect} is not open`);
        return handle;
      });
    });
  }
}
