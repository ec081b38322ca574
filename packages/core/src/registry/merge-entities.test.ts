import { expect, it } from 'vitest';
import { listHistory } from '../history/list-history.js';
import { createStatement } from '../statements/create-statement.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, membershipInput, networkInput, personInput } from '../testing/factories.js';
import { createEntity } from './create-entity.js';
import { getEntity } from './get-entity.js';
import { mergeEntities } from './merge-entities.js';
import { searchEntities } from './search-entities.js';
import { unmergeEntity } from './unmerge-entity.js';

forEachDialect('mergeEntities / unmergeEntity', (getDb) => {
  async function seed(): Promise<void> {
    const { db } = getDb();
    await createEntity(db, cityInput('تبریز', 'Tabriz', { id: 'tabriz', identifiers: [{ scheme: 'geonames', value: '113646' }] }), change());
    await createEntity(db, cityInput('تبريز', 'Tebriz', { id: 'tebriz', identifiers: [{ scheme: 'wikidata', value: 'Q80053' }], sources: [{ url: 'https://example.org/tebriz' }] }), change());
    await createEntity(db, networkInput('شبکه', 'Network', { id: 'net' }), change());
    await createEntity(db, personInput('شهردار', 'Mayor', { id: 'mayor' }), change());
    await createStatement(db, membershipInput('tebriz', 'net', { id: 'st-member' }), change());
    await createStatement(db, membershipInput('mayor', 'net', { id: 'st-office', role: 'board_member', onBehalfOfId: 'tebriz' }), change());
  }

  it('moves statements, names and identifiers to the survivor and redirects the loser', async () => {
    const { db } = getDb();
    await seed();
    const survivor = await mergeEntities(db, { survivorId: 'tabriz', loserId: 'tebriz', loserVersion: 1 }, change('duplicate'));
    expect(survivor.allIds).toEqual(['tabriz', 'tebriz']);
    expect(survivor.identifiers).toEqual([{ scheme: 'geonames', value: '113646' }, { scheme: 'wikidata', value: 'Q80053' }]);
    expect(survivor.names.map((n) => `${n.text}:${n.kind}`)).toContain('Tebriz:alias');
    expect(survivor.labels).toEqual({ fa: 'تبریز', en: 'Tabriz' });

    const page = await getEntity(db, 'tebriz');
    expect(page.redirectedFrom).toBe('tebriz');
    expect(page.entity.id).toBe('tabriz');
    expect(page.groups.flatMap((g) => g.statements.map((s) => s.id)).sort()).toEqual(['st-member', 'st-office']);
    expect(page.sources.map((s) => s.url)).toEqual(['https://example.org/tebriz']);
    expect((await searchEntities(db, { q: 'tebriz' })).items.map((i) => i.id)).toEqual(['tabriz']);
    const history = await listHistory(db, 'tabriz');
    expect(history.items[0]).toMatchObject({ action: 'entity.merge', reason: 'duplicate' });
    expect(history.items.some((h) => h.action === 'entity.create' && h.targetId === 'tebriz')).toBe(true);
    await expect(mergeEntities(db, { survivorId: 'tabriz', loserId: 'tebriz' }, change())).rejects.toMatchObject({ code: 'conflict' });
  });

  it('is reversible: unmerge restores the loser, its statements and the survivor', async () => {
    const { db } = getDb();
    await seed();
    const beforeTabriz = (await getEntity(db, 'tabriz')).entity;
    await mergeEntities(db, { survivorId: 'tabriz', loserId: 'tebriz' }, change('dup'));
    const { restored, survivor } = await unmergeEntity(db, 'tebriz', change('not the same city'));
    expect(restored.mergedInto).toBeUndefined();
    expect(restored.identifiers).toEqual([{ scheme: 'wikidata', value: 'Q80053' }]);
    expect(restored.names.map((n) => n.text)).toEqual(['تبريز', 'Tebriz']);
    expect(survivor.names).toEqual(beforeTabriz.names);
    expect(survivor.identifiers).toEqual(beforeTabriz.identifiers);
    expect(survivor.allIds).toEqual(['tabriz']);
    const page = await getEntity(db, 'tebriz');
    expect(page.redirectedFrom).toBeUndefined();
    const office = page.groups.find((g) => g.as === 'on_behalf_of')?.statements[0];
    expect(office?.onBehalfOfId).toBe('tebriz');
    expect(page.groups.find((g) => g.as === 'subject')?.statements[0]?.id).toBe('st-member');
    expect((await getEntity(db, 'tabriz')).sources).toEqual([]);
    expect((await listHistory(db, 'tebriz')).items[0]).toMatchObject({ action: 'entity.unmerge' });
    await expect(unmergeEntity(db, 'tebriz', change())).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses self-merges and different types', async () => {
    const { db } = getDb();
    await seed();
    await expect(mergeEntities(db, { survivorId: 'net', loserId: 'net' }, change())).rejects.toMatchObject({ code: 'conflict' });
    await expect(mergeEntities(db, { survivorId: 'net', loserId: 'tabriz' }, change())).rejects.toMatchObject({ code: 'conflict' });
  });
});
