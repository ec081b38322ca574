import { sql } from 'kysely';
import type { Actor } from '../domain/actor.js';
import type { EntityType } from '../domain/entity.js';
import type { FactKind } from '../extraction/types.js';
import type { Db } from '../storage/database.js';
import { insertRows, runTemplate, slot } from '../storage/query-template.js';
import type { ClaimArgumentsTable, ClaimEvidenceTable, ClaimsTable } from './claims.table.js';
import { candidateTerms, clusterTerms } from './claim-matching.js';
import { type ArgumentLink, type Claim, type ClaimArgument, type ClaimEvidence, type ClaimFact, type ClaimFlag, type ClaimStatus } from './claim.js';

const CHUNK = 400;

async function chunked<T, R>(items: readonly T[], fn: (part: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await fn(items.slice(i, i + CHUNK))));
  return out;
}

/** The row of an argument. */
export function argumentRow(claimId: string, a: ClaimArgument): ClaimArgumentsTable {
  return {
    claim_id: claimId,
    slot: a.slot,
    position: a.position,
    entity_type: a.entityType,
    name_fa: a.nameFa ?? null,
    name_en: a.nameEn ?? null,
    name_key: a.nameKey,
    entity_id: a.entityId ?? null,
    link: a.link,
    suggestions: JSON.stringify(a.suggestions),
  };
}

/** Domain view of an argument row. */
export function rowToArgument(r: ClaimArgumentsTable): ClaimArgument {
  const a: ClaimArgument = {
    slot: r.slot,
    position: Number(r.position),
    entityType: r.entity_type as EntityType,
    nameKey: r.name_key,
    link: r.link as ArgumentLink,
    suggestions: JSON.parse(r.suggestions) as string[],
  };
  if (r.name_fa !== null) a.nameFa = r.name_fa;
  if (r.name_en !== null) a.nameEn = r.name_en;
  if (r.entity_id !== null) a.entityId = r.entity_id;
  return a;
}

/**
 * Replaces the arguments of a claim (`fresh`: the claim was just created and has none to delete) and,
 * for an event or meeting, its cluster terms (`clusterTerms`), which derive from the arguments. `kind`
 * saves reading it from the claim.
 */
export async function writeArguments(db: Db, claimId: string, args: readonly ClaimArgument[], fresh = false, kind?: string): Promise<void> {
  if (!fresh) await db.deleteFrom('claim_arguments').where('claim_id', '=', claimId).execute();
  if (args.length > 0) await insertRows(db, 'claim_arguments', args.map((a) => argumentRow(claimId, a) as unknown as Record<string, unknown>));
  const k = kind ?? (await db.selectFrom('claims').select('kind').where('id', '=', claimId).executeTakeFirst())?.kind ?? '';
  await writeClusterTerms(db, claimId, k, args, fresh);
}

/** Replaces the cluster terms of a claim (none for kinds other than event and meeting). */
export async function writeClusterTerms(db: Db, claimId: string, kind: string, args: readonly ClaimArgument[], fresh = false): Promise<void> {
  const terms = clusterTerms(kind, args);
  if (!fresh && (kind === 'event' || kind === 'meeting')) await db.deleteFrom('claim_match_terms').where('claim_id', '=', claimId).execute();
  if (terms.length > 0) await insertRows(db, 'claim_match_terms', terms.map((term) => ({ term, claim_id: claimId })));
}

/** Arguments of claims, by claim id, in slot/position order. */
export async function loadArguments(db: Db, claimIds: readonly string[]): Promise<Map<string, ClaimArgument[]>> {
  const rows = await chunked(claimIds, (part) =>
    db.selectFrom('claim_arguments').selectAll().where('claim_id', 'in', part).orderBy('claim_id').orderBy('slot').orderBy('position').execute(),
  );
  const out = new Map<string, ClaimArgument[]>();
  for (const r of rows) out.set(r.claim_id, [...(out.get(r.claim_id) ?? []), rowToArgument(r)]);
  return out;
}

/**
 * The claims (not merged) with match key `key` that may be `compatible` with a new report of kind
 * `kind` whose arguments are `args`, oldest first (the order clustering picks the first match in).
 * For most kinds that is every claim of the key (a handful: the key holds the key arguments). Events
 * and meetings are bucketed coarsely (a type and a year, a month, or undated), so their buckets grow
 * with the corpus; for them only the claims holding one of the report's `candidateTerms` are read,
 * through the cluster index. Those are a superset of the compatible claims, so the first compatible
 * one is the one reading the whole bucket would find.
 */
export async function candidateClaims(db: Db, kind: FactKind, key: string, args: readonly ClaimArgument[]): Promise<ClaimsTable[]> {
  const terms = candidateTerms(kind, args);
  let rows: ClaimsTable[];
  if (terms === null) {
    rows = (
      await runTemplate(db, 'claims.byKey', (d) => d.selectFrom('claims').selectAll().where('match_key', '=', slot<string>(0)).where('status', '<>', 'merged'), [key])
    ).rows;
  } else {
    if (terms.length === 0) return [];
    rows = (
      await runTemplate(
        db,
        `claims.byTerms:${terms.length}`,
        (d) =>
          d
            .selectFrom('claims')
            .selectAll()
            .where('id', 'in', (eb) => eb.selectFrom('claim_match_terms').select('claim_id').where('term', 'in', terms.map((_, i) => slot<string>(i + 1))))
            // `|| ''` keeps the planner off the match-key index: reading the (large) bucket is what the terms avoid.
            .where(sql<string>`${sql.ref('match_key')} || ''`, '=', slot<string>(0))
            .where('status', '<>', 'merged'),
        [key, ...terms],
      )
    ).rows;
  }
  // Oldest first (sorted here: a sort b-tree per query cost more than the query).
  return rows.sort((x, y) => (x.created_at < y.created_at ? -1 : x.created_at > y.created_at ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Evidence of claims, by claim id, oldest first, with the article's URL and title. */
export async function loadEvidence(db: Db, claimIds: readonly string[]): Promise<Map<string, ClaimEvidence[]>> {
  const rows = await chunked(claimIds, (part) =>
    db
      .selectFrom('claim_evidence as e')
      .innerJoin('articles as a', 'a.id', 'e.article_id')
      .select([
        'e.id', 'e.claim_id', 'e.article_id', 'e.sentence', 'e.char_start', 'e.char_end', 'e.extractor_version',
        'e.confidence', 'e.site', 'e.published', 'e.created_at', 'a.url', 'a.canonical_url', 'a.title',
      ])
      .where('e.claim_id', 'in', part)
      .orderBy('e.created_at')
      .orderBy('e.id')
      .execute(),
  );
  const out = new Map<string, ClaimEvidence[]>();
  for (const r of rows) {
    const e: ClaimEvidence = {
      id: r.id,
      articleId: r.article_id,
      sentence: r.sentence,
      extractorVersion: r.extractor_version,
      confidence: Number(r.confidence),
      createdAt: r.created_at,
    };
    if (r.char_start !== null) e.start = Number(r.char_start);
    if (r.char_end !== null) e.end = Number(r.char_end);
    if (r.site !== null) e.site = r.site;
    if (r.published !== null) e.published = r.published;
    const url = r.canonical_url ?? r.url;
    if (url) e.url = url;
    if (r.title) e.title = r.title;
    out.set(r.claim_id, [...(out.get(r.claim_id) ?? []), e]);
  }
  return out;
}

/** Maps a claim row plus its arguments and evidence to the domain view. */
export function rowToClaim(r: ClaimsTable, args: ClaimArgument[], evidence: ClaimEvidence[]): Claim {
  const c: Claim = {
    id: r.id,
    kind: r.kind as FactKind,
    status: r.status as ClaimStatus,
    fact: JSON.parse(r.fact) as ClaimFact,
    confidence: Number(r.confidence),
    evidenceCount: Number(r.evidence_count),
    sourceCount: Number(r.source_count),
    flags: JSON.parse(r.flags) as ClaimFlag[],
    statementIds: JSON.parse(r.statement_ids) as string[],
    entityIds: JSON.parse(r.entity_ids) as string[],
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    arguments: args,
    evidence,
  };
  if (r.date_value !== null) c.date = r.date_value;
  if (r.merged_into !== null) c.mergedInto = r.merged_into;
  if (r.decided_at !== null) c.decidedAt = r.decided_at;
  if (r.decided_by_kind !== null && r.decided_by_id !== null) {
    c.decidedBy = { kind: r.decided_by_kind as Actor['kind'], id: r.decided_by_id, name: r.decided_by_name ?? r.decided_by_id };
  }
  if (r.decision_reason !== null) c.decisionReason = r.decision_reason;
  return c;
}

/** Claims with their arguments and evidence, in the order of `rows`. */
export async function hydrateClaims(db: Db, rows: readonly ClaimsTable[]): Promise<Claim[]> {
  const ids = rows.map((r) => r.id);
  const [args, evidence] = await Promise.all([loadArguments(db, ids), loadEvidence(db, ids)]);
  return rows.map((r) => rowToClaim(r, args.get(r.id) ?? [], evidence.get(r.id) ?? []));
}

/** One claim, or undefined. */
export async function loadClaim(db: Db, id: string): Promise<Claim | undefined> {
  const row = await db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [claim] = await hydrateClaims(db, [row]);
  return claim;
}

/** What a claim derives from its reports: best confidence, reports, distinct stories and sites. */
export interface EvidenceAggregates {
  confidence: number;
  evidenceCount: number;
  rootCount: number;
  siteCount: number;
}

/**
 * Independent sources as the smaller of distinct original stories (near-duplicate copies count as
 * their original) and distinct sites (an article without a site counts as its own story).
 */
export function sourceCount(a: Pick<EvidenceAggregates, 'rootCount' | 'siteCount'>): number {
  return Math.min(a.rootCount, a.siteCount);
}

/** Counts what a claim derives from all its evidence rows (aggregated by the database). */
export async function countEvidence(db: Db, claimId: string): Promise<EvidenceAggregates> {
  const root = sql<string>`coalesce(a.duplicate_of, e.article_id)`;
  const agg = await db
    .selectFrom('claim_evidence as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select([
      sql<number | null>`max(e.confidence)`.as('confidence'),
      sql<number>`count(*)`.as('evidence'),
      sql<number>`count(distinct ${root})`.as('roots'),
      sql<number>`count(distinct coalesce(a.site, 'article:' || ${root}))`.as('sites'),
    ])
    .where('e.claim_id', '=', claimId)
    .executeTakeFirstOrThrow();
  return { confidence: Math.max(0, Number(agg.confidence ?? 0)), evidenceCount: Number(agg.evidence), rootCount: Number(agg.roots), siteCount: Number(agg.sites) };
}

/**
 * Whether a report from an article whose original story is `root` and whose site is `site` brings a
 * story and a site the claim's stored reports do not have (the site of an article without one being
 * its story, as in `countEvidence`). Index look-ups only, however many reports the claim has: the
 * story's articles (the original and its near-duplicate copies) and their evidence rows, and the
 * claim's reports on the site. Ask before storing the report's own evidence rows.
 */
export async function reportNovelty(db: Db, claimId: string, root: string, site: string | null): Promise<{ newRoot: boolean; newSite: boolean }> {
  // Values: 0 claim, 1 root, 2 site.
  const { rows } = await runTemplate(
    db,
    `claims.novelty:${site === null ? 'no-site' : 'site'}`,
    (d) =>
      d.selectNoFrom((eb) => {
        const story = eb
          .selectFrom('articles')
          .select('id')
          .where((w) => w.or([w('id', '=', slot<string>(1)), w('duplicate_of', '=', slot<string>(1))]));
        // Reports of the story, found from its few articles: `|| ''` keeps the planner from reading every
        // report of the claim instead (a claim may have thousands).
        const reportsOfStory = (noSite: boolean) => {
          let q = eb
            .selectFrom('claim_evidence as e')
            .select('e.id')
            .where('e.article_id', 'in', story)
            .where(sql<string>`${sql.ref('e.claim_id')} || ''`, '=', slot<string>(0));
          if (noSite) q = q.where('e.site', 'is', null);
          return eb.exists(q);
        };
        const sameSite =
          site === null
            ? reportsOfStory(true)
            : eb.exists(eb.selectFrom('claim_evidence as e').select('e.id').where('e.site', '=', slot<string>(2)).where('e.claim_id', '=', slot<string>(0)));
        return [reportsOfStory(false).as('has_root'), sameSite.as('has_site')];
      }),
    [claimId, root, site],
  );
  const row = rows[0];
  return { newRoot: !truthy(row?.has_root), newSite: !truthy(row?.has_site) };
}

/** A boolean as either dialect returns it (SQLite: 0/1, PostgreSQL: true/false). */
function truthy(value: unknown): boolean {
  return value === true || Number(value) === 1;
}

/**
 * Recomputes and stores what a claim derives from its evidence: highest confidence, number of reports
 * and of independent sources (`sourceCount`). Does not bump the version: new evidence must not
 * invalidate a reviewer's pending decision.
 */
export async function refreshEvidenceAggregates(db: Db, claimId: string, now: string): Promise<void> {
  const agg = await countEvidence(db, claimId);
  await db
    .updateTable('claims')
    .set({
      confidence: agg.confidence,
      evidence_count: agg.evidenceCount,
      root_count: agg.rootCount,
      site_count: agg.siteCount,
      source_count: sourceCount(agg),
      updated_at: now,
    })
    .where('id', '=', claimId)
    .execute();
}

/** Evidence rows of a report (insert is idempotent by id). Returns the number of rows inserted. */
export async function insertEvidence(db: Db, rows: readonly ClaimEvidenceTable[]): Promise<number> {
  let inserted = 0;
  for (const part of await chunked(rows, async (p) => [p])) inserted += await insertRows(db, 'claim_evidence', part as unknown as Record<string, unknown>[], 'nothing');
  return inserted;
}

/**
 * Applies `patch` to a claim if its version is still `expectedVersion`, bumping the version; the
 * conditional UPDATE is the lock (on PostgreSQL a concurrent writer waits for it and then finds
 * the version changed). Returns false when the version did not match.
 */
export async function updateClaimIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<ClaimsTable, 'id' | 'version' | 'created_at'>>,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('claims')
    .set({ ...patch, version: expectedVersion + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
