// @ts-check
/**
 * Kysely prepares every query anew; parsing and planning is about half of a small indexed query's
 * cost on better-sqlite3. `cachePreparedStatements` makes `sqlite.prepare` keep the most recent
 * prepared statements by SQL text (bounded, so IN-lists of many lengths cannot grow it without limit).
 * Statements are reusable once a call has returned.
 *
 * Plain JavaScript (type-checked through JSDoc) because the reader worker (`sqlite-reader.worker.mjs`),
 * which runs without the TypeScript loader, uses it too.
 *
 * @param {import('better-sqlite3').Database} sqlite
 * @param {number} [max]
 */
export function cachePreparedStatements(sqlite, max = 500) {
  const prepare = sqlite.prepare.bind(sqlite);
  /** @type {Map<string, import('better-sqlite3').Statement>} */
  const cache = new Map();
  /** @param {string} source */
  const cached = (source) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = prepare(source);
      if (cache.size >= max) cache.delete(/** @type {string} */ (cache.keys().next().value));
    }
    cache.set(source, statement);
    return statement;
  };
  sqlite.prepare = /** @type {typeof sqlite.prepare} */ (cached);
}
