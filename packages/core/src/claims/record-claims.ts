import { createHash } from 'node:crypto';
import { FACT_KINDS, type EntityRef, type Fact } from '../extraction/types.js';
import { resolveArgument, type ResolveCache } from '../reconcile/resolve-argument.js';
import type { Db } from '../storage/database.js';
import type { ClaimEvidenceTable, ClaimsTable } from './claims.table.js';
import { insertRows, runTemplate, slot } from '../storage/query-template.js';
import type { ClaimArgument, ClaimFact } from './claim.js';
import { argumentIdentity, compatible, matchKey } from './claim-matching.js';
import { claimFactOf, factArguments, mainDate } from './fact-arguments.js';
import { intrinsicFlags } from './intrinsic-flags.js';
import {
  candidateClaims,
  countEvidence,
  insertEvidence,
  loadArguments,
  reportNovelty,
  sourceCount,
  writeArguments,
  type EvidenceAggregates,
} from './claims.repository.js';
import { addReferences } from '../statements/statement.repository.js';
import { evidenceReferences } from './evidence-references.js';

/** What recording needs besides the facts. */
export interface RecordClaimsContext {
  extractorVersion: string;
  /** ISO timestamp of the ingest transaction. */
  now: string;
  /** The article's site, publication date and original (`duplicate_of`), when the caller has them (saves reading them). */
  article?: { site: string | null; published: string | null; duplicateOf: string | null };
  /**
   * The article was stored in this transaction, so none of its facts can have been recorded before
   * (saves looking for an earlier run's reports).
   */
  freshArticle?: boolean;
  /**
   * Argument resolutions to reuse, for as long as the registry cannot change under the caller: one
   * transaction (ingest shares one across the articles of its batch). Default: one per call.
   */
  resolveCache?: ResolveCache;
}

/** What recording did: claims created, reports attached to existing claims, and every claim touched. */
export interface RecordClaimsResult {
  created: number;
  attached: number;
  claimIds: string[];
}

/** Deterministic claim id from its first report, so a re-run or a crash recovery makes the same ids. */
export function claimIdFor(firstEvidenceId: string): string {
  return `clm_${createHash('sha256').update(firstEvidenceId).digest('hex').slice(0, 24)}`;
}

/** Fills the fields a claim lacks from a new report (a later article may give the ordinal or the day). */
function enrich(fact: ClaimFact, report: ClaimFact, date: string | undefined, reportDate: string | undefined): ClaimFact {
  const out = { ...(fact as unknown as Record<string, unknown>) };
  for (const [k, v] of Object.entries(report as unknown as Record<string, unknown>)) {
    if (v === undefined || Array.isArray(v) || (v && typeof v === 'object')) continue;
    if (out[k] === undefined) out[k] = v;
  }
  // A more precise date that agrees with the claim's replaces it.
  if (date && reportDate && reportDate.length > date.length && reportDate.startsWith(date)) {
    for (const k of ['start', 'date', 'since']) if (out[k] === date) out[k] = reportDate;
  }
  return out as unknown as ClaimFact;
}

function isFact(value: unknown): value is Fact {
  const v = value as Partial<Fact> | null;
  return !!v && typeof v === 'object' && (FACT_KINDS as readonly string[]).includes(String(v.kind));
}

/**
 * Turns the facts extracted from one stored article into claims with evidence, in the caller's
 * transaction (the ingest transaction of the article). For each fact: link its arguments
 * (`resolveArgument`), compute its match key, and either attach the report to an existing claim
 * stating the same fact (same key, `compatible` dates/participants — any status but `merged`; a
 * report of an accepted claim also becomes a reference of its statements) or create a claim.
 * Evidence ids are `<article>:<fact>:<evidence>`, so recording the same article twice adds nothing.
 * Facts of unknown kinds are skipped.
 */
export async function recordClaims(db: Db, articleId: string, facts: readonly Fact[], ctx: RecordClaimsContext): Promise<RecordClaimsResult> {
  const result: RecordClaimsResult = { created: 0, attached: 0, claimIds: [] };
  if (facts.length === 0) return result;
  const article =
    ctx.article ??
    (await db.selectFrom('articles').select(['site', 'published', 'duplicate_of as duplicateOf']).where('id', '=', articleId).executeTakeFirst());
  // The story the article tells: its original when it is a near-duplicate copy (independent sources count stories).
  const root = article?.duplicateOf ?? articleId;
  const cache: ResolveCache = ctx.resolveCache ?? new Map();
  // Facts of this article recorded before (a re-run): their first report, looked up once for all facts.
  const firstIds = facts.map((_, position) => `${articleId}:${position}:0`);
  const recorded = new Map<string, string>();
  for (let i = 0; !ctx.freshArticle && i < firstIds.length; i += 400) {
    const part = firstIds.slice(i, i + 400);
    for (const r of await db.selectFrom('claim_evidence').select(['id', 'claim_id']).where('id', 'in', part).execute()) recorded.set(r.id, r.claim_id);
  }
  for (const [position, fact] of facts.entries()) {
    if (!isFact(fact)) continue;
    const seen = recorded.get(`${articleId}:${position}:0`);
    if (seen !== undefined) {
      result.claimIds.push(seen);
      continue;
    }
    const claimFact = claimFactOf(fact);
    const args: ClaimArgument[] = [];
    for (const a of factArguments(fact)) args.push(await resolveArgument(db, a, cache));
    const date = mainDate(fact);
    const key = matchKey(claimFact, args, date);
    const evidence: ClaimEvidenceTable[] = (fact.evidence.length > 0 ? fact.evidence : [{ sentence: '', start: -1, end: -1 }]).map((e, j) => ({
      id: `${articleId}:${position}:${j}`,
      claim_id: '',
      article_id: articleId,
      sentence: e.sentence,
      char_start: e.start >= 0 ? e.start : null,
      char_end: e.end >= 0 ? e.end : null,
      extractor_version: ctx.extractorVersion,
      confidence: fact.confidence,
      site: article?.site ?? null,
      published: article?.published ?? null,
      fact: JSON.stringify(claimFact),
      created_at: ctx.now,
    }));
    const rows = await candidateClaims(db, fact.kind, key, args);
    // Only events and meetings compare (and gain) arguments; other kinds' keys hold them already.
    const withArgs = fact.kind === 'event' || fact.kind === 'meeting';
    const existingArgs = withArgs ? await loadArguments(db, rows.map((r) => r.id)) : new Map<string, ClaimArgument[]>();
    const match = rows.find((r) =>
      compatible(
        { fact: JSON.parse(r.fact) as ClaimFact, date: r.date_value ?? undefined, args: existingArgs.get(r.id) ?? [] },
        { fact: claimFact, date, args },
      ),
    );
    if (match) {
      const claimId = match.id;
      // Whether this report brings a new story or site, asked before its own rows are stored; a claim
      // recorded before the counts were kept is recounted once instead.
      const counted = match.root_count !== null && match.site_count !== null;
      const novelty = counted ? await reportNovelty(db, claimId, root, article?.site ?? null) : undefined;
      const inserted = await insertEvidence(db, evidence.map((e) => ({ ...e, claim_id: claimId })));
      const current = JSON.parse(match.fact) as ClaimFact;
      const merged = enrich(current, claimFact, match.date_value ?? undefined, date);
      // New participants of an event/meeting join the claim's arguments.
      const have = new Set((existingArgs.get(claimId) ?? []).map((a) => `${a.slot}|${argumentIdentity(a)}`));
      const refs = factArguments(fact);
      const extra = args
        .map((a, i) => ({ a, ref: refs[i] }))
        .filter(({ a }) => a.slot === 'participants' && !have.has(`${a.slot}|${argumentIdentity(a)}`));
      if (extra.length > 0) {
        const mf = merged as unknown as { participants?: EntityRef[] };
        const parts = [...(mf.participants ?? [])];
        const added = extra.map(({ a, ref }) => {
          if (ref) parts.push(ref.ref);
          return { ...a, position: parts.length - 1 };
        });
        mf.participants = parts;
        await writeArguments(db, claimId, [...(existingArgs.get(claimId) ?? []), ...added], false, match.kind);
      }
      // Of the reports, intrinsicFlags only reads membership ordinals: other kinds need not load them all again.
      const reports =
        match.status === 'proposed' && merged.kind === 'membership'
          ? (
              await runTemplate(db, 'claims.reportFacts', (d) => d.selectFrom('claim_evidence').select('fact').distinct().where('claim_id', '=', slot<string>(0)), [claimId])
            ).rows.map((r) => JSON.parse(r.fact) as Record<string, unknown>)
          : [];
      const flags = match.status === 'proposed' ? intrinsicFlags(merged, reports) : (JSON.parse(match.flags) as unknown[]);
      const agg: EvidenceAggregates = novelty
        ? {
            confidence: Math.max(Number(match.confidence), fact.confidence, 0),
            evidenceCount: Number(match.evidence_count) + inserted,
            rootCount: Number(match.root_count) + (novelty.newRoot ? 1 : 0),
            siteCount: Number(match.site_count) + (novelty.newSite ? 1 : 0),
          }
        : await countEvidence(db, claimId);
      // One update: the enriched fact and what the claim derives from its reports (not the version:
      // new evidence must not invalidate a reviewer's pending decision).
      await runTemplate(
        db,
        'claims.attachReport',
        (d) =>
          d
            .updateTable('claims')
            .set({
              fact: slot<string>(1),
              date_value: slot<string | null>(2),
              flags: slot<string>(3),
              confidence: slot<number>(4),
              evidence_count: slot<number>(5),
              root_count: slot<number>(6),
              site_count: slot<number>(7),
              source_count: slot<number>(8),
              updated_at: slot<string>(9),
            })
            .where('id', '=', slot<string>(0)),
        [
          claimId, JSON.stringify(merged), mainDate(merged) ?? null, JSON.stringify(flags), agg.confidence, agg.evidenceCount,
          agg.rootCount, agg.siteCount, sourceCount(agg), ctx.now,
        ],
      );
      if (match.status === 'accepted') {
        const refs = await evidenceReferences(db, evidence.map((e) => e.id));
        for (const statementId of JSON.parse(match.statement_ids) as string[]) await addReferences(db, statementId, refs, ctx.now);
      }
      result.attached += 1;
      result.claimIds.push(claimId);
      continue;
    }

    const claimId = claimIdFor(evidence[0]?.id ?? `${articleId}:${position}`);
    const row: ClaimsTable = {
      id: claimId, kind: fact.kind, match_key: key, status: 'proposed', fact: JSON.stringify(claimFact), date_value: date ?? null,
      // What countEvidence would count: every report is from this one article (one story, one site).
      confidence: Math.max(0, fact.confidence), evidence_count: evidence.length, source_count: 1, root_count: 1, site_count: 1,
      flags: JSON.stringify(intrinsicFlags(claimFact, [claimFact as unknown as Record<string, unknown>])),
      statement_ids: '[]', entity_ids: '[]', merged_into: null, version: 1, decided_at: null, decided_by_kind: null,
      decided_by_id: null, decided_by_name: null, decision_reason: null, created_at: ctx.now, updated_at: ctx.now,
    };
    await insertRows(db, 'claims', [row as unknown as Record<string, unknown>]);
    await writeArguments(db, claimId, args, true, fact.kind);
    await insertEvidence(db, evidence.map((e) => ({ ...e, claim_id: claimId })));
    result.created += 1;
    result.claimIds.push(claimId);
  }
  result.claimIds = [...new Set(result.claimIds)];
  return result;
}
