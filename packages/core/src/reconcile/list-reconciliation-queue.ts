import { z } from 'zod';
import type { EntitySummary, EntityType } from '../domain/entity.js';
import { AppError } from '../errors.js';
import { loadSummaries } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';
import type { ArgumentLink } from '../claims/claim.js';

/** Links that wait for a person. */
export const OPEN_LINKS: readonly ArgumentLink[] = ['fuzzy', 'ambiguous', 'candidate'];

/**
 * One item of the reconciliation queue: a name of a type that proposed claims mention without a
 * certain link, however many claims and articles use it (one decision settles them all).
 */
export interface ReconciliationItem {
  /** `<type>:<name key>`, the id of the item in the API. */
  key: string;
  entityType: EntityType;
  nameKey: string;
  nameFa?: string;
  nameEn?: string;
  /** The most uncertain link among its uses: candidate > ambiguous > fuzzy. */
  link: ArgumentLink;
  claimCount: number;
  suggestions: EntitySummary[];
}

/** One page of the queue. */
export interface ReconciliationPage {
  items: ReconciliationItem[];
  nextCursor?: string;
}

/** Splits an item key (`city:کرج`) into its type and name key. Throws `validation_failed`. */
export function parseReconciliationKey(key: string): { entityType: EntityType; nameKey: string } {
  const i = key.indexOf(':');
  const type = key.slice(0, i);
  if (i <= 0 || !['city', 'country', 'organization', 'person'].includes(type) || key.length === i + 1) {
    throw new AppError('validation_failed', `invalid reconciliation key ${key}`, [{ path: ['key'], message: 'TYPE:NAMEKEY, e.g. city:کرج' }]);
  }
  return { entityType: type as EntityType, nameKey: key.slice(i + 1) };
}

const RANK: Record<string, number> = { fuzzy: 0, ambiguous: 1, candidate: 2 };

/**
 * The reconciliation queue: open (fuzzy, ambiguous, candidate) arguments of proposed claims,
 * grouped by type and folded name, in (type, name) order with a keyset cursor; each item with the
 * entities it might be. Optional `type` filter.
 */
export async function listReconciliationQueue(
  db: Db,
  options: { type?: EntityType; limit?: number; cursor?: string } = {},
): Promise<ReconciliationPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), 100);
  let q = db
    .selectFrom('claim_arguments as a')
    .innerJoin('claims as c', 'c.id', 'a.claim_id')
    .select((eb) => [
      'a.entity_type',
      'a.name_key',
      eb.fn.max('a.name_fa').as('name_fa'),
      eb.fn.max('a.name_en').as('name_en'),
      eb.fn.max('a.link').as('link'),
      eb.fn.max('a.suggestions').as('suggestions'),
      eb.fn.count<number>('a.claim_id').distinct().as('claims'),
    ])
    .where('a.link', 'in', [...OPEN_LINKS])
    .where('c.status', '=', 'proposed')
    .groupBy(['a.entity_type', 'a.name_key']);
  if (options.type) q = q.where('a.entity_type', '=', options.type);
  if (options.cursor) {
    let after: [string, string];
    try {
      after = z.tuple([z.string(), z.string()]).parse(JSON.parse(Buffer.from(options.cursor, 'base64url').toString('utf8')));
    } catch {
      throw new AppError('validation_failed', 'invalid cursor', [{ path: ['cursor'], message: 'not a reconciliation cursor' }]);
    }
    q = q.where((eb) => eb.or([eb('a.entity_type', '>', after[0]), eb.and([eb('a.entity_type', '=', after[0]), eb('a.name_key', '>', after[1])])]));
  }
  const rows = await q.orderBy('a.entity_type').orderBy('a.name_key').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  // max() over link text picks "fuzzy" over "candidate"; rank the links properly per item.
  const links = page.length
    ? await db
        .selectFrom('claim_arguments')
        .select(['entity_type', 'name_key', 'link'])
        .distinct()
        .where('link', 'in', [...OPEN_LINKS])
        .where('name_key', 'in', page.map((r) => r.name_key))
        .execute()
    : [];
  const suggestionIds = page.flatMap((r) => JSON.parse(String(r.suggestions ?? '[]')) as string[]);
  const summaries = await loadSummaries(db, suggestionIds);
  const items = page.map((r): ReconciliationItem => {
    const mine = links.filter((l) => l.entity_type === r.entity_type && l.name_key === r.name_key).map((l) => l.link);
    const link = (mine.sort((a, b) => (RANK[b] ?? 0) - (RANK[a] ?? 0))[0] ?? r.link) as ArgumentLink;
    const item: ReconciliationItem = {
      key: `${r.entity_type}:${r.name_key}`,
      entityType: r.entity_type as EntityType,
      nameKey: r.name_key,
      link,
      claimCount: Number(r.claims),
      suggestions: (JSON.parse(String(r.suggestions ?? '[]')) as string[]).map((id) => summaries.get(id)).filter((s): s is EntitySummary => !!s),
    };
    if (r.name_fa) item.nameFa = String(r.name_fa);
    if (r.name_en) item.nameEn = String(r.name_en);
    return item;
  });
  const last = page[page.length - 1];
  const result: ReconciliationPage = { items };
  if (rows.length > limit && last) result.nextCursor = Buffer.from(JSON.stringify([last.entity_type, last.name_key]), 'utf8').toString('base64url');
  return result;
}
