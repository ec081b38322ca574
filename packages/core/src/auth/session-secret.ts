import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { randomSecret } from './secret-token.js';

/** File name of the generated secret, kept in the folder of the SQLite database. */
export const SESSION_SECRET_FILE = 'session-secret';

/**
 * The secret that signs session cookies. Order:
 * 1. `SHAHRNET_SESSION_SECRET` when set (required for several server processes, or read-only disks);
 * 2. else the file `session-secret` beside the SQLite database (`dirname(SHAHRNET_DB)`, also when
 *    `DATABASE_URL` selects PostgreSQL), created on first use with 256 random bits and mode 0600, so
 *    sessions survive restarts without the operator configuring anything.
 * A generated secret that is unreadable or too short is an error, never silently replaced (replacing it
 * would sign everyone out).
 */
export function resolveSessionSecret(config: Pick<Config, 'SHAHRNET_SESSION_SECRET' | 'SHAHRNET_DB'>): string {
  if (config.SHAHRNET_SESSION_SECRET) return config.SHAHRNET_SESSION_SECRET;
  const file = join(dirname(resolve(config.SHAHRNET_DB)), SESSION_SECRET_FILE);
  let existing: string | undefined;
  try {
    existing = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new AppError('unavailable', `cannot read the session secret ${file}`, [], { cause: error });
    }
  }
  if (existing !== undefined) {
    if (existing.length < 32) {
      throw new AppError('validation_failed', `session secret ${file} is shorter than 32 characters`, [
        { source: file, message: 'delete it to generate a new one (signs everyone out) or set SHAHRNET_SESSION_SECRET' },
      ]);
    }
    return existing;
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomSecret(32);
  // 'wx' fails if another process created the file meanwhile; then use theirs.
  try {
    writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
}
