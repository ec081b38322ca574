import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput } from '../testing/factories.js';
import type { Fact } from '../extraction/types.js';
import { createEntity } from '../registry/create-entity.js';
import { unmergeEntity } from '../registry/unmerge-entity.js';
import { recordClaims } from '../claims/record-claims.js';
import { loadClaim } from '../claims/claims.repository.js';
import { ref, reported, seedArticle, seedWorld, type World } from '../claims/claims-test-kit.js';
import { acceptClaim } from '../review/accept-claim.js';
import { listReconciliationQueue } from './list-reconciliation-queue.js';
import { resolveReconciliation } from './resolve-reconciliation.js';

const ctx = { extractorVersion: 'test-1', now: '2025-03-01T00:00:00.000Z' };
const visit = (w: World, city: { fa: string; en: string }, sentence: string): Fact =>
  ({ kind: 'agreement', agreement_type: 'sister_city', status: 'signed', parties: [ref('city', 'تبریز', 'Tabriz', w.tabriz), ref('city', city.fa, city.en)], ...reported(sentence) }) as Fact;

forEachDialect('reconciliation', (getDb) => {
  it('queues unknown names once, creates the entity on decision and links every claim naming it, then later ones', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    for (const id of ['a', 'b', 'c']) await seedArticle(db, { id, site: `${id}.ir` });
    const first = (await recordClaims(db, 'a', [visit(w, { fa: 'کازان', en: 'Kazan' }, 'تبریز و کازان خواهرخوانده شدند.')], ctx)).claimIds[0] as string;
    await recordClaims(db, 'b', [{ kind: 'seat', org: ref('org', 'مجمع', 'Assembly', w.assembly), city: ref('city', 'کازان', 'Kazan'), ...reported('دفتر مجمع در کازان است.') } as Fact], ctx);
    const queue = await listReconciliationQueue(db);
    expect(queue.items.map((i) => [i.key, i.link, i.claimCount])).toEqual([['city:کازان', 'candidate', 2]]);
    await expect(acceptClaim(db, first, {}, change())).rejects.toMatchObject({ code: 'conflict' });
    const result = await resolveReconciliation(db, 'city:کازان', { action: 'create' }, change('a Russian city'));
    expect(result.claimsUpdated).toBe(2);
    expect((await listReconciliationQueue(db)).items).toEqual([]);
    expect((await loadClaim(db, first))?.arguments.find((a) => a.slot === 'parties' && a.position === 1)).toMatchObject({ link: 'reconciled', entityId: result.entityId });
    const later = (await recordClaims(db, 'c', [visit(w, { fa: 'كازان', en: 'Kazan' }, 'هیئت کازان به تبریز آمد.')], ctx)).claimIds[0] as string;
    expect(later).toBe(first);
    const accepted = await acceptClaim(db, first, {}, change());
    expect(accepted.statements.map((s) => s.subjectId).sort()).toEqual([w.tabriz, result.entityId].sort());
  });

  it('clusters a later report of an event with a claim whose host was reconciled after it was recorded', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    for (const id of ['s1', 's2', 's3']) await seedArticle(db, { id, site: `${id}.ir` });
    const session = (host: { fa: string; en: string; id?: string }, date: string, sentence: string): Fact =>
      ({ kind: 'event', event_type: 'session', org: ref('org', 'متروپلیس', 'Metropolis', w.metropolis), host: ref('city', host.fa, host.en, host.id), date, ...reported(sentence) }) as Fact;
    const first = (await recordClaims(db, 's1', [session({ fa: 'کرج', en: 'Karaj' }, '2025-05-01', 'نشست متروپلیس در کرج برگزار شد.')], ctx)).claimIds[0] as string;
    const { entityId } = await resolveReconciliation(db, 'city:کرج', { action: 'create' }, change('a city near Tehran'));
    // The gazetteer now knows the city: the report names it by id, which is what the claim's host became.
    const later = await recordClaims(db, 's2', [session({ fa: 'کرج', en: 'Karaj', id: entityId }, '2025-05-02', 'شهرداران در کرج گرد هم آمدند.')], ctx);
    expect(later).toMatchObject({ created: 0, attached: 1, claimIds: [first] });
    // Another host stays another event.
    const other = await recordClaims(db, 's3', [session({ fa: 'تبریز', en: 'Tabriz', id: w.tabriz }, '2025-05-01', 'نشست متروپلیس در تبریز برگزار شد.')], ctx);
    expect(other.created).toBe(1);
  });

  it('links a fuzzy name to the entity chosen, or merges a duplicate into it (undone by a split)', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const dup = (await createEntity(db, cityInput('تبريز', 'Tebriz', { id: 'tebriz' }), change())).id;
    await seedArticle(db, { id: 'f', site: 'f.ir' });
    const claim = (await recordClaims(db, 'f', [{ kind: 'seat', org: ref('org', 'مجمع', 'Assembly', w.assembly), city: ref('city', 'تبریز', 'Tabriz'), ...reported('دفتر در تبریز است.') } as Fact], ctx)).claimIds[0] as string;
    const [item] = (await listReconciliationQueue(db)).items;
    expect(item).toMatchObject({ key: 'city:تبریز', link: 'ambiguous' });
    expect(item?.suggestions.map((s) => s.id).sort()).toEqual([w.tabriz, dup].sort());
    await resolveReconciliation(db, 'city:تبریز', { action: 'merge', entityId: w.tabriz, duplicateId: dup }, change('same city'));
    expect((await db.selectFrom('entities').select('merged_into').where('id', '=', dup).executeTakeFirst())?.merged_into).toBe(w.tabriz);
    expect((await loadClaim(db, claim))?.arguments.find((a) => a.slot === 'city')).toMatchObject({ entityId: w.tabriz, link: 'reconciled' });
    await unmergeEntity(db, dup, change('they are different after all'));
    expect((await db.selectFrom('entities').select('merged_into').where('id', '=', dup).executeTakeFirst())?.merged_into).toBeNull();
  });
});
