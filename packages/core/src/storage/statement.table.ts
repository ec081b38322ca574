/** Row types of statements, sources and references (see `domain/statement.ts` for the meaning). */

/** One statement: typed columns for everything that is queried, JSON text (`data`) for the rest. */
export interface StatementsTable {
  id: string;
  kind: string;
  subject_id: string;
  object_id: string | null;
  post_id: string | null;
  role: string | null;
  on_behalf_of_id: string | null;
  ordinal: number | null;
  how: string | null;
  /** Partial ISO value; `start_date`/`end_date` avoid the reserved word END. */
  start_date: string | null;
  start_precision: string | null;
  start_calendar: string | null;
  end_date: string | null;
  end_precision: string | null;
  end_calendar: string | null;
  rank: string;
  status: string;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A source document, unique by URL; `id` is derived from the URL so imports are idempotent. */
export interface SourcesTable {
  id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  retrieved: string | null;
  content_hash: string | null;
  created_at: string;
}

/** A reference of a statement to a source, with the quoted span and the extractor that found it. */
export interface StatementReferencesTable {
  id: string;
  statement_id: string;
  source_id: string;
  quote: string | null;
  char_start: number | null;
  char_end: number | null;
  extractor_version: string | null;
  confidence: number | null;
  created_at: string;
}
