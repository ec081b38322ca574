import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, defaultDataDir, loadConfig } from '@shahrnet/core';
import { createTestDatabase, dropTestDatabase, requireServerPostgres } from '@shahrnet/core/testing/server-postgres.js';
import { main } from '../main.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { migrateCommand } from './migrate.js';

const commands = [migrateCommand, importCommand, exportCommand];

/** A fresh database for one CLI run: a SQLite file, or a new database on the PostgreSQL server. */
interface Target {
  env: Record<string, string>;
  drop(): Promise<void>;
}

async function sqliteTarget(dir: string, name: string): Promise<Target> {
  return { env: { SHAHRNET_DB: join(dir, `${name}.sqlite`), DATABASE_URL: '' }, drop: async () => {} };
}

async function postgresTarget(): Promise<Target> {
  const base = await requireServerPostgres();
  const { name, url } = await createTestDatabase(base, 'shahrnet_cli');
  return { env: { DATABASE_URL: url }, drop: () => dropTestDatabase(base, name) };
}

describe.each([
  ['sqlite', sqliteTarget],
  ['postgres', (_dir: string, _name: string) => postgresTarget()],
] as const)('shahrnet import / export on %s', (_dialect, makeTarget) => {
  let dir: string;
  let out: string[];
  let err: string[];
  const targets: Target[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shahrnet-cli-io-'));
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    for (const t of targets.splice(0)) await t.drop();
    rmSync(dir, { recursive: true, force: true });
  });
  const use = async (name: string): Promise<void> => {
    const t = await makeTarget(dir, name);
    targets.push(t);
    vi.unstubAllEnvs();
    for (const [k, v] of Object.entries(t.env)) vi.stubEnv(k, v);
  };
  const run = (...args: string[]) => main(['node', 'shahrnet', ...args], commands);

  it('export popolo -> import into an empty database -> export reproduces the registry', async () => {
    await use('a');
    expect(await run('migrate')).toBe(0);
    expect(await run('import', defaultDataDir())).toBe(0);
    expect(out.join('')).toMatch(/entities: [1-9]\d* created/);
    out.length = 0;
    // Idempotent: a second import changes nothing.
    expect(await run('import', defaultDataDir())).toBe(0);
    expect(out.join('')).toMatch(/entities: 0 created, 0 updated, [1-9]\d* unchanged; statements: 0 created, 0 updated/);
    const first = join(dir, 'first.json');
    expect(await run('export', 'popolo', '--out', first)).toBe(0);

    await use('b');
    expect(await run('import', first)).toBe(0);
    out.length = 0;
    expect(await run('export', 'popolo')).toBe(0);
    const second = JSON.parse(out.join(''));
    const original = JSON.parse(readFileSync(first, 'utf8'));
    expect(original.persons.length).toBeGreaterThan(0);
    expect(original.memberships.length).toBeGreaterThan(0);
    expect(second).toEqual(original);
  });

  it('reports a bad row with file and line and writes nothing of that import', async () => {
    await use('c');
    const good = readFileSync(join(defaultDataDir(), 'cities.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 3);
    const bad = { ...JSON.parse(good[1] as string), coordinates: { lat: 123, lon: 0 } };
    writeFileSync(join(dir, 'cities.jsonl'), [good[0], JSON.stringify(bad), good[2]].join('\n') + '\n');
    expect(await run('import', join(dir, 'cities.jsonl'))).toBe(2);
    const message = err.join('');
    expect(message).toContain('error[validation_failed]');
    expect(message).toMatch(/cities\.jsonl:2 at coordinates\.lat/);
    const handle = createDb(loadConfig());
    try {
      const row = await handle.db.selectFrom('entities').select(handle.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(row.n)).toBe(0);
    } finally {
      await handle.close();
    }
  });

  it('export ical and export quickstatements write the shipped data\'s events and count what Wikidata cannot take', async () => {
    await use('e');
    expect(await run('import', defaultDataDir())).toBe(0);
    out.length = 0;
    const ics = join(dir, 'events.ics');
    expect(await run('export', 'ical', '--lang', 'en', '--base-url', 'https://shahrnet.example.org/', '--out', ics)).toBe(0);
    const calendar = readFileSync(ics, 'utf8');
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Every event of the shipped data known to the day is in it, with a link to its page.
    const events = readFileSync(join(defaultDataDir(), 'events.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; start?: string });
    // A day in either calendar: a Jalali day is placed on its Gregorian day.
    const byDay = events.filter((e) => /^(jalali:)?\d{4}-\d{2}-\d{2}$/.test(e.start ?? ''));
    expect(byDay.length).toBeGreaterThan(0);
    for (const e of byDay) expect(calendar).toContain(`UID:${e.id}@shahrnet`);
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(byDay.length);
    const unfolded = calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(unfolded.filter((l) => /^URL[;:]/.test(l)).map((l) => l.slice(l.indexOf(':') + 1))).toContain(`https://shahrnet.example.org/entities/${byDay[0]!.id}`);
    expect(await run('export', 'ical', '--lang', 'de')).toBe(2);
    expect(await run('export', 'ical', '--organization', 'no-such-org')).not.toBe(0);

    err.length = 0;
    expect(await run('export', 'quickstatements')).toBe(0);
    // The shipped data carries no Wikidata QIDs yet (data/README.md): nothing to write, all of it counted.
    expect(out.join('')).toBe('');
    expect(err.join('')).toMatch(/^0 Wikidata statements; left out: no_wikidata_id [1-9]\d*/);
  });

  it('export csv rejects an unknown kind with exit code 2', async () => {
    await use('d');
    expect(await run('export', 'csv', '--kind', 'nope')).toBe(2);
    expect(err.join('')).toContain('--kind');
  });
});
