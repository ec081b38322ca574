/** Ingest: reading news inputs, deduplicating, extracting and storing articles with their facts. */
export * from './input-record.js';
export * from './read-input.js';
export * from './parse-feed.js';
export * from './prepare-article.js';
export * from './ingest-record.js';
export * from './ingest.js';
export * from './extractor.js';
export * from './propose-claims.js';
export * from './generate-corpus.js';
