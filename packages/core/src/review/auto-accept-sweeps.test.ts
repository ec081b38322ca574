import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import type { Fact } from '../extraction/types.js';
import { recordClaims } from '../claims/record-claims.js';
import { loadClaim } from '../claims/claims.repository.js';
import { ref, reported, seedArticle, seedWorld } from '../claims/claims-test-kit.js';
import { AUTO_ACCEPT_ACTOR } from '../claims/claim.js';
import { startAutoAcceptSweeps } from './auto-accept-sweeps.js';

const ctx = { extractorVersion: 'test-1', now: '2025-03-01T00:00:00.000Z' };
const POLICY = { minConfidence: 0.9, minSources: 2 };

forEachDialect('auto-accept sweeps (long-running workers)', (getDb) => {
  it('sweeps only after work was marked, accepts as the policy, and sweeps once more on stop', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const seat = { kind: 'seat', org: ref('org', 'مجمع', 'Assembly', w.assembly), city: ref('city', 'تهران', 'Tehran', w.tehran), ...reported('دبیرخانه مجمع در تهران مستقر است.', 0.95) } as Fact;
    const report = async (id: string, site: string, fact: Fact): Promise<string> => {
      await seedArticle(db, { id, site, published: '2024-05-01' });
      return (await recordClaims(db, id, [fact], ctx)).claimIds[0] as string;
    };
    const sweeps = startAutoAcceptSweeps(db, POLICY, { intervalMs: 20 });
    const first = await report('s1', 'alpha.ir', seat);
    await report('s2', 'beta.ir', seat);
    // Nothing was marked: the timer fires but does not sweep.
    await new Promise((r) => setTimeout(r, 80));
    expect((await loadClaim(db, first))?.status).toBe('proposed');

    sweeps.markDirty();
    for (let i = 0; i < 100 && (await loadClaim(db, first))?.status === 'proposed'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await loadClaim(db, first)).toMatchObject({ status: 'accepted', decidedBy: AUTO_ACCEPT_ACTOR });

    // A claim that qualifies only after the last timer tick is accepted by the final sweep of stop().
    const founded = { kind: 'founded', org: ref('org', 'مجمع', 'Assembly', w.assembly), place: ref('city', 'تهران', 'Tehran', w.tehran), date: '2015', ...reported('مجمع در سال ۲۰۱۵ در تهران تشکیل شد.', 0.95) } as unknown as Fact;
    const second = await report('s3', 'gamma.ir', founded);
    await report('s4', 'delta.ir', founded);
    sweeps.markDirty();
    const totals = await sweeps.stop();
    expect(await loadClaim(db, second)).toMatchObject({ status: 'accepted', decidedBy: AUTO_ACCEPT_ACTOR });
    expect(totals.accepted).toBe(2);
    expect(totals.flagged).toBe(0);
  });

  it('leaves claims below the policy to people', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    await seedArticle(db, { id: 'l1', site: 'alpha.ir', published: '2024-05-01' });
    const fact = { kind: 'seat', org: ref('org', 'متروپلیس', 'Metropolis', w.metropolis), city: ref('city', 'همدان', 'Hamedan', w.hamedan), ...reported('دفتر متروپلیس در همدان است.', 0.95) } as Fact;
    const id = (await recordClaims(db, 'l1', [fact], ctx)).claimIds[0] as string;
    const sweeps = startAutoAcceptSweeps(db, POLICY, { intervalMs: 10 });
    sweeps.markDirty();
    const totals = await sweeps.stop();
    // One source only: the policy's query does not even consider it.
    expect(totals).toEqual({ considered: 0, accepted: 0, flagged: 0 });
    expect((await loadClaim(db, id))?.status).toBe('proposed');
  });
});
