import { randomUUID } from 'node:crypto';
import { AppError, versionConflict } from '../errors.js';
import { labelsOf, type Entity, type EntityName, type EntitySummary, type EntityType, type Identifier } from '../domain/entity.js';
import { dateFromColumns } from '../domain/partial-date.js';
import type { Db } from '../storage/database.js';
import { runTemplate, slot } from '../storage/query-template.js';
import type { EntitiesTable, EntityNamesTable } from '../storage/entity.table.js';
import { nameKey } from './fold-key.js';
import type { NormalizedEntity } from './entity-input.js';

/** The stable sort key of an entity: the folded Persian label, else English, else the id. */
export function sortKeyOf(names: readonly EntityName[], id: string): string {
  const labels = labelsOf(names);
  return nameKey(labels.fa ?? labels.en ?? id) || id;
}

function nameRows(entityId: string, names: readonly EntityName[]): EntityNamesTable[] {
  return names.map((n, position) => ({
    id: randomUUID(),
    entity_id: entityId,
    position,
    lang: n.lang,
    text: n.text,
    kind: n.kind,
    key: nameKey(n.text),
    valid_from: n.from?.value ?? null,
    valid_from_precision: n.from?.precision ?? null,
    valid_from_calendar: n.from?.calendar ?? null,
    valid_to: n.to?.value ?? null,
    valid_to_precision: n.to?.precision ?? null,
    valid_to_calendar: n.to?.calendar ?? null,
  }));
}

function rowToName(r: EntityNamesTable): EntityName {
  const n: EntityName = { lang: r.lang, text: r.text, kind: r.kind as EntityName['kind'] };
  const from = dateFromColumns(r.valid_from, r.valid_from_precision, r.valid_from_calendar);
  const to = dateFromColumns(r.valid_to, r.valid_to_precision, r.valid_to_calendar);
  if (from) n.from = from;
  if (to) n.to = to;
  return n;
}

/** Inserts a new entity with its names and identifiers. Throws `conflict` if the id is taken. */
export async function insertEntity(db: Db, e: NormalizedEntity, now = new Date().toISOString()): Promise<void> {
  const exists = await db.selectFrom('entities').select('id').where('id', '=', e.id).executeTakeFirst();
  if (exists) throw new AppError('conflict', `an entity with id ${e.id} already exists`, [{ path: ['id'], message: 'id taken' }]);
  const labels = labelsOf(e.names);
  await db
    .insertInto('entities')
    .values({
      id: e.id,
      type: e.type,
      label_fa: labels.fa ?? null,
      label_en: labels.en ?? null,
      sort_key: sortKeyOf(e.names, e.id),
      attributes: JSON.stringify(e.attributes),
      merged_into: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const names = nameRows(e.id, e.names);
  if (names.length > 0) await db.insertInto('entity_names').values(names).execute();
  if (e.identifiers.length > 0) {
    await db.insertInto('entity_identifiers').values(e.identifiers.map((i) => ({ entity_id: e.id, scheme: i.scheme, value: i.value }))).execute();
  }
}

/** Replaces the names of an entity (the previous ones live on in the history snapshot). */
export async function writeNames(db: Db, entityId: string, names: readonly EntityName[]): Promise<void> {
  await db.deleteFrom('entity_names').where('entity_id', '=', entityId).execute();
  const rows = nameRows(entityId, names);
  if (rows.length > 0) await db.insertInto('entity_names').values(rows).execute();
}

/** Replaces the identifiers of an entity. */
export async function writeIdentifiers(db: Db, entityId: string, ids: readonly Identifier[]): Promise<void> {
  await db.deleteFrom('entity_identifiers').where('entity_id', '=', entityId).execute();
  if (ids.length > 0) {
    await db
      .insertInto('entity_identifiers')
      .values(ids.map((i) => ({ entity_id: entityId, scheme: i.scheme, value: i.value })))
      .execute();
  }
}

/**
 * Updates the entity row if its version is still `expectedVersion`, bumping the version and
 * refreshing labels/sort key from `names`. Throws `not_found` or `precondition_failed`.
 * Returns the new version.
 */
export async function updateEntityRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: { names: readonly EntityName[]; attributes: Record<string, unknown>; mergedInto?: string | null },
  now = new Date().toISOString(),
): Promise<number> {
  const labels = labelsOf(patch.names);
  const set: Partial<EntitiesTable> = {
    label_fa: labels.fa ?? null,
    label_en: labels.en ?? null,
    sort_key: sortKeyOf(patch.names, id),
    attributes: JSON.stringify(patch.attributes),
    version: expectedVersion + 1,
    updated_at: now,
  };
  if (patch.mergedInto !== undefined) set.merged_into = patch.mergedInto;
  const result = await db
    .updateTable('entities')
    .set(set)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const current = await db.selectFrom('entities').select('version').where('id', '=', id).executeTakeFirst();
    if (!current) throw new AppError('not_found', `entity ${id} not found`);
    throw versionConflict('entity', id, current.version, expectedVersion);
  }
  return expectedVersion + 1;
}

// Built once per IN-list length (runTemplate): the entity page and timeline read these on every request.
const entitiesAndMerged = async (db: Db, ids: readonly string[]) =>
  (
    await runTemplate(db, `registry.entitiesAndMerged:${ids.length}`, (d) => {
      const at = ids.map((_, i) => slot<string>(i));
      return d.selectFrom('entities').selectAll().where((eb) => eb.or([eb('id', 'in', at), eb('merged_into', 'in', at)])).orderBy('id');
    }, ids)
  ).rows;
const namesOf = async (db: Db, ids: readonly string[]) =>
  (
    await runTemplate(db, `registry.namesOf:${ids.length}`, (d) =>
      d.selectFrom('entity_names').selectAll().where('entity_id', 'in', ids.map((_, i) => slot<string>(i))).orderBy('entity_id').orderBy('position'), ids)
  ).rows;
const identifiersOf = async (db: Db, ids: readonly string[]) =>
  (
    await runTemplate(db, `registry.identifiersOf:${ids.length}`, (d) =>
      d.selectFrom('entity_identifiers').selectAll().where('entity_id', 'in', ids.map((_, i) => slot<string>(i))).orderBy('scheme').orderBy('value'), ids)
  ).rows;

/**
 * Loads entities (with names, identifiers and all ids) by id, merged ones included as they are.
 * Missing ids are simply absent from the map.
 */
export async function loadEntities(db: Db, ids: readonly string[]): Promise<Map<string, Entity>> {
  const out = new Map<string, Entity>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  // The entities and the ids merged into them in one query (an index each, OR-ed), in id order.
  const [both, names, idents] = await Promise.all([entitiesAndMerged(db, unique), namesOf(db, unique), identifiersOf(db, unique)]);
  const wanted = new Set(unique);
  const rows = both.filter((r) => wanted.has(r.id));
  const merged = both.filter((r) => r.merged_into !== null && wanted.has(r.merged_into));
  for (const r of rows) {
    const entityNames = names.filter((n) => n.entity_id === r.id).map(rowToName);
    const entity: Entity = {
      id: r.id,
      type: r.type as EntityType,
      labels: labelsOf(entityNames),
      names: entityNames,
      identifiers: idents.filter((i) => i.entity_id === r.id).map((i) => ({ scheme: i.scheme, value: i.value })),
      attributes: JSON.parse(r.attributes) as Record<string, unknown>,
      allIds: [r.id, ...merged.filter((m) => m.merged_into === r.id).map((m) => m.id)],
      version: Number(r.version),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
    if (r.merged_into !== null) entity.mergedInto = r.merged_into;
    out.set(r.id, entity);
  }
  return out;
}

/** One entity by its own id (no redirect), or undefined. */
export async function loadEntity(db: Db, id: string): Promise<Entity | undefined> {
  return (await loadEntities(db, [id])).get(id);
}

/**
 * The live entity `id` stands for (following merge redirects) and whether it was redirected, or
 * undefined. Reads the entity directly first: most ids are live, which saves the redirect look-up.
 */
export async function loadLiveEntity(db: Db, id: string): Promise<{ entity: Entity; redirected: boolean } | undefined> {
  const direct = await loadEntity(db, id);
  if (direct && direct.mergedInto === undefined) return { entity: direct, redirected: false };
  const resolved = await resolveEntityId(db, id);
  if (!resolved) return undefined;
  const entity = await loadEntity(db, resolved.id);
  return entity ? { entity, redirected: resolved.redirected } : undefined;
}

const liveSummaryRows = async (db: Db, id: string) =>
  (
    await runTemplate(db, 'registry.liveSummaryRows', (d) =>
      d
        .selectFrom('entities')
        .select(['id', 'type', 'label_fa', 'label_en', 'merged_into'])
        .where((eb) => eb.or([eb('id', '=', slot<string>(0)), eb('merged_into', '=', slot<string>(0))]))
        .orderBy('id'), [id], { prepared: true })
  ).rows;

/**
 * The summary of the live entity `id` stands for (following merge redirects), its own id and the ids
 * merged into it, and whether it was redirected; undefined when no entity has this id. One query for a
 * live id: for pages that need the entity's label and the ids to look statements up by, not its names
 * and identifiers.
 */
export async function loadLiveSummary(
  db: Db,
  id: string,
): Promise<{ entity: EntitySummary; allIds: string[]; redirected: boolean } | undefined> {
  const read = (target: string) => liveSummaryRows(db, target);
  const summaryOf = (rows: Awaited<ReturnType<typeof read>>, target: string) => {
    const self = rows.find((r) => r.id === target);
    if (!self || self.merged_into !== null) return undefined;
    return { entity: toSummary(self), allIds: [self.id, ...rows.filter((r) => r.merged_into === target).map((r) => r.id)] };
  };
  const direct = summaryOf(await read(id), id);
  if (direct) return { ...direct, redirected: false };
  const resolved = await resolveEntityId(db, id);
  if (!resolved) return undefined;
  const live = summaryOf(await read(resolved.id), resolved.id);
  return live ? { ...live, redirected: resolved.redirected } : undefined;
}

/**
 * Follows merge redirects: the id of the live entity `id` stands for, and whether it was
 * redirected. Undefined when no entity has this id.
 */
export async function resolveEntityId(db: Db, id: string): Promise<{ id: string; redirected: boolean } | undefined> {
  let current = id;
  for (let hops = 0; hops < 16; hops++) {
    const row = await db.selectFrom('entities').select(['id', 'merged_into']).where('id', '=', current).executeTakeFirst();
    if (!row) return hops === 0 ? undefined : { id: current, redirected: true };
    if (row.merged_into === null) return { id: row.id, redirected: hops > 0 };
    current = row.merged_into;
  }
  throw new AppError('internal', `merge redirect loop at entity ${id}`);
}

/** Summaries (id, type, labels) of entities, for related-entity maps. */
export async function loadSummaries(db: Db, ids: readonly string[]): Promise<Map<string, EntitySummary>> {
  const out = new Map<string, EntitySummary>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'type', 'label_fa', 'label_en'])
      .where('id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, toSummary(r));
  }
  return out;
}

/** The summary of an entity row. */
export function toSummary(r: { id: string; type: string; label_fa: string | null; label_en: string | null }): EntitySummary {
  const labels: { fa?: string; en?: string } = {};
  if (r.label_fa !== null) labels.fa = r.label_fa;
  if (r.label_en !== null) labels.en = r.label_en;
  return { id: r.id, type: r.type as EntityType, labels };
}
