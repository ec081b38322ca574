import type { ClaimFact, ClaimFlag } from './claim.js';

/** `a < b` for partial dates compared at the coarser precision (2021 is not before 2021-06). */
export function strictlyBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/**
 * Contradictions visible in a claim and its reports alone (no database): a term that ends before
 * it starts, and reports giving a member two different ordinals. Contradictions with stored
 * statements are found when accepting (`findContradictions`).
 */
export function intrinsicFlags(fact: ClaimFact, reports: readonly Record<string, unknown>[]): ClaimFlag[] {
  const flags: ClaimFlag[] = [];
  const f = fact as unknown as Record<string, unknown>;
  if (fact.kind === 'post' && typeof f.start === 'string' && typeof f.end === 'string' && strictlyBefore(f.end, f.start)) {
    flags.push({ code: 'ends_before_start', message: `the term ends (${f.end}) before it starts (${f.start})`, statementIds: [] });
  }
  if (fact.kind === 'membership') {
    const ordinals = new Set([f.ordinal, ...reports.map((r) => r.ordinal)].filter((o): o is number => typeof o === 'number'));
    if (ordinals.size > 1) {
      flags.push({ code: 'ordinal_mismatch', message: `reports give different ordinals: ${[...ordinals].sort((a, b) => a - b).join(', ')}`, statementIds: [] });
    }
  }
  return flags;
}
