import { sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../domain/entity.js';
import type { Db } from '../storage/database.js';
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

/**
 * Searches live (not merged) entities by name on both databases. Every name's precomputed key
 * (`nameKey`) is matched against the folded query, so ي/ی, ك/ک, ZWNJ, spaces, hamza forms, ۀ/ة,
 * case and diacritics do not matter. Ranking: exact name > name prefix > contains (an exact id
 * or an exact identifier such as a Wikidata QID counts as exact), then label order, then id.
 * Paging is keyset-based, so a cursor stays valid while entities are added.
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

  // Per entity, the best match over its names (and its id), computed in one grouped subquery.
  const matches = db
    .selectFrom('entity_names')
    .select((eb) => [
      'entity_id',
      eb.fn
        .min<number>(
          eb.case().when('key', '=', key).then(0).when('key', 'like', `${key}%`).then(1).else(2).end(),
        )
        .as('match'),
    ])
    .where('key', 'like', `%${key}%`)
    .groupBy('entity_id')
    .unionAll(db.selectFrom('entities').select(['id as entity_id', sql<number>`0`.as('match')]).where('id', '=', rawQ))
    .unionAll(db.selectFrom('entity_identifiers').select(['entity_id', sql<number>`0`.as('match')]).where('value', '=', rawQ));

  let q = key
    ? db
        .selectFrom(
          db.selectFrom(matches.as('u')).select(['u.entity_id', (eb) => eb.fn.min<number>('u.match').as('match')]).groupBy('u.entity_id').as('m'),
        )
        .innerJoin('entities as e', 'e.id', 'm.entity_id')
        .select(['e.id', 'e.type', 'e.label_fa', 'e.label_en', 'e.sort_key', 'm.match'])
    : db.selectFrom('entities as e').select(['e.id', 'e.type', 'e.label_fa', 'e.label_en', 'e.sort_key', sql<number>`0`.as('match')]);
  q = q.where('e.merged_into', 'is', null);
  if (types) q = q.where('e.type', 'in', types);
  if (after) {
    const matchRef = key ? sql.ref('m.match') : sql`0`;
    q = q.where((eb) =>
      eb.or([
        eb(matchRef, '>', after.match),
        eb.and([eb(matchRef, '=', after.match), eb('e.sort_key', '>', after.sortKey)]),
        eb.and([eb(matchRef, '=', after.match), eb('e.sort_key', '=', after.sortKey), eb('e.id', '>', after.id)]),
      ]),
    );
  }
  const rows = await (key ? q.orderBy('m.match') : q).orderBy('e.sort_key').orderBy('e.id').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const items: SearchHit[] = page.map((r) => ({ ...toSummary(r), match: Number(r.match) as 0 | 1 | 2 }));
  const last = page[page.length - 1];
  const result: SearchEntitiesResult = { items };
  if (rows.length > limit && last) result.nextCursor = encodeCursor(Number(last.match), last.sort_key, last.id, key);
  return result;
}
