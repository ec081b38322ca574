/** The change history. */
export * from './history.repository.js';
