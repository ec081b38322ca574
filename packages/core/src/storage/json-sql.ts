import { sql, type RawBuilder } from 'kysely';
import type { Db } from './database.js';
import { dialectOf, type DialectName } from './dialect.js';

/**
 * The few JSON spellings that differ between the engines, for queries that write an API document
 * themselves (the entity page). A JSON value nests as JSON when it passes through CASE or a scalar
 * subquery on both (SQLite keeps its JSON subtype there), so nothing is parsed twice; the rendering
 * tests would see a nested value turned into a string.
 */
export interface JsonSql {
  object(pairs: RawBuilder<unknown>[]): RawBuilder<unknown>;
  /** The object without its null-valued keys (also inside nested objects). */
  withoutNulls(object: RawBuilder<unknown>): RawBuilder<unknown>;
  /** A JSON array of `value` over the rows, in `orderBy` order; `[]` when there are none. */
  arrayAgg(value: RawBuilder<unknown>, orderBy: RawBuilder<unknown>): RawBuilder<unknown>;
  /** A JSON object of `name: value` over the rows, keys in `orderBy` order; `{}` when there are none. */
  objectAgg(name: RawBuilder<unknown>, value: RawBuilder<unknown>, orderBy: RawBuilder<unknown>): RawBuilder<unknown>;
  /** JSON text held in a text column or parameter, as JSON. */
  parse(text: RawBuilder<unknown>): RawBuilder<unknown>;
  /** Orders text by code point, as JavaScript's `<` does for the ids, dates and URLs compared here. */
  binary(text: RawBuilder<unknown>): RawBuilder<unknown>;
  /**
   * The JSON as the driver should hand it over: on SQLite its UTF-8 bytes (a BLOB, which a reader
   * thread passes on without a copy and which a response sends as it is), on PostgreSQL its text
   * (unparsed by pg).
   */
  output(json: RawBuilder<unknown>): RawBuilder<unknown>;
}

const DIALECTS: Record<DialectName, JsonSql> = {
  sqlite: {
    object: (pairs) => sql`json_object(${sql.join(pairs)})`,
    withoutNulls: (object) => sql`json_patch('{}', ${object})`,
    arrayAgg: (value, orderBy) => sql`json_group_array(${value} order by ${orderBy})`,
    objectAgg: (name, value, orderBy) => sql`json_group_object(${name}, ${value} order by ${orderBy})`,
    parse: (text) => sql`json(${text})`,
    binary: (text) => text,
    output: (json) => sql`cast(${json} as blob)`,
  },
  postgres: {
    object: (pairs) => sql`json_build_object(${sql.join(pairs)})`,
    withoutNulls: (object) => sql`json_strip_nulls(${object})`,
    arrayAgg: (value, orderBy) => sql`coalesce(json_agg(${value} order by ${orderBy}), '[]'::json)`,
    objectAgg: (name, value, orderBy) => sql`coalesce(json_object_agg(${name}, ${value} order by ${orderBy}), '{}'::json)`,
    parse: (text) => sql`cast(${text} as json)`,
    binary: (text) => sql`${text} collate "C"`,
    output: (json) => sql`cast(${json} as text)`,
  },
};

/** The JSON spellings of `db`'s engine. */
export function jsonSqlOf(db: Db): JsonSql {
  return DIALECTS[dialectOf(db)];
}

/** A constant JSON key. */
export const jsonKey = (name: string): RawBuilder<unknown> => sql.lit(name);

/**
 * `{value, precision, calendar}` from a date's three columns, as `dateFromColumns` makes it (precision
 * from the value's length when missing or unknown, Gregorian unless Jalali); null without a value.
 */
export function partialDateJson(j: JsonSql, value: RawBuilder<unknown>, precision: RawBuilder<unknown>, calendar: RawBuilder<unknown>): RawBuilder<unknown> {
  const p = sql`case when ${precision} in ('year', 'month', 'day') then ${precision}
    when length(${value}) = 4 then 'year' when length(${value}) = 7 then 'month' else 'day' end`;
  const c = sql`case when ${calendar} = 'jalali' then 'jalali' else 'gregorian' end`;
  return sql`case when ${value} is null then null else ${j.object([jsonKey('value'), value, jsonKey('precision'), p, jsonKey('calendar'), c])} end`;
}

/** `{value, precision, calendar}` of an ISO date held by a source (precision from its length, Gregorian), as the API gives it. */
export function isoDateJson(j: JsonSql, value: RawBuilder<unknown>): RawBuilder<unknown> {
  return partialDateJson(j, value, sql`null`, sql`null`);
}

/** `{fa?, en?}` from an entity's denormalized label columns, spelled out rather than stripped of nulls (it runs for most links). */
export function labelsJson(j: JsonSql, fa: RawBuilder<unknown>, en: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`case when ${fa} is null then case when ${en} is null then ${j.object([])} else ${j.object([jsonKey('en'), en])} end
    when ${en} is null then ${j.object([jsonKey('fa'), fa])} else ${j.object([jsonKey('fa'), fa, jsonKey('en'), en])} end`;
}
