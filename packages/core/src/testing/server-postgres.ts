import pg from 'pg';
import { loadConfig } from '../config.js';

/** Where a test looks for a PostgreSQL server when `DATABASE_URL` is not set (this project's machines run one). */
export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The URL of a real PostgreSQL server, for the few tests that cannot run on in-process PGlite (pg-boss
 * needs several real server connections). `DATABASE_URL` when set; otherwise the local default server
 * if it answers within two seconds. Never skips: with neither, it throws and the test fails with a
 * message saying what to provide.
 */
export async function requireServerPostgres(): Promise<string> {
  const configured = loadConfig().DATABASE_URL;
  if (configured) return configured;
  const client = new pg.Client({ connectionString: LOCAL_POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return LOCAL_POSTGRES_URL;
  } catch {
    throw new Error(
      `this test needs a PostgreSQL server (pg-boss cannot run on PGlite): set DATABASE_URL, or run one at ${LOCAL_POSTGRES_URL}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
