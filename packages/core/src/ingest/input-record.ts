/**
 * One article as read from an input file, before cleaning. It is self-contained (it carries its raw
 * content), so it can travel as a job payload to another process.
 */
export interface InputRecord {
  /** The input file, as given on the command line or found in a folder. */
  sourcePath: string;
  /** The record's place in the file: `line 12` (JSON Lines), `item 3` (feeds, JSON arrays); null for whole-file inputs. */
  sourceRecord: string | null;
  format: 'txt' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom';
  /** The record exactly as read (file text, JSON line, feed item XML). */
  raw: string;
  url?: string | null;
  title?: string | null;
  /** Publication date as given (ISO date/time, RFC 822 from feeds, or `jalali:YYYY-MM-DD`). */
  published?: string | null;
  text?: string | null;
  html?: string | null;
}

/** A file or record that could not be read, with where and why. Never stops a run. */
export interface IngestFailure {
  source: string;
  line?: number;
  record?: string;
  reason: string;
}
