import type { Actor } from '../domain/actor.js';
import type { EntityType } from '../domain/entity.js';
import type { FactKind } from '../extraction/types.js';
import type { Db } from '../storage/database.js';
import type { ClaimArgumentsTable, ClaimEvidenceTable, ClaimsTable } from './claims.table.js';
import type { ArgumentLink, Claim, ClaimArgument, ClaimEvidence, ClaimFact, ClaimFlag, ClaimStatus } from './claim.js';

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

/** Replaces the arguments of a claim. */
export async function writeArguments(db: Db, claimId: string, args: readonly ClaimArgument[]): Promise<void> {
  await db.deleteFrom('claim_arguments').where('claim_id', '=', claimId).execute();
  if (args.length > 0) await db.insertInto('claim_arguments').values(args.map((a) => argumentRow(claimId, a))).execute();
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

/**
 * Recomputes what a claim derives from its evidence: highest confidence, number of reports and of
 * independent sources (near-duplicate copies count as their original; one site counts once).
 * Does not bump the version: new evidence must not invalidate a reviewer's pending decision.
 */
export async function refreshEvidenceAggregates(db: Db, claimId: string, now: string): Promise<void> {
  const rows = await db
    .selectFrom('claim_evidence as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select(['e.confidence', 'e.article_id', 'a.duplicate_of', 'a.site'])
    .where('e.claim_id', '=', claimId)
    .execute();
  const roots = new Set(rows.map((r) => r.duplicate_of ?? r.article_id));
  const sites = new Set(rows.map((r) => r.site ?? `article:${r.duplicate_of ?? r.article_id}`));
  await db
    .updateTable('claims')
    .set({
      confidence: rows.reduce((m, r) => Math.max(m, Number(r.confidence)), 0),
      evidence_count: rows.length,
      source_count: Math.min(roots.size, sites.size),
      updated_at: now,
    })
    .where('id', '=', claimId)
    .execute();
}

/** Evidence row of a report (insert is idempotent by id). */
export async function insertEvidence(db: Db, rows: readonly ClaimEvidenceTable[]): Promise<void> {
  for (const part of await chunked(rows, async (p) => [p])) {
    await db.insertInto('claim_evidence').values(part).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
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
