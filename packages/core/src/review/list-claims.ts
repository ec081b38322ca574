import { sql } from 'kysely';
import { z } from 'zod';
import { parsePartialDate } from '../domain/partial-date.js';
import { AppError, notFound } from '../errors.js';
import { FACT_KINDS, type FactKind } from '../extraction/types.js';
import type { EntitySummary } from '../domain/entity.js';
import { loadSummaries, resolveEntityId } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';
import { CLAIM_STATUSES, type Claim, type ClaimStatus } from '../claims/claim.js';
import { hydrateClaims, loadClaim } from '../claims/claims.repository.js';

/** Filters of the review queue. Dates accept `2021`, `2021-06-01` or `jalali:1400-01-01`. */
export interface ListClaimsInput {
  /** Default `proposed`. */
  status?: ClaimStatus;
  kinds?: FactKind[];
  /** Claims mentioning this entity (or an id merged into it). */
  entityId?: string;
  /** Claims with a report from this site (e.g. `isna.ir`). */
  site?: string;
  minConfidence?: number;
  maxConfidence?: number;
  /** The claim's date span overlaps [from, to]. */
  from?: string;
  to?: string;
  /** Only flagged (true) or only unflagged (false) claims. */
  flagged?: boolean;
  /** 1..100, default 20. */
  limit?: number;
  cursor?: string;
}

/** One page of the queue. */
export interface ClaimPage {
  items: Claim[];
  nextCursor?: string;
  /** Summaries of every entity the claims' arguments link or suggest. */
  related: Record<string, EntitySummary>;
}

/** Summaries of the entities claims mention (linked and suggested), by id. */
export async function claimsRelated(db: Db, claims: readonly Claim[]): Promise<Record<string, EntitySummary>> {
  const ids = claims.flatMap((c) => c.arguments.flatMap((a) => [a.entityId ?? '', ...a.suggestions]));
  return Object.fromEntries(await loadSummaries(db, ids.filter((x) => x)));
}

const cursorSchema = z.tuple([z.string(), z.string()]);

function dateValue(input: string, field: string): string {
  try {
    return parsePartialDate(input).value;
  } catch (e) {
    throw new AppError('validation_failed', `invalid ${field}: ${input}`, [{ path: [field], message: e instanceof Error ? e.message : String(e) }]);
  }
}

/**
 * The review queue: claims by status (default proposed) with filters, oldest first, paged by a
 * keyset cursor on (created_at, id) — stable while new claims arrive, because new claims sort after
 * every page already served. Throws `validation_failed` (bad filter or cursor), `not_found` (entity).
 */
export async function listClaims(db: Db, input: ListClaimsInput = {}): Promise<ClaimPage> {
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 20), 1), 100);
  const status = input.status ?? 'proposed';
  if (!(CLAIM_STATUSES as readonly string[]).includes(status)) throw new AppError('validation_failed', `unknown status ${status}`, [{ path: ['status'], message: `one of ${CLAIM_STATUSES.join(', ')}` }]);
  for (const k of input.kinds ?? []) {
    if (!(FACT_KINDS as readonly string[]).includes(k)) throw new AppError('validation_failed', `unknown kind ${k}`, [{ path: ['kind'], message: `one of ${FACT_KINDS.join(', ')}` }]);
  }
  let q = db.selectFrom('claims').selectAll().where('status', '=', status);
  if (input.kinds?.length) q = q.where('kind', 'in', input.kinds);
  if (input.entityId) {
    const resolved = await resolveEntityId(db, input.entityId);
    if (!resolved) throw notFound('entity', input.entityId);
    const merged = await db.selectFrom('entities').select('id').where('merged_into', '=', resolved.id).execute();
    const ids = [resolved.id, ...merged.map((m) => m.id)];
    q = q.where('id', 'in', db.selectFrom('claim_arguments').select('claim_id').where('entity_id', 'in', ids));
  }
  if (input.site) q = q.where('id', 'in', db.selectFrom('claim_evidence').select('claim_id').where('site', '=', input.site));
  if (input.minConfidence !== undefined) q = q.where('confidence', '>=', input.minConfidence);
  if (input.maxConfidence !== undefined) q = q.where('confidence', '<=', input.maxConfidence);
  if (input.from) {
    const from = dateValue(input.from, 'from');
    // A claim dated 2021 (year precision) overlaps a range starting 2021-06-01.
    q = q.where('date_value', 'is not', null).where(sql<boolean>`date_value >= substr(${from}, 1, length(date_value))`);
  }
  if (input.to) q = q.where('date_value', 'is not', null).where('date_value', '<=', dateValue(input.to, 'to'));
  if (input.flagged !== undefined) q = q.where('flags', input.flagged ? '<>' : '=', '[]');
  if (input.cursor) {
    let after: [string, string];
    try {
      after = cursorSchema.parse(JSON.parse(Buffer.from(input.cursor, 'base64url').toString('utf8')));
    } catch {
      throw new AppError('validation_failed', 'invalid cursor', [{ path: ['cursor'], message: 'not a claims cursor' }]);
    }
    q = q.where((eb) => eb.or([eb('created_at', '>', after[0]), eb.and([eb('created_at', '=', after[0]), eb('id', '>', after[1])])]));
  }
  const rows = await q.orderBy('created_at').orderBy('id').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const items = await hydrateClaims(db, page);
  const result: ClaimPage = { items, related: await claimsRelated(db, items) };
  const last = page[page.length - 1];
  if (rows.length > limit && last) result.nextCursor = Buffer.from(JSON.stringify([last.created_at, last.id]), 'utf8').toString('base64url');
  return result;
}

/** One claim with its arguments and evidence, and the summaries of the entities it mentions. Throws `not_found`. */
export async function getClaim(db: Db, id: string): Promise<{ claim: Claim; related: Record<string, EntitySummary> }> {
  const claim = await loadClaim(db, id);
  if (!claim) throw notFound('claim', id);
  return { claim, related: await claimsRelated(db, [claim]) };
}
