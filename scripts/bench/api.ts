/**
 * `npm run bench -- api [--json] [--entities N] [--statements M] [--duration S] [--warmup S] [--connections C] [--rate N] [--readers R] [--keep] [--db FILE | --postgres URL]`:
 * HTTP latency and throughput of the entity page and the entity timeline under load, next to a bare Fastify
 * route measured in the same run. Builds a SQLite registry (default 100,000 entities and 1,000,000
 * statements, each statement with a reference; fast bulk insert through prepared statements), starts the
 * REAL server (`startServer`, public read-only so requests need no session) and a bare Fastify app in a
 * child process, and drives both with autocannon from this process over random entity ids.
 * Prints one JSON object: name, p50_ms/p99_ms/req_per_s (entity page), timeline_*, fixed_rate_*, baseline_req_per_s, sizes.
 * The entity page and timeline runs are closed-loop at full speed: each connection sends its next request
 * when the last one is answered, so req_per_s is the most the server gives and p99 is the tail while
 * saturated (on this 2-core machine the load generator shares the cores). `fixed_rate_*` is the entity page
 * at an offered `--rate` (default 1,000 req/s, the target load) over the same number of connections,
 * paced open-loop with latency counted from each request's due time (`pacedLoad`): the latency users see
 * at that load, not at saturation. `fixed_rate_wakeup_*` is how late a thread that does nothing but wake
 * every millisecond woke meanwhile (in this process, on the same cores): the part of the tail that is
 * the machine's scheduling and not the server's work.
 * The server is first driven for `--warmup` seconds (default 10) over the same random pages: the figures are
 * of a server in its steady state. A fresh process is slower for its first seconds (JIT, and the first touch
 * of each page of the memory-mapped database file); with a 2 s warm-up the entity page measured 919 req/s at
 * p99 28 ms, against 1,067-1,205 req/s at p99 20-27 ms for the same build and database after 10 s.
 * `--readers R` gives the server R SQLite reader threads (`SHAHRNET_SQLITE_READERS`; default: the server's
 * default for this machine, printed as `sqlite_readers`), so runs with and without them can be compared.
 * `--db FILE` keeps the database in FILE and reuses it when it already exists (for repeated runs while tuning;
 * the sizes printed are then the ones given, so pass the same --entities/--statements it was built with).
 * `--postgres URL` runs the same measurements with the server on PostgreSQL (`DATABASE_URL`): the same
 * registry goes into a database the benchmark creates on URL's server and drops at the end; `engine`
 * says which ran. PostgreSQL shares the machine's cores with the server and the load generator.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';
import { createPostgresDb, createSqliteDb, loadConfig, migrateToLatest, nameKey, seededRandom } from '@shahrnet/core';
import { createTestDatabase, dropTestDatabase } from '@shahrnet/core/testing/server-postgres.js';
import { startServer } from '@shahrnet/server';
import { argValue } from './lib/args.js';
import { pacedLoad } from './lib/paced-load.js';
import { startWakeupProbe } from './lib/wakeup-probe.js';
import { machine, type MachineFigures } from './lib/machine.js';

/** Result of the API benchmark (snake_case keys, as printed). */
export interface ApiBenchResult {
  name: 'api';
  /** The machine the figures come from (`machine`). */
  machine: MachineFigures;
  /** The database the server ran on (`--postgres`: a PostgreSQL server; else an embedded SQLite file). */
  engine: 'sqlite' | 'postgres';
  entities: number;
  statements: number;
  references: number;
  db_bytes: number;
  build_seconds: number;
  connections: number;
  /** SQLite reader threads the server ran with (0 on PostgreSQL). */
  sqlite_readers: number;
  duration_s: number;
  warmup_s: number;
  p50_ms: number;
  p99_ms: number;
  req_per_s: number;
  timeline_p50_ms: number;
  timeline_p99_ms: number;
  timeline_req_per_s: number;
  /** The offered rate of the fixed-rate run (req/s, `--rate`). */
  fixed_rate: number;
  fixed_rate_p50_ms: number;
  fixed_rate_p99_ms: number;
  fixed_rate_req_per_s: number;
  /** How late an idle thread of the load generator's process woke during the fixed-rate run (`startWakeupProbe`). */
  fixed_rate_wakeup_p99_ms: number;
  fixed_rate_wakeup_max_ms: number;
  baseline_p50_ms: number;
  baseline_p99_ms: number;
  baseline_req_per_s: number;
  errors: number;
  non_2xx: number;
}

const TYPES = ['person', 'person', 'person', 'person', 'person', 'person', 'city', 'city', 'organization', 'event'] as const;
const ROLES = ['member', 'member', 'member', 'mayor', 'board_member', 'vice_president', 'president'] as const;

function size(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

type Row = (string | number | null)[];

const ENTITY_COLUMNS = ['id', 'type', 'label_fa', 'label_en', 'sort_key', 'attributes', 'merged_into', 'version', 'created_at', 'updated_at'];
const NAME_COLUMNS = ['id', 'entity_id', 'position', 'lang', 'text', 'kind', 'key'];
const SOURCE_COLUMNS = ['id', 'url', 'title', 'publisher', 'published', 'created_at'];
const STATEMENT_COLUMNS = ['id', 'kind', 'subject_id', 'object_id', 'role', 'ordinal', 'start_date', 'start_precision', 'start_calendar',
  'end_date', 'end_precision', 'end_calendar', 'rank', 'status', 'data', 'version', 'created_at', 'updated_at'];
const REFERENCE_COLUMNS = ['id', 'statement_id', 'source_id', 'quote', 'extractor_version', 'confidence', 'created_at'];

/** The tables the registry fills, in insert order, with the columns of their rows. */
const TABLES = {
  entities: ENTITY_COLUMNS,
  entity_names: NAME_COLUMNS,
  sources: SOURCE_COLUMNS,
  statements: STATEMENT_COLUMNS,
  statement_references: REFERENCE_COLUMNS,
} as const;

/** Rows of some of the tables, each in its table's column order. */
type RegistryChunk = Partial<Record<keyof typeof TABLES, Row[]>>;

/**
 * The benchmark's registry as chunks of rows (the same rows for the same sizes, whichever engine takes
 * them): `entities` entities with a fa and an en name; `statements` accepted statements (60% memberships
 * of a city or organization with a role, 30% participations in an event, 10% seats), each with one
 * reference to one of `statements / 50` sources; persons are subjects as often as anything else, so
 * organizations, cities and events collect 20-40 statements each and persons about 10.
 */
function* registryChunks(entities: number, statements: number): Generator<RegistryChunk> {
  const now = new Date().toISOString();
  const rnd = seededRandom(42);
  const pick = (n: number): number => Math.floor(rnd() * n);
  const byType = new Map<string, number[]>();
  const entityRows: Row[] = [];
  const nameRows: Row[] = [];
  for (let i = 0; i < entities; i++) {
    const type = TYPES[i % TYPES.length] as string;
    const id = `e${i}`;
    const en = `${type} ${i}`;
    const fa = `موجودیت ${i}`;
    entityRows.push([id, type, fa, en, nameKey(fa), '{}', null, 1, now, now]);
    nameRows.push([`n${i}a`, id, 0, 'fa', fa, 'official', nameKey(fa)], [`n${i}b`, id, 1, 'en', en, 'official', nameKey(en)]);
    // Appended in place: copying the list for every entity made building quadratic in the entity count.
    const list = byType.get(type) ?? [];
    list.push(i);
    byType.set(type, list);
  }
  yield { entities: entityRows, entity_names: nameRows };
  const sources = Math.max(1, Math.floor(statements / 50));
  const sourceRows: Row[] = [];
  for (let i = 0; i < sources; i++) {
    sourceRows.push([`src${i}`, `https://news.example/${i}`, `گزارش ${i}`, `site${i % 40}.example`, `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, now]);
  }
  yield { sources: sourceRows };
  const bodies = [...(byType.get('organization') ?? []), ...(byType.get('city') ?? [])];
  const events = byType.get('event') ?? [];
  for (let from = 0; from < statements; from += 50_000) {
    const statementRows: Row[] = [];
    const referenceRows: Row[] = [];
    for (let i = from; i < Math.min(statements, from + 50_000); i++) {
      const id = `s${i}`;
      const subject = pick(entities);
      const r = rnd();
      let kind = 'membership';
      let object: number;
      let role: string | null = null;
      if (r < 0.6 && bodies.length) {
        object = bodies[pick(bodies.length)] as number;
        role = ROLES[pick(ROLES.length)] as string;
      } else if (r < 0.9 && events.length) {
        kind = 'participation';
        object = events[pick(events.length)] as number;
      } else {
        kind = 'seat';
        object = bodies[pick(bodies.length)] ?? pick(entities);
      }
      const year = 1990 + pick(35);
      const month = 1 + pick(12);
      const start = rnd() < 0.3 ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
      const ended = rnd() < 0.5;
      const end = ended ? String(year + 1 + pick(6)) : null;
      statementRows.push([id, kind, `e${subject}`, `e${object}`, role, role === 'member' && rnd() < 0.2 ? 1 + pick(150) : null,
        start, start.length === 4 ? 'year' : 'month', 'gregorian', end, end ? 'year' : null, end ? 'gregorian' : null,
        'normal', 'accepted', '{}', 1, now, now]);
      referenceRows.push([`r${i}`, id, `src${pick(sources)}`, `جمله‌ای از گزارش شماره ${i} درباره این رویداد.`, 'bench', 0.9, now]);
    }
    yield { statements: statementRows, statement_references: referenceRows };
  }
}

const TABLE_ENTRIES = Object.entries(TABLES) as [keyof typeof TABLES, readonly string[]][];

/** Fills a migrated SQLite file with the benchmark's registry (`registryChunks`), through prepared statements, one transaction per chunk. */
export function buildRegistry(file: string, entities: number, statements: number, log: (l: string) => void): { references: number } {
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const inserts = TABLE_ENTRIES.map(([table, columns]) => [table, raw.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)] as const);
  let written = 0;
  for (const chunk of registryChunks(entities, statements)) {
    raw.transaction(() => { for (const [table, insert] of inserts) for (const row of chunk[table] ?? []) insert.run(row); })();
    written += chunk.statements?.length ?? 0;
    if (written > 0 && written % 250_000 === 0) log(`statements: ${written}/${statements}`);
  }
  raw.exec('ANALYZE');
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return { references: statements };
}

/** The PostgreSQL array type of each column that is not text, for `unnest` inserts. */
const PG_TYPES: Record<string, string> = { position: 'int', version: 'int', ordinal: 'int', confidence: 'float8' };

/**
 * Fills a migrated PostgreSQL database with the same registry as `buildRegistry`: each chunk's rows of a
 * table go in as one `INSERT ... SELECT FROM unnest($1::text[], ...)`, a column array per parameter (a
 * few statements per 50,000 rows instead of a row or a parameter list each), then ANALYZE.
 */
export async function buildRegistryPostgres(url: string, entities: number, statements: number, log: (l: string) => void): Promise<{ references: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let written = 0;
    for (const chunk of registryChunks(entities, statements)) {
      await client.query('BEGIN');
      for (const [table, columns] of TABLE_ENTRIES) {
        const rows = chunk[table];
        if (!rows?.length) continue;
        const arrays = columns.map((_, c) => rows.map((row) => row[c] ?? null));
        const unnest = columns.map((column, c) => `$${c + 1}::${PG_TYPES[column] ?? 'text'}[]`).join(', ');
        await client.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${unnest})`, arrays);
      }
      await client.query('COMMIT');
      written += chunk.statements?.length ?? 0;
      if (written > 0 && written % 250_000 === 0) log(`statements: ${written}/${statements}`);
    }
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
  return { references: statements };
}

/**
 * Child mode: the real server on the database and a bare Fastify app; reports both ports to the parent.
 * `target` is a SQLite file or a PostgreSQL URL.
 */
async function serve(target: string, readers: string): Promise<void> {
  const config = loadConfig({
    ...(/^postgres(ql)?:/.test(target) ? { DATABASE_URL: target } : { SHAHRNET_DB: target }),
    PORT: '0',
    HOST: '127.0.0.1',
    SHAHRNET_PUBLIC_READ: 'true',
    SHAHRNET_LOG_LEVEL: 'silent',
    SHAHRNET_SQLITE_READERS: readers,
    SHAHRNET_SESSION_SECRET: 'bench session secret that is long enough to sign',
  });
  const server = await startServer(config, { webDist: join(tmpdir(), 'shahrnet-no-web-build') });
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ status: 'ok' }));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  process.send?.({ api: server.url, bare: bareUrl });
  process.on('message', async () => {
    await bare.close();
    await server.close();
    process.exit(0);
  });
}

interface Measured {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
}

async function measure(url: string, paths: () => string, connections: number, duration: number): Promise<Measured> {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths() }) }],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Builds the database, runs the three measurements and returns the figures; removes the database unless `keep`. */
export async function runApiBench(opts: {
  entities?: number;
  statements?: number;
  duration?: number;
  /** Seconds of load on the entity page before measuring (default 10). */
  warmup?: number;
  connections?: number;
  /** Offered rate of the fixed-rate entity page run, req/s (default 1000). */
  rate?: number;
  /** SQLite reader threads of the server (default: the server's default). */
  readers?: number;
  keep?: boolean;
  /** Reuse (or build and keep) the database in this file. */
  db?: string;
  /**
   * Run on PostgreSQL instead: the URL of a server's database, next to which a database of the
   * benchmark's own is created, filled and dropped at the end (kept with `keep`, and its URL logged).
   */
  postgres?: string;
  log?: (l: string) => void;
}): Promise<ApiBenchResult> {
  const entities = opts.entities ?? 100_000;
  const statements = opts.statements ?? 1_000_000;
  const duration = opts.duration ?? 10;
  const warmup = opts.warmup ?? 10;
  const connections = opts.connections ?? 10;
  const rate = opts.rate ?? 1000;
  const engine = opts.postgres ? 'postgres' : 'sqlite';
  const readers = engine === 'postgres' ? 0 : (opts.readers ?? loadConfig({}).SHAHRNET_SQLITE_READERS);
  const log = opts.log ?? (() => undefined);
  const dir = opts.db || opts.postgres ? undefined : mkdtempSync(join(tmpdir(), 'shahrnet-bench-api-'));
  const file = opts.db ?? join(dir ?? tmpdir(), 'api.sqlite');
  const reuse = engine === 'sqlite' && opts.db !== undefined && existsSync(opts.db);
  let child: ChildProcess | undefined;
  let pgDatabase: { name: string; url: string } | undefined;
  try {
    if (opts.postgres) pgDatabase = await createTestDatabase(opts.postgres, 'shahrnet_bench_api');
    const handle = pgDatabase ? createPostgresDb(pgDatabase.url) : createSqliteDb(file);
    await migrateToLatest(handle.db);
    await handle.close();
    const started = performance.now();
    const { references } = pgDatabase
      ? await buildRegistryPostgres(pgDatabase.url, entities, statements, log)
      : reuse ? { references: statements } : buildRegistry(file, entities, statements, log);
    const buildSeconds = (performance.now() - started) / 1000;
    log(`built in ${buildSeconds.toFixed(0)} s`);
    const dbBytes = pgDatabase ? await postgresDatabaseBytes(pgDatabase.url) : size(file) + size(`${file}-wal`);

    child = fork(fileURLToPath(import.meta.url), ['--serve', pgDatabase?.url ?? file, String(readers)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const urls = await new Promise<{ api: string; bare: string }>((resolve, reject) => {
      child?.once('message', (m) => resolve(m as { api: string; bare: string }));
      child?.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const rnd = seededRandom(7);
    const randomEntity = (): string => `e${Math.floor(rnd() * entities)}`;
    // Warm up: JIT, SQLite page cache, the mapped pages of the database file.
    await measure(urls.api, () => `/api/entities/${randomEntity()}`, connections, warmup);
    const bare = await measure(urls.bare, () => '/bare', connections, duration);
    log(`bare: ${bare.rps} req/s`);
    const page = await measure(urls.api, () => `/api/entities/${randomEntity()}`, connections, duration);
    log(`entity page: ${page.rps} req/s, p99 ${page.p99} ms`);
    const timeline = await measure(urls.api, () => `/api/entities/${randomEntity()}/timeline`, connections, duration);
    log(`timeline: ${timeline.rps} req/s, p99 ${timeline.p99} ms`);
    const probe = startWakeupProbe();
    const fixed = await pacedLoad({ url: urls.api, path: () => `/api/entities/${randomEntity()}`, rate, durationS: duration, connections });
    const wakeup = await probe.stop();
    log(`entity page at ${rate} req/s offered: ${fixed.rps} req/s, p99 ${fixed.p99} ms; idle thread woke up to ${wakeup.max} ms late`);
    return {
      name: 'api',
      machine: machine(),
      engine,
      entities,
      statements,
      references,
      db_bytes: dbBytes,
      build_seconds: Math.round(buildSeconds),
      connections,
      sqlite_readers: readers,
      duration_s: duration,
      warmup_s: warmup,
      p50_ms: page.p50,
      p99_ms: page.p99,
      req_per_s: page.rps,
      timeline_p50_ms: timeline.p50,
      timeline_p99_ms: timeline.p99,
      timeline_req_per_s: timeline.rps,
      fixed_rate: rate,
      fixed_rate_p50_ms: fixed.p50,
      fixed_rate_p99_ms: fixed.p99,
      fixed_rate_req_per_s: fixed.rps,
      fixed_rate_wakeup_p99_ms: wakeup.p99,
      fixed_rate_wakeup_max_ms: wakeup.max,
      baseline_p50_ms: bare.p50,
      baseline_p99_ms: bare.p99,
      baseline_req_per_s: bare.rps,
      errors: page.errors + timeline.errors + bare.errors + fixed.errors,
      non_2xx: page.non2xx + timeline.non2xx + bare.non2xx + fixed.non2xx,
    };
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.send('stop');
      await exited;
    }
    if (!opts.keep && dir) rmSync(dir, { recursive: true, force: true });
    if (pgDatabase && opts.keep) log(`kept ${pgDatabase.url}`);
    else if (pgDatabase && opts.postgres) await dropTestDatabase(opts.postgres, pgDatabase.name);
  }
}

/** The size of a PostgreSQL database on disk (tables, indexes, TOAST), as the server counts it. */
async function postgresDatabaseBytes(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
    return Number(rows[0]?.bytes ?? 0);
  } finally {
    await client.end();
  }
}


if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args[0] === '--serve' && args[1] && args[2]) {
    await serve(args[1], args[2]);
  } else {
    const num = (name: string, fallback: number): number => Number(argValue(args, name) ?? fallback);
    const options = {
      entities: num('--entities', 100_000),
      statements: num('--statements', 1_000_000),
      duration: num('--duration', 10),
      warmup: num('--warmup', 10),
      connections: num('--connections', 10),
      rate: num('--rate', 1000),
    };
    if (Object.values(options).some((v) => !Number.isInteger(v) || v < 1)) {
      process.stderr.write('usage: api.ts [--json] [--entities N] [--statements M] [--duration S] [--warmup S] [--connections C] [--rate N] [--readers R] [--keep] [--db FILE | --postgres URL]\n');
      process.exit(2);
    }
    const readersArg = argValue(args, '--readers');
    const readers = readersArg === undefined ? undefined : Number(readersArg);
    if (readers !== undefined && (!Number.isInteger(readers) || readers < 0)) {
      process.stderr.write('--readers takes a whole number >= 0\n');
      process.exit(2);
    }
    const db = argValue(args, '--db');
    const postgres = argValue(args, '--postgres');
    if (postgres !== undefined && (!/^postgres(ql)?:\/\//.test(postgres) || db !== undefined || readers !== undefined)) {
      process.stderr.write('--postgres takes a postgres:// URL, and neither --db nor --readers with it\n');
      process.exit(2);
    }
    const result = await runApiBench({ ...options, ...(readers !== undefined ? { readers } : {}), keep: args.includes('--keep'), ...(db ? { db } : {}), ...(postgres ? { postgres } : {}), log: (l) => process.stderr.write(`bench api: ${l}\n`) });
    process.stdout.write(args.includes('--json') ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
  }
}
