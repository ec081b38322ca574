// @ts-check
/**
 * A read-only SQLite connection on a worker thread (see `sqlite-read-pool.ts`, which starts it and sends
 * it the reads marked `onReader`). Plain JavaScript, type-checked by tsc through JSDoc: the Node packages run from TypeScript
 * through tsx, whose loader a worker thread does not inherit when the main thread registered it in code
 * (the CLI does), and this file needs nothing but better-sqlite3.
 *
 * Messages in: `{ id, sql, parameters }`. Out: `{ id, rows, blobs }` (`blobs` when a row holds a
 * Uint8Array, so the main thread turns those back into Buffers as better-sqlite3 returns them; their
 * memory is transferred, not copied) or
 * `{ id, error: { message, code } }`. The first message out is `{ ready: true }`, or the error that
 * kept the connection from opening.
 */
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { cachePreparedStatements } from './prepared-statements.mjs';

/** @typedef {{ id: number, sql: string, parameters: unknown[] }} ReadRequest */

const port = parentPort;
if (!port) throw new Error('sqlite-reader.worker.mjs runs as a worker thread');

/** @type {{ file: string, pragmas: string[] }} */
const { file, pragmas } = workerData;

/** @type {BetterSqlite3.Database} */
let sqlite;
try {
  sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  for (const pragma of pragmas) sqlite.pragma(pragma);
  cachePreparedStatements(sqlite);
} catch (cause) {
  port.postMessage({ ready: false, error: { message: String(cause) } });
  throw cause;
}
port.postMessage({ ready: true });

/** @param {unknown} value */
const toParameter = (value) => (value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value);

/**
 * The memory of the blobs in `rows` that can move to the main thread instead of being copied: a blob
 * that is the whole of its ArrayBuffer (better-sqlite3 gives each its own). A large blob, such as an
 * entity page's JSON, then crosses without a copy and never enters either thread's JS heap.
 * @param {unknown[]} rows
 * @returns {{ blobs: boolean, transfer: ArrayBuffer[] }}
 */
function blobsOf(rows) {
  /** @type {ArrayBuffer[]} */
  const transfer = [];
  let blobs = false;
  for (const row of rows) {
    for (const value of Object.values(/** @type {object} */ (row))) {
      if (!(value instanceof Uint8Array)) continue;
      blobs = true;
      const whole = value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength;
      if (whole && !transfer.includes(value.buffer)) transfer.push(value.buffer);
    }
  }
  return { blobs, transfer };
}

port.on('message', (/** @type {ReadRequest} */ { id, sql, parameters }) => {
  try {
    const statement = sqlite.prepare(sql);
    if (!statement.reader) throw new Error(`not a read: ${sql.slice(0, 80)}`);
    const rows = statement.all(parameters.map(toParameter));
    const { blobs, transfer } = blobsOf(rows);
    port.postMessage({ id, rows, blobs }, transfer);
  } catch (error) {
    const e = /** @type {Error & { code?: string }} */ (error);
    port.postMessage({ id, error: { message: e.message, code: e.code } });
  }
});
