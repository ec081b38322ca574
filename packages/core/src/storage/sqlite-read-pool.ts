import { Worker } from 'node:worker_threads';
import {
  SqliteDialect,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type RawBuilder,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';
import type { Db } from './database.js';

const ON_READER = Symbol('shahrnet.on-reader');

/**
 * `query`, marked to run on a reader thread when the database has them (SQLite opened with
 * `readers`); anywhere else (PostgreSQL, SQLite without readers, inside a transaction) it runs as
 * usual. For the heavy read-only queries of the read paths: the entity page's and timeline's statements,
 * article search. The query must only read.
 */
export function onReader<R>(query: CompiledQuery<R>): CompiledQuery<R> {
  return Object.assign({ ...query }, { [ON_READER]: true });
}

/** Runs the raw query `query` marked with `onReader` (see there). */
export function executeOnReader<R>(db: Db, query: RawBuilder<R>): Promise<QueryResult<R>> {
  return db.executeQuery(onReader(query.compile(db)));
}

function isForReader(query: CompiledQuery): boolean {
  return (query as { [ON_READER]?: boolean })[ON_READER] === true;
}

/** What a reader worker answers (see `sqlite-reader.worker.mjs`). */
type WorkerMessage =
  | { ready: true }
  | { ready: false; error: { message: string } }
  | { id: number; rows: Record<string, unknown>[]; blobs: boolean }
  | { id: number; error: { message: string; code?: string } };

interface Pending {
  resolve(result: QueryResult<unknown>): void;
  reject(error: Error): void;
  /** Runs the same read on the main connection: used when the worker dies with the read in flight. */
  fallback(): Promise<QueryResult<unknown>>;
  reader: Reader;
}

interface Reader {
  worker: Worker;
  inFlight: number;
  alive: boolean;
}

/** Row values better-sqlite3 gives as Buffers arrive from a worker as plain Uint8Arrays. */
function restoreBuffers(rows: Record<string, unknown>[]): void {
  for (const row of rows) {
    for (const key in row) {
      const value = row[key];
      if (value instanceof Uint8Array && !Buffer.isBuffer(value)) row[key] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
  }
}

/**
 * Read-only connections to one SQLite file, each on its own worker thread, that run the queries marked
 * with `onReader` off the main thread. better-sqlite3 is synchronous: on the main connection a query
 * blocks the event loop for as long as SQLite works, so under concurrent requests the server used one
 * core however many it had; an entity page spent ~40% of its main-thread time inside its one big query,
 * and a search over a large corpus stopped every other request until it finished. In WAL mode readers
 * and the writer do not block each other, and a read that starts after a commit sees it, so a read sent
 * here after a write has returned sees that write; a transaction still open is not seen.
 *
 * Only marked queries come here: sending the small queries too (a few microseconds each in SQLite) cost
 * more in messages and in requests kept alive across the hop than it saved (entity page on the api
 * bench's database, 100k entities / 1M statements, 10 connections at full speed, one reader, alternating
 * runs: every SELECT on the reader 1,400-1,550 req/s at p99 22-31 ms; only the marked ones 1,600-1,790
 * req/s at p99 20-24 ms; no reader 1,200-1,300 req/s at p99 19-21 ms).
 *
 * A worker that cannot open the file, or dies, is dropped; its reads in flight are run again on the
 * main connection (`fallback`), and with no worker left every read goes there, as without the pool.
 * Workers are unreferenced while idle, so an open pool does not keep a process alive.
 */
export class SqliteReaderPool {
  readonly #readers: Reader[] = [];
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;

  /** Starts `size` workers on `file` (which must exist, in WAL mode), each applying `pragmas`. */
  constructor(file: string, size: number, pragmas: readonly string[]) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./sqlite-reader.worker.mjs', import.meta.url), {
        workerData: { file, pragmas: [...pragmas] },
        // The worker is plain JavaScript: it needs none of the parent's loader flags (tsx, vitest).
        execArgv: [],
      });
      const reader: Reader = { worker, inFlight: 0, alive: true };
      worker.unref();
      worker.on('message', (message: WorkerMessage) => this.#onMessage(reader, message));
      worker.on('error', () => this.#drop(reader));
      worker.on('exit', () => this.#drop(reader));
      this.#readers.push(reader);
    }
  }

  /** True while at least one worker is alive. */
  get usable(): boolean {
    return this.#readers.some((r) => r.alive);
  }

  /**
   * Runs a read on the least busy worker. `fallback` runs it on the main connection instead, when
   * no worker is alive or the chosen one dies before answering.
   */
  run<R>(query: CompiledQuery<R>, fallback: () => Promise<QueryResult<R>>): Promise<QueryResult<R>> {
    let reader: Reader | undefined;
    for (const r of this.#readers) if (r.alive && (!reader || r.inFlight < reader.inFlight)) reader = r;
    if (!reader) return fallback();
    const id = this.#nextId++;
    const chosen = reader;
    return new Promise<QueryResult<R>>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as Pending['resolve'], reject, fallback: fallback as Pending['fallback'], reader: chosen });
      if (chosen.inFlight++ === 0) chosen.worker.ref();
      chosen.worker.postMessage({ id, sql: query.sql, parameters: query.parameters });
    });
  }

  /** Stops every worker; reads still in flight are handed to their fallback (the main connection). */
  async close(): Promise<void> {
    await Promise.all(this.#readers.map((r) => r.worker.terminate()));
  }

  #onMessage(reader: Reader, message: WorkerMessage): void {
    if ('ready' in message) {
      if (!message.ready) this.#drop(reader);
      return;
    }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    if (--reader.inFlight === 0) reader.worker.unref();
    if ('rows' in message) {
      if (message.blobs) restoreBuffers(message.rows);
      pending.resolve({ rows: message.rows });
    } else {
      pending.reject(Object.assign(new Error(message.error.message), message.error.code ? { code: message.error.code } : {}));
    }
  }

  #drop(reader: Reader): void {
    if (!reader.alive) return;
    reader.alive = false;
    reader.inFlight = 0;
    for (const [id, pending] of this.#pending) {
      if (pending.reader !== reader) continue;
      this.#pending.delete(id);
      pending.fallback().then(pending.resolve, pending.reject);
    }
  }
}

/**
 * One connection handed out by `ReadPoolDriver`. Outside a transaction, a query marked `onReader` goes
 * to the reader pool and anything else takes the main connection for that one query, as Kysely's own
 * driver does. A transaction (and a stream) holds the main connection from its start to its end, and
 * every query in it runs there: it must see its own uncommitted writes.
 */
class RoutedConnection implements DatabaseConnection {
  #held: DatabaseConnection | undefined;

  constructor(
    private readonly main: Driver,
    private readonly pool: SqliteReaderPool,
  ) {}

  /** The main connection, taken (waiting for any transaction on it to end) if not held yet. */
  async hold(): Promise<DatabaseConnection> {
    this.#held ??= await this.main.acquireConnection();
    return this.#held;
  }

  get held(): DatabaseConnection {
    if (!this.#held) throw new Error('no transaction on this connection');
    return this.#held;
  }

  async release(): Promise<void> {
    const held = this.#held;
    this.#held = undefined;
    if (held) await this.main.releaseConnection(held);
  }

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#held) return this.#held.executeQuery<R>(query);
    const onMain = () => this.#once((c) => c.executeQuery<R>(query));
    return isForReader(query) && this.pool.usable ? this.pool.run(query as CompiledQuery<R>, onMain) : onMain();
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (this.#held) {
      yield* this.#held.streamQuery<R>(query, chunkSize);
      return;
    }
    const connection = await this.main.acquireConnection();
    try {
      yield* connection.streamQuery<R>(query, chunkSize);
    } finally {
      await this.main.releaseConnection(connection);
    }
  }

  async #once<T>(run: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
    const connection = await this.main.acquireConnection();
    try {
      return await run(connection);
    } finally {
      await this.main.releaseConnection(connection);
    }
  }
}

/** Kysely's SQLite driver (one main connection behind a mutex), with the marked reads outside transactions sent to a reader pool. */
class ReadPoolDriver implements Driver {
  constructor(
    private readonly main: Driver,
    private readonly pool: SqliteReaderPool,
  ) {}

  init(): Promise<void> {
    return this.main.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this.main, this.pool);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await this.main.beginTransaction(await (connection as RoutedConnection).hold(), settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.main.commitTransaction((connection as RoutedConnection).held);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.main.rollbackTransaction((connection as RoutedConnection).held);
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.main.savepoint?.(await (connection as RoutedConnection).hold(), name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.main.rollbackToSavepoint?.((connection as RoutedConnection).held, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.main.releaseSavepoint?.((connection as RoutedConnection).held, name, compile);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return (connection as RoutedConnection).release();
  }

  async destroy(): Promise<void> {
    await this.pool.close();
    await this.main.destroy();
  }
}

/** Kysely's SQLite dialect whose driver sends the marked reads outside transactions to `pool` (see `SqliteReaderPool`). */
export class ReadPoolSqliteDialect extends SqliteDialect {
  constructor(
    config: SqliteDialectConfig,
    private readonly pool: SqliteReaderPool,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    return new ReadPoolDriver(super.createDriver(), this.pool);
  }
}
