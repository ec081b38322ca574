import { expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { forEachDialect } from '../testing/dialects.js';
import type { Fact } from '../extraction/types.js';
import { recordClaims } from './record-claims.js';
import { ref, reported, seedArticle, seedWorld } from './claims-test-kit.js';
import { down, up } from './claim-match-terms.migration.js';

const ctx = { extractorVersion: 'test-1', now: '2025-03-01T00:00:00.000Z' };

forEachDialect('migration 0008 (claim match terms)', (getDb) => {
  it('indexes existing event and meeting claims as recording indexes new ones', async () => {
    const { db } = getDb();
    const w = await seedWorld(db);
    const facts: Fact[] = [
      { kind: 'event', event_type: 'session', org: ref('org', 'متروپلیس', 'Metropolis', w.metropolis), host: ref('city', 'کرج', 'Karaj'), date: '2024-05', ...reported('نشست متروپلیس در کرج.') } as Fact,
      { kind: 'event', event_type: 'congress', participants: [ref('city', 'تبریز', 'Tabriz', w.tabriz), ref('city', 'یزد', 'Yazd')], ...reported('کنگره با حضور تبریز و یزد.') } as Fact,
      { kind: 'meeting', participants: [ref('person', 'علیرضا زاکانی', 'Alireza Zakani', w.zakani), ref('person', 'کاوه نوری', 'Kaveh Nouri')], place: ref('city', 'تهران', 'Tehran', w.tehran), ...reported('دیدار در تهران.') } as Fact,
      { kind: 'seat', org: ref('org', 'متروپلیس', 'Metropolis', w.metropolis), city: ref('city', 'تهران', 'Tehran', w.tehran), ...reported('دفتر متروپلیس در تهران است.') } as Fact,
    ];
    await seedArticle(db, { id: 'm1', site: 'm.ir' });
    await recordClaims(db, 'm1', facts, ctx);
    const terms = () => db.selectFrom('claim_match_terms').select(['term', 'claim_id']).orderBy('term').orderBy('claim_id').execute();
    const recorded = await terms();
    // Both events and the meeting are indexed (organizer/host pair and each participant); the seat is not.
    expect(new Set(recorded.map((t) => t.claim_id)).size).toBe(3);
    expect(recorded.map((t) => t.term)).toContain(`event|oh:${w.metropolis}|?city:${'کرج'}`);
    await down(db as unknown as Kysely<unknown>);
    await up(db as unknown as Kysely<unknown>);
    expect(await terms()).toEqual(recorded);
  });
});
