import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, type CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteDb, type DbHandle } from './create-db.js';
import type { Database } from './database.js';
import { ReadPoolSqliteDialect, SqliteReaderPool, executeOnReader, onReader } from './sqlite-read-pool.js';

interface Scratch {
  items: { id: number; label: string; blob: Buffer | null; score: number | null };
}

/** `select ... from items` marked for the reader, as a compiled query. */
const marked = (db: Kysely<Scratch>, where = sql`1 = 1`) => onReader(sql<Scratch['items']>`select * from items where ${where} order by id`.compile(db));

describe('SQLite reader threads', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shahrnet-readers-'));
    file = join(dir, 'r.sqlite');
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = WAL');
    raw.exec('create table items (id integer primary key, label text not null, blob blob, score real)');
    raw.prepare('insert into items values (?, ?, ?, ?)').run(1, 'تهران', Buffer.from([0, 1, 254, 255]), 0.5);
    raw.prepare('insert into items values (?, ?, ?, ?)').run(2, 'Qazvin', null, null);
    raw.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A Kysely on `file` whose marked reads go to `pool`; also the pool, to break it in tests. */
  function open(size = 1): { db: Kysely<Scratch>; pool: SqliteReaderPool; main: BetterSqlite3.Database } {
    const main = new BetterSqlite3(file);
    const pool = new SqliteReaderPool(file, size, ['busy_timeout = 5000']);
    return { db: new Kysely<Scratch>({ dialect: new ReadPoolSqliteDialect({ database: main }, pool) }), pool, main };
  }

  it('returns the rows the main connection returns, Buffers, nulls and Persian text included', async () => {
    const { db } = open();
    try {
      const onMain = await db.executeQuery(sql<Scratch['items']>`select * from items order by id`.compile(db));
      const onWorker = await db.executeQuery(marked(db));
      expect(onWorker.rows).toEqual(onMain.rows);
      expect(Buffer.isBuffer(onWorker.rows[0]?.blob)).toBe(true);
      expect([...(onWorker.rows[0]?.blob ?? [])]).toEqual([0, 1, 254, 255]);
      expect(onWorker.rows[1]).toEqual({ id: 2, label: 'Qazvin', blob: null, score: null });
    } finally {
      await db.destroy();
    }
  });

  it('hands large blobs over whole (their memory is moved, not copied), several in a row and query after query', async () => {
    const { db } = open();
    try {
      const text = JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ i, fa: `شهر ${i}` })));
      const query = sql<{ a: Buffer; b: Buffer; n: number }>`select cast(${text} as blob) as a, cast('x' || ${text} as blob) as b, 7 as n`;
      const compiled = onReader(query.compile(db));
      for (let round = 0; round < 3; round++) {
        const [row] = (await db.executeQuery(compiled)).rows;
        expect(Buffer.isBuffer(row?.a) && Buffer.isBuffer(row?.b)).toBe(true);
        expect(row?.a.toString('utf8')).toBe(text);
        expect(row?.b.toString('utf8')).toBe(`x${text}`);
        expect(row?.n).toBe(7);
      }
    } finally {
      await db.destroy();
    }
  });

  it('runs marked reads on another connection: a function registered only on the main one is unknown there', async () => {
    const { db, main } = open();
    try {
      // A function only the main connection has: calling it from the worker would fail.
      main.function('main_only', () => 1);
      await expect(db.executeQuery(onReader(sql`select main_only() as x`.compile(db)))).rejects.toThrow(/no such function: main_only/);
      expect((await db.executeQuery(sql<{ x: number }>`select main_only() as x`.compile(db))).rows).toEqual([{ x: 1 }]);
    } finally {
      await db.destroy();
    }
  });

  it('sees a write as soon as it has returned, and never a transaction that is still open', async () => {
    const { db } = open();
    try {
      await db.executeQuery(marked(db)); // the worker is up and has read the file once
      await sql`insert into items (id, label) values (3, 'Karaj')`.execute(db);
      expect((await db.executeQuery(marked(db))).rows.map((r) => r.id)).toEqual([1, 2, 3]);

      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const writing = db.transaction().execute(async (trx) => {
        await sql`insert into items (id, label) values (4, 'Tabriz')`.execute(trx);
        // Inside the transaction a marked read runs on the main connection: it sees the insert.
        expect((await trx.executeQuery(marked(trx))).rows.map((r) => r.id)).toEqual([1, 2, 3, 4]);
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Outside it, the reader answers at once from the last commit.
      expect((await db.executeQuery(marked(db))).rows.map((r) => r.id)).toEqual([1, 2, 3]);
      // An unmarked read waits for the transaction, as with Kysely's own driver.
      const unmarked = sql<{ n: number }>`select count(*) as n from items`.execute(db);
      let unmarkedDone = false;
      void unmarked.then(() => (unmarkedDone = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unmarkedDone).toBe(false);
      release();
      await writing;
      expect((await unmarked).rows[0]?.n).toBe(4);
      expect((await db.executeQuery(marked(db))).rows.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    } finally {
      await db.destroy();
    }
  });

  it('rejects a bad query with SQLite\'s message and code, and cannot write', async () => {
    const { db } = open();
    try {
      const error = await db.executeQuery(onReader(sql`select * from missing_table`.compile(db))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/no such table: missing_table/);
      expect((error as { code?: string }).code).toBe('SQLITE_ERROR');
      await expect(db.executeQuery(onReader(sql`delete from items`.compile(db)))).rejects.toThrow(/not a read/);
      expect((await sql<{ n: number }>`select count(*) as n from items`.execute(db)).rows[0]?.n).toBe(2);
    } finally {
      await db.destroy();
    }
  });

  it('runs reads on the main connection when the workers are gone, those in flight included', async () => {
    const { db, pool } = open(2);
    try {
      const queries: CompiledQuery<Scratch['items']>[] = Array.from({ length: 40 }, (_, i) => marked(db, sql`id <= ${(i % 2) + 1}`));
      const inFlight = queries.map((q) => db.executeQuery(q));
      await pool.close();
      const results = await Promise.all(inFlight);
      results.forEach((r, i) => expect(r.rows.map((row) => row.id)).toEqual(i % 2 === 0 ? [1] : [1, 2]));
      expect(pool.usable).toBe(false);
      expect((await db.executeQuery(marked(db))).rows).toHaveLength(2);
    } finally {
      await db.destroy();
    }
  });

  it('falls back to the main connection when a worker cannot open the file', async () => {
    const main = new BetterSqlite3(file);
    const pool = new SqliteReaderPool(join(dir, 'no-such-file.sqlite'), 1, []);
    const db = new Kysely<Scratch>({ dialect: new ReadPoolSqliteDialect({ database: main }, pool) });
    try {
      expect((await db.executeQuery(marked(db))).rows.map((r) => r.id)).toEqual([1, 2]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(pool.usable).toBe(false);
      expect((await db.executeQuery(marked(db))).rows.map((r) => r.id)).toEqual([1, 2]);
    } finally {
      await db.destroy();
    }
  });

  it('keeps savepoints and rollbacks on the main connection', async () => {
    const { db } = open();
    try {
      const trx = await db.startTransaction().execute();
      await sql`insert into items (id, label) values (5, 'Mashhad')`.execute(trx);
      const sp = await trx.savepoint('one').execute();
      await sql`insert into items (id, label) values (6, 'Shiraz')`.execute(sp);
      await sp.rollbackToSavepoint('one').execute();
      expect((await trx.executeQuery(marked(trx))).rows.map((r) => r.id)).toEqual([1, 2, 5]);
      await trx.rollback().execute();
      expect((await db.executeQuery(marked(db))).rows.map((r) => r.id)).toEqual([1, 2]);
    } finally {
      await db.destroy();
    }
  });

  it('does not keep a process alive once its reads are answered', () => {
    // A child that opens a pool, reads, and never closes the database must still exit by itself.
    const script = `
      import BetterSqlite3 from 'better-sqlite3';
      import { Kysely, sql } from 'kysely';
      import { ReadPoolSqliteDialect, SqliteReaderPool, onReader } from ${JSON.stringify(new URL('./sqlite-read-pool.ts', import.meta.url).href)};
      const file = ${JSON.stringify(file)};
      const db = new Kysely({ dialect: new ReadPoolSqliteDialect({ database: new BetterSqlite3(file) }, new SqliteReaderPool(file, 1, [])) });
      const r = await db.executeQuery(onReader(sql\`select count(*) as n from items\`.compile(db)));
      console.log(r.rows[0].n);
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(out.trim()).toBe('2');
  });
});

describe('createSqliteDb with readers', () => {
  let dir: string;
  let handle: DbHandle | undefined;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'shahrnet-readers-db-'))));
  afterEach(async () => {
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends executeOnReader queries to a reader and everything else to the main connection', async () => {
    handle = createSqliteDb(join(dir, 'x.sqlite'), { readers: 1 });
    const db = handle.db as unknown as Kysely<Database>;
    await sql`create table t (x integer)`.execute(db);
    await sql`insert into t values (1), (2)`.execute(db);
    const r = await executeOnReader(db, sql<{ n: number }>`select sum(x) as n from t`);
    expect(r.rows).toEqual([{ n: 3 }]);
    // A temporary table belongs to the connection that made it: the main one has it, a reader does not.
    await sql`create temp table mine (x integer)`.execute(db);
    expect((await sql`select * from mine`.execute(db)).rows).toEqual([]);
    await expect(executeOnReader(db, sql`select * from mine`)).rejects.toThrow(/no such table: mine/);
  });

  it('has no readers for :memory:, which other connections cannot open', async () => {
    handle = createSqliteDb(':memory:', { readers: 2 });
    await sql`create table t (x integer)`.execute(handle.db);
    await sql`insert into t values (7)`.execute(handle.db);
    // On a reader this would fail with "no such table": an in-memory database is private to its connection.
    expect((await executeOnReader(handle.db, sql<{ x: number }>`select x from t`)).rows).toEqual([{ x: 7 }]);
  });
});
