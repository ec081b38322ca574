import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSqliteDb, listUsers, signIn } from '@shahrnet/core';
import { main } from '../main.js';
import { readPassword } from './read-password.js';
import { userCommand } from './user.js';

describe('shahrnet user', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shahrnet-cli-user-'));
    vi.stubEnv('SHAHRNET_DB', join(dir, 'db.sqlite'));
    vi.stubEnv('DATABASE_URL', '');
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });
  const run = (...args: string[]) => main(['node', 'shahrnet', ...args], [userCommand]);

  it('adds an admin whose password works, lists and disables accounts', async () => {
    const stdin = Readable.from(['first admin pass\n']) as unknown as typeof process.stdin;
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(stdin);
    expect(await run('user', 'add', '--admin', 'Root', '--password-stdin', '--display-name', 'مدیر')).toBe(0);
    expect(out.join('')).toContain('created admin root');

    const handle = createSqliteDb(join(dir, 'db.sqlite'));
    try {
      const users = await listUsers(handle.db);
      expect(users).toMatchObject([{ username: 'root', role: 'admin', displayName: 'مدیر' }]);
      const { session } = await signIn(handle.db, { username: 'root', password: 'first admin pass' });
      expect(session.user.role).toBe('admin');
    } finally {
      await handle.close();
    }

    vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from(['editor pass 1\n']) as unknown as typeof process.stdin);
    expect(await run('user', 'add', 'sara', '--role', 'editor', '--password-stdin')).toBe(0);
    out.length = 0;
    expect(await run('user', 'list')).toBe(0);
    expect(out.join('')).toMatch(/root\tadmin\tactive[\s\S]*sara\teditor\tactive/);
    expect(await run('user', 'disable', 'sara')).toBe(0);
    expect(await run('user', 'disable', 'root')).toBe(1);
    expect(err.join('')).toContain('error[conflict]');
  });

  it('rejects bad arguments with exit code 2 and a one-line error', async () => {
    expect(await run('user', 'add', 'ok-name', '--role', 'boss', '--password-stdin')).toBe(2);
    expect(err.join('')).toMatch(/error\[validation_failed\].*role/);
    err.length = 0;
    expect(await run('user', 'add', 'ok-name', '--admin', '--role', 'viewer')).toBe(2);
    expect(err.join('')).toContain('--admin and --role disagree');
  });
});

describe('readPassword', () => {
  it('reads standard input without its final newline', async () => {
    const input = Readable.from(['pass word\n']) as unknown as NodeJS.ReadStream;
    expect(await readPassword({ fromStdin: true, input })).toBe('pass word');
  });

  it('refuses to prompt without a terminal', async () => {
    const input = Readable.from([]) as unknown as NodeJS.ReadStream;
    await expect(readPassword({ fromStdin: false, input })).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
