import { sql, type ExpressionBuilder } from 'kysely';
import type { Actor } from '../domain/actor.js';
import type { EntityType } from '../domain/entity.js';
import type { FactKind } from '../extraction/types.js';
import type { Database, Db } from '../storage/database.js';
import type { ClaimArgumentsTable, ClaimEvidenceTable, ClaimsTable } from './claims.table.js';
import { argumentIdentity } from './claim-matching.js';
import { CERTAIN_LINKS, type ArgumentLink, type Claim, type ClaimArgument, type ClaimEvidence, type ClaimFact, type ClaimFlag, type ClaimStatus } from './claim.js';

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

/** Replaces the arguments of a claim (`fresh`: the claim was just created and has none to delete). */
export async function writeArguments(db: Db, claimId: string, args: readonly ClaimArgument[], fresh = false): Promise<void> {
  if (!fresh) await db.deleteFrom('claim_arguments').where('claim_id', '=', claimId).execute();
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

const CERTAIN = [...CERTAIN_LINKS];

/** `argumentIdentity` of the argument row aliased `a`, in SQL (both dialects). */
const IDENTITY = sql<string>`(case when a.link in (${sql.join(CERTAIN)}) and a.entity_id is not null then a.entity_id else ${sql.lit('?')} || a.entity_type || ${sql.lit(':')} || a.name_key end)`;

/**
 * The claims (not merged) with match key `key` that may be `compatible` with a new report of kind
 * `kind` whose arguments are `args`, oldest first (the order clustering picks the first match in).
 * For most kinds that is every claim of the key (a handful). Events and meetings are bucketed coarsely
 * (a type and year, a month), so their buckets hold thousands of claims in a large corpus; for them the
 * database applies the conditions `compatible` cannot do without — an event's organizer and host equal
 * to the report's or absent, something shared (organizer, host or a participant) unless neither side
 * names an organizer or host; a meeting's place equal or absent and a participant shared — comparing
 * argument identities (`argumentIdentity`) in SQL instead of loading and parsing the whole bucket. A
 * superset of the compatible claims, so the first compatible one is the one reading the bucket finds.
 */
export async function candidateClaims(db: Db, kind: FactKind, key: string, args: readonly ClaimArgument[]): Promise<ClaimsTable[]> {
  let q = db.selectFrom('claims').selectAll().where('match_key', '=', key).where('status', '<>', 'merged');
  if (kind === 'event' || kind === 'meeting') {
    const first = (slot: string): string | undefined => {
      const a = args.filter((x) => x.slot === slot).sort((x, y) => x.position - y.position)[0];
      return a ? argumentIdentity(a) : undefined;
    };
    const participants = [...new Set(args.filter((a) => a.slot === 'participants').map(argumentIdentity))];
    type Eb = ExpressionBuilder<Database, 'claims'>;
    const argsOf = (eb: Eb, slots: readonly string[]) =>
      eb.selectFrom('claim_arguments as a').select('a.claim_id').whereRef('a.claim_id', '=', 'claims.id').where('a.slot', 'in', [...slots]);
    // A claim whose single `slot` argument is another entity than `identity`.
    const differs = (eb: Eb, slot: string, identity: string) => eb.not(eb.exists(argsOf(eb, [slot]).where(IDENTITY, '<>', identity)));
    const sharesParticipant = (eb: Eb) => eb.exists(argsOf(eb, ['participants']).where(IDENTITY, 'in', participants));
    if (kind === 'meeting') {
      // Fewer than one shared participant never matches (need = min(2, |a|, |b|) must be >= 1).
      if (participants.length === 0) return [];
      const place = first('place');
      if (place !== undefined) q = q.where((eb) => differs(eb, 'place', place));
      q = q.where((eb) => sharesParticipant(eb));
    } else {
      const org = first('org');
      const host = first('host');
      if (org !== undefined) q = q.where((eb) => differs(eb, 'org', org));
      if (host !== undefined) q = q.where((eb) => differs(eb, 'host', host));
      q = q.where((eb) => {
        const shared = [];
        // With org/host equal-or-absent (above), having one at all means sharing it.
        if (org !== undefined) shared.push(eb.exists(argsOf(eb, ['org'])));
        if (host !== undefined) shared.push(eb.exists(argsOf(eb, ['host'])));
        if (participants.length > 0) shared.push(sharesParticipant(eb));
        // Neither side names an organizer or host: compatible without sharing anything.
        if (org === undefined && host === undefined) shared.push(eb.not(eb.exists(argsOf(eb, ['org', 'host']))));
        return eb.or(shared);
      });
    }
  }
  return q.orderBy('created_at').orderBy('id').execute();
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
      confidence: Math.max(0, Number(agg.confidence ?? 0)),
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
