import { expect, it } from 'vitest';
import { listHistory } from '../history/list-history.js';
import { createEntity } from '../registry/create-entity.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, membershipInput, networkInput, personInput } from '../testing/factories.js';
import { createStatement } from './create-statement.js';
import { rejectStatement } from './reject-statement.js';
import { updateStatement } from './update-statement.js';

const ref = (tag: string) => ({ source: { url: `https://example.org/edit-${tag}`, title: `گزارش ${tag}` }, quote: `جمله اصلاحی ${tag}` });

forEachDialect('updateStatement', (getDb) => {
  it('edits dates, role and ordinal of one statement, adds the source, and records before/after', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('مشهد', 'Mashhad', { id: 'mashhad' }), change());
    await createEntity(db, networkInput('شبکه', 'Net', { id: 'net' }), change());
    const s = await createStatement(db, membershipInput('mashhad', 'net', { id: 'm1', start: '2010-05' }), change());
    const edited = await updateStatement(db, 'm1', { expectedVersion: s.version, start: 'jalali:1389', ordinal: 7, role: 'board_member', reference: ref('a') }, change('the report gives the year and the seat'));
    expect(edited.start).toEqual({ value: '2010-03-21', precision: 'year', calendar: 'jalali' });
    expect(edited.ordinal).toBe(7);
    expect(edited.role).toBe('board_member');
    expect(edited.version).toBe(s.version + 1);
    expect(edited.references.map((r) => r.source.url)).toContain('https://example.org/edit-a');
    expect(edited.references).toHaveLength(s.references.length + 1);
    const history = await listHistory(db, 'mashhad');
    const row = history.items.find((h) => h.action === 'statement.update');
    expect(row?.reason).toBe('the report gives the year and the seat');
    expect((row?.before as { ordinal?: number }).ordinal).toBeUndefined();
    expect((row?.after as { ordinal?: number }).ordinal).toBe(7);
    // Clearing a field with null.
    const cleared = await updateStatement(db, 'm1', { expectedVersion: edited.version, ordinal: null, reference: ref('b') }, change('ordinal was a misreading'));
    expect(cleared.ordinal).toBeUndefined();
  });

  it('refuses an edit without a reason or a source, a stale version, a bad order of dates, a role outside the vocabulary, a no-op', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('یزد', 'Yazd', { id: 'yazd' }), change());
    await createEntity(db, networkInput('شبکه', 'Net', { id: 'net2' }), change());
    await createEntity(db, personInput('علی', 'Ali', { id: 'ali' }), change());
    const s = await createStatement(db, membershipInput('yazd', 'net2', { id: 'm2', start: '2015' }), change());
    await expect(updateStatement(db, 'm2', { expectedVersion: 1, ordinal: 2, reference: ref('c') }, change(''))).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(updateStatement(db, 'm2', { expectedVersion: 1, ordinal: 2 } as never, change('x'))).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(updateStatement(db, 'm2', { expectedVersion: 9, ordinal: 2, reference: ref('c') }, change('x'))).rejects.toMatchObject({ code: 'precondition_failed' });
    await expect(updateStatement(db, 'm2', { expectedVersion: 1, end: '2014', reference: ref('c') }, change('x'))).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(updateStatement(db, 'm2', { expectedVersion: 1, role: 'emperor', reference: ref('c') }, change('x'))).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(updateStatement(db, 'm2', { expectedVersion: 1, onBehalfOfId: 'ali', reference: ref('c') }, change('x'))).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(updateStatement(db, 'm2', { expectedVersion: 1, start: '2015', reference: ref('c') }, change('x'))).rejects.toMatchObject({ code: 'conflict' });
    await expect(updateStatement(db, 'nope', { expectedVersion: 1, start: '2015', reference: ref('c') }, change('x'))).rejects.toMatchObject({ code: 'not_found' });
    // Nothing was half-written: same version, same references.
    const again = await updateStatement(db, 'm2', { expectedVersion: s.version, end: '2020', reference: ref('d') }, change('ended'));
    expect(again.version).toBe(2);
    expect(again.references).toHaveLength(s.references.length + 1);
    await rejectStatement(db, 'm2', {}, change('wrong'));
    await expect(updateStatement(db, 'm2', { expectedVersion: 3, start: '2016', reference: ref('e') }, change('x'))).rejects.toMatchObject({ code: 'conflict' });
  });
});
