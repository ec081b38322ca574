/**
 * Row types of the registry's entity tables (what the database stores, not the domain view).
 * JSON is stored as text and timestamps as ISO-8601 text so the schema is identical on SQLite and
 * PostgreSQL; partial dates are three columns (value, precision, calendar).
 */

/** One entity. `label_fa`/`label_en` are denormalized from the names for listing and sorting. */
export interface EntitiesTable {
  id: string;
  type: string;
  label_fa: string | null;
  label_en: string | null;
  /** `nameKey` of the best label, the stable sort key of search results. */
  sort_key: string;
  /** JSON object of literal attributes (see `attributeSchemas`). */
  attributes: string;
  /** Set on a merged entity: the survivor it redirects to. The row is kept so the merge can be undone. */
  merged_into: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A name of an entity. `key` is `nameKey(text)`, the folded form searched by prefix/contains. */
export interface EntityNamesTable {
  id: string;
  entity_id: string;
  position: number;
  lang: string;
  text: string;
  kind: string;
  key: string;
  valid_from: string | null;
  valid_from_precision: string | null;
  valid_from_calendar: string | null;
  valid_to: string | null;
  valid_to_precision: string | null;
  valid_to_calendar: string | null;
}

/** An external identifier (wikidata, geonames...). Unique per entity and scheme+value. */
export interface EntityIdentifiersTable {
  entity_id: string;
  scheme: string;
  value: string;
}

/** A source supporting an entity record as a whole (where its names and attributes come from). */
export interface EntityReferencesTable {
  entity_id: string;
  source_id: string;
  quote: string | null;
}
