/**
 * `npm run bench -- api [--json] [--entities N] [--statements M] [--duration S] [--warmup S] [--connections C] [--rate N] [--readers R] [--keep] [--db FILE]`:
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
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import Fastify from 'fastify';
import { createSqliteDb, loadConfig, migrateToLatest, nameKey, seededRandom } from '@shahrnet/core';
import { startServer } from '@shahrnet/server';
import { argValue } from './lib/args.js';
import { pacedLoad } from './lib/paced-load.js';
import { startWakeupProbe } from './lib/wakeup-probe.js';

/** Result of the API benchmark (snake_case keys, as printed). */
export interface ApiBenchResult {
  name: 'api';
  entities: number;
  statements: number;
  references: number;
  db_bytes: number;
  build_seconds: number;
  connections: number;
  /** SQLite reader threads the server ran with. */
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

/** Fills a migrated SQLite file with `entities` entities (fa+en names) and `statements` statements, each with one reference. */
export function buildRegistry(file: string, entities: number, statements: number, log: (l: string) => void): { references: number } {
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const now = new Date().toISOString();
  const insEntity = raw.prepare(`INSERT INTO entities (id, type, label_fa, label_en, sort_key, attributes, merged_into, version, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, '{}', NULL, 1, ?, ?)`);
  const insName = raw.prepare(`INSERT INTO entity_names (id, entity_id, position, lang, text, kind, key) VALUES (?, ?, ?, ?, ?, 'official', ?)`);
  const insSource = raw.prepare(`INSERT INTO sources (id, url, title, publisher, published, created_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const insStatement = raw.prepare(`INSERT INTO statements (id, kind, subject_id, object_id, role, ordinal, start_date, start_precision, start_calendar,
    end_date, end_precision, end_calendar, rank, status, data, version, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'gregorian', ?, ?, ?, 'normal', 'accepted', '{}', 1, ?, ?)`);
  const insRef = raw.prepare(`INSERT INTO statement_references (id, statement_id, source_id, quote, extractor_version, confidence, created_at)
    VALUES (?, ?, ?, ?, 'bench', 0.9, ?)`);
  const rnd = seededRandom(42);
  const pick = (n: number): number => Math.floor(rnd() * n);
  const typeOf: string[] = [];
  const byType = new Map<string, number[]>();
  raw.transaction(() => {
    for (let i = 0; i < entities; i++) {
      const type = TYPES[i % TYPES.length] as string;
      const id = `e${i}`;
      const en = `${type} ${i}`;
      const fa = `موجودیت ${i}`;
      insEntity.run(id, type, fa, en, nameKey(fa), now, now);
      insName.run(`n${i}a`, id, 0, 'fa', fa, nameKey(fa));
      insName.run(`n${i}b`, id, 1, 'en', en, nameKey(en));
      typeOf.push(type);
      // Appended in place: copying the list for every entity made building quadratic in the entity count.
      const list = byType.get(type) ?? [];
      list.push(i);
      byType.set(type, list);
    }
  })();
  log(`entities: ${entities}`);
  const sources = Math.max(1, Math.floor(statements / 50));
  raw.transaction(() => {
    for (let i = 0; i < sources; i++) {
      insSource.run(`src${i}`, `https://news.example/${i}`, `گزارش ${i}`, `site${i % 40}.example`, `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, now);
    }
  })();
  const bodies = [...(byType.get('organization') ?? []), ...(byType.get('city') ?? [])];
  const events = byType.get('event') ?? [];
  const batch = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
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
      insStatement.run(id, kind, `e${subject}`, `e${object}`, role, role === 'member' && rnd() < 0.2 ? 1 + pick(150) : null,
        start, start.length === 4 ? 'year' : 'month', end, end ? 'year' : null, end ? 'gregorian' : null, now, now);
      insRef.run(`r${i}`, id, `src${pick(sources)}`, `جمله‌ای از گزارش شماره ${i} درباره این رویداد.`, now);
    }
  });
  for (let i = 0; i < statements; i += 50_000) {
    batch(i, Math.min(statements, i + 50_000));
    if ((i + 50_000) % 250_000 === 0) log(`statements: ${Math.min(statements, i + 50_000)}/${statements}`);
  }
  raw.exec('ANALYZE');
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  void typeOf;
  return { references: statements };
}

/** Child mode: the real server on the database and a bare Fastify app; reports both ports to the parent. */
async function serve(file: string, readers: string): Promise<void> {
  const config = loadConfig({
    SHAHRNET_DB: file,
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
  log?: (l: string) => void;
}): Promise<ApiBenchResult> {
  const entities = opts.entities ?? 100_000;
  const statements = opts.statements ?? 1_000_000;
  const duration = opts.duration ?? 10;
  const warmup = opts.warmup ?? 10;
  const connections = opts.connections ?? 10;
  const rate = opts.rate ?? 1000;
  const readers = opts.readers ?? loadConfig({}).SHAHRNET_SQLITE_READERS;
  const log = opts.log ?? (() => undefined);
  const dir = opts.db ? undefined : mkdtempSync(join(tmpdir(), 'shahrnet-bench-api-'));
  const file = opts.db ?? join(dir as string, 'api.sqlite');
  const reuse = opts.db !== undefined && existsSync(opts.db);
  let child: ChildProcess | undefined;
  try {
    const handle = createSqliteDb(file);
    await migrateToLatest(handle.db);
    await handle.close();
    const started = performance.now();
    const { references } = reuse ? { references: statements } : buildRegistry(file, entities, statements, log);
    const buildSeconds = (performance.now() - started) / 1000;
    log(`built in ${buildSeconds.toFixed(0)} s`);
    const dbBytes = size(file) + size(`${file}-wal`);

    child = fork(fileURLToPath(import.meta.url), ['--serve', file, String(readers)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
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
      process.stderr.write('usage: api.ts [--json] [--entities N] [--statements M] [--duration S] [--warmup S] [--connections C] [--rate N] [--readers R] [--keep] [--db FILE]\n');
      process.exit(2);
    }
    const readersArg = argValue(args, '--readers');
    const readers = readersArg === undefined ? undefined : Number(readersArg);
    if (readers !== undefined && (!Number.isInteger(readers) || readers < 0)) {
      process.stderr.write('--readers takes a whole number >= 0\n');
      process.exit(2);
    }
    const db = argValue(args, '--db');
    const result = await runApiBench({ ...options, ...(readers !== undefined ? { readers } : {}), keep: args.includes('--keep'), ...(db ? { db } : {}), log: (l) => process.stderr.write(`bench api: ${l}\n`) });
    process.stdout.write(args.includes('--json') ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
  }
}
