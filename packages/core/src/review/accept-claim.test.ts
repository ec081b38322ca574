import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { change, TEST_ACTOR } from '../testing/factories.js';
import type { Fact } from '../extraction/types.js';
import { createStatement } from '../statements/create-statement.js';
import { loadStatement } from '../statements/statement.repository.js';
import { recordClaims } from '../claims/record-claims.js';
import { loadClaim } from '../claims/claims.repository.js';
import { ref, reported, seedArticle, seedWorld, type World } from '../claims/claims-test-kit.js';
import { AUTO_ACCEPT_ACTOR } from '../claims/claim.js';
import { acceptClaim } from './accept-claim.js';
import { rejectClaim } from './reject-claim.js';
import { editClaim } from './edit-claim.js';
import { bulkReview } from './bulk-review.js';
import { autoAcceptClaims, parseAutoAcceptPolicy } from './auto-accept.js';
import { listClaims } from './list-claims.js';
import { listHistory } from '../history/list-history.js';

const ctx = { extractorVersion: 'test-1', now: '2025-03-01T00:00:00.000Z' };

function mayor(w: World, holder: { fa: string; en: string; id: string }, start: string, sentence: string, extra: Record<string, unknown> = {}): Fact {
  return { kind: 'post', holder: ref('person', holder.fa, holder.en, holder.id), role: 'mayor', org: ref('city', 'تهران', 'Tehran', w.tehran), how: 'elected', start, ...reported(sentence), ...extra } as Fact;
}

async function claimOf(db: Parameters<typeof recordClaims>[0], article: string, site: string, fact: Fact): Promise<string> {
  await seedArticle(db, { id: article, site, published: '2021-08-20' });
  return (await recordClaims(db, article, [fact], ctx)).claimIds[0] as string;
}

forEachDialect('review', (getDb) => {
  it('accepting a membership claim states it with the sentence as the reference and records who and why', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const fact = { kind: 'membership', member: ref('city', 'قزوین', 'Qazvin', w.qazvin), org: ref('org', 'مجمع', 'Assembly', w.assembly), ordinal: 20, date: '2022-01', ...reported('شورای مجمع عضویت قزوین را به‌عنوان عضو بیستم پذیرفت.') } as Fact;
    const id = await claimOf(db, 'm1', 'alpha.ir', fact);
    const { claim, statements } = await acceptClaim(db, id, { expectedVersion: 1 }, change('checked the report'));
    expect(claim).toMatchObject({ status: 'accepted', version: 2, decidedBy: TEST_ACTOR, decisionReason: 'checked the report' });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ kind: 'membership', subjectId: w.qazvin, objectId: w.assembly, role: 'member', ordinal: 20, status: 'accepted', start: { value: '2022-01' } });
    expect(statements[0]?.references[0]).toMatchObject({ quote: 'شورای مجمع عضویت قزوین را به‌عنوان عضو بیستم پذیرفت.', source: { url: 'https://alpha.ir/news/m1', publisher: 'alpha.ir' } });
    const history = await db.selectFrom('history').select(['action', 'actor_id', 'reason']).where('target_id', 'in', [id, statements[0]?.id ?? '']).orderBy('seq').execute();
    expect(history.map((h) => h.action)).toEqual(['statement.create', 'claim.accept']);
    expect(history.every((h) => h.actor_id === TEST_ACTOR.id && h.reason === 'checked the report')).toBe(true);
    // The decision shows in the entity's history as a claim change, not as an entity change.
    const entityHistory = await listHistory(db, w.qazvin);
    expect(entityHistory.items.find((h) => h.action === 'claim.accept')).toMatchObject({ targetType: 'claim', targetId: id });
    // A later report of an accepted fact becomes another reference of its statement.
    await seedArticle(db, { id: 'm2', site: 'beta.ir' });
    await recordClaims(db, 'm2', [{ ...fact, ...reported('قزوین عضو مجمع شهرداران شد.') } as Fact], ctx);
    expect((await loadStatement(db, statements[0]?.id ?? ''))?.references).toHaveLength(2);
  });

  it('flags a second mayor over an overlapping term, and supersedes the old term only when told to', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const old = await createStatement(db, { kind: 'membership', subjectId: w.hanachi, objectId: w.tehran, role: 'mayor', start: '2018-11', references: [{ source: { url: 'https://example.org/hanachi' } }] }, change());
    const id = await claimOf(db, 'z1', 'alpha.ir', mayor(w, { fa: 'علیرضا زاکانی', en: 'Alireza Zakani', id: w.zakani }, '2021-08', 'زاکانی به‌عنوان شهردار تهران انتخاب شد.'));
    await expect(acceptClaim(db, id, { expectedVersion: 1 }, change())).rejects.toMatchObject({ code: 'conflict' });
    const flagged = await loadClaim(db, id);
    expect(flagged).toMatchObject({ status: 'proposed', version: 2 });
    expect(flagged?.flags).toEqual([expect.objectContaining({ code: 'overlapping_term', statementIds: [old.id] })]);
    expect((await listClaims(db, { flagged: true })).items.map((c) => c.id)).toEqual([id]);
    const { statements } = await acceptClaim(db, id, { expectedVersion: 2, supersede: [old.id] }, change('new mayor elected'));
    expect(statements[0]).toMatchObject({ subjectId: w.zakani, role: 'mayor', start: { value: '2021-08' } });
    const ended = await loadStatement(db, old.id);
    expect(ended).toMatchObject({ rank: 'normal', end: { value: '2021-08' } });
  });

  it('flags a term that ends before it starts and an ordinal that differs from the stored one', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const bad = await claimOf(db, 'b1', 'alpha.ir', mayor(w, { fa: 'پیروز حناچی', en: 'Pirouz Hanachi', id: w.hanachi }, '2022', 'حناچی شهردار بود.', { end: '2020' }));
    expect((await loadClaim(db, bad))?.flags.map((f) => f.code)).toEqual(['ends_before_start']);
    await expect(acceptClaim(db, bad, {}, change())).rejects.toMatchObject({ code: 'conflict' });
    // edit-then-accept fixes it
    const fixed = await acceptClaim(db, bad, { edit: { fact: { start: '2018-11', end: '2021-08' } } }, change('dates corrected from the council record'));
    expect(fixed.statements[0]).toMatchObject({ start: { value: '2018-11' }, end: { value: '2021-08' } });

    await createStatement(db, { kind: 'membership', subjectId: w.qazvin, objectId: w.assembly, role: 'member', ordinal: 19, references: [{ source: { url: 'https://example.org/q' } }] }, change());
    const second = await claimOf(db, 'b2', 'beta.ir', { kind: 'membership', member: ref('city', 'قزوین', 'Qazvin', w.qazvin), org: ref('org', 'مجمع', 'Assembly', w.assembly), ordinal: 20, ...reported('قزوین عضو بیستم مجمع است.') } as Fact);
    await expect(acceptClaim(db, second, {}, change())).rejects.toMatchObject({ code: 'conflict', details: [expect.objectContaining({ path: ['flags', 'ordinal_mismatch'] })] });
  });

  it('rejects with a reason only, edits with a version check, and acts in bulk per claim', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const a = await claimOf(db, 'r1', 'alpha.ir', { kind: 'seat', org: ref('org', 'مجمع', 'Assembly', w.assembly), city: ref('city', 'تهران', 'Tehran', w.tehran), since: '2006', ...reported('دبیرخانه مجمع به تهران منتقل شد.') } as Fact);
    await expect(rejectClaim(db, a, {}, { actor: TEST_ACTOR })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(editClaim(db, a, { expectedVersion: 7, edit: { fact: { since: '2007' } } }, change())).rejects.toMatchObject({ code: 'precondition_failed' });
    const edited = await editClaim(db, a, { expectedVersion: 1, edit: { fact: { since: 'jalali:1385' } } }, change('year from the founding charter'));
    expect(edited).toMatchObject({ version: 2, fact: { since: '2006-03-21' } });
    const b = await claimOf(db, 'r2', 'beta.ir', { kind: 'founded', org: ref('org', 'مجمع', 'Assembly', w.assembly), place: ref('city', 'همدان', 'Hamedan', w.hamedan), date: '1999', ...reported('مجمع در سال ۱۳۷۸ در همدان پایه‌گذاری شد.') } as Fact);
    const results = await bulkReview(db, { action: 'reject', items: [{ id: a, version: 1 }, { id: b }] }, change('not supported by the charter'));
    expect(results.map((r) => [r.id, r.ok, r.error?.code])).toEqual([[a, false, 'precondition_failed'], [b, true, undefined]]);
    expect((await loadClaim(db, b))?.status).toBe('rejected');
  });

  it('lets exactly one of two concurrent acceptances of one claim win', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const id = await claimOf(db, 'c1', 'alpha.ir', { kind: 'seat', org: ref('org', 'متروپلیس', 'Metropolis', w.metropolis), city: ref('city', 'تهران', 'Tehran', w.tehran), ...reported('دفتر منطقه‌ای در تهران است.') } as Fact);
    const results = await Promise.allSettled([
      acceptClaim(db, id, { expectedVersion: 1 }, change('first')),
      acceptClaim(db, id, { expectedVersion: 1, edit: { fact: { since: '2020' } } }, change('second')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['precondition_failed']);
    expect(await db.selectFrom('statements').select('id').where('kind', '=', 'seat').execute()).toHaveLength(1);
  });

  it('auto-accepts confident claims from two independent sources as the system actor, and not others', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const seat = { kind: 'seat', org: ref('org', 'مجمع', 'Assembly', w.assembly), city: ref('city', 'تهران', 'Tehran', w.tehran), ...reported('دبیرخانه در تهران است.', 0.95) } as Fact;
    const two = await claimOf(db, 'x1', 'alpha.ir', seat);
    await claimOf(db, 'x2', 'beta.ir', seat);
    const one = await claimOf(db, 'x3', 'gamma.ir', { ...seat, kind: 'founded', place: seat.kind === 'seat' ? seat.city : undefined, date: '1999' } as unknown as Fact);
    expect(parseAutoAcceptPolicy('off')).toBeUndefined();
    const summary = await autoAcceptClaims(db, parseAutoAcceptPolicy('0.9:2') ?? { minConfidence: 1, minSources: 9 });
    expect(summary.accepted).toBe(1);
    expect(await loadClaim(db, two)).toMatchObject({ status: 'accepted', decidedBy: AUTO_ACCEPT_ACTOR });
    expect((await loadClaim(db, one))?.status).toBe('proposed');
    const row = await db.selectFrom('history').select(['actor_kind', 'actor_id']).where('action', '=', 'claim.accept').executeTakeFirst();
    expect(row).toEqual({ actor_kind: 'system', actor_id: 'auto-accept' });
  });
});
