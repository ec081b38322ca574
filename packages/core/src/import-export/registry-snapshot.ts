import { labelsOf, type Entity, type EntityName, type EntityType } from '../domain/entity.js';
import { dateFromColumns } from '../domain/partial-date.js';
import type { Reference, Source, Statement } from '../domain/statement.js';
import { rowToSource } from '../statements/source.repository.js';
import { rowToStatement } from '../statements/statement.repository.js';
import type { Db } from '../storage/database.js';

/** An entity with the sources of its record. */
export interface SnapshotEntity extends Entity {
  sources: Source[];
}

/** The whole registry in memory, in id order: what the exports serialize. */
export interface RegistrySnapshot {
  entities: SnapshotEntity[];
  statements: Statement[];
}

function group<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Reads every entity (merged ones included), name, identifier, source and statement (rejected
 * ones included) with a handful of full-table queries, and assembles domain objects in id order.
 * References are ordered by source URL, then quote, so two databases holding the same registry
 * give the same snapshot.
 */
export async function loadRegistrySnapshot(db: Db): Promise<RegistrySnapshot> {
  const [entityRows, nameRows, identRows, entityRefRows, sourceRows, statementRows, refRows] = await Promise.all([
    db.selectFrom('entities').selectAll().orderBy('id').execute(),
    db.selectFrom('entity_names').selectAll().orderBy('entity_id').orderBy('position').execute(),
    db.selectFrom('entity_identifiers').selectAll().orderBy('entity_id').orderBy('scheme').orderBy('value').execute(),
    db.selectFrom('entity_references').selectAll().execute(),
    db.selectFrom('sources').selectAll().execute(),
    db.selectFrom('statements').selectAll().orderBy('id').execute(),
    db.selectFrom('statement_references').selectAll().execute(),
  ]);
  const sources = new Map(sourceRows.map((r) => [r.id, rowToSource(r)]));
  const names = group(nameRows, (r) => r.entity_id);
  const idents = group(identRows, (r) => r.entity_id);
  const entityRefs = group(entityRefRows, (r) => r.entity_id);
  const mergedInto = group(entityRows.filter((r) => r.merged_into !== null), (r) => r.merged_into);
  const entities = entityRows.map((r): SnapshotEntity => {
    const entityNames = (names.get(r.id) ?? []).map((n): EntityName => {
      const name: EntityName = { lang: n.lang, text: n.text, kind: n.kind as EntityName['kind'] };
      const from = dateFromColumns(n.valid_from, n.valid_from_precision, n.valid_from_calendar);
      const to = dateFromColumns(n.valid_to, n.valid_to_precision, n.valid_to_calendar);
      if (from) name.from = from;
      if (to) name.to = to;
      return name;
    });
    const e: SnapshotEntity = {
      id: r.id,
      type: r.type as EntityType,
      labels: labelsOf(entityNames),
      names: entityNames,
      identifiers: (idents.get(r.id) ?? []).map((i) => ({ scheme: i.scheme, value: i.value })),
      attributes: JSON.parse(r.attributes) as Record<string, unknown>,
      allIds: [r.id, ...(mergedInto.get(r.id) ?? []).map((m) => m.id)],
      version: Number(r.version),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      sources: (entityRefs.get(r.id) ?? [])
        .map((ref) => sources.get(ref.source_id))
        .filter((s): s is Source => s !== undefined)
        .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
    };
    if (r.merged_into !== null) e.mergedInto = r.merged_into;
    return e;
  });
  const refs = group(refRows, (r) => r.statement_id);
  const statements = statementRows.map((row) => {
    const list = (refs.get(row.id) ?? []).flatMap((r): Reference[] => {
      const source = sources.get(r.source_id);
      if (!source) return [];
      const ref: Reference = { id: r.id, source };
      if (r.quote !== null) ref.quote = r.quote;
      if (r.char_start !== null) ref.charStart = Number(r.char_start);
      if (r.char_end !== null) ref.charEnd = Number(r.char_end);
      if (r.extractor_version !== null) ref.extractorVersion = r.extractor_version;
      if (r.confidence !== null) ref.confidence = Number(r.confidence);
      return [ref];
    });
    list.sort((a, b) => {
      const ka = `${a.source.url}\u0000${a.quote ?? ''}`;
      const kb = `${b.source.url}\u0000${b.quote ?? ''}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return rowToStatement(row, list);
  });
  return { entities, statements };
}
