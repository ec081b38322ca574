import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import { resolveSessionSecret, SESSION_SECRET_FILE } from './session-secret.js';

describe('resolveSessionSecret', () => {
  const dirs: string[] = [];
  const tempDb = () => {
    const dir = mkdtempSync(join(tmpdir(), 'shahrnet-secret-'));
    dirs.push(dir);
    return { dir, SHAHRNET_DB: join(dir, 'sub', 'shahrnet.sqlite') };
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('prefers SHAHRNET_SESSION_SECRET and writes no file', () => {
    const { dir, SHAHRNET_DB } = tempDb();
    const secret = 'x'.repeat(40);
    expect(resolveSessionSecret({ SHAHRNET_DB, SHAHRNET_SESSION_SECRET: secret })).toBe(secret);
    expect(() => statSync(join(dir, 'sub', SESSION_SECRET_FILE))).toThrow();
  });

  it('generates a secret once beside the database, mode 0600, and reuses it', () => {
    const { dir, SHAHRNET_DB } = tempDb();
    const first = resolveSessionSecret({ SHAHRNET_DB, SHAHRNET_SESSION_SECRET: undefined });
    const file = join(dir, 'sub', SESSION_SECRET_FILE);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(resolveSessionSecret({ SHAHRNET_DB, SHAHRNET_SESSION_SECRET: undefined })).toBe(first);
  });

  it('refuses a damaged secret file instead of silently replacing it', () => {
    const { dir, SHAHRNET_DB } = tempDb();
    resolveSessionSecret({ SHAHRNET_DB, SHAHRNET_SESSION_SECRET: undefined });
    writeFileSync(join(dir, 'sub', SESSION_SECRET_FILE), 'short');
    expect(() => resolveSessionSecret({ SHAHRNET_DB, SHAHRNET_SESSION_SECRET: undefined })).toThrow(/shorter than 32/);
  });
});
