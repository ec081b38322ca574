/** Jobs: ingest and extraction as pg-boss jobs on PostgreSQL, shared by `shahrnet worker` processes. */
export * from './ingest-queue.js';
export * from './ingest-via-queue.js';
