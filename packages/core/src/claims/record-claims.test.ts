import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import type { Fact } from '../extraction/types.js';
import { recordClaims, type ReportOrdinals } from './record-claims.js';
import { intrinsicFlags } from './intrinsic-flags.js';
import { countEvidence, loadClaim } from './claims.repository.js';
import { ref, reported, seedArticle, seedWorld, type World } from './claims-test-kit.js';
import { compatible, datesClose, datesCompatible, matchKey } from './claim-matching.js';
import { loadArguments } from './claims.repository.js';
import { claimFactOf, factArguments, mainDate } from './fact-arguments.js';
import type { ClaimArgument, ClaimFact } from './claim.js';
import { resolveArgument } from '../reconcile/resolve-argument.js';
import { seededRandom } from '../ingest/generate-corpus.js';

const ctx = { extractorVersion: 'test-1', now: '2025-03-01T00:00:00.000Z' };

function qazvinJoins(w: World, sentence: string, extra: Partial<Fact> = {}): Fact {
  return {
    kind: 'membership', member: ref('city', 'قزوین', 'Qazvin', w.qazvin), org: ref('org', 'مجمع شهرداران کلانشهرهای ایران', 'Assembly of Mayors of Iranian Metropolises', w.assembly),
    ...reported(sentence), ...extra,
  } as Fact;
}

function session(w: World, host: { fa: string; en: string; id?: string }, date: string, sentence: string): Fact {
  return {
    kind: 'event', event_type: 'session', org: ref('org', 'مجمع شهرداران', 'Assembly of Mayors of Iranian Metropolises', w.assembly),
    host: ref('city', host.fa, host.en, host.id), date, ...reported(sentence),
  } as Fact;
}

forEachDialect('recordClaims', (getDb) => {
  it('makes one claim of the same fact reported by several articles, counting near-duplicates once', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    await seedArticle(db, { id: 'a1', site: 'alpha.ir', published: '2022-01-20' });
    await seedArticle(db, { id: 'b1', site: 'beta.ir', published: '2022-01-21' });
    await seedArticle(db, { id: 'c1', site: 'gamma.ir', published: '2022-01-22', duplicateOf: 'a1' });
    const r1 = await recordClaims(db, 'a1', [qazvinJoins(w, 'قزوین به‌عنوان بیستمین عضو به مجمع پیوست.', { ordinal: 20, date: '2022-01' } as Partial<Fact>)], ctx);
    const r2 = await recordClaims(db, 'b1', [qazvinJoins(w, 'عضویت قزوین در مجمع شهرداران تصویب شد.', { date: '2022-01-15' } as Partial<Fact>)], ctx);
    const r3 = await recordClaims(db, 'c1', [qazvinJoins(w, 'قزوین بیستمین عضو مجمع شد.', { ordinal: 20 } as Partial<Fact>)], ctx);
    expect([r1.created, r2.created, r3.created]).toEqual([1, 0, 0]);
    expect(r2.claimIds).toEqual(r1.claimIds);
    const claim = await loadClaim(db, r1.claimIds[0] as string);
    expect(claim?.evidenceCount).toBe(3);
    expect(claim?.sourceCount).toBe(2);
    expect(claim?.fact).toMatchObject({ ordinal: 20, date: '2022-01-15' });
    expect(claim?.evidence.map((e) => e.site)).toEqual(['alpha.ir', 'beta.ir', 'gamma.ir']);
    expect(claim?.arguments.map((a) => [a.slot, a.entityId, a.link])).toEqual([['member', w.qazvin, 'linked'], ['org', w.assembly, 'linked']]);
    // Recording the same article again adds nothing.
    const again = await recordClaims(db, 'a1', [qazvinJoins(w, 'قزوین به‌عنوان بیستمین عضو به مجمع پیوست.', { ordinal: 20, date: '2022-01' } as Partial<Fact>)], ctx);
    expect(again.created).toBe(0);
    expect((await loadClaim(db, r1.claimIds[0] as string))?.evidenceCount).toBe(3);
  });

  it('clusters reports of one event within a date window and keeps other hosts apart', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    for (const id of ['e1', 'e2', 'e3', 'e4']) await seedArticle(db, { id, site: `${id}.ir` });
    const hamedan = { fa: 'همدان', en: 'Hamedan', id: w.hamedan };
    const a = await recordClaims(db, 'e1', [session(w, hamedan, '2025-02-10', 'نشست مجمع امروز در همدان آغاز شد.')], ctx);
    const b = await recordClaims(db, 'e2', [session(w, hamedan, '2025-02-12', 'شهرداران کلانشهرها در همدان گرد هم آمدند.')], ctx);
    const c = await recordClaims(db, 'e3', [session(w, { fa: 'تبریز', en: 'Tabriz', id: w.tabriz }, '2025-02-11', 'نشست مجمع در تبریز برگزار شد.')], ctx);
    const d = await recordClaims(db, 'e4', [session(w, hamedan, '2025-09-01', 'نشست بعدی مجمع در همدان برگزار شد.')], ctx);
    expect(b.claimIds).toEqual(a.claimIds);
    expect(c.claimIds).not.toEqual(a.claimIds);
    expect(d.claimIds).not.toEqual(a.claimIds);
    expect(a.created + b.created + c.created + d.created).toBe(3);
  });

  it('links unknown names as candidates and known names without an id as fuzzy', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    await seedArticle(db, { id: 'k1', site: 'k.ir' });
    const r = await recordClaims(db, 'k1', [session(w, { fa: 'کرج', en: 'Karaj' }, '2025-05-01', 'نشست مجمع در کرج برگزار شد.'), session(w, { fa: 'همدان', en: 'Hamedan' }, '2024-05-01', 'نشست در همدان.')], ctx);
    const [karaj, hamedan] = await Promise.all(r.claimIds.map((id) => loadClaim(db, id)));
    expect(karaj?.arguments.find((a) => a.slot === 'host')).toMatchObject({ link: 'candidate', nameFa: 'کرج' });
    expect(hamedan?.arguments.find((a) => a.slot === 'host')).toMatchObject({ link: 'fuzzy', entityId: w.hamedan, suggestions: [w.hamedan] });
  });

  it('picks the same claim as reading the whole event or meeting bucket would (shared names found through the argument index)', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const rnd = seededRandom(11);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const cities = [
      ref('city', 'همدان', 'Hamedan', w.hamedan), ref('city', 'همدان', 'Hamedan'), ref('city', 'تبریز', 'Tabriz', w.tabriz),
      ref('city', 'کرج', 'Karaj'), ref('city', 'یزد', 'Yazd'),
    ];
    const orgs = [ref('org', 'متروپلیس', 'Metropolis', w.metropolis), ref('org', 'مجمع شهرداران کلانشهرهای ایران', 'Assembly', w.assembly), ref('org', 'شبکه شهرهای خلاق', 'Creative Cities')];
    const people = [ref('person', 'علیرضا زاکانی', 'Alireza Zakani', w.zakani), ref('person', 'پیروز حناچی', 'Pirouz Hanachi'), ref('person', 'کاوه نوری', 'Kaveh Nouri'), ref('person', 'لیلا صادقی', 'Leila Sadeghi')];
    const some = <T,>(xs: readonly T[], max: number): T[] => xs.filter(() => rnd() < max / xs.length);
    let attached = 0;
    for (let i = 0; i < 80; i++) {
      const id = `m${i}`;
      await seedArticle(db, { id, site: `s${i % 5}.ir` });
      const date = rnd() < 0.2 ? undefined : `2024-0${1 + Math.floor(rnd() * 2)}-1${Math.floor(rnd() * 3)}`;
      const fact = (rnd() < 0.5
        ? { kind: 'event', event_type: 'session', ...(rnd() < 0.7 ? { org: pick(orgs) } : {}), ...(rnd() < 0.6 ? { host: pick(cities) } : {}), participants: rnd() < 0.4 ? [] : some(cities, 1.5), ...(date ? { date } : {}), ...(rnd() < 0.3 ? { ordinal: 1 + Math.floor(rnd() * 3) } : {}) }
        : { kind: 'meeting', participants: some(people, 2), ...(rnd() < 0.5 ? { place: pick(cities) } : {}), ...(date ? { date } : {}) }) as unknown as Fact;
      Object.assign(fact, reported(`گزارش شماره ${i} از یک نشست.`));
      // The brute-force answer: the first compatible claim of the whole bucket, oldest first.
      const claimFact = claimFactOf(fact);
      const args: ClaimArgument[] = [];
      for (const a of factArguments(fact)) args.push(await resolveArgument(db, a));
      const key = matchKey(claimFact, args, mainDate(fact));
      const bucket = await db.selectFrom('claims').selectAll().where('match_key', '=', key).where('status', '<>', 'merged').orderBy('created_at').orderBy('id').execute();
      const bucketArgs = await loadArguments(db, bucket.map((r) => r.id));
      const expected = bucket.find((r) =>
        compatible({ fact: JSON.parse(r.fact) as ClaimFact, date: r.date_value ?? undefined, args: bucketArgs.get(r.id) ?? [] }, { fact: claimFact, date: mainDate(fact), args }),
      );
      const got = await recordClaims(db, id, [fact], { ...ctx, now: `2025-03-01T00:00:${String(i).padStart(2, '0')}.000Z` });
      if (expected) {
        attached += 1;
        expect(got.attached).toBe(1);
        expect(got.claimIds).toEqual([expected.id]);
      } else {
        expect(got.created).toBe(1);
      }
    }
    // The run exercised both paths.
    expect(attached).toBeGreaterThan(5);
    expect(attached).toBeLessThan(75);
  });

  it('keeps evidence and source counts equal to a recount over every report (stories, copies, sites, articles without a site)', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const rnd = seededRandom(5);
    const originals: string[] = [];
    let claimId = '';
    for (let i = 0; i < 60; i++) {
      const id = `r${i}`;
      const copyOf = originals.length > 0 && rnd() < 0.4 ? originals[Math.floor(rnd() * originals.length)] : undefined;
      const site = rnd() < 0.2 ? null : `s${Math.floor(rnd() * 6)}.ir`;
      await seedArticle(db, { id, site: site ?? 'unused', ...(copyOf ? { duplicateOf: copyOf } : {}) });
      if (site === null) await db.updateTable('articles').set({ site: null }).where('id', '=', id).execute();
      if (!copyOf) originals.push(id);
      // Two reports of the fact in some articles: one story and one site all the same.
      const facts = [qazvinJoins(w, `گزارش ${i}: قزوین به مجمع پیوست.`, { confidence: rnd() } as Partial<Fact>)];
      if (rnd() < 0.2) facts.push(qazvinJoins(w, `گزارش ${i}: عضویت قزوین تصویب شد.`));
      claimId = (await recordClaims(db, id, facts, ctx)).claimIds[0] as string;
      const stored = await db.selectFrom('claims').selectAll().where('id', '=', claimId).executeTakeFirstOrThrow();
      const recount = await countEvidence(db, claimId);
      expect([stored.evidence_count, stored.root_count, stored.site_count, stored.source_count, stored.confidence]).toEqual([
        recount.evidenceCount, recount.rootCount, recount.siteCount, Math.min(recount.rootCount, recount.siteCount), recount.confidence,
      ]);
      // As recorded before the counts were kept: the next report recounts.
      if (i === 30) await db.updateTable('claims').set({ root_count: null, site_count: null }).where('id', '=', claimId).execute();
    }
    const final = await db.selectFrom('claims').select(['evidence_count', 'source_count']).where('id', '=', claimId).executeTakeFirstOrThrow();
    // The run exercised several stories and sites, fewer than its reports.
    expect(final.source_count).toBeGreaterThan(3);
    expect(final.source_count).toBeLessThan(final.evidence_count);
  });

  it('flags ordinals from the ordinals it keeps as it would from reading every report', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const rnd = seededRandom(9);
    const kept: ReportOrdinals = new Map();
    let claimId = '';
    for (let i = 0; i < 30; i++) {
      await seedArticle(db, { id: `o${i}`, site: `s${i}.ir` });
      const ordinal = rnd() < 0.3 ? undefined : 18 + Math.floor(rnd() * 3);
      const fact = qazvinJoins(w, `گزارش ${i}: قزوین عضو مجمع شد.`, (ordinal === undefined ? {} : { ordinal }) as Partial<Fact>);
      // Now and then the caller has forgotten what it kept (another connection wrote): it reads the reports again.
      if (rnd() < 0.2) kept.clear();
      claimId = (await recordClaims(db, `o${i}`, [fact], { ...ctx, reportOrdinals: kept })).claimIds[0] as string;
      const stored = await db.selectFrom('claims').select(['fact', 'flags']).where('id', '=', claimId).executeTakeFirstOrThrow();
      const reports = (await db.selectFrom('claim_evidence').select('fact').where('claim_id', '=', claimId).execute()).map((r) => JSON.parse(r.fact) as Record<string, unknown>);
      expect(JSON.parse(stored.flags)).toEqual(intrinsicFlags(JSON.parse(stored.fact) as ClaimFact, reports));
    }
    expect((await loadClaim(db, claimId))?.flags.map((f) => f.code)).toEqual(['ordinal_mismatch']);
  });

  it('flags a membership whose reports give two ordinals', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    await seedArticle(db, { id: 'o1', site: 'o1.ir' });
    await seedArticle(db, { id: 'o2', site: 'o2.ir' });
    const r = await recordClaims(db, 'o1', [qazvinJoins(w, 'قزوین عضو بیستم شد.', { ordinal: 20 } as Partial<Fact>)], ctx);
    await recordClaims(db, 'o2', [qazvinJoins(w, 'قزوین عضو نوزدهم شد.', { ordinal: 19 } as Partial<Fact>)], ctx);
    const claim = await loadClaim(db, r.claimIds[0] as string);
    expect(claim?.flags.map((f) => f.code)).toEqual(['ordinal_mismatch']);
  });
});

it('compares partial dates by prefix and event dates by window', () => {
  expect(datesCompatible('2021', '2021-06-01')).toBe(true);
  expect(datesCompatible('2021-05', '2021-06-01')).toBe(false);
  expect(datesClose('2025-02-10', '2025-03', 45)).toBe(true);
  expect(datesClose('2025-02-10', '2025-06-01', 45)).toBe(false);
});
