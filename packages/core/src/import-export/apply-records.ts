import { isDeepStrictEqual } from 'node:util';
import type { ChangeContext } from '../domain/change.js';
import { AppError, isAppError, type ErrorDetail } from '../errors.js';
import { recordChange } from '../history/history.repository.js';
import { createEntity, type CreateEntityInput } from '../registry/create-entity.js';
import { addEntityReferences } from '../registry/entity-references.repository.js';
import { normalizeEntityInput } from '../registry/entity-input.js';
import { loadEntity } from '../registry/entity.repository.js';
import { updateEntity } from '../registry/update-entity.js';
import { normalizeStatementInput, type NormalizedStatement, type StatementInput } from '../statements/statement-input.js';
import { addReferences, loadStatement, statementRow, updateStatementRow } from '../statements/statement.repository.js';
import { checkStatementLinks, createStatement } from '../statements/create-statement.js';
import type { StatementsTable } from '../storage/statement.table.js';
import type { Db } from '../storage/database.js';

/** Counts of what an import did. */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What an import did, per kind of record. */
export interface ImportReport {
  entities: ImportCounts;
  statements: ImportCounts;
}

/** A record to apply, with where it came from (for error reports). */
export interface Located<T> {
  value: T;
  source: string;
  line?: number;
  path?: (string | number)[];
}

const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** Re-throws an error of one record with its location prepended to every detail. */
function locate(e: unknown, where: Located<unknown>): never {
  if (!isAppError(e)) throw e;
  const at = (d: ErrorDetail): ErrorDetail => {
    const out: ErrorDetail = { ...d, source: where.source, path: [...(where.path ?? []), ...(d.path ?? [])] };
    if (where.line !== undefined) out.line = where.line;
    return out;
  };
  const prefix = `${where.source}${where.line !== undefined ? `:${where.line}` : ''}${where.path ? ` ${where.path.join('.')}` : ''}`;
  throw new AppError(e.code, `${prefix}: ${e.message}`, e.details.length ? e.details.map(at) : [at({ message: e.message })], { cause: e });
}

/**
 * Creates or updates one entity so that it matches `input` (the import's source of truth), and
 * adds its record sources. Identical records change nothing and write no history.
 */
async function applyEntity(db: Db, input: CreateEntityInput, change: ChangeContext, counts: ImportCounts, known: ReadonlySet<string>): Promise<void> {
  const wanted = normalizeEntityInput(input);
  const current = known.has(wanted.id) ? await loadEntity(db, wanted.id) : undefined;
  if (!current) {
    await createEntity(db, input, change);
    counts.created++;
    return;
  }
  // A merged (loser) id keeps redirecting: the import does not resurrect it.
  if (current.mergedInto) {
    counts.unchanged++;
    return;
  }
  const same =
    current.type === wanted.type &&
    isDeepStrictEqual(current.names, wanted.names) &&
    isDeepStrictEqual(current.identifiers, wanted.identifiers) &&
    isDeepStrictEqual(current.attributes, wanted.attributes);
  if (current.type !== wanted.type) {
    throw new AppError('conflict', `entity ${wanted.id} exists as a ${current.type}, not a ${wanted.type}`, [{ path: ['type'], message: 'type differs from the stored entity' }]);
  }
  if (same) {
    await addEntityReferences(db, wanted.id, input.sources ?? []);
    counts.unchanged++;
    return;
  }
  const attributes: Record<string, unknown> = { ...wanted.attributes };
  for (const k of Object.keys(current.attributes)) if (!(k in attributes)) attributes[k] = null;
  await updateEntity(db, wanted.id, current.version, { names: input.names, identifiers: wanted.identifiers, attributes, sources: input.sources ?? [] }, change);
  counts.updated++;
}

/**
 * The columns an import owns. Rank and status are left out: a curator's deprecation or rejection
 * survives a re-import of the same record.
 */
function comparable(row: StatementsTable): Partial<StatementsTable> {
  const { id: _id, version: _version, created_at: _created, updated_at: _updated, rank: _rank, status: _status, ...rest } = row;
  return rest;
}

/**
 * Creates or updates one statement by id so that it matches `input`; references are added (never
 * removed). Identical statements change nothing and write no history.
 */
async function applyStatement(db: Db, input: StatementInput, change: ChangeContext, counts: ImportCounts, known: ReadonlySet<string>): Promise<void> {
  const wanted = normalizeStatementInput(input);
  const current = known.has(wanted.id) ? await loadStatement(db, wanted.id) : undefined;
  if (!current) {
    await createStatement(db, { ...input, id: wanted.id }, change);
    counts.created++;
    return;
  }
  await checkStatementLinks(db, wanted);
  const now = new Date().toISOString();
  const want = comparable(statementRow(wanted, now));
  const have = comparable(statementRow({ ...current, references: [] } as NormalizedStatement, now));
  const added = await addReferences(db, wanted.id, wanted.references, now);
  if (isDeepStrictEqual(want, have)) {
    if (added > 0) counts.updated++;
    else counts.unchanged++;
    return;
  }
  await updateStatementRow(db, wanted.id, current.version, want, now);
  const after = await loadStatement(db, wanted.id);
  await recordChange(db, change, {
    action: 'statement.update',
    targetType: 'statement',
    targetId: wanted.id,
    before: current,
    after,
    entityIds: [wanted.subjectId, wanted.objectId ?? '', wanted.postId ?? '', wanted.onBehalfOfId ?? '', current.subjectId, current.objectId ?? ''],
  });
  counts.updated++;
}

/** Which of `ids` already exist in a table (one query per 500 ids instead of one per record). */
async function existingIds(db: Db, table: 'entities' | 'statements', ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  const wanted = [...new Set(ids.filter((id) => id))];
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db.selectFrom(table).select('id').where('id', 'in', wanted.slice(i, i + 500)).execute();
    for (const r of rows) out.add(r.id);
  }
  return out;
}

/**
 * Applies entities, then statements, in the caller's transaction: the shared engine of the
 * shipped-data and Popolo importers. Errors carry the record's location. `onProgress` is called
 * after each record with (done, total).
 */
export async function applyRecords(
  db: Db,
  entities: readonly Located<CreateEntityInput>[],
  statements: readonly Located<StatementInput>[],
  change: ChangeContext,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportReport> {
  const report: ImportReport = { entities: zero(), statements: zero() };
  const total = entities.length + statements.length;
  let done = 0;
  const knownEntities = await existingIds(db, 'entities', entities.map((e) => e.value.id ?? ''));
  const knownStatements = await existingIds(db, 'statements', statements.map((s) => s.value.id ?? ''));
  for (const e of entities) {
    await applyEntity(db, e.value, change, report.entities, knownEntities).catch((err: unknown) => locate(err, e));
    onProgress?.(++done, total);
  }
  for (const s of statements) {
    await applyStatement(db, s.value, change, report.statements, knownStatements).catch((err: unknown) => locate(err, s));
    onProgress?.(++done, total);
  }
  return report;
}
