import type { Extractor } from './ingest-record.js';

/**
 * An extractor that finds nothing: ingest stores and indexes articles without proposing claims
 * (`shahrnet ingest --no-extract`, and benchmarks that measure storage alone).
 */
export const NO_EXTRACTION: Extractor = { version: 'none', extract: () => [] };
