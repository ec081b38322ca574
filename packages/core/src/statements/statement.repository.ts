import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { AppError } from '../errors.js';
import { dateFromColumns } from '../domain/partial-date.js';
import type { EntitySummary } from '../domain/entity.js';
import type { Rank, Reference, ReferenceInput, Source, Statement, StatementKind, StatementStatus } from '../domain/statement.js';
import type { Db } from '../storage/database.js';
import { runTemplate, slot } from '../storage/query-template.js';
import { dialectOf } from '../storage/dialect.js';
import type { StatementReferencesTable, StatementsTable } from '../storage/statement.table.js';
import { toSummary } from '../registry/entity.repository.js';
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
      const ref = referenceOf(r.id, source, r.quote, r.char_start, r.char_end, r.extractor_version, r.confidence);
      const list = byStatement.get(r.statement_id);
      if (list) list.push(ref);
      else byStatement.set(r.statement_id, [ref]);
    }
  }
  return rows.map((r) => rowToStatement(r, byStatement.get(r.id) ?? []));
}

function referenceOf(
  id: string,
  source: Source,
  quote: string | null,
  charStart: number | null,
  charEnd: number | null,
  extractorVersion: string | null,
  confidence: number | null,
): Reference {
  const ref: Reference = { id, source };
  if (quote !== null) ref.quote = quote;
  if (charStart !== null) ref.charStart = Number(charStart);
  if (charEnd !== null) ref.charEnd = Number(charEnd);
  if (extractorVersion !== null) ref.extractorVersion = extractorVersion;
  if (confidence !== null) ref.confidence = Number(confidence);
  return ref;
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

/** Statements about some entities, with the summaries of the other entities they link. */
export interface StatementsAbout {
  /** Each statement once, references in the order they were added. */
  statements: Statement[];
  /** Id, type and labels of every entity the statements link other than the ones asked about. */
  related: Map<string, EntitySummary>;
}

const LINK_COLUMNS = ['subject_id', 'object_id', 'post_id', 'on_behalf_of_id'] as const;

/** The columns `statementsAbout` reads per statement and reference, in the order of its JSON arrays. */
const ABOUT_FIELDS = [
  't.id', 't.kind', 't.subject_id', 't.object_id', 't.post_id', 't.role', 't.on_behalf_of_id', 't.ordinal', 't.how',
  't.start_date', 't.start_precision', 't.start_calendar', 't.end_date', 't.end_precision', 't.end_calendar',
  't.rank', 't.status', 't.data', 't.version', 't.created_at', 't.updated_at',
  'r.id', 'r.source_id', 'r.quote', 'r.char_start', 'r.char_end', 'r.extractor_version', 'r.confidence', 'r.created_at',
  's.url', 's.title', 's.publisher', 's.published', 's.retrieved', 's.content_hash',
  'es.type', 'es.label_fa', 'es.label_en', 'eo.type', 'eo.label_fa', 'eo.label_en',
  'ep.type', 'ep.label_fa', 'ep.label_en', 'eb.type', 'eb.label_fa', 'eb.label_en',
] as const;

/** One element of the aggregate: the values of `ABOUT_FIELDS`, by position. */
type AboutRow = [
  string, string, string, string | null, string | null, string | null, string | null, number | null, string | null,
  string | null, string | null, string | null, string | null, string | null, string | null,
  string, string, string, number, string, string,
  string | null, string | null, string | null, number | null, number | null, string | null, number | null, string | null,
  string | null, string | null, string | null, string | null, string | null, string | null,
  string | null, string | null, string | null, string | null, string | null, string | null,
  string | null, string | null, string | null, string | null, string | null, string | null,
];

function statementsAboutQuery(db: Db, ids: readonly string[], includeRejected: boolean) {
  const branch = (column: (typeof LINK_COLUMNS)[number]) => {
    let q = db.selectFrom('statements').selectAll().where(column, 'in', ids);
    if (!includeRejected) q = q.where('status', '<>', 'rejected');
    return q;
  };
  const [first, ...rest] = LINK_COLUMNS;
  let touching = branch(first);
  for (const column of rest) touching = touching.unionAll(branch(column));
  const values = sql.join(ABOUT_FIELDS.map((f) => sql.ref(f)));
  // Text on SQLite; parsed json (or null for no rows) on PostgreSQL.
  const aggregate: RawBuilder<string | AboutRow[] | null> =
    dialectOf(db) === 'postgres' ? sql`json_agg(json_build_array(${values}))` : sql`json_group_array(json_array(${values}))`;
  return db
    .with('t', () => touching)
    .selectFrom('t')
    .leftJoin('statement_references as r', 'r.statement_id', 't.id')
    .leftJoin('sources as s', 's.id', 'r.source_id')
    .leftJoin('entities as es', (j) => j.onRef('es.id', '=', 't.subject_id').on('t.subject_id', 'not in', ids))
    .leftJoin('entities as eo', (j) => j.onRef('eo.id', '=', 't.object_id').on('t.object_id', 'not in', ids))
    .leftJoin('entities as ep', (j) => j.onRef('ep.id', '=', 't.post_id').on('t.post_id', 'not in', ids))
    .leftJoin('entities as eb', (j) => j.onRef('eb.id', '=', 't.on_behalf_of_id').on('t.on_behalf_of_id', 'not in', ids))
    .select(aggregate.as('rows'));
}


/**
 * Every statement in which any of `entityIds` is the subject, object, post or on-behalf-of entity
 * (each statement once), with its references (in the order they were added) and the summaries of the
 * other entities it links. `includeRejected` defaults to false.
 *
 * The timeline is a hot read path (and `getEntity`, whose page the served entity page is held equal
 * to, reads through it too), so this is ONE query: one indexed branch per
 * link column (faster than an OR across four indexes on both engines) as a UNION ALL, joined with the
 * references and their sources and with the labels of the linked entities (not of the entities asked
 * about), aggregated into one JSON array of arrays. Decoding the rows is what such a query spends most
 * of its time on in Node: better-sqlite3 builds an object per row with a property per column (a 47-column
 * row costs several microseconds), while one JSON text is decoded once and parsed by V8's JSON parser
 * (measured on the 1M-statement benchmark database: ~0.8 ms -> ~0.45 ms per page). PostgreSQL builds
 * the same array with json_agg, and `pg` hands it over parsed.
 */
export async function statementsAbout(db: Db, entityIds: readonly string[], options: { includeRejected?: boolean } = {}): Promise<StatementsAbout> {
  const related = new Map<string, EntitySummary>();
  if (entityIds.length === 0) return { statements: [], related };
  const ids = [...new Set(entityIds)];
  const rejected = options.includeRejected === true;
  const { rows: [result] } = await runTemplate(db, `statements.about:${rejected}:${ids.length}`, (d) => statementsAboutQuery(d, ids.map((_, i) => slot<string>(i)), rejected), ids, {
    onReader: true,
    prepared: true,
  });
  const raw = result?.rows ?? null;
  const rows: AboutRow[] = raw === null ? [] : typeof raw === 'string' ? (JSON.parse(raw) as AboutRow[]) : raw;
  const byId = new Map<string, { statement: Statement; refs: Map<string, [Reference, string]> }>();
  const sources = new Map<string, Source>();
  const relate = (id: string | null, type: string | null, fa: string | null, en: string | null): void => {
    if (id !== null && type !== null && !related.has(id)) related.set(id, toSummary({ id, type, label_fa: fa, label_en: en }));
  };
  for (const r of rows) {
    let entry = byId.get(r[0]);
    if (!entry) {
      const statement = rowToStatement(
        {
          id: r[0], kind: r[1], subject_id: r[2], object_id: r[3], post_id: r[4], role: r[5], on_behalf_of_id: r[6], ordinal: r[7], how: r[8],
          start_date: r[9], start_precision: r[10], start_calendar: r[11], end_date: r[12], end_precision: r[13], end_calendar: r[14],
          rank: r[15], status: r[16], data: r[17], version: r[18], created_at: r[19], updated_at: r[20],
        },
        [],
      );
      entry = { statement, refs: new Map() };
      byId.set(r[0], entry);
      relate(r[2], r[35], r[36], r[37]);
      relate(r[3], r[38], r[39], r[40]);
      relate(r[4], r[41], r[42], r[43]);
      relate(r[6], r[44], r[45], r[46]);
    }
    // A statement met in several branches comes once per branch: its references are kept once.
    const [refId, sourceId, url] = [r[21], r[22], r[29]];
    if (refId === null || sourceId === null || url === null || entry.refs.has(refId)) continue;
    let source = sources.get(sourceId);
    if (!source) {
      source = rowToSource({ id: sourceId, url, title: r[30], publisher: r[31], published: r[32], retrieved: r[33], content_hash: r[34], created_at: '' });
      sources.set(sourceId, source);
    }
    entry.refs.set(refId, [referenceOf(refId, source, r[23], r[24], r[25], r[26], r[27]), r[28] ?? '']);
  }
  const statements: Statement[] = [];
  for (const { statement, refs } of byId.values()) {
    // References in the order they were added (then by id), as `hydrateStatements` gives them.
    statement.references = [...refs.values()].sort(([a, at], [b, bt]) => (at < bt ? -1 : at > bt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(([ref]) => ref);
    statements.push(statement);
  }
  return { statements, related };
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
