import type { ChangeContext } from '../domain/change.js';
import type { Db } from '../storage/database.js';
import { upsertSource } from '../statements/source.repository.js';

/** What a history row is about: an entity, a statement, or a claim under review. */
export type HistoryTargetType = 'entity' | 'statement' | 'claim';

const TARGET_TYPES: ReadonlySet<string> = new Set<HistoryTargetType>(['entity', 'statement', 'claim']);

/** What a history row says, in domain terms. */
export interface HistoryEntry {
  seq: number;
  at: string;
  actor: { kind: string; id: string; name: string };
  action: string;
  targetType: HistoryTargetType;
  targetId: string;
  before: unknown;
  after: unknown;
  reason?: string;
  sourceId?: string;
  entityIds: string[];
}

/** A change to record. `entityIds` are every entity the change concerns (for per-entity history). */
export interface ChangeRecord {
  action: string;
  targetType: HistoryTargetType;
  targetId: string;
  before: unknown;
  after: unknown;
  entityIds: readonly string[];
}

/**
 * Writes one history row (and its entity links) for a change, in the caller's transaction.
 * The change's source, when given, is stored (once per URL) and linked. Returns the row's `seq`.
 */
export async function recordChange(db: Db, change: ChangeContext, record: ChangeRecord): Promise<number> {
  const source = change.source ? await upsertSource(db, change.source) : undefined;
  const inserted = await db
    .insertInto('history')
    .values({
      at: new Date().toISOString(),
      actor_kind: change.actor.kind,
      actor_id: change.actor.id,
      actor_name: change.actor.name,
      action: record.action,
      target_type: record.targetType,
      target_id: record.targetId,
      before: record.before === undefined || record.before === null ? null : JSON.stringify(record.before),
      after: record.after === undefined || record.after === null ? null : JSON.stringify(record.after),
      reason: change.reason?.trim() || null,
      source_id: source?.id ?? null,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  const seq = Number(inserted.seq);
  const ids = [...new Set(record.entityIds.filter((x) => x))];
  if (ids.length > 0) {
    await db.insertInto('history_entities').values(ids.map((entity_id) => ({ history_seq: seq, entity_id }))).execute();
  }
  return seq;
}

/** The history row `seq`, or undefined. */
export async function findHistoryEntry(db: Db, seq: number): Promise<HistoryEntry | undefined> {
  const row = await db.selectFrom('history').selectAll().where('seq', '=', seq).executeTakeFirst();
  if (!row) return undefined;
  const links = await db.selectFrom('history_entities').select('entity_id').where('history_seq', '=', seq).execute();
  return toEntry(row, links.map((l) => l.entity_id));
}

/** Maps a history row to its domain view. */
export function toEntry(
  row: {
    seq: number; at: string; actor_kind: string; actor_id: string; actor_name: string; action: string;
    target_type: string; target_id: string; before: string | null; after: string | null;
    reason: string | null; source_id: string | null;
  },
  entityIds: string[],
): HistoryEntry {
  const e: HistoryEntry = {
    seq: Number(row.seq),
    at: row.at,
    actor: { kind: row.actor_kind, id: row.actor_id, name: row.actor_name },
    action: row.action,
    targetType: TARGET_TYPES.has(row.target_type) ? (row.target_type as HistoryTargetType) : 'entity',
    targetId: row.target_id,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    entityIds,
  };
  if (row.reason !== null) e.reason = row.reason;
  if (row.source_id !== null) e.sourceId = row.source_id;
  return e;
}
