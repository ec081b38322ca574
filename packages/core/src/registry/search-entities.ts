import { z } from 'zod';
import { AppError } from '../errors.js';
import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../domain/entity.js';
import type { Db } from '../storage/database.js';
import { dialectOf, type DialectName } from '../storage/dialect.js';
import { toSummary } from './entity.repository.js';
import { nameKey } from './fold-key.js';

/** Search parameters. `q` is folded with `nameKey`; no `q` lists entities in label order. */
export interface SearchEntitiesInput {
  q?: string;
  types?: EntityType[];
  /** 1..100, default 20. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** A search hit: the entity summary, how well it matched and the name that matched best. */
export interface SearchHit extends EntitySummary {
  /** 0 exact name, 1 name prefix, 2 name contains (0 for plain listings). */
  match: 0 | 1 | 2;
}

/** One page of hits and the cursor of the next page (absent on the last page). */
export interface SearchEntitiesResult {
  items: SearchHit[];
  nextCursor?: string;
}

const cursorSchema = z.tuple([z.number().int().min(0).max(2), z.string(), z.string(), z.string()]);

function encodeCursor(match: number, sortKey: string, id: string, key: string): string {
  return Buffer.from(JSON.stringify([match, sortKey, id, key]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, key: string): { match: number; sortKey: string; id: string } {
  try {
    const [match, sortKey, id, forKey] = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (forKey !== key) throw new Error('cursor of another query');
    return { match, sortKey, id };
  } catch {
    throw new AppError('validation_failed', 'invalid cursor', [{ path: ['cursor'], message: 'not a cursor of this search' }]);
  }
}

type Tier = 0 | 1 | 2;

/** Entity ids whose best match is `tier`: exact (key, id or identifier), key prefix, key contains. */
function tierCandidates(db: Db, dialect: DialectName, tier: Tier, key: string, rawQ: string) {
  const exact = db
    .selectFrom('entity_names').select('entity_id').where('key', '=', key)
    .union(db.selectFrom('entities').select('id as entity_id').where('id', '=', rawQ))
    .union(db.selectFrom('entity_identifiers').select('entity_id').where('value', '=', rawQ));
  if (tier === 0) return exact;
  let prefix = db.selectFrom('entity_names').select('entity_id').where('key', 'like', `${key}%`).where('key', '<>', key);
  // SQLite's LIKE is case-insensitive and cannot use the BINARY index; a byte-wise range can
  // (keys hold only letters and digits, all below U+FFFF). PostgreSQL uses its pattern index.
  if (dialect === 'sqlite') prefix = prefix.where('key', '>', key).where('key', '<', `${key}\uffff`);
  const prefixOnly = prefix.where('entity_id', 'not in', exact);
  if (tier === 1) return prefixOnly;
  return db
    .selectFrom('entity_names').select('entity_id')
    .where('key', 'like', `%${key}%`)
    .where('entity_id', 'not in', exact)
    .where('entity_id', 'not in', prefix);
}

/**
 * Searches live (not merged) entities by name on both databases. Every name's precomputed key
 * (`nameKey`) is matched against the folded query, so ي/ی, ك/ک, ZWNJ, spaces, hamza forms, ۀ/ة,
 * case and diacritics do not matter. Ranking: exact name > name prefix > contains (an exact id
 * or an exact identifier such as a Wikidata QID counts as exact), then label order, then id.
 * Each tier is queried only while the page is not full, so a typed name is answered from the
 * key index. Paging is keyset-based, so a cursor stays valid while entities are added.
 */
export async function searchEntities(db: Db, input: SearchEntitiesInput = {}): Promise<SearchEntitiesResult> {
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 20), 1), 100);
  const types = input.types?.length ? input.types : undefined;
  if (types?.some((t) => !(ENTITY_TYPES as readonly string[]).includes(t))) {
    throw new AppError('validation_failed', 'unknown entity type in filter', [{ path: ['types'], message: `types are ${ENTITY_TYPES.join(', ')}` }]);
  }
  const key = input.q === undefined ? '' : nameKey(input.q);
  const after = input.cursor ? decodeCursor(input.cursor, key) : undefined;
  const rawQ = input.q?.trim() ?? '';
  const dialect = dialectOf(db);

  const hits: (SearchHit & { sortKey: string })[] = [];
  const tiers: Tier[] = key ? [0, 1, 2] : [0];
  for (const tier of tiers) {
    if (after && tier < after.match) continue;
    let q = db.selectFrom('entities as e').select(['e.id', 'e.type', 'e.label_fa', 'e.label_en', 'e.sort_key']).where('e.merged_into', 'is', null);
    if (key) q = q.where('e.id', 'in', tierCandidates(db, dialect, tier, key, rawQ));
    if (types) q = q.where('e.type', 'in', types);
    if (after && tier === after.match) {
      q = q.where((eb) => eb.or([eb('e.sort_key', '>', after.sortKey), eb.and([eb('e.sort_key', '=', after.sortKey), eb('e.id', '>', after.id)])]));
    }
    const rows = await q.orderBy('e.sort_key').orderBy('e.id').limit(limit + 1 - hits.length).execute();
    for (const r of rows) hits.push({ ...toSummary(r), match: tier, sortKey: r.sort_key });
    if (hits.length > limit) break;
  }
  const page = hits.slice(0, limit);
  const last = page[page.length - 1];
  const result: SearchEntitiesResult = { items: page.map(({ sortKey: _sortKey, ...hit }) => hit) };
  if (hits.length > limit && last) result.nextCursor = encodeCursor(last.match, last.sortKey, last.id, key);
  return result;
}
