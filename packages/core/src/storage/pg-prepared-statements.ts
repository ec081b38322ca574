import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** Most statements given a name: each is kept by every connection of the pool for its lifetime. */
const MAX_NAMED = 64;
const names = new Map<string, string>();

/**
 * Marks a query text to be run as a named prepared statement on PostgreSQL (see `namedStatementPool`).
 * For the few hot shapes whose planning costs more than their execution: measured on a 2,000-entity
 * registry, one connection, the entity page's query took 4.0 ms a page unnamed (planned on every run)
 * and 1.65 ms named. Bounded: past 64 texts, later ones stay unnamed, so a server connection
 * never holds more than 64 such plans.
 */
export function preparePostgresStatement(text: string): void {
  if (!names.has(text) && names.size < MAX_NAMED) names.set(text, `shahrnet_${names.size + 1}`);
}

/** The name `preparePostgresStatement` gave `text`, if any. */
export function postgresStatementName(text: string): string | undefined {
  return names.get(text);
}

/**
 * Whether `error` is PostgreSQL refusing a kept plan because the shape of its result changed (a
 * migration altered a table under a named statement): SQLSTATE 0A000, "cached plan must not change
 * result type". The server never re-plans such a statement by itself; only a new connection clears it.
 */
function isStalePlan(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === '0A000' && typeof e.message === 'string' && e.message.includes('cached plan must not change result type');
}

/**
 * A `pg` pool for Kysely whose clients run the texts marked by `preparePostgresStatement` as named
 * statements (`{name, text, values}`): pg parses and plans each once per connection and then only
 * binds and executes it, and the server may keep one generic plan for it. Kysely itself sends every
 * query unnamed, which plans it again on each run. Everything else passes through unchanged.
 *
 * A kept plan that the server refuses because a migration from another process changed its result
 * (`isStalePlan`) does not break the connection for good: the query is run again unnamed on the same
 * connection, so the caller gets its answer, and the connection is closed instead of being returned to
 * the pool, so the next one prepares every statement afresh. Inside a transaction the server has
 * already aborted, the retry cannot run; the caller then gets the server's original error, once.
 */
export function namedStatementPool(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let stale = false;
      const named = async (name: string, text: string, values: unknown[]): Promise<unknown> => {
        try {
          return await client.query({ name, text, values });
        } catch (error) {
          if (!isStalePlan(error)) throw error;
          stale = true;
          try {
            return await client.query(text, values);
          } catch {
            throw error;
          }
        }
      };
      // Not async: a pass-through call may be a streaming cursor, which Kysely uses as it is returned.
      const query = (...args: unknown[]): unknown => {
        const [text, values] = args;
        const name = typeof text === 'string' && !stale ? names.get(text) : undefined;
        if (name !== undefined) return named(name, text as string, values as unknown[]);
        return (client.query as (...a: unknown[]) => unknown)(...args);
      };
      // release(true) makes pg close the connection rather than pool it.
      return { query, release: () => client.release(stale || undefined) } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
