import { afterAll, expect, it } from 'vitest';
import { defaultDataDir } from '../data-format/read-shipped-data.js';
import { IMPORT_ACTOR } from '../domain/actor.js';
import { createEntity } from '../registry/create-entity.js';
import { mergeEntities } from '../registry/merge-entities.js';
import { createStatement } from '../statements/create-statement.js';
import { deprecateStatement } from '../statements/deprecate-statement.js';
import { rejectStatement } from '../statements/reject-statement.js';
import { forEachDialect, openTestDb, type TestDb } from '../testing/dialects.js';
import { change, cityInput, entityInput, membershipInput } from '../testing/factories.js';
import { exportPopolo } from './export-popolo.js';
import { importPopolo } from './import-popolo.js';
import { importShippedData } from './import-shipped-data.js';
import { validatePopoloDocument } from './popolo-schemas.js';

const extra: TestDb[] = [];
afterAll(async () => {
  for (const h of extra) await h.close();
});

forEachDialect('exportPopolo / importPopolo', (getDb) => {
  async function seed(): Promise<void> {
    const { db } = getDb();
    await importShippedData(db, defaultDataDir(), IMPORT_ACTOR);
    await createEntity(db, cityInput('طهران', 'Tehran (duplicate)', { id: 'tehran-dup', identifiers: [{ scheme: 'other', value: 'x1' }] }), change());
    await mergeEntities(db, { survivorId: 'tehran', loserId: 'tehran-dup' }, change('duplicate'));
    await createEntity(db, entityInput('proposal', 'مجمع شهرداران بریکس', 'BRICS mayors forum', { id: 'brics-forum-proposal', attributes: { status: 'proposed', subject: 'forum' } }), change());
    await createStatement(db, { kind: 'proposer', subjectId: 'tehran', objectId: 'brics-forum-proposal', start: 'jalali:1403', references: [{ source: { url: 'https://example.org/p', title: 'پیشنهاد', published: 'jalali:1403-02-01' }, quote: 'پیشنهاد تشکیل مجمع', charStart: 3, charEnd: 21, confidence: 0.8, extractorVersion: 'rules-1' }] }, change());
    const s = await createStatement(db, membershipInput('qazvin', 'metropolis', { start: 'jalali:1401-01', status: 'proposed' }), change());
    await rejectStatement(db, s.id, {}, change('not a member'));
    const d = await createStatement(db, membershipInput('tabriz', 'metropolis', { start: '2019' }), change());
    await deprecateStatement(db, d.id, {}, change('superseded'));
  }

  it('exports a document that validates against the official Popolo schemas', { timeout: 120_000 }, async () => {
    const { db } = getDb();
    await seed();
    const doc = await exportPopolo(db);
    expect(validatePopoloDocument(doc)).toEqual([]);
    expect(doc.areas.find((a) => a.id === 'tehran')).toMatchObject({ classification: 'city', parent_id: 'iran', all_ids: ['tehran', 'tehran-dup'] });
    expect(doc.merged?.map((m) => m.id)).toEqual(['tehran-dup']);
    expect(doc.persons.length).toBeGreaterThan(10);
    const mayor = doc.memberships.find((m) => m.role === 'mayor' && m.organization_id === 'tehran');
    expect(mayor?.person_id).toBeDefined();
    expect(mayor?.sources.length).toBeGreaterThan(0);
    const cityMember = doc.memberships.find((m) => m.member?.['@type'] === 'Area');
    expect(cityMember).toBeDefined();
    const proposer = doc.statements?.find((s) => s.kind === 'proposer');
    expect(proposer).toMatchObject({ start: 'jalali:1403', references: [{ quote: 'پیشنهاد تشکیل مجمع', char_start: 3, confidence: 0.8 }] });
    expect(doc.posts.find((p) => p.id === 'mayor-of-tehran')).toMatchObject({ organization_id: 'tehran', role: 'mayor' });
  });

  it('round-trips: export -> import into an empty database -> export gives the same document', { timeout: 180_000 }, async () => {
    const { db, engine } = getDb();
    await seed();
    const doc = await exportPopolo(db);
    const target = await openTestDb(engine === 'sqlite' ? 'sqlite' : 'postgres');
    extra.push(target);
    const report = await importPopolo(target.db, JSON.parse(JSON.stringify(doc)) as unknown, IMPORT_ACTOR);
    expect(report.entities.created).toBe(doc.persons.length + doc.organizations.length + doc.areas.length + doc.posts.length + doc.events.length + (doc.agreements?.length ?? 0) + (doc.proposals?.length ?? 0) + (doc.merged?.length ?? 0));
    const again = await exportPopolo(target.db);
    expect(again).toEqual(doc);
    const second = await importPopolo(target.db, doc, IMPORT_ACTOR);
    expect(second.entities.created + second.entities.updated + second.statements.created + second.statements.updated).toBe(0);
  });

  it('imports a plain Popolo file without Shahrnet blocks', async () => {
    const { db } = getDb();
    const report = await importPopolo(db, {
      persons: [{ id: 'p-one', name: 'Jane Roe', other_names: [{ name: 'جین رو' }] }],
      organizations: [{ id: 'org-one', name: 'Example Network', classification: 'city_network', founding_date: '1985' }],
      memberships: [{ id: 'mem-one', person_id: 'p-one', organization_id: 'org-one', role: 'Chair', start_date: '2020-01-01', sources: [{ url: 'https://example.org/m' }] }],
    }, IMPORT_ACTOR);
    expect(report).toEqual({ entities: { created: 2, updated: 0, unchanged: 0 }, statements: { created: 1, updated: 0, unchanged: 0 } });
    const doc = await exportPopolo(db);
    expect(doc.persons[0]?.other_names.map((n) => `${n.lang}:${n.name}`)).toEqual(['en:Jane Roe', 'fa:جین رو']);
    expect(doc.memberships[0]).toMatchObject({ role: 'member', start_date: '2020-01-01', shahrnet: { data: { role_label: 'Chair' } } });
    await expect(importPopolo(db, { persons: 'nope' }, IMPORT_ACTOR)).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
