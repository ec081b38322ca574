import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { Database } from './database.js';
import type { DialectName } from './dialect.js';
import { namedStatementPool } from './pg-prepared-statements.js';
import { pglitePool } from './pglite-pool.js';
import { cachePreparedStatements } from './prepared-statements.mjs';
import { ReadPoolSqliteDialect, SqliteReaderPool } from './sqlite-read-pool.js';
import type { PGlite } from '@electric-sql/pglite';

/** An open database: the Kysely instance, which dialect it speaks, and how to close it. */
export interface DbHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

// PostgreSQL returns int8 (count(*), sums) as strings by default; the registry's counts fit in a double.
pg.types.setTypeParser(20, (v: string) => Number(v));

/**
 * Opens the configured database: PostgreSQL (through `pg`) when `DATABASE_URL` is set, else the
 * embedded SQLite file `SHAHRNET_DB` (its folder is created). Does not migrate: call
 * `migrateToLatest(handle.db)` (the server and CLI do it at start).
 */
export function createDb(config: Pick<Config, 'DATABASE_URL' | 'SHAHRNET_DB'>, options: SqliteOptions = {}): DbHandle {
  if (config.DATABASE_URL) return createPostgresDb(config.DATABASE_URL);
  return createSqliteDb(config.SHAHRNET_DB, options);
}

/** Options of the embedded database. */
export interface SqliteOptions {
  /**
   * Read-only connections on worker threads that run the heavy reads marked `onReader` (entity page,
   * timeline, article search) when they are not inside a transaction (see `SqliteReaderPool`);
   * default 0, every query on the one main connection. The server asks for them
   * (`SHAHRNET_SQLITE_READERS`); a batch job such as ingest, one flow whose reads are interleaved with
   * its writes, gains nothing from another thread. Ignored for `:memory:`, which other connections
   * cannot open.
   */
  readers?: number;
}

/**
 * SQLite through better-sqlite3: WAL (readers do not block the writer), foreign keys enforced,
 * a busy timeout so a second process (CLI next to the server) waits instead of failing at once.
 *
 * `synchronous = NORMAL` in WAL mode: a commit is durable once the WAL is synced at checkpoint; a power
 * loss may drop the last transactions but never corrupts the file, and a process crash (the ingest crash
 * test's SIGKILL) loses nothing committed, because the WAL is already in the OS. It saves one fsync per
 * transaction, which is most of the cost of ingest's one-transaction-per-article.
 *
 * `mmap_size` lets reads come straight from the OS page cache instead of a `pread` into SQLite's small
 * page cache per page: an entity page reads ~70 rows scattered over a large file, and memory-mapped reads
 * made those queries ~25% cheaper at 1M statements. It is address space, not memory; writes still go
 * through the WAL. Asked for 4 GiB, clamped to the build's maximum (2 GiB in better-sqlite3's): 100k
 * ingested articles make a 1.4 GB file, and pages past a 1 GiB map were read with `pread` again.
 *
 * `cache_size` 128 MiB (the build's default is 16 MB; pages are allocated as used): an ingest transaction
 * of a few hundred articles dirties tens of thousands of pages, and a small cache spilled them to the WAL
 * mid-transaction and read them back. 2,500 articles into a 100k-article database: 448k `pwrite` and
 * 320k `pread` calls with 16 MB and a 1 GiB map, 328k and 105k with 128 MiB and 2 GiB.
 *
 * `wal_autocheckpoint = 10000` pages (~40 MB of WAL) instead of 1,000: every checkpoint copies pages back and
 * syncs the database file, and with one small transaction per ingested article the default checkpointed every
 * ~25 articles; this halved ingest's commit time (1.26 -> 0.7 ms per article). `journal_size_limit` truncates
 * the WAL file back after a checkpoint so it does not keep its largest size on disk. Durability is unchanged.
 *
 * `temp_store = MEMORY`: statement and savepoint journals (ingest runs each article under a SAVEPOINT,
 * which copies every page the article first touches there so it could be rolled back alone) and
 * temporary sort b-trees stay in memory instead of a temp file: it halved ingest's write system calls
 * (268 -> 133 per article). They live only for one statement or transaction; nothing durable moves.
 */
export function createSqliteDb(file: string, options: SqliteOptions = {}): DbHandle {
  const path = file === ':memory:' ? file : resolve(file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path);
  } catch (cause) {
    throw new AppError('unavailable', `cannot open SQLite database ${path}`, [{ source: path, message: String(cause) }], { cause });
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('mmap_size = 4294967296');
  sqlite.pragma('cache_size = -131072');
  sqlite.pragma('wal_autocheckpoint = 10000');
  sqlite.pragma('journal_size_limit = 67108864');
  sqlite.pragma('temp_store = MEMORY');
  cachePreparedStatements(sqlite);
  const readers = path === ':memory:' ? 0 : (options.readers ?? 0);
  const dialect =
    readers > 0
      ? new ReadPoolSqliteDialect({ database: sqlite }, new SqliteReaderPool(path, readers, READER_PRAGMAS))
      : new SqliteDialect({ database: sqlite });
  const db = new Kysely<Database>({ dialect });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** The reader connections' settings: a busy wait and memory-mapped reads, as on the main connection. */
const READER_PRAGMAS = ['busy_timeout = 5000', 'mmap_size = 4294967296', 'temp_store = MEMORY'];

/** PostgreSQL through a `pg` pool on `url`; the hot templated reads run as named prepared statements (`namedStatementPool`). */
export function createPostgresDb(url: string, poolSize = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: namedStatementPool(pool) }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/**
 * An in-process PostgreSQL (PGlite, WASM) for tests and demos without a server. The caller owns
 * `instance` creation (`new PGlite()`); closing the handle closes it.
 */
export function createPgliteDb(instance: PGlite): DbHandle {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(instance) }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
