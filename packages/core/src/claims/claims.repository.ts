import { sql } from 'kysely';
import type { Actor } from '../domain/actor.js';
import type { EntityType } from '../domain/entity.js';
import type { FactKind } from '../extraction/types.js';
import type { Db } from '../storage/database.js';
import type { ClaimArgumentsTable, ClaimEvidenceTable, ClaimsTable } from './claims.table.js';
import { ARGUMENT_LINKS, CERTAIN_LINKS, type ArgumentLink, type Claim, type ClaimArgument, type ClaimEvidence, type ClaimFact, type ClaimFlag, type ClaimStatus } from './claim.js';

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

/**
 * Slots in which kinds with coarse match keys must share an argument identity to be `compatible`:
 * an event names its organizer, host or a participant in common (or neither side names an organizer
 * or host), a meeting at least one participant.
 */
const SHARED_SLOTS: Partial<Record<FactKind, readonly string[]>> = {
  event: ['org', 'host', 'participants'],
  meeting: ['participants'],
};

const CERTAIN = [...CERTAIN_LINKS];
const UNCERTAIN = ARGUMENT_LINKS.filter((l) => !CERTAIN_LINKS.has(l));

/**
 * The claims (not merged) with match key `key` that may be `compatible` with a new report of kind
 * `kind` whose arguments are `args`, oldest first (the order clustering picks the first match in).
 * For most kinds that is every claim of the key. Events and meetings are bucketed coarsely (a type and
 * year, a month), so a bucket grows with the corpus; for them only claims sharing an argument identity
 * (`argumentIdentity`: the entity id of a certain link, else type and folded name) in the slots
 * `compatible` compares are returned — found through the argument indexes, not by reading the bucket —
 * plus, for an event naming no organizer or host, the events that name neither. A superset of the
 * compatible claims, so the first compatible one is the same as when reading the whole bucket.
 */
export async function candidateClaims(db: Db, kind: FactKind, key: string, args: readonly ClaimArgument[]): Promise<ClaimsTable[]> {
  const base = db.selectFrom('claims').selectAll().where('match_key', '=', key).where('status', '<>', 'merged');
  const slots = SHARED_SLOTS[kind];
  if (!slots) return base.orderBy('created_at').orderBy('id').execute();
  const mine = args.filter((a) => slots.includes(a.slot));
  const certainIds = [...new Set(mine.filter((a) => CERTAIN_LINKS.has(a.link) && a.entityId).map((a) => a.entityId as string))];
  const named = new Map<string, { type: string; key: string }>();
  for (const a of mine) if (!(CERTAIN_LINKS.has(a.link) && a.entityId)) named.set(`${a.entityType}\u0000${a.nameKey}`, { type: a.entityType, key: a.nameKey });
  const namesOrgOrHost = mine.some((a) => a.slot === 'org' || a.slot === 'host');
  const neitherBranch = kind === 'event' && !namesOrgOrHost;
  if (certainIds.length === 0 && named.size === 0 && !neitherBranch) return [];
  const sharing = db.selectFrom('claim_arguments as a').select('a.claim_id').where('a.slot', 'in', [...slots]);
  const ids = new Set<string>();
  if (certainIds.length > 0) {
    for (const r of await sharing.where('a.entity_id', 'in', certainIds).where('a.link', 'in', CERTAIN).execute()) ids.add(r.claim_id);
  }
  for (const n of named.values()) {
    // Every link value is listed so the (link, entity_type, name_key) index serves the lookup.
    const rows = await sharing
      .where('a.link', 'in', [...ARGUMENT_LINKS])
      .where('a.entity_type', '=', n.type)
      .where('a.name_key', '=', n.key)
      .where((eb) => eb.or([eb('a.link', 'in', UNCERTAIN), eb('a.entity_id', 'is', null)]))
      .execute();
    for (const r of rows) ids.add(r.claim_id);
  }
  const found: ClaimsTable[] = [];
  const list = [...ids];
  for (let i = 0; i < list.length; i += CHUNK) found.push(...(await base.where('id', 'in', list.slice(i, i + CHUNK)).execute()));
  if (neitherBranch) {
    const neither = await base
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('claim_arguments as n').select('n.claim_id').whereRef('n.claim_id', '=', 'claims.id').where('n.slot', 'in', ['org', 'host']))),
      )
      .execute();
    for (const r of neither) if (!ids.has(r.id)) found.push(r);
  }
  return found.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
  // Aggregated by the database: a claim reported thousands of times is not read row by row on every new report.
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
  await db
    .updateTable('claims')
    .set({
      confidence: Number(agg.confidence ?? 0),
      evidence_count: Number(agg.evidence),
      source_count: Math.min(Number(agg.roots), Number(agg.sites)),
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
