import type { CompiledQuery, Compilable, Kysely, QueryResult } from 'kysely';
import type { Database, Db } from './database.js';
import { dialectOf } from './dialect.js';
import { preparePostgresStatement } from './pg-prepared-statements.js';
import { onReader } from './sqlite-read-pool.js';

const SLOT = Symbol('query-template-slot');

/** A stand-in for the `index`-th value of a query template (see `runTemplate`). */
interface Slot {
  readonly [SLOT]: number;
}

function isSlot(value: unknown): value is Slot {
  return typeof value === 'object' && value !== null && SLOT in value;
}

/**
 * The placeholder for value `index` when building a template: typed as whatever the query expects
 * there, so builders type-check as with real values.
 */
export function slot<T>(index: number): T {
  return { [SLOT]: index } as unknown as T;
}

interface Template {
  compiled: CompiledQuery<unknown>;
  /** For each parameter of the compiled query: the value index it takes, or -1 for a constant. */
  positions: number[];
}

const MAX_TEMPLATES = 500;
const templates = new Map<string, Template>();

/**
 * Runs a query whose shape is built and compiled once per `key` (and dialect) and then reused with new
 * `values`. `build` is called with the database only the first time and must put `slot(i)` where value
 * `i` goes; everything else in it is a constant of the shape, so `key` has to name everything that
 * changes the SQL (e.g. the length of an IN list or the number of rows inserted).
 *
 * Why: on SQLite, building and compiling a small query with Kysely costs more than running it (about
 * 10 µs against 4 µs), and a compiled text that is a new string each time is hashed again by the
 * prepared-statement cache. Ingest runs ~25 queries per article; their shapes repeat. The SQL is
 * Kysely's, so both dialects get their own text and placeholders. Bounded: the oldest shapes are
 * dropped past 500.
 *
 * `onReader` sends the query to a SQLite reader thread (`onReader`); `prepared` makes it a named
 * prepared statement on a PostgreSQL server (`preparePostgresStatement`), for hot reads whose planning
 * costs as much as running them. Each option is ignored by the other engine.
 */
export async function runTemplate<R>(
  db: Db,
  key: string,
  build: (db: Db) => Compilable<R>,
  values: readonly unknown[],
  options: { onReader?: boolean; prepared?: boolean } = {},
): Promise<QueryResult<R>> {
  const cacheKey = `${dialectOf(db)}\u0000${key}`;
  let template = templates.get(cacheKey);
  if (!template) {
    const compiled = build(db).compile() as CompiledQuery<unknown>;
    template = { compiled, positions: compiled.parameters.map((p) => (isSlot(p) ? p[SLOT] : -1)) };
    if (options.prepared && dialectOf(db) === 'postgres') preparePostgresStatement(compiled.sql);
    if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value as string);
    templates.set(cacheKey, template);
  }
  const { compiled, positions } = template;
  const parameters = positions.map((at, i) => (at >= 0 ? values[at] : compiled.parameters[i]));
  const query = { ...compiled, parameters } as CompiledQuery<R>;
  return db.executeQuery(options.onReader ? onReader(query) : query);
}

/**
 * Inserts `rows` into `table` as one templated statement (`runTemplate`). Every row must have the
 * columns of the first, none undefined. `conflict: 'nothing'` adds ON CONFLICT DO NOTHING. Returns the
 * number of rows inserted.
 */
export async function insertRows(db: Db, table: keyof Database & string, rows: readonly Record<string, unknown>[], conflict?: 'nothing'): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const columns = Object.keys(first);
  const values: unknown[] = [];
  for (const row of rows) {
    for (const c of columns) {
      const v = row[c];
      if (v === undefined) throw new Error(`insertRows(${table}): column ${c} is undefined`);
      values.push(v);
    }
  }
  const result = await runTemplate(
    db,
    `insert:${table}:${conflict ?? ''}:${rows.length}:${columns.join(',')}`,
    (d) => {
      const q = (d as Kysely<Record<string, Record<string, unknown>>>)
        .insertInto(table)
        .values(rows.map((_, r) => Object.fromEntries(columns.map((c, j) => [c, slot(r * columns.length + j)]))));
      return conflict === 'nothing' ? q.onConflict((oc) => oc.doNothing()) : q;
    },
    values,
  );
  return Number(result.numAffectedRows ?? 0n);
}
