import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

type Command = PostgresQueryResult<unknown>['command'];

/** The statement verb kysely needs to report affected rows (`INSERT ... RETURNING` counts too). */
function commandOf(sqlText: string): Command {
  const verb = /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|update|delete|merge|select)/i.exec(sqlText)?.[1]?.toUpperCase();
  return verb === 'INSERT' || verb === 'UPDATE' || verb === 'DELETE' || verb === 'MERGE' ? verb : 'SELECT';
}

/**
 * Gives an in-process PGlite database the `pg.Pool` shape kysely's `PostgresDialect` needs, for
 * tests without a PostgreSQL server. PGlite is ONE connection, so `connect()` hands out a single
 * client at a time and queues the rest until `release()`: a transaction holds the connection and
 * nothing else interleaves with it (exactly what a pool of size 1 would do).
 */
export function pglitePool(pg: PGlite): PostgresPool {
  let busy: Promise<void> = Promise.resolve();
  return {
    async connect(): Promise<PostgresPoolClient> {
      let release!: () => void;
      const previous = busy;
      busy = new Promise<void>((resolve) => (release = resolve));
      await previous;
      let released = false;
      const client = {
        async query<R>(sqlText: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
          const result = await pg.query<R>(sqlText, [...parameters]);
          return { command: commandOf(sqlText), rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
        },
        release(): void {
          if (!released) {
            released = true;
            release();
          }
        },
      };
      // The cursor overload of `query` (streaming) is not supported by this adapter.
      return client as unknown as PostgresPoolClient;
    },
    async end(): Promise<void> {
      await busy;
      await pg.close();
    },
  };
}
