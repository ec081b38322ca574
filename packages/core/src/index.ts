/**
 * Public surface of @shahrnet/core. Each area re-exports its own index; keep this file a list of
 * re-exports so that packages depending on core see one stable entry point.
 */
export * from './errors.js';
export * from './config.js';
export * from './data-format/shipped-data.schema.js';
export * from './data-format/read-shipped-data.js';
export * from './auth/index.js';
export * from './domain/index.js';
export * from './storage/index.js';
export * from './registry/index.js';
export * from './statements/index.js';
export * from './history/index.js';
export * from './extraction/index.js';
export * from './articles/index.js';
export * from './ingest/index.js';
export * from './jobs/index.js';
export * from './import-export/index.js';
export * from './claims/index.js';
export * from './reconcile/index.js';
export * from './review/index.js';
export * from './queries/index.js';
