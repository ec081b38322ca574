import type { Generated } from 'kysely';

/**
 * One change. `seq` is an increasing integer (the stable order and paging cursor); `before`/`after`
 * are JSON snapshots of the target (null for a creation / nothing after); `reason` or `source_id`
 * is always present (enforced by the use cases).
 */
export interface HistoryTable {
  seq: Generated<number>;
  at: string;
  actor_kind: string;
  actor_id: string;
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  source_id: string | null;
}

/** Which entities a change concerns (a statement change concerns its subject, object, post...). */
export interface HistoryEntitiesTable {
  history_seq: number;
  entity_id: string;
}
