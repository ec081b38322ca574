import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { parsePartialDate } from '../domain/partial-date.js';
import type { Source, SourceInput } from '../domain/statement.js';
import type { Db } from '../storage/database.js';
import type { SourcesTable } from '../storage/statement.table.js';

/** The id of the source with a URL: derived from the URL so that every import finds the same row. */
export function sourceIdFor(url: string): string {
  return `src-${createHash('sha256').update(url).digest('hex').slice(0, 24)}`;
}

const sourceInputSchema = z.object({
  url: z.url(),
  title: z.string().trim().min(1).optional(),
  publisher: z.string().trim().min(1).optional(),
  published: z.string().optional(),
  retrieved: z.string().optional(),
  contentHash: z.string().min(1).optional(),
});

/** Validates a source input; dates are normalized to Gregorian partial ISO. */
export function validateSourceInput(input: SourceInput, path: (string | number)[] = ['source']): SourceInput {
  const parsed = sourceInputSchema.safeParse(input);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: [...path, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: i.message }));
    throw new AppError('validation_failed', `invalid source: ${details.map((d) => d.message).join('; ')}`, details);
  }
  const out: SourceInput = { ...parsed.data };
  if (out.published !== undefined) out.published = parsePartialDate(out.published).value;
  if (out.retrieved !== undefined) out.retrieved = parsePartialDate(out.retrieved).value;
  return out;
}

/** Domain view of a source row. */
export function rowToSource(row: SourcesTable): Source {
  const s: Source = { id: row.id, url: row.url };
  if (row.title !== null) s.title = row.title;
  if (row.publisher !== null) s.publisher = row.publisher;
  if (row.published !== null) s.published = row.published;
  if (row.retrieved !== null) s.retrieved = row.retrieved;
  if (row.content_hash !== null) s.contentHash = row.content_hash;
  return s;
}

/**
 * Stores a source once per URL and returns it. An existing source keeps its values; fields it
 * lacks are filled from `input` (a later report may know the title). Idempotent.
 */
export async function upsertSource(db: Db, input: SourceInput): Promise<Source> {
  const v = validateSourceInput(input);
  const id = sourceIdFor(v.url);
  const existing = await db.selectFrom('sources').selectAll().where('url', '=', v.url).executeTakeFirst();
  if (!existing) {
    const row: SourcesTable = {
      id,
      url: v.url,
      title: v.title ?? null,
      publisher: v.publisher ?? null,
      published: v.published ?? null,
      retrieved: v.retrieved ?? null,
      content_hash: v.contentHash ?? null,
      created_at: new Date().toISOString(),
    };
    const res = await db.insertInto('sources').values(row).onConflict((oc) => oc.column('url').doNothing()).executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0n) > 0) return rowToSource(row);
    // Another writer stored the same URL in between: return theirs.
    const stored = await db.selectFrom('sources').selectAll().where('url', '=', v.url).executeTakeFirstOrThrow();
    return rowToSource(stored);
  }
  const fill: Partial<SourcesTable> = {};
  if (existing.title === null && v.title) fill.title = v.title;
  if (existing.publisher === null && v.publisher) fill.publisher = v.publisher;
  if (existing.published === null && v.published) fill.published = v.published;
  if (existing.retrieved === null && v.retrieved) fill.retrieved = v.retrieved;
  if (existing.content_hash === null && v.contentHash) fill.content_hash = v.contentHash;
  if (Object.keys(fill).length > 0) {
    await db.updateTable('sources').set(fill).where('id', '=', existing.id).execute();
    return rowToSource({ ...existing, ...fill });
  }
  return rowToSource(existing);
}

/** Sources by id, as a map. */
export async function loadSources(db: Db, ids: readonly string[]): Promise<Map<string, Source>> {
  const out = new Map<string, Source>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('sources').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  for (const r of rows) out.set(r.id, rowToSource(r));
  return out;
}
