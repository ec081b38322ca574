import { sql, type Kysely, type QueryCreator, type RawBuilder } from 'kysely';
import { STATEMENT_KINDS } from '../domain/statement.js';
import type { Database, Db } from '../storage/database.js';
import { isoDateJson, jsonKey as key, jsonSqlOf, labelsJson, partialDateJson, type JsonSql } from '../storage/json-sql.js';
import { runTemplate, slot } from '../storage/query-template.js';

/** The link columns in the order of the entity page's roles: subject, object, post, on behalf of. */
const ROLE_COLUMNS = ['subject_id', 'object_id', 'post_id', 'on_behalf_of_id'] as const;

/** The tables of the page query: the registry's and the page's own ids (`k` 0 for the entity, 1 for the ids merged into it). */
type PageDb = Database & { page_arg: { id: string }; page_ids: { id: string; k: number } };

const pageIds = (qc: QueryCreator<PageDb>) => qc.selectFrom('page_ids').select('page_ids.id');

/**
 * The API summary `{id, type, labels}` of the entity in link column `column` of `st`: the page's own
 * entity (`self`) when the column holds one of its ids, `{id, type: 'city', labels: {}}` when no such
 * entity exists (as the in-memory form falls back), null when the column is empty. Another entity is
 * looked up by correlated subquery, not a join: on a page that is most links, and each is one index probe.
 */
function summary(j: JsonSql, column: string, self: RawBuilder<unknown>): RawBuilder<unknown> {
  const c = sql.ref(`st.${column}`);
  const labels = labelsJson(j, sql.ref('o.label_fa'), sql.ref('o.label_en'));
  const other = sql`(select ${j.object([key('id'), sql.ref('o.id'), key('type'), sql.ref('o.type'), key('labels'), labels])} from entities o where o.id = ${c})`;
  return sql`case when ${c} is null then null
    when ${c} in (select id from page_ids) then ${self}
    else coalesce(${other}, ${j.object([key('id'), c, key('type'), key('city'), key('labels'), j.object([])])}) end`;
}

/** `{id, url, title?, publisher?, published?, retrieved?, quote?}`: source `s` in the API's form, under the given id (a reference's own, for references). */
function sourceJson(j: JsonSql, id: RawBuilder<unknown>, s: string, quote?: RawBuilder<unknown>): RawBuilder<unknown> {
  const col = (name: string) => sql.ref(`${s}.${name}`);
  return j.withoutNulls(j.object([
    key('id'), id, key('url'), col('url'), key('title'), col('title'),
    key('publisher'), col('publisher'), key('published'), isoDateJson(j, col('published')),
    key('retrieved'), isoDateJson(j, col('retrieved')), ...(quote ? [key('quote'), quote] : []),
  ]));
}

/**
 * The page's statements as one JSON array (a scalar subquery over the `st` rows): each statement in
 * the API's form with its references (in the order they were added) and the summaries of the entities it
 * links, in the page's order.
 */
function statementsJson(j: JsonSql, self: RawBuilder<unknown>): RawBuilder<unknown> {
  const st = (col: string) => sql.ref(`st.${col}`);
  const references = sql`(select ${j.arrayAgg(
    sourceJson(j, sql.ref('r.id'), 'src', sql.ref('r.quote')),
    sql`${j.binary(sql`coalesce(r.created_at, '')`)}, ${j.binary(sql.ref('r.id'))}`,
  )} from statement_references r join sources src on src.id = r.source_id where r.statement_id = st.id)`;
  const statement = j.object([
    key('id'), st('id'), key('kind'), st('kind'),
    key('subject'), summary(j, 'subject_id', self),
    key('object'), summary(j, 'object_id', self),
    key('post'), summary(j, 'post_id', self),
    key('role'), st('role'),
    key('on_behalf_of'), summary(j, 'on_behalf_of_id', self),
    key('start'), partialDateJson(j, st('start_date'), st('start_precision'), st('start_calendar')),
    key('end'), partialDateJson(j, st('end_date'), st('end_precision'), st('end_calendar')),
    key('how'), st('how'), key('ordinal'), st('ordinal'), key('rank'), st('rank'), key('status'), st('status'),
    key('data'), j.parse(st('data')), key('references'), references, key('version'), st('version'),
  ]);
  // The page's order: kinds in STATEMENT_KINDS order (an unknown kind first, as indexOf's -1 sorts),
  // then the entity's role, then time (undated last), then id.
  const kindOrder = sql`case ${st('kind')} ${sql.join(STATEMENT_KINDS.map((k, i) => sql`when ${sql.lit(k)} then ${sql.lit(i)}`), sql` `)} else -1 end`;
  const order = sql`${kindOrder}, st.page_role, ${st('start_date')} is null, ${j.binary(st('start_date'))}, ${j.binary(st('id'))}`;
  return sql`(select ${j.arrayAgg(statement, order)} from st)`;
}

function entityPageJsonQuery(d: Db) {
  const j = jsonSqlOf(d);
  const e = (col: string) => sql.ref(`e.${col}`);
  // The id is compared through a one-row subquery, never as a bare parameter: SQLite (with STAT4, as
  // better-sqlite3 builds it) re-prepares a statement on every run when a parameter is compared with an
  // indexed column that has samples, and this statement is large (measured: 1.5 ms a page, against
  // 0.7 ms without the re-preparation).
  const id = sql<string>`(select id from page_arg)`;
  const self = j.object([key('id'), e('id'), key('type'), e('type'), key('labels'), labelsJson(j, e('label_fa'), e('label_en'))]);
  const names = sql`(select ${j.arrayAgg(
    j.withoutNulls(j.object([
      key('lang'), sql.ref('n.lang'), key('text'), sql.ref('n.text'), key('kind'), sql.ref('n.kind'),
      key('from'), partialDateJson(j, sql.ref('n.valid_from'), sql.ref('n.valid_from_precision'), sql.ref('n.valid_from_calendar')),
      key('to'), partialDateJson(j, sql.ref('n.valid_to'), sql.ref('n.valid_to_precision'), sql.ref('n.valid_to_calendar')),
    ])),
    sql.ref('n.position'),
  )} from entity_names n where n.entity_id = ${e('id')})`;
  // The first value of each scheme in (scheme, value) order, as identifiersToJson keeps it: the
  // engine's own ordering, as loadEntities reads them.
  const identifiers = sql`(select ${j.objectAgg(sql.ref('i.scheme'), sql.ref('i.value'), sql.ref('i.scheme'))}
    from (select scheme, min(value) as value from entity_identifiers where entity_id = ${e('id')} group by scheme) i)`;
  const allIds = sql`(select ${j.arrayAgg(sql.ref('a.id'), sql`a.k, a.id`)} from page_ids a)`;
  // Record sources of all the page's ids, each once, in URL order (code point, as loadEntitySources sorts).
  const sources = sql`(select ${j.arrayAgg(sourceJson(j, sql.ref('s.id'), 's'), sql`${j.binary(sql.ref('s.url'))}, ${j.binary(sql.ref('s.id'))}`)}
    from sources s where s.id in (select er.source_id from entity_references er where er.entity_id in (select id from page_ids)))`;
  const page = j.object([
    key('id'), e('id'), key('type'), e('type'), key('labels'), labelsJson(j, e('label_fa'), e('label_en')),
    key('names'), names, key('identifiers'), identifiers, key('all_ids'), allIds, key('version'), e('version'),
    key('attributes'), j.parse(e('attributes')), key('sources'), sources, key('statements'), statementsJson(j, self),
  ]);
  // One indexed branch per role; a statement is kept in the first role it has (an entity that is both
  // its object and on-behalf-of city sees it as object), so no branch repeats an earlier one's rows.
  const branch = (qc: QueryCreator<PageDb>, column: (typeof ROLE_COLUMNS)[number], role: number) => {
    let q = qc
      .selectFrom('statements')
      .selectAll('statements')
      .select(sql.lit(role).as('page_role'))
      .where(column, 'in', pageIds(qc))
      .where('status', '<>', sql.lit('rejected'));
    for (const earlier of ROLE_COLUMNS.slice(0, role)) q = q.where((eb) => eb.or([eb(earlier, 'is', null), eb(earlier, 'not in', pageIds(qc))]));
    return q;
  };
  return (d as Kysely<PageDb>)
    .with('page_arg', (qc) => qc.selectNoFrom(sql<string>`cast(${slot<string>(0)} as text)`.as('id')))
    .with('page_ids', (qc) =>
      qc
        .selectFrom('entities')
        .select(['id', sql<number>`0`.as('k')])
        .where('id', '=', id)
        .where('merged_into', 'is', null)
        .unionAll(qc.selectFrom('entities').select(['id', sql<number>`1`.as('k')]).where('merged_into', '=', id)),
    )
    .with('st', (qc) => {
      const [first, ...rest] = ROLE_COLUMNS.map((column, role) => branch(qc, column, role));
      let touching = first!;
      for (const b of rest) touching = touching.unionAll(b);
      return touching;
    })
    .selectFrom('entities as e')
    .select([sql<number>`${e('version')}`.as('version'), sql<Uint8Array | string>`${j.output(page)}`.as('json')])
    .where('e.id', '=', id)
    .where('e.merged_into', 'is', null);
}

/** An entity page as the database wrote it: the entity's version and the page's JSON document in UTF-8. */
export interface EntityPageJson {
  version: number;
  json: Buffer;
}

/**
 * The page of the LIVE entity `id` (undefined when there is none, or `id` was merged away) in the HTTP
 * API's form, the document `entityPageToJson(getEntity(id))` makes in the server (tests hold the two
 * equal on both engines) but for `redirected_from`, written by the database in ONE query: the entity's
 * names, identifiers, all ids, record sources, and every non-rejected statement in which one of its ids
 * is the subject, object, post or on-behalf-of entity, once, in the page's order (kind, the entity's
 * role, time, id), with references and the summaries of the entities each links. Labels come from the
 * entities' denormalized label columns, which every write keeps equal to `labelsOf(names)`.
 *
 * Why the database writes the JSON: the entity page is the hottest read. On SQLite this query runs on
 * a reader thread (`onReader`) and its bytes come back without a copy, go into the response as they
 * are, and never enter the main thread's heap. Built in memory, the page cost the main thread five
 * queries (four of them on its own connection), their rows, domain objects, their API form and the
 * response text: ~0.4 ms and ~200 KB of short-lived objects per page, whose collections and queueing
 * were the tail under load (figures in ARCHITECTURE.md).
 */
export async function loadEntityPageJson(db: Db, id: string): Promise<EntityPageJson | undefined> {
  const {
    rows: [row],
  } = await runTemplate(db, 'registry.entityPageJson', entityPageJsonQuery, [id], { onReader: true, prepared: true });
  if (!row) return undefined;
  const { json } = row;
  return {
    version: Number(row.version),
    json: typeof json === 'string' ? Buffer.from(json) : Buffer.from(json.buffer, json.byteOffset, json.byteLength),
  };
}
