import { createHash } from 'node:crypto';
import { AppError } from '../errors.js';
import { dateFromColumns } from '../domain/partial-date.js';
import type { Rank, Reference, ReferenceInput, Source, Statement, StatementKind, StatementStatus } from '../domain/statement.js';
import type { Db } from '../storage/database.js';
import type { StatementReferencesTable, StatementsTable } from '../storage/statement.table.js';
import { rowToSource, upsertSource } from './source.repository.js';
import type { NormalizedStatement } from './statement-input.js';

const CHUNK = 500;

/** The row of a normalized statement. */
export function statementRow(s: NormalizedStatement, now: string): StatementsTable {
  return {
    id: s.id,
    kind: s.kind,
    subject_id: s.subjectId,
    object_id: s.objectId ?? null,
    post_id: s.postId ?? null,
    role: s.role ?? null,
    on_behalf_of_id: s.onBehalfOfId ?? null,
    ordinal: s.ordinal ?? null,
    how: s.how ?? null,
    start_date: s.start?.value ?? null,
    start_precision: s.start?.precision ?? null,
    start_calendar: s.start?.calendar ?? null,
    end_date: s.end?.value ?? null,
    end_precision: s.end?.precision ?? null,
    end_calendar: s.end?.calendar ?? null,
    rank: s.rank,
    status: s.status,
    data: JSON.stringify(s.data),
    version: 1,
    created_at: now,
    updated_at: now,
  };
}

/** Inserts a statement (without references). Throws `conflict` if the id is taken. */
export async function insertStatement(db: Db, s: NormalizedStatement, now = new Date().toISOString()): Promise<void> {
  const exists = await db.selectFrom('statements').select('id').where('id', '=', s.id).executeTakeFirst();
  if (exists) throw new AppError('conflict', `a statement with id ${s.id} already exists`);
  await db.insertInto('statements').values(statementRow(s, now)).execute();
}

/** The id of a reference: one per statement, source and quote, so adding the same evidence twice is a no-op. */
export function referenceIdFor(statementId: string, sourceId: string, quote: string | undefined): string {
  return `ref-${createHash('sha256').update(`${statementId}\u0000${sourceId}\u0000${quote ?? ''}`).digest('hex').slice(0, 24)}`;
}

/** Adds references (storing their sources once per URL); existing identical references are kept as they are. */
export async function addReferences(db: Db, statementId: string, refs: readonly ReferenceInput[], now = new Date().toISOString()): Promise<number> {
  let added = 0;
  for (const r of refs) {
    const source = await upsertSource(db, r.source);
    const id = referenceIdFor(statementId, source.id, r.quote);
    const row: StatementReferencesTable = {
      id,
      statement_id: statementId,
      source_id: source.id,
      quote: r.quote ?? null,
      char_start: r.charStart ?? null,
      char_end: r.charEnd ?? null,
      extractor_version: r.extractorVersion ?? null,
      confidence: r.confidence ?? null,
      created_at: now,
    };
    const res = await db.insertInto('statement_references').values(row).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
    added += Number(res.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}

/**
 * Maps statement rows to domain statements, attaching their references (batched). References come with
 * their sources in one joined query per 500 statements (a reference always has its source: foreign key).
 */
export async function hydrateStatements(db: Db, rows: readonly StatementsTable[]): Promise<Statement[]> {
  const byStatement = new Map<string, Reference[]>();
  const ids = rows.map((r) => r.id);
  const sources = new Map<string, Source>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const refRows = await db
      .selectFrom('statement_references as r')
      .innerJoin('sources as s', 's.id', 'r.source_id')
      .select([
        'r.id', 'r.statement_id', 'r.source_id', 'r.quote', 'r.char_start', 'r.char_end', 'r.extractor_version', 'r.confidence',
        's.url', 's.title', 's.publisher', 's.published', 's.retrieved', 's.content_hash',
      ])
      .where('r.statement_id', 'in', ids.slice(i, i + CHUNK))
      .orderBy('r.created_at')
      .orderBy('r.id')
      .execute();
    for (const r of refRows) {
      // One Source object per source, shared by its references (as the separate lookup did).
      let source = sources.get(r.source_id);
      if (!source) {
        source = rowToSource({ id: r.source_id, url: r.url, title: r.title, publisher: r.publisher, published: r.published, retrieved: r.retrieved, content_hash: r.content_hash, created_at: '' });
        sources.set(r.source_id, source);
      }
      const ref: Reference = { id: r.id, source };
      if (r.quote !== null) ref.quote = r.quote;
      if (r.char_start !== null) ref.charStart = Number(r.char_start);
      if (r.char_end !== null) ref.charEnd = Number(r.char_end);
      if (r.extractor_version !== null) ref.extractorVersion = r.extractor_version;
      if (r.confidence !== null) ref.confidence = Number(r.confidence);
      const list = byStatement.get(r.statement_id);
      if (list) list.push(ref);
      else byStatement.set(r.statement_id, [ref]);
    }
  }
  return rows.map((r) => rowToStatement(r, byStatement.get(r.id) ?? []));
}

/** Maps one statement row (and its references) to the domain view. */
export function rowToStatement(r: StatementsTable, references: Reference[]): Statement {
  const s: Statement = {
    id: r.id,
    kind: r.kind as StatementKind,
    subjectId: r.subject_id,
    rank: r.rank as Rank,
    status: r.status as StatementStatus,
    data: JSON.parse(r.data) as Record<string, unknown>,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    references,
  };
  if (r.object_id !== null) s.objectId = r.object_id;
  if (r.post_id !== null) s.postId = r.post_id;
  if (r.role !== null) s.role = r.role;
  if (r.on_behalf_of_id !== null) s.onBehalfOfId = r.on_behalf_of_id;
  if (r.ordinal !== null) s.ordinal = Number(r.ordinal);
  if (r.how !== null) s.how = r.how;
  const start = dateFromColumns(r.start_date, r.start_precision, r.start_calendar);
  const end = dateFromColumns(r.end_date, r.end_precision, r.end_calendar);
  if (start) s.start = start;
  if (end) s.end = end;
  return s;
}

/** One statement with its references, or undefined. */
export async function loadStatement(db: Db, id: string): Promise<Statement | undefined> {
  const row = await db.selectFrom('statements').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [s] = await hydrateStatements(db, [row]);
  return s;
}

/**
 * Every statement in which any of `entityIds` is the subject, object, post or on-behalf-of entity
 * (each statement once), with references. `includeRejected` defaults to false.
 */
export async function statementsTouching(db: Db, entityIds: readonly string[], options: { includeRejected?: boolean } = {}): Promise<Statement[]> {
  if (entityIds.length === 0) return [];
  const ids = [...new Set(entityIds)];
  const columns = ['subject_id', 'object_id', 'post_id', 'on_behalf_of_id'] as const;
  // One indexed branch per column (faster than an OR across four indexes on both engines), sent as ONE
  // UNION ALL query: one round trip instead of four. A statement met in several branches is kept once.
  const branch = (column: (typeof columns)[number]) => {
    let q = db.selectFrom('statements').selectAll().where(column, 'in', ids);
    if (!options.includeRejected) q = q.where('status', '<>', 'rejected');
    return q;
  };
  const [first, ...rest] = columns;
  let query = branch(first);
  for (const column of rest) query = query.unionAll(branch(column));
  const seen = new Map<string, StatementsTable>();
  for (const row of await query.execute()) if (!seen.has(row.id)) seen.set(row.id, row);
  return hydrateStatements(db, [...seen.values()]);
}

/**
 * Applies `patch` to a statement if its version is `expectedVersion` (or any version when
 * undefined), bumping the version. Throws `not_found` / `precondition_failed`. Returns the new version.
 */
export async function updateStatementRow(
  db: Db,
  id: string,
  expectedVersion: number | undefined,
  patch: Partial<Omit<StatementsTable, 'id' | 'version' | 'created_at'>>,
  now = new Date().toISOString(),
): Promise<number> {
  const current = await db.selectFrom('statements').select('version').where('id', '=', id).executeTakeFirst();
  if (!current) throw new AppError('not_found', `statement ${id} not found`);
  const from = expectedVersion ?? Number(current.version);
  const result = await db
    .updateTable('statements')
    .set({ ...patch, version: from + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', from)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new AppError('precondition_failed', `statement ${id} was changed by someone else (expected version ${from})`, [
      { path: ['version'], message: `current version is ${current.version}` },
    ]);
  }
  return from + 1;
}
