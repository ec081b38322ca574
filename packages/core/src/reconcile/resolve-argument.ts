import type { EntityType } from '../domain/entity.js';
import { nameKey } from '../registry/fold-key.js';
import { resolveEntityId } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';
import type { ClaimArgument } from '../claims/claim.js';
import { refKey, registryType, type FactArgument } from '../claims/fact-arguments.js';

/** Per-run memo of resolutions (one article names the same city many times). */
export type ResolveCache = Map<string, Omit<ClaimArgument, 'slot' | 'position'>>;

/** Live entities of a type bearing a name with one of `keys`, in id order. */
export async function entitiesNamed(db: Db, type: EntityType, keys: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(keys.filter((k) => k))];
  if (wanted.length === 0) return [];
  const rows = await db
    .selectFrom('entity_names')
    .innerJoin('entities', 'entities.id', 'entity_names.entity_id')
    .select('entities.id')
    .distinct()
    .where('entity_names.key', 'in', wanted)
    .where('entities.type', '=', type)
    .where('entities.merged_into', 'is', null)
    .orderBy('entities.id')
    .limit(20)
    .execute();
  return rows.map((r) => r.id);
}

/** The reconciliation decided earlier for a name of a type (following merges), if any. */
export async function reconciledEntity(db: Db, type: EntityType, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('reconciliations').select('entity_id').where('entity_type', '=', type).where('name_key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  return (await resolveEntityId(db, row.entity_id))?.id;
}

/**
 * Links one argument of an extracted fact to the registry:
 * 1. the extractor's id, when that entity exists with the right type (following merges): `linked`;
 * 2. else a reviewer's earlier decision for this name and type: `reconciled`;
 * 3. else the live entities with this name (Persian or English key): one is `fuzzy`, several
 *    `ambiguous` (both keep the ids as suggestions), none `candidate` (a new entity).
 * Only 1 and 2 are certain; the rest wait in the reconciliation queue.
 */
export async function resolveArgument(db: Db, arg: FactArgument, cache: ResolveCache = new Map()): Promise<ClaimArgument> {
  const { ref } = arg;
  const type = registryType(ref.type);
  const key = refKey(ref);
  const memo = `${type}\u0000${ref.id ?? ''}\u0000${key}`;
  const hit = cache.get(memo);
  if (hit) return { ...hit, slot: arg.slot, position: arg.position, suggestions: [...hit.suggestions] };
  const base = {
    entityType: type,
    nameKey: key,
    ...(ref.fa ? { nameFa: ref.fa } : {}),
    ...(ref.en ? { nameEn: ref.en } : {}),
  };
  let resolved: Omit<ClaimArgument, 'slot' | 'position'> | undefined;
  if (ref.id) {
    const live = await resolveEntityId(db, ref.id);
    if (live) {
      const row = await db.selectFrom('entities').select('type').where('id', '=', live.id).executeTakeFirst();
      if (row?.type === type) resolved = { ...base, entityId: live.id, link: 'linked', suggestions: [] };
    }
  }
  if (!resolved) {
    const decided = key ? await reconciledEntity(db, type, key) : undefined;
    if (decided) resolved = { ...base, entityId: decided, link: 'reconciled', suggestions: [] };
  }
  if (!resolved) {
    const named = await entitiesNamed(db, type, [key, nameKey(ref.en ?? '')]);
    if (named.length === 1) resolved = { ...base, entityId: named[0] as string, link: 'fuzzy', suggestions: named };
    else if (named.length > 1) resolved = { ...base, link: 'ambiguous', suggestions: named };
    else resolved = { ...base, link: 'candidate', suggestions: [] };
  }
  cache.set(memo, resolved);
  return { ...resolved, slot: arg.slot, position: arg.position, suggestions: [...resolved.suggestions] };
}
