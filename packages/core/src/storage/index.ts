/** Storage: opening the database, migrating, the `Database` interface and transactions. */
export * from './create-db.js';
export * from './database.js';
export * from './dialect.js';
export * from './migrate.js';
export { MIGRATIONS, migrationProvider } from './migrations/index.js';
export * from './transaction.js';
export type * from './entity.table.js';
export type * from './statement.table.js';
export type * from './history.table.js';
