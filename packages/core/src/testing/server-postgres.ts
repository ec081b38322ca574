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

/**
 * Creates a uniquely named database on the server of `baseUrl` through its `postgres` maintenance
 * database, and returns the new database's URL.
 */
export async function createTestDatabase(baseUrl: string, prefix: string): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl(baseUrl) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const target = new URL(baseUrl);
  target.pathname = `/${name}`;
  return { name, url: target.toString() };
}

/**
 * Drops a test database. Pools (ours, pg-boss's) finish closing their connections asynchronously after
 * `end()`; dropping WITH (FORCE) while one is still open kills it, and the FATAL its client receives
 * surfaces as an unhandled error that fails the whole test run. So wait (up to 10 s) until the server
 * shows no session on the database, then drop, forcing only what is left.
 */
export async function dropTestDatabase(baseUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: maintenanceUrl(baseUrl) });
  await admin.connect();
  try {
    for (let i = 0; i < 50; i++) {
      const open = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
      if (open.rows[0]?.n === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function maintenanceUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.pathname = '/postgres';
  return url.toString();
}
