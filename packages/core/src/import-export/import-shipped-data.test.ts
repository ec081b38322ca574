import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { defaultDataDir } from '../data-format/read-shipped-data.js';
import { IMPORT_ACTOR } from '../domain/actor.js';
import { getEntity } from '../registry/get-entity.js';
import { searchEntities } from '../registry/search-entities.js';
import { createEntity } from '../registry/create-entity.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, rejection } from '../testing/factories.js';
import { importShippedData, isRegistryEmpty } from './import-shipped-data.js';

const tmp = mkdtempSync(join(tmpdir(), 'shahrnet-shipped-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string[]>): string {
  const dir = join(tmp, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, lines] of Object.entries(files)) writeFileSync(join(dir, file), lines.join('\n') + '\n');
  return dir;
}

const city = (id: string, fa: string, en: string): string =>
  JSON.stringify({ type: 'city', id, country: 'IR', names: [{ lang: 'fa', text: fa }, { lang: 'en', text: en }] });
const country = JSON.stringify({ type: 'country', id: 'iran', iso2: 'IR', names: [{ lang: 'fa', text: 'ایران' }, { lang: 'en', text: 'Iran' }] });

forEachDialect('importShippedData', (getDb) => {
  it('loads the repository data, keeps ids, and a re-import changes nothing', { timeout: 120_000 }, async () => {
    const { db } = getDb();
    expect(await isRegistryEmpty(db)).toBe(true);
    let last = 0;
    const first = await importShippedData(db, defaultDataDir(), IMPORT_ACTOR, { onProgress: (done) => (last = done) });
    expect(first.entities.created).toBeGreaterThan(600);
    expect(first.statements.created).toBeGreaterThan(60);
    expect(last).toBe(first.entities.created + first.statements.created);
    expect(await isRegistryEmpty(db)).toBe(false);

    const tehran = await getEntity(db, 'tehran');
    expect(tehran.entity.labels).toEqual({ fa: 'تهران', en: 'Tehran' });
    const mayors = tehran.groups.find((g) => g.kind === 'membership' && g.as === 'object');
    expect(mayors?.statements.some((s) => s.role === 'mayor' && s.postId === 'mayor-of-tehran')).toBe(true);
    expect(mayors?.statements.every((s) => s.references.length > 0)).toBe(true);
    expect((await searchEntities(db, { q: 'تهران', types: ['city'] })).items[0]?.id).toBe('tehran');

    const historyBefore = await db.selectFrom('history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const again = await importShippedData(db, defaultDataDir(), IMPORT_ACTOR);
    expect(again.entities).toEqual({ created: 0, updated: 0, unchanged: first.entities.created });
    expect(again.statements).toEqual({ created: 0, updated: 0, unchanged: first.statements.created });
    const historyAfter = await db.selectFrom('history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(historyAfter.n)).toBe(Number(historyBefore.n));
  });

  it('reports a bad row with file and line and imports nothing', async () => {
    const { db } = getDb();
    const dir = folder('bad', {
      'countries.jsonl': [country],
      'cities.jsonl': [city('qom', 'قم', 'Qom'), '{"type":"city","id":"Bad Id","country":"IR","names":[]}'],
    });
    const err = await rejection(importShippedData(db, dir, IMPORT_ACTOR));
    expect(err.code).toBe('validation_failed');
    expect(err.details.some((d) => d.source === 'cities.jsonl' && d.line === 2)).toBe(true);
    expect(await isRegistryEmpty(db)).toBe(true);
  });

  it('rolls the whole dataset back when a record conflicts with stored data', async () => {
    const { db } = getDb();
    await createEntity(db, { id: 'arak', type: 'person', names: [{ lang: 'en', text: 'Someone' }] }, change());
    const dir = folder('conflict', {
      'countries.jsonl': [country],
      'cities.jsonl': [city('qom', 'قم', 'Qom'), city('arak', 'اراک', 'Arak')],
    });
    const err = await rejection(importShippedData(db, dir, IMPORT_ACTOR));
    expect(err.code).toBe('conflict');
    expect(err.details[0]).toMatchObject({ source: 'cities.jsonl', path: ['arak', 'type'] });
    expect(await db.selectFrom('entities').select('id').where('id', 'in', ['iran', 'qom']).execute()).toEqual([]);
  });

  it('updates a changed record with history', async () => {
    const { db } = getDb();
    const v1 = folder('v1', { 'countries.jsonl': [country], 'cities.jsonl': [city('qom', 'قم', 'Qom')] });
    await importShippedData(db, v1, IMPORT_ACTOR);
    const v2 = folder('v2', { 'countries.jsonl': [country], 'cities.jsonl': [city('qom', 'قم', 'Qom City')] });
    const r = await importShippedData(db, v2, IMPORT_ACTOR);
    expect(r.entities).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect((await getEntity(db, 'qom')).entity.labels.en).toBe('Qom City');
  });
});
