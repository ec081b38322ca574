import { sql, type RawBuilder } from 'kysely';
import type { EntitySummary } from '../domain/entity.js';
import { STATEMENT_KINDS } from '../domain/statement.js';
import type { Db } from '../storage/database.js';
import { dialectOf, type DialectName } from '../storage/dialect.js';
import { runTemplate, slot } from '../storage/query-template.js';

/** The link columns in the order of the entity page's roles: subject, object, post, on behalf of. */
const ROLE_COLUMNS = ['subject_id', 'object_id', 'post_id', 'on_behalf_of_id'] as const;

/**
 * The few JSON spellings that differ between the engines. A JSON value nests as JSON when it passes
 * through CASE or a scalar subquery on both (SQLite keeps its JSON subtype there), so nothing is
 * parsed twice; the route tests would see a nested value turned into a string.
 */
interface JsonDialect {
  object(pairs: RawBuilder<unknown>[]): RawBuilder<unknown>;
  /** The object without its null-valued keys (also inside nested objects). */
  withoutNulls(object: RawBuilder<unknown>): RawBuilder<unknown>;
  /** A JSON array of `value` over the rows, in `orderBy` order; `[]` when there are none. */
  arrayAgg(value: RawBuilder<unknown>, orderBy: RawBuilder<unknown>): RawBuilder<unknown>;
  /** JSON text held in a text column or parameter, as JSON. */
  parse(text: RawBuilder<unknown>): RawBuilder<unknown>;
  /** Orders text by code point, as JavaScript's `<` does for the ids and dates compared here. */
  binary(text: RawBuilder<unknown>): RawBuilder<unknown>;
  /**
   * The JSON as the driver should hand it over: on SQLite its UTF-8 bytes (a BLOB, which a reader
   * thread passes on without a copy and which the response sends as it is), on PostgreSQL its text
   * (unparsed by pg).
   */
  output(json: RawBuilder<unknown>): RawBuilder<unknown>;
}

const JSON_DIALECTS: Record<DialectName, JsonDialect> = {
  sqlite: {
    object: (pairs) => sql`json_object(${sql.join(pairs)})`,
    withoutNulls: (object) => sql`json_patch('{}', ${object})`,
    arrayAgg: (value, orderBy) => sql`json_group_array(${value} order by ${orderBy})`,
    parse: (text) => sql`json(${text})`,
    binary: (text) => text,
    output: (json) => sql`cast(${json} as blob)`,
  },
  postgres: {
    object: (pairs) => sql`json_build_object(${sql.join(pairs)})`,
    withoutNulls: (object) => sql`json_strip_nulls(${object})`,
    arrayAgg: (value, orderBy) => sql`coalesce(json_agg(${value} order by ${orderBy}), '[]'::json)`,
    parse: (text) => sql`cast(${text} as json)`,
    binary: (text) => sql`${text} collate "C"`,
    output: (json) => sql`cast(${json} as text)`,
  },
};

const key = (name: string) => sql.lit(name);

/** `{value, precision, calendar}` from a statement's date columns, as `dateFromColumns` makes it; null without a value. */
function partialDate(j: JsonDialect, value: RawBuilder<unknown>, precision: RawBuilder<unknown>, calendar: RawBuilder<unknown>): RawBuilder<unknown> {
  const p = sql`case when ${precision} in ('year', 'month', 'day') then ${precision}
    when length(${value}) = 4 then 'year' when length(${value}) = 7 then 'month' else 'day' end`;
  const c = sql`case when ${calendar} = 'jalali' then 'jalali' else 'gregorian' end`;
  return sql`case when ${value} is null then null else ${j.object([key('value'), value, key('precision'), p, key('calendar'), c])} end`;
}

/** `{value, precision, calendar}` of an ISO date held by a source (precision from its length, Gregorian), as the API gives it. */
function isoDate(j: JsonDialect, value: RawBuilder<unknown>): RawBuilder<unknown> {
  return partialDate(j, value, sql`null`, sql`null`);
}

/**
 * The API summary `{id, type, labels}` of the entity in link column `column`: the page's own entity
 * (`self`) when the column holds one of its ids, `{id, type: 'city', labels: {}}` when no such entity
 * exists (as the in-memory form falls back), null when the column is empty. The entity is looked up
 * only when it is another one (a correlated subquery, not a join), which on a page is most links.
 */
function summary(j: JsonDialect, column: string, ids: readonly string[], self: RawBuilder<unknown>): RawBuilder<unknown> {
  const c = sql.ref(`st.${column}`);
  // Spelled out rather than stripped of nulls: this runs for most links of every statement.
  const fa = sql.ref('e.label_fa');
  const en = sql.ref('e.label_en');
  const labels = sql`case when ${fa} is null then case when ${en} is null then ${j.object([])} else ${j.object([key('en'), en])} end
    when ${en} is null then ${j.object([key('fa'), fa])} else ${j.object([key('fa'), fa, key('en'), en])} end`;
  const other = sql`(select ${j.object([key('id'), sql.ref('e.id'), key('type'), sql.ref('e.type'), key('labels'), labels])} from entities e where e.id = ${c})`;
  return sql`case when ${c} is null then null
    when ${c} in (${sql.join(ids)}) then ${self}
    else coalesce(${other}, ${j.object([key('id'), c, key('type'), key('city'), key('labels'), j.object([])])}) end`;
}

function statementsJsonQuery(db: Db, ids: readonly string[], selfJson: string) {
  const j = JSON_DIALECTS[dialectOf(db)];
  const self = j.parse(sql`${selfJson}`);
  // One indexed branch per role; a statement is kept in the first role it has (an entity that is both
  // its object and on-behalf-of city sees it as object), so no branch repeats an earlier one's rows.
  const branch = (column: (typeof ROLE_COLUMNS)[number], role: number) => {
    let q = db.selectFrom('statements').selectAll().select(sql.lit(role).as('page_role')).where(column, 'in', ids).where('status', '<>', 'rejected');
    for (const earlier of ROLE_COLUMNS.slice(0, role)) q = q.where((eb) => eb.or([eb(earlier, 'is', null), eb(earlier, 'not in', ids)]));
    return q;
  };
  const [first, ...rest] = ROLE_COLUMNS.map(branch);
  let touching = first!;
  for (const b of rest) touching = touching.unionAll(b);
  const st = (col: string) => sql.ref(`st.${col}`);
  const references = sql`(select ${j.arrayAgg(
    j.withoutNulls(j.object([
      key('id'), sql.ref('r.id'), key('url'), sql.ref('src.url'), key('title'), sql.ref('src.title'),
      key('publisher'), sql.ref('src.publisher'), key('published'), isoDate(j, sql.ref('src.published')),
      key('retrieved'), isoDate(j, sql.ref('src.retrieved')), key('quote'), sql.ref('r.quote'),
    ])),
    sql`${j.binary(sql`coalesce(r.created_at, '')`)}, ${j.binary(sql.ref('r.id'))}`,
  )} from statement_references r join sources src on src.id = r.source_id where r.statement_id = st.id)`;
  const statement = j.object([
    key('id'), st('id'), key('kind'), st('kind'),
    key('subject'), summary(j, 'subject_id', ids, self),
    key('object'), summary(j, 'object_id', ids, self),
    key('post'), summary(j, 'post_id', ids, self),
    key('role'), st('role'),
    key('on_behalf_of'), summary(j, 'on_behalf_of_id', ids, self),
    key('start'), partialDate(j, st('start_date'), st('start_precision'), st('start_calendar')),
    key('end'), partialDate(j, st('end_date'), st('end_precision'), st('end_calendar')),
    key('how'), st('how'), key('ordinal'), st('ordinal'), key('rank'), st('rank'), key('status'), st('status'),
    key('data'), j.parse(st('data')), key('references'), references, key('version'), st('version'),
  ]);
  // The page's order: kinds in STATEMENT_KINDS order (an unknown kind first, as indexOf's -1 sorts),
  // then the entity's role, then time (undated last), then id.
  const kindOrder = sql`case ${st('kind')} ${sql.join(STATEMENT_KINDS.map((k, i) => sql`when ${sql.lit(k)} then ${sql.lit(i)}`), sql` `)} else -1 end`;
  const order = sql`${kindOrder}, st.page_role, ${st('start_date')} is null, ${j.binary(st('start_date'))}, ${j.binary(st('id'))}`;
  return db
    .with('st', () => touching)
    .selectFrom('st')
    .select(sql<Uint8Array | string>`${j.output(j.arrayAgg(statement, order))}`.as('json'));
}

/**
 * The statements of an entity page in the API's JSON form (`statementToJson` in the server, which
 * is the same form built in memory; tests hold the two equal on both engines), as the UTF-8 bytes of
 * ONE JSON array made by the database: every non-rejected statement in which one of `ids` is the subject, object, post
 * or on-behalf-of entity, once, in the page's order (kind, the entity's role, time, id), each with its
 * references (in the order they were added) and the summaries of the entities it links, `self` for
 * the entity's own ids.
 *
 * Why the database writes the JSON: the entity page is the hottest read, and on SQLite this query
 * runs on a reader thread (`onReader`). Decoding its rows, building domain objects, their API form
 * and then the response text on the main thread cost ~0.25 ms and ~200 KB of short-lived objects
 * per page; under load that garbage kept the main thread's young generation full of objects of
 * requests in flight, whose scavenges were the longest pauses in the tail (figures in ARCHITECTURE.md). The
 * bytes made here go into the response as they are, and on SQLite they come from the reader thread
 * without a copy and stay out of the JS heap.
 */
export async function statementsJsonAbout(db: Db, ids: readonly string[], self: EntitySummary): Promise<Buffer> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Buffer.from('[]');
  const selfJson = JSON.stringify({ id: self.id, type: self.type, labels: self.labels });
  const values = [...unique, selfJson];
  const {
    rows: [row],
  } = await runTemplate(
    db,
    `statements.json:${unique.length}`,
    (d) => statementsJsonQuery(d, unique.map((_, i) => slot<string>(i)), slot<string>(unique.length)),
    values,
    { onReader: true },
  );
  const json = row?.json ?? '[]';
  return typeof json === 'string' ? Buffer.from(json) : Buffer.from(json.buffer, json.byteOffset, json.byteLength);
}
