import { expect, it } from 'vitest';
import { listHistory } from '../history/list-history.js';
import { createEntity } from '../registry/create-entity.js';
import { forEachDialect } from '../testing/dialects.js';
import { TEST_ACTOR, change, cityInput, entityInput, membershipInput, networkInput, rejection } from '../testing/factories.js';
import { createStatement } from './create-statement.js';

forEachDialect('createStatement', (getDb) => {
  async function seed(): Promise<void> {
    const { db } = getDb();
    await createEntity(db, cityInput('قزوین', 'Qazvin', { id: 'qazvin' }), change());
    await createEntity(db, networkInput('مجمع', 'Assembly', { id: 'amim' }), change());
    await createEntity(db, entityInput('event', 'اجلاس', 'Session', { id: 'session-1', attributes: { event_type: 'session', ordinal: 1 } }), change());
  }

  it('stores a membership with ordinal, Jalali start and references, once per source URL', async () => {
    const { db } = getDb();
    await seed();
    const s = await createStatement(db, membershipInput('qazvin', 'amim', {
      ordinal: 20,
      how: 'joined',
      start: 'jalali:1400-10',
      references: [
        { source: { url: 'https://example.org/a', title: 'خبر', published: 'jalali:1400-10-20' }, quote: 'بیستمین عضو', charStart: 10, charEnd: 22, confidence: 0.9, extractorVersion: 'x1' },
        { source: { url: 'https://example.org/b' } },
      ],
    }), { actor: TEST_ACTOR });
    expect(s).toMatchObject({ kind: 'membership', subjectId: 'qazvin', objectId: 'amim', role: 'member', ordinal: 20, status: 'accepted', rank: 'normal', version: 1 });
    expect(s.start).toEqual({ value: '2021-12-22', precision: 'month', calendar: 'jalali' });
    expect(s.references).toHaveLength(2);
    const quoted = s.references.find((r) => r.quote !== undefined);
    expect(quoted).toMatchObject({ quote: 'بیستمین عضو', charStart: 10, charEnd: 22, confidence: 0.9, source: { published: '2022-01-10' } });
    const again = await createStatement(db, membershipInput('qazvin', 'amim', { references: [{ source: { url: 'https://example.org/a' } }] }), change());
    expect(again.references[0]?.source.id).toBe(quoted?.source.id);
    const h = await listHistory(db, 'qazvin');
    // Without a reason the first reference justifies the change.
    expect(h.items.find((i) => i.targetId === s.id)?.sourceId).toBe(quoted?.source.id);
  });

  it('validates kind rules, linked entity types, dates and references', async () => {
    const { db } = getDb();
    await seed();
    const fails = async (input: Parameters<typeof createStatement>[1], path: string): Promise<void> => {
      const err = await rejection(createStatement(db, input, change()));
      expect(err).toMatchObject({ code: 'validation_failed' });
      expect(err.details.map((d) => (d.path ?? []).join('.'))).toContain(path);
    };
    await fails(membershipInput('qazvin', 'amim', { references: [] }), 'references');
    await fails(membershipInput('qazvin', 'amim', { role: 'king' }), 'role');
    await fails(membershipInput('qazvin', 'nowhere'), 'objectId');
    await fails(membershipInput('qazvin', 'session-1'), 'objectId');
    await fails(membershipInput('qazvin', 'amim', { start: '2022-05', end: '2021' }), 'end');
    await fails(membershipInput('qazvin', 'amim', { start: '2022-13' }), 'start');
    await fails({ kind: 'host', subjectId: 'qazvin', objectId: 'session-1', references: [{ source: { url: 'https://e.org' } }] }, 'subjectId');
    await fails(membershipInput('qazvin', 'amim', { references: [{ source: { url: 'not a url' } }] }), 'references.0.source.url');
    const host = await createStatement(db, { kind: 'host', subjectId: 'session-1', objectId: 'qazvin', references: [{ source: { url: 'https://e.org/h' } }] }, change());
    expect(host.kind).toBe('host');
  });
});
