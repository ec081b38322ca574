/** The change history. */
export * from './history.repository.js';
export * from './list-history.js';
