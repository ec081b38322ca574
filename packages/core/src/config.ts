import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { AppError } from './errors.js';

/**
 * The single place that reads the environment. Every variable Shahrnet understands is declared here,
 * with its default and meaning; the README's configuration table is generated from `CONFIG_DOC`.
 * `loadConfig` reports every problem at once and returns a frozen object; nothing else reads `process.env`.
 */
const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

/**
 * Reader threads the server gives the embedded database by default: one per core, at most 4, none on
 * a single core. The main thread shares a core with them: its part of a page (HTTP, sending the JSON
 * the database wrote) took about 40 % of the reader's CPU (2.8-3.0 s against 7.1-7.6 s per 10 s at
 * 1,000 pages/s, the previous machine), and with one reader fewer than cores, the one reader was the
 * queue. On 2 cores at a fixed 1,000 entity pages/s, three alternating 30 s runs each:
 * p99 22.9 / 32.3 / 23.6 ms with one reader, 16.2 / 8.3 / 6.2 ms with two (2026-12-07, `npm run bench
 * -- api --readers R --duration 30`).
 */
const defaultReaders = availableParallelism() < 2 ? 0 : Math.min(4, availableParallelism());

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  SHAHRNET_DB: z.string().min(1).default('./var/shahrnet.sqlite'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SHAHRNET_SQLITE_READERS: z.coerce.number().int().min(0).max(16).default(defaultReaders),
  SHAHRNET_DATA_DIR: z.string().min(1).optional(),
  SHAHRNET_PUBLIC_READ: bool.default(false),
  SHAHRNET_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SHAHRNET_SECURE_COOKIES: bool.default(false),
  SHAHRNET_BODY_LIMIT: z.coerce.number().int().positive().default(1_048_576),
  SHAHRNET_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHAHRNET_AUTO_ACCEPT: z
    .string()
    .regex(/^(off|\d(\.\d+)?:\d+)$/, 'off, or CONFIDENCE:SOURCES such as 0.9:2')
    .default('off'),
});

/** What each variable means, for `--help` and the README table. Keys match the schema. */
export const CONFIG_DOC: Record<keyof z.input<typeof schema>, string> = {
  PORT: 'HTTP port (default 8080).',
  HOST: 'HTTP bind address (default 127.0.0.1).',
  SHAHRNET_DB: 'Path of the embedded SQLite database (default ./var/shahrnet.sqlite). Ignored when DATABASE_URL is set.',
  DATABASE_URL: 'PostgreSQL connection URL; when set, PostgreSQL is used instead of SQLite.',
  SHAHRNET_SQLITE_READERS:
    'Threads with read-only connections to the embedded database that run the server\'s heavy reads (entity pages, timelines, article search) beside the main thread (default: one per core, at most 4, none on a single core; 0 runs every query on the main thread). Ignored when DATABASE_URL is set.',
  SHAHRNET_DATA_DIR: 'Folder of the shipped dataset loaded on first run (default: the repository\'s data/).',
  SHAHRNET_PUBLIC_READ: 'When true, anonymous visitors may read (never write). Default false.',
  SHAHRNET_SESSION_SECRET: 'Secret (>= 32 chars) that signs session cookies. Default: generated once and kept beside the SQLite file.',
  SHAHRNET_SECURE_COOKIES: 'Mark cookies Secure (set true behind HTTPS). Default false.',
  SHAHRNET_BODY_LIMIT: 'Maximum request body in bytes (default 1048576).',
  SHAHRNET_LOG_LEVEL: 'Log level: fatal, error, warn, info, debug, trace or silent (default info).',
  SHAHRNET_AUTO_ACCEPT: 'Auto-accept policy for extracted claims: off (default) or CONFIDENCE:SOURCES, e.g. 0.9:2.',
};

/** The parsed, frozen configuration. */
export type Config = Readonly<z.output<typeof schema>>;

/**
 * Parses an environment (default `process.env`). Throws one `AppError('validation_failed')` listing
 * every invalid variable, so an operator fixes them all in one go.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, env[k]]));
  const result = schema.safeParse(picked);
  if (!result.success) {
    const details = result.error.issues.map((i) => ({ source: String(i.path[0]), message: i.message }));
    throw new AppError(
      'validation_failed',
      `invalid configuration: ${details.map((d) => `${d.source}: ${d.message}`).join('; ')}`,
      details,
    );
  }
  return Object.freeze(result.data);
}
