import { z } from 'zod';
import { AppError, notFound } from '../errors.js';
import { resolveEntityId } from '../registry/entity.repository.js';
import type { Db } from '../storage/database.js';
import { toEntry, type HistoryEntry } from './history.repository.js';

/** One page of history, newest first. */
export interface HistoryPage {
  items: HistoryEntry[];
  nextCursor?: string;
}

const cursorSchema = z.coerce.number().int().positive();

/**
 * The history of an entity, newest first: changes to the entity and to every statement that
 * mentions it, including those of ids merged into it (a merged id lists its survivor's history).
 * Paged by `seq` (stable: new changes never shift older pages). Throws `not_found`,
 * `validation_failed` (bad cursor).
 */
export async function listHistory(db: Db, entityId: string, options: { limit?: number; cursor?: string } = {}): Promise<HistoryPage> {
  const resolved = await resolveEntityId(db, entityId);
  if (!resolved) throw notFound('entity', entityId);
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), 200);
  let before: number | undefined;
  if (options.cursor !== undefined) {
    const parsed = cursorSchema.safeParse(options.cursor);
    if (!parsed.success) throw new AppError('validation_failed', 'invalid cursor', [{ path: ['cursor'], message: 'not a history cursor' }]);
    before = parsed.data;
  }
  const ids = [
    resolved.id,
    ...(await db.selectFrom('entities').select('id').where('merged_into', '=', resolved.id).execute()).map((r) => r.id),
  ];
  let q = db
    .selectFrom('history')
    .selectAll()
    .where('seq', 'in', db.selectFrom('history_entities').select('history_seq').where('entity_id', 'in', ids))
    .orderBy('seq', 'desc')
    .limit(limit + 1);
  if (before !== undefined) q = q.where('seq', '<', before);
  const rows = await q.execute();
  const page = rows.slice(0, limit);
  const links = page.length
    ? await db.selectFrom('history_entities').selectAll().where('history_seq', 'in', page.map((r) => r.seq)).execute()
    : [];
  const items = page.map((r) => toEntry(r, links.filter((l) => Number(l.history_seq) === Number(r.seq)).map((l) => l.entity_id).sort()));
  const last = page[page.length - 1];
  const result: HistoryPage = { items };
  if (rows.length > limit && last) result.nextCursor = String(last.seq);
  return result;
}
