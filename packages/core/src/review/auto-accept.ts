import { AppError, isAppError } from '../errors.js';
import type { Db } from '../storage/database.js';
import { AUTO_ACCEPT_ACTOR, CERTAIN_LINKS, type Claim } from '../claims/claim.js';
import { hydrateClaims } from '../claims/claims.repository.js';
import { decideAcceptClaim } from './accept-claim.js';

/** The auto-accept policy: accept claims with confidence ≥ `minConfidence` from ≥ `minSources` independent sources. */
export interface AutoAcceptPolicy {
  minConfidence: number;
  minSources: number;
}

/** Parses `SHAHRNET_AUTO_ACCEPT` (`off` or `CONFIDENCE:SOURCES`, e.g. `0.9:2`); undefined when off. */
export function parseAutoAcceptPolicy(value: string | undefined): AutoAcceptPolicy | undefined {
  if (!value || value === 'off') return undefined;
  const m = /^(\d(?:\.\d+)?):(\d+)$/.exec(value);
  const minConfidence = Number(m?.[1]);
  const minSources = Number(m?.[2]);
  if (!m || minConfidence > 1 || minSources < 1) {
    throw new AppError('validation_failed', `invalid auto-accept policy ${value}`, [{ source: 'SHAHRNET_AUTO_ACCEPT', message: 'off, or CONFIDENCE (0..1):SOURCES (>= 1), e.g. 0.9:2' }]);
  }
  return { minConfidence, minSources };
}

/** Whether a claim qualifies: proposed, unflagged, confident enough, independently sourced, every argument linked for certain. */
export function qualifiesForAutoAccept(claim: Claim, policy: AutoAcceptPolicy): boolean {
  return (
    claim.status === 'proposed' &&
    claim.flags.length === 0 &&
    claim.confidence >= policy.minConfidence &&
    claim.sourceCount >= policy.minSources &&
    claim.arguments.every((a) => CERTAIN_LINKS.has(a.link) && a.entityId)
  );
}

/** What a sweep did. */
export interface AutoAcceptSummary {
  considered: number;
  accepted: number;
  flagged: number;
}

/**
 * Applies the policy to proposed claims (all, or `claimIds`), each in its own transaction, as the
 * actor `{kind:'system', id:'auto-accept'}` with the policy as the reason. A claim that turns out
 * to contradict stored facts is flagged and left for a person. Run after ingest (CLI, worker).
 */
export async function autoAcceptClaims(db: Db, policy: AutoAcceptPolicy, options: { claimIds?: string[] } = {}): Promise<AutoAcceptSummary> {
  const summary: AutoAcceptSummary = { considered: 0, accepted: 0, flagged: 0 };
  const reason = `auto-accept policy: confidence >= ${policy.minConfidence} from >= ${policy.minSources} independent sources`;
  let after = '';
  for (;;) {
    let q = db
      .selectFrom('claims')
      .selectAll()
      .where('status', '=', 'proposed')
      .where('confidence', '>=', policy.minConfidence)
      .where('source_count', '>=', policy.minSources)
      .where('id', '>', after)
      .orderBy('id')
      .limit(200);
    if (options.claimIds) q = q.where('id', 'in', options.claimIds.length ? options.claimIds : ['']);
    const rows = await q.execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.id ?? after;
    for (const claim of await hydrateClaims(db, rows)) {
      summary.considered += 1;
      if (!qualifiesForAutoAccept(claim, policy)) continue;
      try {
        const r = await decideAcceptClaim(db, claim.id, { expectedVersion: claim.version }, { actor: AUTO_ACCEPT_ACTOR, reason });
        if (r.outcome === 'accepted') summary.accepted += 1;
        else summary.flagged += 1;
      } catch (error) {
        // A reviewer acting at the same moment, or a claim the plan cannot state: leave it to people.
        if (!isAppError(error) || error.code === 'internal') throw error;
      }
    }
  }
  return summary;
}
