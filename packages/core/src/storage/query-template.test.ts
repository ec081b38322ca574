import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/dialects.js';
import { insertRows, runTemplate, slot } from './query-template.js';

forEachDialect('query templates', (getDb) => {
  it('run one compiled shape with each call’s values, keeping the constants of the shape', async () => {
    const { db } = getDb();
    const terms = [
      { term: 'event|o:a', claim_id: 'c1' },
      { term: 'event|o:b', claim_id: 'c2' },
      { term: 'event|h:a', claim_id: 'c3' },
    ];
    // claim_match_terms.claim_id references claims: the rows it points at first.
    const claim = (id: string) => ({
      id, kind: 'event', match_key: 'event|session|undated', status: id === 'c3' ? 'merged' : 'proposed', fact: '{}', date_value: null,
      confidence: 0.5, evidence_count: 1, source_count: 1, root_count: 1, site_count: 1, flags: '[]', statement_ids: '[]', entity_ids: '[]',
      merged_into: null, version: 1, decided_at: null, decided_by_kind: null, decided_by_id: null, decided_by_name: null,
      decision_reason: null, created_at: '2025-01-01', updated_at: '2025-01-01',
    });
    expect(await insertRows(db, 'claims', [claim('c1'), claim('c2'), claim('c3')])).toBe(3);
    expect(await insertRows(db, 'claim_match_terms', terms)).toBe(3);
    // A repeated row is skipped with ON CONFLICT DO NOTHING and counted as not inserted.
    expect(await insertRows(db, 'claim_match_terms', [terms[0] as (typeof terms)[number], { term: 'event|p:x', claim_id: 'c1' }], 'nothing')).toBe(1);
    const find = (term: string) =>
      runTemplate(
        db,
        'test.claimsOfTerm',
        (d) =>
          d
            .selectFrom('claim_match_terms as t')
            .innerJoin('claims as c', 'c.id', 't.claim_id')
            .select('c.id')
            .where('t.term', '=', slot<string>(0))
            .where('c.status', '<>', 'merged'),
        [term],
      ).then((r) => r.rows.map((x) => x.id));
    expect(await find('event|o:a')).toEqual(['c1']);
    expect(await find('event|o:b')).toEqual(['c2']);
    // The constant 'merged' of the shape still applies to later calls.
    expect(await find('event|h:a')).toEqual([]);
  });
});
